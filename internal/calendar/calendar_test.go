package calendar_test

import (
	"strings"
	"testing"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func d(s string) time.Time {
	t, err := time.Parse(calendar.Layout, s)
	if err != nil {
		panic("d(" + s + "): " + err.Error())
	}
	return t
}

func shanghai(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		// Fall back to a fixed zone with the same offset when tzdata is absent.
		loc = time.FixedZone("CST", 8*3600)
	}
	return loc
}

func TestAddMonths(t *testing.T) {
	tests := []struct {
		name string
		from string
		n    int
		want string
	}{
		{"jan 31 + 1 in a leap year", "2024-01-31", 1, "2024-02-29"},
		{"jan 31 + 1 in a common year", "2023-01-31", 1, "2023-02-28"},
		{"feb 29 + 12", "2024-02-29", 12, "2025-02-28"},
		{"feb 29 + 48", "2024-02-29", 48, "2028-02-29"},
		{"aug 31 + 6", "2024-08-31", 6, "2025-02-28"},
		{"mar 31 + 1", "2026-03-31", 1, "2026-04-30"},
		{"plain", "2026-03-10", 36, "2029-03-10"},
		{"zero", "2026-03-10", 0, "2026-03-10"},
		{"dec + 1 crosses the year", "2026-12-15", 1, "2027-01-15"},
		{"minus 1 from mar 31", "2025-03-31", -1, "2025-02-28"},
		{"minus 13 from jan 31", "2026-01-31", -13, "2024-12-31"},
		{"minus 12 from jan 15", "2026-01-15", -12, "2025-01-15"},
		{"minus 1 from jan", "2026-01-15", -1, "2025-12-15"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := calendar.AddMonths(d(tc.from), tc.n)
			assert.Equal(t, tc.want, calendar.Format(got))
		})
	}
}

func TestAddYears(t *testing.T) {
	assert.Equal(t, "2025-02-28", calendar.Format(calendar.AddYears(d("2024-02-29"), 1)))
	assert.Equal(t, "2027-02-28", calendar.Format(calendar.AddYears(d("2024-02-29"), 3)))
	assert.Equal(t, "2029-03-10", calendar.Format(calendar.AddYears(d("2026-03-10"), 3)))
	assert.Equal(t, "2023-02-28", calendar.Format(calendar.AddYears(d("2024-02-29"), -1)))
}

func TestAddDays(t *testing.T) {
	assert.Equal(t, "2029-03-09", calendar.Format(calendar.AddDays(d("2029-03-10"), -1)))
	assert.Equal(t, "2024-03-01", calendar.Format(calendar.AddDays(d("2024-02-29"), 1)))
	assert.Equal(t, "2025-01-01", calendar.Format(calendar.AddDays(d("2024-12-31"), 1)))
}

func TestShanghaiJustAfterMidnight(t *testing.T) {
	loc := shanghai(t)
	at := time.Date(2026, 3, 10, 0, 30, 0, 0, loc)
	require.Equal(t, 9, at.UTC().Day(), "precondition: the UTC day is the day before")

	assert.Equal(t, "2026-03-10", calendar.Format(at))
	date := calendar.Date(at)
	assert.Equal(t, loc, date.Location())
	assert.Equal(t, 0, date.Hour())
	assert.Equal(t, 10, date.Day())
	assert.Equal(t, "2026-04-10", calendar.Format(calendar.AddMonths(at, 1)))
	assert.Equal(t, loc, calendar.AddMonths(at, 1).Location())
	assert.True(t, calendar.Same(at, d("2026-03-10")))
	assert.True(t, calendar.After(at, d("2026-03-09")))
	assert.Equal(t, 1, calendar.DaysBetween(d("2026-03-09"), at))
}

func TestDaysBetween(t *testing.T) {
	assert.Equal(t, 0, calendar.DaysBetween(d("2026-03-10"), d("2026-03-10")))
	assert.Equal(t, 366, calendar.DaysBetween(d("2024-01-01"), d("2025-01-01")))
	assert.Equal(t, -365, calendar.DaysBetween(d("2026-01-01"), d("2025-01-01")))
	assert.Equal(t, 29, calendar.DaysBetween(d("2024-02-01"), d("2024-03-01")))
	// Across a daylight-saving change, days are calendar days.
	ny, err := time.LoadLocation("America/New_York")
	if err == nil {
		a := time.Date(2026, 3, 7, 23, 0, 0, 0, ny)
		b := time.Date(2026, 3, 9, 0, 30, 0, 0, ny)
		assert.Equal(t, 2, calendar.DaysBetween(a, b))
		assert.Equal(t, "2026-03-09", calendar.Format(calendar.AddDays(a, 2)))
	}
}

func TestEqual(t *testing.T) {
	a := d("2026-03-10")
	assert.True(t, calendar.Equal(a, a.Add(12*time.Hour)), "the same date at another hour")
	assert.True(t, calendar.Equal(time.Time{}, time.Time{}), "both not recorded")
	assert.False(t, calendar.Equal(a, d("2026-03-11")))
	assert.False(t, calendar.Equal(a, time.Time{}))
	// The zero time falls on 0001-01-01, as a date written 0001-01-01 does:
	// Same takes them for one date, Equal does not.
	first := time.Date(1, 1, 1, 8, 0, 0, 0, time.UTC)
	assert.True(t, calendar.Same(time.Time{}, first))
	assert.False(t, calendar.Equal(time.Time{}, first))
	assert.False(t, calendar.Equal(first, time.Time{}))
}

func TestComparisons(t *testing.T) {
	a := d("2026-03-10")
	noon := a.Add(12 * time.Hour)
	b := d("2026-03-11")
	assert.True(t, calendar.Same(a, noon))
	assert.Equal(t, 0, calendar.Compare(a, noon))
	assert.Equal(t, -1, calendar.Compare(a, b))
	assert.Equal(t, 1, calendar.Compare(b, a))
	assert.True(t, calendar.Before(a, b))
	assert.False(t, calendar.Before(a, noon))
	assert.True(t, calendar.After(b, a))
	assert.True(t, calendar.OnOrBefore(a, noon))
	assert.True(t, calendar.OnOrBefore(a, b))
	assert.False(t, calendar.OnOrBefore(b, a))
	assert.True(t, calendar.OnOrAfter(noon, a))
	assert.False(t, calendar.OnOrAfter(a, b))
	assert.True(t, calendar.Within(noon, a, b))
	assert.True(t, calendar.Within(b, a, b))
	assert.False(t, calendar.Within(d("2026-03-12"), a, b))
	assert.False(t, calendar.Within(d("2026-03-09"), a, b))
	assert.Equal(t, b, calendar.Max(a, b))
	assert.Equal(t, a, calendar.Min(b, a))
	assert.Equal(t, a, calendar.Max(a, noon))
}

func TestDaysIn(t *testing.T) {
	assert.Equal(t, 29, calendar.DaysIn(2024, time.February))
	assert.Equal(t, 28, calendar.DaysIn(2100, time.February))
	assert.Equal(t, 29, calendar.DaysIn(2000, time.February))
	assert.Equal(t, 31, calendar.DaysIn(2026, time.December))
	assert.Equal(t, 30, calendar.DaysIn(2026, time.April))
}

func TestParse(t *testing.T) {
	got, err := calendar.Parse("2026-03-10")
	require.NoError(t, err)
	assert.Equal(t, time.UTC, got.Location())
	assert.Equal(t, "2026-03-10", calendar.Format(got))
	for _, c := range []struct{ in, msg string }{
		{"2026-02-30", `"2026-02-30" is not a date written YYYY-MM-DD`},
		{"10/03/2026", `"10/03/2026" is not a date written YYYY-MM-DD`},
		{"2026-3-10", `"2026-3-10" is not a date written YYYY-MM-DD`},
		{"", `"" is not a date written YYYY-MM-DD`},
		{"0001-01-01", "0001-01-01 is outside"},
		{strings.Repeat("9", 1<<20), `"9999999999999999999999999999999999999999"… (1048576 bytes) is not a date`},
	} {
		_, err := calendar.Parse(c.in)
		assert.ErrorContains(t, err, c.msg)
	}
}

func TestParseOptional(t *testing.T) {
	got, err := calendar.ParseOptional("")
	require.NoError(t, err)
	assert.True(t, got.IsZero())
	got, err = calendar.ParseOptional("2026-03-10")
	require.NoError(t, err)
	assert.Equal(t, "2026-03-10", calendar.Format(got))
	_, err = calendar.ParseOptional("2026-3-10")
	assert.ErrorContains(t, err, "is not a date written YYYY-MM-DD")
}

func TestFormat(t *testing.T) {
	assert.Equal(t, "", calendar.Format(time.Time{}), "a date not recorded")
	assert.Equal(t, "2026-03-10", calendar.Format(time.Date(2026, 3, 10, 0, 30, 0, 0, shanghai(t))), "read in its own location")
}

func TestInRange(t *testing.T) {
	shanghai := time.FixedZone("CST", 8*3600)
	for _, c := range []struct {
		name string
		t    time.Time
		want bool
	}{
		{"zero", time.Time{}, false},
		{"0001-01-01 midnight UTC is the zero time", time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"year 1", time.Date(1, 1, 2, 0, 0, 0, 0, time.UTC), true},
		{"0001-01-01 elsewhere reads back as the zero time", time.Date(1, 1, 1, 0, 0, 0, 0, shanghai), false},
		{"0001-01-01 late in the day", time.Date(1, 1, 1, 23, 59, 0, 0, time.UTC), false},
		{"0001-01-02 in Shanghai", time.Date(1, 1, 2, 0, 0, 0, 0, shanghai), true},
		{"year 0", time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC), false},
		{"year -1", time.Date(-1, 6, 1, 0, 0, 0, 0, time.UTC), false},
		{"9999-12-31", time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), true},
		{"10000-01-01", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), false},
		{"read in its own location", time.Date(10000, 1, 1, 0, 30, 0, 0, shanghai), false},
		{"9999 in Shanghai, 9999 in UTC too", time.Date(9999, 12, 31, 23, 0, 0, 0, shanghai), true},
	} {
		assert.Equal(t, c.want, calendar.InRange(c.t), c.name)
	}
	assert.False(t, calendar.InRange(calendar.AddDays(time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), 1)))
}

func TestCheck(t *testing.T) {
	for _, ok := range []time.Time{d("0001-01-02"), d("2026-03-10"), d("9999-12-31")} {
		assert.NoError(t, calendar.Check(ok), calendar.Format(ok))
	}
	for want, bad := range map[string]time.Time{
		"is zero": {},
		"0001-01-01 is outside 0001-01-02 to 9999-12-31":  time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC),
		"10000-01-01 is outside 0001-01-02 to 9999-12-31": time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		"-0001-06-01 is outside 0001-01-02 to 9999-12-31": time.Date(-1, 6, 1, 0, 0, 0, 0, time.UTC),
	} {
		assert.EqualError(t, calendar.Check(bad), want)
	}
}
