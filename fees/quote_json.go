package fees

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

type lineOut struct {
	Item      Item   `json:"item"`
	Year      int    `json:"year"`
	Quantity  string `json:"quantity"`
	UnitPrice Money  `json:"unit_price"`
	Amount    Money  `json:"amount"`
	Basis     string `json:"basis"`
}

type quoteOut struct {
	Part        Part         `json:"part"`
	Currency    string       `json:"currency"`
	Lines       []lineOut    `json:"lines"`
	Net         Money        `json:"net"`
	VATRate     string       `json:"vat_rate"`
	VATIncluded bool         `json:"vat_included"`
	VAT         Money        `json:"vat"`
	Total       Money        `json:"total"`
	Effort      audit.Effort `json:"effort"`
}

// MarshalJSON writes q with snake_case fields, amounts as [Money] objects,
// the quantity and the VAT rate as decimal strings, the part and items by
// their codes and the effort as [audit.Effort] writes it:
//
//	{"part":"cycle","currency":"CNY","lines":[{"item":"application","year":1,
//	 "quantity":"1","unit_price":{…},"amount":{…},"basis":"1 application × 1000.00"},…],
//	 "net":{…},"vat_rate":"0.06","vat_included":false,"vat":{…},"total":{…},
//	 "effort":{…}}
//
// A quote that fails [Quote.Validate] is an error.
func (q Quote) MarshalJSON() ([]byte, error) {
	if err := q.Validate(); err != nil {
		return nil, err
	}
	out := quoteOut{
		Part: q.Part, Currency: q.Currency, Lines: make([]lineOut, len(q.Lines)),
		Net: q.Net, VATRate: q.VATRate.String(), VATIncluded: q.VATIncluded, VAT: q.VAT, Total: q.Total,
		Effort: q.Effort,
	}
	for i, l := range q.Lines {
		out.Lines[i] = lineOut{Item: l.Item, Year: l.Year, Quantity: l.Quantity.String(),
			UnitPrice: l.UnitPrice, Amount: l.Amount, Basis: l.Basis}
	}
	return json.Marshal(out)
}

type lineWire struct {
	Item      *string    `json:"item"`
	Year      *int       `json:"year"`
	Quantity  *string    `json:"quantity"`
	UnitPrice *moneyWire `json:"unit_price"`
	Amount    *moneyWire `json:"amount"`
	Basis     *string    `json:"basis"`
}

type quoteWire struct {
	Part        *string         `json:"part"`
	Currency    *string         `json:"currency"`
	Lines       []lineWire      `json:"lines"`
	Net         *moneyWire      `json:"net"`
	VATRate     *string         `json:"vat_rate"`
	VATIncluded *bool           `json:"vat_included"`
	VAT         *moneyWire      `json:"vat"`
	Total       *moneyWire      `json:"total"`
	Effort      json.RawMessage `json:"effort"`
}

// UnmarshalJSON reads what [Quote.MarshalJSON] writes, strictly (every field
// required; unknown fields, duplicate keys, numbers where strings are
// expected and trailing data are errors), and then checks it with
// [Quote.Validate], so a decoded quote is one that [Schedule.Quote] returns
// for some schedule and request. Errors match [ErrInvalidQuote] and name the
// field. On error q is unchanged.
func (q *Quote) UnmarshalJSON(data []byte) error {
	var w quoteWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidQuote, err)
	}
	var v Quote
	var errs []error
	fail := func(field string, err error) {
		errs = append(errs, fmt.Errorf("%w: %s: %w", ErrInvalidQuote, field, err))
	}
	missing := errors.New("missing")
	money := func(field string, src *moneyWire, dst *Money) {
		if src == nil {
			fail(field, missing)
			return
		}
		m, err := src.toMoney()
		if err != nil {
			fail(field, err)
			return
		}
		*dst = m
	}
	if w.Part == nil {
		fail("part", missing)
	} else if p, err := ParsePart(*w.Part); err != nil {
		fail("part", err)
	} else {
		v.Part = p
	}
	if w.Currency == nil {
		fail("currency", missing)
	} else {
		v.Currency = *w.Currency
	}
	if w.Lines == nil {
		fail("lines", missing)
	}
	v.Lines = make([]Line, len(w.Lines))
	for i, lw := range w.Lines {
		at := "lines[" + strconv.Itoa(i) + "]"
		l := &v.Lines[i]
		if lw.Item == nil {
			fail(at+".item", missing)
		} else if it, err := ParseItem(*lw.Item); err != nil {
			fail(at+".item", err)
		} else {
			l.Item = it
		}
		if lw.Year == nil {
			fail(at+".year", missing)
		} else {
			l.Year = *lw.Year
		}
		if lw.Quantity == nil {
			fail(at+".quantity", missing)
		} else if d, err := parseQuantity(*lw.Quantity); err != nil {
			fail(at+".quantity", err)
		} else {
			l.Quantity = d
		}
		money(at+".unit_price", lw.UnitPrice, &l.UnitPrice)
		money(at+".amount", lw.Amount, &l.Amount)
		if lw.Basis == nil {
			fail(at+".basis", missing)
		} else {
			l.Basis = *lw.Basis
		}
	}
	money("net", w.Net, &v.Net)
	money("vat", w.VAT, &v.VAT)
	money("total", w.Total, &v.Total)
	if w.VATRate == nil {
		fail("vat_rate", missing)
	} else if r, err := parseRate(*w.VATRate); err != nil {
		fail("vat_rate", err)
	} else {
		v.VATRate = r
	}
	if w.VATIncluded == nil {
		fail("vat_included", missing)
	} else {
		v.VATIncluded = *w.VATIncluded
	}
	if w.Effort == nil {
		fail("effort", missing)
	} else if err := v.Effort.UnmarshalJSON(w.Effort); err != nil {
		fail("effort", err)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := v.Validate(); err != nil {
		return err
	}
	*q = v
	return nil
}

// quantityInRange reports whether d is a quantity that [Quote.MarshalJSON]
// writes and parseQuantity reads back: below 10^18 in size, with at most 20
// decimal places. The exponent is checked first, so that no decimal with an
// absurd exponent is expanded.
func quantityInRange(d decimal.Decimal) bool {
	if e := d.Exponent(); e < -30 || e > 30 {
		return false
	}
	return d.Abs().LessThan(maxQuantity) && d.Equal(d.Truncate(20))
}

var maxQuantity = decimal.New(1, 18)

// plainDecimal reports whether s is digits, optionally a point and at
// least one digit, with at most maxInt integer and maxFrac decimal digits.
func plainDecimal(s string, maxInt, maxFrac int) bool {
	i, f, point := strings.Cut(s, ".")
	return i != "" && allDigits(i) && (!point || (f != "" && allDigits(f))) && len(i) <= maxInt && len(f) <= maxFrac
}

// parseQuantity reads a plain decimal: an optional "-", at most 18 integer
// digits, optionally a point and 1 to 20 digits; checked before decimal
// parsing.
func parseQuantity(s string) (decimal.Decimal, error) {
	if !plainDecimal(strings.TrimPrefix(s, "-"), 18, 20) {
		return decimal.Decimal{}, fmt.Errorf("%s: want a plain decimal such as \"8.5\" (at most 18 integer digits and 20 places)", strconv.Quote(s))
	}
	return decimal.NewFromString(s)
}
