package application_test

import (
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
)

// No application carries a score or level its points and grading do not
// give, and none is certified while a special deduction item is not
// rectified [27922]: in Certify and in Decode alike.

// TestResultForgedScoreRefused: a result claiming 100 points and five stars
// for 0 of 100 awarded is refused by Certify, and by Decode in a document.
func TestResultForgedScoreRefused(t *testing.T) {
	a := reach(t, application.PendingDecision)
	before := snapshot(t, a)
	forged := score(t, 0)
	forged.Score, forged.Level = decimal.NewFromInt(100), audit.FiveStar
	_, err := a.Certify(day("2026-04-20"), forged, certID, "N-1")
	require.ErrorIs(t, err, application.ErrGuard)
	assert.ErrorIs(t, err, audit.ErrInvalidResult)
	assert.ErrorContains(t, err, "score: 100 does not follow from 0 of 100 points")
	assert.Equal(t, before, snapshot(t, a), "a refused step changes nothing")

	doc := snapshot(t, reach(t, application.Certified))
	for _, tc := range []struct{ name, old, new string }{
		{"score not from the points", `"awarded":"86.00"`, `"awarded":"0.00"`},
		{"level not from the score", `"score":"86.00","level":"three_star"`, `"score":"86.00","level":"five_star"`},
		{"a deduction dropped from the score", `"deductions":[],"score":"86.00"`, `"deductions":["unresolved_complaint"],"score":"86.00"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Contains(t, doc, tc.old)
			_, err := application.Decode([]byte(strings.ReplaceAll(doc, tc.old, tc.new)), application.AfterSalesScheme())
			assert.ErrorIs(t, err, application.ErrInvalidDocument)
			assert.ErrorIs(t, err, audit.ErrInvalidResult)
		})
	}
}

// TestCertifyRefusesAnotherGrading: a result graded with thresholds other
// than the scheme's, or for more points than the scheme's scorecard holds,
// is refused even though it is valid on its own; the stars-after-one-year
// option is the scheme's to apply and does not count.
func TestCertifyRefusesAnotherGrading(t *testing.T) {
	a := reach(t, application.PendingDecision)
	lenient := must(audit.NewGrading(decimal.NewFromInt(60), decimal.NewFromInt(70), decimal.NewFromInt(80), decimal.NewFromInt(85)))
	card := must(audit.GBT27922().WithGrading(lenient))
	r := must(card.Score(evaluation(86)))
	require.Equal(t, audit.FiveStar, r.Level, "86 is five stars from 85")
	_, err := a.Certify(day("2026-04-20"), r, certID, "N-1")
	require.ErrorIs(t, err, application.ErrGuard)
	assert.ErrorContains(t, err, "the result was graded with thresholds other than the scheme's")

	indicators := append(audit.GBT27922().Indicators(), audit.Indicator{Code: "extra", Group: audit.GroupServiceSystem,
		Points: decimal.NewFromInt(100), Chinese: "额外", English: "Extra"})
	big := must(audit.NewScorecard(audit.GBT27922().Groups(), indicators, audit.DefaultGrading()))
	e := evaluation(86)
	e.Awarded["extra"] = decimal.NewFromInt(86)
	r = must(big.Score(e))
	_, err = a.Certify(day("2026-04-20"), r, certID, "N-1")
	require.ErrorIs(t, err, application.ErrGuard)
	assert.ErrorContains(t, err, "the result counts 200.00 applicable points; the scheme's scorecard holds 100.00")

	withOption := must(audit.GBT27922().WithGrading(audit.DefaultGrading().WithStarsAfterOneYear(true)))
	_, err = a.Certify(day("2026-04-20"), must(withOption.Score(evaluation(86))), certID, "N-1")
	assert.NoError(t, err, "same thresholds")
}

// TestCertifyUnsettledDeductionRefused: a result with a special deduction
// item is not certified while the item has no settled finding, and the
// refusal names it; once its finding is settled, it is.
func TestCertifyUnsettledDeductionRefused(t *testing.T) {
	e := evaluation(87)
	e.Deductions = []string{"unresolved_complaint"}
	withDeduction := must(audit.GBT27922().Score(e)) // 87 − 1 = 86

	t.Run("no finding for the item", func(t *testing.T) {
		a, err := pendingDecision(validApplicant(), application.AfterSalesScheme())
		require.NoError(t, err)
		_, err = a.Certify(day("2026-03-02"), withDeduction, certID, "N-1")
		require.ErrorIs(t, err, application.ErrGuard)
		assert.ErrorContains(t, err, "the audit recommends certify_once_rectified")
		assert.ErrorContains(t, err, "deduction item unresolved_complaint has no finding")
	})

	// The item raised as a minor nonconformity at the end of stage 2.
	a := reach(t, application.OnSiteAudit)
	f := must(minorFinding(t, day("2026-03-18")).WithDeduction("unresolved_complaint"))
	a = must(a.RequireRectification(day("2026-03-18"), []audit.Finding{f}))
	f = must(a.Findings()[0].SubmitAction(day("2026-04-08"), "投诉已处理，升级规则已补充"))
	a = must(a.SubmitRectification(day("2026-04-08"), []audit.Finding{f}))
	pending := a

	t.Run("the item's finding is not settled", func(t *testing.T) {
		_, err := pending.CompleteRectification(day("2026-04-09"))
		require.ErrorIs(t, err, application.ErrGuard, "the finding itself holds rectification open")
	})

	f = must(f.Accept(day("2026-04-15")))
	a = must(a.ReviewRectification(day("2026-04-15"), []audit.Finding{f}))
	a = must(a.CompleteRectification(day("2026-04-15")))

	t.Run("a result without the item is refused: the finding rectifies an item it does not apply", func(t *testing.T) {
		_, err := a.Certify(day("2026-04-20"), score(t, 86), certID, "N-1")
		require.ErrorIs(t, err, application.ErrGuard)
		assert.ErrorIs(t, err, audit.ErrInvalidAudit)
		assert.ErrorContains(t, err, `rectifies deduction item "unresolved_complaint", which the result does not apply`)
	})

	a = must(a.Certify(day("2026-04-20"), withDeduction, certID, "N-1"))
	r, ok := a.Result()
	require.True(t, ok)
	assert.Equal(t, []string{"unresolved_complaint"}, r.Deductions)
	c, _ := a.Certificate()
	assert.Equal(t, audit.ThreeStar, c.Level())

	doc := snapshot(t, a)
	assert.Contains(t, doc, `"deduction":"unresolved_complaint"`)
	assert.Contains(t, doc, `"deductions":["unresolved_complaint"]`)
	back, err := application.Decode([]byte(doc), application.AfterSalesScheme())
	require.NoError(t, err)
	assert.Equal(t, doc, snapshot(t, back), "the round trip is exact")

	unlinked := strings.ReplaceAll(doc, `"deduction":"unresolved_complaint",`, ``)
	require.NotEqual(t, doc, unlinked)
	_, err = application.Decode([]byte(unlinked), application.AfterSalesScheme())
	assert.ErrorIs(t, err, application.ErrInvalidDocument)
	assert.ErrorContains(t, err, "deduction item unresolved_complaint has no finding")
}

// TestDocumentForgedGradeRefused: a document may not state a grade its
// points and grading do not give anywhere it states one: not in the
// certificate, whose grant and level follow from the decision, not in the
// stage 2 audit's result, and not in all of them at once, consistently.
func TestDocumentForgedGradeRefused(t *testing.T) {
	doc := snapshot(t, reach(t, application.Certified))
	audits, cert := strings.Index(doc, `"audits":`), strings.Index(doc, `"certificate":`)
	require.True(t, 0 < audits && audits < cert, "test set-up: the document's order")
	const (
		scored = `"awarded":"86.00","bonus":false,"deductions":[],"score":"86.00","level":"three_star"`
		ninety = `"awarded":"90.00","bonus":false,"deductions":[],"score":"90.00","level":"four_star"`
	)
	require.Equal(t, 2, strings.Count(doc, scored), "test set-up: the decision's result and the audit's")
	for _, tc := range []struct {
		name string
		edit func(string) string
		want []error
		text string
	}{
		{"the certificate's grade raised", func(d string) string {
			return d[:cert] + strings.ReplaceAll(d[cert:], `"level":"three_star"`, `"level":"five_star"`)
		}, nil, "certificate: does not follow from the history"},
		{"the audit's result replaced by a valid one", func(d string) string {
			return d[:audits] + strings.Replace(d[audits:cert], scored, ninety, 1) + d[cert:]
		}, nil, "audits: does not follow from the history"},
		{"the level raised everywhere at once", func(d string) string {
			return strings.ReplaceAll(d, `"level":"three_star"`, `"level":"five_star"`)
		}, []error{audit.ErrInvalidResult}, "level: five_star does not follow from score 86"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			forged := tc.edit(doc)
			require.NotEqual(t, doc, forged, "test set-up")
			_, err := application.Decode([]byte(forged), application.AfterSalesScheme())
			require.ErrorIs(t, err, application.ErrInvalidDocument)
			for _, w := range tc.want {
				assert.ErrorIs(t, err, w)
			}
			assert.ErrorContains(t, err, tc.text)
		})
	}
}
