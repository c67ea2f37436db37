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
// about (empty for a problem of the whole evaluation, such as negative
// deductions) and what is wrong. It matches [ErrInvalidEvaluation].
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
// (shared/DOMAIN.md §4, [27922]). Every indicator of the scorecard must be
// either awarded (0 included) or excluded.
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
	// Deductions is the number of special deduction items found (−1 point
	// each); 0 means none, a negative number is an error.
	Deductions int
}

// Result is a scored audit (shared/DOMAIN.md §4, [27922]). Points have at
// most two decimal places. The zero Result is not valid ([Result.Validate]).
type Result struct {
	// Applicable is the applicable points: the scorecard's total less the
	// excluded indicators; always positive.
	Applicable decimal.Decimal
	// Awarded is the points awarded to the applicable indicators, from 0 to
	// Applicable.
	Awarded decimal.Decimal
	// Score is Awarded ÷ Applicable × 100 rounded half up to two decimal
	// places, +1 for the bonus, −1 for each deduction, kept within 0–100.
	Score decimal.Decimal
	// Level is the level Score reaches under the scorecard's grading
	// ([Grading.Level]; the one-year option is applied by [Grading.Grade]
	// when a certificate is granted).
	Level Level
}

// Score scores e against s (shared/DOMAIN.md §4, [27922]):
//
//  1. applicable = the points of every indicator not excluded; awarded = the
//     points awarded to them;
//  2. ratio = awarded ÷ applicable × 100, rounded half up to two decimal
//     places (exactly: DivRound decides the rounding on the remainder);
//  3. +1 when e.Bonus, −1 for each of e.Deductions;
//  4. clamped to 0–100;
//  5. Level from the scorecard's grading.
//
// Rounding happens once. Since the bonus and the deductions are whole points
// and the bounds 0 and 100 are whole, rounding the ratio first gives the same
// score as rounding once after the adjustments and the clamp.
//
// Errors: the zero Scorecard ([ErrInvalidScorecard]); otherwise every problem
// of e, joined, each an [*EvaluationError] matching [ErrInvalidEvaluation]: a
// code (awarded or excluded) that is not an indicator of s; awarded points
// below zero, above the indicator's maximum, or with more than two decimal
// places; an indicator both awarded and excluded, or excluded twice; an
// indicator neither awarded nor excluded ("not scored": a forgotten
// indicator must not silently count as excluded); every indicator
// excluded; negative deductions.
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
	excluded := make(map[string]bool, len(e.Excluded))
	for _, code := range e.Excluded {
		if _, ok := s.index[code]; !ok {
			bad(code, "excluded but not an indicator on the scorecard")
			continue
		}
		if excluded[code] {
			bad(code, "excluded twice")
		}
		excluded[code] = true
	}

	applicable, awarded := decimal.Zero, decimal.Zero
	for _, ind := range s.indicators {
		points, isAwarded := e.Awarded[ind.Code]
		switch {
		case isAwarded && excluded[ind.Code]:
			bad(ind.Code, "both awarded and excluded")
		case excluded[ind.Code]:
			// Out of both sums.
		case !isAwarded:
			bad(ind.Code, "not scored: award points (0 included) or exclude it")
		case !scInRange(points):
			bad(ind.Code, "awarded %s is out of range", scShow(points))
		default:
			ok := true
			if points.IsNegative() {
				bad(ind.Code, "awarded %s below zero", points)
				ok = false
			}
			if points.GreaterThan(ind.Points) {
				bad(ind.Code, "awarded %s above the maximum %s", points, ind.Points)
				ok = false
			}
			if !scTwoPlaces(points) {
				bad(ind.Code, "awarded %s has more than two decimal places", points)
				ok = false
			}
			if ok {
				applicable = applicable.Add(ind.Points)
				awarded = awarded.Add(points)
			}
		}
	}
	if len(excluded) == len(s.indicators) {
		bad("", "every indicator is excluded: nothing to score")
	}
	if e.Deductions < 0 {
		bad("", "deductions %d must not be negative", e.Deductions)
	}
	if len(errs) > 0 {
		return Result{}, errors.Join(errs...)
	}
	if !applicable.IsPositive() { // unreachable: points are positive and one indicator applies
		return Result{}, &EvaluationError{Problem: "no applicable points"}
	}

	score := awarded.Mul(scHundred).DivRound(applicable, 2)
	if e.Bonus {
		score = score.Add(decimal.NewFromInt(1))
	}
	score = score.Sub(decimal.NewFromInt(int64(e.Deductions)))
	if score.IsNegative() {
		score = decimal.Zero
	}
	if score.GreaterThan(scHundred) {
		score = scHundred
	}
	return Result{
		Applicable: applicable,
		Awarded:    awarded,
		Score:      score,
		Level:      s.grading.Level(score),
	}, nil
}

var scHundred = decimal.NewFromInt(100)

// Equal reports whether r and other hold the same figures (compared as
// numbers) and level.
func (r Result) Equal(other Result) bool {
	return r.Applicable.Equal(other.Applicable) && r.Awarded.Equal(other.Awarded) &&
		r.Score.Equal(other.Score) && r.Level == other.Level
}

// Validate reports what is wrong with r, all problems joined, each matching
// [ErrInvalidResult]: applicable not positive; awarded below zero or above
// applicable; score below 0 or above 100; a figure with more than two decimal
// places; an unknown level; a figure whose decimal exponent is absurd (then
// only that is reported). It cannot check the level against a grading
// (thresholds are data); use [Grading.Level] for that.
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
	if !r.Applicable.IsPositive() {
		bad("applicable %s must be positive", r.Applicable)
	}
	if r.Awarded.IsNegative() || r.Awarded.GreaterThan(r.Applicable) {
		bad("awarded %s must be between 0 and applicable %s", r.Awarded, r.Applicable)
	}
	if r.Score.IsNegative() || r.Score.GreaterThan(scHundred) {
		bad("score %s must be between 0 and 100", r.Score)
	}
	for _, f := range figures {
		if !scTwoPlaces(f.d) {
			bad("%s %s has more than two decimal places", f.name, f.d)
		}
	}
	if !r.Level.IsValid() {
		bad("unknown level %d", uint8(r.Level))
	}
	return errors.Join(errs...)
}

type resultWire struct {
	Applicable string `json:"applicable"`
	Awarded    string `json:"awarded"`
	Score      string `json:"score"`
	Level      Level  `json:"level"`
}

// MarshalJSON writes r as {"applicable":"100.00","awarded":"85.50",
// "score":"85.50","level":"three_star"}: figures as strings with two decimal
// places, the level as its code. An invalid result is an error.
func (r Result) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(resultWire{
		Applicable: r.Applicable.StringFixed(2),
		Awarded:    r.Awarded.StringFixed(2),
		Score:      r.Score.StringFixed(2),
		Level:      r.Level,
	})
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly (unknown or
// repeated fields are errors), and validates it with [Result.Validate]. On
// error r is unchanged.
func (r *Result) UnmarshalJSON(data []byte) error {
	var w resultWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidResult, err)
	}
	var out Result
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
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	out.Level = w.Level
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
