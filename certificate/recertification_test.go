package certificate_test

import (
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestRecertification(t *testing.T) {
	surveyed := applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")), surv("2027-03-01"), surv("2028-03-01"))

	tests := []struct {
		name      string
		on        string
		wantKind  certificate.EventKind
		gapStatus certificate.Status // status on 2029-03-10, the day after the old expiry
	}{
		{"on the expiry date", "2029-03-09", certificate.Recertification, certificate.Valid},
		{"a day before expiry", "2029-03-08", certificate.Recertification, certificate.Valid},
		{"well before expiry", "2028-06-01", certificate.Recertification, certificate.Valid},
		{"the day after expiry", "2029-03-10", certificate.Restoration, certificate.Valid},
		{"5 months after expiry", "2029-08-09", certificate.Restoration, certificate.Expired},
		{"on the last day of the window (6 months)", "2029-09-09", certificate.Restoration, certificate.Expired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := surveyed.Recertify(day(tt.on), audit.FiveStar)
			require.NoError(t, err)
			// New expiry = old expiry + 3 years, whenever decided.
			assert.Equal(t, "2032-03-09", calendar.Format(c.ExpiresOn()))
			assert.Equal(t, "2029-03-10", calendar.Format(c.CycleStart()))
			assert.Equal(t, "ASC-2026-0001-R1", c.Number())
			assert.Equal(t, audit.FiveStar, c.Level())
			assert.Equal(t, audit.FourStar, c.Grant().Level, "the grant keeps the original level")
			h := c.History()
			require.Len(t, h, 3)
			assert.Equal(t, tt.wantKind, h[2].Kind)
			assert.Equal(t, audit.FiveStar, h[2].Level)
			assert.Equal(t, "ASC-2026-0001-R1", h[2].Number)
			assert.Equal(t, tt.gapStatus, c.StatusOn(day("2029-03-10")))
			assert.Equal(t, certificate.Valid, c.StatusOn(day(tt.on)), "valid from the decision")
			assert.Equal(t, certificate.Valid, c.StatusOn(day("2029-03-09")), "the old cycle to its end")
			if tt.gapStatus == certificate.Expired {
				assert.Equal(t, certificate.Expired, c.StatusOn(calendar.AddDays(day(tt.on), -1)), "expired in the gap")
			}
			// The new cycle's schedule restarts from its start.
			s := c.Schedule()
			require.Len(t, s, 4)
			assert.Equal(t, "2030-03-10", calendar.Format(s[0].Due))
			assert.True(t, s[0].DoneOn.IsZero())
			assert.Equal(t, "2031-03-10", calendar.Format(s[1].Due))
			assert.Equal(t, "2031-12-09", calendar.Format(s[2].Due))
			assert.Equal(t, "2032-03-09", calendar.Format(s[3].Due))
		})
	}

	t.Run("6 months and 1 day after expiry is refused", func(t *testing.T) {
		_, err := surveyed.Recertify(day("2029-09-10"), audit.FiveStar)
		assert.ErrorIs(t, err, certificate.ErrRestorationWindow)
	})
	t.Run("a shorter window closes sooner", func(t *testing.T) {
		p := certificate.DefaultPolicy()
		p.RestorationWindowMonths = 2
		c := applyAll(t, issue(t, p, grantOn("2026-03-10", "2026-03-16")), surv("2027-03-01"), surv("2028-03-01"))
		_, err := c.Recertify(day("2029-05-09"), audit.Compliant)
		assert.NoError(t, err)
		_, err = c.Recertify(day("2029-05-10"), audit.Compliant)
		assert.ErrorIs(t, err, certificate.ErrRestorationWindow)
	})
	t.Run("no window: refused the day after expiry, allowed on it", func(t *testing.T) {
		p := certificate.DefaultPolicy()
		p.RestorationWindowMonths = 0
		c := applyAll(t, issue(t, p, grantOn("2026-03-10", "2026-03-16")), surv("2027-03-01"), surv("2028-03-01"))
		_, err := c.Recertify(day("2029-03-10"), audit.Compliant)
		assert.ErrorIs(t, err, certificate.ErrRestorationWindow)
		_, err = c.Recertify(day("2029-03-09"), audit.Compliant)
		assert.NoError(t, err)
	})
	t.Run("reissue suffixes count up", func(t *testing.T) {
		c := applyAll(t, surveyed, recertify("2029-01-15"), surv("2030-03-01"), surv("2031-03-01"), recertify("2032-01-15"))
		assert.Equal(t, "ASC-2026-0001-R2", c.Number())
		assert.Equal(t, "2035-03-09", calendar.Format(c.ExpiresOn()))
		assert.Equal(t, "ASC-2026-0001", c.Grant().Number)
	})
	t.Run("a new cycle after 9999 is refused", func(t *testing.T) {
		p := certificate.DefaultPolicy()
		p.SurveillancesPerCycle = 0
		c := issue(t, p, grantOn("9996-06-01", "9996-06-01"))
		assert.Equal(t, "9999-05-31", calendar.Format(c.ExpiresOn()))
		_, err := c.Recertify(day("9999-01-01"), audit.Compliant)
		assert.ErrorIs(t, err, certificate.ErrInvalidEvent)
		assert.ErrorContains(t, err, "after the year 9999")
	})
	t.Run("a surveillance of the new cycle opens the day after its start", func(t *testing.T) {
		c := applyAll(t, surveyed, recertify("2029-01-15"))
		for _, d := range []string{"2029-03-09", "2029-03-10"} {
			_, err := c.RecordSurveillance(day(d))
			assert.ErrorIs(t, err, certificate.ErrNotDue, d)
		}
		_, err := c.RecordSurveillance(day("2029-03-11"))
		assert.NoError(t, err)
	})
}

// TestRecertificationFebruary: consecutive cycles cover every day. After a
// cycle ending 2025-02-28, the next one ends on 2028-02-29 (the day before
// 2028-03-01), not on 2025-02-28 + 3 years = 2028-02-28.
func TestRecertificationFebruary(t *testing.T) {
	for _, tt := range []struct{ decided, expiry, next string }{
		{"2022-03-01", "2025-02-28", "2028-02-29"},
		{"2024-02-29", "2027-02-28", "2030-02-28"},
		{"2025-03-01", "2028-02-29", "2031-02-28"},
		{"2025-01-31", "2028-01-30", "2031-01-30"},
		{"2024-08-31", "2027-08-30", "2030-08-30"},
	} {
		t.Run(tt.decided, func(t *testing.T) {
			c := issue(t, certificate.DefaultPolicy(), grantOn(tt.decided, tt.decided))
			s := c.Schedule()
			c = applyAll(t, c, surv(calendar.Format(s[0].Due)), surv(calendar.Format(s[1].Due)))
			assert.Equal(t, tt.expiry, calendar.Format(c.ExpiresOn()))
			c, err := c.Recertify(day(tt.expiry), audit.Compliant)
			require.NoError(t, err)
			assert.Equal(t, tt.next, calendar.Format(c.ExpiresOn()))
			assert.Equal(t, calendar.AddDays(day(tt.expiry), 1), c.CycleStart())
		})
	}
}

func TestScheduleAndNextDue(t *testing.T) {
	c := issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16"))
	s := c.Schedule()
	require.Len(t, s, 4)
	want := []struct {
		kind          certificate.MilestoneKind
		due, deadline string
		seq           int
	}{
		{certificate.SurveillanceDue, "2027-03-10", "2027-03-10", 1},
		{certificate.SurveillanceDue, "2028-03-10", "2028-03-10", 2},
		{certificate.RecertificationApplication, "2028-12-09", "2028-12-09", 0}, // expiry − 3 months
		{certificate.Expiry, "2029-03-09", "2029-03-09", 0},
	}
	for i, w := range want {
		assert.Equal(t, w.kind, s[i].Kind)
		assert.Equal(t, w.due, calendar.Format(s[i].Due))
		assert.Equal(t, w.deadline, calendar.Format(s[i].Deadline))
		assert.Equal(t, w.seq, s[i].Seq)
	}
	s[0].Due = day("2000-01-01")
	assert.Equal(t, "2027-03-10", calendar.Format(c.Schedule()[0].Due), "Schedule hands out a copy")

	t.Run("lead time is policy", func(t *testing.T) {
		p := certificate.DefaultPolicy()
		p.RecertificationLeadMonths = 1
		c := issue(t, p, grantOn("2026-03-10", "2026-03-16"))
		assert.Equal(t, "2029-02-09", calendar.Format(c.Schedule()[2].Due))
		p.RecertificationLeadMonths = 12 // 2028-03-09, the day before the second surveillance is due
		c = issue(t, p, grantOn("2026-03-10", "2026-03-16"))
		assert.Equal(t, certificate.RecertificationApplication, c.Schedule()[1].Kind, "milestones stay in date order")
		assert.Equal(t, "2028-03-09", calendar.Format(c.Schedule()[1].Due))
	})

	t.Run("next due", func(t *testing.T) {
		// Done early: the second is due 2028-02-01, 12 months after it.
		c := applyAll(t, c, surv("2027-02-01"))
		tests := []struct {
			asOf string
			ok   bool
			kind certificate.MilestoneKind
			due  string
		}{
			{"2026-03-01", true, certificate.SurveillanceDue, "2027-03-10"}, // before the issue
			{"2027-01-31", true, certificate.SurveillanceDue, "2027-03-10"}, // not yet recorded on that day
			{"2027-02-01", true, certificate.SurveillanceDue, "2028-02-01"},
			{"2028-02-01", true, certificate.SurveillanceDue, "2028-02-01"},
			{"2028-02-02", true, certificate.SurveillanceDue, "2028-02-01"}, // overdue: still the next thing to do
			{"2028-08-02", true, certificate.SurveillanceDue, "2028-02-01"}, // the suspension's last day
			{"2028-08-03", false, 0, ""},                                    // withdrawn
		}
		for _, tt := range tests {
			m, ok := c.NextDue(day(tt.asOf))
			require.Equal(t, tt.ok, ok, tt.asOf)
			if ok {
				assert.Equal(t, tt.kind, m.Kind, tt.asOf)
				assert.Equal(t, tt.due, calendar.Format(m.Due), tt.asOf)
			}
		}
		done := applyAll(t, c, surv("2028-01-15"))
		for asOf, wantKind := range map[string]certificate.MilestoneKind{
			"2028-01-15": certificate.RecertificationApplication,
			"2028-12-09": certificate.RecertificationApplication,
			"2028-12-10": certificate.Expiry,
			"2029-03-09": certificate.Expiry,
		} {
			m, ok := done.NextDue(day(asOf))
			require.True(t, ok, asOf)
			assert.Equal(t, wantKind, m.Kind, asOf)
		}
		_, ok := done.NextDue(day("2029-03-10"))
		assert.False(t, ok, "expired")
	})
}

func TestEnums(t *testing.T) {
	statuses := map[certificate.Status][3]string{
		certificate.NotYetValid: {"not_yet_valid", "未生效", "Not yet valid"},
		certificate.Valid:       {"valid", "有效", "Valid"},
		certificate.Suspended:   {"suspended", "暂停", "Suspended"},
		certificate.Withdrawn:   {"withdrawn", "撤销", "Withdrawn"},
		certificate.Cancelled:   {"cancelled", "注销", "Cancelled"},
		certificate.Expired:     {"expired", "过期", "Expired"},
	}
	require.Len(t, certificate.Statuses(), len(statuses))
	for s, names := range statuses {
		assert.Equal(t, names[0], s.String())
		assert.Equal(t, names[1], s.Chinese())
		assert.Equal(t, names[2], s.English())
		assert.True(t, s.IsValid())
		assert.Equal(t, s == certificate.Withdrawn || s == certificate.Cancelled, s.Final())
		parsed, err := certificate.ParseStatus(names[0])
		require.NoError(t, err)
		assert.Equal(t, s, parsed)
		text, err := s.MarshalText()
		require.NoError(t, err)
		var back certificate.Status
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, s, back)
	}
	for _, k := range certificate.MilestoneKinds() {
		assert.True(t, k.IsValid())
		parsed, err := certificate.ParseMilestoneKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, parsed)
		assert.NotEmpty(t, k.Chinese())
		assert.NotEmpty(t, k.English())
	}
	assert.Equal(t, "监督审核到期", certificate.SurveillanceDue.Chinese())
	for _, k := range certificate.EventKinds() {
		assert.True(t, k.IsValid())
		parsed, err := certificate.ParseEventKind(k.String())
		require.NoError(t, err)
		assert.Equal(t, k, parsed)
		assert.NotEmpty(t, k.Chinese())
		assert.NotEmpty(t, k.English())
	}
	assert.Len(t, certificate.EventKinds(), 7)
	assert.Len(t, certificate.MilestoneKinds(), 3)

	t.Run("unknown values", func(t *testing.T) {
		s := certificate.Valid
		assert.Error(t, s.UnmarshalText([]byte("revoked")))
		assert.Equal(t, certificate.Valid, s, "unchanged on error")
		_, err := certificate.Status(0).MarshalText()
		assert.Error(t, err)
		assert.False(t, certificate.Status(0).IsValid())
		assert.Equal(t, "status(9)", certificate.Status(9).String())
		k := certificate.Expiry
		assert.Error(t, k.UnmarshalText([]byte("nope")))
		assert.Equal(t, certificate.Expiry, k)
		e := certificate.Surveillance
		assert.Error(t, e.UnmarshalText([]byte("nope")))
		assert.Equal(t, certificate.Surveillance, e)
		_, err = certificate.EventKind(0).MarshalText()
		assert.Error(t, err)
		_, err = certificate.MilestoneKind(0).MarshalText()
		assert.Error(t, err)
		assert.False(t, certificate.MilestoneKind(4).IsValid())
		assert.False(t, certificate.EventKind(0).IsValid())
	})
}
