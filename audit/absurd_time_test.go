package audit_test

import (
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ttWithin runs f and fails the test when it does not return in a few
// seconds: a decimal with an absurd exponent must be refused at once, never
// expanded into a billion digits.
func ttWithin(t *testing.T, f func() error) error {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- f() }()
	select {
	case err := <-done:
		return err
	case <-time.After(5 * time.Second):
		t.Fatal("did not return within 5 s: a decimal exponent was expanded")
		return nil
	}
}

// TestAbsurdExponentsInAuditTime: adjustments, part-time hours, band
// figures and efforts built in code with huge exponents are refused quickly
// with a short message.
func TestAbsurdExponentsInAuditTime(t *testing.T) {
	for name, d := range map[string]decimal.Decimal{
		"huge":                    decimal.New(1, 1_000_000_000),
		"tiny":                    decimal.New(1, -1_000_000_000),
		"zero with absurd places": decimal.New(0, -1_000_000_000),
	} {
		t.Run(name, func(t *testing.T) {
			err := ttWithin(t, func() error {
				_, err := audit.AfterSalesTimeTable().Effort(100, audit.Adjustment{Reason: "x", Percent: d})
				return err
			})
			require.ErrorIs(t, err, audit.ErrInvalidAdjustment)
			assert.Less(t, len(err.Error()), 200)

			err = ttWithin(t, func() error {
				_, err := audit.EffectivePersonnel(3, audit.PartTime{Headcount: 2, HoursPerDay: d})
				return err
			})
			require.ErrorIs(t, err, audit.ErrInvalidPartTime)
			assert.ErrorContains(t, err, "part-time group 1")
			assert.Less(t, len(err.Error()), 200)

			c := ttSmallConfig(t)
			c.Bands[1].Surveillance = d
			c.PerSampledSite = d
			err = ttWithin(t, func() error { _, err := audit.NewTimeTable(c); return err })
			require.ErrorIs(t, err, audit.ErrInvalidTimeTable)
			assert.ErrorContains(t, err, "band 2 (11–20) surveillance")
			assert.ErrorContains(t, err, "per sampled site")
			assert.Less(t, len(err.Error()), 400)

			e, err := audit.AfterSalesTimeTable().Effort(100)
			require.NoError(t, err)
			e.Surveillance = d
			err = ttWithin(t, func() error { _, err := e.MarshalJSON(); return err })
			require.ErrorIs(t, err, audit.ErrInvalidEffort)
			assert.ErrorContains(t, err, "surveillance")
			assert.Less(t, len(err.Error()), 200)
		})
	}
}

// TestEffortValidate: MarshalJSON refuses what UnmarshalJSON would refuse,
// so every Effort that encodes decodes to an equal one.
func TestEffortValidate(t *testing.T) {
	e, err := audit.AfterSalesTimeTable().Effort(120)
	require.NoError(t, err)
	require.NoError(t, e.Validate())
	require.NoError(t, audit.Effort{}.Validate())
	cases := []struct {
		name string
		edit func(*audit.Effort)
		text string
	}{
		{"not a half day", func(e *audit.Effort) { e.Surveillance = decimal.RequireFromString("3.2") }, "surveillance 3.2"},
		{"negative", func(e *audit.Effort) { e.Recertification = decimal.NewFromInt(-5) }, "recertification -5"},
		{"stages do not add up", func(e *audit.Effort) { e.Stage2 = decimal.NewFromInt(6) }, "must equal initial 8.5"},
		{"too large", func(e *audit.Effort) { e.Surveillance = decimal.New(1, 9) }, "surveillance 1000000000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bad := e
			tc.edit(&bad)
			err := bad.Validate()
			require.ErrorIs(t, err, audit.ErrInvalidEffort)
			assert.ErrorContains(t, err, tc.text)
			_, err = bad.MarshalJSON()
			assert.ErrorIs(t, err, audit.ErrInvalidEffort)
		})
	}
}
