package audit_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scFull returns an evaluation of every indicator of card (none excluded)
// whose awarded points add up to total: full marks, less the shortfall taken
// from the indicators in order.
func scFull(t testing.TB, card audit.Scorecard, total string, excluded ...string) audit.Evaluation {
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
	shortfall = shortfall.Sub(scDec(t, total))
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

// TestScoreThresholds scores GB/T 27922 evaluations at each edge of each
// grade (shared/DOMAIN.md §4, issue 3): all indicators applicable, so the
// score is the points awarded.
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
			r, err := card.Score(scFull(t, card, tc.awarded))
			require.NoError(t, err)
			scAssertDecimal(t, "100", r.Applicable)
			scAssertDecimal(t, tc.awarded, r.Awarded)
			scAssertDecimal(t, tc.awarded, r.Score)
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
			r, err := card.Score(scFull(t, card, tc.awarded, tc.excluded...))
			require.NoError(t, err)
			scAssertDecimal(t, tc.applicable, r.Applicable)
			scAssertDecimal(t, tc.awarded, r.Awarded)
			scAssertDecimal(t, tc.score, r.Score)
			assert.Equal(t, tc.score, r.Score.StringFixed(2))
			assert.Equal(t, tc.level, r.Level)
		})
	}
}

// TestScoreRounding: two places, half up (away from zero), exactly once.
func TestScoreRounding(t *testing.T) {
	one := func(points string) audit.Scorecard {
		return audit.MustScorecard(scGroups(), []audit.Indicator{scIndicator("a", points)}, audit.DefaultGrading())
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
			r, err := one(tc.points).Score(audit.Evaluation{Awarded: map[string]decimal.Decimal{"a": scDec(t, tc.awarded)}})
			require.NoError(t, err)
			scAssertDecimal(t, tc.score, r.Score)
		})
	}
}

// TestScoreBonusAndDeductions: +1 for the bonus item (at most one: a bool),
// −1 per deduction item, clamped to 0–100 (shared/DOMAIN.md §4).
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
			e := scFull(t, card, tc.awarded)
			e.Bonus, e.Deductions = tc.bonus, tc.deductions
			r, err := card.Score(e)
			require.NoError(t, err)
			scAssertDecimal(t, tc.score, r.Score)
			scAssertDecimal(t, tc.awarded, r.Awarded, "adjustments do not change the points awarded")
			assert.Equal(t, tc.level, r.Level)
		})
	}
}

func TestScoreDoesNotChangeItsInput(t *testing.T) {
	card := audit.GBT27922()
	e := scFull(t, card, "88", "recycling")
	before := fmt.Sprint(e)
	_, err := card.Score(e)
	require.NoError(t, err)
	assert.Equal(t, before, fmt.Sprint(e))
}

func TestScoreErrors(t *testing.T) {
	card := audit.GBT27922()
	type problem struct{ indicator, text string }
	tests := []struct {
		name  string
		edit  func(e *audit.Evaluation)
		wants []problem
	}{
		{"above the maximum", func(e *audit.Evaluation) { e.Awarded["staffing"] = scDec(t, "6.01") },
			[]problem{{"staffing", "awarded 6.01 above the maximum 6"}}},
		{"below zero", func(e *audit.Evaluation) { e.Awarded["supervision"] = scDec(t, "-0.5") },
			[]problem{{"supervision", "awarded -0.5 below zero"}}},
		{"three decimal places", func(e *audit.Evaluation) { e.Awarded["repair"] = scDec(t, "5.125") },
			[]problem{{"repair", "awarded 5.125 has more than two decimal places"}}},
		{"unknown awarded code", func(e *audit.Evaluation) { e.Awarded["service_system"] = scDec(t, "1") },
			[]problem{{"service_system", "awarded to an indicator that is not on the scorecard"}}},
		{"unknown excluded code", func(e *audit.Evaluation) { e.Excluded = []string{"Recycling"} },
			[]problem{{"Recycling", "excluded but not an indicator on the scorecard"}}},
		{"awarded and excluded", func(e *audit.Evaluation) { e.Excluded = []string{"repair"} },
			[]problem{{"repair", "both awarded and excluded"}}},
		{"excluded twice", func(e *audit.Evaluation) {
			delete(e.Awarded, "repair")
			e.Excluded = []string{"repair", "repair"}
		}, []problem{{"repair", "excluded twice"}}},
		{"not scored", func(e *audit.Evaluation) { delete(e.Awarded, "complaint_handling") },
			[]problem{{"complaint_handling", "not scored"}}},
		{"negative deductions", func(e *audit.Evaluation) { e.Deductions = -1 },
			[]problem{{"", "deductions -1 must not be negative"}}},
		{"everything excluded", func(e *audit.Evaluation) {
			for code := range e.Awarded {
				e.Excluded = append(e.Excluded, code)
			}
			clear(e.Awarded)
		}, []problem{{"", "every indicator is excluded"}}},
		{"every problem is reported", func(e *audit.Evaluation) {
			e.Awarded["staffing"] = scDec(t, "7")
			e.Awarded["zzz"] = scDec(t, "1")
			e.Awarded["aaa"] = scDec(t, "1")
			delete(e.Awarded, "repair")
			e.Deductions = -2
		}, []problem{{"aaa", "not on the scorecard"}, {"zzz", "not on the scorecard"}, {"staffing", "above the maximum"}, {"repair", "not scored"}, {"", "deductions -2"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := scFull(t, card, "90")
			tc.edit(&e)
			r, err := card.Score(e)
			require.Error(t, err)
			assert.True(t, r.Equal(audit.Result{}), "no result on error")
			assert.ErrorIs(t, err, audit.ErrInvalidEvaluation)
			var joined interface{ Unwrap() []error }
			require.True(t, errors.As(err, &joined))
			got := joined.Unwrap()
			require.Len(t, got, len(tc.wants), "%v", err)
			for i, w := range tc.wants {
				var ee *audit.EvaluationError
				require.True(t, errors.As(got[i], &ee), "%v", got[i])
				assert.Equal(t, w.indicator, ee.Indicator)
				assert.Contains(t, ee.Problem, w.text)
				assert.Contains(t, ee.Error(), "audit: invalid evaluation: ")
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
			assert.ErrorContains(t, err, fmt.Sprintf("indicator %q: not scored", ind.Code))
		}
	})
}

func TestResultJSON(t *testing.T) {
	card := audit.GBT27922()
	e := scFull(t, card, "85.5")
	r, err := card.Score(e)
	require.NoError(t, err)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"applicable":"100.00","awarded":"85.50","score":"85.50","level":"three_star"}`, string(b))
	var back audit.Result
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Equal(r))

	bad := []struct{ name, doc, want string }{
		{"unknown level", `{"applicable":"100.00","awarded":"85.50","score":"85.50","level":"six_star"}`, "unknown level"},
		{"missing level", `{"applicable":"100.00","awarded":"85.50","score":"85.50"}`, "unknown level 0"},
		{"score above 100", `{"applicable":"100.00","awarded":"85.50","score":"100.01","level":"five_star"}`, "score 100.01 must be between 0 and 100"},
		{"negative score", `{"applicable":"100.00","awarded":"85.50","score":"-1","level":"not_rated"}`, "score -1 must be between 0 and 100"},
		{"awarded above applicable", `{"applicable":"90","awarded":"90.5","score":"85","level":"three_star"}`, "awarded 90.5 must be between 0 and applicable 90"},
		{"zero applicable", `{"applicable":"0","awarded":"0","score":"85","level":"three_star"}`, "applicable 0 must be positive"},
		{"three places", `{"applicable":"100","awarded":"85.555","score":"85","level":"three_star"}`, "not a decimal with at most two places"},
		{"exponent", `{"applicable":"1e2","awarded":"85","score":"85","level":"three_star"}`, "not a decimal"},
		{"number, not string", `{"applicable":100,"awarded":"85","score":"85","level":"three_star"}`, "applicable"},
		{"unknown field", `{"applicable":"100","awarded":"85","score":"85","level":"three_star","bonus":true}`, "bonus"},
		{"duplicate key", `{"applicable":"100","applicable":"100","awarded":"85","score":"85","level":"three_star"}`, "applicable"},
		{"trailing data", `{"applicable":"100","awarded":"85","score":"85","level":"three_star"} {}`, ""},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			got := r
			err := json.Unmarshal([]byte(tc.doc), &got)
			require.Error(t, err)
			assert.ErrorContains(t, err, tc.want)
			assert.True(t, got.Equal(r), "receiver unchanged")
		})
	}
	t.Run("marshalling an invalid result", func(t *testing.T) {
		_, err := json.Marshal(audit.Result{})
		assert.ErrorIs(t, err, audit.ErrInvalidResult)
	})
}

func TestResultEqual(t *testing.T) {
	a := audit.Result{Applicable: scDec(t, "100"), Awarded: scDec(t, "80"), Score: scDec(t, "80"), Level: audit.ThreeStar}
	b := audit.Result{Applicable: scDec(t, "100.00"), Awarded: scDec(t, "80.0"), Score: scDec(t, "80.00"), Level: audit.ThreeStar}
	assert.True(t, a.Equal(b))
	b.Level = audit.Compliant
	assert.False(t, a.Equal(b))
	b = a
	b.Score = scDec(t, "80.01")
	assert.False(t, a.Equal(b))
}

// FuzzScore feeds random evaluations to GB/T 27922: Score never panics, and a
// successful score is within 0–100, has at most two places and the level of
// its score; a failure matches ErrInvalidEvaluation.
func FuzzScore(f *testing.F) {
	f.Add([]byte{40, 60, 60, 60, 70, 50, 60, 50, 60, 60, 60, 60, 60, 120, 130}, "", "", false, 0)
	f.Add([]byte{255, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14}, "staffing", "3.333", true, 3)
	f.Add([]byte{255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255}, "nope", "-1", true, -1)
	card := audit.GBT27922()
	indicators := card.Indicators()
	f.Fuzz(func(t *testing.T, marks []byte, extraCode, extraPoints string, bonus bool, deductions int) {
		e := audit.Evaluation{Awarded: map[string]decimal.Decimal{}, Bonus: bonus, Deductions: deductions}
		for i, ind := range indicators {
			switch {
			case i >= len(marks):
			case marks[i] == 255:
				e.Excluded = append(e.Excluded, ind.Code)
			default:
				e.Awarded[ind.Code] = decimal.New(int64(marks[i]), -1) // 0.0 … 25.4
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
		assert.False(t, r.Score.IsNegative(), r.Score.String())
		assert.False(t, r.Score.GreaterThan(decimal.NewFromInt(100)), r.Score.String())
		assert.True(t, r.Score.Equal(r.Score.Round(2)), r.Score.String())
		assert.True(t, r.Applicable.IsPositive())
		assert.False(t, r.Awarded.GreaterThan(r.Applicable))
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
	f.Add([]byte(`{"applicable":"100.00","awarded":"85.50","score":"85.50","level":"three_star"}`))
	f.Add([]byte(`{"applicable":"1","awarded":"0","score":"0","level":"not_rated"}`))
	f.Add([]byte(`{"applicable":"-0","awarded":"00","score":"0.","level":""}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var r audit.Result
		if err := json.Unmarshal(data, &r); err != nil {
			return
		}
		require.NoError(t, r.Validate())
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var back audit.Result
		require.NoError(t, json.Unmarshal(b, &back))
		assert.True(t, back.Equal(r))
	})
}

var scSink audit.Result

func BenchmarkScore(b *testing.B) {
	card := audit.GBT27922()
	e := scFull(b, card, "87.25", "recycling")
	e.Bonus, e.Deductions = true, 2
	b.ReportAllocs()
	for b.Loop() {
		r, err := card.Score(e)
		if err != nil {
			b.Fatal(err)
		}
		scSink = r
	}
}

// TestAbsurdExponents: decimals built with huge exponents are refused (or
// graded) at once, never expanded into millions of digits.
func TestAbsurdExponents(t *testing.T) {
	huge := decimal.New(1, 10_000_000)
	tiny := decimal.New(5, -10_000_000)
	card := audit.GBT27922()
	for name, d := range map[string]decimal.Decimal{"huge": huge, "tiny": tiny} {
		t.Run(name, func(t *testing.T) {
			e := scFull(t, card, "90")
			e.Awarded["staffing"] = d
			_, err := card.Score(e)
			require.ErrorIs(t, err, audit.ErrInvalidEvaluation)
			assert.ErrorContains(t, err, `indicator "staffing": awarded `)
			assert.ErrorContains(t, err, "is out of range")
			assert.Less(t, len(err.Error()), 200)

			_, err = audit.NewGrading(d, scDec(t, "80"), scDec(t, "90"), scDec(t, "95"))
			assert.ErrorIs(t, err, audit.ErrInvalidGrading)
			assert.ErrorContains(t, err, "compliant bound")
			_, err = audit.NewScorecard(scGroups(), []audit.Indicator{{Code: "a", Group: "g", Points: d, Chinese: "x", English: "x"}}, audit.DefaultGrading())
			assert.ErrorIs(t, err, audit.ErrInvalidScorecard)
			err = audit.Result{Applicable: scDec(t, "100"), Awarded: scDec(t, "90"), Score: d, Level: audit.FourStar}.Validate()
			assert.ErrorIs(t, err, audit.ErrInvalidResult)
			assert.ErrorContains(t, err, "score")
		})
	}
	g := audit.DefaultGrading()
	assert.Equal(t, audit.FiveStar, g.Level(huge))
	assert.Equal(t, audit.NotRated, g.Level(huge.Neg()))
	assert.Equal(t, audit.NotRated, g.Level(tiny))
}
