package fees

import (
	"errors"
	"fmt"

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
	effort, err := p.effort(r)
	if err != nil {
		return Quote{}, err
	}
	lines, sum, err := p.lines(r, &effort)
	if err != nil {
		return Quote{}, err
	}
	net, vat, total, err := settle(sum, p.rate, p.included)
	if err != nil {
		return Quote{}, errs.Wrap(ErrInvalidRequest, "", fmt.Errorf("the VAT: %w", err))
	}
	return Quote{Part: r.Part, Currency: currencies[p.cur].code, Lines: lines, Net: net, VATRate: p.rate,
		VATIncluded: p.included, VAT: vat, Total: total, Effort: effort}, nil
}

// check reports every problem of r: those of [Request.Validate] and travel
// in another currency.
func (p *pricing) check(r *Request) error {
	err := r.Validate()
	if r.Travel.IsZero() || r.Travel.cur == p.cur {
		return err
	}
	var l errs.List
	l.Add(err)
	l.Wrap(ErrInvalidRequest, "travel", errs.New(ErrCurrencyMismatch, "", "%s is not in the schedule currency %s", r.Travel, currencies[p.cur].code))
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
		return audit.Effort{}, errs.Wrap(ErrInvalidRequest, effortField(err), err)
	}
	return e, nil
}

// effortField names the request field an error of the time table is about.
func effortField(err error) string {
	switch {
	case errors.Is(err, audit.ErrBeyondTable), errors.Is(err, audit.ErrInvalidPersonnel):
		return "personnel"
	case errors.Is(err, audit.ErrReductionCap), errors.Is(err, audit.ErrInvalidAdjustment):
		return "adjustments"
	case errors.Is(err, audit.ErrInvalidSites):
		return "sites"
	}
	return ""
}

// lines returns the lines of r's quote and their sum.
func (p *pricing) lines(r *Request, e *audit.Effort) ([]Line, Money, error) {
	slots := partSlots[r.Part]
	n := len(slots)
	for _, extra := range [...]bool{r.ExtraCopies > 0, !r.Travel.IsZero(), !r.Discount.IsZero()} {
		if extra {
			n++
		}
	}
	b := builder{lines: make([]Line, 0, n), sum: Money{cur: p.cur}}
	for _, s := range slots {
		if days, ok := auditDays(e, s.item); ok {
			b.add(s.item, s.year, days, p.price[s.item])
		} else {
			b.addFee(s.item, s.year, p.price[s.item])
		}
	}
	if r.ExtraCopies > 0 {
		b.add(ExtraCopy, slots[0].year, decimal.New(int64(r.ExtraCopies), 0), p.price[ExtraCopy])
	}
	discountable := b.sum
	if !r.Travel.IsZero() {
		b.addFee(Travel, 0, r.Travel)
	}
	if !r.Discount.IsZero() {
		b.add(Discount, 0, r.Discount.Neg(), discountable)
	}
	return b.lines, b.sum, b.err
}

// builder appends the lines of a quote and adds them up. The first error
// stops it.
type builder struct {
	lines []Line
	sum   Money
	err   error
}

// add appends the line of qty units of item at price.
func (b *builder) add(item Item, year int, qty decimal.Decimal, price Money) {
	if b.err != nil {
		return
	}
	amount, err := lineAmount(qty, itemUnits[item], price)
	if err != nil {
		b.err = errs.Wrap(ErrInvalidRequest, "", fmt.Errorf("the %s line: %w", item, err))
		return
	}
	b.append(item, year, qty, price, amount)
}

// addFee appends the line of a fee, one unit of item at price.
func (b *builder) addFee(item Item, year int, price Money) {
	if b.err == nil {
		b.append(item, year, decOne, price, price)
	}
}

// append appends a line and adds its amount to the sum.
func (b *builder) append(item Item, year int, qty decimal.Decimal, price, amount Money) {
	sum, err := b.sum.Add(amount)
	if err != nil {
		b.err = errs.Wrap(ErrInvalidRequest, "", fmt.Errorf("the %s line: %w", item, err))
		return
	}
	b.sum = sum
	b.lines = append(b.lines, Line{Item: item, Unit: itemUnits[item], Year: year, Quantity: qty, UnitPrice: price, Amount: amount})
}
