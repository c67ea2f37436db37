package certificate

import (
	"math"
	"time"

	"github.com/aftersales/certification/internal/calendar"
)

// An epochDay is a calendar date stored as the number of days since
// 1970-01-01, the date read in the location of the time it came from. The
// timeline of a certificate is kept in days so that StatusOn compares
// integers only.
type epochDay = int32

// epoch is day 0.
func epoch(loc *time.Location) time.Time { return time.Date(1970, time.January, 1, 0, 0, 0, 0, loc) }

// dayOf returns t's calendar date as a day, clamped to the int32 range (dates
// that far out only ever come from queries, never from stored events).
func dayOf(t time.Time) epochDay {
	n := calendar.DaysBetween(epoch(time.UTC), t)
	switch {
	case n > math.MaxInt32:
		return math.MaxInt32
	case n < math.MinInt32+1:
		return math.MinInt32 + 1
	}
	return epochDay(n)
}

// dateOf returns day d as midnight in loc.
func dateOf(d epochDay, loc *time.Location) time.Time {
	return calendar.AddDays(epoch(loc), int(d))
}

// addMonths returns day d plus n months, clamped to the end of the month.
// Days are calendar dates, so the arithmetic is the same in every location.
func addMonths(d epochDay, n int) epochDay {
	return dayOf(calendar.AddMonths(dateOf(d, time.UTC), n))
}

// lastDay is the last day a stored or encoded date may be, 9999-12-31 (see
// "Dates" in the package doc).
var lastDay = dayOf(time.Date(calendar.MaxYear, time.December, 31, 0, 0, 0, 0, time.UTC))

// cycleExpiry returns the last day of a cycle of the given years that starts
// on start: the day before its anniversary (see "Dates" in the package doc).
func cycleExpiry(start time.Time, years int) time.Time {
	same := calendar.AddYears(start, years)
	if same.Day() != start.Day() {
		// AddYears clamped Feb 29 to Feb 28: there is no same date, and
		// the cycle runs to the end of February.
		return same
	}
	return calendar.AddDays(same, -1)
}
