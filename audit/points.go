package audit

import "github.com/shopspring/decimal"

// Points are held in hundredths of a point in int64 wherever the rules
// compute with them: every figure of a scorecard, an evaluation, a grading
// and a result has at most two decimal places, so hundredths are exact, and
// scoring needs no big-number arithmetic (see [Scorecard.Score]).

// scMaxTotal is the most points, in hundredths, that a scorecard may hold
// (1 000 000 points): it keeps awarded × 10 000 far inside int64.
const scMaxTotal = 100_000_000

// scMaxHundredths bounds what scHundredths converts: a larger figure is
// above every bound anyway.
const scMaxHundredths = 1_000_000_000_000_000

var scHundred = decimal.NewFromInt(100)

var scPow10 = [...]int64{1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
	1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000,
	100_000_000_000_000, 1_000_000_000_000_000, 10_000_000_000_000_000, 100_000_000_000_000_000,
	1_000_000_000_000_000_000}

var scMaxPoints = scPoints(scMaxHundredths)

// scHundredths returns d in hundredths, and false when d has more than two
// decimal places or its size is above 10^13 points. It allocates nothing
// for a decimal whose coefficient has at most 18 digits.
func scHundredths(d decimal.Decimal) (int64, bool) {
	if d.NumDigits() > 18 { // the coefficient may not fit in int64: the slow way
		if !scInRange(d) || !scTwoPlaces(d) || d.Abs().GreaterThan(scMaxPoints) {
			return 0, false
		}
		return d.Shift(2).IntPart(), true
	}
	c, e := d.CoefficientInt64(), int64(d.Exponent())
	switch {
	case c == 0:
		return 0, true
	case e < -2:
		k := -2 - e
		if k >= int64(len(scPow10)) || c%scPow10[k] != 0 {
			return 0, false
		}
		if h := c / scPow10[k]; h <= scMaxHundredths && h >= -scMaxHundredths {
			return h, true
		}
		return 0, false
	default:
		k := e + 2
		if k >= int64(len(scPow10)) {
			return 0, false
		}
		limit := scMaxHundredths / scPow10[k]
		if c > limit || c < -limit {
			return 0, false
		}
		return c * scPow10[k], true
	}
}

// scPoints returns h hundredths as a decimal number of points.
func scPoints(h int64) decimal.Decimal { return decimal.New(h, -2) }

// scFormatPoints writes h hundredths with two places: 8550 → "85.50".
func scFormatPoints(h int64) string { return scPoints(h).StringFixed(2) }
