package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// ErrInvalidEvaluation is matched by every error [Scorecard.Score] returns
// about its [Evaluation]; each problem is also an [*EvaluationError].
var ErrInvalidEvaluation = errors.New("audit: invalid evaluation")

// ErrInvalidResult is matched by errors from [Result.Validate] and by
// [Result.UnmarshalJSON].
var ErrInvalidResult = errors.New("audit: invalid result")

// EvaluationError is one problem of an [Evaluation]: the indicator code it is
// about (empty for a problem of the whole evaluation, such as a deduction
// item listed twice) and what is wrong. It matches [ErrInvalidEvaluation].
type EvaluationError struct {
	Indicator string // indicator code as given by the caller; empty when not about one
	Problem   string // what is wrong, such as "awarded 7 above the maximum 6"
}

// Error returns "audit: invalid evaluation: indicator "x": problem".
func (e *EvaluationError) Error() string {
	if e.Indicator == "" {
		return ErrInvalidEvaluation.Error() + ": " + e.Problem
	}
	return fmt.Sprintf("%s: indicator %q: %s", ErrInvalidEvaluation, e.Indicator, e.Problem)
}

// Unwrap returns [ErrInvalidEvaluation].
func (e *EvaluationError) Unwrap() error { return ErrInvalidEvaluation }

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
// ([Result.Validate]): a result cannot claim a score its points, bonus and
// deductions do not give, nor a level its score and grading do not give.
// Points have at most two decimal places. The zero Result is not valid.
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
// of e, joined, each an [*EvaluationError] matching [ErrInvalidEvaluation]: a
// code (awarded or excluded) that is not an indicator of s; awarded points
// below zero, above the indicator's maximum, or with more than two decimal
// places; an indicator both awarded and excluded, or excluded twice; an
// indicator neither awarded nor excluded ("not scored": a forgotten
// indicator must not silently count as excluded); every indicator
// excluded; a deduction code that is not snake_case, or listed twice.
func (s Scorecard) Score(e Evaluation) (Result, error) {
	if len(s.indicators) == 0 {
		return Result{}, fmt.Errorf("%w: the zero scorecard cannot score", ErrInvalidScorecard)
	}
	var errs []error
	bad := func(code, format string, args ...any) {
		errs = append(errs, &EvaluationError{Indicator: code, Problem: fmt.Sprintf(format, args...)})
	}

	// Unknown codes, in a stable order.
	var unknown []string
	for code := range e.Awarded {
		if _, ok := s.index[code]; !ok {
			unknown = append(unknown, code)
		}
	}
	slices.Sort(unknown)
	for _, code := range unknown {
		bad(code, "awarded to an indicator that is not on the scorecard")
	}
	var small [32]bool // excluded, by indicator position; on the stack for small cards
	excluded := small[:0]
	if len(s.indicators) > len(small) {
		excluded = make([]bool, 0, len(s.indicators))
	}
	excluded = excluded[:len(s.indicators)]
	nExcluded := 0
	for _, code := range e.Excluded {
		i, ok := s.index[code]
		switch {
		case !ok:
			bad(code, "excluded but not an indicator on the scorecard")
		case excluded[i]:
			bad(code, "excluded twice")
		default:
			excluded[i] = true
			nExcluded++
		}
	}

	var applicable, awarded int64 // hundredths
	for i, ind := range s.indicators {
		points, isAwarded := e.Awarded[ind.Code]
		switch {
		case isAwarded && excluded[i]:
			bad(ind.Code, "both awarded and excluded")
		case excluded[i]:
			// Out of both sums.
		case !isAwarded:
			bad(ind.Code, "not scored: award points (0 included) or exclude it")
		default:
			if h, ok := scHundredths(points); ok && h >= 0 && h <= s.points[i] {
				applicable += s.points[i]
				awarded += h
				continue
			}
			// Say what is wrong.
			if !scInRange(points) {
				bad(ind.Code, "awarded %s is out of range", scShow(points))
				continue
			}
			if points.IsNegative() {
				bad(ind.Code, "awarded %s below zero", points)
			}
			if points.GreaterThan(ind.Points) {
				bad(ind.Code, "awarded %s above the maximum %s", points, ind.Points)
			}
			if !scTwoPlaces(points) {
				bad(ind.Code, "awarded %s has more than two decimal places", points)
			}
		}
	}
	if nExcluded == len(s.indicators) {
		bad("", "every indicator is excluded: nothing to score")
	}
	deductions := slices.Clone(e.Deductions)
	slices.Sort(deductions)
	for i, code := range deductions {
		switch {
		case !scValidCode(code):
			bad("", "deduction item %q: the code must be snake_case", code)
		case i > 0 && code == deductions[i-1]:
			bad("", "deduction item %q is listed twice", code)
		}
	}
	if len(errs) > 0 {
		return Result{}, errors.Join(errs...)
	}
	if applicable <= 0 { // unreachable: points are positive and one indicator applies
		return Result{}, &EvaluationError{Problem: "no applicable points"}
	}

	score := scoreOf(awarded, applicable, e.Bonus, len(deductions))
	return Result{
		Applicable: scPoints(applicable),
		Awarded:    scPoints(awarded),
		Score:      scPoints(score),
		Level:      s.grading.level(score),
		Bonus:      e.Bonus,
		Deductions: deductions,
		Grading:    s.grading,
	}, nil
}

// scoreOf is the scoring rule [27922], every figure in hundredths of a
// point: awarded ÷ applicable × 100, rounded half up to two places; +1 for
// the bonus; −1 for each deduction item; kept within 0–100. applicable is
// above 0 and at most scMaxTotal, awarded from 0 to applicable, so nothing
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

// Equal reports whether r and other hold the same figures (compared as
// numbers), level, bonus, deduction items and grading.
func (r Result) Equal(other Result) bool {
	return r.Applicable.Equal(other.Applicable) && r.Awarded.Equal(other.Awarded) &&
		r.Score.Equal(other.Score) && r.Level == other.Level && r.Bonus == other.Bonus &&
		slices.Equal(r.Deductions, other.Deductions) && r.Grading.Equal(other.Grading)
}

// Validate reports what is wrong with r, all problems joined, each matching
// [ErrInvalidResult]: applicable not above 0 or above 1 000 000; awarded
// below zero or above applicable; a figure with more than two decimal
// places; a deduction code that is not snake_case, or deduction codes out
// of ascending order or repeated; a score other than the one awarded,
// applicable, the bonus and the deductions give; an invalid (zero) grading;
// a level other than the one the score reaches under the grading; a figure
// whose decimal exponent is absurd (then only that is reported). Every
// Result that [Scorecard.Score] returns is valid.
func (r Result) Validate() error {
	figures := [...]struct {
		name string
		d    decimal.Decimal
	}{{"applicable", r.Applicable}, {"awarded", r.Awarded}, {"score", r.Score}}
	for _, f := range figures {
		if !scInRange(f.d) {
			return fmt.Errorf("%w: %s %s is out of range", ErrInvalidResult, f.name, scShow(f.d))
		}
	}
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidResult}, args...)...))
	}
	var h [3]int64
	ok := true
	for i, f := range figures {
		var exact bool
		if h[i], exact = scHundredths(f.d); !exact && !scTwoPlaces(f.d) {
			bad("%s %s has more than two decimal places", f.name, f.d)
			ok = false
		}
	}
	applicable, awarded, score := h[0], h[1], h[2]
	if !r.Applicable.IsPositive() || r.Applicable.GreaterThan(scPoints(scMaxTotal)) {
		bad("applicable %s must be above 0 and at most %s", r.Applicable, scFormatPoints(scMaxTotal))
		ok = false
	}
	if r.Awarded.IsNegative() || r.Awarded.GreaterThan(r.Applicable) {
		bad("awarded %s must be between 0 and applicable %s", r.Awarded, r.Applicable)
		ok = false
	}
	if r.Score.IsNegative() || r.Score.GreaterThan(scHundred) {
		bad("score %s must be between 0 and 100", r.Score)
		ok = false
	}
	for i, code := range r.Deductions {
		switch {
		case !scValidCode(code):
			bad("deduction item %q: the code must be snake_case", code)
		case i > 0 && code <= r.Deductions[i-1]:
			bad("deduction items must be in ascending order, each once: %q after %q", code, r.Deductions[i-1])
		}
	}
	if ok {
		if want := scoreOf(awarded, applicable, r.Bonus, len(r.Deductions)); score != want {
			bonus := "no bonus"
			if r.Bonus {
				bonus = "the bonus"
			}
			bad("score %s does not follow from %s of %s points, %s and %d deduction items: they give %s",
				r.Score, r.Awarded, r.Applicable, bonus, len(r.Deductions), scFormatPoints(want))
			ok = false
		}
	}
	switch {
	case !r.Grading.IsValid():
		bad("the grading has no thresholds: a result keeps the grading it was graded with")
	case !r.Level.IsValid():
		bad("unknown level %d", uint8(r.Level))
	case ok:
		if want := r.Grading.level(score); r.Level != want {
			bad("level %s does not follow from score %s under the grading: it is %s", r.Level, r.Score, want)
		}
	}
	return errors.Join(errs...)
}

type resultWire struct {
	Applicable string       `json:"applicable"`
	Awarded    string       `json:"awarded"`
	Bonus      bool         `json:"bonus"`
	Deductions *[]string    `json:"deductions"`
	Score      string       `json:"score"`
	Level      Level        `json:"level"`
	Grading    *gradingWire `json:"grading"`
}

// MarshalJSON writes r as {"applicable":"100.00","awarded":"85.50",
// "bonus":false,"deductions":["unresolved_complaint"],"score":"84.50",
// "level":"three_star","grading":{…}}: figures as strings with two decimal
// places, the level as its code, the deduction codes as a list (never
// null), the grading as [Grading.MarshalJSON] writes it. An invalid result
// is an error.
func (r Result) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	deductions := r.Deductions
	if deductions == nil {
		deductions = []string{}
	}
	return json.Marshal(resultWire{
		Applicable: r.Applicable.StringFixed(2),
		Awarded:    r.Awarded.StringFixed(2),
		Bonus:      r.Bonus,
		Deductions: &deductions,
		Score:      r.Score.StringFixed(2),
		Level:      r.Level,
		Grading:    r.Grading.wire(),
	})
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly (unknown or
// repeated fields are errors; every field but "bonus" is required), and
// validates it with [Result.Validate], so that JSON never yields a result
// whose score or level its points and grading do not give. On error r is
// unchanged.
func (r *Result) UnmarshalJSON(data []byte) error {
	var w resultWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidResult, err)
	}
	out := Result{Level: w.Level, Bonus: w.Bonus}
	var errs []error
	for _, f := range []struct {
		name string
		s    string
		d    *decimal.Decimal
	}{{"applicable", w.Applicable, &out.Applicable}, {"awarded", w.Awarded, &out.Awarded}, {"score", w.Score, &out.Score}} {
		d, err := scParsePoints(f.s)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: %s: %w", ErrInvalidResult, f.name, err))
			continue
		}
		*f.d = d
	}
	if w.Deductions == nil {
		errs = append(errs, fmt.Errorf("%w: deductions are missing", ErrInvalidResult))
	} else {
		out.Deductions = slices.Clip(*w.Deductions)
	}
	if w.Grading == nil {
		errs = append(errs, fmt.Errorf("%w: grading is missing", ErrInvalidResult))
	} else if g, err := w.Grading.grading(); err != nil {
		errs = append(errs, fmt.Errorf("%w: grading: %w", ErrInvalidResult, err))
	} else {
		out.Grading = g
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*r = out
	return nil
}

// scParsePoints reads a plain decimal string: optional minus, digits, and an
// optional point followed by one or two digits (no exponent, no plus sign,
// no spaces), at most 18 integer digits.
func scParsePoints(s string) (decimal.Decimal, error) {
	if !scPlain(strings.TrimPrefix(s, "-"), 18, 2) {
		return decimal.Decimal{}, fmt.Errorf("%q is not a decimal with at most two places", s)
	}
	return decimal.NewFromString(s)
}

// scPlain reports whether s is an unsigned plain decimal: 1 to intDigits
// digits, optionally a point and 1 to places digits (no sign, exponent or
// spaces).
func scPlain(s string, intDigits, places int) bool {
	intPart, frac, hasPoint := strings.Cut(s, ".")
	return intPart != "" && len(intPart) <= intDigits && scAllDigits(intPart) &&
		(!hasPoint || frac != "" && len(frac) <= places && scAllDigits(frac))
}

func scAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
