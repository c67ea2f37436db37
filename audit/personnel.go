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
	// ttMaxHeadcount keeps one group's headcount × hours (in hundredths)
	// within int64.
	ttMaxHeadcount = int64(math.MaxInt64 / 2400)
)

// ttMaxPartHours bounds the part-time hours (in hundredths) of all groups
// together: at or above it they alone are more than MaxInt32 people.
const ttMaxPartHours = (math.MaxInt32 + 1) * HoursPerAuditDay * 100

// EffectivePersonnel returns the effective personnel of an organisation with
// fullTime full-time staff in scope (all shifts) and part-time or temporary
// groups, converted by their hours and rounded up once as the package
// documentation says ("Effective personnel", [MD5]): 10 full-time, 3 people
// at 4 hours and 1 at 4 hours give 10 + ⌈1.5 + 0.5⌉ = 12.
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
	tooMany := func() error {
		return fmt.Errorf("%w: more than %d effective personnel", ErrInvalidPersonnel, math.MaxInt32)
	}
	// hours is the part-time hours a day of every group, in hundredths of
	// an hour; it stays below ttMaxPartHours, so it never overflows.
	var hours int64
	overflow := fullTime > math.MaxInt32
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
		if p := h.IntPart() * int64(g.Headcount); p < ttMaxPartHours-hours {
			hours += p
		} else {
			overflow = true
		}
	}
	if overflow {
		errs = append(errs, tooMany())
	}
	if len(errs) > 0 {
		return 0, errors.Join(errs...)
	}
	// ⌈hours ÷ 8⌉, hours in hundredths: rounded up once, for all groups.
	const perPerson = HoursPerAuditDay * 100
	total := int64(fullTime) + (hours+perPerson-1)/perPerson
	if total > math.MaxInt32 {
		return 0, tooMany()
	}
	if total == 0 {
		return 0, fmt.Errorf("%w: no staff in scope: the effective personnel is 0", ErrInvalidPersonnel)
	}
	return int(total), nil
}
