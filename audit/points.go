package audit

import (
	"github.com/aftersales/certification/internal/dec"
	"github.com/shopspring/decimal"
)

// Points are held in hundredths of a point in int64 wherever the rules
// compute with them: every figure of a scorecard, an evaluation, a grading
// and a result is a points figure (pointsSpec), so hundredths are exact, and
// scoring needs no big-number arithmetic (see [Scorecard.Score]).

// pointsSpec is the grammar and size of every points figure: at most two
// decimal places and seven integer digits (a scorecard holds at most
// 1 000 000 points). The sign is left to the rules, which say what each
// figure may be.
var pointsSpec = dec.Spec{Int: 7, Places: 2, Signed: true}

// maxTotal is the most points, in hundredths, that a scorecard may hold
// (1 000 000 points): it keeps awarded × 10 000 far inside int64.
const maxTotal = 100_000_000

// hundredths returns d in hundredths of a point, and false when d is not a
// points figure. It allocates nothing for a figure whose coefficient has at
// most 18 digits.
func hundredths(d decimal.Decimal) (int64, bool) {
	if pointsSpec.Check(d) != nil {
		return 0, false
	}
	return hundredthsOf(d), true
}

// pointsOf returns h hundredths as a decimal number of points.
func pointsOf(h int64) decimal.Decimal { return decimal.New(h, -2) }

// formatPoints writes h hundredths with two places: 8550 → "85.50".
func formatPoints(h int64) string { return pointsOf(h).StringFixed(2) }

// pointsText writes a points figure for a document: two places, "85.50".
func pointsText(d decimal.Decimal) *dec.Literal {
	l := dec.Literal(d.StringFixed(2))
	return &l
}
