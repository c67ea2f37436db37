package certificate

import (
	"math/rand/v2"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/google/uuid"
)

// statusByRule is the plain rule that the timeline of fast.go must follow:
// issue the certificate again, record its events up to day d, apply the
// automatic changes up to d, and read the status at the end of d.
func statusByRule(t *testing.T, c Certificate, d epochDay) Status {
	t.Helper()
	if d < c.issued {
		return NotYetValid
	}
	cyc, issued := c.policy.firstCycle(c.grant)
	r := newCertificate(c.policy, c.grant, cyc, issued)
	for _, e := range c.events {
		if dayOf(e.On) > d {
			break
		}
		call := e.Kind
		if call == Restoration {
			call = Recertification
		}
		if _, err := r.apply(call, e.On, e.Reason, e.Level); err != nil {
			t.Fatalf("replaying %s on %s: %v", e.Kind, calendar.Format(e.On), err)
		}
	}
	r.advance(d)
	return r.st.status
}

// TestTimelineFollowsTheRules: on every day of random histories, the
// timeline that StatusOn looks up gives the status that the plain rule
// gives.
func TestTimelineFollowsTheRules(t *testing.T) {
	rng := rand.New(rand.NewPCG(14, 6))
	dense := DefaultPolicy()
	dense.SurveillancesPerCycle, dense.SurveillanceIntervalMonths, dense.RestorationWindowMonths = 5, 6, 2
	tolerant := DefaultPolicy()
	tolerant.SurveillanceToleranceMonths, tolerant.MaxSuspensionMonths = 3, 2
	policies := []Policy{DefaultPolicy(), CNCA2026Policy(), dense, tolerant}
	kinds := []EventKind{Surveillance, Surveillance, Surveillance, Suspension, Reinstatement, Recertification, Withdrawal, Cancellation}
	checked := 0
	for run := range 60 {
		decided := calendar.AddDays(time.Date(2020, time.January, 1, 0, 0, 0, 0, time.UTC), rng.IntN(2000))
		c, err := Issue(policies[run%len(policies)], Grant{
			ID: uuid.MustParse("0b6c1d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"), Number: "N-1", Holder: "H", CreditCode: "91310000132260250X",
			Scope: "S", Standard: "GB/T 27922-2011", Level: audit.Compliant, DecidedOn: decided, IssuedOn: calendar.AddDays(decided, rng.IntN(30)),
		})
		if err != nil {
			t.Fatal(err)
		}
		on := c.grant.IssuedOn
		for range 12 {
			on = calendar.AddDays(on, rng.IntN(200))
			if next, err := c.record(kinds[rng.IntN(len(kinds))], on, "reason", audit.FiveStar); err == nil {
				c = next
			}
		}
		for d := dayOf(decided) - 30; d < c.st.cyc.expiry+800; d++ {
			if got, want := c.StatusOnDay(Day{n: d, set: true}), statusByRule(t, c, d); got != want {
				t.Fatalf("run %d, %s: the timeline says %s, the rule %s (history %v)", run, c.formatDay(d), got, want, c.events)
			}
			checked++
		}
	}
	t.Logf("%d days checked", checked)
}
