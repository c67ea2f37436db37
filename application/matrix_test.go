package application_test

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificationtest"
	"github.com/aftersales/certification/internal/calendar"
)

// everyState returns an application of the test applicant in each state,
// each taken there the shortest way; the one in Rectification has a major
// and a minor finding.
func everyState(t *testing.T) map[application.State]application.Application {
	t.Helper()
	out := map[application.State]application.Application{}
	for _, s := range application.States() {
		out[s] = certificationtest.MustWalk(application.AfterSalesScheme(), validApplicant(), s, day("2026-01-05"), 1)
	}
	return out
}

// try takes event e on a with inputs that succeed on the happy path.
func try(t *testing.T, a application.Application, e application.Event, on time.Time) (application.Application, error) {
	t.Helper()
	switch e {
	case application.Submit:
		return a.Submit(on, completeMaterials())
	case application.Return:
		return a.Return(on, []string{"incomplete"})
	case application.Resubmit:
		return a.Resubmit(on, completeMaterials())
	case application.Accept:
		return a.Accept(on, cycleRequest(), cycleQuote(t))
	case application.StartDocumentReview:
		return a.StartDocumentReview(on)
	case application.StartOnSiteAudit:
		return a.StartOnSiteAudit(on)
	case application.CompleteOnSiteAudit:
		return a.CompleteOnSiteAudit(on, nil)
	case application.RequireRectification:
		return a.RequireRectification(on, []audit.Finding{minorFinding(t, on)})
	case application.SubmitRectification, application.ReviewRectification:
		f := minorFinding(t, on)
		if fs := a.Findings(); len(fs) > 0 {
			f = fs[0]
		}
		if e == application.SubmitRectification {
			if next, err := f.SubmitAction(on, "corrected"); err == nil {
				f = next
			}
			return a.SubmitRectification(on, []audit.Finding{f})
		}
		if next, err := f.Accept(on); err == nil {
			f = next
		}
		return a.ReviewRectification(on, []audit.Finding{f})
	case application.CompleteRectification:
		return a.CompleteRectification(on)
	case application.RepeatStage2:
		return a.RepeatStage2(on)
	case application.Certify:
		return a.Certify(on, score(t, 86), certID, "CQC-AS-2026-0001")
	case application.Reject:
		return a.Reject(on, "refused")
	case application.Withdraw:
		return a.Withdraw(on, "changed our mind")
	default:
		return a, fmt.Errorf("try: unknown event %s", e)
	}
}

// reachableFromDraft is the set of states the table leads to from Draft.
func reachableFromDraft() map[application.State]bool {
	reached := map[application.State]bool{application.Draft: true}
	for changed := true; changed; {
		changed = false
		for _, r := range application.Transitions() {
			if reached[r.From] && !reached[r.To] {
				reached[r.To], changed = true, true
			}
		}
	}
	return reached
}

func tableNext(s application.State, e application.Event) (application.State, bool) {
	for _, r := range application.Transitions() {
		if r.From == s && r.Event == e {
			return r.To, true
		}
	}
	return 0, false
}

func TestStateEventMatrix(t *testing.T) {
	apps := everyState(t)
	for _, s := range application.States() {
		for _, e := range application.Events() {
			t.Run(s.String()+"/"+e.String(), func(t *testing.T) {
				a := apps[s]
				before := snapshot(t, a)
				on := stepDay(a)
				got, err := try(t, a, e, on)
				assert.Equal(t, before, snapshot(t, a), "the receiver never changes")
				to, allowed := tableNext(s, e)
				if !allowed {
					var te *application.TransitionError
					require.ErrorAs(t, err, &te)
					assert.ErrorIs(t, err, application.ErrInvalidTransition)
					assert.Equal(t, s, te.From)
					assert.Equal(t, e, te.Event)
					assert.Equal(t, before, snapshot(t, got), "a rejected step returns the application unchanged")
					assert.NotContains(t, a.Allowed(), e)
					return
				}
				assert.Contains(t, a.Allowed(), e)
				if err != nil {
					// Allowed by the table but refused by a guard (such as
					// completing a rectification whose finding is still open).
					assert.ErrorIs(t, err, application.ErrGuard)
					assert.Equal(t, before, snapshot(t, got))
					return
				}
				assert.Equal(t, to, got.State())
				h := got.History()
				require.Len(t, h, len(a.History())+1)
				last := h[len(h)-1]
				assert.Equal(t, application.Record{Event: e, From: s, To: to, On: on, Actor: e.Actor(), Reasons: last.Reasons}, last)
			})
		}
	}
}

// The guard failures the matrix meets with happy-path inputs: exactly these
// pairs, so that a guard that starts refusing good input is caught.
func TestMatrixGuardedPairs(t *testing.T) {
	apps := everyState(t)
	var guarded []string
	for _, s := range application.States() {
		for _, e := range application.Events() {
			a := apps[s]
			_, err := try(t, a, e, stepDay(a))
			if errors.Is(err, application.ErrGuard) {
				guarded = append(guarded, s.String()+"/"+e.String())
			}
		}
	}
	assert.Equal(t, []string{
		"rectification/review_rectification",   // the major (the first finding) has no action to review yet
		"rectification/complete_rectification", // the findings are still open
		"rectification/repeat_stage2",          // the limit has not passed
	}, guarded)
}

// stepDay is the day after a's latest step, and no earlier than 2026-01-20,
// when completeMaterials first passes the checklist.
func stepDay(a application.Application) time.Time {
	return calendar.Max(calendar.AddDays(a.LastDate(), 1), day("2026-01-20"))
}

// A random walk through the steps, with good and bad inputs and dates:
// every refused step changes nothing, every accepted one follows the table,
// the state is always reachable from Draft through the table, and the
// history replays (JSON) to the same application.
func TestRandomWalks(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 27922))
	reachable := reachableFromDraft()
	events := application.Events()
	visited := map[application.State]bool{application.Draft: true}
	taken := map[application.Event]bool{}
	for walk := range 40 {
		a := newApp(t)
		for range 40 {
			e := events[rng.IntN(len(events))]
			if forward := forwardEvents(a); len(forward) > 0 && rng.IntN(6) > 0 {
				e = forward[rng.IntN(len(forward))]
			}
			on := calendar.AddDays(a.LastDate(), rng.IntN(45)-2)
			if e == application.RepeatStage2 {
				on = calendar.AddDays(a.LastDate(), rng.IntN(250)) // the limit is 6 months
			}
			before := snapshot(t, a)
			next, err := randomStep(t, rng, a, e, on)
			if err != nil {
				require.Equal(t, before, snapshot(t, a), "walk %d: %s", walk, e)
				require.Equal(t, before, snapshot(t, next), "walk %d: %s", walk, e)
				continue
			}
			to, ok := tableNext(a.State(), e)
			require.True(t, ok, "walk %d: %s from %s is not in the table", walk, e, a.State())
			require.Equal(t, to, next.State())
			a = next
			visited[a.State()] = true
			taken[e] = true
			require.True(t, reachable[a.State()])
		}
		h := a.History()
		state := application.Draft
		for _, r := range h {
			require.Equal(t, state, r.From)
			state = r.To
		}
		require.Equal(t, state, a.State())
		data, err := a.MarshalJSON()
		require.NoError(t, err)
		back, err := application.Decode(data, application.AfterSalesScheme())
		require.NoError(t, err, "walk %d", walk)
		require.Equal(t, string(data), snapshot(t, back))
	}
	for _, s := range application.States() {
		assert.True(t, visited[s], "the walks reach %s", s)
	}
	for _, e := range application.Events() {
		assert.True(t, taken[e], "the walks take %s", e)
	}
}

// forwardEvents are the allowed events that do not end the application.
func forwardEvents(a application.Application) []application.Event {
	var out []application.Event
	for _, e := range a.Allowed() {
		if e != application.Reject && e != application.Withdraw {
			out = append(out, e)
		}
	}
	return out
}

// randomStep takes e with inputs that are sometimes good, sometimes wrong.
func randomStep(t *testing.T, rng *rand.Rand, a application.Application, e application.Event, on time.Time) (application.Application, error) {
	t.Helper()
	bad := rng.IntN(5) == 0
	switch e {
	case application.Submit, application.Resubmit:
		m := completeMaterials()
		if bad {
			m = withoutReport2024()
		}
		if e == application.Submit {
			return a.Submit(on, m)
		}
		return a.Resubmit(on, m)
	case application.Accept:
		req := cycleRequest()
		if bad {
			req.Personnel = 60
		}
		return a.Accept(on, req, cycleQuote(t))
	case application.RequireRectification:
		fs := []audit.Finding{minorFinding(t, on)}
		if rng.IntN(2) == 0 {
			fs = append(fs, majorFinding(t, on))
		}
		if bad {
			fs = nil
		}
		return a.RequireRectification(on, fs)
	case application.SubmitRectification, application.ReviewRectification:
		// Good input carries only the step's own actor's transitions; bad
		// input also carries the other actor's (applicant and body in one
		// step), which either step must refuse.
		var updates []audit.Finding
		for _, f := range a.Findings() {
			var next audit.Finding
			var err error
			switch {
			case f.Status() == audit.Open && (e == application.SubmitRectification || bad):
				next, err = f.SubmitAction(on, "done")
				if err == nil && bad && f.Severity() == audit.Minor {
					next, err = next.Accept(on)
				}
			case e == application.SubmitRectification:
				continue
			case f.Severity() == audit.Minor && f.Status() == audit.ActionSubmitted:
				next, err = f.Accept(on)
			case f.Severity() == audit.Major && f.Status() == audit.ActionSubmitted && rng.IntN(3) > 0:
				next, err = f.Verify(on)
			case (f.Status() == audit.Accepted || f.Status() == audit.Verified) && rng.IntN(2) == 0:
				next, err = f.Close(on)
			default:
				continue
			}
			if err == nil {
				updates = append(updates, next)
			}
		}
		if e == application.SubmitRectification {
			return a.SubmitRectification(on, updates)
		}
		return a.ReviewRectification(on, updates)
	case application.Certify:
		pct := int64(60 + rng.IntN(41))
		id := certID
		if bad {
			id = uuid.Nil
		}
		return a.Certify(on, score(t, pct), id, "CQC-AS-2026-0001")
	case application.Return, application.Reject, application.Withdraw:
		reason := "reason"
		if bad {
			reason = " "
		}
		switch e {
		case application.Return:
			return a.Return(on, []string{reason})
		case application.Reject:
			return a.Reject(on, reason)
		default:
			return a.Withdraw(on, reason)
		}
	default:
		return try(t, a, e, on)
	}
}
