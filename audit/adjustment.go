package audit

import (
	"strings"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
	"github.com/shopspring/decimal"
)

// maxIncrease is the largest total increase, in percent, that adjustments
// may make: the table time at most doubled (see the package documentation,
// "Adjustments").
const maxIncrease = 100

// Adjustment changes the table time by a percentage for a stated reason
// [MD5]; see the package documentation, "Adjustments".
type Adjustment struct {
	// Reason is why the time changes, such as "single repetitive process";
	// it is written into Effort's Basis. It must not be blank.
	Reason string
	// Percent is the change in percent of the table time: −10 means 10 %
	// less, 5 means 5 % more. Above −100, at most +100, two places at most.
	Percent decimal.Decimal
}

var (
	adjustmentFloor   = decimal.NewFromInt(-100)
	adjustmentCeiling = decimal.NewFromInt(100)
	// adjustmentSpec is the grammar of a percent: two places at most.
	adjustmentSpec = dec.Spec{Int: 3, Places: 2, Signed: true}
	// compareGuard bounds a decimal before it is compared, so that no
	// comparison expands an absurd exponent.
	compareGuard = dec.Spec{Int: 40, Places: 40, Signed: true}
)

// Validate checks one adjustment on its own: a reason that is valid UTF-8
// and not blank, and a percent above −100 and at most +100 with at most two
// decimal places. Each problem matches [ErrInvalidAdjustment] and names its
// field ("reason", "percent"). The limits on the total of several
// adjustments are the table's ([TimeTable.Effort]).
func (a Adjustment) Validate() error {
	switch err := text.Required(a.Reason); {
	case err != nil && strings.TrimSpace(a.Reason) == "":
		return errs.New(ErrInvalidAdjustment, "reason", "empty (percent %s %%); every adjustment must say why",
			dec.Show(a.Percent))
	case err != nil:
		return errs.New(ErrInvalidAdjustment, "reason", "%s %v", errs.Quote(a.Reason), err)
	}
	p := a.Percent
	if p.Sign() != 0 && (compareGuard.Check(p) != nil || p.LessThanOrEqual(adjustmentFloor) || p.GreaterThan(adjustmentCeiling)) {
		return errs.New(ErrInvalidAdjustment, "percent", "%s %% (%s) must be above −100 and at most +100",
			dec.Show(p), errs.Quote(a.Reason))
	}
	if adjustmentSpec.Check(p) != nil {
		return errs.New(ErrInvalidAdjustment, "percent", "%s %% (%s) has more than two decimal places",
			dec.Show(p), errs.Quote(a.Reason))
	}
	return nil
}

// Equal reports whether a and o have the same reason and the same percent
// (compared by value: −10 equals −10.00).
func (a Adjustment) Equal(o Adjustment) bool {
	return a.Reason == o.Reason && a.Percent.Equal(o.Percent)
}

// adjustmentTotal checks each adjustment and the total of them against t
// (at most t's MaxReduction less, at most maxIncrease more), and returns the
// total in hundredths of a percent. Errors name the field under at.
func (t *TimeTable) adjustmentTotal(adj []Adjustment, at string) (int64, error) {
	var total int64
	for i, a := range adj {
		if err := a.Validate(); err != nil {
			return 0, errs.Wrap(ErrInvalidAdjustment, errs.Path(at, errs.Index("adjustments", i)), err)
		}
		total += hundredthsOf(a.Percent)
	}
	field := errs.Path(at, "adjustments")
	if total > maxIncrease*100 {
		return 0, errs.New(ErrInvalidAdjustment, field, "%s in total is above +%d %%; supply a table that fits the client",
			signedPercent(total), maxIncrease)
	}
	// −total/10000 > Num/Den; the zero Share (0/0) allows no reduction.
	if -total*max(t.maxReduction.Den, 1) > t.maxReduction.Num*percentUnit {
		return 0, errs.New(ErrReductionCap, field, "%s in total is more than the %s the %s table allows (IAF MD 5)",
			signedPercent(total), t.maxReduction.label(), t.name)
	}
	return total, nil
}
