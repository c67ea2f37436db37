package fees

import (
	"fmt"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
	"github.com/shopspring/decimal"
)

// Validate reports every problem of q, nil when there is none: a valid
// quote is one that [Schedule.Quote] returns for some schedule and request,
// checked with the same arithmetic (see the package documentation, # Quotes
// as data). Each problem matches [ErrInvalidQuote] and names the field by
// its JSON name ("lines[3].quantity", "effort.basis", "vat"); an amount in
// another currency also matches [ErrCurrencyMismatch], and lines whose sum
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
	if c.list == nil {
		return nil
	}
	return c.list.Err()
}

// quoteCheck collects the problems of a quote.
type quoteCheck struct {
	q *Quote
	// list holds the problems; it is allocated at the first one, so that
	// checking a valid quote allocates nothing.
	list   *errs.List
	cur    uint8 // the quote currency; 0 when unknown
	rateOK bool
	// sum and discountable add up the lines (all, and all but travel and
	// the discount) as Schedule.Quote does; sumOK is false when they could
	// not be added.
	sum, discountable Money
	sumOK             bool
}

func (c *quoteCheck) bad(field, format string, args ...any) {
	c.problems().New(ErrInvalidQuote, field, format, args...)
}

// wrap reports err, when it is not nil, as a problem of field.
func (c *quoteCheck) wrap(field string, err error) {
	if err != nil {
		c.problems().Wrap(ErrInvalidQuote, field, err)
	}
}

func (c *quoteCheck) problems() *errs.List {
	if c.list == nil {
		c.list = new(errs.List)
	}
	return c.list
}

// badLine reports a problem of field of line i ("" for the whole line).
func (c *quoteCheck) badLine(i int, field, format string, args ...any) {
	c.bad(errs.Path(errs.Index("lines", i), field), format, args...)
}

// inCurrency reports whether m is in the quote currency, and says so when
// it is not.
func (c *quoteCheck) inCurrency(m Money, i int, field string) bool {
	if c.cur == 0 || m.cur == c.cur {
		return c.cur != 0
	}
	at := field
	if i >= 0 {
		at = errs.Path(errs.Index("lines", i), field)
	}
	c.wrap(at, errs.New(ErrCurrencyMismatch, "", "%s is not in the quote currency %s", m, c.q.Currency))
	return false
}

// header checks the part, the currency, the VAT rate and the number of
// lines.
func (c *quoteCheck) header() {
	q := c.q
	if !q.Part.IsValid() {
		c.wrap("part", errs.New(ErrUnknownCode, "", "part %d is not one of %s", uint8(q.Part), partCodes()))
	}
	cur, err := lookupCurrency(q.Currency)
	c.wrap("currency", err)
	c.cur = cur
	err = checkRate(q.VATRate)
	c.wrap("vat_rate", err)
	c.rateOK = err == nil
	switch {
	case len(q.Lines) == 0:
		c.bad("lines", "none")
	case len(q.Lines) > maxQuoteLines:
		c.bad("lines", "%d, more than the %d a quote has", len(q.Lines), maxQuoteLines)
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
		want := slot{}
		if i < len(slots) {
			want = slots[i]
		} else {
			for next < len(extras) && extras[next].item != l.Item {
				next++
			}
			if next == len(extras) {
				c.badLine(i, "item", "%s cannot follow; after its %d lines a %s quote has at most extra_copy, travel and discount, once each, in that order",
					l.Item, len(slots), q.Part)
				return
			}
			want = extras[next]
			next++
		}
		switch {
		case l.Item != want.item:
			c.badLine(i, "item", "%s; a %s quote has %s here", l.Item, q.Part, want.item)
		case l.Year != want.year:
			c.badLine(i, "year", "%s in year %d; a %s quote has it in year %d", l.Item, l.Year, q.Part, want.year)
		}
	}
	if len(q.Lines) < len(slots) {
		c.bad("lines", "%d; a %s quote has at least %d", len(q.Lines), q.Part, len(slots))
	}
}

// lines checks each line and adds them up.
func (c *quoteCheck) lines() {
	c.sum, c.discountable, c.sumOK = Money{cur: c.cur}, Money{cur: c.cur}, c.cur != 0
	var first [Percent + 1]int // 1 + the first line of each unit, 0 for none
	discountAt := -1
	for i := range c.q.Lines {
		l := &c.q.Lines[i]
		c.line(i, l)
		c.add(i, l)
		switch l.Unit {
		case PerPersonDay, PerYear:
			c.samePrice(i, &first)
		case Percent:
			discountAt = i
		}
	}
	if discountAt >= 0 && c.sumOK && !c.q.Lines[discountAt].UnitPrice.Equal(c.discountable) {
		c.badLine(discountAt, "unit_price", "the discount is taken from %s, not from the lines it discounts, which add up to %s",
			c.q.Lines[discountAt].UnitPrice, c.discountable)
	}
}

// samePrice checks that line i has the unit price of the first line of its
// unit: one person-day rate, one annual fee.
func (c *quoteCheck) samePrice(i int, first *[Percent + 1]int) {
	l := &c.q.Lines[i]
	if first[l.Unit] == 0 {
		first[l.Unit] = i + 1
		return
	}
	at := first[l.Unit] - 1
	if p := c.q.Lines[at].UnitPrice; !p.Equal(l.UnitPrice) {
		c.badLine(i, "unit_price", "%s is not the %s of lines[%d], %s", l.UnitPrice, priceName(l.Unit), at, p)
	}
}

// priceName names the price a unit's lines share, for messages.
func priceName(u Unit) string {
	if u == PerPersonDay {
		return "person-day rate"
	}
	return "annual fee"
}

// line checks one line on its own: item, unit, currencies, quantity, unit
// price and amount.
func (c *quoteCheck) line(i int, l *Line) {
	if !l.Item.IsValid() {
		c.wrap(errs.Index("lines", i)+".item", errs.New(ErrUnknownCode, "", "item %d is not one of the items", uint8(l.Item)))
	} else if want := unitOf(l.Item); l.Unit != want {
		c.badLine(i, "unit", "%s; %s lines count %s", l.Unit, l.Item, want)
	}
	okPrice, okAmount := c.inCurrency(l.UnitPrice, i, "unit_price"), c.inCurrency(l.Amount, i, "amount")
	if !c.quantity(i, l) || !l.Unit.IsValid() {
		return
	}
	switch {
	case l.Unit == AtCost && l.UnitPrice.units <= 0:
		c.badLine(i, "unit_price", "travel %s is not positive", l.UnitPrice)
	case l.UnitPrice.units < 0:
		c.badLine(i, "unit_price", "%s is negative", l.UnitPrice)
	}
	if !okPrice || !okAmount {
		return
	}
	if want, err := lineAmount(l.Quantity, l.Unit, l.UnitPrice); err != nil {
		c.wrap(errs.Index("lines", i), err)
	} else if !want.Equal(l.Amount) {
		c.badLine(i, "amount", "%s is not %s %s × %s = %s", l.Amount, dec.Show(l.Quantity), l.Unit, l.UnitPrice, want)
	}
}

// Bounds on quantities (see the package documentation, # Quotes as data).
var (
	quantitySpec = dec.Spec{Int: 9, Places: 10, Signed: true}
	percentSpec  = dec.Spec{Int: 3, Places: 10, Signed: true}
	maxCopies    = decimal.New(MaxExtraCopies, 0)
	minusHundred = decimal.New(-100, 0)
)

// quantity checks l's quantity against its unit; it reports whether the
// quantity can be used in arithmetic.
func (c *quoteCheck) quantity(i int, l *Line) bool {
	qty := l.Quantity
	if err := checkQuantity(qty); err != nil {
		c.wrap(errs.Index("lines", i)+".quantity", err)
		return false
	}
	switch l.Unit {
	case PerApplication, PerCertificate, PerYear, AtCost:
		if !qty.Equal(decOne) {
			c.badLine(i, "quantity", "%s; want 1 for %s", dec.Show(qty), l.Item)
		}
	case PerPersonDay:
		c.personDays(i, l)
	case PerCopy:
		if !qty.IsInteger() || qty.Sign() <= 0 || qty.GreaterThan(maxCopies) {
			c.badLine(i, "quantity", "%s copies; want a whole number from 1 to %d", dec.Show(qty), MaxExtraCopies)
		}
	case Percent:
		if qty.Sign() >= 0 || qty.LessThan(minusHundred) || percentSpec.Check(qty) != nil {
			c.badLine(i, "quantity", "%s; a discount is from −100 to below 0 %%, with at most 10 places", dec.Show(qty))
		}
	}
	return true
}

// personDays checks that an audit line's quantity is the effort's figure
// for it.
func (c *quoteCheck) personDays(i int, l *Line) {
	days, _ := auditDays(&c.q.Effort, l.Item)
	switch {
	case l.Quantity.Sign() <= 0:
		c.badLine(i, "quantity", "%s person-days is not positive", dec.Show(l.Quantity))
	case checkQuantity(days) == nil && !l.Quantity.Equal(days):
		c.badLine(i, "quantity", "%s person-days is not the effort's figure for it, %s", dec.Show(l.Quantity), dec.Show(days))
	}
}

// add adds l's amount to the sums, as Schedule.Quote adds its lines.
func (c *quoteCheck) add(i int, l *Line) {
	if !c.sumOK {
		return
	}
	if l.Amount.cur != c.cur {
		c.sumOK = false
		return
	}
	var err error
	if c.sum, err = c.sum.Add(l.Amount); err == nil && l.Item != Travel && l.Item != Discount {
		c.discountable, err = c.discountable.Add(l.Amount)
	}
	if err != nil {
		c.wrap(errs.Index("lines", i), fmt.Errorf("the sum of the lines: %w", err))
		c.sumOK = false
	}
}

// effort checks the effort the audit lines are priced on: valid, and with
// its basis.
func (c *quoteCheck) effort() {
	e := &c.q.Effort
	c.wrap("effort", e.Validate())
	if len(e.Basis) == 0 {
		c.bad("effort.basis", "none; an effort states how it was reached")
	}
	for i, line := range e.Basis {
		if err := text.Required(line); err != nil {
			c.wrap(errs.Index("effort.basis", i), err)
		}
	}
}

// totals checks Net, VAT and Total against the sum of the lines, computed
// as Schedule.Quote computes them.
func (c *quoteCheck) totals() {
	q := c.q
	okNet, okVAT, okTotal := c.inCurrency(q.Net, -1, "net"), c.inCurrency(q.VAT, -1, "vat"), c.inCurrency(q.Total, -1, "total")
	if okNet && okVAT && okTotal {
		if total, err := q.Net.Add(q.VAT); err != nil || !total.Equal(q.Total) {
			c.bad("total", "%s is not net %s + VAT %s", q.Total, q.Net, q.VAT)
		}
	}
	if !c.sumOK || !c.rateOK {
		return
	}
	net, vat, total, err := settle(c.sum, q.VATRate, q.VATIncluded)
	switch {
	case err != nil:
		c.wrap("vat", err)
		return
	case q.VATIncluded && okTotal && !total.Equal(q.Total):
		c.bad("total", "%s is not the sum of the lines, %s", q.Total, total)
	case !q.VATIncluded && okNet && !net.Equal(q.Net):
		c.bad("net", "%s is not the sum of the lines, %s", q.Net, net)
	}
	if okVAT && !vat.Equal(q.VAT) {
		c.bad("vat", "%s is not %s at %s", q.VAT, vat, dec.Show(q.VATRate))
	}
}
