package fees

import (
	"fmt"
	"slices"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/errs"
	"github.com/shopspring/decimal"
)

// Quoter prices requests on a schedule that was checked once, when it was
// built: a service that quotes many requests on one schedule builds a
// Quoter once and keeps it, instead of calling [Schedule.Quote], which
// checks its schedule on every call. A Quoter is an immutable value, safe
// for concurrent use. The zero Quoter has no schedule and quotes nothing.
type Quoter struct {
	p *pricing // never modified once built
}

// pricing is a checked schedule, as quoting reads it.
type pricing struct {
	price    [Discount + 1]Money // the schedule's price of each item
	rate     decimal.Decimal
	table    audit.TimeTable
	bands    bandEfforts // the time table's audit time by band, when known (fast.go)
	cur      uint8
	included bool
}

// newPricing checks s and returns it as quoting reads it.
func newPricing(s *Schedule) (pricing, error) {
	if err := s.Validate(); err != nil {
		return pricing{}, err
	}
	p := pricing{rate: s.VATRate, table: s.TimeTable, included: s.PricesIncludeVAT}
	p.cur, _ = lookupCurrency(s.Currency)
	for _, sp := range schedulePrices {
		for _, item := range sp.items {
			p.price[item] = *sp.field(s)
		}
	}
	return p, nil
}

// NewQuoter checks s with [Schedule.Validate] and returns a Quoter that
// prices requests on it. It also works out, once, the audit time of each
// band of the time table for one site and no adjustments, which quotes of
// such requests then look up. Its errors are those of Validate.
func NewQuoter(s Schedule) (Quoter, error) {
	p, err := newPricing(&s)
	if err != nil {
		return Quoter{}, err
	}
	p.bands = newBandEfforts(p.table)
	return Quoter{p: &p}, nil
}

// MustNewQuoter is [NewQuoter] for tests and package-level values: it
// panics, naming the call, where NewQuoter returns an error.
func MustNewQuoter(s Schedule) Quoter {
	q, err := NewQuoter(s)
	if err != nil {
		panic("fees.MustNewQuoter: " + err.Error())
	}
	return q
}

// Quote prices r on s, checking s first: it is [NewQuoter] followed by
// [Quoter.Quote]. Its errors are those of both.
func (s Schedule) Quote(r Request) (Quote, error) {
	p, err := newPricing(&s)
	if err != nil {
		return Quote{}, err
	}
	return p.quote(&r)
}

// Quote prices r by the rules of the package documentation (# Quotes,
// # Rounding, # VAT). Every quote it returns passes [Quote.Validate].
//
// Errors: [ErrInvalidSchedule] for the zero Quoter. Every other error
// matches [ErrInvalidRequest] and names the field: the problems
// [Request.Validate] reports, travel in another currency than the
// schedule's (also [ErrCurrencyMismatch]), the time table's refusals
// ([audit.ErrBeyondTable] for personnel, [audit.ErrReductionCap] and
// [audit.ErrInvalidAdjustment] for adjustments, matched too), and an amount
// out of bounds ([ErrAmountTooLarge]).
func (q Quoter) Quote(r Request) (Quote, error) {
	if q.p == nil {
		return Quote{}, errs.New(ErrInvalidSchedule, "", "the zero Quoter has no schedule; build one with NewQuoter")
	}
	return q.p.quote(&r)
}

// quote prices r.
func (p *pricing) quote(r *Request) (Quote, error) {
	if err := p.check(r); err != nil {
		return Quote{}, err
	}
	q := Quote{Part: r.Part, Currency: currencies[p.cur].code, VATRate: p.rate, VATIncluded: p.included}
	slots := partSlots[r.Part]
	var err error
	if len(r.Standards) == 0 {
		q.Effort, err = p.effort(r)
	} else if q.Audits, err = p.bundleAudits(r); err == nil {
		slots = bundleSlots(make([]slot, 0, maxBundleSlots), r.Part, q.Audits)
	}
	if err != nil {
		return Quote{}, err
	}
	var sum Money
	if q.Lines, sum, err = p.lines(r, &q, slots); err != nil {
		return Quote{}, err
	}
	if q.Net, q.VAT, q.Total, err = settle(sum, p.rate, p.included); err != nil {
		return Quote{}, errs.Wrap(ErrInvalidRequest, "", fmt.Errorf("the VAT: %w", err))
	}
	return q, nil
}

// check reports every problem of r: those of [Request.Validate], and
// travel or a custom price in another currency than the schedule's.
func (p *pricing) check(r *Request) error {
	err := r.Validate()
	foreign := func(m Money) bool { return m.cur != 0 && m.cur != p.cur }
	if !foreign(r.Travel) && !slices.ContainsFunc(r.Custom, func(c CustomLine) bool { return foreign(c.Price) }) {
		return err
	}
	var l errs.List
	l.Add(err)
	mismatch := func(field string, m Money) {
		if foreign(m) {
			l.Wrap(ErrInvalidRequest, field, errs.New(ErrCurrencyMismatch, "", "%s is not in the schedule currency %s", m, currencies[p.cur].code))
		}
	}
	mismatch("travel", r.Travel)
	for i, c := range r.Custom {
		mismatch(errs.Path(errs.Index("custom", i), "price"), c.Price)
	}
	return l.Err()
}

// effort returns the audit time of r on the time table; its refusals are
// problems of the request's field they come from.
func (p *pricing) effort(r *Request) (audit.Effort, error) {
	if e, ok := p.bandEffort(r); ok {
		return e, nil
	}
	e, err := p.table.MultiSiteEffort(r.Personnel, max(r.Sites, 1), r.Adjustments...)
	if err != nil {
		return audit.Effort{}, errs.Wrap(ErrInvalidRequest, "", err) // audit names the request's fields
	}
	return e, nil
}

// lines returns the lines of r's quote q, whose audit time is known and
// whose part and audits give it slots, and their sum.
func (p *pricing) lines(r *Request, q *Quote, slots []slot) ([]Line, Money, error) {
	n := len(slots) + len(r.Custom)
	for _, extra := range [...]bool{r.ExtraCopies > 0, !r.Travel.IsZero(), !r.Discount.IsZero()} {
		if extra {
			n++
		}
	}
	b := builder{lines: make([]Line, 0, n), sum: Money{cur: p.cur}}
	for _, s := range slots {
		var l *Line
		if days, ok := auditDays(q.effortOf(s), s.item); ok {
			l = b.add("", s.item, int(s.year), days, p.price[s.item])
		} else {
			l = b.addFee("", s.item, int(s.year), p.price[s.item])
		}
		if l != nil {
			l.Standards = s.standards
		}
	}
	if r.ExtraCopies > 0 {
		b.add("", ExtraCopy, int(slots[0].year), decimal.New(int64(r.ExtraCopies), 0), p.price[ExtraCopy])
	}
	for i, c := range r.Custom {
		if l := b.add(errs.Index("custom", i), Custom, 0, c.Quantity, c.Price); l != nil {
			label := c.Label // the quote's own copy
			l.Label, l.Discountable = &label, c.Discountable
		}
	}
	if !r.Travel.IsZero() {
		b.addFee("travel", Travel, 0, r.Travel)
	}
	if !r.Discount.IsZero() {
		b.add("discount", Discount, 0, r.Discount.Neg(), b.base())
	}
	return b.lines, b.sum, b.err
}

// effortOf returns the effort that the audit line of slot s is priced on.
func (q *Quote) effortOf(s slot) *audit.Effort {
	if len(q.Audits) == 0 {
		return &q.Effort
	}
	return &q.Audits[s.audit].Effort
}

// inDiscountBase reports whether the discount is taken from l: every line
// but travel, the discount and the custom lines outside the base (see the
// package documentation, # Quotes).
func (l *Line) inDiscountBase() bool {
	return l.Item != Travel && l.Item != Discount && (l.Item != Custom || l.Discountable)
}

// builder appends the lines of a quote and adds them up. The first error
// stops it.
type builder struct {
	lines []Line
	sum   Money
	err   error
}

// add appends the line of qty units of item at price and returns it, nil
// when it cannot: an amount out of bounds is a problem of the request's
// field.
func (b *builder) add(field string, item Item, year int, qty decimal.Decimal, price Money) *Line {
	if b.err != nil {
		return nil
	}
	unit := itemUnits[item]
	amount, err := lineAmount(qty, unit, price)
	if err == nil {
		err = b.addUp(amount)
	}
	if err != nil {
		return b.fail(field, item, err)
	}
	b.lines = append(b.lines, Line{Item: item, Unit: unit, Year: year, Quantity: qty, UnitPrice: price, Amount: amount})
	return &b.lines[len(b.lines)-1]
}

// addFee appends the line of a fee, one unit of item at price, and returns
// it, nil when it cannot.
func (b *builder) addFee(field string, item Item, year int, price Money) *Line {
	if b.err != nil {
		return nil
	}
	if err := b.addUp(price); err != nil {
		return b.fail(field, item, err)
	}
	b.lines = append(b.lines, Line{Item: item, Unit: itemUnits[item], Year: year, Quantity: decOne, UnitPrice: price, Amount: price})
	return &b.lines[len(b.lines)-1]
}

// addUp adds amount to the sum of the lines.
func (b *builder) addUp(amount Money) error {
	sum, err := b.sum.Add(amount)
	if err == nil {
		b.sum = sum
	}
	return err
}

// fail stops the builder: the line of item cannot be added, for err, a
// problem of the request's field.
func (b *builder) fail(field string, item Item, err error) *Line {
	b.err = errs.Wrap(ErrInvalidRequest, field, fmt.Errorf("the %s line: %w", item, err))
	return nil
}

// base returns the sum of the lines so far that are in the discount base:
// at most their sum, which is in bounds.
func (b *builder) base() Money {
	base := Money{cur: b.sum.cur}
	for i := range b.lines {
		if l := &b.lines[i]; l.inDiscountBase() {
			base.units += l.Amount.units
		}
	}
	return base
}
