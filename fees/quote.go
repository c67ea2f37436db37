package fees

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
)

// ErrInvalidRequest is matched by every problem of a [Request] that
// [Schedule.Quote] refuses.
var ErrInvalidRequest = errors.New("fees: invalid request")

// Request is what a quote is asked for.
type Request struct {
	// Personnel is the effective personnel ([audit.EffectivePersonnel]); it
	// must be at least 1.
	Personnel int
	// Sites is the number of sites including the head office; 0 is read as
	// 1 (the head office only). It is from 0 to [MaxSites].
	Sites int
	// Adjustments change the table's audit time, each with its reason
	// ([audit.Adjustment]).
	Adjustments []audit.Adjustment
	// Part is what the quote covers: Initial, Surveillance,
	// Recertification or the whole Cycle.
	Part Part
	// Travel is the caller's estimate of travel and lodging, charged at
	// cost; the zero Money means none. It must be in the schedule currency
	// and not negative.
	Travel Money
	// Discount is a percentage, from 0 to 100 with at most 10 decimal
	// places, taken off every line but travel.
	Discount decimal.Decimal
	// ExtraCopies is the number of certificate copies beyond the first,
	// from 0 to [MaxExtraCopies].
	ExtraCopies int
}

// Limits on a [Request], so that every figure of its quote stays within
// what the quote's JSON form holds (see the package documentation, # Quotes
// as data).
const (
	// MaxSites is the most sites a request may have, the head office
	// included.
	MaxSites = 1_000_000
	// MaxExtraCopies is the most extra certificate copies a request may ask
	// for.
	MaxExtraCopies = 1_000_000
)

// Line is one line of a quote: Amount = Quantity × UnitPrice, rounded half
// up to the minor unit (exact for every line but the discount).
type Line struct {
	// Item is what the line charges for.
	Item Item
	// Year is the year of the cycle the line falls in: 1 to 3, with a
	// recertification in year 1 of the cycle it opens; 0 for lines that
	// belong to the whole quote (travel and the discount).
	Year int
	// Quantity is the count the unit price is multiplied by: person-days
	// for an audit, copies, 1 for a fee, and minus the discount as a fraction
	// (−0.1 for 10 %) for the discount.
	Quantity decimal.Decimal
	// UnitPrice is the price of one unit; for the discount, the sum it is
	// taken from.
	UnitPrice Money
	// Amount is the line's amount; negative for the discount.
	Amount Money
	// Basis explains the line, such as "8.5 person-days × 3000.00".
	Basis string
}

// Equal reports whether l and o are the same line.
func (l Line) Equal(o Line) bool {
	return l.Item == o.Item && l.Year == o.Year && l.Quantity.Equal(o.Quantity) &&
		l.UnitPrice.Equal(o.UnitPrice) && l.Amount.Equal(o.Amount) && l.Basis == o.Basis
}

// Quote is a priced request: the lines and their totals.
//
// When the schedule's prices exclude VAT (the default), the lines add up to
// Net, VAT is Net × VATRate rounded half up to the minor unit, and
// Total = Net + VAT. When they include VAT (VATIncluded), the lines add up to
// Total, VAT is the share of Total that is tax, Total × rate / (1 + rate)
// rounded half up, and Net = Total − VAT. Either way Net + VAT = Total
// exactly.
type Quote struct {
	// Part is what the quote covers.
	Part Part
	// Currency is the ISO 4217 code of every amount.
	Currency string
	// Lines are the items, in order: year by year, then extra copies,
	// travel and the discount.
	Lines []Line
	// Net is the amount before VAT.
	Net Money
	// VATRate is the schedule's VAT rate, such as 0.06.
	VATRate decimal.Decimal
	// VATIncluded says that the schedule's prices include VAT.
	VATIncluded bool
	// VAT is the tax.
	VAT Money
	// Total is what the client pays.
	Total Money
	// Effort is the audit time the audit lines are priced on.
	Effort audit.Effort
}

// Equal reports whether q and o are the same quote, line by line.
func (q Quote) Equal(o Quote) bool {
	if q.Part != o.Part || q.Currency != o.Currency || len(q.Lines) != len(o.Lines) ||
		!q.Net.Equal(o.Net) || !q.VATRate.Equal(o.VATRate) || q.VATIncluded != o.VATIncluded ||
		!q.VAT.Equal(o.VAT) || !q.Total.Equal(o.Total) || !q.Effort.Equal(o.Effort) {
		return false
	}
	for i := range q.Lines {
		if !q.Lines[i].Equal(o.Lines[i]) {
			return false
		}
	}
	return true
}

// Immutable decimals used by every quote, built once.
var (
	decOne      = decimal.New(1, 0)
	maxDiscount = decimal.New(100, 0)
)

// maxQuoteLines is the most lines a quote has (a cycle with every option).
const maxQuoteLines = 11

// Quote prices r on s, line by line, by the rules of the package
// documentation (# Schedules and quotes, # Rounding, # VAT). Person-days come
// from s.TimeTable's MultiSiteEffort with r.Personnel, r.Sites (0 read as 1)
// and r.Adjustments. Every quote it returns passes [Quote.Validate].
//
// Errors: the problems of s (as [Schedule.Validate] reports them, matching
// [ErrInvalidSchedule]); the problems of r, joined, each matching
// [ErrInvalidRequest]: those [Request.Validate] reports (among them
// [audit.ErrInvalidPersonnel] for personnel below 1, [ErrUnknownPart] for an
// unknown part, [audit.ErrInvalidAdjustment] for an adjustment without a
// reason; a discount outside 0–100, sites outside 0–[MaxSites], extra copies
// outside 0–[MaxExtraCopies], negative travel) and [ErrCurrencyMismatch] for
// travel in another currency than the schedule's. The time table's own
// errors ([audit.ErrBeyondTable], [audit.ErrReductionCap], …) are returned
// as they are, and [ErrAmountTooLarge] when an amount overflows.
func (s Schedule) Quote(r Request) (Quote, error) {
	if err := s.Validate(); err != nil {
		return Quote{}, err
	}
	if err := s.checkRequest(&r); err != nil {
		return Quote{}, err
	}
	sites := r.Sites
	if sites == 0 {
		sites = 1
	}
	effort, err := s.TimeTable.MultiSiteEffort(r.Personnel, sites, r.Adjustments...)
	if err != nil {
		return Quote{}, err
	}
	q := Quote{
		Part:        r.Part,
		Currency:    s.Currency,
		VATRate:     s.VATRate,
		VATIncluded: s.PricesIncludeVAT,
		Effort:      effort,
	}
	slots := r.Part.slots()
	if len(slots) == 0 { // checkRequest refused it already
		return Quote{}, fmt.Errorf("%w: %w %d", ErrInvalidRequest, ErrUnknownPart, uint8(r.Part))
	}
	b := builder{lines: make([]Line, 0, maxQuoteLines)}
	for _, sl := range slots {
		if days, ok := auditDays(effort, sl.item); ok {
			b.add(sl.item, sl.year, days, s.PersonDay)
		} else {
			b.add(sl.item, sl.year, decOne, s.fee(sl.item))
		}
	}
	if r.ExtraCopies > 0 {
		b.add(ExtraCopy, slots[0].year, decimal.New(int64(r.ExtraCopies), 0), s.ExtraCopy)
	}
	discountable := Money{units: b.sum, cur: b.cur}
	if !r.Travel.IsZero() {
		b.add(Travel, 0, decOne, r.Travel)
	}
	if !r.Discount.IsZero() && b.err == nil {
		b.add(Discount, 0, r.Discount.Shift(-2).Neg(), discountable)
	}
	if b.err != nil {
		return Quote{}, b.err
	}
	q.Lines = b.lines
	if q.Net, q.VAT, q.Total, err = settle(Money{units: b.sum, cur: b.cur}, s.VATRate, s.PricesIncludeVAT); err != nil {
		return Quote{}, err
	}
	return q, nil
}

// slot is a line that every quote of a part has: its item and its year.
type slot struct {
	item Item
	year int
}

// partSlots are the lines each part has, in order; extra copies, travel and
// the discount follow where a request asks for them.
var partSlots = [...][]slot{
	Initial:         {{Application, 1}, {InitialAudit, 1}, {Registration, 1}, {AnnualFee, 1}},
	Surveillance:    {{SurveillanceAudit, 2}, {AnnualFee, 2}},
	Recertification: {{RecertificationAudit, 1}, {Registration, 1}, {AnnualFee, 1}},
	Cycle: {{Application, 1}, {InitialAudit, 1}, {Registration, 1}, {AnnualFee, 1},
		{SurveillanceAudit, 2}, {AnnualFee, 2}, {SurveillanceAudit, 3}, {AnnualFee, 3}},
}

// slots returns the lines every quote of p has; none for an unknown part.
func (p Part) slots() []slot {
	if !p.IsValid() {
		return nil
	}
	return partSlots[p]
}

// auditDays returns the person-days of e an audit item is priced on; ok is
// false for an item that is not an audit.
func auditDays(e audit.Effort, item Item) (days decimal.Decimal, ok bool) {
	switch item {
	case InitialAudit:
		return e.Initial, true
	case SurveillanceAudit:
		return e.Surveillance, true
	case RecertificationAudit:
		return e.Recertification, true
	}
	return decimal.Decimal{}, false
}

// fee returns s's price of a fee item (application, registration, annual
// fee); the zero Money for any other item.
func (s *Schedule) fee(item Item) Money {
	switch item {
	case Application:
		return s.Application
	case Registration:
		return s.Registration
	case AnnualFee:
		return s.AnnualFee
	}
	return Money{}
}

// settle returns the net, the VAT and the total of a quote whose lines add
// up to sum (see [Quote]).
func settle(sum Money, rate decimal.Decimal, included bool) (net, vat, total Money, err error) {
	if included {
		vat = extractVAT(sum, rate)
		net, err = sum.Sub(vat)
		return net, vat, sum, err
	}
	if vat, err = sum.Mul(rate); err != nil {
		return Money{}, Money{}, Money{}, err
	}
	total, err = sum.Add(vat)
	return sum, vat, total, err
}

// extractVAT returns the VAT contained in gross at rate: gross × rate /
// (1 + rate), rounded half up to the minor unit. For 0 ≤ rate < 1 it is
// at most gross in size, so it is always in bounds.
func extractVAT(gross Money, rate decimal.Decimal) Money {
	if rate.IsZero() || gross.IsZero() {
		return Money{cur: gross.cur}
	}
	minor := currencies[gross.cur].minor
	// 1 + rate ≥ 1: the divisor is never zero.
	v := gross.Amount().Mul(rate).DivRound(decOne.Add(rate), minor)
	return Money{units: v.Shift(minor).IntPart(), cur: gross.cur}
}

// checkRequest reports every problem of r, joined: those of
// [Request.Validate] and travel in a currency other than s's.
func (s *Schedule) checkRequest(r *Request) error {
	err := r.Validate()
	if !r.Travel.IsZero() && r.Travel.Currency() != s.Currency {
		err = errors.Join(err, fmt.Errorf("%w: travel %s is not in the schedule currency %s: %w", ErrInvalidRequest, r.Travel, s.Currency, ErrCurrencyMismatch))
	}
	return err
}

// Validate reports every problem of r that needs no schedule, joined, nil
// when there is none; [Schedule.Quote] and [Request.UnmarshalJSON] call it.
// Each problem matches [ErrInvalidRequest] and names the field:
//   - part: an unknown part (also [ErrUnknownPart]);
//   - personnel: below 1 (also [audit.ErrInvalidPersonnel]);
//   - sites: negative or above [MaxSites];
//   - extra_copies: negative or above [MaxExtraCopies];
//   - travel: negative;
//   - discount: outside 0–100, or with more than 10 decimal places;
//   - adjustments[i]: what [audit.Adjustment.Validate] refuses (a blank or
//     invalid reason, a percent at or below −100, above +100 or with more
//     than two decimal places), also matching [audit.ErrInvalidAdjustment].
//
// What depends on a schedule is left to [Schedule.Quote]: travel in another
// currency, and the limits on the total of the adjustments, which are the
// time table's ([audit.TimeTable.Effort]).
func (r Request) Validate() error {
	var errs []error
	add := func(err error) { errs = append(errs, err) }
	if !r.Part.IsValid() {
		add(fmt.Errorf("%w: part: %w %d", ErrInvalidRequest, ErrUnknownPart, uint8(r.Part)))
	}
	if r.Personnel < 1 {
		add(fmt.Errorf("%w: personnel %d: %w", ErrInvalidRequest, r.Personnel, audit.ErrInvalidPersonnel))
	}
	if r.Sites < 0 || r.Sites > MaxSites {
		add(fmt.Errorf("%w: sites %d is outside 0–%d", ErrInvalidRequest, r.Sites, MaxSites))
	}
	if r.ExtraCopies < 0 || r.ExtraCopies > MaxExtraCopies {
		add(fmt.Errorf("%w: extra_copies %d is outside 0–%d", ErrInvalidRequest, r.ExtraCopies, MaxExtraCopies))
	}
	if r.Travel.IsNegative() {
		add(fmt.Errorf("%w: travel %s is negative", ErrInvalidRequest, r.Travel))
	}
	// Exponent checks first, so that comparing never rescales an absurd
	// exponent.
	d := r.Discount
	switch {
	case d.IsZero():
	case d.Exponent() < -10:
		add(fmt.Errorf("%w: discount %s %% has more than 10 decimal places", ErrInvalidRequest, decimalText(d)))
	case d.Exponent() > 2 || d.IsNegative() || d.GreaterThan(maxDiscount):
		add(fmt.Errorf("%w: discount %s %% is outside 0–100", ErrInvalidRequest, decimalText(d)))
	}
	for i, a := range r.Adjustments {
		if err := a.Validate(); err != nil {
			add(fmt.Errorf("%w: adjustments[%d]: %w", ErrInvalidRequest, i, err))
		}
	}
	return errors.Join(errs...)
}

// Equal reports whether r and o are the same request, field by field, with
// decimals compared by value and the same adjustments in the same order (a
// nil and an empty list are the same).
func (r Request) Equal(o Request) bool {
	if r.Personnel != o.Personnel || r.Sites != o.Sites || r.Part != o.Part || !r.Travel.Equal(o.Travel) ||
		!r.Discount.Equal(o.Discount) || r.ExtraCopies != o.ExtraCopies || len(r.Adjustments) != len(o.Adjustments) {
		return false
	}
	for i, a := range r.Adjustments {
		if !a.Equal(o.Adjustments[i]) {
			return false
		}
	}
	return true
}

// builder appends the lines of a quote, keeping their sum in minor units.
// The first error stops it.
type builder struct {
	lines []Line
	sum   int64
	cur   uint8
	err   error
}

// add appends qty × price, rounded once, with the basis [appendBasis]
// writes, built in one allocation.
func (b *builder) add(item Item, year int, qty decimal.Decimal, price Money) {
	if b.err != nil {
		return
	}
	amount, err := lineAmount(qty, price)
	if err != nil {
		b.err = fmt.Errorf("fees: %s line: %w", item, err)
		return
	}
	sum, err := Money{units: b.sum, cur: b.cur}.Add(amount)
	if err != nil {
		b.err = fmt.Errorf("fees: %s line: %w", item, err)
		return
	}
	b.sum, b.cur = sum.units, sum.cur
	var buf [96]byte
	basis := string(appendBasis(buf[:0], item, qty, price))
	b.lines = append(b.lines, Line{Item: item, Year: year, Quantity: qty, UnitPrice: price, Amount: amount, Basis: basis})
}

// lineAmount returns qty × price rounded once, as every line has it.
func lineAmount(qty decimal.Decimal, price Money) (Money, error) {
	if isOne(qty) {
		return price, nil
	}
	return price.Mul(qty)
}

// appendBasis appends the basis of a line: "1 application × 1000.00",
// "8.5 person-days × 3000.00", "2 copies × 100.00", "at cost, caller's
// estimate: 1800.00", "5 % of 30500.00".
func appendBasis(b []byte, item Item, qty decimal.Decimal, price Money) []byte {
	switch item {
	case Application:
		b = append(b, "1 application × "...)
	case Registration:
		b = append(b, "1 certificate × "...)
	case AnnualFee:
		b = append(b, "1 year × "...)
	case InitialAudit, SurveillanceAudit, RecertificationAudit:
		b = append(appendDecimal(b, qty), " person-days × "...)
	case ExtraCopy:
		if qty.IsInteger() && qty.IntPart() == 1 {
			b = append(b, "1 copy × "...)
		} else {
			b = append(appendDecimal(b, qty), " copies × "...)
		}
	case Travel:
		b = append(b, "at cost, caller's estimate: "...)
	case Discount:
		b = append(appendDecimal(b, qty.Shift(2).Neg()), " % of "...)
	}
	return price.appendFixed(b)
}

// appendDecimal appends d as decimal.String would ("8.5", "3"), without
// allocating for the small values quotes use.
func appendDecimal(b []byte, d decimal.Decimal) []byte {
	exp := d.Exponent()
	if exp > 0 || exp < -18 || d.NumDigits() > 18 {
		return append(b, d.String()...)
	}
	c := d.CoefficientInt64()
	if c < 0 {
		b = append(b, '-')
		c = -c
	}
	places := int(-exp)
	for places > 0 && c%10 == 0 { // trim trailing zeros, as String does
		c /= 10
		places--
	}
	var digits [24]byte
	ds := strconv.AppendInt(digits[:0], c, 10)
	for len(ds) <= places {
		ds = append([]byte{'0'}, ds...)
	}
	cut := len(ds) - places
	b = append(b, ds[:cut]...)
	if places > 0 {
		b = append(b, '.')
		b = append(b, ds[cut:]...)
	}
	return b
}

// isOne reports whether d is 1 written as decOne is, without the allocation
// of decimal's Equal.
func isOne(d decimal.Decimal) bool {
	return d.Exponent() == 0 && d.NumDigits() == 1 && d.CoefficientInt64() == 1
}

// maxRatePlaces is the most decimal places a VAT rate may have, as
// [Schedule.UnmarshalJSON] reads it.
const maxRatePlaces = 10

// checkRate reports what is wrong with a VAT rate, nil when nothing: it must
// be in [0, 1) with at most maxRatePlaces decimal places, so that it encodes
// to a string that decoding accepts. The exponent is checked first, so that
// no decimal with an absurd exponent is expanded.
func checkRate(r decimal.Decimal) error {
	switch e := r.Exponent(); {
	case e < -30 || e > 30:
		return fmt.Errorf("%s is out of range: want a rate in [0, 1) with at most %d decimal places", decimalText(r), maxRatePlaces)
	case r.IsNegative() || atLeastOne(r):
		return fmt.Errorf("%s is outside [0, 1)", r.String())
	case e < -maxRatePlaces && !r.Equal(r.Truncate(maxRatePlaces)):
		return fmt.Errorf("%s has more than %d decimal places", r.String(), maxRatePlaces)
	}
	return nil
}

// atLeastOne reports whether d ≥ 1 for d ≥ 0, without allocating: a
// positive d lies in [10^(n−1), 10^n) where n = NumDigits + Exponent.
func atLeastOne(d decimal.Decimal) bool {
	return d.Sign() > 0 && int64(d.NumDigits())+int64(d.Exponent()) >= 1
}
