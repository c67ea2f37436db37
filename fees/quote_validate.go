package fees

import (
	"fmt"
	"slices"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
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
	return c.run()
}

// run checks the quote and returns its problems, nil when there is none.
func (c *quoteCheck) run() error {
	c.header()
	c.auditTime()
	if n := len(c.q.Lines); n > 0 && n <= maxQuoteLines {
		c.order()
		c.lines()
	}
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
	// auditsOK is set when a bundle's audits are valid as a set of audits,
	// so that the lines they give can be checked.
	auditsOK bool
	// effortsChecked is set by a caller that has already checked the
	// efforts with [audit.Effort.Validate] (MarshalJSON, which encodes them
	// first), so that they are not checked twice.
	effortsChecked bool
	// sum and discountable add up the lines (all, and those in the
	// discount base) as Schedule.Quote does; sumOK is false when they
	// could not be added.
	sum, discountable Money
	sumOK             bool
}

// bad reports a problem of field.
func (c *quoteCheck) bad(field, format string, args ...any) {
	c.problems().New(ErrInvalidQuote, field, format, args...)
}

// wrap reports err, when it is not nil, as a problem of field.
func (c *quoteCheck) wrap(field string, err error) {
	if err != nil {
		c.problems().Wrap(ErrInvalidQuote, field, err)
	}
}

// problems returns the list of problems, allocating it at the first one.
func (c *quoteCheck) problems() *errs.List {
	if c.list == nil {
		c.list = new(errs.List)
	}
	return c.list
}

// wrapLine reports err, when it is not nil, as a problem of field of line
// i.
func (c *quoteCheck) wrapLine(i int, field string, err error) {
	if err != nil {
		c.wrap(errs.Path(errs.Index("lines", i), field), err)
	}
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
		c.wrap("part", errUnknown("part", q.Part, Parts()))
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

// slots returns the lines every quote of the part and audits has, in
// order: the part's, or a bundle's for its audits (see the package
// documentation, # Bundles).
func (c *quoteCheck) slots(buf []slot) []slot {
	if len(c.q.Audits) == 0 || !c.auditsOK {
		return c.q.Part.slots()
	}
	return bundleSlots(buf, c.q.Part, c.q.Audits)
}

// order checks that the lines are those of the part and audits, in their
// order, years and standards, followed by at most an extra_copy line in the
// quote's first year, custom lines, travel and the discount in year 0, in
// that order.
func (c *quoteCheck) order() {
	var buf [maxBundleSlots]slot
	slots := c.slots(buf[:0])
	if len(slots) == 0 {
		return
	}
	q := c.q
	if len(q.Lines) < len(slots) {
		c.bad("lines", "%d; a %s quote has at least %d", len(q.Lines), q.Part, len(slots))
	}
	for i := 0; i < len(q.Lines) && i < len(slots); i++ {
		if !c.inSlot(i, slots[i]) {
			return
		}
	}
	next, customs := 0, 0 // the first extra that may still follow; custom lines so far
	for i := len(slots); i < len(q.Lines); i++ {
		l := &q.Lines[i]
		rank := slices.Index(extraItems[:], l.Item)
		if rank < next {
			c.badLine(i, "item", "%s cannot follow; after its %d lines a %s quote has at most extra_copy, custom lines, travel and discount, in that order",
				l.Item, len(slots), q.Part)
			return
		}
		if next = rank + 1; l.Item == Custom {
			next, customs = rank, customs+1
		}
		year := uint8(0)
		if l.Item == ExtraCopy {
			year = slots[0].year
		}
		if !c.inSlot(i, slot{item: l.Item, year: year}) {
			return
		}
	}
	if customs > MaxCustomLines {
		c.bad("lines", "%d custom lines; a quote has at most %d", customs, MaxCustomLines)
	}
}

// extraItems are the items of the lines that may follow a part's, in their
// order.
var extraItems = [...]Item{ExtraCopy, Custom, Travel, Discount}

// inSlot checks that line i is slot s: its item, year and standards; it
// reports whether it is.
func (c *quoteCheck) inSlot(i int, s slot) bool {
	l, part := &c.q.Lines[i], c.q.Part
	switch {
	case l.Item != s.item:
		c.badLine(i, "item", "%s; a %s quote has %s here", l.Item, part, s.item)
	case l.Year != int(s.year):
		c.badLine(i, "year", "%s in year %d; a %s quote has it in year %d", l.Item, l.Year, part, s.year)
	case l.Standards != s.standards:
		c.badLine(i, "standards", "%s for %q; this %s line is for %q", l.Item, l.Standards, part, s.standards)
	default:
		return true
	}
	return false
}

// lines checks each line and adds them up.
func (c *quoteCheck) lines() {
	c.sum, c.discountable, c.sumOK = Money{cur: c.cur}, Money{cur: c.cur}, c.cur != 0
	var first [PerItem + 1]int // 1 + the first line of each unit, 0 for none
	discountAt := -1
	for i := range c.q.Lines {
		l := &c.q.Lines[i]
		c.line(i, l)
		c.add(i, l)
		switch l.Unit {
		case PerPersonDay, PerCertificate, PerYear:
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
// unit: one person-day rate, one registration fee, one annual fee.
func (c *quoteCheck) samePrice(i int, first *[PerItem + 1]int) {
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
	switch u {
	case PerPersonDay:
		return "person-day rate"
	case PerCertificate:
		return "registration fee"
	}
	return "annual fee"
}

// line checks one line on its own: item, unit, label, currencies,
// quantity, unit price and amount.
func (c *quoteCheck) line(i int, l *Line) {
	if !l.Item.IsValid() {
		c.wrapLine(i, "item", errUnknown("item", l.Item, Items()))
	} else if want := unitOf(l.Item); l.Unit != want {
		c.badLine(i, "unit", "%s; %s lines count %s", l.Unit, l.Item, want)
	}
	c.custom(i, l)
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

// Bounds on quantities (see the package documentation, # Quotes as data): a
// line's quantity has the bounds of every decimal the JSON of a quote holds,
// so that any quantity Validate accepts decodes.
var (
	quantitySpec = decimalSpec
	percentSpec  = dec.Spec{Int: 3, Places: 10, Signed: true}
	maxCopies    = decimal.New(MaxExtraCopies, 0)
	minusHundred = decimal.New(-100, 0)
)

// quantity checks l's quantity against its unit; it reports whether the
// quantity can be used in arithmetic.
func (c *quoteCheck) quantity(i int, l *Line) bool {
	qty := l.Quantity
	if err := checkQuantity(qty); err != nil {
		c.wrapLine(i, "quantity", err)
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
	case PerItem:
		c.wrapLine(i, "quantity", checkCustomQuantity(qty))
	}
	return true
}

// custom checks what only a custom line has: its label, and whether it is
// in the discount base.
func (c *quoteCheck) custom(i int, l *Line) {
	switch {
	case l.Item == Custom:
		if l.Label == nil {
			c.badLine(i, "label", "is missing; a custom line has its own label")
			break
		}
		chinese, english := l.Label.check()
		c.wrapLine(i, "label.chinese", chinese)
		c.wrapLine(i, "label.english", english)
	case l.Label != nil:
		c.badLine(i, "label", "%s has one; only a custom line has its own label", l.Item)
	}
	if l.Discountable && l.Item != Custom {
		c.badLine(i, "discountable", "%s says so; only a custom line says whether the discount is taken from it", l.Item)
	}
}

// personDays checks that an audit line's quantity is the figure for it of
// the effort it is priced on.
func (c *quoteCheck) personDays(i int, l *Line) {
	e := c.effortFor(l)
	if e == nil {
		return // no audit of its standards: order says so
	}
	days, _ := auditDays(e, l.Item)
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
	if c.sum, err = c.sum.Add(l.Amount); err == nil && l.inDiscountBase() {
		c.discountable, err = c.discountable.Add(l.Amount)
	}
	if err != nil {
		c.wrap(errs.Index("lines", i), fmt.Errorf("the sum of the lines: %w", err))
		c.sumOK = false
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
