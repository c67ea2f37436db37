package audit

import (
	"errors"
	"fmt"
	"math"
	"strconv"

	"github.com/shopspring/decimal"
)

// ErrInvalidPartTime is matched by the errors of [EffectivePersonnel] about a
// part-time group: a negative headcount, or hours a day that are not above 0
// and at most 24 with at most two decimal places.
var ErrInvalidPartTime = errors.New("audit: invalid part-time staff")

// HoursPerAuditDay is the length of an audit day and of the full-time day
// that part-time hours are converted by (IAF MD 5).
const HoursPerAuditDay = 8

// PartTime is a group of part-time or temporary staff who each work the
// same hours a day, such as 12 people at 4 hours.
type PartTime struct {
	// Headcount is the number of people in the group; 0 adds nobody, a
	// negative count is an error.
	Headcount int
	// HoursPerDay is the hours each person works a day: above 0, at most 24,
	// at most two decimal places.
	HoursPerDay decimal.Decimal
}

var (
	ttMaxHours = decimal.NewFromInt(24)
	// ttMaxHeadcount keeps headcount × hours (in hundredths) within int64.
	ttMaxHeadcount = int64(math.MaxInt64 / 2400)
)

// EffectivePersonnel returns the effective personnel of an organisation with
// fullTime full-time staff in scope (all shifts) and part-time or temporary
// groups (shared/DOMAIN.md §3, [MD5]): each group counts as
// ⌈HoursPerDay ÷ 8 × Headcount⌉, rounded up per group (each group is a line
// on the application form, and the CB rounds each line up), and the groups
// are added to fullTime. 10 full-time and 3 people at 4 hours give
// 10 + ⌈1.5⌉ = 12.
//
// Errors: [ErrInvalidPersonnel] for negative fullTime, a total of 0 or a
// total too large to count; [ErrInvalidPartTime] for a negative headcount or
// hours a day not above 0, above 24 or with more than two decimal places
// (every problem is reported, joined).
func EffectivePersonnel(fullTime int, partTime ...PartTime) (int, error) {
	var errs []error
	if fullTime < 0 {
		errs = append(errs, fmt.Errorf("%w: %d full-time staff: it must not be negative", ErrInvalidPersonnel, fullTime))
	}
	total := int64(max(fullTime, 0))
	for i, g := range partTime {
		group := "part-time group " + strconv.Itoa(i+1)
		h := g.HoursPerDay.Shift(2)
		switch {
		case g.Headcount < 0 || int64(g.Headcount) > ttMaxHeadcount:
			errs = append(errs, fmt.Errorf("%w: %s headcount %d must be from 0 to %d", ErrInvalidPartTime, group, g.Headcount, ttMaxHeadcount))
			continue
		case !scInRange(g.HoursPerDay) || !g.HoursPerDay.IsPositive() || g.HoursPerDay.GreaterThan(ttMaxHours):
			// The exponent first, so that comparing never expands an absurd one.
			errs = append(errs, fmt.Errorf("%w: %s works %s hours a day: it must be above 0 and at most 24", ErrInvalidPartTime, group, scShow(g.HoursPerDay)))
			continue
		case !h.IsInteger():
			errs = append(errs, fmt.Errorf("%w: %s works %s hours a day: at most two decimal places", ErrInvalidPartTime, group, scShow(g.HoursPerDay)))
			continue
		}
		// ⌈hundredths × headcount ÷ 800⌉
		const per = HoursPerAuditDay * 100
		hours := h.IntPart() * int64(g.Headcount)
		count := hours / per
		if hours%per != 0 {
			count++
		}
		if total > math.MaxInt32-count {
			errs = append(errs, fmt.Errorf("%w: more than %d effective personnel", ErrInvalidPersonnel, math.MaxInt32))
			return 0, errors.Join(errs...)
		}
		total += count
	}
	if len(errs) > 0 {
		return 0, errors.Join(errs...)
	}
	if total > math.MaxInt32 {
		return 0, fmt.Errorf("%w: more than %d effective personnel", ErrInvalidPersonnel, math.MaxInt32)
	}
	if total == 0 {
		return 0, fmt.Errorf("%w: no staff in scope: the effective personnel is 0", ErrInvalidPersonnel)
	}
	return int(total), nil
}
