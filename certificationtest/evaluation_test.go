package certificationtest_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificationtest"
)

// points is hundredths of a point as a decimal.
func points(h int64) decimal.Decimal { return decimal.New(h, -2) }

// card returns a scorecard with one group and an indicator for each of the
// given maxima, in hundredths, graded by g.
func card(t testing.TB, g audit.Grading, maxima ...int64) audit.Scorecard {
	t.Helper()
	indicators := make([]audit.Indicator, len(maxima))
	for i, m := range maxima {
		indicators[i] = audit.Indicator{Code: fmt.Sprintf("i%d", i), Group: "g", Points: points(m), Chinese: "指标", English: "Indicator"}
	}
	c, err := audit.NewScorecard([]audit.Group{{Code: "g", Chinese: "组", English: "Group"}}, indicators, g)
	require.NoError(t, err)
	return c
}

// TestScoredEveryScore scores every score from 0.00 to 100.00 on the
// GB/T 27922 card: each is what the card gives, with the level its
// grading gives.
func TestScoredEveryScore(t *testing.T) {
	c := audit.GBT27922()
	for h := int64(0); h <= 100_00; h++ {
		e, err := certificationtest.Scored(c, points(h))
		require.NoError(t, err, points(h))
		r, err := c.Score(e)
		require.NoError(t, err, points(h))
		require.True(t, r.Score.Equal(points(h)), "%s scores %s", points(h), r.Score)
		require.Equal(t, c.Grading().Level(points(h)), r.Level)
		require.Len(t, e.Awarded, len(c.Indicators()))
		require.Empty(t, e.Excluded)
	}
}

// TestScoredSmallCards checks, on cards of fewer than 100 points, that
// Scored reaches exactly the scores some awarded points give: the test
// finds them by scoring every number of hundredths a one-indicator card
// can award.
func TestScoredSmallCards(t *testing.T) {
	for _, total := range []int64{1, 7, 10_00, 33_33, 99_99} {
		c := card(t, audit.DefaultGrading(), total)
		reachable := map[int64]bool{}
		for a := int64(0); a <= total; a++ {
			r, err := c.Score(audit.Evaluation{Awarded: map[string]decimal.Decimal{"i0": points(a)}})
			require.NoError(t, err)
			reachable[r.Score.Shift(2).IntPart()] = true
		}
		for h := int64(0); h <= 100_00; h++ {
			e, err := certificationtest.Scored(c, points(h))
			if !reachable[h] {
				require.ErrorIs(t, err, certificationtest.ErrInvalidEvaluation, "%d points, score %s", total, points(h))
				require.Equal(t, "score", fieldOf(err))
				continue
			}
			require.NoError(t, err, "%d points, score %s", total, points(h))
			r, err := c.Score(e)
			require.NoError(t, err)
			require.True(t, r.Score.Equal(points(h)), "%d points: %s scores %s", total, points(h), r.Score)
		}
	}
	_, err := certificationtest.Scored(card(t, audit.DefaultGrading(), 10_00), decimal.RequireFromString("85.55"))
	assert.EqualError(t, err, "certificationtest: invalid evaluation: score: 85.55 is not reached on a scorecard of 10.00 points: the nearest scores are 85.50 and 85.60")
}

// TestScoredShares checks how the points are shared out on a card of many
// indicators: within each maximum, in proportion, adding up exactly.
func TestScoredShares(t *testing.T) {
	c := card(t, audit.DefaultGrading(), 4_00, 6_00, 7_50, 12_25, 999_99, 0_01)
	for _, score := range []string{"0", "0.01", "33.33", "50", "70", "89.99", "90", "99.99", "100"} {
		e := certificationtest.MustScored(c, decimal.RequireFromString(score))
		r, err := c.Score(e)
		require.NoError(t, err)
		assert.True(t, r.Score.Equal(decimal.RequireFromString(score)), "%s scores %s", score, r.Score)
		for _, ind := range c.Indicators() {
			got := e.Awarded[ind.Code]
			assert.True(t, got.GreaterThanOrEqual(decimal.Zero) && got.LessThanOrEqual(ind.Points), "%s: %s of %s", ind.Code, got, ind.Points)
		}
	}
	e := certificationtest.MustScored(audit.GBT27922(), decimal.NewFromInt(50))
	assert.Equal(t, "2", e.Awarded["organization"].String(), "half of each indicator's 4 points")
	assert.Equal(t, "6.5", e.Awarded["complaint_handling"].String(), "half of 13")
}

func TestGraded(t *testing.T) {
	custom, err := audit.NewGrading(decimal.NewFromInt(60), decimal.RequireFromString("72.5"), decimal.NewFromInt(85), decimal.RequireFromString("92.25"))
	require.NoError(t, err)
	cards := map[string]audit.Scorecard{
		"gbt27922":        audit.GBT27922(),
		"custom grading":  card(t, custom, 250_00, 125_50),
		"one year option": must(audit.GBT27922().WithGrading(audit.DefaultGrading().WithStarsAfterOneYear(true))),
	}
	for name, c := range cards {
		for _, level := range audit.Levels() {
			e, err := certificationtest.Graded(c, level)
			require.NoError(t, err, "%s %s", name, level)
			r, err := c.Score(e)
			require.NoError(t, err)
			assert.Equal(t, level, r.Level, "%s %s", name, level)
			want, ok := c.Grading().Threshold(level)
			if !ok {
				want = decimal.Zero
			}
			assert.True(t, r.Score.Equal(want), "%s %s: the least score at the level, %s, not %s", name, level, want, r.Score)
			assert.True(t, certificationtest.MustGraded(c, level).Awarded[c.Indicators()[0].Code].Equal(e.Awarded[c.Indicators()[0].Code]))
		}
	}
}

func TestEvaluationErrors(t *testing.T) {
	gbt := audit.GBT27922()
	scored := []struct {
		name  string
		card  audit.Scorecard
		score decimal.Decimal
		field string
	}{
		{"zero scorecard", audit.Scorecard{}, decimal.NewFromInt(90), "scorecard"},
		{"negative", gbt, decimal.NewFromInt(-1), "score"},
		{"above 100", gbt, decimal.RequireFromString("100.01"), "score"},
		{"three places", gbt, decimal.RequireFromString("89.999"), "score"},
		{"absurd exponent", gbt, decimal.New(1, 1_000_000_000), "score"},
		{"between two steps", card(t, audit.DefaultGrading(), 10_00), decimal.RequireFromString("0.05"), "score"},
	}
	for _, tc := range scored {
		t.Run(tc.name, func(t *testing.T) {
			e, err := certificationtest.Scored(tc.card, tc.score)
			require.Error(t, err)
			assert.Nil(t, e.Awarded)
			assert.ErrorIs(t, err, certificationtest.ErrInvalidEvaluation)
			assert.Equal(t, tc.field, fieldOf(err))
			assert.PanicsWithValue(t, "certificationtest.MustScored: "+err.Error(), func() { certificationtest.MustScored(tc.card, tc.score) })
		})
	}
	unreachable, err := audit.NewGrading(decimal.RequireFromString("33.33"), decimal.NewFromInt(50), decimal.NewFromInt(60), decimal.NewFromInt(70))
	require.NoError(t, err)
	graded := []struct {
		name  string
		card  audit.Scorecard
		level audit.Level
		field string
	}{
		{"zero scorecard", audit.Scorecard{}, audit.FourStar, "scorecard"},
		{"zero level", gbt, 0, "level"},
		{"unknown level", gbt, 9, "level"},
		{"threshold between steps", card(t, unreachable, 10_00), audit.Compliant, "score"},
	}
	for _, tc := range graded {
		t.Run(tc.name, func(t *testing.T) {
			_, err := certificationtest.Graded(tc.card, tc.level)
			assert.ErrorIs(t, err, certificationtest.ErrInvalidEvaluation)
			assert.Equal(t, tc.field, fieldOf(err))
			assert.PanicsWithValue(t, "certificationtest.MustGraded: "+err.Error(), func() { certificationtest.MustGraded(tc.card, tc.level) })
		})
	}
}

// FuzzScored: on any card, a score Scored accepts is the score the card
// gives; on a card of 100 points or more, every score from 0 to 100 is
// accepted.
func FuzzScored(f *testing.F) {
	f.Add(int64(100_00), int64(0), int64(90_00))
	f.Add(int64(10_00), int64(3_33), int64(85_55))
	f.Add(int64(1), int64(0), int64(100_00))
	f.Add(int64(999_999_99), int64(1), int64(12_34))
	f.Fuzz(func(t *testing.T, first, second, score int64) {
		first, second = 1+abs(first)%100_000_000, abs(second)%100_000_000
		maxima := []int64{first}
		if second > 0 && first+second <= 100_000_000 {
			maxima = append(maxima, second)
		}
		c := card(t, audit.DefaultGrading(), maxima...)
		h := abs(score) % 100_01
		e, err := certificationtest.Scored(c, points(h))
		if err != nil {
			if !errors.Is(err, certificationtest.ErrInvalidEvaluation) || first+second >= 100_00 && len(maxima) == 2 || first >= 100_00 {
				t.Fatalf("Scored(%v points, %s): %v", maxima, points(h), err)
			}
			return
		}
		r, err := c.Score(e)
		if err != nil || !r.Score.Equal(points(h)) {
			t.Fatalf("Scored(%v points, %s) scores %s, %v", maxima, points(h), r.Score, err)
		}
	})
}

// abs returns |v|, and 0 for the least int64.
func abs(v int64) int64 {
	if v < 0 {
		return max(-v, 0)
	}
	return v
}

// must returns v, and panics on err (test set-up only).
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
