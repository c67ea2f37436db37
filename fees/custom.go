package fees

import (
	"cmp"
	"errors"
	"strconv"
	"unicode/utf8"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
	"github.com/shopspring/decimal"
)

// CustomLine is a line that the caller prices, with its own label (see the
// package documentation, # Custom lines).
type CustomLine struct {
	// Label is the line's name in Chinese and in English.
	Label Label
	// Quantity is how many of the item.
	Quantity decimal.Decimal
	// Price is the price of one, in the schedule's currency.
	Price Money
	// Discountable puts the line in the discount base: the request's
	// discount is taken from it too.
	Discountable bool
}

// Equal reports whether c and o are the same line, the quantity compared by
// value.
func (c CustomLine) Equal(o CustomLine) bool {
	return c.Label == o.Label && c.Quantity.Equal(o.Quantity) && c.Price.Equal(o.Price) && c.Discountable == o.Discountable
}

// Label is the name of a custom line in Chinese and in English (see the
// package documentation, # Custom lines). The zero Label is not valid.
type Label struct {
	// Chinese is the name in Chinese, such as "加急费".
	Chinese string
	// English is the name in English, such as "Expedited review".
	English string
}

// IsZero reports whether l is the zero Label.
func (l Label) IsZero() bool { return l == Label{} }

// Limits on custom lines (see the package documentation, # Custom lines).
const (
	// MaxCustomLines is the most custom lines a request may have.
	MaxCustomLines = 20
	// maxLabel is the most characters of each name of a label.
	maxLabel = 100
)

// customQuantitySpec bounds a custom line's quantity: below 10^6, at most
// four decimal places, not negative (and above 0: checkCustomQuantity).
var customQuantitySpec = dec.Spec{Int: 6, Places: 4}

// checkCustom reports the problems of r's custom lines that need no
// schedule.
func (r *Request) checkCustom(l *errs.List) {
	if n := len(r.Custom); n > MaxCustomLines {
		l.New(ErrInvalidRequest, "custom", "%d lines; a request has at most %d", n, MaxCustomLines)
		return
	}
	for i, c := range r.Custom {
		at := errs.Index("custom", i)
		chinese, english := c.Label.check()
		l.Wrap(ErrInvalidRequest, errs.Path(at, "label.chinese"), chinese)
		l.Wrap(ErrInvalidRequest, errs.Path(at, "label.english"), english)
		l.Wrap(ErrInvalidRequest, errs.Path(at, "quantity"), checkCustomQuantity(c.Quantity))
		switch {
		case c.Price.cur == 0:
			l.New(ErrInvalidRequest, errs.Path(at, "price"), "is missing (the zero Money); a free item is 0.00 in the schedule currency")
		case c.Price.units < 0:
			l.New(ErrInvalidRequest, errs.Path(at, "price"), "%s is negative", c.Price)
		}
	}
}

// check reports what is wrong with each name of a label, nil when nothing.
func (l Label) check() (chinese, english error) {
	return checkLabelText(l.Chinese), checkLabelText(l.English)
}

// checkLabelText reports what is wrong with one name of a label, nil when
// nothing: it is valid UTF-8, not blank, one line without control
// characters, at most maxLabel characters.
func checkLabelText(s string) error {
	if err := cmp.Or(text.Required(s), text.OneLine(s)); err != nil {
		return errors.New(errs.Quote(s) + " " + err.Error())
	}
	if n := utf8.RuneCountInString(s); n > maxLabel {
		return errors.New(errs.Quote(s) + " has " + strconv.Itoa(n) + " characters, more than " + strconv.Itoa(maxLabel))
	}
	return nil
}

// checkCustomQuantity reports what is wrong with a custom line's quantity,
// nil when nothing.
func checkCustomQuantity(q decimal.Decimal) error {
	if q.Sign() <= 0 {
		return errors.New(dec.Show(q) + " is not above 0")
	}
	return customQuantitySpec.Check(q)
}
