package fees

import (
	"slices"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
)

// Quote is a priced request: its lines and their totals, with Net + VAT =
// Total exactly, and the audit time its audit lines are priced on (see the
// package documentation, # Quotes, # Bundles and # VAT). A valid quote
// ([Quote.Validate]) is one that [Schedule.Quote] returns.
type Quote struct {
	// Part is what the quote covers.
	Part Part
	// Currency is the ISO 4217 code of every amount.
	Currency string
	// Lines are the lines in order: year by year, then extra copies, custom
	// lines, travel and the discount.
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
	// Effort is the audit time the audit lines are priced on, in a quote
	// that is not a bundle; zero in a bundle.
	Effort audit.Effort
	// Audits are the audits of a bundle, each with its audit time (see the
	// package documentation, # Bundles); none in a quote that is not a
	// bundle.
	Audits []BundleAudit
}

// Equal reports whether q and o are the same quote, line by line, decimals
// compared by value.
func (q Quote) Equal(o Quote) bool {
	return q.Part == o.Part && q.Currency == o.Currency && q.Net.Equal(o.Net) && q.VATRate.Equal(o.VATRate) &&
		q.VATIncluded == o.VATIncluded && q.VAT.Equal(o.VAT) && q.Total.Equal(o.Total) &&
		slices.EqualFunc(q.Lines, o.Lines, Line.Equal) && q.Effort.Equal(o.Effort) &&
		slices.EqualFunc(q.Audits, o.Audits, BundleAudit.Equal)
}

// Clone returns a copy of q that shares nothing with it: its lines and
// their labels, its audits and the basis of each effort are copies, so
// that a caller who keeps q is not changed by one who changes the original.
func (q Quote) Clone() Quote {
	q.Lines = slices.Clone(q.Lines)
	for i, l := range q.Lines {
		if l.Label != nil {
			label := *l.Label
			q.Lines[i].Label = &label
		}
	}
	q.Effort.Basis = slices.Clone(q.Effort.Basis)
	q.Audits = slices.Clone(q.Audits)
	for i := range q.Audits {
		q.Audits[i].Effort.Basis = slices.Clone(q.Audits[i].Effort.Basis)
	}
	return q
}

// IsZero reports whether q is the zero Quote (an empty list of lines or
// audits counts as none).
func (q Quote) IsZero() bool { return q.Equal(Quote{}) }

// slot is a line that every quote of a part has: its item, its year, and
// in a bundle the standards it is for and, for an audit line, the index of
// the audit it is priced on.
type slot struct {
	item      Item
	year      uint8
	standards StandardSet
	audit     uint8
}

// partSlots are the lines each part has, in order [committee]; extra
// copies, travel and the discount follow where a request asks for them.
var partSlots = [...][]slot{
	Initial:         {{item: Application, year: 1}, {item: InitialAudit, year: 1}, {item: Registration, year: 1}, {item: AnnualFee, year: 1}},
	Surveillance:    {{item: SurveillanceAudit, year: 2}, {item: AnnualFee, year: 2}},
	Recertification: {{item: RecertificationAudit, year: 1}, {item: Registration, year: 1}, {item: AnnualFee, year: 1}},
	Cycle: {{item: Application, year: 1}, {item: InitialAudit, year: 1}, {item: Registration, year: 1}, {item: AnnualFee, year: 1},
		{item: SurveillanceAudit, year: 2}, {item: AnnualFee, year: 2}, {item: SurveillanceAudit, year: 3}, {item: AnnualFee, year: 3}},
}

// slots returns the lines every quote of p has; none for an unknown part.
func (p Part) slots() []slot {
	if !p.IsValid() {
		return nil
	}
	return partSlots[p]
}

// maxQuoteLines is the most lines a quote has: a cycle of a bundle of every
// standard, each audited on its own, extra copies, every custom line,
// travel and the discount.
const maxQuoteLines = maxBundleSlots + 1 + MaxCustomLines + 2

// auditDays returns the person-days of e an audit item is priced on; ok is
// false for an item that is not an audit.
func auditDays(e *audit.Effort, item Item) (days decimal.Decimal, ok bool) {
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

// settle returns the net, the VAT and the total of a quote whose lines add
// up to sum (see the package documentation, # VAT).
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
// (1 + rate), rounded half up to the minor unit. For 0 ≤ rate < 1 it is at
// most gross in size, so it is always in bounds.
func extractVAT(gross Money, rate decimal.Decimal) Money {
	if rate.IsZero() || gross.IsZero() {
		return Money{cur: gross.cur}
	}
	places := int32(gross.places())
	// 1 + rate ≥ 1: the divisor is never zero.
	v := gross.Amount().Mul(rate).DivRound(decOne.Add(rate), places)
	return Money{units: v.Shift(places).IntPart(), cur: gross.cur}
}
