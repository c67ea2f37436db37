package audit

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// ErrInvalidEvaluation is matched by every error [Scorecard.Score] returns
// about its [Evaluation]; each problem is a [FieldError] naming the field,
// such as "awarded.staffing".
var ErrInvalidEvaluation = errors.New("audit: invalid evaluation")

// ErrInvalidResult is matched by errors from [Result.Validate] and by
// [Result.UnmarshalJSON].
var ErrInvalidResult = errors.New("audit: invalid result")

// Evaluation is what an auditor records for one audit against a scorecard
// [27922]. Every indicator of the scorecard must be either awarded (0
// included) or excluded.
type Evaluation struct {
	// Awarded holds the points awarded, by indicator code: from 0 to the
	// indicator's maximum, at most two decimal places.
	Awarded map[string]decimal.Decimal
	// Excluded lists the codes of the indicators that do not apply; they
	// count in neither the applicable nor the awarded points.
	Excluded []string
	// Bonus reports whether the special bonus item was earned (+1 point; at
	// most one counts).
	Bonus bool
	// Deductions lists the special deduction items found (−1 point each),
	// each once, by a snake_case code the auditor gives it, such as
	// "unresolved_complaint". Each is also a nonconformity to rectify: the
	// finding raised for it names the code ([Finding.WithDeduction]).
	Deductions []string
}

// Result is a scored audit [27922]: the points, the score and level they
// give, and what the score was made of, so that a Result checks itself
// ([Result.Validate]). Points have at most two decimal places. The zero
// Result is not valid.
type Result struct {
	// Applicable is the applicable points: the scorecard's total less the
	// excluded indicators; above 0 and at most 1 000 000.
	Applicable decimal.Decimal
	// Awarded is the points awarded to the applicable indicators, from 0 to
	// Applicable.
	Awarded decimal.Decimal
	// Score is what Awarded, Applicable, Bonus and Deductions give by the
	// scoring rule (package documentation, "Scoring and grades").
	Score decimal.Decimal
	// Level is the level Score reaches under Grading ([Grading.Level]; the
	// one-year option is applied by [Grading.Grade] when a certificate is
	// granted).
	Level Level
	// Bonus reports whether the special bonus item was earned.
	Bonus bool
	// Deductions are the codes of the special deduction items applied, in
	// ascending order, each once; each must be rectified before a decision
	// to certify ([Recommend]).
	Deductions []string
	// Grading is the grading the scorecard graded with.
	Grading Grading
}

// Score scores e against s by the rule of the package documentation
// ("Scoring and grades", [27922]) and grades the score with the
// scorecard's grading. The result keeps the bonus, the deduction items (in
// ascending order) and the grading.
//
// Errors: the zero Scorecard ([ErrInvalidScorecard]); otherwise every problem
// of e, each a [FieldError] matching [ErrInvalidEvaluation]: a code (awarded
// or excluded) that is not an indicator of s ("awarded", "excluded[i]");
// awarded points below zero, above the indicator's maximum, or with more
// than two decimal places ("awarded.<code>"); an indicator both awarded and
// excluded, or excluded twice; an indicator neither awarded nor excluded
// ("not scored": a forgotten indicator must not silently count as
// excluded); every indicator excluded; a deduction code that is not
// snake_case, or listed twice ("deductions[i]").
func (s Scorecard) Score(e Evaluation) (Result, error) {
	if s.IsZero() {
		return Result{}, errs.New(ErrInvalidScorecard, "", "the zero scorecard cannot score")
	}
	var problems errs.List
	checkAwardedCodes(s, e, &problems)
	var small [32]bool // excluded, by indicator position; on the stack for small cards
	excluded := small[:0]
	if len(s.indicators) > len(small) {
		excluded = make([]bool, 0, len(s.indicators))
	}
	excluded = excluded[:len(s.indicators)]
	markExcluded(s, e, excluded, &problems)
	applicable, awarded := sumPoints(s, e, excluded, &problems)
	deductions := sortedDeductions(e, &problems)
	if err := problems.Err(); err != nil {
		return Result{}, err
	}
	score := scoreOf(awarded, applicable, e.Bonus, len(deductions))
	return Result{
		Applicable: pointsOf(applicable),
		Awarded:    pointsOf(awarded),
		Score:      pointsOf(score),
		Level:      s.grading.level(score),
		Bonus:      e.Bonus,
		Deductions: deductions,
		Grading:    s.grading,
	}, nil
}

// checkAwardedCodes reports, in a stable order, the awarded codes that are
// not indicators of s.
func checkAwardedCodes(s Scorecard, e Evaluation, problems *errs.List) {
	var unknown []string
	for code := range e.Awarded {
		if _, ok := s.index[code]; !ok {
			unknown = append(unknown, code)
		}
	}
	slices.Sort(unknown)
	for _, code := range unknown {
		problems.New(ErrInvalidEvaluation, "awarded", "%s is not an indicator on the scorecard", errs.Quote(code))
	}
}

// markExcluded marks the excluded indicators by position, and reports
// unknown codes, codes excluded twice and an evaluation that excludes
// everything.
func markExcluded(s Scorecard, e Evaluation, excluded []bool, problems *errs.List) {
	n := 0
	for i, code := range e.Excluded {
		at, ok := s.index[code]
		switch {
		case !ok:
			problems.New(ErrInvalidEvaluation, errs.Index("excluded", i), "%s is not an indicator on the scorecard", errs.Quote(code))
		case excluded[at]:
			problems.New(ErrInvalidEvaluation, errs.Index("excluded", i), "%s is excluded twice", code)
		default:
			excluded[at] = true
			n++
		}
	}
	if n == len(s.indicators) {
		problems.New(ErrInvalidEvaluation, "excluded", "every indicator is excluded: nothing to score")
	}
}

// sumPoints adds up the applicable and awarded points, in hundredths, and
// reports every indicator awarded wrongly, both awarded and excluded, or not
// scored at all.
func sumPoints(s Scorecard, e Evaluation, excluded []bool, problems *errs.List) (applicable, awarded int64) {
	for i, ind := range s.indicators {
		points, isAwarded := e.Awarded[ind.Code]
		field := func() string { return "awarded." + ind.Code } // built only for a problem
		switch {
		case isAwarded && excluded[i]:
			problems.New(ErrInvalidEvaluation, field(), "both awarded and excluded")
		case excluded[i]:
			// Out of both sums.
		case !isAwarded:
			problems.New(ErrInvalidEvaluation, field(), "not scored: award points (0 included) or exclude it")
		default:
			h, ok := hundredths(points)
			switch {
			case !ok:
				problems.Wrap(ErrInvalidEvaluation, field(), pointsSpec.Check(points))
			case h < 0:
				problems.New(ErrInvalidEvaluation, field(), "%s is below zero", points)
			case h > s.points[i]:
				problems.New(ErrInvalidEvaluation, field(), "%s is above the maximum %s", points, ind.Points)
			default:
				applicable += s.points[i]
				awarded += h
			}
		}
	}
	return applicable, awarded
}

// sortedDeductions returns the deduction codes in ascending order, and
// reports (by its place in e) a code that is not snake_case or listed twice.
func sortedDeductions(e Evaluation, problems *errs.List) []string {
	if len(e.Deductions) == 0 {
		return slices.Clone(e.Deductions)
	}
	order := make([]int, len(e.Deductions)) // positions in e.Deductions, by code
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(e.Deductions[a], e.Deductions[b]) })
	deductions := make([]string, len(order))
	for k, i := range order {
		code := e.Deductions[i]
		deductions[k] = code
		switch {
		case !validCode(code):
			problems.New(ErrInvalidEvaluation, errs.Index("deductions", i), "%s must be a snake_case code", errs.Quote(code))
		case k > 0 && code == deductions[k-1]:
			problems.New(ErrInvalidEvaluation, errs.Index("deductions", i), "%s is listed twice", errs.Quote(code))
		}
	}
	return deductions
}

// scoreOf is the scoring rule [27922], every figure in hundredths of a
// point: awarded ÷ applicable × 100, rounded half up to two places; +1 for
// the bonus; −1 for each deduction item; kept within 0–100. applicable is
// above 0 and at most maxTotal, awarded from 0 to applicable, so nothing
// overflows.
func scoreOf(awarded, applicable int64, bonus bool, deductions int) int64 {
	// awarded/applicable × 10 000 hundredths, half up: ⌊(2·a·10⁴ + p) ÷ 2p⌋.
	score := (2*awarded*10_000 + applicable) / (2 * applicable)
	if bonus {
		score += 100
	}
	if int64(deductions) > score/100 { // more points than the score holds
		return 0
	}
	return min(score-100*int64(deductions), 10_000)
}

// IsZero reports whether r is the zero Result, which no scoring gives.
func (r Result) IsZero() bool {
	return r.Applicable.IsZero() && r.Awarded.IsZero() && r.Score.IsZero() && r.Level == 0 &&
		!r.Bonus && len(r.Deductions) == 0 && !r.Grading.IsValid()
}

// Equal reports whether r and other hold the same figures (compared as
// numbers), level, bonus, deduction items and grading.
func (r Result) Equal(other Result) bool {
	return r.Applicable.Equal(other.Applicable) && r.Awarded.Equal(other.Awarded) &&
		r.Score.Equal(other.Score) && r.Level == other.Level && r.Bonus == other.Bonus &&
		slices.Equal(r.Deductions, other.Deductions) && r.Grading.Equal(other.Grading)
}

// Validate reports what is wrong with r, every problem a [FieldError]
// matching [ErrInvalidResult]: applicable not above 0 or above 1 000 000;
// awarded below zero or above applicable; a figure with more than two
// decimal places or seven integer digits; a deduction code that is not
// snake_case, or deduction codes out of ascending order or repeated; a
// score other than the one awarded, applicable, the bonus and the
// deductions give; an invalid (zero) grading; a level other than the one
// the score reaches under the grading. Every Result that [Scorecard.Score]
// returns is valid.
func (r Result) Validate() error {
	var problems errs.List
	applicable, awarded, score, ok := r.checkFigures(&problems)
	r.checkDeductions(&problems)
	if ok {
		if want := scoreOf(awarded, applicable, r.Bonus, len(r.Deductions)); score != want {
			problems.New(ErrInvalidResult, "score", "%s does not follow from %s of %s points, %s and %d deduction items: they give %s",
				r.Score, r.Awarded, r.Applicable, r.bonusText(), len(r.Deductions), formatPoints(want))
			ok = false
		}
	}
	switch {
	case !r.Grading.IsValid():
		problems.New(ErrInvalidResult, "grading", "has no thresholds: a result keeps the grading it was graded with")
	case !r.Level.IsValid():
		problems.New(ErrInvalidResult, "level", "unknown level %d", uint8(r.Level))
	case ok:
		if want := r.Grading.level(score); r.Level != want {
			problems.New(ErrInvalidResult, "level", "%s does not follow from score %s under the grading: it is %s", r.Level, r.Score, want)
		}
	}
	return problems.Err()
}

// checkFigures reads the three figures in hundredths and reports each that
// is not a points figure or out of its range; ok is false after a problem.
func (r Result) checkFigures(problems *errs.List) (applicable, awarded, score int64, ok bool) {
	figure := func(field string, d decimal.Decimal) int64 {
		h, isPoints := hundredths(d)
		if !isPoints {
			problems.Wrap(ErrInvalidResult, field, pointsSpec.Check(d))
			ok = false
		}
		return h
	}
	ok = true
	applicable, awarded, score = figure("applicable", r.Applicable), figure("awarded", r.Awarded), figure("score", r.Score)
	if !ok {
		return applicable, awarded, score, false
	}
	if applicable <= 0 || applicable > maxTotal {
		problems.New(ErrInvalidResult, "applicable", "%s must be above 0 and at most %s", r.Applicable, formatPoints(maxTotal))
		ok = false
	}
	if awarded < 0 || awarded > applicable {
		problems.New(ErrInvalidResult, "awarded", "%s must be between 0 and applicable %s", r.Awarded, r.Applicable)
		ok = false
	}
	if score < 0 || score > 100_00 {
		problems.New(ErrInvalidResult, "score", "%s must be between 0 and 100", r.Score)
		ok = false
	}
	return applicable, awarded, score, ok
}

// checkDeductions reports deduction codes that are not snake_case, out of
// ascending order or repeated.
func (r Result) checkDeductions(problems *errs.List) {
	for i, code := range r.Deductions {
		switch {
		case !validCode(code):
			problems.New(ErrInvalidResult, errs.Index("deductions", i), "%s must be a snake_case code", errs.Quote(code))
		case i > 0 && code <= r.Deductions[i-1]:
			problems.New(ErrInvalidResult, errs.Index("deductions", i), "deduction items must be in ascending order, each once: %s after %s",
				errs.Quote(code), errs.Quote(r.Deductions[i-1]))
		}
	}
}

// bonusText says whether r counts the bonus, for messages.
func (r Result) bonusText() string {
	if r.Bonus {
		return "the bonus"
	}
	return "no bonus"
}

type resultWire struct {
	Applicable *dec.Literal `json:"applicable"`
	Awarded    *dec.Literal `json:"awarded"`
	Bonus      bool         `json:"bonus"`
	Deductions *[]string    `json:"deductions"`
	Score      *dec.Literal `json:"score"`
	Level      *string      `json:"level"`
	Grading    *gradingWire `json:"grading"`
}

// MarshalJSON writes r as the package documentation ("JSON") shows: figures
// with two decimal places, the deduction codes as a list (never null). An
// invalid result is an error.
func (r Result) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	level := r.Level.String()
	deductions := r.Deductions
	if deductions == nil {
		deductions = []string{}
	}
	return json.Marshal(resultWire{
		Applicable: pointsText(r.Applicable),
		Awarded:    pointsText(r.Awarded),
		Bonus:      r.Bonus,
		Deductions: &deductions,
		Score:      pointsText(r.Score),
		Level:      &level,
		Grading:    r.Grading.wire(),
	})
}

// resultDecoder is the jsonx.Decoder of a result, made once.
var resultDecoder = jsonx.NewDecoder(ErrInvalidResult, (*resultWire).result)

// UnmarshalJSON reads the form MarshalJSON writes, strictly, and validates
// it with [Result.Validate] (package documentation, "JSON"). On error r is
// unchanged.
func (r *Result) UnmarshalJSON(data []byte) error {
	return resultDecoder.Unmarshal(data, r)
}

// result reads the fields of w, every field but "bonus" required, and
// checks the result with [Result.Validate].
func (w *resultWire) result() (Result, error) {
	out := Result{Bonus: w.Bonus}
	var problems errs.List
	out.Applicable = pointsSpec.Read(w.Applicable, ErrInvalidResult, "applicable", &problems)
	out.Awarded = pointsSpec.Read(w.Awarded, ErrInvalidResult, "awarded", &problems)
	out.Score = pointsSpec.Read(w.Score, ErrInvalidResult, "score", &problems)
	var err error
	if w.Level == nil {
		problems.Missing(ErrInvalidResult, "level")
	} else if out.Level, err = ParseLevel(*w.Level); err != nil {
		problems.Wrap(ErrInvalidResult, "level", err)
	}
	if w.Deductions == nil {
		problems.Missing(ErrInvalidResult, "deductions")
	} else {
		out.Deductions = slices.Clip(*w.Deductions)
	}
	if w.Grading == nil {
		problems.Missing(ErrInvalidResult, "grading")
	} else if out.Grading, err = w.Grading.grading(); err != nil {
		problems.Wrap(ErrInvalidResult, "grading", err)
	}
	if err := problems.Err(); err != nil {
		return Result{}, err
	}
	return out, out.Validate()
}
