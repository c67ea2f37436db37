package fees

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/shopspring/decimal"
)

// ErrInvalidQuote is matched by every problem [Quote.Validate] and quote
// decoding report.
var ErrInvalidQuote = errors.New("fees: invalid quote")

// Validate reports every problem of q, joined, nil when there is none: a
// valid quote is one that [Schedule.Quote] returns for some schedule and
// request, checked with the same arithmetic (see the package documentation,
// # Quotes as data). Each problem matches [ErrInvalidQuote] and names the
// field: part, currency, vat_rate, lines, lines[i] with its item, year,
// quantity, unit_price, amount or basis, effort, net, vat or total. An amount
// in another currency also matches [ErrCurrencyMismatch], and lines whose sum
// is out of bounds [ErrAmountTooLarge].
func (q Quote) Validate() error {
	c := quoteCheck{q: &q}
	c.header()
	if len(q.Lines) > 0 && len(q.Lines) <= maxQuoteLines {
		c.order()
		c.lines()
	}
	c.effort()
	c.totals()
	return errors.Join(c.errs...)
}

// quoteCheck collects the problems of a quote.
type quoteCheck struct {
	q    *Quote
	cur  uint8 // the quote currency; 0 when unknown
	errs []error
	// sum and discountable add up the lines (all, and all but travel and
	// the discount) as Schedule.Quote does; sumOK is false when they could
	// not be added.
	sum, discountable Money
	sumOK             bool
	rateOK            bool
}

func (c *quoteCheck) bad(format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidQuote}, args...)...))
}

// inCurrency reports whether m is in the quote currency, and says so when
// it is not.
func (c *quoteCheck) inCurrency(field string, m Money) bool {
	if c.cur == 0 || m.cur != c.cur {
		if c.cur != 0 {
			c.bad("%s: %s is not in the quote currency %q: %w", field, m, c.q.Currency, ErrCurrencyMismatch)
		}
		return false
	}
	return true
}

// header checks the part, the currency, the VAT rate and the number of
// lines.
func (c *quoteCheck) header() {
	q := c.q
	if !q.Part.IsValid() {
		c.bad("part: %w %d", ErrUnknownPart, uint8(q.Part))
	}
	if cur, err := lookupCurrency(q.Currency); err != nil {
		c.bad("currency: %w", err)
	} else {
		c.cur = cur
	}
	if err := checkRate(q.VATRate); err != nil {
		c.bad("vat_rate: %w", err)
	} else {
		c.rateOK = true
	}
	switch {
	case len(q.Lines) == 0:
		c.bad("lines: none")
	case len(q.Lines) > maxQuoteLines:
		c.bad("lines: %d, more than the %d a quote has", len(q.Lines), maxQuoteLines)
	}
}

// order checks that the lines are the part's, in their order and years,
// followed by at most an extra_copy line in the quote's first year, travel
// and the discount in year 0, in that order.
func (c *quoteCheck) order() {
	q := c.q
	slots := q.Part.slots()
	if len(slots) == 0 {
		return
	}
	extras := [...]slot{{ExtraCopy, slots[0].year}, {Travel, 0}, {Discount, 0}}
	next := 0 // the first extra that may still follow
	for i, l := range q.Lines {
		at := "lines[" + strconv.Itoa(i) + "]"
		if i < len(slots) {
			switch want := slots[i]; {
			case l.Item != want.item:
				c.bad("%s.item: %s; a %s quote has %s here", at, l.Item, q.Part, want.item)
			case l.Year != want.year:
				c.bad("%s.year: %s in year %d; a %s quote has it in year %d", at, l.Item, l.Year, q.Part, want.year)
			}
			continue
		}
		for next < len(extras) && extras[next].item != l.Item {
			next++
		}
		if next == len(extras) {
			c.bad("%s.item: %s cannot follow; after its %d lines a %s quote has at most extra_copy, travel and discount, once each, in that order",
				at, l.Item, len(slots), q.Part)
			return
		}
		if want := extras[next].year; l.Year != want {
			c.bad("%s.year: %s in year %d; a %s quote has it in year %d", at, l.Item, l.Year, q.Part, want)
		}
		next++
	}
	if len(q.Lines) < len(slots) {
		c.bad("lines: %d; a %s quote has at least %d", len(q.Lines), q.Part, len(slots))
	}
}

// Bounds on quantities, built once.
var (
	decMinusOne  = decimal.New(-1, 0)
	decMaxCopies = decimal.New(MaxExtraCopies, 0)
)

// discountPlaces is the most places a discount line's quantity has: a
// discount of at most 10 places, in hundredths.
const discountPlaces = 12

// lines checks each line on its own and adds them up.
func (c *quoteCheck) lines() {
	q := c.q
	c.sum, c.discountable = Money{cur: c.cur}, Money{cur: c.cur}
	c.sumOK = c.cur != 0
	var personDay, annualFee, discountBase *Money
	personDayAt, annualFeeAt, discountAt := 0, 0, 0
	for i := range q.Lines {
		l := &q.Lines[i]
		at := "lines[" + strconv.Itoa(i) + "]"
		if !l.Item.IsValid() {
			c.bad("%s.item: %w %d", at, ErrUnknownItem, uint8(l.Item))
		}
		okPrice, okAmount := c.inCurrency(at+".unit_price", l.UnitPrice), c.inCurrency(at+".amount", l.Amount)
		c.add(at, l, okAmount)
		if !quantityInRange(l.Quantity) {
			c.bad("%s.quantity: %s: want at most 18 integer digits and 20 places", at, decimalText(l.Quantity))
			continue
		}
		if okPrice && okAmount {
			if want, err := lineAmount(l.Quantity, l.UnitPrice); err != nil {
				c.bad("%s: %w", at, err)
			} else if !want.Equal(l.Amount) {
				c.bad("%s.amount: %s is not %s × %s = %s", at, l.Amount, l.Quantity, l.UnitPrice, want)
			}
		}
		if l.UnitPrice.IsNegative() && l.Item != Travel {
			c.bad("%s.unit_price: %s is negative", at, l.UnitPrice)
		}
		c.quantity(at, l)
		switch l.Item {
		case InitialAudit, SurveillanceAudit, RecertificationAudit:
			if personDay == nil {
				personDay, personDayAt = &l.UnitPrice, i
			} else if !personDay.Equal(l.UnitPrice) {
				c.bad("%s.unit_price: %s is not the person-day rate of lines[%d], %s", at, l.UnitPrice, personDayAt, *personDay)
			}
		case AnnualFee:
			if annualFee == nil {
				annualFee, annualFeeAt = &l.UnitPrice, i
			} else if !annualFee.Equal(l.UnitPrice) {
				c.bad("%s.unit_price: %s is not the annual fee of lines[%d], %s", at, l.UnitPrice, annualFeeAt, *annualFee)
			}
		case Travel:
			if l.UnitPrice.units <= 0 {
				c.bad("%s.unit_price: travel %s is not positive", at, l.UnitPrice)
			}
		case Discount:
			discountBase, discountAt = &l.UnitPrice, i
		}
		var buf [96]byte
		if want := appendBasis(buf[:0], l.Item, l.Quantity, l.UnitPrice); l.Basis != string(want) {
			if l.Basis == "" {
				c.bad("%s.basis: empty; want %q", at, want)
			} else {
				c.bad("%s.basis: %q; want %q", at, l.Basis, want)
			}
		}
	}
	if discountBase != nil && c.sumOK && !discountBase.Equal(c.discountable) {
		c.bad("lines[%d].unit_price: the discount is taken from %s, not from the lines it discounts, which add up to %s",
			discountAt, *discountBase, c.discountable)
	}
}

// add adds l's amount to the sums, as Schedule.Quote adds its lines.
func (c *quoteCheck) add(at string, l *Line, ok bool) {
	if !c.sumOK {
		return
	}
	if !ok {
		c.sumOK = false
		return
	}
	var err error
	if c.sum, err = c.sum.Add(l.Amount); err == nil && l.Item != Travel && l.Item != Discount {
		c.discountable, err = c.discountable.Add(l.Amount)
	}
	if err != nil {
		c.bad("%s: the sum of the lines: %w", at, err)
		c.sumOK = false
	}
}

// quantity checks l's quantity against its item.
func (c *quoteCheck) quantity(at string, l *Line) {
	qty := l.Quantity
	switch l.Item {
	case Application, Registration, AnnualFee, Travel:
		if !qty.Equal(decOne) {
			c.bad("%s.quantity: %s; want 1 for %s", at, qty, l.Item)
		}
	case InitialAudit, SurveillanceAudit, RecertificationAudit:
		days, _ := auditDays(c.q.Effort, l.Item)
		switch {
		case !qty.IsPositive():
			c.bad("%s.quantity: %s person-days is not positive", at, qty)
		case !qty.Equal(days):
			c.bad("%s.quantity: %s person-days is not the effort's figure for it, %s", at, qty, days)
		}
	case ExtraCopy:
		if !qty.IsInteger() || !qty.IsPositive() || qty.GreaterThan(decMaxCopies) {
			c.bad("%s.quantity: %s copies; want a whole number from 1 to %d", at, qty, MaxExtraCopies)
		}
	case Discount:
		if !qty.IsNegative() || qty.LessThan(decMinusOne) || !qty.Equal(qty.Truncate(discountPlaces)) {
			c.bad("%s.quantity: %s; a discount is a fraction from −1 to below 0 with at most %d places", at, qty, discountPlaces)
		}
	}
}

// effort checks the effort the audit lines are priced on: valid, and with
// its basis.
func (c *quoteCheck) effort() {
	e := c.q.Effort
	if err := e.Validate(); err != nil {
		c.bad("effort: %w", err)
	}
	if len(e.Basis) == 0 {
		c.bad("effort.basis: none; an effort states how it was reached")
	}
	for i, line := range e.Basis {
		if strings.TrimSpace(line) == "" {
			c.bad("effort.basis[%d]: blank", i)
		}
	}
}

// totals checks Net, VAT and Total against the sum of the lines, computed
// as Schedule.Quote computes them.
func (c *quoteCheck) totals() {
	q := c.q
	okNet, okVAT, okTotal := c.inCurrency("net", q.Net), c.inCurrency("vat", q.VAT), c.inCurrency("total", q.Total)
	if okNet && okVAT && okTotal {
		if total, err := q.Net.Add(q.VAT); err != nil || !total.Equal(q.Total) {
			c.bad("total: %s is not net %s + VAT %s", q.Total, q.Net, q.VAT)
		}
	}
	if !c.sumOK || !c.rateOK {
		return
	}
	net, vat, total, err := settle(c.sum, q.VATRate, q.VATIncluded)
	switch {
	case err != nil:
		c.bad("vat: %w", err)
		return
	case q.VATIncluded && okTotal && !total.Equal(q.Total):
		c.bad("total: %s is not the sum of the lines, %s", q.Total, total)
	case !q.VATIncluded && okNet && !net.Equal(q.Net):
		c.bad("net: %s is not the sum of the lines, %s", q.Net, net)
	}
	if okVAT && !vat.Equal(q.VAT) {
		c.bad("vat: %s is not %s at %s", q.VAT, vat, q.VATRate)
	}
}
