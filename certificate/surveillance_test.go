package certificate_test

import (
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// surveillances returns the surveillance milestones of c's schedule.
func surveillances(c certificate.Certificate) []certificate.Milestone {
	var out []certificate.Milestone
	for _, m := range c.Schedule() {
		if m.Kind == certificate.SurveillanceDue {
			out = append(out, m)
		}
	}
	return out
}

// TestSurveillanceDueDates: the first surveillance is due within the
// interval of the anchor, each later one within the interval of the one
// before it as done, and never later than k × the interval after the anchor
// [17021], [CNCA]; one whose predecessor is not done is shown as if that one
// is done on its due date.
func TestSurveillanceDueDates(t *testing.T) {
	tolerance3 := certificate.DefaultPolicy()
	tolerance3.SurveillanceToleranceMonths = 3
	fiveYears := certificate.DefaultPolicy()
	fiveYears.ValidityYears, fiveYears.SurveillancesPerCycle = 5, 4

	tests := []struct {
		name      string
		policy    certificate.Policy
		grant     certificate.Grant
		ops       []op
		due       []string
		deadlines []string // nil: the same as due
	}{
		{
			name:  "no early audits: 12 and 24 months after the decision",
			grant: grantOn("2025-01-31", "2025-01-31"),
			due:   []string{"2026-01-31", "2027-01-31"},
		},
		{
			name:  "first done early: the second 12 months after it",
			grant: grantOn("2025-01-31", "2025-01-31"),
			ops:   []op{surv("2025-09-15")},
			due:   []string{"2026-01-31", "2026-09-15"},
		},
		{
			name:  "first done on its due date",
			grant: grantOn("2025-01-31", "2025-01-31"),
			ops:   []op{surv("2026-01-31")},
			due:   []string{"2026-01-31", "2027-01-31"},
		},
		{
			name:  "first done the day after the decision",
			grant: grantOn("2025-01-31", "2025-01-31"),
			ops:   []op{surv("2025-02-01")},
			due:   []string{"2026-01-31", "2026-02-01"},
		},
		{
			name:      "first done late within the tolerance: the second is capped at 24 months",
			policy:    tolerance3,
			grant:     grantOn("2025-01-31", "2025-01-31"),
			ops:       []op{surv("2026-04-30")},
			due:       []string{"2026-01-31", "2027-01-31"},
			deadlines: []string{"2026-04-30", "2027-04-30"},
		},
		{
			name:      "first done early under a tolerance: the deadline follows the new due date",
			policy:    tolerance3,
			grant:     grantOn("2025-01-31", "2025-01-31"),
			ops:       []op{surv("2025-11-30")},
			due:       []string{"2026-01-31", "2026-11-30"},
			deadlines: []string{"2026-04-30", "2027-02-28"},
		},
		{
			name:  "Jan 31 decision, first done on Feb 28",
			grant: grantOn("2025-01-31", "2025-01-31"),
			ops:   []op{surv("2025-02-28")},
			due:   []string{"2026-01-31", "2026-02-28"},
		},
		{
			name:  "first done on Feb 29: the second on Feb 28",
			grant: grantOn("2023-03-31", "2023-03-31"),
			ops:   []op{surv("2024-02-29")},
			due:   []string{"2024-03-31", "2025-02-28"},
		},
		{
			name:  "Feb 29 decision",
			grant: grantOn("2024-02-29", "2024-02-29"),
			due:   []string{"2025-02-28", "2026-02-28"},
		},
		{
			name:   "Feb 29 decision, four surveillances: the one-year steps lose Feb 29, the cap 2028-02-29 does not bind",
			policy: fiveYears,
			grant:  grantOn("2024-02-29", "2024-02-29"),
			due:    []string{"2025-02-28", "2026-02-28", "2027-02-28", "2028-02-28"},
		},
		{
			name:   "Feb 29 decision, four surveillances done on their due dates",
			policy: fiveYears,
			grant:  grantOn("2024-02-29", "2024-02-29"),
			ops:    []op{surv("2025-02-28"), surv("2026-02-28"), surv("2027-02-28")},
			due:    []string{"2025-02-28", "2026-02-28", "2027-02-28", "2028-02-28"},
		},
		{
			name:  "ISO/IEC 17021-1: counted from the decision, whatever the issue date",
			grant: grantOn("2026-03-10", "2026-04-01"),
			due:   []string{"2027-03-10", "2028-03-10"},
		},
		{
			name:   "CNCA 2026: counted from the issue date",
			policy: certificate.CNCA2026Policy(),
			grant:  grantOn("2026-03-10", "2026-04-01"),
			due:    []string{"2027-04-01", "2028-04-01"},
		},
		{
			name:   "CNCA 2026: issued on Jan 31, first done early",
			policy: certificate.CNCA2026Policy(),
			grant:  grantOn("2025-01-20", "2025-01-31"),
			ops:    []op{surv("2025-09-15")},
			due:    []string{"2026-01-31", "2026-09-15"},
		},
		{
			name:  "second cycle: counted from its start; an early first moves the second",
			grant: grantOn("2026-03-10", "2026-03-16"),
			ops:   []op{surv("2027-03-01"), surv("2028-03-01"), recertify("2029-01-15"), surv("2029-10-01")},
			due:   []string{"2030-03-10", "2030-10-01"},
		},
		{
			name:   "second cycle under CNCA 2026: counted from its start, not from the first issue date",
			policy: certificate.CNCA2026Policy(),
			grant:  grantOn("2026-03-10", "2026-04-01"),
			ops:    []op{surv("2027-04-01"), surv("2028-04-01"), recertify("2029-01-15")},
			due:    []string{"2030-03-10", "2031-03-10"},
		},
		{
			name:      "second cycle: a late first within the tolerance, the second capped at 24 months after the cycle start",
			policy:    tolerance3,
			grant:     grantOn("2026-03-10", "2026-03-16"),
			ops:       []op{surv("2027-03-01"), surv("2028-03-01"), recertify("2029-01-15"), surv("2030-06-10")},
			due:       []string{"2030-03-10", "2031-03-10"},
			deadlines: []string{"2030-06-10", "2031-06-10"},
		},
		{
			name:  "restored cycle: counted from its start, not from the restoration",
			grant: grantOn("2026-03-10", "2026-03-16"),
			ops:   []op{surv("2027-03-01"), surv("2028-03-01"), recertify("2029-08-09")},
			due:   []string{"2030-03-10", "2031-03-10"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.policy
			if p == (certificate.Policy{}) {
				p = certificate.DefaultPolicy()
			}
			c := applyAll(t, issue(t, p, tt.grant), tt.ops...)
			deadlines := tt.deadlines
			if deadlines == nil {
				deadlines = tt.due
			}
			got := surveillances(c)
			require.Len(t, got, len(tt.due))
			// The surveillances recorded in the current cycle, in order.
			var done []string
			for _, e := range c.History() {
				switch {
				case e.Kind == certificate.Surveillance:
					done = append(done, calendar.Format(e.On))
				case e.Kind == certificate.Recertification || e.Kind == certificate.Restoration:
					done = nil
				}
			}
			for k, m := range got {
				assert.Equal(t, k+1, m.Seq)
				assert.Equal(t, tt.due[k], calendar.Format(m.Due), "surveillance %d due", k+1)
				assert.Equal(t, deadlines[k], calendar.Format(m.Deadline), "surveillance %d deadline", k+1)
				if k < len(done) {
					assert.Equal(t, done[k], calendar.Format(m.DoneOn), "surveillance %d done", k+1)
				} else {
					assert.True(t, m.DoneOn.IsZero(), "surveillance %d not done", k+1)
				}
			}
			// The next one open suspends the day after its deadline.
			if k := len(done); k < len(got) {
				deadline := got[k].Deadline
				assert.NotEqual(t, certificate.Suspended, c.StatusOn(deadline), "on the deadline %s", calendar.Format(deadline))
				assert.Equal(t, certificate.Suspended, c.StatusOn(calendar.AddDays(deadline, 1)), "the day after the deadline %s", calendar.Format(deadline))
				m, ok := c.NextDue(deadline)
				require.True(t, ok)
				assert.Equal(t, got[k], m)
			}
		})
	}
}

// TestSurveillanceOpens: a surveillance is dated after the decision and
// after its anchor, and after the one before it; there is no other minimum
// spacing.
func TestSurveillanceOpens(t *testing.T) {
	surveyed := applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")), surv("2027-03-01"), surv("2028-03-01"))
	tests := []struct {
		name      string
		c         certificate.Certificate
		early, ok string // early is refused (ErrNotDue); ok, the next day, is accepted
	}{
		{"the day after the decision", issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-10")), "2026-03-10", "2026-03-11"},
		{"the day after the issue under CNCA 2026", issue(t, certificate.CNCA2026Policy(), grantOn("2026-03-10", "2026-03-16")), "2026-03-16", "2026-03-17"},
		{"the day after the first", applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-10")), surv("2026-06-01")), "2026-06-01", "2026-06-02"},
		{"the day after a recertified cycle starts", applyAll(t, surveyed, recertify("2029-01-15")), "2029-03-10", "2029-03-11"},
		{"the day after a restoration", applyAll(t, surveyed, recertify("2029-08-09")), "2029-08-09", "2029-08-10"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := tt.c.RecordSurveillance(day(tt.early))
			assert.ErrorIs(t, err, certificate.ErrNotDue)
			assert.ErrorContains(t, err, "opens on "+tt.ok)
			c, err := tt.c.RecordSurveillance(day(tt.ok))
			require.NoError(t, err)
			assert.Equal(t, certificate.Valid, c.StatusOn(day(tt.ok)))
		})
	}

	t.Run("on the issue day under ISO/IEC 17021-1, which is after the decision", func(t *testing.T) {
		c := issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16"))
		_, err := c.RecordSurveillance(day("2026-03-16"))
		assert.NoError(t, err)
	})
}

// TestSurveillanceCapPassed: a surveillance recorded so late that the next
// one's latest due date has passed leaves the certificate suspended, from
// the same first day, until that one is recorded too.
func TestSurveillanceCapPassed(t *testing.T) {
	p := certificate.DefaultPolicy()
	p.SurveillancesPerCycle, p.SurveillanceIntervalMonths = 4, 6
	p.MaxSuspensionMonths, p.RestorationWindowMonths = 12, 3
	// Due 2026-09-10; suspended from 2026-09-11 for at most 12 months.
	c := issue(t, p, grantOn("2026-03-10", "2026-03-10"))
	assert.Equal(t, certificate.Suspended, c.StatusOn(day("2026-09-11")))

	first := applyAll(t, c, surv("2027-04-01"))
	// The second is due min(2027-10-01, 2027-03-10): already overdue.
	assert.Equal(t, "2027-03-10", calendar.Format(surveillances(first)[1].Due))
	assert.Equal(t, certificate.Suspended, first.StatusOn(day("2027-04-01")))
	assert.Equal(t, certificate.Suspended, first.StatusOn(day("2027-09-11")), "12 months from 2026-09-11")
	assert.Equal(t, certificate.Withdrawn, first.StatusOn(day("2027-09-12")))

	second := applyAll(t, first, surv("2027-04-02"))
	// The third is due min(2027-10-02, 2027-09-10).
	assert.Equal(t, "2027-09-10", calendar.Format(surveillances(second)[2].Due))
	assert.Equal(t, certificate.Valid, second.StatusOn(day("2027-04-02")))
	assert.Equal(t, certificate.Valid, second.StatusOn(day("2027-09-10")))
	assert.Equal(t, certificate.Suspended, second.StatusOn(day("2027-09-11")))
}

// TestRestorationWindowPresets: 6 months after expiry under ISO/IEC
// 17021-1, none under CNCA 2026.
func TestRestorationWindowPresets(t *testing.T) {
	tests := []struct {
		name     string
		policy   certificate.Policy
		lastOK   string
		refused  string
		wantKind certificate.EventKind
	}{
		{"ISO/IEC 17021-1", certificate.DefaultPolicy(), "2029-09-09", "2029-09-10", certificate.Restoration},
		{"CNCA 2026", certificate.CNCA2026Policy(), "2029-03-09", "2029-03-10", certificate.Recertification},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := applyAll(t, issue(t, tt.policy, grantOn("2026-03-10", "2026-03-10")), surv("2027-03-01"), surv("2028-03-01"))
			assert.Equal(t, "2029-03-09", calendar.Format(c.ExpiresOn()))
			ok, err := c.Recertify(day(tt.lastOK), audit.FiveStar)
			require.NoError(t, err)
			assert.Equal(t, tt.wantKind, ok.History()[2].Kind)
			assert.Equal(t, "2032-03-09", calendar.Format(ok.ExpiresOn()))
			_, err = c.Recertify(day(tt.refused), audit.FiveStar)
			assert.ErrorIs(t, err, certificate.ErrRestorationWindow)
		})
	}
}
