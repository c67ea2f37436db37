package fees

import (
	"encoding/json"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

// MarshalJSON writes q with snake_case fields, amounts as [Money] objects,
// quantities and the VAT rate as decimal strings, codes for the part, items,
// units and standards, and efforts as [audit.Effort] writes them:
//
//	{"part":"cycle","currency":"CNY","lines":[{"item":"application","year":1,
//	 "quantity":"1","unit":"application","unit_price":{…},"amount":{…}},…],
//	 "net":{…},"vat_rate":"0.06","vat_included":false,"vat":{…},"total":{…},
//	 "effort":{…}}
//
// A line of a bundle has "standards":["iso9001"] after its item, and a
// custom line "label":{"chinese":"…","english":"…"} and, when it is in the
// discount base, "discountable":true at its end. A bundle has no "effort"
// but "audits":[{"standards":["iso9001","iso14001"],
// "integration":{"reduction":"15","reason":"…"},"effort":{…}},…], the
// integration left out of an audit of one standard and the reason of an
// integration without one. A line's bases and names are not written: they
// are derived from its data. A quote that fails [Quote.Validate] is an
// error.
func (q Quote) MarshalJSON() ([]byte, error) {
	var buf [4][]byte // one for each standard at most
	efforts, ok := q.appendEfforts(buf[:0])
	c := quoteCheck{q: &q, effortsChecked: ok}
	if err := c.run(); err != nil {
		return nil, err
	}
	size := 260 + 170*len(q.Lines) // what a quote of the committee's figures takes; append grows it for more
	for _, e := range efforts {
		size += len(e) + 80
	}
	return appendQuote(make([]byte, 0, size), &q, efforts), nil
}

// appendEfforts appends to dst the JSON of the quote's effort, or of each
// of its audits' in a bundle, as [audit.Effort.MarshalJSON] writes it; ok
// is false when one of them is not valid (then the quote is not either).
func (q *Quote) appendEfforts(dst [][]byte) (efforts [][]byte, ok bool) {
	if len(q.Audits) == 0 {
		data, err := q.Effort.MarshalJSON()
		return append(dst, data), err == nil
	}
	if len(q.Audits) > cap(dst) {
		return dst, false
	}
	for i := range q.Audits {
		data, err := q.Audits[i].Effort.MarshalJSON()
		if err != nil {
			return dst, false
		}
		dst = append(dst, data)
	}
	return dst, true
}

// lineWire is a [Line] in JSON: standards, label and discountable may be
// left out.
type lineWire struct {
	Item         *string         `json:"item"`
	Standards    []string        `json:"standards"`
	Year         *int            `json:"year"`
	Quantity     *dec.Literal    `json:"quantity"`
	Unit         *string         `json:"unit"`
	UnitPrice    json.RawMessage `json:"unit_price"`
	Amount       json.RawMessage `json:"amount"`
	Label        *labelWire      `json:"label"`
	Discountable bool            `json:"discountable"`
}

// labelWire is a [Label] in JSON: both names are required.
type labelWire struct {
	Chinese *string `json:"chinese"`
	English *string `json:"english"`
}

// integrationWire is an [audit.Integration] in JSON: the reduction is
// required, the reason left out when there is none.
type integrationWire struct {
	Reduction *dec.Literal `json:"reduction"`
	Reason    string       `json:"reason,omitempty"`
}

// auditWire is a [BundleAudit] in JSON: the integration may be left out.
type auditWire struct {
	Standards   []string         `json:"standards"`
	Integration *integrationWire `json:"integration"`
	Effort      json.RawMessage  `json:"effort"`
}

// quoteWire is a Quote in JSON: its effort, or a bundle's audits instead.
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
	Audits      []auditWire     `json:"audits"`
}

// quoteDecoder is the jsonx.Decoder of a quote, made once, with its fast
// path (quote_fast.go).
var quoteDecoder = jsonx.NewDecoder(ErrInvalidQuote, (*quoteWire).quote).WithFast(decodeQuoteFast)

// UnmarshalJSON reads what [Quote.MarshalJSON] writes, strictly (see the
// package documentation, # JSON): every field is required but a line's
// standards, label and discountable and an audit's integration, which may
// be left out, and a quote has either an effort or, as a bundle, audits. A
// quantity, the VAT rate or a reduction may also be a JSON number. The
// result is then checked with [Quote.Validate], so a decoded quote is one
// that [Schedule.Quote] returns. Errors match [ErrInvalidQuote] and name
// the field. On error q is unchanged.
func (q *Quote) UnmarshalJSON(data []byte) error {
	return quoteDecoder.Unmarshal(data, q)
}

// quote reads the fields of w, reporting each that is missing or bad, and
// checks the result with [Quote.Validate].
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
	w.auditTime(&d, &v)
	if err := d.list.Err(); err != nil {
		return Quote{}, err
	}
	return v, v.Validate()
}

// auditTime reads the effort of a quote that is not a bundle, or the audits
// of a bundle.
func (w *quoteWire) auditTime(d *decoder, v *Quote) {
	switch n := len(w.Audits); {
	case w.Audits == nil:
		d.unmarshal("effort", w.Effort, &v.Effort)
	case !isNull(w.Effort):
		d.list.New(ErrInvalidQuote, "effort", "a bundle quote has its audit time in audits")
	case n == 0:
		d.list.New(ErrInvalidQuote, "audits", "none; a quote that is not a bundle has an effort instead")
	case n > len(Standards()):
		d.list.New(ErrInvalidQuote, "audits", "%d; a bundle has at most %d, one for each standard", n, len(Standards()))
	default:
		v.Audits = make([]BundleAudit, n)
		for i := range w.Audits {
			w.Audits[i].audit(d, errs.Index("audits", i), &v.Audits[i])
		}
	}
}

// audit reads the fields of an audit at path at into a.
func (w *auditWire) audit(d *decoder, at string, a *BundleAudit) {
	if w.Standards == nil {
		d.missing(errs.Path(at, "standards"))
	}
	d.standards(errs.Path(at, "standards"), w.Standards, &a.Standards)
	if w.Integration != nil {
		w.Integration.integration(d, errs.Path(at, "integration"), &a.Integration)
	}
	d.unmarshal(errs.Path(at, "effort"), w.Effort, &a.Effort)
}

// integration reads an integration at path at into g.
func (w *integrationWire) integration(d *decoder, at string, g *audit.Integration) {
	d.decimal(errs.Path(at, "reduction"), w.Reduction, &g.Reduction)
	g.Reason = w.Reason
}

// line reads the fields of a line at path at into l.
func (w *lineWire) line(d *decoder, at string, l *Line) {
	code(d, errs.Path(at, "item"), w.Item, ParseItem, &l.Item)
	d.standards(errs.Path(at, "standards"), w.Standards, &l.Standards)
	required(d, errs.Path(at, "year"), w.Year, &l.Year)
	d.decimal(errs.Path(at, "quantity"), w.Quantity, &l.Quantity)
	code(d, errs.Path(at, "unit"), w.Unit, ParseUnit, &l.Unit)
	d.unmarshal(errs.Path(at, "unit_price"), w.UnitPrice, &l.UnitPrice)
	d.unmarshal(errs.Path(at, "amount"), w.Amount, &l.Amount)
	if w.Label != nil {
		l.Label = new(Label)
		w.Label.label(d, errs.Path(at, "label"), l.Label)
	}
	l.Discountable = w.Discountable
}

// label reads a label at path at into lb: both names are required.
func (w *labelWire) label(d *decoder, at string, lb *Label) {
	required(d, errs.Path(at, "chinese"), w.Chinese, &lb.Chinese)
	required(d, errs.Path(at, "english"), w.English, &lb.English)
}
