package fees_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
)

func TestQuoter(t *testing.T) {
	s := fees.DefaultSchedule()
	p, err := fees.NewQuoter(s)
	require.NoError(t, err)
	t.Run("quotes as the schedule does", func(t *testing.T) {
		for _, r := range []fees.Request{
			{Personnel: 120, Part: fees.Cycle},
			{Personnel: 1200, Sites: 9, Part: fees.Initial, ExtraCopies: 2, Travel: cny(t, "1800"), Discount: decimal.NewFromInt(5)},
			{Personnel: 5, Part: fees.Recertification, Adjustments: []audit.Adjustment{{Reason: "simple", Percent: decimal.NewFromInt(-10)}}},
		} {
			want, err := s.Quote(r)
			require.NoError(t, err)
			got, err := p.Quote(r)
			require.NoError(t, err)
			assert.True(t, got.Equal(want), "%+v", r)
		}
		_, err := p.Quote(fees.Request{Personnel: 10701, Part: fees.Cycle})
		assert.ErrorIs(t, err, audit.ErrBeyondTable)
		assert.ErrorIs(t, err, fees.ErrInvalidRequest)
	})
	t.Run("the schedule is copied", func(t *testing.T) {
		changed := fees.DefaultSchedule()
		p, err := fees.NewQuoter(changed)
		require.NoError(t, err)
		changed.PersonDay = cny(t, "1")
		q, err := p.Quote(fees.Request{Personnel: 120, Part: fees.Cycle})
		require.NoError(t, err)
		assertMoney(t, "55650.00 CNY", q.Total)
	})
	t.Run("an invalid schedule", func(t *testing.T) {
		bad := fees.DefaultSchedule()
		bad.VATRate = decimal.NewFromInt(2)
		_, err := fees.NewQuoter(bad)
		assert.ErrorIs(t, err, fees.ErrInvalidSchedule)
		assert.PanicsWithValue(t, "fees.MustNewQuoter: fees: invalid schedule: vat_rate: 2 is not below 1",
			func() { fees.MustNewQuoter(bad) })
	})
	t.Run("the zero Quoter", func(t *testing.T) {
		q, err := fees.Quoter{}.Quote(fees.Request{Personnel: 120, Part: fees.Cycle})
		assert.ErrorIs(t, err, fees.ErrInvalidSchedule)
		assert.True(t, q.IsZero())
	})
	t.Run("safe for concurrent use", func(t *testing.T) {
		want, err := p.Quote(fees.Request{Personnel: 120, Part: fees.Cycle})
		require.NoError(t, err)
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for range 50 {
					q, err := p.Quote(fees.Request{Personnel: 120, Part: fees.Cycle})
					if err != nil || !q.Equal(want) {
						t.Errorf("quote %v, %v", q.Total, err)
						return
					}
					q.Effort.Basis[0] = "changed by a caller" // must not reach another quote
				}
			}()
		}
		wg.Wait()
	})
}

func TestMustNewMoneyPanicsNamingTheCall(t *testing.T) {
	assert.PanicsWithValue(t, `fees.MustNewMoney("1e3", "CNY"): fees: invalid amount: "1e3" is not a plain decimal such as "8.5" (digits and one optional point; no plus sign, exponent or spaces; at most 64 characters)`,
		func() { fees.MustNewMoney("1e3", "CNY") })
}

func TestIsZero(t *testing.T) {
	assert.True(t, fees.Schedule{}.IsZero())
	assert.False(t, fees.DefaultSchedule().IsZero())
	assert.True(t, fees.Request{}.IsZero())
	assert.True(t, fees.Request{Adjustments: []audit.Adjustment{}}.IsZero())
	assert.False(t, fees.Request{Personnel: 1}.IsZero())
	assert.True(t, fees.Quote{}.IsZero())
	assert.False(t, quote(t, fees.DefaultSchedule(), cycleRequest()).IsZero())

	// encoding/json leaves zero values out of fields tagged omitzero.
	type form struct {
		Schedule fees.Schedule `json:"schedule,omitzero"`
		Request  fees.Request  `json:"request,omitzero"`
		Quote    fees.Quote    `json:"quote,omitzero"`
		Travel   fees.Money    `json:"travel,omitzero"`
		Line     fees.Line     `json:"line,omitzero"`
	}
	data, err := json.Marshal(form{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(data))

	// A zero amount is zero whatever its currency (package doc, # JSON).
	data, err = json.Marshal(form{Travel: fees.MustNewMoney("0.00", "CNY")})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(data))
}
