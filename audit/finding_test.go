package audit_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	majorID       = uuid.MustParse("5f0c7d8e-0000-4000-8000-000000000001")
	minorID       = uuid.MustParse("5f0c7d8e-0000-4000-8000-000000000002")
	observationID = uuid.MustParse("5f0c7d8e-0000-4000-8000-000000000003")
)

// openFinding raises a finding of the given severity on 2026-03-10 (due 2026-04-09
// for a nonconformity under the default policy).
func openFinding(t testing.TB, id uuid.UUID, s audit.Severity) audit.Finding {
	t.Helper()
	f, err := audit.NewFinding(id, s, "GB/T 27922-2011 5.3.2", "Complaint records are incomplete", "3 of 10 sampled complaints have no closure record", dayOf(t, "2026-03-10"), audit.DefaultRectification())
	require.NoError(t, err)
	return f
}

func TestEnumsOfFindings(t *testing.T) {
	sev := []struct {
		s            audit.Severity
		code, zh, en string
		nc           bool
	}{
		{audit.Major, "major", "严重不符合", "Major nonconformity", true},
		{audit.Minor, "minor", "一般不符合", "Minor nonconformity", true},
		{audit.Observation, "observation", "观察项", "Observation", false},
	}
	require.Len(t, audit.Severities(), len(sev))
	for i, tc := range sev {
		assert.Equal(t, audit.Severity(i+1), tc.s)
		assert.Equal(t, tc.code, tc.s.String())
		assert.Equal(t, tc.zh, tc.s.Chinese())
		assert.Equal(t, tc.en, tc.s.English())
		assert.Equal(t, tc.nc, tc.s.Nonconformity())
		got, err := audit.ParseSeverity(tc.code)
		require.NoError(t, err)
		assert.Equal(t, tc.s, got)
		b, err := tc.s.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.code, string(b))
	}
	status := []struct {
		s            audit.FindingStatus
		code, zh, en string
	}{
		{audit.Open, "open", "待整改", "Open"},
		{audit.ActionSubmitted, "action_submitted", "已提交整改", "Action submitted"},
		{audit.Accepted, "accepted", "整改计划已接受", "Action plan accepted"},
		{audit.Verified, "verified", "已验证有效", "Verified"},
		{audit.Closed, "closed", "已关闭", "Closed"},
	}
	require.Len(t, audit.FindingStatuses(), len(status))
	for i, tc := range status {
		assert.Equal(t, audit.FindingStatus(i+1), tc.s)
		assert.Equal(t, tc.code, tc.s.String())
		assert.Equal(t, tc.zh, tc.s.Chinese())
		assert.Equal(t, tc.en, tc.s.English())
		got, err := audit.ParseFindingStatus(tc.code)
		require.NoError(t, err)
		assert.Equal(t, tc.s, got)
		assert.True(t, tc.s.IsValid())
	}
	rec := []struct {
		r            audit.Recommendation
		code, zh, en string
	}{
		{audit.Certify, "certify", "推荐认证", "Certify"},
		{audit.CertifyOnceRectified, "certify_once_rectified", "整改后推荐", "Certify once rectified"},
		{audit.RepeatStage2, "repeat_stage2", "重新进行第二阶段审核", "Repeat stage 2"},
		{audit.Refuse, "refuse", "不推荐", "Refuse"},
	}
	require.Len(t, audit.Recommendations(), len(rec))
	for i, tc := range rec {
		assert.Equal(t, audit.Recommendation(i+1), tc.r)
		assert.Equal(t, tc.code, tc.r.String())
		assert.Equal(t, tc.zh, tc.r.Chinese())
		assert.Equal(t, tc.en, tc.r.English())
		got, err := audit.ParseRecommendation(tc.code)
		require.NoError(t, err)
		assert.Equal(t, tc.r, got)
		b, err := tc.r.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, tc.code, string(b))
		assert.True(t, tc.r.IsValid())
	}

	t.Run("unknown codes", func(t *testing.T) {
		_, err := audit.ParseSeverity("critical")
		assert.ErrorContains(t, err, `audit: unknown code: "critical" is not a known severity`)
		_, err = audit.ParseFindingStatus("overdue")
		assert.ErrorContains(t, err, `audit: unknown code: "overdue" is not a known finding status`)
		_, err = audit.ParseRecommendation("maybe")
		assert.ErrorContains(t, err, `audit: unknown code: "maybe" is not a known recommendation`)
		s, st, r := audit.Minor, audit.Verified, audit.Refuse
		assert.Error(t, s.UnmarshalText([]byte("Major")))
		assert.Error(t, st.UnmarshalText([]byte("")))
		assert.Error(t, r.UnmarshalText([]byte("certified")))
		assert.Equal(t, audit.Minor, s)
		assert.Equal(t, audit.Verified, st)
		assert.Equal(t, audit.Refuse, r)
		for _, v := range []interface{ MarshalText() ([]byte, error) }{audit.Severity(0), audit.FindingStatus(6), audit.Recommendation(0)} {
			_, err := v.MarshalText()
			assert.Error(t, err)
		}
		assert.Equal(t, "severity(0)", audit.Severity(0).String())
		assert.Equal(t, "finding status(9)", audit.FindingStatus(9).String())
		assert.Equal(t, "recommendation(5)", audit.Recommendation(5).String())
	})
}

func TestNewFinding(t *testing.T) {
	t.Run("major: due 30 days after it was raised", func(t *testing.T) {
		f := openFinding(t, majorID, audit.Major)
		assert.Equal(t, majorID, f.ID())
		assert.Equal(t, audit.Major, f.Severity())
		assert.Equal(t, "GB/T 27922-2011 5.3.2", f.Clause())
		assert.Equal(t, "Complaint records are incomplete", f.Statement())
		assert.Equal(t, "3 of 10 sampled complaints have no closure record", f.Evidence())
		assert.Equal(t, "2026-03-10", calendar.Format(f.RaisedOn()))
		assert.Equal(t, "2026-04-09", calendar.Format(f.DueOn()))
		assert.Equal(t, audit.Open, f.Status())
		assert.Empty(t, f.Action())
		assert.True(t, f.ActionSubmittedOn().IsZero())
		assert.True(t, f.AcceptedOn().IsZero())
		assert.True(t, f.VerifiedOn().IsZero())
		assert.True(t, f.ClosedOn().IsZero())
	})
	t.Run("minor with another policy", func(t *testing.T) {
		f, err := audit.NewFinding(minorID, audit.Minor, "5.1", "s", "e", dayOf(t, "2026-03-10"), audit.RectificationPolicy{ResponseDays: 90, RepeatStage2Months: 6})
		require.NoError(t, err)
		assert.Equal(t, "2026-06-08", calendar.Format(f.DueOn()))
	})
	t.Run("observation: no due date, evidence optional", func(t *testing.T) {
		f, err := audit.NewFinding(observationID, audit.Observation, "5.4", "Could improve", "", dayOf(t, "2026-03-10"), audit.DefaultRectification())
		require.NoError(t, err)
		assert.True(t, f.DueOn().IsZero())
		assert.False(t, f.OverdueOn(dayOf(t, "2030-01-01")))
	})
	t.Run("raised on a Shanghai date is kept as that date", func(t *testing.T) {
		sh := time.FixedZone("CST", 8*3600)
		f, err := audit.NewFinding(majorID, audit.Major, "5.1", "s", "e", time.Date(2026, 3, 10, 0, 30, 0, 0, sh), audit.DefaultRectification())
		require.NoError(t, err)
		assert.Equal(t, time.Date(2026, 3, 10, 0, 0, 0, 0, sh), f.RaisedOn())
		assert.Equal(t, time.Date(2026, 4, 9, 0, 0, 0, 0, sh), f.DueOn())
	})

	bad := []struct {
		name      string
		id        uuid.UUID
		sev       audit.Severity
		clause    string
		statement string
		evidence  string
		raised    time.Time
		policy    audit.RectificationPolicy
		want      []string
	}{
		{"nil id", uuid.Nil, audit.Major, "5.1", "s", "e", dayOf(t, "2026-03-10"), audit.DefaultRectification(), []string{"id: is nil"}},
		{"unknown severity", majorID, 0, "5.1", "s", "e", dayOf(t, "2026-03-10"), audit.DefaultRectification(), []string{"unknown severity 0"}},
		{"blank clause and statement", majorID, audit.Minor, " ", "", "e", dayOf(t, "2026-03-10"), audit.DefaultRectification(), []string{"clause: is blank", "statement: is blank"}},
		{"nonconformity without evidence", majorID, audit.Major, "5.1", "s", "\t", dayOf(t, "2026-03-10"), audit.DefaultRectification(), []string{"a major needs evidence"}},
		{"zero date", majorID, audit.Major, "5.1", "s", "e", time.Time{}, audit.DefaultRectification(), []string{"raised_on: is zero"}},
		{"bad policy", majorID, audit.Major, "5.1", "s", "e", dayOf(t, "2026-03-10"), audit.RectificationPolicy{}, []string{"policy.response_days: 0"}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			f, err := audit.NewFinding(tc.id, tc.sev, tc.clause, tc.statement, tc.evidence, tc.raised, tc.policy)
			require.ErrorIs(t, err, audit.ErrInvalidFinding)
			assert.True(t, f.Equal(audit.Finding{}))
			for _, w := range tc.want {
				assert.ErrorContains(t, err, w)
			}
		})
	}
}

// TestFindingLife walks each severity through its whole life and checks
// every status on every date, overdue included.
func TestFindingLife(t *testing.T) {
	t.Run("major: open → action submitted → verified → closed", func(t *testing.T) {
		open := openFinding(t, majorID, audit.Major)
		submitted, err := open.SubmitAction(dayOf(t, "2026-04-20"), "Closure records added; procedure 7.2 revised; staff trained")
		require.NoError(t, err)
		verified, err := submitted.Verify(dayOf(t, "2026-05-06"))
		require.NoError(t, err)
		closed, err := verified.Close(dayOf(t, "2026-05-07"))
		require.NoError(t, err)

		assert.Equal(t, audit.Open, open.Status(), "earlier values are unchanged")
		assert.Equal(t, audit.ActionSubmitted, submitted.Status())
		assert.Equal(t, audit.Verified, verified.Status())
		assert.Equal(t, audit.Closed, closed.Status())
		assert.Equal(t, "Closure records added; procedure 7.2 revised; staff trained", closed.Action())
		assert.Equal(t, "2026-04-20", calendar.Format(closed.ActionSubmittedOn()))
		assert.Equal(t, "2026-05-06", calendar.Format(closed.VerifiedOn()))
		assert.Equal(t, "2026-05-07", calendar.Format(closed.ClosedOn()))
		assert.True(t, closed.AcceptedOn().IsZero())

		days := []struct {
			day     string
			status  audit.FindingStatus
			overdue bool
			settled bool
		}{
			{"2026-03-09", audit.Open, false, false},
			{"2026-03-10", audit.Open, false, false},
			{"2026-04-09", audit.Open, false, false}, // due day: not yet overdue
			{"2026-04-10", audit.Open, true, false},
			{"2026-04-19", audit.Open, true, false},
			{"2026-04-20", audit.ActionSubmitted, false, false}, // a late action ends the overdue state
			{"2026-05-06", audit.Verified, false, true},
			{"2026-05-07", audit.Closed, false, true},
			{"2027-01-01", audit.Closed, false, true},
		}
		for _, d := range days {
			assert.Equal(t, d.status, closed.StatusOn(dayOf(t, d.day)), d.day)
			assert.Equal(t, d.overdue, closed.OverdueOn(dayOf(t, d.day)), d.day)
			assert.Equal(t, d.settled, closed.SettledOn(dayOf(t, d.day)), d.day)
		}
		assert.True(t, open.OverdueOn(dayOf(t, "2026-04-10")), "30 days after 2026-03-10 is 2026-04-09")
		assert.False(t, open.OverdueOn(dayOf(t, "2026-04-09")))
	})

	t.Run("minor: open → action submitted → accepted → closed", func(t *testing.T) {
		f := openFinding(t, minorID, audit.Minor)
		f, err := f.SubmitAction(dayOf(t, "2026-03-25"), "Plan: retrain the hotline staff by June")
		require.NoError(t, err)
		assert.False(t, f.SettledOn(dayOf(t, "2026-03-25")))
		f, err = f.Accept(dayOf(t, "2026-03-28"))
		require.NoError(t, err)
		assert.Equal(t, audit.Accepted, f.Status())
		assert.True(t, f.SettledOn(dayOf(t, "2026-03-28")), "an accepted plan settles a minor")
		assert.False(t, f.SettledOn(dayOf(t, "2026-03-27")))
		f, err = f.Close(dayOf(t, "2027-03-01"))
		require.NoError(t, err)
		assert.Equal(t, audit.Closed, f.Status())
		assert.Equal(t, audit.Accepted, f.StatusOn(dayOf(t, "2027-02-28")))
		assert.False(t, f.OverdueOn(dayOf(t, "2026-06-01")))
	})

	t.Run("minor may be verified, then closed", func(t *testing.T) {
		f := openFinding(t, minorID, audit.Minor)
		f, err := f.SubmitAction(dayOf(t, "2026-03-25"), "Fixed")
		require.NoError(t, err)
		f, err = f.Verify(dayOf(t, "2026-03-26"))
		require.NoError(t, err)
		assert.True(t, f.SettledOn(dayOf(t, "2026-03-26")))
		f, err = f.Close(dayOf(t, "2026-03-26"))
		require.NoError(t, err)
		assert.Equal(t, audit.Closed, f.Status())
	})

	t.Run("observation: open → closed", func(t *testing.T) {
		f := openFinding(t, observationID, audit.Observation)
		assert.True(t, f.SettledOn(dayOf(t, "2026-03-10")), "an observation never blocks")
		f, err := f.Close(dayOf(t, "2026-03-10"))
		require.NoError(t, err)
		assert.Equal(t, audit.Closed, f.Status())
	})

	t.Run("several events on one day", func(t *testing.T) {
		f := openFinding(t, majorID, audit.Major)
		day := dayOf(t, "2026-03-10")
		f, err := f.SubmitAction(day, "Fixed on the spot")
		require.NoError(t, err)
		f, err = f.Verify(day)
		require.NoError(t, err)
		f, err = f.Close(day)
		require.NoError(t, err)
		assert.Equal(t, audit.Closed, f.StatusOn(day))
	})
}

// TestFindingInvalidTransitions: each refused transition is a *FindingError
// matching ErrFindingState and leaves the finding exactly as it was.
func TestFindingInvalidTransitions(t *testing.T) {
	major := openFinding(t, majorID, audit.Major)
	minor := openFinding(t, minorID, audit.Minor)
	obs := openFinding(t, observationID, audit.Observation)
	step := func(f audit.Finding, err error) audit.Finding {
		require.NoError(t, err)
		return f
	}
	majorSubmitted := step(major.SubmitAction(dayOf(t, "2026-04-01"), "Fixed"))
	majorVerified := step(majorSubmitted.Verify(dayOf(t, "2026-04-05")))
	majorClosed := step(majorVerified.Close(dayOf(t, "2026-04-06")))
	minorSubmitted := step(minor.SubmitAction(dayOf(t, "2026-04-01"), "Plan"))
	minorAccepted := step(minorSubmitted.Accept(dayOf(t, "2026-04-02")))
	obsClosed := step(obs.Close(dayOf(t, "2026-03-11")))

	later := dayOf(t, "2026-06-01")
	tests := []struct {
		name   string
		f      audit.Finding
		do     func(audit.Finding) (audit.Finding, error)
		status audit.FindingStatus
		op     string
		reason string
	}{
		{"close a major twice", majorClosed, func(f audit.Finding) (audit.Finding, error) { return f.Close(later) }, audit.Closed, "close", "already closed"},
		{"close an observation twice", obsClosed, func(f audit.Finding) (audit.Finding, error) { return f.Close(later) }, audit.Closed, "close", "already closed"},
		{"close an open major", major, func(f audit.Finding) (audit.Finding, error) { return f.Close(later) }, audit.Open, "close", "a major must be verified"},
		{"close a major with only an action", majorSubmitted, func(f audit.Finding) (audit.Finding, error) { return f.Close(later) }, audit.ActionSubmitted, "close", "a major must be verified"},
		{"close an open minor", minor, func(f audit.Finding) (audit.Finding, error) { return f.Close(later) }, audit.Open, "close", "action plan must be accepted"},
		{"close a minor with only an action", minorSubmitted, func(f audit.Finding) (audit.Finding, error) { return f.Close(later) }, audit.ActionSubmitted, "close", "action plan must be accepted"},
		{"verify before an action", major, func(f audit.Finding) (audit.Finding, error) { return f.Verify(later) }, audit.Open, "verify", "no action has been submitted"},
		{"verify twice", majorVerified, func(f audit.Finding) (audit.Finding, error) { return f.Verify(later) }, audit.Verified, "verify", "already verified or closed"},
		{"verify a closed major", majorClosed, func(f audit.Finding) (audit.Finding, error) { return f.Verify(later) }, audit.Closed, "verify", "already verified or closed"},
		{"verify an observation", obs, func(f audit.Finding) (audit.Finding, error) { return f.Verify(later) }, audit.Open, "verify", "an observation needs no verification"},
		{"accept a major", majorSubmitted, func(f audit.Finding) (audit.Finding, error) { return f.Accept(later) }, audit.ActionSubmitted, "accept", "a major is verified"},
		{"accept an observation", obs, func(f audit.Finding) (audit.Finding, error) { return f.Accept(later) }, audit.Open, "accept", "only a minor"},
		{"accept before an action", minor, func(f audit.Finding) (audit.Finding, error) { return f.Accept(later) }, audit.Open, "accept", "no action has been submitted"},
		{"accept twice", minorAccepted, func(f audit.Finding) (audit.Finding, error) { return f.Accept(later) }, audit.Accepted, "accept", "already past acceptance"},
		{"submit twice", majorSubmitted, func(f audit.Finding) (audit.Finding, error) { return f.SubmitAction(later, "again") }, audit.ActionSubmitted, "submit action for", "only be submitted while the finding is open"},
		{"submit for an observation", obs, func(f audit.Finding) (audit.Finding, error) { return f.SubmitAction(later, "x") }, audit.Open, "submit action for", "an observation needs no action"},
		{"submit an empty action", major, func(f audit.Finding) (audit.Finding, error) { return f.SubmitAction(later, "  ") }, audit.Open, "submit action for", "the action description is blank"},
		{"date before the raise date", major, func(f audit.Finding) (audit.Finding, error) { return f.SubmitAction(dayOf(t, "2026-03-09"), "x") }, audit.Open, "submit action for", "date 2026-03-09 is before the finding's last event on 2026-03-10"},
		{"date before the last event", majorSubmitted, func(f audit.Finding) (audit.Finding, error) { return f.Verify(dayOf(t, "2026-03-31")) }, audit.ActionSubmitted, "verify", "before the finding's last event on 2026-04-01"},
		{"close an observation before it was raised", obs, func(f audit.Finding) (audit.Finding, error) { return f.Close(dayOf(t, "2026-03-01")) }, audit.Open, "close", "before the finding's last event"},
		{"zero date", minorSubmitted, func(f audit.Finding) (audit.Finding, error) { return f.Accept(time.Time{}) }, audit.ActionSubmitted, "accept", "date is zero"},
		{"the zero finding", audit.Finding{}, func(f audit.Finding) (audit.Finding, error) { return f.Close(later) }, audit.Open, "close", "the zero finding"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := tc.f
			got, err := tc.do(tc.f)
			require.ErrorIs(t, err, audit.ErrFindingState)
			var fe *audit.FindingError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, tc.f.ID(), fe.ID)
			assert.Equal(t, tc.status, fe.Status)
			assert.Equal(t, tc.f.Severity(), fe.Severity)
			assert.Equal(t, tc.op, fe.Op)
			assert.Contains(t, fe.Reason, tc.reason)
			assert.Contains(t, err.Error(), "audit: finding transition not allowed: "+tc.op)
			assert.True(t, got.Equal(before), "the returned value is the unchanged finding")
			assert.True(t, tc.f.Equal(before), "the receiver is unchanged")
			assert.Equal(t, tc.status, tc.f.Status())
		})
	}
}

func TestFindingJSON(t *testing.T) {
	f := openFinding(t, majorID, audit.Major)
	f, err := f.SubmitAction(dayOf(t, "2026-04-01"), "Fixed")
	require.NoError(t, err)
	f, err = f.Verify(dayOf(t, "2026-04-05"))
	require.NoError(t, err)
	b, err := json.Marshal(f)
	require.NoError(t, err)
	assert.JSONEq(t, `{"id":"5f0c7d8e-0000-4000-8000-000000000001","severity":"major",
		"clause":"GB/T 27922-2011 5.3.2","statement":"Complaint records are incomplete",
		"evidence":"3 of 10 sampled complaints have no closure record",
		"raised_on":"2026-03-10","due_on":"2026-04-09","status":"verified",
		"action":"Fixed","action_submitted_on":"2026-04-01","verified_on":"2026-04-05"}`, string(b))
	var back audit.Finding
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Equal(f))

	obs := openFinding(t, observationID, audit.Observation)
	b, err = json.Marshal(obs)
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Equal(obs))

	_, err = json.Marshal(audit.Finding{})
	assert.ErrorIs(t, err, audit.ErrInvalidFinding)

	base := `"id":"5f0c7d8e-0000-4000-8000-000000000001","severity":"major","clause":"5.1","statement":"s","evidence":"e","raised_on":"2026-03-10"`
	bad := []struct{ name, doc, want string }{
		{"unknown severity", `{"id":"5f0c7d8e-0000-4000-8000-000000000001","severity":"critical","clause":"5.1","statement":"s","evidence":"e","raised_on":"2026-03-10","due_on":"2026-04-09","status":"open"}`, `severity: "critical" is not a known severity`},
		{"nil id", `{"id":"00000000-0000-0000-0000-000000000000","severity":"major","clause":"5.1","statement":"s","evidence":"e","raised_on":"2026-03-10","due_on":"2026-04-09","status":"open"}`, "id: is nil"},
		{"bad date", `{` + base + `,"due_on":"2026-4-9","status":"open"}`, `due_on: "2026-4-9" is not a date written YYYY-MM-DD`},
		{"missing raised_on", `{"id":"5f0c7d8e-0000-4000-8000-000000000001","severity":"major","clause":"5.1","statement":"s","evidence":"e","due_on":"2026-04-09","status":"open"}`, "raised_on: is missing"},
		{"major without due date", `{` + base + `,"status":"open"}`, "a major needs a due date"},
		{"due before raised", `{` + base + `,"due_on":"2026-03-09","status":"open"}`, "due_on: 2026-03-09 is before the raised-on date 2026-03-10"},
		{"observation with due date", `{"id":"5f0c7d8e-0000-4000-8000-000000000001","severity":"observation","clause":"5.1","statement":"s","raised_on":"2026-03-10","due_on":"2026-04-09","status":"open"}`, "an observation has no due date"},
		{"status disagrees with the dates", `{` + base + `,"due_on":"2026-04-09","status":"closed"}`, `status: closed does not match the recorded dates (open)`},
		{"unknown status", `{` + base + `,"due_on":"2026-04-09","status":"overdue"}`, `status: "overdue" is not a known finding status`},
		{"verified without action", `{` + base + `,"due_on":"2026-04-09","status":"verified","verified_on":"2026-04-05"}`, "no action has been submitted"},
		{"action without date", `{` + base + `,"due_on":"2026-04-09","status":"open","action":"x"}`, "action and action_submitted_on go together"},
		{"accepted major", `{` + base + `,"due_on":"2026-04-09","status":"accepted","action":"x","action_submitted_on":"2026-04-01","accepted_on":"2026-04-02"}`, "a major is verified"},
		{"events out of order", `{` + base + `,"due_on":"2026-04-09","status":"verified","action":"x","action_submitted_on":"2026-04-03","verified_on":"2026-04-02"}`, "before the finding's last event"},
		{"unknown field", `{` + base + `,"due_on":"2026-04-09","status":"open","overdue":true}`, "overdue"},
		{"duplicate key", `{` + base + `,"due_on":"2026-04-09","due_on":"2026-04-09","status":"open"}`, "due_on"},
		{"not an object", `[]`, "audit: invalid finding"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			got := f
			err := json.Unmarshal([]byte(tc.doc), &got)
			require.Error(t, err)
			assert.ErrorContains(t, err, tc.want)
			assert.True(t, got.Equal(f), "receiver unchanged")
		})
	}
}

func FuzzFindingJSON(f *testing.F) {
	f.Add([]byte(`{"id":"5f0c7d8e-0000-4000-8000-000000000001","severity":"major","clause":"5.1","statement":"s","evidence":"e","raised_on":"2026-03-10","due_on":"2026-04-09","status":"closed","action":"x","action_submitted_on":"2026-04-01","verified_on":"2026-04-05","closed_on":"2026-04-06"}`))
	f.Add([]byte(`{"id":"5f0c7d8e-0000-4000-8000-000000000002","severity":"minor","clause":"5.1","statement":"s","evidence":"e","raised_on":"2026-03-10","due_on":"2026-04-09","status":"accepted","action":"x","action_submitted_on":"2026-04-01","accepted_on":"2026-04-02"}`))
	f.Add([]byte(`{"id":"5f0c7d8e-0000-4000-8000-000000000003","severity":"observation","clause":"5.1","statement":"s","raised_on":"9999-12-31","status":"open"}`))
	f.Add([]byte(`{"id":"5F0C7D8E-0000-4000-8000-000000000003","severity":"observation","clause":"\ud800","statement":"s","raised_on":"0001-01-01","status":"open"}`))
	f.Add([]byte(`{"id":"5f0c7d8e-0000-4000-8000-000000000002","severity":"minor","clause":"5.1","statement":"s","evidence":"e","deduction":"unresolved_complaint","raised_on":"2026-03-10","due_on":"2026-04-09","status":"open"}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, ok := checkDocument[audit.Finding](t, data, audit.ErrInvalidFinding)
		if !ok {
			return
		}
		require.False(t, got.IsZero())
		if got.Severity().Nonconformity() {
			assert.False(t, got.DueOn().Before(got.RaisedOn()))
			assert.LessOrEqual(t, got.DueOn().Year(), 9999)
		}
	})
}
