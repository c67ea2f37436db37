package audit_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A finding raised on 9999-12-31 encoded a due date in year 10000 that its
// own decoder refused: every date that goes into a finding, and the due
// date computed from it, now lies in the years 1–9999, and what is accepted
// round-trips.
func TestFindingRaisedOn99991231DueDateRefused(t *testing.T) {
	last := dayOf(t, "9999-12-31")
	_, err := audit.NewFinding(majorID, audit.Major, "5.1", "s", "e", last, audit.DefaultRectification())
	require.ErrorIs(t, err, audit.ErrInvalidFinding)
	assert.ErrorContains(t, err, "due_on: 9999-12-31 + 30 days: 10000-01-30 is outside 0001-01-02 to 9999-12-31")
	var fe *audit.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "due_on", fe.Field)

	a, err := audit.NewAudit(audit.Stage2, last, last)
	require.NoError(t, err)
	_, err = a.Raise(majorID, audit.Minor, "5.1", "s", "e", audit.DefaultRectification())
	assert.ErrorIs(t, err, audit.ErrInvalidFinding, "the audit's last day gives the same due date")

	// The latest day a nonconformity can be raised under the default policy.
	f, err := audit.NewFinding(majorID, audit.Major, "5.1", "s", "e", dayOf(t, "9999-12-01"), audit.DefaultRectification())
	require.NoError(t, err)
	assert.Equal(t, "9999-12-31", calendar.Format(f.DueOn()))
	jsontest.RoundTrip(t, f)
	// An observation has no due date: it may be raised on the last day.
	obs, err := audit.NewFinding(observationID, audit.Observation, "5.1", "s", "", last, audit.DefaultRectification())
	require.NoError(t, err)
	jsontest.RoundTrip(t, obs)
	a, err = a.WithFinding(obs)
	require.NoError(t, err)
	jsontest.RoundTrip(t, a)

	var back audit.Finding
	doc := `{"id":"5f0c7d8e-0000-4000-8000-000000000001","severity":"major","clause":"5.1","statement":"s","evidence":"e","raised_on":"9999-12-31","due_on":"10000-01-30","status":"open"}`
	assert.ErrorIs(t, json.Unmarshal([]byte(doc), &back), audit.ErrInvalidFinding)
}

// Dates outside 0001-01-02 to 9999-12-31 are refused wherever a date goes in.
func TestDatesOutsideYears1To9999Refused(t *testing.T) {
	late := time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)
	early := time.Date(0, 12, 31, 0, 0, 0, 0, time.UTC)
	for name, d := range map[string]time.Time{"year 10000": late, "year 0": early} {
		t.Run(name, func(t *testing.T) {
			_, err := audit.NewFinding(observationID, audit.Observation, "5.1", "s", "", d, audit.DefaultRectification())
			assert.ErrorIs(t, err, audit.ErrInvalidFinding)
			assert.ErrorContains(t, err, "raised_on: ")
			assert.ErrorContains(t, err, "is outside 0001-01-02 to 9999-12-31")

			_, err = audit.NewAudit(audit.Stage2, d, dayOf(t, "2026-03-10"))
			assert.ErrorIs(t, err, audit.ErrInvalidAudit)
			assert.ErrorContains(t, err, "first_day: ")
			_, err = audit.NewAudit(audit.Stage2, dayOf(t, "2026-03-10"), d)
			assert.ErrorContains(t, err, "last_day: ")

			f := openFinding(t, majorID, audit.Major)
			_, err = f.SubmitAction(d, "fixed")
			var fe *audit.FindingError
			require.ErrorAs(t, err, &fe)
			assert.Contains(t, fe.Reason, "is outside 0001-01-02 to 9999-12-31")

			_, err = audit.DefaultGrading().Grade(decimalOf(t, "80"), time.Time{}, d)
			assert.ErrorIs(t, err, audit.ErrInvalidGrading)
			_, err = audit.DefaultGrading().Grade(decimalOf(t, "80"), d, dayOf(t, "2026-03-10"))
			assert.ErrorIs(t, err, audit.ErrInvalidGrading)

			_, err = audit.Recommend(scoredStage2(t, "2026-03-10", "80"), audit.DefaultRectification(), d)
			assert.ErrorIs(t, err, audit.ErrCannotRecommend)
		})
	}
	var f audit.Finding
	doc := `{"id":"5f0c7d8e-0000-4000-8000-000000000003","severity":"observation","clause":"5.1","statement":"s","raised_on":"0000-01-01","status":"open"}`
	err := json.Unmarshal([]byte(doc), &f)
	assert.ErrorIs(t, err, audit.ErrInvalidFinding)
	assert.ErrorContains(t, err, "raised_on: 0000-01-01 is outside 0001-01-02 to 9999-12-31")
	var a audit.Audit
	err = json.Unmarshal([]byte(`{"kind":"stage2","first_day":"0000-03-09","last_day":"2026-03-10","findings":[]}`), &a)
	assert.ErrorIs(t, err, audit.ErrInvalidAudit)
}

// Invalid UTF-8 in a finding's clause was accepted and came back changed
// from JSON: every text that goes in is now valid UTF-8, and required text
// is not blank.
func TestFindingClauseInvalidUTF8Refused(t *testing.T) {
	bad := "GB/T 27922 \xff5.1"
	cases := []struct {
		name  string
		build func() error
		field string
	}{
		{"clause", func() error {
			_, err := audit.NewFinding(majorID, audit.Major, bad, "s", "e", dayOf(t, "2026-03-10"), audit.DefaultRectification())
			return err
		}, "clause"},
		{"statement", func() error {
			_, err := audit.NewFinding(majorID, audit.Major, "5.1", bad, "e", dayOf(t, "2026-03-10"), audit.DefaultRectification())
			return err
		}, "statement"},
		{"evidence of a nonconformity", func() error {
			_, err := audit.NewFinding(majorID, audit.Major, "5.1", "s", bad, dayOf(t, "2026-03-10"), audit.DefaultRectification())
			return err
		}, "evidence"},
		{"evidence of an observation", func() error {
			_, err := audit.NewFinding(observationID, audit.Observation, "5.1", "s", bad, dayOf(t, "2026-03-10"), audit.DefaultRectification())
			return err
		}, "evidence"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.build()
			require.ErrorIs(t, err, audit.ErrInvalidFinding)
			var fe *audit.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)
			assert.ErrorContains(t, err, "is not valid UTF-8")
		})
	}
	t.Run("action", func(t *testing.T) {
		f := openFinding(t, majorID, audit.Major)
		got, err := f.SubmitAction(dayOf(t, "2026-03-20"), bad)
		require.ErrorIs(t, err, audit.ErrFindingState)
		assert.ErrorContains(t, err, "the action description is not valid UTF-8")
		assert.True(t, got.Equal(f))
	})
	t.Run("reasons of a decision", func(t *testing.T) {
		err := audit.Decision{Recommendation: audit.Certify, Reasons: []string{bad}}.Validate()
		assert.ErrorIs(t, err, audit.ErrInvalidDecision)
		assert.ErrorContains(t, err, "reasons[0]: is not valid UTF-8")
	})
	t.Run("an observation's evidence may be empty", func(t *testing.T) {
		_, err := audit.NewFinding(observationID, audit.Observation, "5.1", "s", "", dayOf(t, "2026-03-10"), audit.DefaultRectification())
		assert.NoError(t, err)
	})
}

// A finding's ID is written and read in the canonical form only, so that
// one ID is never stored under two spellings.
func TestFindingIDCanonical(t *testing.T) {
	f := openFinding(t, majorID, audit.Major)
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"id":"5f0c7d8e-0000-4000-8000-000000000001"`)
	for _, id := range []string{
		"5F0C7D8E-0000-4000-8000-000000000001",
		"{5f0c7d8e-0000-4000-8000-000000000001}",
		"urn:uuid:5f0c7d8e-0000-4000-8000-000000000001",
		"5f0c7d8e000040008000000000000001",
	} {
		t.Run(id, func(t *testing.T) {
			doc := strings.Replace(string(b), "5f0c7d8e-0000-4000-8000-000000000001", id, 1)
			got := f
			err := json.Unmarshal([]byte(doc), &got)
			assert.ErrorIs(t, err, audit.ErrInvalidFinding)
			assert.ErrorContains(t, err, "canonical form")
			assert.True(t, got.Equal(f))
		})
	}
	_, err = uuid.Parse("5F0C7D8E-0000-4000-8000-000000000001")
	require.NoError(t, err, "uuid itself takes the other spellings")
}

// Points in documents may be JSON numbers as well as strings; both go
// through the one grammar, and the output is a string with two places.
func TestPointsAcceptJSONNumbers(t *testing.T) {
	var r audit.Result
	doc := `{"applicable":100,"awarded":85.5,"bonus":false,"deductions":[],"score":85.50,"level":"three_star",` + defaultGradingJSON + `}`
	require.NoError(t, json.Unmarshal([]byte(doc), &r))
	assert.True(t, r.Score.Equal(decimal.RequireFromString("85.5")))
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.Contains(t, string(b), `"applicable":"100.00","awarded":"85.50"`)

	var card audit.Scorecard
	require.NoError(t, json.Unmarshal([]byte(strings.Replace(smallCardJSON, `"points":"3.00"`, `"points":3`, 1)), &card))
	assertDecimal(t, "3", card.Indicators()[0].Points)

	for name, bad := range map[string]string{"exponent": `1e2`, "three places": `85.555`, "too large": `123456789`} {
		t.Run(name, func(t *testing.T) {
			err := json.Unmarshal([]byte(strings.Replace(doc, `"awarded":85.5`, `"awarded":`+bad, 1)), &r)
			assert.ErrorIs(t, err, audit.ErrInvalidResult)
			assert.ErrorContains(t, err, "awarded: ")
		})
	}
}

// Every decoding error of the package matches the sentinel of the type
// being decoded, also when the problem lies in a value nested in it, and
// names the field.
func TestDecodingErrorsMatchSentinels(t *testing.T) {
	finding := `{"id":"5f0c7d8e-0000-4000-8000-000000000003","severity":"observation","clause":"5.1","statement":"s","raised_on":"2026-03-10","status":"open"}`
	cases := []struct {
		name, doc string
		into      any
		sentinels []error
		field     string
	}{
		{"a finding in an audit", `{"kind":"stage2","first_day":"2026-03-09","last_day":"2026-03-10","findings":[` + finding + `,` +
			strings.Replace(finding, `"severity":"observation"`, `"severity":"grave"`, 1) + `]}`,
			&audit.Audit{}, []error{audit.ErrInvalidAudit, audit.ErrInvalidFinding, audit.ErrUnknownCode}, "findings[1].severity"},
		{"a null finding", `{"kind":"stage2","first_day":"2026-03-09","last_day":"2026-03-10","findings":[null]}`,
			&audit.Audit{}, []error{audit.ErrInvalidAudit, audit.ErrInvalidFinding}, "findings[0]"},
		{"findings missing", `{"kind":"stage2","first_day":"2026-03-09","last_day":"2026-03-10"}`,
			&audit.Audit{}, []error{audit.ErrInvalidAudit}, "findings"},
		{"a null result", `{"kind":"stage2","first_day":"2026-03-09","last_day":"2026-03-10","findings":[],"result":null}`,
			&audit.Audit{}, []error{audit.ErrInvalidAudit, audit.ErrInvalidResult}, "result"},
		{"an unknown kind", `{"kind":"stage3","first_day":"2026-03-09","last_day":"2026-03-10","findings":[]}`,
			&audit.Audit{}, []error{audit.ErrInvalidAudit, audit.ErrUnknownCode}, "kind"},
		{"a grading in a result", `{"applicable":"100","awarded":"80","deductions":[],"score":"80","level":"three_star","grading":{"compliant":"x","three_star":"80","four_star":"90","five_star":"95"}}`,
			&audit.Result{}, []error{audit.ErrInvalidResult, audit.ErrInvalidGrading}, "grading.compliant"},
		{"an unknown level", `{"applicable":"100","awarded":"80","deductions":[],"score":"80","level":"six_star",` + defaultGradingJSON + `}`,
			&audit.Result{}, []error{audit.ErrInvalidResult, audit.ErrUnknownCode}, "level"},
		{"a finding's unknown status", strings.Replace(finding, `"status":"open"`, `"status":"overdue"`, 1),
			&audit.Finding{}, []error{audit.ErrInvalidFinding, audit.ErrUnknownCode}, "status"},
		{"a finding's transition out of order", `{"id":"5f0c7d8e-0000-4000-8000-000000000001","severity":"major","clause":"5.1","statement":"s","evidence":"e","raised_on":"2026-03-10","due_on":"2026-04-09","status":"verified","action":"x","action_submitted_on":"2026-04-03","verified_on":"2026-04-02"}`,
			&audit.Finding{}, []error{audit.ErrInvalidFinding, audit.ErrFindingState}, "verified_on"},
		{"an unknown recommendation", `{"recommendation":"approve","reasons":["x"]}`,
			&audit.Decision{}, []error{audit.ErrInvalidDecision, audit.ErrUnknownCode}, "recommendation"},
		{"a policy's missing field", `{"response_days":30}`,
			&audit.RectificationPolicy{}, []error{audit.ErrInvalidPolicy}, "repeat_stage2_months"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tc.doc), tc.into)
			require.Error(t, err)
			for _, s := range tc.sentinels {
				assert.ErrorIs(t, err, s)
			}
			var fe *audit.FieldError
			require.True(t, errors.As(err, &fe), "%v", err)
			assert.Equal(t, tc.field, fe.Field, "%v", err)
			assert.NotContains(t, err.Error(), "Wire", "no message names an internal type")
		})
	}
}
