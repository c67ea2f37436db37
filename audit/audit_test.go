package audit_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// stage2Audit is a stage 2 audit on 2026-03-09 and 2026-03-10 with a major, a
// minor and an observation raised on the last day.
func stage2Audit(t testing.TB) audit.Audit {
	t.Helper()
	a, err := audit.NewAudit(audit.Stage2, dayOf(t, "2026-03-09"), dayOf(t, "2026-03-10"),
		openFinding(t, majorID, audit.Major), openFinding(t, minorID, audit.Minor), openFinding(t, observationID, audit.Observation))
	require.NoError(t, err)
	return a
}

func resultOf(t testing.TB, score string) audit.Result {
	t.Helper()
	card := audit.GBT27922()
	r, err := card.Score(fullMarks(t, card, score))
	require.NoError(t, err)
	return r
}

func TestNewAudit(t *testing.T) {
	a := stage2Audit(t)
	assert.Equal(t, audit.Stage2, a.Kind())
	assert.Equal(t, "2026-03-09", calendar.Format(a.FirstDay()))
	assert.Equal(t, "2026-03-10", calendar.Format(a.LastDay()))
	require.Len(t, a.Findings(), 3)
	assert.Equal(t, majorID, a.Findings()[0].ID())
	_, scored := a.Result()
	assert.False(t, scored)
	f, ok := a.Finding(minorID)
	require.True(t, ok)
	assert.Equal(t, audit.Minor, f.Severity())
	_, ok = a.Finding(uuid.New())
	assert.False(t, ok)

	t.Run("one-day audit, no findings", func(t *testing.T) {
		a, err := audit.NewAudit(audit.Surveillance, dayOf(t, "2027-03-01"), dayOf(t, "2027-03-01"))
		require.NoError(t, err)
		assert.Empty(t, a.Findings())
	})
	t.Run("findings are copied", func(t *testing.T) {
		list := []audit.Finding{openFinding(t, majorID, audit.Major)}
		a, err := audit.NewAudit(audit.Stage2, dayOf(t, "2026-03-09"), dayOf(t, "2026-03-10"), list...)
		require.NoError(t, err)
		list[0] = openFinding(t, minorID, audit.Minor)
		out := a.Findings()
		out[0] = audit.Finding{}
		assert.Equal(t, majorID, a.Findings()[0].ID())
	})

	early, err := audit.NewFinding(minorID, audit.Minor, "5.1", "s", "e", dayOf(t, "2026-03-08"), audit.DefaultRectification())
	require.NoError(t, err)
	late, err := audit.NewFinding(observationID, audit.Observation, "5.1", "s", "", dayOf(t, "2026-03-11"), audit.DefaultRectification())
	require.NoError(t, err)
	bad := []struct {
		name        string
		kind        audit.Kind
		first, last time.Time
		findings    []audit.Finding
		want        []string
	}{
		{"unknown kind and zero days", 0, time.Time{}, time.Time{}, nil, []string{"unknown kind 0", "first_day: is zero", "last_day: is zero"}},
		{"last before first", audit.Stage1, dayOf(t, "2026-03-10"), dayOf(t, "2026-03-09"), nil, []string{"last_day: 2026-03-09 is before the first day 2026-03-10"}},
		{"finding raised before the audit", audit.Stage2, dayOf(t, "2026-03-09"), dayOf(t, "2026-03-10"), []audit.Finding{early}, []string{"raised on 2026-03-08, outside the audit 2026-03-09 to 2026-03-10"}},
		{"finding raised after the audit", audit.Stage2, dayOf(t, "2026-03-09"), dayOf(t, "2026-03-10"), []audit.Finding{late}, []string{"raised on 2026-03-11, outside"}},
		{"zero finding", audit.Stage2, dayOf(t, "2026-03-09"), dayOf(t, "2026-03-10"), []audit.Finding{{}}, []string{"a finding is the zero Finding"}},
		{"same finding twice", audit.Stage2, dayOf(t, "2026-03-09"), dayOf(t, "2026-03-10"), []audit.Finding{openFinding(t, majorID, audit.Major), openFinding(t, majorID, audit.Minor)}, []string{"is listed twice"}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			a, err := audit.NewAudit(tc.kind, tc.first, tc.last, tc.findings...)
			require.ErrorIs(t, err, audit.ErrInvalidAudit)
			assert.True(t, a.Equal(audit.Audit{}))
			for _, w := range tc.want {
				assert.ErrorContains(t, err, w)
			}
		})
	}
}

func TestAuditMethodsReturnNewValues(t *testing.T) {
	a := stage2Audit(t)
	before := stage2Audit(t)
	second := uuid.MustParse("5f0c7d8e-0000-4000-8000-000000000004")

	t.Run("Raise", func(t *testing.T) {
		b, err := a.Raise(second, audit.Minor, "5.5", "s", "e", audit.DefaultRectification())
		require.NoError(t, err)
		require.Len(t, b.Findings(), 4)
		f, _ := b.Finding(second)
		assert.Equal(t, "2026-03-10", calendar.Format(f.RaisedOn()), "raised on the audit's last day")
		assert.Equal(t, "2026-04-09", calendar.Format(f.DueOn()), "30 days from the audit's last day")
		assert.True(t, a.Equal(before))

		_, err = a.Raise(majorID, audit.Minor, "5.5", "s", "e", audit.DefaultRectification())
		assert.ErrorIs(t, err, audit.ErrInvalidAudit)
		assert.ErrorContains(t, err, "already recorded")
		_, err = a.Raise(uuid.Nil, audit.Minor, "5.5", "s", "e", audit.DefaultRectification())
		assert.ErrorIs(t, err, audit.ErrInvalidFinding)
		_, err = audit.Audit{}.Raise(second, audit.Minor, "5.5", "s", "e", audit.DefaultRectification())
		assert.ErrorIs(t, err, audit.ErrInvalidAudit)
		assert.True(t, a.Equal(before))
	})

	t.Run("WithFinding", func(t *testing.T) {
		f, err := audit.NewFinding(second, audit.Major, "5.1", "s", "e", dayOf(t, "2026-03-09"), audit.DefaultRectification())
		require.NoError(t, err)
		b, err := a.WithFinding(f)
		require.NoError(t, err)
		assert.Len(t, b.Findings(), 4)
		assert.Len(t, a.Findings(), 3)

		outside, err := audit.NewFinding(second, audit.Major, "5.1", "s", "e", dayOf(t, "2026-03-11"), audit.DefaultRectification())
		require.NoError(t, err)
		for name, f := range map[string]audit.Finding{"duplicate": openFinding(t, majorID, audit.Major), "outside": outside, "zero": {}} {
			got, err := a.WithFinding(f)
			assert.ErrorIs(t, err, audit.ErrInvalidAudit, name)
			assert.True(t, got.Equal(before), name)
		}
		_, err = audit.Audit{}.WithFinding(f)
		assert.ErrorIs(t, err, audit.ErrInvalidAudit)
		assert.True(t, a.Equal(before))
	})

	t.Run("UpdateFindings of one finding", func(t *testing.T) {
		f, _ := a.Finding(majorID)
		f, err := f.SubmitAction(dayOf(t, "2026-04-01"), "Fixed")
		require.NoError(t, err)
		b, err := a.UpdateFindings(f)
		require.NoError(t, err)
		got, _ := b.Finding(majorID)
		assert.Equal(t, audit.ActionSubmitted, got.Status())
		old, _ := a.Finding(majorID)
		assert.Equal(t, audit.Open, old.Status(), "the receiver is unchanged")

		other, err := audit.NewFinding(majorID, audit.Minor, "5.1", "s", "e", dayOf(t, "2026-03-10"), audit.DefaultRectification())
		require.NoError(t, err)
		_, err = a.UpdateFindings(other)
		assert.ErrorIs(t, err, audit.ErrInvalidAudit)
		assert.ErrorContains(t, err, "may only record transitions")
		_, err = a.UpdateFindings(openFinding(t, uuid.MustParse("5f0c7d8e-0000-4000-8000-0000000000ff"), audit.Major))
		assert.ErrorContains(t, err, "no finding")
		assert.True(t, a.Equal(before))
	})

	t.Run("WithResult", func(t *testing.T) {
		r := resultOf(t, "86.5")
		b, err := a.WithResult(r)
		require.NoError(t, err)
		got, ok := b.Result()
		require.True(t, ok)
		assert.True(t, got.Equal(r))
		_, ok = a.Result()
		assert.False(t, ok)

		_, err = a.WithResult(audit.Result{})
		assert.ErrorIs(t, err, audit.ErrInvalidAudit)
		assert.ErrorIs(t, err, audit.ErrInvalidResult)
		stage1, err := audit.NewAudit(audit.Stage1, dayOf(t, "2026-02-01"), dayOf(t, "2026-02-01"))
		require.NoError(t, err)
		_, err = stage1.WithResult(r)
		assert.ErrorContains(t, err, "a stage 1 audit (document review) is not scored")
		_, err = audit.Audit{}.WithResult(r)
		assert.ErrorIs(t, err, audit.ErrInvalidAudit)
		assert.True(t, a.Equal(before))
	})
}

func TestAuditJSON(t *testing.T) {
	a := stage2Audit(t)
	a, err := a.WithResult(resultOf(t, "91"))
	require.NoError(t, err)
	b, err := json.Marshal(a)
	require.NoError(t, err)
	var back audit.Audit
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Equal(a))
	assert.Contains(t, string(b), `"kind":"stage2","first_day":"2026-03-09","last_day":"2026-03-10"`)
	assert.Contains(t, string(b), `"result":{"applicable":"100.00","awarded":"91.00","bonus":false,"deductions":[],"score":"91.00","level":"four_star",`+defaultGradingJSON+`}`)

	unscored, err := audit.NewAudit(audit.Surveillance, dayOf(t, "2027-03-01"), dayOf(t, "2027-03-01"))
	require.NoError(t, err)
	b, err = json.Marshal(unscored)
	require.NoError(t, err)
	assert.JSONEq(t, `{"kind":"surveillance","first_day":"2027-03-01","last_day":"2027-03-01","findings":[]}`, string(b))
	require.NoError(t, json.Unmarshal(b, &back))
	assert.True(t, back.Equal(unscored))

	_, err = json.Marshal(audit.Audit{})
	assert.ErrorIs(t, err, audit.ErrInvalidAudit)

	bad := []struct{ name, doc, want string }{
		{"unknown kind", `{"kind":"stage3","first_day":"2027-03-01","last_day":"2027-03-01","findings":[]}`, `kind: "stage3" is not a known kind`},
		{"bad day", `{"kind":"stage2","first_day":"01/03/2027","last_day":"2027-03-01","findings":[]}`, `first_day: "01/03/2027" is not a date written YYYY-MM-DD`},
		{"last before first", `{"kind":"stage2","first_day":"2027-03-02","last_day":"2027-03-01","findings":[]}`, "is before the first day"},
		{"stage 1 with result", `{"kind":"stage1","first_day":"2027-03-01","last_day":"2027-03-01","findings":[],"result":{"applicable":"100","awarded":"80","deductions":[],"score":"80","level":"three_star",` + defaultGradingJSON + `}}`, "not scored"},
		{"bad result", `{"kind":"stage2","first_day":"2027-03-01","last_day":"2027-03-01","findings":[],"result":{"applicable":"100","awarded":"80","deductions":[],"score":"180","level":"three_star",` + defaultGradingJSON + `}}`, "score: 180 must be between 0 and 100"},
		{"null finding", `{"kind":"stage2","first_day":"2027-03-01","last_day":"2027-03-01","findings":[null]}`, "findings[0]: invalid JSON document: null, where a value is required"},
		{"finding outside", `{"kind":"stage2","first_day":"2027-03-01","last_day":"2027-03-01","findings":[{"id":"5f0c7d8e-0000-4000-8000-000000000003","severity":"observation","clause":"5.1","statement":"s","raised_on":"2026-03-10","status":"open"}]}`, "outside the audit"},
		{"unknown field", `{"kind":"stage2","first_day":"2027-03-01","last_day":"2027-03-01","findings":[],"score":"80"}`, "score"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			got := a
			err := json.Unmarshal([]byte(tc.doc), &got)
			require.Error(t, err)
			assert.ErrorContains(t, err, tc.want)
			assert.True(t, got.Equal(a), "receiver unchanged")
		})
	}
}

func FuzzAuditJSON(f *testing.F) {
	f.Add([]byte(`{"kind":"surveillance","first_day":"2027-03-01","last_day":"2027-03-01","findings":[]}`))
	f.Add([]byte(`{"kind":"stage2","first_day":"2026-03-09","last_day":"2026-03-10","findings":[{"id":"5f0c7d8e-0000-4000-8000-000000000003","severity":"observation","clause":"5.1","statement":"s","raised_on":"2026-03-10","status":"open"}],"result":{"applicable":"100","awarded":"80","deductions":[],"score":"80","level":"three_star",` + defaultGradingJSON + `}}`))
	f.Add([]byte(`{"kind":"stage2","first_day":"9999-12-31","last_day":"9999-12-31","findings":[null],"result":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if got, ok := checkDocument[audit.Audit](t, data, audit.ErrInvalidAudit); ok {
			require.True(t, got.Kind().IsValid())
		}
	})
}
