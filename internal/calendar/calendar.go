package calendar

import (
	"cmp"
	"errors"
	"fmt"
	"time"

	"github.com/aftersales/certification/internal/errs"
)

// Date returns midnight of t's calendar date in t's own location.
func Date(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// DaysIn returns the number of days in the given month of the given year.
func DaysIn(year int, month time.Month) int {
	// Day 0 of the next month is the last day of this one.
	return time.Date(year, month+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// AddMonths returns the calendar date n months after t (before t when n is
// negative), clamped to the last day of the resulting month: Jan 31 + 1 month
// is Feb 28 or Feb 29. The result is midnight in t's location.
func AddMonths(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	total := int(m) - 1 + n
	y += total / 12
	mi := total % 12
	if mi < 0 {
		mi += 12
		y--
	}
	month := time.Month(mi + 1)
	if last := DaysIn(y, month); d > last {
		d = last
	}
	return time.Date(y, month, d, 0, 0, 0, 0, t.Location())
}

// AddYears returns the calendar date n years after t, clamped like
// [AddMonths]: Feb 29 + 1 year is Feb 28.
func AddYears(t time.Time, n int) time.Time {
	return AddMonths(t, 12*n)
}

// AddDays returns the calendar date n days after t (before t when n is
// negative), at midnight in t's location. It counts calendar days, not 24-hour
// periods, so a daylight-saving change does not move it.
func AddDays(t time.Time, n int) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+n, 0, 0, 0, 0, t.Location())
}

// dayNumber returns the number of days from 0001-01-01 to the calendar date
// of t, read in t's own location.
func dayNumber(t time.Time) int64 {
	y, m, d := t.Date()
	u := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return u.Unix()/86400 + 719162 // days from 0001-01-01 to 1970-01-01
}

// DaysBetween returns the number of calendar days from a to b: positive when
// b is later, zero on the same date, negative when b is earlier. Each date is
// read in its own location.
func DaysBetween(a, b time.Time) int {
	return int(dayNumber(b) - dayNumber(a))
}

// Compare returns -1 if a's calendar date is before b's, 0 if they are the
// same date, and +1 if it is after. Each date is read in its own location.
func Compare(a, b time.Time) int { return cmp.Compare(dayNumber(a), dayNumber(b)) }

// Same reports whether a and b fall on the same calendar date.
func Same(a, b time.Time) bool { return Compare(a, b) == 0 }

// Equal reports whether a and b are the same date as a value records it:
// both the zero time (no date recorded), or the same calendar date. Unlike
// [Same], it never takes the zero time for a date.
func Equal(a, b time.Time) bool {
	return a.IsZero() == b.IsZero() && (a.IsZero() || Same(a, b))
}

// Before reports whether a's calendar date is strictly before b's.
func Before(a, b time.Time) bool { return Compare(a, b) < 0 }

// After reports whether a's calendar date is strictly after b's.
func After(a, b time.Time) bool { return Compare(a, b) > 0 }

// OnOrBefore reports whether a's calendar date is b's or earlier.
func OnOrBefore(a, b time.Time) bool { return Compare(a, b) <= 0 }

// OnOrAfter reports whether a's calendar date is b's or later.
func OnOrAfter(a, b time.Time) bool { return Compare(a, b) >= 0 }

// Within reports whether day falls between from and to, both included.
func Within(day, from, to time.Time) bool {
	return OnOrAfter(day, from) && OnOrBefore(day, to)
}

// Max returns the later of two dates (a when they are the same date).
func Max(a, b time.Time) time.Time {
	if Before(a, b) {
		return b
	}
	return a
}

// Min returns the earlier of two dates (a when they are the same date).
func Min(a, b time.Time) time.Time {
	if After(a, b) {
		return b
	}
	return a
}

// Layout is the ISO 8601 calendar-date layout used in messages and JSON.
const Layout = "2006-01-02"

// Format writes t's calendar date as YYYY-MM-DD, read in t's own location;
// "" for the zero time, a date not recorded.
func Format(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(Layout)
}

// Parse reads a date a document writes as YYYY-MM-DD, as midnight UTC (the
// location is not kept). The problem of anything else, or of a date
// [Check] refuses, says what is wrong and shows at most a short prefix of s.
func Parse(s string) (time.Time, error) {
	t, err := time.Parse(Layout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s is not a date written YYYY-MM-DD", errs.Quote(s))
	}
	if !InRange(t) {
		return time.Time{}, fmt.Errorf("%s is outside %s", s, usable)
	}
	return t, nil
}

// ParseOptional reads a date that a document may leave out: "" is the zero
// time (a date not recorded), anything else as [Parse] reads it.
func ParseOptional(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return Parse(s)
}

// The years a usable date lies in: the dates that print as YYYY-MM-DD and
// parse back.
const (
	MinYear = 1
	MaxYear = 9999
)

// InRange reports whether t is a usable date: its calendar date, read in its
// own location, lies from 0001-01-02 to 9999-12-31. The first day of year 1
// is left out in every location, not only as the zero time (0001-01-01 00:00
// UTC, which means "no date"): a date written as "0001-01-01" reads back as
// the zero time, so it could not be stored and read back. Dates computed from
// a usable date (a due date, an expiry) must be checked again: 9999-12-31
// plus 30 days is not usable.
func InRange(t time.Time) bool {
	y := t.Year()
	if y == MinYear && t.YearDay() == 1 {
		return false
	}
	return y >= MinYear && y <= MaxYear
}

// usable is the range of usable dates, for messages.
const usable = "0001-01-02 to 9999-12-31"

// errZero is the problem of a date left zero where one is needed.
var errZero = errors.New("is zero")

// Check returns what is wrong with t as a date that goes into a value, or
// is computed and stored in one, nil when nothing: it is zero ("is zero"),
// or it is not [InRange] ("10000-01-01 is outside 0001-01-02 to 9999-12-31"), so
// that it would not encode as YYYY-MM-DD and decode back.
func Check(t time.Time) error {
	switch {
	case t.IsZero():
		return errZero
	case !InRange(t):
		return fmt.Errorf("%s is outside %s", Format(t), usable)
	}
	return nil
}
