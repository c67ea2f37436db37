package fees

import (
	"encoding/json"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
)

// MarshalJSON writes q with snake_case fields, amounts as [Money] objects,
// quantities and the VAT rate as decimal strings, codes for the part, items
// and units, and the effort as [audit.Effort] writes it:
//
//	{"part":"cycle","currency":"CNY","lines":[{"item":"application","year":1,
//	 "quantity":"1","unit":"application","unit_price":{…},"amount":{…}},…],
//	 "net":{…},"vat_rate":"0.06","vat_included":false,"vat":{…},"total":{…},
//	 "effort":{…}}
//
// A line's bases are not written: they are derived from its data. A quote
// that fails [Quote.Validate] is an error.
func (q Quote) MarshalJSON() ([]byte, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	effort, err := q.Effort.MarshalJSON()
	if err != nil {
		return nil, errs.Wrap(ErrInvalidQuote, "effort", err)
	}
	size := 260 + 170*len(q.Lines) + len(effort) // what a quote of the committee's figures takes; append grows it for more
	return appendQuote(make([]byte, 0, size), &q, effort), nil
}

type lineWire struct {
	Item      *string         `json:"item"`
	Year      *int            `json:"year"`
	Quantity  *dec.Literal    `json:"quantity"`
	Unit      *string         `json:"unit"`
	UnitPrice json.RawMessage `json:"unit_price"`
	Amount    json.RawMessage `json:"amount"`
}

type quoteWire struct {
	Part        *string         `json:"part"`
	Currency    *string         `json:"currency"`
	Lines       []lineWire      `json:"lines"`
	Net         json.RawMessage `json:"net"`
	VATRate     *dec.Literal    `json:"vat_rate"`
	VATIncluded *bool           `json:"vat_included"`
	VAT         json.RawMessage `json:"vat"`
	Total       json.RawMessage `json:"total"`
	Effort      json.RawMessage `json:"effort"`
}

// UnmarshalJSON reads what [Quote.MarshalJSON] writes, strictly (see the
// package documentation, # JSON): every field is required, and a quantity
// or the VAT rate may also be a JSON number. The result is then checked with
// [Quote.Validate], so a decoded quote is one that [Schedule.Quote] returns.
// Errors match [ErrInvalidQuote] and name the field. On error q is
// unchanged.
func (q *Quote) UnmarshalJSON(data []byte) error {
	return decode(data, ErrInvalidQuote, (*quoteWire).quote, q)
}

// quote reads the fields of w, reporting each that is missing or bad.
func (w *quoteWire) quote() (Quote, error) {
	d := decoder{kind: ErrInvalidQuote}
	var v Quote
	code(&d, "part", w.Part, ParsePart, &v.Part)
	required(&d, "currency", w.Currency, &v.Currency)
	switch {
	case w.Lines == nil:
		d.missing("lines")
	case len(w.Lines) > maxQuoteLines:
		d.list.New(ErrInvalidQuote, "lines", "%d, more than the %d a quote has", len(w.Lines), maxQuoteLines)
	default:
		v.Lines = make([]Line, len(w.Lines))
		for i := range w.Lines {
			w.Lines[i].line(&d, errs.Index("lines", i), &v.Lines[i])
		}
	}
	d.unmarshal("net", w.Net, &v.Net)
	d.decimal("vat_rate", w.VATRate, &v.VATRate)
	required(&d, "vat_included", w.VATIncluded, &v.VATIncluded)
	d.unmarshal("vat", w.VAT, &v.VAT)
	d.unmarshal("total", w.Total, &v.Total)
	d.unmarshal("effort", w.Effort, &v.Effort)
	return v, d.list.Err()
}

// line reads the fields of a line at path at into l.
func (w *lineWire) line(d *decoder, at string, l *Line) {
	code(d, errs.Path(at, "item"), w.Item, ParseItem, &l.Item)
	required(d, errs.Path(at, "year"), w.Year, &l.Year)
	d.decimal(errs.Path(at, "quantity"), w.Quantity, &l.Quantity)
	code(d, errs.Path(at, "unit"), w.Unit, ParseUnit, &l.Unit)
	d.unmarshal(errs.Path(at, "unit_price"), w.UnitPrice, &l.UnitPrice)
	d.unmarshal(errs.Path(at, "amount"), w.Amount, &l.Amount)
}
