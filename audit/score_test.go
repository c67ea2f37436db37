package audit_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fullMarks returns an evaluation of every indicator of card (none excluded)
// whose awarded points add up to total: full marks, less the shortfall taken
// from the indicators in order.
func fullMarks(t testing.TB, card audit.Scorecard, total string, excluded ...string) audit.Evaluation {
	t.Helper()
	skip := map[string]bool{}
	for _, c := range excluded {
		skip[c] = true
	}
	e := audit.Evaluation{Awarded: map[string]decimal.Decimal{}, Excluded: excluded}
	shortfall := decimal.Zero
	for _, ind := range card.Indicators() {
		if !skip[ind.Code] {
			shortfall = shortfall.Add(ind.Points)
		}
	}
	shortfall = shortfall.Sub(decimalOf(t, total))
	require.False(t, shortfall.IsNegative(), "total %s above the applicable points", total)
	for _, ind := range card.Indicators() {
		if skip[ind.Code] {
			continue
		}
		take := decimal.Min(shortfall, ind.Points)
		e.Awarded[ind.Code] = ind.Points.Sub(take)
		shortfall = shortfall.Sub(take)
	}
	require.True(t, shortfall.IsZero())
	return e
}

// deductionCodes returns n deduction codes in ascending order: "item_0001",
// "item_0002", ….
func deductionCodes(n int) []string {
	codes := make([]string, n)
	for i := range codes {
		codes[i] = fmt.Sprintf("item_%04d", i+1)
	}
	return codes
}

// TestScoreThresholds scores GB/T 27922 evaluations at each edge of each
// grade [27922]: all indicators applicable, so the score is the points
// awarded.
func TestScoreThresholds(t *testing.T) {
	card := audit.GBT27922()
	tests := []struct {
		awarded string
		want    audit.Level
	}{
		{"0", audit.NotRated},
		{"69.99", audit.NotRated},
		{"70", audit.Compliant},
		{"79.99", audit.Compliant},
		{"80", audit.ThreeStar},
		{"89.99", audit.ThreeStar},
		{"90", audit.FourStar},
		{"94.99", audit.FourStar},
		{"95", audit.FiveStar},
		{"100", audit.FiveStar},
	}
	for _, tc := range tests {
		t.Run(tc.awarded, func(t *testing.T) {
			r, err := card.Score(fullMarks(t, card, tc.awarded))
			require.NoError(t, err)
			assertDecimal(t, "100", r.Applicable)
			assertDecimal(t, tc.awarded, r.Awarded)
			assertDecimal(t, tc.awarded, r.Score)
			assert.Equal(t, tc.want, r.Level)
		})
	}
}

// TestScoreExclusions: excluded indicators leave both sums, and the score is a
// percentage of what applies, rounded half up to two places.
func TestScoreExclusions(t *testing.T) {
	card := audit.GBT27922()
	tests := []struct {
		name              string
		excluded          []string
		awarded           string
		applicable, score string
		level             audit.Level
	}{
		// recycling (6) excluded: 94 applicable.
		{"69.99 (65.79/94 = 69.989…)", []string{"recycling"}, "65.79", "94", "69.99", audit.NotRated},
		{"70 (65.8/94)", []string{"recycling"}, "65.8", "94", "70.00", audit.Compliant},
		{"79.99 (75.19/94 = 79.989…)", []string{"recycling"}, "75.19", "94", "79.99", audit.Compliant},
		{"80 (75.2/94)", []string{"recycling"}, "75.2", "94", "80.00", audit.ThreeStar},
		{"89.99 (84.59/94 = 89.989…)", []string{"recycling"}, "84.59", "94", "89.99", audit.ThreeStar},
		{"90 (84.6/94)", []string{"recycling"}, "84.6", "94", "90.00", audit.FourStar},
		{"94.99 (89.29/94 = 94.989…)", []string{"recycling"}, "89.29", "94", "94.99", audit.FourStar},
		{"95 (89.3/94)", []string{"recycling"}, "89.3", "94", "95.00", audit.FiveStar},
		{"100 (94/94)", []string{"recycling"}, "94", "94", "100.00", audit.FiveStar},
		// recycling and delivery_installation (12) excluded: 88 applicable.
		{"two excluded", []string{"recycling", "delivery_installation"}, "66", "88", "75.00", audit.Compliant},
		// only complaint handling (13) applies.
		{"all but one excluded", []string{
			"organization", "staffing", "resources", "specifications", "supervision", "improvement", "service_culture",
			"product_information", "technical_support", "delivery_installation", "repair", "quality_assurance",
			"recycling", "customer_relations",
		}, "9.5", "13", "73.08", audit.Compliant}, // 73.0769…
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := card.Score(fullMarks(t, card, tc.awarded, tc.excluded...))
			require.NoError(t, err)
			assertDecimal(t, tc.applicable, r.Applicable)
			assertDecimal(t, tc.awarded, r.Awarded)
			assertDecimal(t, tc.score, r.Score)
			assert.Equal(t, tc.score, r.Score.StringFixed(2))
			assert.Equal(t, tc.level, r.Level)
		})
	}
}

// TestScoreRounding: two places, half up (away from zero), exactly once.
func TestScoreRounding(t *testing.T) {
	one := func(points string) audit.Scorecard {
		return audit.MustNewScorecard(oneGroup(), []audit.Indicator{indicatorOf("a", points)}, audit.DefaultGrading())
	}
	tests := []struct {
		name, points, awarded, score string
	}{
		{"exact half rounds up (0.01/8 = 0.125 %)", "8", "0.01", "0.13"},
		{"exact half rounds up (7.99/8 = 99.875 %)", "8", "7.99", "99.88"},
		{"below half rounds down (1/3)", "3", "1", "33.33"},
		{"above half rounds up (2/3)", "3", "2", "66.67"},
		{"repeating 6 rounds up (5.6/6 = 93.333…)", "6", "5.6", "93.33"},
		{"no rounding needed", "4", "3", "75"},
		{"just under 70 stays under (6.99/9.99 = 69.9699…)", "9.99", "6.99", "69.97"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := one(tc.points).Score(audit.Evaluation{Awarded: map[string]decimal.Decimal{"a": decimalOf(t, tc.awarded)}})
			require.NoError(t, err)
			assertDecimal(t, tc.score, r.Score)
		})
	}
}

// TestScoreBonusAndDeductions: +1 for the bonus item (at most one: a bool),
// −1 per deduction item, clamped to 0–100 [27922]; the result keeps the
// bonus and the deduction items, in ascending order.
func TestScoreBonusAndDeductions(t *testing.T) {
	card := audit.GBT27922()
	tests := []struct {
		name       string
		awarded    string
		bonus      bool
		deductions int
		score      string
		level      audit.Level
	}{
		{"bonus", "85", true, 0, "86", audit.ThreeStar},
		{"bonus lifts to a grade", "94.5", true, 0, "95.5", audit.FiveStar},
		{"bonus lifts to compliant", "69.01", true, 0, "70.01", audit.Compliant},
		{"three deductions", "85", false, 3, "82", audit.ThreeStar},
		{"a bonus and three deductions", "85", true, 3, "83", audit.ThreeStar},
		{"deduction drops a grade", "80.5", false, 1, "79.5", audit.Compliant},
		{"deductions drop below compliant", "71", false, 2, "69", audit.NotRated},
		{"clamped at 100", "100", true, 0, "100", audit.FiveStar},
		{"clamped at 100 from 99.5", "99.5", true, 0, "100", audit.FiveStar},
		{"clamped at 0", "1.5", false, 2, "0", audit.NotRated},
		{"clamped at 0 from 0", "0", false, 1000, "0", audit.NotRated},
		{"bonus on zero", "0", true, 0, "1", audit.NotRated},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := fullMarks(t, card, tc.awarded)
			e.Bonus, e.Deductions = tc.bonus, deductionCodes(tc.deductions)
			slices.Reverse(e.Deductions)
			r, err := card.Score(e)
			require.NoError(t, err)
			assertDecimal(t, tc.score, r.Score)
			assertDecimal(t, tc.awarded, r.Awarded, "adjustments do not change the points awarded")
			assert.Equal(t, tc.level, r.Level)
			assert.Equal(t, tc.bonus, r.Bonus)
			assert.Equal(t, deductionCodes(tc.deductions), r.Deductions, "kept, in ascending order")
			assert.True(t, r.Grading.Equal(card.Grading()))
			assert.NoError(t, r.Validate())
		})
	}
}

func TestScoreDoesNotChangeItsInput(t *testing.T) {
	card := audit.GBT27922()
	e := fullMarks(t, card, "88", "recycling")
	e.Deductions = []string{"zeta", "alpha"}
	before := fmt.Sprint(e)
	r, err := card.Score(e)
	require.NoError(t, err)
	assert.Equal(t, before, fmt.Sprint(e), "the caller's deductions are not sorted in place")
	r.Deductions[0] = "changed"
	assert.Equal(t, []string{"zeta", "alpha"}, e.Deductions, "the result holds its own copy")
}

func TestScoreErrors(t *testing.T) {
	card := audit.GBT27922()
	type problem struct{ field, text string }
	tests := []struct {
		name  string
		edit  func(e *audit.Evaluation)
		wants []problem
	}{
		{"above the maximum", func(e *audit.Evaluation) { e.Awarded["staffing"] = decimalOf(t, "6.01") },
			[]problem{{"awarded.staffing", "6.01 is above the maximum 6"}}},
		{"below zero", func(e *audit.Evaluation) { e.Awarded["supervision"] = decimalOf(t, "-0.5") },
			[]problem{{"awarded.supervision", "-0.5 is below zero"}}},
		{"three decimal places", func(e *audit.Evaluation) { e.Awarded["repair"] = decimalOf(t, "5.125") },
			[]problem{{"awarded.repair", "5.125 has more than 2 decimal places"}}},
		{"unknown awarded code", func(e *audit.Evaluation) { e.Awarded["service_system"] = decimalOf(t, "1") },
			[]problem{{"awarded", `"service_system" is not an indicator on the scorecard`}}},
		{"unknown excluded code", func(e *audit.Evaluation) { e.Excluded = []string{"Recycling"} },
			[]problem{{"excluded[0]", `"Recycling" is not an indicator on the scorecard`}}},
		{"awarded and excluded", func(e *audit.Evaluation) { e.Excluded = []string{"repair"} },
			[]problem{{"awarded.repair", "both awarded and excluded"}}},
		{"excluded twice", func(e *audit.Evaluation) {
			delete(e.Awarded, "repair")
			e.Excluded = []string{"repair", "repair"}
		}, []problem{{"excluded[1]", "repair is excluded twice"}}},
		{"not scored", func(e *audit.Evaluation) { delete(e.Awarded, "complaint_handling") },
			[]problem{{"awarded.complaint_handling", "not scored"}}},
		{"deduction code not snake_case", func(e *audit.Evaluation) { e.Deductions = []string{"Unresolved complaint"} },
			[]problem{{"deductions[0]", `"Unresolved complaint" must be a snake_case code`}}},
		{"empty deduction code", func(e *audit.Evaluation) { e.Deductions = []string{""} },
			[]problem{{"deductions[0]", `"" must be a snake_case code`}}},
		{"deduction listed twice", func(e *audit.Evaluation) { e.Deductions = []string{"b", "a", "b"} },
			[]problem{{"deductions[2]", `"b" is listed twice`}}},
		{"everything excluded", func(e *audit.Evaluation) {
			for code := range e.Awarded {
				e.Excluded = append(e.Excluded, code)
			}
			clear(e.Awarded)
		}, []problem{{"excluded", "every indicator is excluded"}}},
		{"every problem is reported", func(e *audit.Evaluation) {
			e.Awarded["staffing"] = decimalOf(t, "7")
			e.Awarded["zzz"] = decimalOf(t, "1")
			e.Awarded["aaa"] = decimalOf(t, "1")
			delete(e.Awarded, "repair")
			e.Deductions = []string{"x", "x"}
		}, []problem{{"awarded", `"aaa" is not an indicator on the scorecard`}, {"awarded", `"zzz" is not an indicator on the scorecard`},
			{"awarded.staffing", "above the maximum"}, {"awarded.repair", "not scored"}, {"deductions[1]", `"x" is listed twice`}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := fullMarks(t, card, "90")
			tc.edit(&e)
			r, err := card.Score(e)
			require.Error(t, err)
			assert.True(t, r.Equal(audit.Result{}), "no result on error")
			assert.ErrorIs(t, err, audit.ErrInvalidEvaluation)
			got := []error{err}
			if joined, ok := err.(interface{ Unwrap() []error }); ok {
				got = joined.Unwrap()
			}
			require.Len(t, got, len(tc.wants), "%v", err)
			for i, w := range tc.wants {
				var fe *audit.FieldError
				require.True(t, errors.As(got[i], &fe), "%v", got[i])
				assert.Equal(t, w.field, fe.Field)
				assert.Contains(t, fe.Err.Error(), w.text)
				assert.ErrorIs(t, got[i], audit.ErrInvalidEvaluation)
				assert.Contains(t, fe.Error(), "audit: invalid evaluation: "+w.field+": ")
			}
		})
	}
	t.Run("the zero scorecard", func(t *testing.T) {
		_, err := audit.Scorecard{}.Score(audit.Evaluation{})
		assert.ErrorIs(t, err, audit.ErrInvalidScorecard)
	})
	t.Run("empty evaluation names every indicator", func(t *testing.T) {
		_, err := card.Score(audit.Evaluation{})
		require.ErrorIs(t, err, audit.ErrInvalidEvaluation)
		for _, ind := range card.Indicators() {
			assert.ErrorContains(t, err, fmt.Sprintf("awarded.%s: not scored", ind.Code))
		}
	})
}

// defaultGradingJSON is the JSON of DefaultGrading.
const defaultGradingJSON = `"grading":{"compliant":"70.00","three_star":"80.00","four_star":"90.00","five_star":"95.00","stars_after_one_year":false}`

func TestResultJSON(t *testing.T) {
	card := audit.GBT27922()
	e := fullMarks(t, card, "85.5")
	e.Bonus, e.Deductions = true, []string{"unresolved_complaint"}
	r, err := card.Score(e)
	require.NoError(t, err)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Equal(t, `{"applicable":"100.00","awarded":"85.50","bonus":true,"deductions":["unresolved_complaint"],`+
		`"score":"85.50","level":"three_star",`+defaultGradingJSON+`}`, string(b))
	var back audit.Result
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Equal(r))

	plain, err := card.Score(fullMarks(t, card, "85.5"))
	require.NoError(t, err)
	b, err = json.Marshal(plain)
	require.NoError(t, err)
	assert.Equal(t, `{"applicable":"100.00","awarded":"85.50","bonus":false,"deductions":[],"score":"85.50","level":"three_star",`+
		defaultGradingJSON+`}`, string(b), "no deductions: an empty list, never null")

	valid := `{"applicable":"100.00","awarded":"85.50","bonus":false,"deductions":[],"score":"85.50","level":"three_star",` + defaultGradingJSON + `}`
	edit := func(old, new string) string {
		require.Contains(t, valid, old)
		return strings.Replace(valid, old, new, 1)
	}
	require.NoError(t, json.Unmarshal([]byte(edit(`"bonus":false,`, ``)), &back), "bonus may be left out")
	assert.True(t, back.Equal(plain))

	bad := []struct{ name, doc, want string }{
		{"unknown level", edit(`"three_star"`, `"six_star"`), `level: "six_star" is not a known level`},
		{"missing level", edit(`,"level":"three_star"`, ``), "level: is missing"},
		{"null level", edit(`"level":"three_star"`, `"level":null`), "level: is missing"},
		{"score above 100", edit(`"score":"85.50"`, `"score":"100.01"`), "score: 100.01 must be between 0 and 100"},
		{"negative score", edit(`"score":"85.50"`, `"score":"-1"`), "score: -1 must be between 0 and 100"},
		{"awarded above applicable", edit(`"applicable":"100.00","awarded":"85.50"`, `"applicable":"90","awarded":"90.5"`), "awarded: 90.5 must be between 0 and applicable 90"},
		{"zero applicable", edit(`"applicable":"100.00"`, `"applicable":"0"`), "applicable: 0 must be above 0"},
		{"applicable beyond any scorecard", edit(`"applicable":"100.00"`, `"applicable":"1000000.01"`), "at most 1000000.00"},
		{"three places", edit(`"awarded":"85.50"`, `"awarded":"85.555"`), "awarded: 85.555 has more than 2 decimal places"},
		{"exponent", edit(`"applicable":"100.00"`, `"applicable":"1e2"`), `applicable: "1e2" is not a plain decimal`},
		{"number with an exponent", edit(`"applicable":"100.00"`, `"applicable":1e2`), `applicable: "1e2" is not a plain decimal`},
		{"figure as a list", edit(`"applicable":"100.00"`, `"applicable":[100]`), `applicable: "[100]" is not a plain decimal`},
		{"unknown field", edit(`"bonus":false`, `"bonus":false,"note":"x"`), "note"},
		{"duplicate key", edit(`"applicable":"100.00"`, `"applicable":"100.00","applicable":"100.00"`), "applicable"},
		{"trailing data", valid + ` {}`, ""},
		{"missing deductions", edit(`"deductions":[],`, ``), "deductions: is missing"},
		{"null deductions", edit(`"deductions":[]`, `"deductions":null`), "deductions: is missing"},
		{"deductions out of order", edit(`"deductions":[],"score":"85.50"`, `"deductions":["b","a"],"score":"83.50"`), `"a" after "b"`},
		{"deduction repeated", edit(`"deductions":[],"score":"85.50"`, `"deductions":["a","a"],"score":"83.50"`), `"a" after "a"`},
		{"deduction code not snake_case", edit(`"deductions":[],"score":"85.50"`, `"deductions":["A"],"score":"84.50"`), `deductions[0]: "A" must be a snake_case code`},
		{"missing grading", edit(`,`+defaultGradingJSON, ``), "grading: is missing"},
		{"bad grading", edit(`"three_star":"80.00"`, `"three_star":"60.00"`), "grading"},
		// A score or level the points and grading do not give.
		{"score not from the points", edit(`"score":"85.50"`, `"score":"95.50"`), "score: 95.5 does not follow from 85.5 of 100 points, no bonus and 0 deduction items: they give 85.50"},
		{"bonus not counted", edit(`"bonus":false`, `"bonus":true`), "they give 86.50"},
		{"deduction not counted", edit(`"deductions":[]`, `"deductions":["unresolved_complaint"]`), "1 deduction items: they give 84.50"},
		{"level not from the score", edit(`"three_star"`, `"five_star"`), "level: five_star does not follow from score 85.5 under the grading: it is three_star"},
		{"level not from the grading", edit(`"compliant":"70.00","three_star":"80.00"`, `"compliant":"86.00","three_star":"87.00"`), "it is not_rated"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			got := r
			err := json.Unmarshal([]byte(tc.doc), &got)
			require.Error(t, err)
			if tc.want != "" { // trailing data is refused by encoding/json itself
				assert.ErrorIs(t, err, audit.ErrInvalidResult)
			}
			assert.ErrorContains(t, err, tc.want)
			assert.True(t, got.Equal(r), "receiver unchanged")
		})
	}
	t.Run("marshalling an invalid result", func(t *testing.T) {
		_, err := json.Marshal(audit.Result{})
		assert.ErrorIs(t, err, audit.ErrInvalidResult)
	})
}

// TestResultForgedScoreRefused: a Result claiming 100 points and five stars
// for 0 of 100 awarded is refused by Validate, and so by WithResult and
// JSON; so is any score that its points, bonus and deductions do not give.
func TestResultForgedScoreRefused(t *testing.T) {
	card := audit.GBT27922()
	zero, err := card.Score(fullMarks(t, card, "0"))
	require.NoError(t, err)
	require.NoError(t, zero.Validate())
	forged := zero
	forged.Score, forged.Level = decimal.NewFromInt(100), audit.FiveStar

	err = forged.Validate()
	require.ErrorIs(t, err, audit.ErrInvalidResult)
	assert.ErrorContains(t, err, "score: 100 does not follow from 0 of 100 points, no bonus and 0 deduction items: they give 0.00")

	a, err := audit.NewAudit(audit.Stage2, dayOf(t, "2026-03-09"), dayOf(t, "2026-03-10"))
	require.NoError(t, err)
	_, err = a.WithResult(forged)
	assert.ErrorIs(t, err, audit.ErrInvalidAudit)
	assert.ErrorIs(t, err, audit.ErrInvalidResult)

	_, err = json.Marshal(forged)
	assert.ErrorIs(t, err, audit.ErrInvalidResult, "a forged result is not written")
	doc := `{"applicable":"100.00","awarded":"0.00","bonus":false,"deductions":[],"score":"100.00","level":"five_star",` + defaultGradingJSON + `}`
	var got audit.Result
	assert.ErrorIs(t, json.Unmarshal([]byte(doc), &got), audit.ErrInvalidResult)
	auditDoc := `{"kind":"stage2","first_day":"2026-03-09","last_day":"2026-03-10","findings":[],"result":` + doc + `}`
	var gotAudit audit.Audit
	assert.ErrorIs(t, json.Unmarshal([]byte(auditDoc), &gotAudit), audit.ErrInvalidResult)

	cases := []struct {
		name string
		edit func(r *audit.Result)
		want string
	}{
		{"one hundredth more", func(r *audit.Result) { r.Score = decimalOf(t, "85.51") }, "they give 85.50"},
		{"one hundredth less", func(r *audit.Result) { r.Score = decimalOf(t, "85.49") }, "they give 85.50"},
		{"more points awarded than the score shows", func(r *audit.Result) { r.Awarded = decimalOf(t, "90") }, "they give 89.00"},
		{"a deduction dropped", func(r *audit.Result) { r.Deductions = nil }, "they give 86.50"},
		{"a bonus claimed", func(r *audit.Result) { r.Bonus = true }, "they give 86.50"},
		{"no grading", func(r *audit.Result) { r.Grading = audit.Grading{} }, "grading: has no thresholds"},
	}
	e := fullMarks(t, card, "86.5")
	e.Deductions = []string{"unresolved_complaint"}
	r, err := card.Score(e) // 86.50 − 1 = 85.50
	require.NoError(t, err)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			bad := r
			tc.edit(&bad)
			err := bad.Validate()
			assert.ErrorIs(t, err, audit.ErrInvalidResult)
			assert.ErrorContains(t, err, tc.want)
		})
	}
}

// TestResultForgedLevelRefused: the level must be the one the score reaches
// under the grading the result carries, at every threshold edge.
func TestResultForgedLevelRefused(t *testing.T) {
	card := audit.GBT27922()
	for _, score := range []string{"69.99", "70", "79.99", "80", "89.99", "90", "94.99", "95", "100"} {
		r, err := card.Score(fullMarks(t, card, score))
		require.NoError(t, err)
		for _, l := range audit.Levels() {
			forged := r
			forged.Level = l
			err := forged.Validate()
			if l == r.Level {
				assert.NoError(t, err, "%s %s", score, l)
				continue
			}
			assert.ErrorIs(t, err, audit.ErrInvalidResult, "%s %s", score, l)
			assert.ErrorContains(t, err, "does not follow from score")
		}
	}
	// The same figures under another grading give another level.
	r, err := card.Score(fullMarks(t, card, "85"))
	require.NoError(t, err)
	strict, err := audit.NewGrading(decimalOf(t, "86"), decimalOf(t, "90"), decimalOf(t, "95"), decimalOf(t, "99"))
	require.NoError(t, err)
	forged := r
	forged.Grading = strict
	assert.ErrorContains(t, forged.Validate(), "level: three_star does not follow from score 85 under the grading: it is not_rated")
	forged.Level = audit.NotRated
	assert.NoError(t, forged.Validate())
}

func TestResultEqual(t *testing.T) {
	card := audit.GBT27922()
	a, err := card.Score(fullMarks(t, card, "80"))
	require.NoError(t, err)
	b := a
	b.Applicable, b.Awarded, b.Score = decimalOf(t, "100.00"), decimalOf(t, "80.0"), decimalOf(t, "80.00")
	assert.True(t, a.Equal(b), "figures compare as numbers")
	for name, edit := range map[string]func(r *audit.Result){
		"level":      func(r *audit.Result) { r.Level = audit.Compliant },
		"score":      func(r *audit.Result) { r.Score = decimalOf(t, "80.01") },
		"bonus":      func(r *audit.Result) { r.Bonus = true },
		"deductions": func(r *audit.Result) { r.Deductions = []string{"a"} },
		"grading":    func(r *audit.Result) { r.Grading = r.Grading.WithStarsAfterOneYear(true) },
	} {
		c := a
		edit(&c)
		assert.False(t, a.Equal(c), name)
	}
}

// referenceScore is the scoring rule with decimals, as the package
// documentation states it: awarded ÷ applicable × 100 rounded half up to two
// places, +1 for the bonus, −1 per deduction item, kept within 0–100.
func referenceScore(card audit.Scorecard, e audit.Evaluation) (applicable, awarded, score decimal.Decimal) {
	excluded := map[string]bool{}
	for _, code := range e.Excluded {
		excluded[code] = true
	}
	applicable, awarded = decimal.Zero, decimal.Zero
	for _, ind := range card.Indicators() {
		if !excluded[ind.Code] {
			applicable = applicable.Add(ind.Points)
			awarded = awarded.Add(e.Awarded[ind.Code])
		}
	}
	score = awarded.Mul(decimal.NewFromInt(100)).DivRound(applicable, 2)
	if e.Bonus {
		score = score.Add(decimal.NewFromInt(1))
	}
	score = score.Sub(decimal.NewFromInt(int64(len(e.Deductions))))
	return applicable, awarded, decimal.Min(decimal.Max(score, decimal.Zero), decimal.NewFromInt(100))
}

// FuzzScore feeds random evaluations to GB/T 27922 and to a scorecard of odd
// points: Score never panics; a successful score is what the rule, computed
// with decimals, gives (the hundredths arithmetic is equivalent), has the
// level of its score, validates and round-trips through JSON; a failure
// matches ErrInvalidEvaluation.
func FuzzScore(f *testing.F) {
	f.Add([]byte{40, 60, 60, 60, 70, 50, 60, 50, 60, 60, 60, 60, 60, 120, 130}, "", "", false, uint8(0), false)
	f.Add([]byte{255, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}, "staffing", "3.333", true, uint8(3), false)
	f.Add([]byte{255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255}, "nope", "-1", true, uint8(1), false)
	f.Add([]byte{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}, "", "", true, uint8(7), true)
	f.Add([]byte{199, 3}, "a", "19.99", false, uint8(0), true)
	odd := audit.MustNewScorecard(oneGroup(), []audit.Indicator{indicatorOf("a", "19.99"), indicatorOf("b", "0.03"),
		indicatorOf("c", "7.77"), indicatorOf("d", "333.33")}, audit.DefaultGrading())
	f.Fuzz(func(t *testing.T, marks []byte, extraCode, extraPoints string, bonus bool, deductions uint8, useOdd bool) {
		card := audit.GBT27922()
		if useOdd {
			card = odd
		}
		e := audit.Evaluation{Awarded: map[string]decimal.Decimal{}, Bonus: bonus, Deductions: deductionCodes(int(deductions % 120))}
		for i, ind := range card.Indicators() {
			switch {
			case i >= len(marks):
			case marks[i] == 255:
				e.Excluded = append(e.Excluded, ind.Code)
			default: // a share of the maximum in hundredths, sometimes above it
				e.Awarded[ind.Code] = ind.Points.Mul(decimal.NewFromInt(int64(marks[i]))).DivRound(decimal.NewFromInt(200), 2)
			}
		}
		if extraCode != "" {
			if d, err := decimal.NewFromString(extraPoints); err == nil && len(extraPoints) < 40 {
				e.Awarded[extraCode] = d
			} else {
				e.Excluded = append(e.Excluded, extraCode)
			}
		}
		r, err := card.Score(e)
		if err != nil {
			assert.ErrorIs(t, err, audit.ErrInvalidEvaluation)
			return
		}
		applicable, awarded, score := referenceScore(card, e)
		assert.True(t, r.Applicable.Equal(applicable), "applicable %s, the rule gives %s", r.Applicable, applicable)
		assert.True(t, r.Awarded.Equal(awarded), "awarded %s, the rule gives %s", r.Awarded, awarded)
		assert.True(t, r.Score.Equal(score), "score %s, the rule gives %s", r.Score, score)
		assert.Equal(t, card.Grading().Level(r.Score), r.Level)
		assert.NoError(t, r.Validate())
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var back audit.Result
		require.NoError(t, json.Unmarshal(b, &back))
		assert.True(t, back.Equal(r))
	})
}

func FuzzResultJSON(f *testing.F) {
	f.Add([]byte(`{"applicable":"100.00","awarded":"85.50","bonus":false,"deductions":[],"score":"85.50","level":"three_star",` + defaultGradingJSON + `}`))
	f.Add([]byte(`{"applicable":"100.00","awarded":"85.50","bonus":true,"deductions":["a","b"],"score":"84.50","level":"three_star",` + defaultGradingJSON + `}`))
	f.Add([]byte(`{"applicable":1,"awarded":0,"deductions":[],"score":0.0,"level":"not_rated",` + defaultGradingJSON + `}`))
	f.Add([]byte(`{"applicable":"-0","awarded":"00","score":"0.","level":""}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if r, ok := checkDocument[audit.Result](t, data, audit.ErrInvalidResult); ok {
			require.NoError(t, r.Validate())
		}
	})
}

var resultSink audit.Result

// benchEvaluation is the benchmark's evaluation: GB/T 27922 with one
// indicator excluded, the bonus and two deduction items.
func benchEvaluation(t testing.TB) audit.Evaluation {
	e := fullMarks(t, audit.GBT27922(), "87.25", "recycling")
	e.Bonus, e.Deductions = true, []string{"unresolved_complaint", "late_repair"}
	return e
}

func BenchmarkScore(b *testing.B) {
	card := audit.GBT27922()
	e := benchEvaluation(b)
	b.ReportAllocs()
	for b.Loop() {
		r, err := card.Score(e)
		if err != nil {
			b.Fatal(err)
		}
		resultSink = r
	}
}

// BenchmarkScoreDecimalBaseline is the same scoring done the plain way, in
// decimals (referenceScore), for comparison in the same run.
func BenchmarkScoreDecimalBaseline(b *testing.B) {
	card := audit.GBT27922()
	e := benchEvaluation(b)
	b.ReportAllocs()
	for b.Loop() {
		_, _, score := referenceScore(card, e)
		resultSink.Score = score
	}
}

// Scoring the GB/T 27922 card counts points in hundredths: fewer than 10
// allocations (it was 87 with decimal arithmetic).
func TestScoreAllocations(t *testing.T) {
	card := audit.GBT27922()
	e := benchEvaluation(t)
	allocs := testing.AllocsPerRun(200, func() { resultSink, _ = card.Score(e) })
	assert.Less(t, allocs, 10.0)
	plain := fullMarks(t, card, "87.25")
	allocs = testing.AllocsPerRun(200, func() { resultSink, _ = card.Score(plain) })
	assert.Less(t, allocs, 10.0)
}

// TestAbsurdExponents: decimals built with huge exponents are refused (or
// graded) at once, never expanded into millions of digits.
func TestAbsurdExponents(t *testing.T) {
	huge := decimal.New(1, 10_000_000)
	tiny := decimal.New(5, -10_000_000)
	card := audit.GBT27922()
	for name, d := range map[string]decimal.Decimal{"huge": huge, "tiny": tiny} {
		t.Run(name, func(t *testing.T) {
			e := fullMarks(t, card, "90")
			e.Awarded["staffing"] = d
			_, err := card.Score(e)
			require.ErrorIs(t, err, audit.ErrInvalidEvaluation)
			assert.ErrorContains(t, err, "awarded.staffing: ")
			assert.ErrorContains(t, err, map[string]string{"huge": "has more than 7 integer digits", "tiny": "has more than 2 decimal places"}[name])
			assert.Less(t, len(err.Error()), 200)

			_, err = audit.NewGrading(d, decimalOf(t, "80"), decimalOf(t, "90"), decimalOf(t, "95"))
			assert.ErrorIs(t, err, audit.ErrInvalidGrading)
			assert.ErrorContains(t, err, "compliant: ")
			_, err = audit.NewScorecard(oneGroup(), []audit.Indicator{{Code: "a", Group: "g", Points: d, Chinese: "x", English: "x"}}, audit.DefaultGrading())
			assert.ErrorIs(t, err, audit.ErrInvalidScorecard)
			err = audit.Result{Applicable: decimalOf(t, "100"), Awarded: decimalOf(t, "90"), Score: d, Level: audit.FourStar,
				Grading: audit.DefaultGrading()}.Validate()
			assert.ErrorIs(t, err, audit.ErrInvalidResult)
			assert.ErrorContains(t, err, "score")
		})
	}
	g := audit.DefaultGrading()
	assert.Equal(t, audit.FiveStar, g.Level(huge))
	assert.Equal(t, audit.NotRated, g.Level(huge.Neg()))
	assert.Equal(t, audit.NotRated, g.Level(tiny))
}
