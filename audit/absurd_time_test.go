package audit_test

import (
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// returnsQuickly runs f and fails the test when it does not return in a few
// seconds: a decimal with an absurd exponent must be refused at once, never
// expanded into a billion digits.
func returnsQuickly(t *testing.T, f func() error) error {
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
// with a short message naming the field.
func TestAbsurdExponentsInAuditTime(t *testing.T) {
	for name, d := range map[string]decimal.Decimal{
		"huge": decimal.New(1, 1_000_000_000),
		"tiny": decimal.New(1, -1_000_000_000),
	} {
		t.Run(name, func(t *testing.T) {
			err := returnsQuickly(t, func() error {
				_, err := audit.AfterSalesTimeTable().Effort(100, audit.Adjustment{Reason: "x", Percent: d})
				return err
			})
			require.ErrorIs(t, err, audit.ErrInvalidAdjustment)
			assert.ErrorContains(t, err, "adjustments[0].percent")
			assert.Less(t, len(err.Error()), 200)

			err = returnsQuickly(t, func() error {
				_, err := audit.EffectivePersonnel(3, audit.PartTime{Headcount: 2, HoursPerDay: d})
				return err
			})
			require.ErrorIs(t, err, audit.ErrInvalidPartTime)
			assert.ErrorContains(t, err, "part_time[0].hours_per_day")
			assert.Less(t, len(err.Error()), 200)

			c := smallTableConfig(t)
			c.Bands[1].Surveillance = d
			c.PerSampledSite = d
			err = returnsQuickly(t, func() error { _, err := audit.NewTimeTable(c); return err })
			require.ErrorIs(t, err, audit.ErrInvalidTimeTable)
			assert.ErrorContains(t, err, "bands[1].surveillance")
			assert.ErrorContains(t, err, "per_sampled_site")
			assert.Less(t, len(err.Error()), 400)

			e, err := audit.AfterSalesTimeTable().Effort(100)
			require.NoError(t, err)
			e.Surveillance = d
			err = returnsQuickly(t, func() error { _, err := e.MarshalJSON(); return err })
			require.ErrorIs(t, err, audit.ErrInvalidEffort)
			assert.ErrorContains(t, err, "surveillance")
			assert.Less(t, len(err.Error()), 200)
		})
	}
}

// A zero written with absurd places is zero: decimals are limited by value,
// never by exponent, and a zero is read at once, never expanded.
func TestZeroWithAbsurdPlaces(t *testing.T) {
	zero := decimal.New(0, -1_000_000_000)
	err := returnsQuickly(t, func() error {
		e, err := audit.AfterSalesTimeTable().Effort(100, audit.Adjustment{Reason: "considered", Percent: zero})
		if err == nil {
			assertDays(t, "8.5", e.Initial, "a 0 % adjustment changes nothing")
			assert.Contains(t, e.Basis, "0 %: considered")
		}
		return err
	})
	require.NoError(t, err)

	err = returnsQuickly(t, func() error {
		_, err := audit.EffectivePersonnel(3, audit.PartTime{Headcount: 2, HoursPerDay: zero})
		return err
	})
	assert.ErrorContains(t, err, "part_time[0].hours_per_day: 0e-1000000000 must be above 0")

	c := smallTableConfig(t)
	c.Bands[2].Surveillance = zero
	c.PerSampledSite = zero
	err = returnsQuickly(t, func() error {
		table, err := audit.NewTimeTable(c)
		if err == nil {
			got := table.Config()
			assert.True(t, got.PerSampledSite.IsZero())
			assert.True(t, got.Bands[2].Surveillance.IsZero(), "left to the share")
		}
		return err
	})
	require.NoError(t, err)

	e, err := audit.AfterSalesTimeTable().Effort(100)
	require.NoError(t, err)
	e.Initial, e.Stage1, e.Stage2 = zero, zero, zero
	err = returnsQuickly(t, func() error { _, err := e.MarshalJSON(); return err })
	assert.NoError(t, err)
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
		{"not a half day", func(e *audit.Effort) { e.Surveillance = decimal.RequireFromString("3.2") }, "surveillance: 3.2 must be a multiple of a half day"},
		{"negative", func(e *audit.Effort) { e.Recertification = decimal.NewFromInt(-5) }, "recertification: -5 must not be negative"},
		{"stages do not add up", func(e *audit.Effort) { e.Stage2 = decimal.NewFromInt(6) }, "must equal initial 8.5"},
		{"too large", func(e *audit.Effort) { e.Surveillance = decimal.New(1, 9) }, "surveillance: 1000000000 has more than 9 integer digits"},
		{"basis not UTF-8", func(e *audit.Effort) { e.Basis = []string{"ok", "\xff"} }, "basis[1]: \"\\xff\" is not valid UTF-8"},
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
