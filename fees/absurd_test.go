package fees_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/aftersales/certification/fees"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// within runs f and fails the test when it does not return in a few
// seconds: a decimal with an absurd exponent must be refused at once, never
// expanded into a billion digits.
func within(t *testing.T, f func() error) error {
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

// TestAbsurdExponents: decimals built in code with huge exponents (no
// parser produces them) are refused quickly, with a short message.
func TestAbsurdExponents(t *testing.T) {
	huge := decimal.New(1, 1_000_000_000)
	tiny := decimal.New(1, -1_000_000_000)
	zeroTiny := decimal.New(0, -1_000_000_000)
	s := fees.DefaultSchedule()
	t.Run("Mul by a huge factor", func(t *testing.T) {
		ten := cny(t, "10")
		err := within(t, func() error { _, err := ten.Mul(huge); return err })
		require.ErrorIs(t, err, fees.ErrAmountTooLarge)
		assert.Less(t, len(err.Error()), 200)
	})
	for name, d := range map[string]decimal.Decimal{"huge": huge, "tiny": tiny} {
		t.Run("discount "+name, func(t *testing.T) {
			err := within(t, func() error {
				_, err := s.Quote(fees.Request{Personnel: 10, Part: fees.Initial, Discount: d})
				return err
			})
			require.ErrorIs(t, err, fees.ErrInvalidRequest)
			assert.ErrorContains(t, err, "discount")
			assert.Less(t, len(err.Error()), 200)
		})
	}
	for name, d := range map[string]decimal.Decimal{"huge": huge, "tiny": tiny} {
		t.Run("VAT rate "+name, func(t *testing.T) {
			for _, included := range []bool{false, true} {
				v := s
				v.VATRate, v.PricesIncludeVAT = d, included
				err := within(t, v.Validate)
				require.ErrorIs(t, err, fees.ErrInvalidSchedule)
				assert.ErrorContains(t, err, "vat_rate")
				assert.Less(t, len(err.Error()), 200)
				err = within(t, func() error {
					_, err := v.Quote(fees.Request{Personnel: 10, Part: fees.Initial})
					return err
				})
				assert.ErrorIs(t, err, fees.ErrInvalidSchedule)
			}
		})
		t.Run("quote VAT rate "+name, func(t *testing.T) {
			q := quote(t, s, fees.Request{Personnel: 10, Part: fees.Initial})
			q.VATRate = d
			err := within(t, q.Validate)
			require.ErrorIs(t, err, fees.ErrInvalidQuote)
			assert.ErrorContains(t, err, "vat_rate")
			assert.Less(t, len(err.Error()), 300)
		})
	}
	for name, d := range map[string]decimal.Decimal{"huge": huge, "tiny": tiny, "zero with absurd places": zeroTiny} {
		t.Run("quote line quantity "+name, func(t *testing.T) {
			q := quote(t, s, fees.Request{Personnel: 10, Part: fees.Initial})
			q.Lines[1].Quantity = d
			err := within(t, q.Validate)
			require.ErrorIs(t, err, fees.ErrInvalidQuote)
			assert.ErrorContains(t, err, "lines[1]")
			assert.Less(t, len(err.Error()), 300)
		})
	}
	// Limits are by value: a VAT rate of 0 written with a billion places is
	// 0, valid, and quotes and encodes at once as "0".
	t.Run("VAT rate zero with absurd places", func(t *testing.T) {
		v := s
		v.VATRate = zeroTiny
		require.NoError(t, within(t, v.Validate))
		var q fees.Quote
		require.NoError(t, within(t, func() (err error) {
			q, err = v.Quote(fees.Request{Personnel: 10, Part: fees.Initial})
			return err
		}))
		assert.True(t, q.VAT.IsZero())
		var data []byte
		require.NoError(t, within(t, func() (err error) { data, err = json.Marshal(q); return err }))
		assert.Contains(t, string(data), `"vat_rate":"0"`)
		require.NoError(t, within(t, func() (err error) { data, err = json.Marshal(v); return err }))
		assert.Contains(t, string(data), `"vat_rate":"0"`)
	})
	t.Run("quote VAT rate zero with absurd places", func(t *testing.T) {
		q := quote(t, s, fees.Request{Personnel: 10, Part: fees.Initial})
		q.VATRate = zeroTiny // 0 %: the quote's VAT at 6 % no longer follows
		err := within(t, q.Validate)
		require.ErrorIs(t, err, fees.ErrInvalidQuote)
		assert.ErrorContains(t, err, "vat: ")
		assert.Less(t, len(err.Error()), 300)
	})
}

// TestScheduleVATRatePlaces: Validate accepts the VAT rates that decoding
// accepts (at most 10 places), so a schedule that encodes also decodes.
func TestScheduleVATRatePlaces(t *testing.T) {
	s := fees.DefaultSchedule()
	s.VATRate = decimal.RequireFromString("0.0600000001") // 10 places: fine
	require.NoError(t, s.Validate())
	data, err := s.MarshalJSON()
	require.NoError(t, err)
	var back fees.Schedule
	require.NoError(t, back.UnmarshalJSON(data))
	assert.True(t, back.VATRate.Equal(s.VATRate))

	s.VATRate = decimal.RequireFromString("0.06000000001") // 11 places
	err = s.Validate()
	require.ErrorIs(t, err, fees.ErrInvalidSchedule)
	assert.ErrorContains(t, err, "vat_rate")
	assert.ErrorContains(t, err, "10 decimal places")
}
