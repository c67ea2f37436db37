package audit

import (
	"errors"
	"math"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/shopspring/decimal"
)

// ErrInvalidPartTime is the kind of the problems of a part-time group in
// [EffectivePersonnel]: a negative headcount, or hours a day that are not
// above 0 and at most 24 with at most two decimal places.
var ErrInvalidPartTime = errors.New("audit: invalid part-time staff")

// hoursPerAuditDay is the length of an audit day and of the full-time day
// that part-time hours are converted by [MD5].
const hoursPerAuditDay = 8

// PartTime is a group of part-time or temporary staff who each work the
// same hours a day, such as 12 people at 4 hours.
type PartTime struct {
	Headcount   int             // people in the group; 0 adds nobody
	HoursPerDay decimal.Decimal // hours each works a day: above 0, at most 24, two places at most
}

var (
	maxPartTimeHours = decimal.NewFromInt(24)
	// hoursSpec is the grammar of hours a day: two places at most.
	hoursSpec = dec.Spec{Int: 2, Places: 2}
	// maxHeadcount keeps one group's headcount × hours (in hundredths)
	// within int64.
	maxHeadcount = int64(math.MaxInt64 / 2400)
)

// maxPartHours bounds the part-time hours (in hundredths) of all groups
// together: at or above it they alone are more than MaxInt32 people.
const maxPartHours = (math.MaxInt32 + 1) * hoursPerAuditDay * 100

// EffectivePersonnel returns the effective personnel of an organisation with
// fullTime full-time staff in scope (all shifts) and part-time or temporary
// groups, by the rule of the package documentation ("Effective personnel",
// [MD5]).
//
// Errors, every problem reported: [ErrInvalidPersonnel] for a negative
// fullTime ("full_time"), a total of 0 or a total above MaxInt32;
// [ErrInvalidPartTime] for a group's negative headcount
// ("part_time[i].headcount") or hours a day not above 0, above 24 or with
// more than two decimal places ("part_time[i].hours_per_day").
func EffectivePersonnel(fullTime int, partTime ...PartTime) (int, error) {
	var problems errs.List
	if fullTime < 0 {
		problems.New(ErrInvalidPersonnel, "full_time", "%d must not be negative", fullTime)
	}
	hours, overflow := partTimeHours(partTime, &problems)
	if overflow || fullTime > math.MaxInt32 {
		problems.New(ErrInvalidPersonnel, "", "more than %d effective personnel", math.MaxInt32)
	}
	if problems.Len() > 0 {
		return 0, problems.Err()
	}
	// ⌈hours ÷ 8⌉, hours in hundredths: rounded up once, for all groups.
	const perPerson = hoursPerAuditDay * 100
	total := int64(fullTime) + (hours+perPerson-1)/perPerson
	switch {
	case total > math.MaxInt32:
		return 0, errs.New(ErrInvalidPersonnel, "", "more than %d effective personnel", math.MaxInt32)
	case total == 0:
		return 0, errs.New(ErrInvalidPersonnel, "", "no staff in scope: the effective personnel is 0")
	}
	return int(total), nil
}

// partTimeHours checks every group and returns the hours a day of them all,
// in hundredths of an hour; overflow is set when they alone are more than
// MaxInt32 people. The sum stays below maxPartHours, so it never overflows.
func partTimeHours(groups []PartTime, problems *errs.List) (hours int64, overflow bool) {
	for i, g := range groups {
		at := errs.Index("part_time", i)
		switch {
		case g.Headcount < 0 || int64(g.Headcount) > maxHeadcount:
			problems.New(ErrInvalidPartTime, errs.Path(at, "headcount"), "%d must be from 0 to %d", g.Headcount, maxHeadcount)
			continue
		case !hoursInRange(g.HoursPerDay):
			problems.New(ErrInvalidPartTime, errs.Path(at, "hours_per_day"), "%s must be above 0 and at most 24",
				dec.Show(g.HoursPerDay))
			continue
		case hoursSpec.Check(g.HoursPerDay) != nil:
			problems.New(ErrInvalidPartTime, errs.Path(at, "hours_per_day"), "%s has more than two decimal places",
				dec.Show(g.HoursPerDay))
			continue
		}
		if p := hundredthsOf(g.HoursPerDay) * int64(g.Headcount); p < maxPartHours-hours {
			hours += p
		} else {
			overflow = true
		}
	}
	return hours, overflow
}

// hoursInRange reports whether hours a day are above 0 and at most 24,
// comparing only what compareGuard lets through.
func hoursInRange(d decimal.Decimal) bool {
	return d.IsPositive() && compareGuard.Check(d) == nil && !d.GreaterThan(maxPartTimeHours)
}
