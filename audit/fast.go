package audit

import (
	"strconv"
	"unicode/utf8"

	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// This file holds the package's allocation-saving code, each part held to
// the plain rule by fast_test.go: the decimals of common figures, built
// once; appenders that write a figure into the caller's buffer; the reader
// of a decimal in hundredths (points, percents, hours); and the check and
// JSON writer of an Effort, which read its figures in integers.

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

// appendDays appends h half days as days with one decimal place, as
// documents write them: 17 → "8.5", 32 → "16.0".
func appendDays(b []byte, h int64) []byte {
	b = appendHalves(b, h)
	if h%2 == 0 {
		b = append(b, ".0"...)
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

// pow10 holds the powers of ten that fit in int64.
var pow10 = [...]int64{1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
	1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000,
	100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000,
	1_000_000_000_000_000_000}

// hundredthsOf returns d × 100, d a decimal that a dec.Spec with at most two
// places and at most sixteen integer digits accepts (a points figure, a
// percent, hours a day): −12.5 → −1250. It is d.Shift(2).IntPart() without
// allocating for a coefficient of up to 18 digits; a zero is 0 whatever its
// exponent.
func hundredthsOf(d decimal.Decimal) int64 {
	if d.NumDigits() > 18 { // a long coefficient with trailing zeros: the plain way
		return d.Shift(2).IntPart()
	}
	c, e := d.CoefficientInt64(), int(d.Exponent())
	switch {
	case c == 0:
		return 0
	case e < -2: // exact: d has at most two places by value, so c ends in −2−e zeros
		return c / pow10[-2-e]
	default: // below 10^18: d has at most sixteen integer digits
		return c * pow10[e+2]
	}
}

// fastHalves returns e's figures in half days, without allocating, when
// each reads with readHalves, Stage1 + Stage2 = Initial and every Basis
// line is valid UTF-8: then the plain check of halves accepts e and gives
// the same figures. ok is false otherwise, and the plain check says why (or
// accepts a figure written in a way readHalves does not read).
func (e *Effort) fastHalves() (h effortHalves, ok bool) {
	var ok1, ok2, ok3, ok4, ok5 bool
	h.initial, ok1 = readHalves(e.Initial)
	h.stage1, ok2 = readHalves(e.Stage1)
	h.stage2, ok3 = readHalves(e.Stage2)
	h.surveillance, ok4 = readHalves(e.Surveillance)
	h.recert, ok5 = readHalves(e.Recertification)
	if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 || h.stage1+h.stage2 != h.initial {
		return effortHalves{}, false
	}
	for _, line := range e.Basis {
		if !utf8.ValidString(line) {
			return effortHalves{}, false
		}
	}
	return h, true
}

// readHalves returns d, a number of days, in half days: ok is false unless
// d is a whole number of half days from 0 to below 10^9 days (effortDays)
// with a coefficient of at most 18 digits and an exponent from −18 to 9.
// When ok, halvesOf(d, effortDays, false) returns the same, without error.
func readHalves(d decimal.Decimal) (h int64, ok bool) {
	if d.Sign() == 0 {
		return 0, true // whatever its exponent, as halvesOf reads it
	}
	exp, digits := int(d.Exponent()), d.NumDigits()
	if exp < -18 || exp > 9 || digits > 18 || d.Sign() < 0 {
		return 0, false
	}
	c := d.CoefficientInt64()
	if exp >= 0 {
		if digits+exp > 9 { // 10^9 days or more
			return 0, false
		}
		return 2 * c * pow10[exp], true
	}
	div := pow10[-exp]
	if (2*c)%div != 0 || c/div >= effortDays {
		return 0, false
	}
	return 2 * c / div, true
}

// appendJSON appends the JSON form of an Effort with figures h and the
// given Basis, as [Effort.MarshalJSON] documents it: the same bytes as
// encoding/json writes from effortWire (fast_test.go).
func (h effortHalves) appendJSON(b []byte, basis []string) []byte {
	figures := [...]struct {
		name string
		h    int64
	}{{`{"initial":"`, h.initial}, {`","stage1":"`, h.stage1}, {`","stage2":"`, h.stage2},
		{`","surveillance":"`, h.surveillance}, {`","recertification":"`, h.recert}}
	for _, f := range figures {
		b = appendDays(append(b, f.name...), f.h)
	}
	b = append(b, `","basis":[`...)
	for i, line := range basis {
		if i > 0 {
			b = append(b, ',')
		}
		b = jsonx.AppendString(b, line)
	}
	return append(b, "]}"...)
}
