package certificate_test

import (
	"errors"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/stretchr/testify/require"
)

// TestPropertyRandomHistories drives certificates through random event
// sequences (a fixed seed, so failures reproduce) and checks after every
// step that:
//   - a refused event is an *EventError and changes nothing, in the receiver
//     or in what is returned;
//   - an accepted event does not change the status of any earlier day;
//   - withdrawn and cancelled are final: once on a day, on every later day;
//   - the certificate survives a JSON round trip unchanged.
func TestPropertyRandomHistories(t *testing.T) {
	rng := rand.New(rand.NewPCG(2026, 310))
	policies := []certificate.Policy{certificate.DefaultPolicy()}
	tol := certificate.DefaultPolicy()
	tol.SurveillanceToleranceMonths, tol.MaxSuspensionMonths, tol.RestorationWindowMonths = 3, 3, 0
	policies = append(policies, tol)
	dense := certificate.DefaultPolicy()
	dense.SurveillancesPerCycle, dense.SurveillanceIntervalMonths, dense.RestorationWindowMonths = 5, 6, 2
	policies = append(policies, dense, certificate.CNCA2026Policy())

	// Mostly plausible input, with some of every kind of mistake.
	levels := []audit.Level{0, audit.NotRated, audit.Compliant, audit.Compliant, audit.FourStar, audit.FiveStar, audit.FiveStar, audit.FiveStar}
	reasons := []string{"", " ", "complaints", "complaints", "false advertising", "holder's request", "scope reduced", "audit refused"}
	kinds := []certificate.EventKind{ // weighted
		certificate.Surveillance, certificate.Surveillance, certificate.Surveillance, certificate.Surveillance, certificate.Surveillance,
		certificate.Suspension, certificate.Reinstatement, certificate.Reinstatement,
		certificate.Recertification, certificate.Recertification, certificate.Recertification,
		certificate.Withdrawal, certificate.Cancellation,
	}
	accepted, refused := 0, 0
	byRule := map[string]int{}
	for run := range 300 {
		p := policies[run%len(policies)]
		decided := calendar.AddDays(day("2020-01-01"), rng.IntN(3650))
		g := grantOn(calendar.Format(decided), calendar.Format(calendar.AddDays(decided, rng.IntN(20))))
		if run%2 == 1 {
			g = placed(g)
		}
		c := issue(t, p, g)
		on := g.IssuedOn
		for step := range 20 {
			// Mostly forward, sometimes backward to test the order rule.
			on = calendar.AddDays(on, rng.IntN(220)-15)
			kind := kinds[rng.IntN(len(kinds))]
			o := op{kind: kind, on: calendar.Format(on), reason: reasons[rng.IntN(len(reasons))], level: levels[rng.IntN(len(levels))]}
			before := snapshot(t, c)
			next, err := apply(c, o)
			if err != nil {
				refused++
				byRule[trimRule(err)]++
				var ee *certificate.EventError
				require.True(t, errors.As(err, &ee), "run %d step %d: %v", run, step, err)
				require.Equal(t, before, snapshot(t, c), "run %d step %d: receiver changed by %v", run, step, err)
				require.Equal(t, before, snapshot(t, next), "run %d step %d: refused event returned a changed certificate", run, step)
				if errors.Is(err, certificate.ErrFinal) {
					break // nothing more can happen
				}
				continue
			}
			accepted++
			require.Len(t, next.History(), len(c.History())+1)
			for d := calendar.AddDays(g.DecidedOn, -3); calendar.Before(d, on); d = calendar.AddDays(d, 13) {
				require.Equal(t, c.StatusOn(d), next.StatusOn(d), "run %d step %d: %s on %s changed the status of %s",
					run, step, o.kind, o.on, calendar.Format(d))
			}
			for d := calendar.AddDays(on, -40); calendar.Before(d, on); d = calendar.AddDays(d, 1) {
				require.Equal(t, c.StatusOn(d), next.StatusOn(d), "run %d step %d: changed %s", run, step, calendar.Format(d))
			}
			c = next
			requireFinalStaysFinal(t, c, g.DecidedOn)
			var back certificate.Certificate
			require.NoError(t, back.UnmarshalJSON([]byte(snapshot(t, c))), "run %d step %d", run, step)
			require.Equal(t, snapshot(t, c), snapshot(t, back))
		}
	}
	t.Logf("%d events accepted, %d refused: %v", accepted, refused, byRule)
	require.Greater(t, accepted, 600, "the generator should exercise accepted events")
	require.Greater(t, refused, 600)
}

// requireFinalStaysFinal checks that once withdrawn or cancelled, a
// certificate is never anything else, and that it is never valid again
// after being final.
func requireFinalStaysFinal(t *testing.T, c certificate.Certificate, from time.Time) {
	t.Helper()
	var final certificate.Status
	for d := from; calendar.Before(d, calendar.AddDays(c.ExpiresOn(), 800)); d = calendar.AddDays(d, 3) {
		s := c.StatusOn(d)
		if final != 0 {
			require.Equal(t, final, s, "final status %s became %s on %s", final, s, calendar.Format(d))
		}
		if s.Final() {
			final = s
		}
	}
}

// trimRule returns the sentinel of a refused event, for the test's log.
func trimRule(err error) string {
	var ee *certificate.EventError
	if errors.As(err, &ee) && ee.Err != nil {
		return ee.Err.Error()
	}
	return "other"
}
