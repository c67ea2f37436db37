package audit

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/aftersales/certification/internal/dec"
	"github.com/shopspring/decimal"
)

// Audit time is counted in half days: every figure a table gives and every
// figure an Effort reports is a whole number of half days, held as an int64
// (17 half days are 8.5 person-days). A figure before its one rounding is a
// fraction of half days, held exactly.

// exactHalves is an exact number of half days, num/den, with num ≥ 0 and
// den > 0.
type exactHalves struct{ num, den int64 }

// nearest returns x rounded to the nearest whole half day, an exact half (a
// quarter day) up [MD5].
func (x exactHalves) nearest() int64 { return (2*x.num + x.den) / (2 * x.den) }

// ceil returns the least whole number of half days at or above x.
func (x exactHalves) ceil() int64 { return (x.num + x.den - 1) / x.den }

// whole reports whether x is a whole number of half days.
func (x exactHalves) whole() bool { return x.num%x.den == 0 }

// of returns the share s of x.
func (x exactHalves) of(s Share) exactHalves { return exactHalves{x.num * s.Num, x.den * s.Den} }

// less returns x less the share s of it: x × (1 − s); the zero Share takes
// nothing.
func (x exactHalves) less(s Share) exactHalves {
	if s.Den == 0 {
		return x
	}
	return exactHalves{x.num * (s.Den - s.Num), x.den * s.Den}
}

// adjusted returns x changed by total hundredths of a percent: x × (10000 +
// total) / 10000.
func (x exactHalves) adjusted(total int64) exactHalves {
	return exactHalves{x.num * (percentUnit + total), x.den * percentUnit}
}

// percentUnit is 100 %, in the hundredths of a percent that adjustments are
// counted in.
const percentUnit = 10000

// daysSpec is the grammar of a number of days in JSON, and the bound on one
// built in code before anything is computed with it: at most nine integer
// digits and four places, by value.
var daysSpec = dec.Spec{Int: 9, Places: 4}

// halvesOf reads d, a number of days, as whole half days from 0 to mostDays,
// above 0 when positive is set. It never expands an absurd exponent: a zero
// is 0 whatever its exponent, and any other value is bounded by daysSpec
// before it is compared.
func halvesOf(d decimal.Decimal, mostDays int64, positive bool) (int64, error) {
	switch {
	case d.Sign() == 0 && positive:
		return 0, errors.New("0 must be above 0")
	case d.Sign() == 0:
		return 0, nil
	case d.Sign() < 0:
		return 0, fmt.Errorf("%s must not be negative", dec.Show(d))
	}
	if err := daysSpec.Check(d); err != nil {
		return 0, err
	}
	h := d.Mul(halfDaysPerDay)
	if !h.IsInteger() {
		return 0, fmt.Errorf("%s must be a multiple of a half day", dec.Show(d))
	}
	if h.IntPart() > 2*mostDays {
		return 0, fmt.Errorf("%s must be at most %d", dec.Show(d), mostDays)
	}
	return h.IntPart(), nil
}

var halfDaysPerDay = decimal.NewFromInt(2)

// personDays writes h half days with the unit: 17 → "8.5 person-days",
// 2 → "1 person-day".
func personDays(h int64) string {
	if h == 2 {
		return "1 person-day"
	}
	return formatHalves(h) + " person-days"
}

// formatHalves writes h half days as days: 17 → "8.5", 32 → "16".
func formatHalves(h int64) string {
	var buf [24]byte
	return string(appendHalves(buf[:0], h))
}

// signedPercent writes hundredths of a percent with their sign: −1500 →
// "−15 %", 1250 → "+12.5 %", 0 → "0 %".
func signedPercent(hundredths int64) string {
	if hundredths == 0 {
		return "0 %"
	}
	var buf [32]byte
	b := append(buf[:0], '+')
	if hundredths < 0 {
		b, hundredths = append(buf[:0], "−"...), -hundredths
	}
	b = strconv.AppendInt(b, hundredths/100, 10)
	if frac := hundredths % 100; frac != 0 {
		b = append(b, '.', byte('0'+frac/10))
		if frac%10 != 0 {
			b = append(b, byte('0'+frac%10))
		}
	}
	return string(append(b, " %"...))
}

// sampledSites writes k sampled sites with the noun in number: "1 sampled
// site", "3 sampled sites".
func sampledSites(k int) string {
	if k == 1 {
		return "1 sampled site"
	}
	return strconv.Itoa(k) + " sampled sites"
}
