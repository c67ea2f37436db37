package audit_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Special deduction items are rectified [27922]: each is a nonconformity,
// linked to its finding by code; an audit has one finding per item and none
// for an item its result does not apply; Recommend does not recommend
// certifying while an item has no settled finding, and names it.

// resultWithDeductions scores full marks less 10 points, with the given deduction items.
func resultWithDeductions(t testing.TB, deductions ...string) audit.Result {
	t.Helper()
	card := audit.GBT27922()
	e := fullMarks(t, card, "90")
	e.Deductions = deductions
	r, err := card.Score(e)
	require.NoError(t, err)
	return r
}

// deductionFinding is findingThrough linked to the deduction item code.
func deductionFinding(t testing.TB, id string, sev audit.Severity, code string, steps ...string) audit.Finding {
	t.Helper()
	f, err := findingThrough(t, id, sev, "2026-03-10").WithDeduction(code)
	require.NoError(t, err)
	for i := 0; i+1 < len(steps); i += 2 {
		on := dayOf(t, steps[i+1])
		switch steps[i] {
		case "submit":
			f, err = f.SubmitAction(on, "action")
		case "accept":
			f, err = f.Accept(on)
		case "verify":
			f, err = f.Verify(on)
		}
		require.NoError(t, err, steps[i])
	}
	return f
}

func TestFindingWithDeduction(t *testing.T) {
	for _, sev := range []audit.Severity{audit.Major, audit.Minor} {
		f := openFinding(t, majorID, sev)
		got, err := f.WithDeduction("unresolved_complaint")
		require.NoError(t, err)
		assert.Equal(t, "unresolved_complaint", got.Deduction())
		assert.Empty(t, f.Deduction(), "the receiver is unchanged")
		assert.False(t, got.Equal(f), "the deduction item is part of the finding")
	}

	submitted, err := openFinding(t, minorID, audit.Minor).SubmitAction(dayOf(t, "2026-03-20"), "plan")
	require.NoError(t, err)
	bad := []struct {
		name string
		f    audit.Finding
		code string
		want string
	}{
		{"an observation", openFinding(t, observationID, audit.Observation), "a", "is an observation"},
		{"not open", submitted, "a", "is action_submitted"},
		{"empty code", openFinding(t, minorID, audit.Minor), "", `deduction: finding 5f0c7d8e-0000-4000-8000-000000000002: "" must be a snake_case code`},
		{"code with a space", openFinding(t, minorID, audit.Minor), "late repair", "snake_case"},
		{"the zero finding", audit.Finding{}, "a", "the zero finding"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.f.WithDeduction(tc.code)
			assert.ErrorIs(t, err, audit.ErrInvalidFinding)
			assert.ErrorContains(t, err, tc.want)
			assert.True(t, got.Equal(tc.f), "unchanged")
		})
	}

	t.Run("JSON", func(t *testing.T) {
		f := deductionFinding(t, "000000000002", audit.Minor, "unresolved_complaint", "submit", "2026-03-20")
		b, err := json.Marshal(f)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"deduction":"unresolved_complaint"`)
		var back audit.Finding
		require.NoError(t, json.Unmarshal(b, &back))
		assert.True(t, back.Equal(f))
		assert.Equal(t, "unresolved_complaint", back.Deduction())

		plain, err := json.Marshal(openFinding(t, minorID, audit.Minor))
		require.NoError(t, err)
		assert.NotContains(t, string(plain), "deduction", "left out when there is none")

		obs, err := json.Marshal(openFinding(t, observationID, audit.Observation))
		require.NoError(t, err)
		doc := strings.Replace(string(obs), `"raised_on"`, `"deduction":"a","raised_on"`, 1)
		assert.ErrorContains(t, json.Unmarshal([]byte(doc), &back), "is an observation")
		doc = strings.Replace(string(b), `"unresolved_complaint"`, `"Unresolved"`, 1)
		assert.ErrorIs(t, json.Unmarshal([]byte(doc), &back), audit.ErrInvalidFinding)
	})
}

func TestAuditDeductionLinks(t *testing.T) {
	first, last := dayOf(t, "2026-03-09"), dayOf(t, "2026-03-10")
	a := deductionFinding(t, "000000000001", audit.Major, "unresolved_complaint")
	b := deductionFinding(t, "000000000002", audit.Minor, "unresolved_complaint")
	c := deductionFinding(t, "000000000004", audit.Minor, "late_repair")

	_, err := audit.NewAudit(audit.Stage2, first, last, a, b)
	assert.ErrorIs(t, err, audit.ErrInvalidAudit)
	assert.ErrorContains(t, err, `both rectify deduction item "unresolved_complaint"`)

	stage2, err := audit.NewAudit(audit.Stage2, first, last, a)
	require.NoError(t, err)
	_, err = stage2.WithFinding(b)
	assert.ErrorContains(t, err, `both rectify deduction item "unresolved_complaint"`)

	// Once scored, a finding may only rectify an item the result applies.
	scored, err := stage2.WithResult(resultWithDeductions(t, "unresolved_complaint"))
	require.NoError(t, err)
	_, err = scored.WithFinding(c)
	assert.ErrorIs(t, err, audit.ErrInvalidAudit)
	assert.ErrorContains(t, err, `rectifies deduction item "late_repair", which the result does not apply`)
	_, err = stage2.WithResult(resultWithDeductions(t))
	assert.ErrorContains(t, err, `rectifies deduction item "unresolved_complaint", which the result does not apply`)

	// The link is a fixed part of the finding: an update cannot change it.
	unlinked := findingThrough(t, "000000000001", audit.Major, "2026-03-10")
	_, err = stage2.UpdateFindings(unlinked)
	assert.ErrorContains(t, err, "deduction item")

	// JSON goes through the same checks.
	doc, err := json.Marshal(scored)
	require.NoError(t, err)
	var back audit.Audit
	require.NoError(t, json.Unmarshal(doc, &back))
	assert.True(t, back.Equal(scored))
	tampered := strings.Replace(string(doc), `"deductions":["unresolved_complaint"],"score":"89.00","level":"three_star"`,
		`"deductions":[],"score":"90.00","level":"four_star"`, 1)
	require.NotEqual(t, string(doc), tampered)
	err = json.Unmarshal([]byte(tampered), &back)
	assert.ErrorContains(t, err, "which the result does not apply")
}

// TestRecommendUnsettledDeductionRefusesCertify: a deduction item with no
// finding, or whose finding is not settled, holds certification back, and
// each is named.
func TestRecommendUnsettledDeductionRefusesCertify(t *testing.T) {
	policy := audit.DefaultRectification()
	stage2 := func(r audit.Result, findings ...audit.Finding) audit.Audit {
		a, err := audit.NewAudit(audit.Stage2, dayOf(t, "2026-03-10"), dayOf(t, "2026-03-10"), findings...)
		require.NoError(t, err)
		a, err = a.WithResult(r)
		require.NoError(t, err)
		return a
	}
	two := resultWithDeductions(t, "unresolved_complaint", "late_repair")
	tests := []struct {
		name    string
		audit   audit.Audit
		on      string
		want    audit.Recommendation
		reasons []string
		absent  []string
	}{
		{"no finding for either item", stage2(two), "2026-03-10", audit.CertifyOnceRectified, []string{
			"score 88.00 (three_star) reaches compliant",
			"deduction item late_repair has no finding: raise it as a nonconformity to rectify",
			"deduction item unresolved_complaint has no finding: raise it as a nonconformity to rectify"}, nil},
		{"a finding for one item only, settled", stage2(two,
			deductionFinding(t, "000000000002", audit.Minor, "unresolved_complaint", "submit", "2026-03-20", "accept", "2026-03-21")),
			"2026-03-21", audit.CertifyOnceRectified,
			[]string{"deduction item late_repair has no finding"}, []string{"deduction item unresolved_complaint has no finding"}},
		{"a minor for each, one plan not yet accepted", stage2(two,
			deductionFinding(t, "000000000002", audit.Minor, "unresolved_complaint", "submit", "2026-03-20", "accept", "2026-03-21"),
			deductionFinding(t, "000000000004", audit.Minor, "late_repair", "submit", "2026-03-20")),
			"2026-03-21", audit.CertifyOnceRectified, []string{
				"minor finding 5f0c7d8e-0000-4000-8000-000000000004 (clause 5.1, deduction item late_repair) is action_submitted: its action plan must be accepted"},
			[]string{"has no finding"}},
		{"a major for an item, not verified", stage2(resultWithDeductions(t, "unresolved_complaint"),
			deductionFinding(t, "000000000001", audit.Major, "unresolved_complaint", "submit", "2026-03-20")),
			"2026-03-21", audit.CertifyOnceRectified, []string{
				"major finding 5f0c7d8e-0000-4000-8000-000000000001 (clause 5.1, deduction item unresolved_complaint) is action_submitted: it must be verified"}, nil},
		{"every item settled", stage2(two,
			deductionFinding(t, "000000000002", audit.Minor, "unresolved_complaint", "submit", "2026-03-20", "accept", "2026-03-21"),
			deductionFinding(t, "000000000001", audit.Major, "late_repair", "submit", "2026-03-20", "verify", "2026-03-22")),
			"2026-03-22", audit.Certify, []string{"all 2 deduction items are rectified"}, nil},
		{"an unrectified deduction item does not save a failing score", stage2(resultWithDeductions(t, deductionCodes(21)...)),
			"2026-03-10", audit.Refuse, []string{"score 69.00 (not_rated) is below compliant"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := audit.Recommend(tc.audit, policy, dayOf(t, tc.on))
			require.NoError(t, err)
			assert.Equal(t, tc.want, d.Recommendation, "%q", d.Reasons)
			joined := strings.Join(d.Reasons, "\n")
			for _, w := range tc.reasons {
				assert.Contains(t, joined, w)
			}
			for _, w := range tc.absent {
				assert.NotContains(t, joined, w)
			}
			assert.NoError(t, d.Validate())
		})
	}
}
