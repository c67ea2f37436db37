package audit_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDefaultRectificationFigures pins the defaults [CNCA], [17021]: 30 days to
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
			assert.Equal(t, tc.due, calendar.Format(p.DueOn(dayOf(t, tc.lastDay))))
		})
	}
	t.Run("90 days (Western CBs)", func(t *testing.T) {
		p := audit.RectificationPolicy{ResponseDays: 90, RepeatStage2Months: 6}
		assert.Equal(t, "2026-06-08", calendar.Format(p.DueOn(dayOf(t, "2026-03-10"))))
	})
	t.Run("location kept, midnight", func(t *testing.T) {
		sh := time.FixedZone("CST", 8*3600)
		got := p.DueOn(time.Date(2026, 3, 10, 0, 30, 0, 0, sh))
		assert.Equal(t, time.Date(2026, 4, 9, 0, 0, 0, 0, sh), got)
	})
}

// TestRectificationVerifyMajorsBy: "within 6 months" ends on the same day six
// months on, clamped to a shorter month's end [17021].
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
			assert.Equal(t, tc.by, calendar.Format(p.VerifyMajorsBy(dayOf(t, tc.lastDay))))
		})
	}
}

func TestRectificationValidate(t *testing.T) {
	ok := []audit.RectificationPolicy{
		{ResponseDays: 1, RepeatStage2Months: 1},
		{ResponseDays: 90, RepeatStage2Months: 6},
		{ResponseDays: 366, RepeatStage2Months: 24},
	}
	for _, p := range ok {
		assert.NoError(t, p.Validate(), "%+v", p)
	}
	bad := []struct {
		name string
		p    audit.RectificationPolicy
		want []string
	}{
		{"zero", audit.RectificationPolicy{}, []string{"response_days: 0", "repeat_stage2_months: 0"}},
		{"negative", audit.RectificationPolicy{ResponseDays: -30, RepeatStage2Months: 6}, []string{"response_days: -30 must be between 1 and 366"}},
		{"too long", audit.RectificationPolicy{ResponseDays: 367, RepeatStage2Months: 25}, []string{"response_days: 367", "repeat_stage2_months: 25 must be between 1 and 24"}},
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

func TestRectificationPolicyJSON(t *testing.T) {
	t.Run("wire format and round trip", func(t *testing.T) {
		data, err := json.Marshal(audit.DefaultRectification())
		require.NoError(t, err)
		assert.Equal(t, `{"response_days":30,"repeat_stage2_months":6}`, string(data))
		for _, p := range []audit.RectificationPolicy{audit.DefaultRectification(), {ResponseDays: 90, RepeatStage2Months: 1},
			{ResponseDays: 366, RepeatStage2Months: 24}} {
			data, err := json.Marshal(p)
			require.NoError(t, err)
			var back audit.RectificationPolicy
			require.NoError(t, json.Unmarshal(data, &back), string(data))
			assert.Equal(t, p, back)
		}
	})

	t.Run("an invalid policy does not encode", func(t *testing.T) {
		_, err := json.Marshal(audit.RectificationPolicy{ResponseDays: 0, RepeatStage2Months: 6})
		assert.ErrorIs(t, err, audit.ErrInvalidPolicy)
	})

	t.Run("inside a struct", func(t *testing.T) {
		var v struct {
			Policy audit.RectificationPolicy `json:"policy"`
		}
		require.NoError(t, json.Unmarshal([]byte(`{"policy":{"repeat_stage2_months":3,"response_days":90}}`), &v))
		assert.Equal(t, audit.RectificationPolicy{ResponseDays: 90, RepeatStage2Months: 3}, v.Policy)
	})

	valid := `{"response_days":30,"repeat_stage2_months":6}`
	errorCases := []struct {
		name, doc string
		want      []string
	}{
		{"response days missing", `{"repeat_stage2_months":6}`, []string{"response_days: is missing"}},
		{"both missing", `{}`, []string{"response_days: is missing", "repeat_stage2_months: is missing"}},
		{"null", `null`, []string{"null, where a value is required"}},
		{"null field", `{"response_days":null,"repeat_stage2_months":6}`, []string{"response_days: is missing"}},
		{"zero", `{"response_days":0,"repeat_stage2_months":6}`, []string{"response_days: 0 must be between 1 and 366"}},
		{"negative", `{"response_days":30,"repeat_stage2_months":-6}`, []string{"repeat_stage2_months: -6 must be between 1 and 24"}},
		{"too long, both reported", `{"response_days":367,"repeat_stage2_months":25}`, []string{"response_days: 367", "repeat_stage2_months: 25"}},
		{"fraction", `{"response_days":30.5,"repeat_stage2_months":6}`, []string{`field "response_days"`, "want int"}},
		{"exponent", `{"response_days":3e1,"repeat_stage2_months":6}`, []string{`field "response_days"`}},
		{"string", `{"response_days":"30","repeat_stage2_months":6}`, []string{`field "response_days"`, "got JSON string"}},
		{"beyond int64", `{"response_days":30,"repeat_stage2_months":99999999999999999999}`, []string{`field "repeat_stage2_months"`}},
		{"unknown field (Go's name)", `{"ResponseDays":30,"response_days":30,"repeat_stage2_months":6}`, []string{`unknown field "ResponseDays"`}},
		{"duplicate key", `{"response_days":30,"response_days":90,"repeat_stage2_months":6}`, []string{`duplicate key "response_days"`}},
		{"trailing data", valid + `[]`, []string{"data after the first value"}},
		{"not an object", `[30,6]`, []string{"invalid JSON document"}},
	}
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			got := audit.RectificationPolicy{ResponseDays: 90, RepeatStage2Months: 3}
			err := got.UnmarshalJSON([]byte(c.doc))
			require.ErrorIs(t, err, audit.ErrInvalidPolicy)
			for _, w := range c.want {
				assert.ErrorContains(t, err, w)
			}
			assert.Equal(t, audit.RectificationPolicy{ResponseDays: 90, RepeatStage2Months: 3}, got, "unchanged after an error")
		})
	}
}

func FuzzRectificationPolicyJSON(f *testing.F) {
	f.Add([]byte(`{"response_days":30,"repeat_stage2_months":6}`))
	f.Add([]byte(`{"repeat_stage2_months":24,"response_days":366}`))
	f.Add([]byte(`{"response_days":1e1,"repeat_stage2_months":6}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if p, ok := checkDocument[policyDoc](t, data, audit.ErrInvalidPolicy); ok {
			require.NoError(t, p.Validate())
		}
	})
}
