package audit

import (
	"math/big"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The allocation-saving code of effort_fast.go gives what the plain rule
// gives.

func TestFromHalvesIsThePlainDecimal(t *testing.T) {
	for h := int64(-3); h <= 2*int64(len(halfDayCache)); h++ {
		want := decimal.New(h*5, -1)
		got := fromHalves(h)
		require.True(t, got.Equal(want), "%d half days: %s, want %s", h, got, want)
		require.Equal(t, want.String(), got.String())
	}
}

func TestAppendHalvesIsDecimalString(t *testing.T) {
	for h := int64(0); h <= 100_000; h++ {
		require.Equal(t, decimal.New(h*5, -1).String(), string(appendHalves(nil, h)), "%d half days", h)
	}
}

// plainFraction is the rule appendFraction follows, stated with math/big:
// num/den half days in days, with up to four places, or cut to three
// places and "…" when four do not hold it.
func plainFraction(num, den int64) string {
	days := big.NewRat(num, 2*den)
	scaled := new(big.Rat).Mul(days, big.NewRat(10000, 1))
	if scaled.IsInt() {
		s := strings.TrimRight(days.FloatString(4), "0")
		return strings.TrimSuffix(s, ".")
	}
	thousandths := new(big.Int).Quo(new(big.Int).Mul(days.Num(), big.NewInt(1000)), days.Denom())
	return new(big.Rat).SetFrac(thousandths, big.NewInt(1000)).FloatString(3) + "…"
}

func TestAppendFractionIsThePlainRule(t *testing.T) {
	for den := int64(1); den <= 60; den++ {
		for num := int64(0); num <= 600; num++ {
			require.Equal(t, plainFraction(num, den), string(appendFraction(nil, exactHalves{num, den})), "%d/%d", num, den)
		}
	}
	// The figures of the built-in tables: shares of 1/3, 2/3 and 30 % of
	// each band, after adjustments in hundredths of a percent.
	for _, den := range []int64{3 * percentUnit, 100 * percentUnit, percentUnit} {
		for num := int64(0); num <= 5000; num += 7 {
			require.Equal(t, plainFraction(num*997, den), string(appendFraction(nil, exactHalves{num * 997, den})))
		}
	}
}

func FuzzHundredths(f *testing.F) {
	for _, s := range []string{"-10", "12.5", "-0.01", "100", "-99.99", "0", "10.000", "1e2", "-3.10e1", "0.5e-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := decimal.NewFromString(s)
		if err != nil || (Adjustment{Reason: "r", Percent: p}).Validate() != nil {
			return
		}
		assert.Equal(t, p.Shift(2).IntPart(), percentHundredths(p), "%s", s)
	})
}

func TestHundredthsDoesNotAllocate(t *testing.T) {
	p := decimal.RequireFromString("-12.50")
	var sink int64
	allocs := testing.AllocsPerRun(100, func() { sink += percentHundredths(p) })
	assert.Zero(t, allocs)
	assert.Equal(t, int64(-1250), percentHundredths(p))
}
