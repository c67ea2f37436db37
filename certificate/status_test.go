package certificate_test

import (
	"testing"
	"time"

	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// change is a status in force from a day until the next change.
type change struct {
	from   string
	status certificate.Status
}

// TestStatusOnWholeCycle checks StatusOn on every day from two months before
// the decision to well after the last expiry, against the exact days on which
// the status changes.
func TestStatusOnWholeCycle(t *testing.T) {
	tolerance3 := certificate.DefaultPolicy()
	tolerance3.SurveillanceToleranceMonths = 3

	tests := []struct {
		name       string
		policy     certificate.Policy
		grant      certificate.Grant
		ops        []op
		wantExpiry string
		want       []change
	}{
		{
			name:       "plain: both surveillances on time, then expiry",
			grant:      grantOn("2026-03-10", "2026-03-16"),
			ops:        []op{surv("2027-02-20"), surv("2028-02-20")},
			wantExpiry: "2029-03-09",
			want: []change{
				{"2026-03-16", certificate.Valid},
				{"2029-03-10", certificate.Expired},
			},
		},
		{
			name:       "missed second surveillance: suspended the day after it is due, withdrawn after 6 months",
			grant:      grantOn("2026-03-10", "2026-03-16"),
			ops:        []op{surv("2027-03-10")},
			wantExpiry: "2029-03-09",
			want: []change{
				{"2026-03-16", certificate.Valid},
				{"2028-03-11", certificate.Suspended},
				{"2028-09-12", certificate.Withdrawn},
			},
		},
		{
			name:  "early first surveillance: the second is due 12 months after it",
			grant: grantOn("2025-01-31", "2025-01-31"),
			ops:   []op{surv("2025-09-15")},
			// Due 2026-09-15; suspended from the next day for six months.
			wantExpiry: "2028-01-30",
			want: []change{
				{"2025-01-31", certificate.Valid},
				{"2026-09-16", certificate.Suspended},
				{"2027-03-17", certificate.Withdrawn},
			},
		},
		{
			name:   "late first surveillance within a 3-month tolerance: the second is still due 24 months after the decision",
			policy: tolerance3,
			grant:  grantOn("2026-03-10", "2026-03-10"),
			ops:    []op{surv("2027-06-10")},
			// Due min(2028-06-10, 2028-03-10) = 2028-03-10, deadline 2028-06-10.
			wantExpiry: "2029-03-09",
			want: []change{
				{"2026-03-10", certificate.Valid},
				{"2028-06-11", certificate.Suspended},
				{"2028-12-12", certificate.Withdrawn},
			},
		},
		{
			name:   "CNCA 2026: counted from the issue date, suspended the day after",
			policy: certificate.CNCA2026Policy(),
			grant:  grantOn("2026-03-10", "2026-04-01"),
			ops:    []op{surv("2027-04-01")},
			// The second is due 2028-04-01, 12 months after the first.
			wantExpiry: "2029-03-09",
			want: []change{
				{"2026-04-01", certificate.Valid},
				{"2028-04-02", certificate.Suspended},
				{"2028-10-03", certificate.Withdrawn},
			},
		},
		{
			name:       "missed first surveillance under a 3-month tolerance",
			policy:     tolerance3,
			grant:      grantOn("2026-03-10", "2026-03-10"),
			wantExpiry: "2029-03-09",
			want: []change{
				{"2026-03-10", certificate.Valid},
				{"2027-06-11", certificate.Suspended},
				{"2027-12-12", certificate.Withdrawn},
			},
		},
		{
			name:       "late surveillance lifts the automatic suspension",
			grant:      grantOn("2026-03-10", "2026-03-16"),
			ops:        []op{surv("2027-05-20"), surv("2028-02-01")},
			wantExpiry: "2029-03-09",
			want: []change{
				{"2026-03-16", certificate.Valid},
				{"2027-03-11", certificate.Suspended},
				{"2027-05-20", certificate.Valid},
				{"2029-03-10", certificate.Expired},
			},
		},
		{
			name:       "suspended for cause and reinstated",
			grant:      grantOn("2026-03-10", "2026-03-16"),
			ops:        []op{surv("2027-03-01"), suspend("2027-06-01"), reinstate("2027-08-15"), surv("2028-02-01")},
			wantExpiry: "2029-03-09",
			want: []change{
				{"2026-03-16", certificate.Valid},
				{"2027-06-01", certificate.Suspended},
				{"2027-08-15", certificate.Valid},
				{"2029-03-10", certificate.Expired},
			},
		},
		{
			name:       "suspended for cause and never reinstated: withdrawn the day after 6 months",
			grant:      grantOn("2026-03-10", "2026-03-16"),
			ops:        []op{surv("2027-03-01"), suspend("2027-06-01")},
			wantExpiry: "2029-03-09",
			want: []change{
				{"2026-03-16", certificate.Valid},
				{"2027-06-01", certificate.Suspended},
				{"2027-12-02", certificate.Withdrawn},
			},
		},
		{
			name:  "recertified a day before expiry: never lapses, new surveillances counted from the new cycle",
			grant: grantOn("2026-03-10", "2026-03-16"),
			ops:   []op{surv("2027-03-01"), surv("2028-03-01"), recertify("2029-03-08")},
			// The new cycle starts 2029-03-10; its first surveillance is due
			// 2030-03-10 and, not recorded, suspends from the next day.
			wantExpiry: "2032-03-09",
			want: []change{
				{"2026-03-16", certificate.Valid},
				{"2030-03-11", certificate.Suspended},
				{"2030-09-12", certificate.Withdrawn},
			},
		},
		{
			name:       "recertified and surveilled through the second cycle",
			grant:      grantOn("2026-03-10", "2026-03-16"),
			ops:        []op{surv("2027-03-01"), surv("2028-03-01"), recertify("2029-01-15"), surv("2030-03-01"), surv("2031-03-01")},
			wantExpiry: "2032-03-09",
			want: []change{
				{"2026-03-16", certificate.Valid},
				{"2032-03-10", certificate.Expired},
			},
		},
		{
			name:       "restored 5 months after expiry: expired in the gap, expiry follows the prior cycle",
			grant:      grantOn("2026-03-10", "2026-03-16"),
			ops:        []op{surv("2027-03-01"), surv("2028-03-01"), recertify("2029-08-09"), surv("2030-03-01"), surv("2031-03-01")},
			wantExpiry: "2032-03-09",
			want: []change{
				{"2026-03-16", certificate.Valid},
				{"2029-03-10", certificate.Expired},
				{"2029-08-09", certificate.Valid},
				{"2032-03-10", certificate.Expired},
			},
		},
		{
			name:       "withdrawn by the body",
			grant:      grantOn("2026-03-10", "2026-03-16"),
			ops:        []op{withdraw("2026-11-30")},
			wantExpiry: "2029-03-09",
			want: []change{
				{"2026-03-16", certificate.Valid},
				{"2026-11-30", certificate.Withdrawn},
			},
		},
		{
			name:       "cancelled while suspended",
			grant:      grantOn("2026-03-10", "2026-03-16"),
			ops:        []op{suspend("2026-10-01"), cancel("2026-12-01")},
			wantExpiry: "2029-03-09",
			want: []change{
				{"2026-03-16", certificate.Valid},
				{"2026-10-01", certificate.Suspended},
				{"2026-12-01", certificate.Cancelled},
			},
		},
		{
			name:  "decision on Jan 31: due dates Jan 31, expiry Jan 30",
			grant: grantOn("2025-01-31", "2025-02-03"),
			// Suspended from 2026-02-01; six months on is 2026-08-01.
			wantExpiry: "2028-01-30",
			want: []change{
				{"2025-02-03", certificate.Valid},
				{"2026-02-01", certificate.Suspended},
				{"2026-08-02", certificate.Withdrawn},
			},
		},
		{
			name:  "decision on Feb 29: due dates Feb 28, expiry Feb 28",
			grant: grantOn("2024-02-29", "2024-02-29"),
			// 2025-02-28 + 12 months = 2026-02-28; suspended from 2026-03-01,
			// whose six months end 2026-09-01.
			ops:        []op{surv("2025-02-28")},
			wantExpiry: "2027-02-28",
			want: []change{
				{"2024-02-29", certificate.Valid},
				{"2026-03-01", certificate.Suspended},
				{"2026-09-02", certificate.Withdrawn},
			},
		},
		{
			name:  "decision on Aug 31: a suspension from Aug 31 ends on Feb 28",
			grant: grantOn("2024-08-31", "2024-09-02"),
			// 2025-08-31 + 6 months = 2026-02-28 (clamped).
			ops:        []op{surv("2025-08-31"), suspend("2025-08-31")},
			wantExpiry: "2027-08-30",
			want: []change{
				{"2024-09-02", certificate.Valid},
				{"2025-08-31", certificate.Suspended},
				{"2026-03-01", certificate.Withdrawn},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.policy
			if p == (certificate.Policy{}) {
				p = certificate.DefaultPolicy()
			}
			c := applyAll(t, issue(t, p, tt.grant), tt.ops...)
			assert.Equal(t, tt.wantExpiry, calendar.Format(c.ExpiresOn()))
			assertTimeline(t, c, tt.grant.DecidedOn, tt.want)
		})
	}
}

// assertTimeline checks c.StatusOn on every day from 60 days before start to
// 1000 days after the last change: NotYetValid before the first change, then
// each change's status from its day.
func assertTimeline(t *testing.T, c certificate.Certificate, start time.Time, want []change) {
	t.Helper()
	require.NotEmpty(t, want)
	last := day(want[len(want)-1].from)
	end := calendar.AddDays(calendar.Max(last, c.ExpiresOn()), 1000)
	i := -1 // want[i] is in force
	mismatches := 0
	for d := calendar.AddDays(start, -60); calendar.OnOrBefore(d, end); d = calendar.AddDays(d, 1) {
		for i+1 < len(want) && calendar.OnOrAfter(d, day(want[i+1].from)) {
			i++
		}
		expect := certificate.NotYetValid
		if i >= 0 {
			expect = want[i].status
		}
		if got := c.StatusOn(d); got != expect {
			mismatches++
			if mismatches <= 5 {
				t.Errorf("StatusOn(%s) = %s, want %s", calendar.Format(d), got, expect)
			}
		}
	}
}

func TestStatusOnShanghaiMidnight(t *testing.T) {
	sh := shanghai()
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 30, 0, 0, sh) }
	g := grantOn("2026-03-10", "2026-03-10")
	// 00:30 on 2026-03-10 in Shanghai is still 2026-03-09 in UTC.
	g.DecidedOn, g.IssuedOn = at(2026, time.March, 10), at(2026, time.March, 10)
	c := issue(t, certificate.DefaultPolicy(), g)

	assert.Equal(t, "2029-03-09", calendar.Format(c.ExpiresOn()))
	assert.Equal(t, sh, c.ExpiresOn().Location(), "computed dates are in the decision's location")
	assert.Equal(t, certificate.Valid, c.StatusOn(at(2026, time.March, 10)))
	assert.Equal(t, certificate.NotYetValid, c.StatusOn(at(2026, time.March, 10).UTC()),
		"the same instant read in UTC is 2026-03-09, before the issue")

	// 00:30 on the day after the due date, Shanghai time, is late although
	// it is still the due date in UTC.
	late := at(2027, time.March, 11)
	assert.Equal(t, certificate.Suspended, c.StatusOn(late))
	assert.Equal(t, certificate.Valid, c.StatusOn(late.UTC()))
	c2, err := c.RecordSurveillance(late)
	require.NoError(t, err)
	assert.Equal(t, certificate.Valid, c2.StatusOn(late))
	assert.Equal(t, "2027-03-11", calendar.Format(c2.History()[0].On))

	// The second is due 12 months after the first as done in Shanghai
	// (2028-03-11), not after its UTC date (2028-03-10), and never after 24
	// months from the decision: 2028-03-10 either way.
	assert.Equal(t, "2028-03-10", calendar.Format(c2.Schedule()[1].Due))

	// The second surveillance on its due date at 00:30 Shanghai time is on
	// time; the UTC reading of the same instant would be the day before.
	c3, err := c2.RecordSurveillance(at(2028, time.March, 10))
	require.NoError(t, err)
	assert.Equal(t, certificate.Valid, c3.StatusOn(at(2029, time.March, 9)))
	assert.Equal(t, certificate.Expired, c3.StatusOn(at(2029, time.March, 10)))
	assert.Equal(t, certificate.Valid, c3.StatusOn(at(2029, time.March, 10).UTC()))
}

func TestStatusOnZero(t *testing.T) {
	var zero certificate.Certificate
	assert.Equal(t, certificate.Status(0), zero.StatusOn(day("2026-03-10")))
	c := issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-10"))
	c = applyAll(t, c, surv("2027-03-01"), surv("2028-03-01"))
	assert.Equal(t, certificate.Status(0), c.StatusOn(time.Time{}))
	assert.Equal(t, certificate.NotYetValid, c.StatusOn(time.Date(1, time.January, 2, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, certificate.Expired, c.StatusOn(time.Date(1_000_000, time.January, 1, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, certificate.NotYetValid, c.StatusOn(time.Date(-1_000_000, time.January, 1, 0, 0, 0, 0, time.UTC)))
	// Days beyond the int32 range of day numbers are clamped, not wrapped.
	assert.Equal(t, certificate.Expired, c.StatusOn(time.Date(100_000_000, time.January, 1, 0, 0, 0, 0, time.UTC)))
	assert.Equal(t, certificate.NotYetValid, c.StatusOn(time.Date(-100_000_000, time.January, 1, 0, 0, 0, 0, time.UTC)))
}

// TestStatusOnDay: a day read once with DayOf is the calendar date of the
// time it was read from, in that time's location and whatever its time of
// day, so a sweep asks every certificate about the same day (StatusOn is
// StatusOnDay of DayOf, so comparing the two would prove nothing); the zero
// Day, like a zero time, gives the zero Status.
func TestStatusOnDay(t *testing.T) {
	certs := []certificate.Certificate{
		issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")),
		issue(t, certificate.CNCA2026Policy(), grantOn("2026-03-10", "2026-04-01")),
		applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")),
			surv("2027-04-01"), suspend("2027-06-01"), reinstate("2027-07-01"), surv("2028-03-01"),
			recertify("2029-08-09"), surv("2030-03-01"), suspend("2030-06-01"), reinstate("2030-06-20")),
		{}, // the zero Certificate
	}
	sh := shanghai()
	for i, c := range certs {
		for d := day("2026-01-01"); calendar.Before(d, day("2033-01-01")); d = calendar.AddDays(d, 1) {
			want := c.StatusOnDay(certificate.DayOf(d))
			y, m, dd := d.Date()
			for _, at := range []time.Time{d.Add(23*time.Hour + 59*time.Minute), time.Date(y, m, dd, 0, 30, 0, 0, sh)} {
				if got := c.StatusOnDay(certificate.DayOf(at)); got != want {
					t.Fatalf("certificate %d on %s: %s, but %s on %s", i, at, got, want, calendar.Format(d))
				}
			}
		}
		assert.Equal(t, certificate.Status(0), c.StatusOnDay(certificate.Day{}), "certificate %d: the zero Day", i)
		assert.Equal(t, certificate.Status(0), c.StatusOnDay(certificate.DayOf(time.Time{})), "certificate %d: a zero time", i)
	}
	// The same instant is a different day in Shanghai and in UTC.
	at := time.Date(2026, time.March, 16, 0, 30, 0, 0, sh)
	assert.Equal(t, certificate.Valid, certs[0].StatusOnDay(certificate.DayOf(at)))
	assert.Equal(t, certificate.NotYetValid, certs[0].StatusOnDay(certificate.DayOf(at.UTC())))
	assert.Equal(t, certificate.DayOf(at), certificate.DayOf(day("2026-03-16")), "a Day is a date, whatever its location")
}
