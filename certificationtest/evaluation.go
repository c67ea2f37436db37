package certificationtest

import (
	"github.com/shopspring/decimal"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
)

// scoreSpec is the grammar of a score: at most three integer digits and two
// decimal places, not negative.
var scoreSpec = dec.Spec{Int: 3, Places: 2}

// Scored returns an evaluation that card scores exactly score (0 to 100,
// at most two decimal places): every indicator awarded, none excluded, no
// bonus and no deduction item, the points shared out as the package doc's
// Evaluations section says. card.Score gives exactly score for it, and the
// level the card's grading gives that score.
//
// Errors, each a [*FieldError] matching [ErrInvalidEvaluation]: the zero
// scorecard ("scorecard"); a score below 0, above 100 or with more than two
// decimal places, or one that no points on card give ("score": on a card
// of 10 points the scores go up in steps of 0.1).
func Scored(card audit.Scorecard, score decimal.Decimal) (audit.Evaluation, error) {
	if card.IsZero() {
		return audit.Evaluation{}, errs.New(ErrInvalidEvaluation, "scorecard", "is the zero scorecard, which cannot score")
	}
	if err := scoreSpec.Check(score); err != nil {
		return audit.Evaluation{}, errs.Wrap(ErrInvalidEvaluation, "score", err)
	}
	target := score.Shift(2).IntPart()
	if target > 100_00 {
		return audit.Evaluation{}, errs.New(ErrInvalidEvaluation, "score", "%s is above 100", score)
	}
	indicators := card.Indicators()
	maxima := make([]int64, len(indicators))
	var total int64
	for i, ind := range indicators {
		maxima[i] = ind.Points.Shift(2).IntPart()
		total += maxima[i]
	}
	awarded, ok := awardedFor(target, total)
	if !ok {
		return audit.Evaluation{}, errs.New(ErrInvalidEvaluation, "score", "%s is not reached on a scorecard of %s points: the nearest scores are %s and %s",
			score.StringFixed(2), decimal.New(total, -2).StringFixed(2), points(scoreOf(awarded-1, total)), points(scoreOf(awarded, total)))
	}
	e := audit.Evaluation{Awarded: make(map[string]decimal.Decimal, len(indicators))}
	for i, h := range shareOut(awarded, total, maxima) {
		e.Awarded[indicators[i].Code] = decimal.New(h, -2)
	}
	return e, nil
}

// MustScored is [Scored] for tests: it panics, naming the call, when Scored
// fails.
func MustScored(card audit.Scorecard, score decimal.Decimal) audit.Evaluation {
	e, err := Scored(card, score)
	if err != nil {
		panic("certificationtest.MustScored: " + err.Error())
	}
	return e
}

// Graded returns the evaluation [Scored] gives for the least score at level
// on card: the level's threshold in the card's grading, or 0.00 for
// audit.NotRated. card.Score grades it at level.
//
// Errors, each a [*FieldError] matching [ErrInvalidEvaluation]: the zero
// scorecard ("scorecard"); an unknown level ("level"); a threshold no points
// on card give ("score").
func Graded(card audit.Scorecard, level audit.Level) (audit.Evaluation, error) {
	if card.IsZero() {
		return audit.Evaluation{}, errs.New(ErrInvalidEvaluation, "scorecard", "is the zero scorecard, which cannot score")
	}
	if !level.IsValid() {
		return audit.Evaluation{}, errs.New(ErrInvalidEvaluation, "level", "%s is unknown", level)
	}
	threshold, ok := card.Grading().Threshold(level)
	if !ok { // NotRated: no threshold of its own
		threshold = decimal.Zero
	}
	return Scored(card, threshold)
}

// MustGraded is [Graded] for tests: it panics, naming the call, when Graded
// fails.
func MustGraded(card audit.Scorecard, level audit.Level) audit.Evaluation {
	e, err := Graded(card, level)
	if err != nil {
		panic("certificationtest.MustGraded: " + err.Error())
	}
	return e
}

// scoreOf is the score, in hundredths, of awarded hundredths of a point out
// of total, by the scoring rule of the audit package [27922]: awarded ÷
// total × 100, rounded half up to two places.
func scoreOf(awarded, total int64) int64 { return (2*awarded*10_000 + total) / (2 * total) }

// awardedFor returns the fewest awarded hundredths out of total that score
// target hundredths, and whether any do; when none do, the awarded
// hundredths that score just above target.
func awardedFor(target, total int64) (int64, bool) {
	// scoreOf(a) = target ⇔ 2·total·target − total ≤ 20 000·a < 2·total·target + total.
	low := 2*total*target - total
	a := max((low+19_999)/20_000, 0)
	return a, a <= total && scoreOf(a, total) == target
}

// shareOut shares awarded hundredths among indicators of the given maxima
// (adding up to total): each its share of awarded in proportion to its
// maximum, rounded down, and what is left one hundredth at a time to the
// first indicators with room, in order.
func shareOut(awarded, total int64, maxima []int64) []int64 {
	out := make([]int64, len(maxima))
	left := awarded
	for i, m := range maxima {
		out[i] = awarded * m / total
		left -= out[i]
	}
	for i, m := range maxima {
		add := min(m-out[i], left)
		out[i] += add
		left -= add
	}
	return out
}

// points writes hundredths of a point with two decimal places.
func points(h int64) string { return decimal.New(h, -2).StringFixed(2) }
