package audit_test

import (
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDefaultRectificationFigures pins shared/DOMAIN.md §5: 30 days to
// respond, 6 months to verify majors.
func TestDefaultRectificationFigures(t *testing.T) {
	p := audit.DefaultRectification()
	require.NoError(t, p.Validate())
	assert.Equal(t, 30, p.ResponseDays)
	assert.Equal(t, 6, p.RepeatStage2Months)
}

func TestRectificationDueOn(t *testing.T) {
	p := audit.DefaultRectification()
	tests := []struct{ lastDay, due string }{
		{"2026-03-10", "2026-04-09"},
		{"2026-01-31", "2026-03-02"},
		{"2024-02-01", "2024-03-02"}, // leap year: 29 days in February
		{"2025-12-15", "2026-01-14"},
	}
	for _, tc := range tests {
		t.Run(tc.lastDay, func(t *testing.T) {
			assert.Equal(t, tc.due, calendar.Format(p.DueOn(scDay(t, tc.lastDay))))
		})
	}
	t.Run("90 days (Western CBs)", func(t *testing.T) {
		p := audit.RectificationPolicy{ResponseDays: 90, RepeatStage2Months: 6}
		assert.Equal(t, "2026-06-08", calendar.Format(p.DueOn(scDay(t, "2026-03-10"))))
	})
	t.Run("location kept, midnight", func(t *testing.T) {
		sh := time.FixedZone("CST", 8*3600)
		got := p.DueOn(time.Date(2026, 3, 10, 0, 30, 0, 0, sh))
		assert.Equal(t, time.Date(2026, 4, 9, 0, 0, 0, 0, sh), got)
	})
}

// TestRectificationVerifyMajorsBy: "within 6 months" ends on the same day six
// months on, clamped to a shorter month's end (shared/DOMAIN.md §5, §6).
func TestRectificationVerifyMajorsBy(t *testing.T) {
	p := audit.DefaultRectification()
	tests := []struct{ lastDay, by string }{
		{"2026-03-10", "2026-09-10"},
		{"2024-08-31", "2025-02-28"},
		{"2023-08-31", "2024-02-29"},
		{"2025-12-31", "2026-06-30"},
		{"2025-09-30", "2026-03-30"},
	}
	for _, tc := range tests {
		t.Run(tc.lastDay, func(t *testing.T) {
			assert.Equal(t, tc.by, calendar.Format(p.VerifyMajorsBy(scDay(t, tc.lastDay))))
		})
	}
}

func TestRectificationValidate(t *testing.T) {
	ok := []audit.RectificationPolicy{
		{ResponseDays: 1, RepeatStage2Months: 1},
		{ResponseDays: 90, RepeatStage2Months: 6},
		{ResponseDays: audit.MaxResponseDays, RepeatStage2Months: audit.MaxRepeatStage2Months},
	}
	for _, p := range ok {
		assert.NoError(t, p.Validate(), "%+v", p)
	}
	bad := []struct {
		name string
		p    audit.RectificationPolicy
		want []string
	}{
		{"zero", audit.RectificationPolicy{}, []string{"response days 0", "repeat-stage-2 months 0"}},
		{"negative", audit.RectificationPolicy{ResponseDays: -30, RepeatStage2Months: 6}, []string{"response days -30 must be between 1 and 366"}},
		{"too long", audit.RectificationPolicy{ResponseDays: 367, RepeatStage2Months: 25}, []string{"response days 367", "repeat-stage-2 months 25 must be between 1 and 24"}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.p.Validate()
			require.ErrorIs(t, err, audit.ErrInvalidPolicy)
			for _, w := range tc.want {
				assert.ErrorContains(t, err, w)
			}
		})
	}
}
