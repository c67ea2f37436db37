package audit_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scoredStage2 returns a scored stage 2 audit ending on lastDay with the given
// findings raised on its last day, after applying the given transitions.
func scoredStage2(t testing.TB, lastDay, score string, findings ...audit.Finding) audit.Audit {
	t.Helper()
	a, err := audit.NewAudit(audit.Stage2, dayOf(t, lastDay), dayOf(t, lastDay), findings...)
	require.NoError(t, err)
	a, err = a.WithResult(resultOf(t, score))
	require.NoError(t, err)
	return a
}

// findingThrough raises a finding on day and walks it through the steps, each a
// transition name and a date.
func findingThrough(t testing.TB, id string, sev audit.Severity, day string, steps ...string) audit.Finding {
	t.Helper()
	f, err := audit.NewFinding(mustUUID(t, id), sev, "5.1", "statement", "evidence", dayOf(t, day), audit.DefaultRectification())
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
		case "close":
			f, err = f.Close(on)
		default:
			t.Fatalf("unknown step %q", steps[i])
		}
		require.NoError(t, err, steps[i])
	}
	return f
}

func mustUUID(t testing.TB, tail string) uuid.UUID {
	t.Helper()
	id, err := uuid.Parse("5f0c7d8e-0000-4000-8000-" + tail)
	require.NoError(t, err)
	return id
}

func TestRecommend(t *testing.T) {
	policy := audit.DefaultRectification()
	const last = "2026-03-10" // majors due for verification by 2026-09-10
	major := func(steps ...string) audit.Finding {
		return findingThrough(t, "000000000001", audit.Major, last, steps...)
	}
	minor := func(steps ...string) audit.Finding {
		return findingThrough(t, "000000000002", audit.Minor, last, steps...)
	}
	obs := findingThrough(t, "000000000003", audit.Observation, last)

	tests := []struct {
		name    string
		audit   audit.Audit
		on      string
		want    audit.Recommendation
		reasons []string
	}{
		{"certify: nothing found", scoredStage2(t, last, "88"), last, audit.Certify,
			[]string{"score 88.00 (three_star) reaches compliant", "no nonconformities"}},
		{"certify: only an observation", scoredStage2(t, last, "70", obs), last, audit.Certify,
			[]string{"score 70.00 (compliant) reaches compliant"}},
		{"certify: major verified, minor plan accepted", scoredStage2(t, last, "91.5",
			major("submit", "2026-04-01", "verify", "2026-04-08"), minor("submit", "2026-04-01", "accept", "2026-04-02"), obs),
			"2026-04-08", audit.Certify,
			[]string{"the 1 major finding is verified", "the 1 minor finding has an accepted action plan"}},
		{"certify: closed findings", scoredStage2(t, last, "91.5",
			major("submit", "2026-04-01", "verify", "2026-04-08", "close", "2026-04-09"), minor("submit", "2026-04-01", "verify", "2026-04-02", "close", "2026-04-02")),
			"2026-04-10", audit.Certify, nil},
		{"once rectified: the major is verified only later", scoredStage2(t, last, "91.5",
			major("submit", "2026-04-01", "verify", "2026-04-08"), minor("submit", "2026-04-01", "accept", "2026-04-02")),
			"2026-04-07", audit.CertifyOnceRectified,
			[]string{"major finding 5f0c7d8e-0000-4000-8000-000000000001 (clause 5.1) is action_submitted: it must be verified", "majors must be verified by 2026-09-10"}},
		{"once rectified: minor plan not accepted", scoredStage2(t, last, "80", minor("submit", "2026-04-01")),
			"2026-04-01", audit.CertifyOnceRectified,
			[]string{"minor finding 5f0c7d8e-0000-4000-8000-000000000002 (clause 5.1) is action_submitted: its action plan must be accepted"}},
		{"once rectified: overdue minor named", scoredStage2(t, last, "80", minor()),
			"2026-04-10", audit.CertifyOnceRectified,
			[]string{"is open, overdue since 2026-04-10: its action plan must be accepted"}},
		{"once rectified: major open on the last day of the 6 months", scoredStage2(t, last, "80", major()),
			"2026-09-10", audit.CertifyOnceRectified,
			[]string{"is open, overdue since 2026-04-10: it must be verified"}},
		{"repeat stage 2: major open the day after", scoredStage2(t, last, "80", major()),
			"2026-09-11", audit.RepeatStage2,
			[]string{"majors were not verified by 2026-09-10 (6 months after the last day of stage 2, 2026-03-10)", "major finding 5f0c7d8e-0000-4000-8000-000000000001 (clause 5.1) was open on 2026-09-10"}},
		{"repeat stage 2: major verified too late", scoredStage2(t, last, "80", major("submit", "2026-04-01", "verify", "2026-09-11")),
			"2026-09-12", audit.RepeatStage2, []string{"was action_submitted on 2026-09-10"}},
		{"certify: major verified on the last day of the 6 months", scoredStage2(t, last, "80", major("submit", "2026-04-01", "verify", "2026-09-10")),
			"2026-12-01", audit.Certify, nil},
		{"minors alone never force a repeat", scoredStage2(t, last, "80", minor()),
			"2027-01-01", audit.CertifyOnceRectified, nil},
		{"Aug 31 + 6 months = Feb 28: still in time", scoredStage2(t, "2024-08-31", "80", findingThrough(t, "000000000001", audit.Major, "2024-08-31")),
			"2025-02-28", audit.CertifyOnceRectified, []string{"majors must be verified by 2025-02-28"}},
		{"Aug 31 + 6 months = Feb 28: Mar 1 is late", scoredStage2(t, "2024-08-31", "80", findingThrough(t, "000000000001", audit.Major, "2024-08-31")),
			"2025-03-01", audit.RepeatStage2, []string{"majors were not verified by 2025-02-28"}},
		{"refuse: 69.99", scoredStage2(t, last, "69.99"), last, audit.Refuse,
			[]string{"score 69.99 (not_rated) is below compliant"}},
		{"refuse wins over repeat", scoredStage2(t, last, "50", major()), "2027-01-01", audit.Refuse, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := audit.Recommend(tc.audit, policy, dayOf(t, tc.on))
			require.NoError(t, err)
			assert.Equal(t, tc.want, d.Recommendation, "%q", d.Reasons)
			require.NotEmpty(t, d.Reasons)
			joined := ""
			for _, r := range d.Reasons {
				joined += r + "\n"
			}
			for _, w := range tc.reasons {
				assert.Contains(t, joined, w)
			}
		})
	}

	t.Run("a shorter policy", func(t *testing.T) {
		p := audit.RectificationPolicy{ResponseDays: 30, RepeatStage2Months: 3}
		a := scoredStage2(t, last, "80", major())
		d, err := audit.Recommend(a, p, dayOf(t, "2026-06-11"))
		require.NoError(t, err)
		assert.Equal(t, audit.RepeatStage2, d.Recommendation)
		d, err = audit.Recommend(a, p, dayOf(t, "2026-06-10"))
		require.NoError(t, err)
		assert.Equal(t, audit.CertifyOnceRectified, d.Recommendation)
	})
}

func TestRecommendErrors(t *testing.T) {
	scored := scoredStage2(t, "2026-03-10", "80")
	unscored, err := audit.NewAudit(audit.Stage2, dayOf(t, "2026-03-09"), dayOf(t, "2026-03-10"))
	require.NoError(t, err)
	surveillance, err := audit.NewAudit(audit.Surveillance, dayOf(t, "2027-03-01"), dayOf(t, "2027-03-01"))
	require.NoError(t, err)
	surveillance, err = surveillance.WithResult(resultOf(t, "80"))
	require.NoError(t, err)
	tests := []struct {
		name   string
		audit  audit.Audit
		policy audit.RectificationPolicy
		on     time.Time
		want   []string
	}{
		{"not stage 2", surveillance, audit.DefaultRectification(), dayOf(t, "2027-03-02"), []string{"audit kind is surveillance, not stage2"}},
		{"the zero audit", audit.Audit{}, audit.DefaultRectification(), dayOf(t, "2027-03-02"), []string{"audit kind is kind(0)"}},
		{"no result", unscored, audit.DefaultRectification(), dayOf(t, "2026-03-10"), []string{"the audit has no result"}},
		{"bad policy", scored, audit.RectificationPolicy{}, dayOf(t, "2026-03-10"), []string{"response_days: 0 must be between 1 and 366"}},
		{"zero date", scored, audit.DefaultRectification(), time.Time{}, []string{"date is zero"}},
		{"before the last day", unscored, audit.DefaultRectification(), dayOf(t, "2026-03-09"), []string{"date 2026-03-09 is before the audit's last day 2026-03-10", "no result"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := audit.Recommend(tc.audit, tc.policy, tc.on)
			require.ErrorIs(t, err, audit.ErrCannotRecommend)
			assert.Equal(t, audit.Recommendation(0), d.Recommendation)
			for _, w := range tc.want {
				assert.ErrorContains(t, err, w)
			}
		})
	}
}

// TestRecommendUngraded: a scheme without a grade decides stage 2 on the
// findings alone [17021]: certify when they are settled, certify once
// rectified otherwise, repeat stage 2 when a major was not verified in
// time; never refuse, since there is no score.
func TestRecommendUngraded(t *testing.T) {
	policy := audit.DefaultRectification()
	const last = "2026-03-10" // majors due for verification by 2026-09-10
	unscored := func(findings ...audit.Finding) audit.Audit {
		a, err := audit.NewAudit(audit.Stage2, dayOf(t, last), dayOf(t, last), findings...)
		require.NoError(t, err)
		return a
	}
	major := func(steps ...string) audit.Finding {
		return findingThrough(t, "000000000001", audit.Major, last, steps...)
	}
	minor := func(steps ...string) audit.Finding {
		return findingThrough(t, "000000000002", audit.Minor, last, steps...)
	}
	obs := findingThrough(t, "000000000003", audit.Observation, last)
	linked, err := findingThrough(t, "000000000004", audit.Minor, last).WithDeduction("unresolved_complaint")
	require.NoError(t, err)
	const basis = "no grade: the scheme decides on the findings alone"

	tests := []struct {
		name    string
		audit   audit.Audit
		on      string
		want    audit.Recommendation
		reasons []string
	}{
		{"certify: nothing found", unscored(), last, audit.Certify, []string{basis, "no nonconformities"}},
		{"certify: only an observation", unscored(obs), last, audit.Certify, []string{basis, "no nonconformities"}},
		{"certify: major verified, minor plan accepted", unscored(
			major("submit", "2026-04-01", "verify", "2026-04-08"), minor("submit", "2026-04-01", "accept", "2026-04-02"), obs),
			"2026-04-08", audit.Certify,
			[]string{basis, "the 1 major finding is verified", "the 1 minor finding has an accepted action plan"}},
		{"once rectified: a major not yet verified", unscored(major("submit", "2026-04-01")), "2026-04-07", audit.CertifyOnceRectified,
			[]string{basis, "major finding 5f0c7d8e-0000-4000-8000-000000000001 (clause 5.1) is action_submitted: it must be verified",
				"majors must be verified by 2026-09-10"}},
		{"once rectified: a minor's plan not accepted, overdue", unscored(minor()), "2026-04-10", audit.CertifyOnceRectified,
			[]string{basis, "is open, overdue since 2026-04-10: its action plan must be accepted"}},
		{"once rectified: a finding linked to a deduction item is a nonconformity like any other", unscored(linked), last,
			audit.CertifyOnceRectified, []string{"(clause 5.1, deduction item unresolved_complaint) is open"}},
		{"once rectified: the last day of the 6 months", unscored(major()), "2026-09-10", audit.CertifyOnceRectified, nil},
		{"repeat stage 2: a major open the day after", unscored(major()), "2026-09-11", audit.RepeatStage2,
			[]string{"majors were not verified by 2026-09-10 (6 months after the last day of stage 2, 2026-03-10)"}},
		{"repeat stage 2: a major verified too late", unscored(major("submit", "2026-04-01", "verify", "2026-09-11")),
			"2026-09-12", audit.RepeatStage2, []string{"was action_submitted on 2026-09-10"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := audit.RecommendUngraded(tc.audit, policy, dayOf(t, tc.on))
			require.NoError(t, err)
			assert.Equal(t, tc.want, d.Recommendation, "%q", d.Reasons)
			assert.NoError(t, d.Validate())
			joined := strings.Join(d.Reasons, "\n")
			for _, w := range tc.reasons {
				assert.Contains(t, joined, w)
			}
			if tc.want != audit.RepeatStage2 {
				assert.Equal(t, basis, d.Reasons[0])
			}
		})
	}

	t.Run("errors", func(t *testing.T) {
		surveillance, err := audit.NewAudit(audit.Surveillance, dayOf(t, "2027-03-01"), dayOf(t, "2027-03-01"))
		require.NoError(t, err)
		bad := []struct {
			name   string
			audit  audit.Audit
			policy audit.RectificationPolicy
			on     time.Time
			want   []string
		}{
			{"a scored audit belongs to a graded scheme", scoredStage2(t, last, "80"), policy, dayOf(t, last),
				[]string{"the audit has a result: a scheme without a grade decides on findings alone"}},
			{"a failing score is not ignored", scoredStage2(t, last, "50"), policy, dayOf(t, last), []string{"the audit has a result"}},
			{"not stage 2", surveillance, policy, dayOf(t, "2027-03-02"), []string{"audit kind is surveillance, not stage2"}},
			{"the zero audit", audit.Audit{}, policy, dayOf(t, last), []string{"audit kind is kind(0)"}},
			{"bad policy", unscored(), audit.RectificationPolicy{}, dayOf(t, last), []string{"response_days: 0"}},
			{"zero date", unscored(), policy, time.Time{}, []string{"date is zero"}},
			{"before the last day", unscored(), policy, dayOf(t, "2026-03-09"), []string{"date 2026-03-09 is before the audit's last day 2026-03-10"}},
		}
		for _, tc := range bad {
			t.Run(tc.name, func(t *testing.T) {
				d, err := audit.RecommendUngraded(tc.audit, tc.policy, tc.on)
				require.ErrorIs(t, err, audit.ErrCannotRecommend)
				assert.Equal(t, audit.Decision{}, d)
				for _, w := range tc.want {
					assert.ErrorContains(t, err, w)
				}
			})
		}
	})

	t.Run("a graded scheme still needs a result", func(t *testing.T) {
		_, err := audit.Recommend(unscored(), policy, dayOf(t, last))
		assert.ErrorIs(t, err, audit.ErrCannotRecommend)
		assert.ErrorContains(t, err, "the audit has no result")
	})

	t.Run("the same findings decide alike in both schemes", func(t *testing.T) {
		for _, on := range []string{last, "2026-04-08", "2026-09-11"} {
			findings := []audit.Finding{major("submit", "2026-04-01", "verify", "2026-04-08"), minor()}
			graded, err := audit.Recommend(scoredStage2(t, last, "90", findings...), policy, dayOf(t, on))
			require.NoError(t, err)
			ungraded, err := audit.RecommendUngraded(unscored(findings...), policy, dayOf(t, on))
			require.NoError(t, err)
			assert.Equal(t, graded.Recommendation, ungraded.Recommendation, on)
			assert.Equal(t, graded.Reasons[1:], ungraded.Reasons[1:], "only the first reason, the basis, differs")
		}
	})
}

func TestRecommendationJSON(t *testing.T) {
	for _, r := range audit.Recommendations() {
		b, err := json.Marshal(r)
		require.NoError(t, err)
		var back audit.Recommendation
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, r, back)
	}
}

func TestDecisionJSON(t *testing.T) {
	const last = "2026-03-10"
	minor := findingThrough(t, "000000000002", audit.Minor, last)
	var decisions []audit.Decision
	for _, tc := range []struct {
		a  audit.Audit
		on string
	}{
		{scoredStage2(t, last, "88"), last},
		{scoredStage2(t, last, "80", minor), "2026-04-10"},
		{scoredStage2(t, last, "80", findingThrough(t, "000000000001", audit.Major, last)), "2026-09-11"},
		{scoredStage2(t, last, "60"), last},
	} {
		d, err := audit.Recommend(tc.a, audit.DefaultRectification(), dayOf(t, tc.on))
		require.NoError(t, err)
		require.NoError(t, d.Validate())
		decisions = append(decisions, d)
	}
	require.Equal(t, []audit.Recommendation{audit.Certify, audit.CertifyOnceRectified, audit.RepeatStage2, audit.Refuse},
		[]audit.Recommendation{decisions[0].Recommendation, decisions[1].Recommendation, decisions[2].Recommendation, decisions[3].Recommendation},
		"one decision of each kind")

	t.Run("wire format", func(t *testing.T) {
		data, err := json.Marshal(decisions[0])
		require.NoError(t, err)
		assert.Equal(t, `{"recommendation":"certify","reasons":["score 88.00 (three_star) reaches compliant","no nonconformities"]}`, string(data))
		data, err = json.Marshal(decisions[1])
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(string(data), `{"recommendation":"certify_once_rectified","reasons":["score 80.00 (three_star) reaches compliant","minor finding `), string(data))
	})

	t.Run("round trip", func(t *testing.T) {
		for _, d := range decisions {
			data, err := json.Marshal(d)
			require.NoError(t, err)
			var back audit.Decision
			require.NoError(t, json.Unmarshal(data, &back), string(data))
			assert.Equal(t, d, back)
		}
	})

	t.Run("an invalid decision does not encode", func(t *testing.T) {
		for name, d := range map[string]audit.Decision{
			"zero":                   {},
			"unknown recommendation": {Recommendation: 9, Reasons: []string{"why"}},
			"no reasons":             {Recommendation: audit.Certify},
			"blank reason":           {Recommendation: audit.Certify, Reasons: []string{"why", " "}},
		} {
			_, err := json.Marshal(d)
			assert.ErrorIs(t, err, audit.ErrInvalidDecision, name)
		}
	})

	valid := `{"recommendation":"refuse","reasons":["score 60.00 (not_rated) is below compliant"]}`
	errorCases := []struct {
		name, doc string
		want      []string
	}{
		{"unknown recommendation", strings.Replace(valid, `"refuse"`, `"approve"`, 1), []string{`recommendation: "approve" is not a known recommendation`}},
		{"recommendation in Go's form", strings.Replace(valid, `"refuse"`, `4`, 1), []string{`field "recommendation"`, "want string"}},
		{"recommendation missing", `{"reasons":["why"]}`, []string{"recommendation: is missing"}},
		{"reasons empty", `{"recommendation":"certify","reasons":[]}`, []string{"reasons: are empty"}},
		{"reasons missing", `{"recommendation":"certify"}`, []string{"reasons: is missing"}},
		{"reasons null", `{"recommendation":"certify","reasons":null}`, []string{"reasons: is missing"}},
		{"blank reason", `{"recommendation":"certify","reasons":["why","  "]}`, []string{"reasons[1]: is blank"}},
		{"reason not a string", `{"recommendation":"certify","reasons":["why",1]}`, []string{`field "reasons"`}},
		{"reasons a string", `{"recommendation":"certify","reasons":"why"}`, []string{`field "reasons"`}},
		{"everything reported", `{"recommendation":"","reasons":[]}`, []string{`recommendation: "" is not a known recommendation`, "reasons: are empty"}},
		{"unknown field", `{"recommendation":"certify","reasons":["why"],"decided_on":"2026-03-10"}`, []string{`unknown field "decided_on"`}},
		{"duplicate key", `{"recommendation":"certify","recommendation":"refuse","reasons":["why"]}`, []string{`duplicate key "recommendation"`}},
		{"trailing data", valid + `"x"`, []string{"data after the first value"}},
		{"null", `null`, []string{"null, where a value is required"}},
		{"not an object", `"certify"`, []string{"invalid JSON document"}},
	}
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			got := decisions[1]
			err := got.UnmarshalJSON([]byte(c.doc))
			require.ErrorIs(t, err, audit.ErrInvalidDecision)
			for _, w := range c.want {
				assert.ErrorContains(t, err, w)
			}
			assert.Equal(t, decisions[1], got, "unchanged after an error")
		})
	}
	t.Run("an unknown code matches ErrUnknownCode", func(t *testing.T) {
		var d audit.Decision
		assert.ErrorIs(t, d.UnmarshalJSON([]byte(strings.Replace(valid, `"refuse"`, `"approve"`, 1))), audit.ErrUnknownCode)
	})
}

func FuzzDecisionJSON(f *testing.F) {
	f.Add([]byte(`{"recommendation":"certify","reasons":["score 88.00 (three_star) reaches compliant","no nonconformities"]}`))
	f.Add([]byte(`{"recommendation":"repeat_stage2","reasons":["a","b"]}`))
	f.Add([]byte(`{"recommendation":"refuse","reasons":[]}`))
	f.Add([]byte(`{"recommendation":"refuse","reasons":["\udfff"]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if d, ok := checkDocument[decisionDoc](t, data, audit.ErrInvalidDecision); ok {
			require.NoError(t, d.Validate())
		}
	})
}
