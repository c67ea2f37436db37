package audit

import (
	"strconv"

	"github.com/shopspring/decimal"
)

// This file holds the allocation-saving parts of audit time, each held to
// the plain rule by effort_fast_test.go: the decimals of common figures,
// built once, and appenders that write a figure into the caller's buffer.

// halfDayCache holds the decimals for 0 to 200 days in half days, so that
// Effort allocates no decimal for common figures. Decimals are immutable;
// sharing them is safe.
var halfDayCache = func() [401]decimal.Decimal {
	var c [401]decimal.Decimal
	for i := range c {
		c[i] = decimal.New(int64(i)*5, -1)
	}
	return c
}()

// fromHalves returns h half days as a decimal number of days.
func fromHalves(h int64) decimal.Decimal {
	if h >= 0 && h < int64(len(halfDayCache)) {
		return halfDayCache[h]
	}
	return decimal.New(h*5, -1)
}

// appendHalves appends h half days as days: 17 → "8.5", 32 → "16".
func appendHalves(b []byte, h int64) []byte {
	b = strconv.AppendInt(b, h/2, 10)
	if h%2 != 0 {
		b = append(b, ".5"...)
	}
	return b
}

// appendFraction appends x (in half days) in days, with up to four decimal
// places, or three and "…" when it does not end there: 8.55, 2.333….
func appendFraction(b []byte, x exactHalves) []byte {
	num, den := x.num, 2*x.den
	b = strconv.AppendInt(b, num/den, 10)
	rem := num % den
	if rem == 0 {
		return b
	}
	b = append(b, '.')
	for i := 0; i < 4; i++ {
		rem *= 10
		if i == 3 && rem%den != 0 {
			return append(b, "…"...)
		}
		b = append(b, byte('0'+rem/den))
		rem %= den
		if rem == 0 {
			return b
		}
	}
	return b
}

// percentHundredths returns a valid percent (two places at most, by value) in
// hundredths of a percent: −12.5 → −1250. A zero is 0 whatever its
// exponent. A coefficient of up to 18 digits is read without allocating.
func percentHundredths(p decimal.Decimal) int64 {
	switch {
	case p.Sign() == 0:
		return 0
	case p.NumDigits() > 18 || p.Exponent() < -40 || p.Exponent() > 2:
		return p.Shift(2).IntPart()
	}
	c := p.CoefficientInt64()
	for e := p.Exponent(); e != -2; {
		if e < -2 {
			c, e = c/10, e+1
		} else {
			c, e = c*10, e-1
		}
	}
	return c
}
