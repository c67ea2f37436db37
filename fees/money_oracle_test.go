package fees_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/fees"
)

// TestMulPastUint64WrapsToZero is the regression test for a product just
// past the uint64 range: 8191 fen × 2252074725150720.5 is (2^64 − 1) + 0.5
// fen, which rounded half up to 2^64 and wrapped to 0.00 CNY instead of
// failing.
func TestMulPastUint64WrapsToZero(t *testing.T) {
	cases := []struct{ name, amount, factor string }{
		{"the reported product", "81.91", "2252074725150720.5"},
		{"negative amount", "-81.91", "2252074725150720.5"},
		{"negative factor", "81.91", "-2252074725150720.5"},
		{"2^64 − 1 fen and a half", "0.01", "18446744073709551615.5"},
		{"the reported product, factor with a trailing zero", "81.91", "2252074725150720.50"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := cny(t, tc.amount).Mul(decimal.RequireFromString(tc.factor))
			assert.ErrorIs(t, err, fees.ErrAmountTooLarge, "got %s", got)
		})
	}
}

// bigLimit returns 10^(15 + places of code), the exclusive bound on the
// absolute value of an amount in minor units: every amount is below 10^15
// major units.
func bigLimit(t *testing.T, code string) *big.Int {
	one, err := fees.MoneyFromMinor(1, code)
	require.NoError(t, err)
	places := -int64(one.Amount().Exponent())
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(15+places), nil)
}

// inBounds reports whether |x| < limit.
func inBounds(x, limit *big.Int) bool { return x.CmpAbs(limit) < 0 }

// roundHalfAway returns num / 10^places rounded half away from zero, for
// places ≥ 0, or num × 10^−places for places < 0.
func roundHalfAway(num *big.Int, places int64) *big.Int {
	ten := big.NewInt(10)
	if places <= 0 {
		return new(big.Int).Mul(num, new(big.Int).Exp(ten, big.NewInt(-places), nil))
	}
	div := new(big.Int).Exp(ten, big.NewInt(places), nil)
	q, r := new(big.Int).QuoRem(new(big.Int).Abs(num), div, new(big.Int))
	if r.Lsh(r, 1).Cmp(div) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	if num.Sign() < 0 {
		q.Neg(q)
	}
	return q
}

// checkResult fails t unless got, err is want in code: the amount exactly
// when it is in bounds, else an error matching [fees.ErrAmountTooLarge].
func checkResult(t *testing.T, op string, got fees.Money, err error, want, limit *big.Int, code string) {
	t.Helper()
	if !inBounds(want, limit) {
		if !errors.Is(err, fees.ErrAmountTooLarge) {
			t.Fatalf("%s = %s, %v; want ErrAmountTooLarge (exact result %s minor units)", op, got, err, want)
		}
		return
	}
	if err != nil {
		t.Fatalf("%s: %v; want %s minor units", op, err, want)
	}
	if got.MinorUnits() != want.Int64() || got.Currency() != code {
		t.Fatalf("%s = %s (%d minor units, %q); want %s minor units in %q", op, got, got.MinorUnits(), got.Currency(), want, code)
	}
}

// FuzzMoneyArithmetic compares Add, Sub and Mul with math/big over the whole
// input range: every result is exact or an error matching
// [fees.ErrAmountTooLarge], never a wrapped value. a and b are minor units
// (reduced into range when MoneyFromMinor refuses them); pick chooses the
// currency (10 is CNY, 8 JPY) and, when it is a multiple of 11, the zero
// Money for a; the factor is coef × 10^exp, with a coefficient of any
// length.
func FuzzMoneyArithmetic(f *testing.F) {
	const top = 99_999_999_999_999_999 // the largest CNY amount in fen
	seeds := []struct {
		a, b int64
		code uint8
		coef string
		exp  int16
	}{
		{8191, 0, 10, "22520747251507205", -1},             // the wrap to 0.00 CNY
		{1, 0, 10, "184467440737095516155", -1},            // (2^64 − 1) + 0.5 fen
		{3, 0, 10, "6148914691236517205", 0},               // 2^64 − 1
		{1, 0, 10, "18446744073709551616", 0},              // 2^64
		{top, 1, 10, "1", 0},                               // sum just past the top
		{-top, -1, 10, "-1", 0},                            // difference past the bottom
		{top, top, 10, "100000000000000001", -17},          // a factor just above 1
		{top, -top, 10, "999999999999999999", -19},         // fast path, most places
		{top, 0, 10, "9999999999999999999", -20},           // slow path
		{1, 1, 10, "5", -1},                                // exact half up
		{-1, 1, 10, "5", -1},                               // exact half away from zero
		{5, -5, 10, "-1", -1},                              // negative factor, half
		{1, 0, 10, "4999999999999999999999999999999", -31}, // just below a half
		{1, 0, 10, "123456789012345678901234567890123456789", -38},
		{top, 0, 10, "1", -18}, // below a tenth of a fen
		{1, 0, 10, "1", 32767}, // absurd exponents
		{top, 0, 10, "1", -32768},
		{999_999_999_999_999, 1, 8, "1", 0}, // JPY's top
		{0, top, 0, "7", 0},                 // the zero Money
		{-9223372036854775808, 9223372036854775807, 10, "-9223372036854775808", 0},
	}
	for _, s := range seeds {
		f.Add(s.a, s.b, s.code, s.coef, s.exp)
	}
	codes := fees.Currencies()
	f.Fuzz(func(t *testing.T, a, b int64, pick uint8, coef string, exp int16) {
		code := codes[int(pick)%len(codes)]
		limit := bigLimit(t, code)
		// reduce returns a Money of x minor units when MoneyFromMinor
		// accepts x, which it must exactly when x is in bounds, else of x
		// reduced into bounds.
		reduce := func(x int64) (fees.Money, *big.Int) {
			bx := big.NewInt(x)
			m, err := fees.MoneyFromMinor(x, code)
			switch {
			case inBounds(bx, limit) && err != nil:
				t.Fatalf("MoneyFromMinor(%d, %s): %v", x, code, err)
			case !inBounds(bx, limit) && !errors.Is(err, fees.ErrAmountTooLarge):
				t.Fatalf("MoneyFromMinor(%d, %s) = %s, %v; want ErrAmountTooLarge", x, code, m, err)
			case err != nil:
				bx.Rem(bx, limit)
				m, err = fees.MoneyFromMinor(bx.Int64(), code)
				if err != nil {
					t.Fatal(err)
				}
			}
			return m, bx
		}
		ma, ba := reduce(a)
		mb, bb := reduce(b)
		zero := pick%uint8(len(codes)+1) == 0
		if zero {
			ma, ba = fees.Money{}, new(big.Int)
		}

		sum, err := ma.Add(mb)
		checkResult(t, "Add", sum, err, new(big.Int).Add(ba, bb), limit, code)
		diff, err := ma.Sub(mb)
		checkResult(t, "Sub", diff, err, new(big.Int).Sub(ba, bb), limit, code)
		diff, err = mb.Sub(ma)
		checkResult(t, "Sub", diff, err, new(big.Int).Sub(bb, ba), limit, code)

		if len(coef) > 400 {
			return
		}
		c, ok := new(big.Int).SetString(coef, 10)
		if !ok {
			return
		}
		factor := decimal.NewFromBigInt(c, int32(exp))
		for _, m := range []struct {
			m fees.Money
			u *big.Int
		}{{ma, ba}, {mb, bb}} {
			got, err := m.m.Mul(factor)
			if m.m.Currency() == "" {
				if err != nil || !got.Equal(fees.Money{}) {
					t.Fatalf("zero Money × %s = %v, %v; want the zero Money", factor, got, err)
				}
				continue
			}
			want := roundHalfAway(new(big.Int).Mul(m.u, c), -int64(exp))
			checkResult(t, "Mul", got, err, want, limit, code)
		}
	})
}
