package certificate_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// snapshot is everything observable about a certificate, to show that a
// refused event changed nothing.
func snapshot(t testing.TB, c certificate.Certificate) string {
	t.Helper()
	data, err := json.Marshal(c)
	require.NoError(t, err)
	return string(data)
}

func TestEventErrors(t *testing.T) {
	p := certificate.DefaultPolicy()
	base := issue(t, p, grantOn("2026-03-10", "2026-03-16"))
	surveyed := applyAll(t, base, surv("2027-03-01"), surv("2028-03-01"))
	noRestoration := p
	noRestoration.RestorationWindowMonths = 0

	tests := []struct {
		name       string
		c          certificate.Certificate
		op         op
		want       error
		wantKind   certificate.EventKind
		wantStatus certificate.Status
		text       string
	}{
		{"blank suspension reason", base, op{kind: certificate.Suspension, on: "2026-05-01", reason: " "}, certificate.ErrInvalidEvent, certificate.Suspension, 0, "reason is blank"},
		{"suspension reason not UTF-8", base, op{kind: certificate.Suspension, on: "2026-05-01", reason: "bad\xff"}, certificate.ErrInvalidEvent, certificate.Suspension, 0, "reason is not valid UTF-8"},
		{"empty withdrawal reason", base, op{kind: certificate.Withdrawal, on: "2026-05-01"}, certificate.ErrInvalidEvent, certificate.Withdrawal, 0, "reason is blank"},
		{"empty cancellation reason", base, op{kind: certificate.Cancellation, on: "2026-05-01"}, certificate.ErrInvalidEvent, certificate.Cancellation, 0, "reason is blank"},
		{"before the issue", base, surv("2026-03-15"), certificate.ErrEventOrder, certificate.Surveillance, certificate.NotYetValid, "before the issue date 2026-03-16"},
		{"before the last event", applyAll(t, base, suspend("2026-06-01")), reinstate("2026-05-31"), certificate.ErrEventOrder, certificate.Reinstatement, certificate.Valid, "before the last event on 2026-06-01"},
		{"after a withdrawal", applyAll(t, base, withdraw("2026-06-01")), surv("2026-07-01"), certificate.ErrFinal, certificate.Surveillance, certificate.Withdrawn, ""},
		{"withdrawn by a missed surveillance", base, surv("2027-09-12"), certificate.ErrFinal, certificate.Surveillance, certificate.Withdrawn, ""},
		{"after a cancellation", applyAll(t, base, cancel("2026-06-01")), withdraw("2026-06-01"), certificate.ErrFinal, certificate.Withdrawal, certificate.Cancelled, ""},
		{"recertify after a cancellation", applyAll(t, surveyed, cancel("2028-06-01")), recertify("2028-07-01"), certificate.ErrFinal, certificate.Recertification, certificate.Cancelled, ""},
		{"suspend after expiry", surveyed, suspend("2029-03-10"), certificate.ErrExpired, certificate.Suspension, certificate.Expired, "expired on 2029-03-09"},
		{"cancel after expiry", surveyed, cancel("2029-04-01"), certificate.ErrExpired, certificate.Cancellation, certificate.Expired, ""},
		{"suspend twice", applyAll(t, base, suspend("2026-06-01")), suspend("2026-06-02"), certificate.ErrSuspended, certificate.Suspension, certificate.Suspended, "already suspended for cause"},
		{"reinstate a valid certificate", base, reinstate("2026-06-01"), certificate.ErrNotSuspended, certificate.Reinstatement, certificate.Valid, ""},
		{"reinstate after a missed surveillance", base, reinstate("2027-03-11"), certificate.ErrNotSuspended, certificate.Reinstatement, certificate.Suspended, "only recording the surveillance lifts"},
		{"third surveillance", surveyed, surv("2028-06-01"), certificate.ErrNotDue, certificate.Surveillance, certificate.Valid, "all 2 surveillances"},
		{"surveillance on the decision day", issue(t, p, grantOn("2026-03-10", "2026-03-10")), surv("2026-03-10"), certificate.ErrNotDue, certificate.Surveillance, certificate.Valid, "surveillance 1 of the cycle opens on 2026-03-11"},
		{"surveillance on the issue day under CNCA 2026", issue(t, certificate.CNCA2026Policy(), grantOn("2026-03-10", "2026-03-16")), surv("2026-03-16"), certificate.ErrNotDue, certificate.Surveillance, certificate.Valid, "surveillance 1 of the cycle opens on 2026-03-17"},
		{"an early first surveillance recorded twice on one day", applyAll(t, base, surv("2026-09-01")), surv("2026-09-01"), certificate.ErrNotDue, certificate.Surveillance, certificate.Valid, "surveillance 2 of the cycle opens on 2026-09-02"},
		{"a late first surveillance recorded twice on one day", applyAll(t, base, surv("2027-04-01")), surv("2027-04-01"), certificate.ErrNotDue, certificate.Surveillance, certificate.Valid, "surveillance 2 of the cycle opens on 2027-04-02"},
		{"recertify below 达标", surveyed, op{kind: certificate.Recertification, on: "2029-01-01", level: audit.NotRated}, certificate.ErrNotCertifiable, certificate.Recertification, 0, ""},
		{"recertify with no level", surveyed, op{kind: certificate.Recertification, on: "2029-01-01"}, certificate.ErrNotCertifiable, certificate.Recertification, 0, ""},
		{"recertify while suspended", applyAll(t, surveyed, suspend("2028-12-01")), recertify("2029-01-01"), certificate.ErrSuspended, certificate.Recertification, certificate.Suspended, ""},
		{"restore a certificate suspended at expiry", applyAll(t, surveyed, suspend("2029-01-01")), recertify("2029-04-01"), certificate.ErrSuspended, certificate.Restoration, certificate.Expired, "suspended when it expired on 2029-03-09"},
		{"recertify with a surveillance pending", applyAll(t, base, surv("2027-03-01")), recertify("2027-06-01"), certificate.ErrSurveillancePending, certificate.Recertification, certificate.Valid, "surveillance 2 of 2"},
		{"recertify twice", applyAll(t, surveyed, recertify("2029-01-01")), recertify("2029-02-01"), certificate.ErrSurveillancePending, certificate.Recertification, certificate.Valid, "already recertified: the new cycle starts on 2029-03-10"},
		{"restore 6 months and 1 day after expiry", surveyed, recertify("2029-09-10"), certificate.ErrRestorationWindow, certificate.Restoration, certificate.Expired, "window closed on 2029-09-09"},
		{"restore with no window", applyAll(t, issue(t, noRestoration, grantOn("2026-03-10", "2026-03-16")), surv("2027-03-01"), surv("2028-03-01")),
			recertify("2029-03-10"), certificate.ErrRestorationWindow, certificate.Restoration, certificate.Expired, "allows no restoration"},
		{"restore under CNCA 2026", applyAll(t, issue(t, certificate.CNCA2026Policy(), grantOn("2026-03-10", "2026-03-16")), surv("2027-03-01"), surv("2028-03-01")),
			recertify("2029-03-10"), certificate.ErrRestorationWindow, certificate.Restoration, certificate.Expired, "a new initial certification is needed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := snapshot(t, tt.c)
			got, err := apply(tt.c, tt.op)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			var ee *certificate.EventError
			require.True(t, errors.As(err, &ee))
			assert.Equal(t, tt.wantKind, ee.Event)
			assert.Equal(t, tt.wantStatus, ee.Status)
			assert.Equal(t, tt.op.on, calendar.Format(ee.On))
			// The rule, then the event: "package: kind: field: problem".
			assert.True(t, strings.HasPrefix(err.Error(), tt.want.Error()+": "+tt.wantKind.String()+" on "+tt.op.on), err.Error())
			assert.Contains(t, err.Error(), tt.text)
			assert.Equal(t, before, snapshot(t, tt.c), "receiver unchanged")
			assert.Equal(t, before, snapshot(t, got), "the receiver is returned on error")
		})
	}
}

func TestEventDateErrors(t *testing.T) {
	c := issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16"))
	far := time.Date(10000, time.January, 1, 0, 0, 0, 0, time.UTC)
	calls := map[string]func(time.Time) (certificate.Certificate, error){
		"surveillance":  c.RecordSurveillance,
		"suspension":    func(d time.Time) (certificate.Certificate, error) { return c.Suspend(d, "x") },
		"reinstatement": c.Reinstate,
		"withdrawal":    func(d time.Time) (certificate.Certificate, error) { return c.Withdraw(d, "x") },
		"cancellation":  func(d time.Time) (certificate.Certificate, error) { return c.Cancel(d, "x") },
		"recertification": func(d time.Time) (certificate.Certificate, error) {
			return c.Recertify(d, audit.FiveStar)
		},
	}
	for name, call := range calls {
		t.Run(name, func(t *testing.T) {
			_, err := call(time.Time{})
			assert.ErrorIs(t, err, certificate.ErrInvalidEvent)
			assert.Contains(t, err.Error(), "certificate: invalid event: "+name+" on zero date")
			_, err = call(far)
			assert.ErrorIs(t, err, certificate.ErrInvalidEvent)
			assert.Contains(t, err.Error(), "outside 0001-01-02 to 9999-12-31")
		})
	}
	t.Run("zero certificate", func(t *testing.T) {
		var zero certificate.Certificate
		_, err := zero.RecordSurveillance(day("2026-03-10"))
		assert.ErrorIs(t, err, certificate.ErrInvalidEvent)
		_, err = json.Marshal(zero)
		assert.Error(t, err)
		assert.Nil(t, zero.Schedule())
		_, ok := zero.NextDue(day("2026-03-10"))
		assert.False(t, ok)
		assert.True(t, zero.ExpiresOn().IsZero())
	})
}

func TestEventsAreValues(t *testing.T) {
	c := issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16"))
	a, err := c.Suspend(day("2026-06-01"), "complaints")
	require.NoError(t, err)
	b, err := c.Withdraw(day("2026-06-01"), "fraud")
	require.NoError(t, err)
	// Two events on the same receiver do not see each other.
	assert.Equal(t, certificate.Valid, c.StatusOn(day("2026-06-01")))
	assert.Equal(t, certificate.Suspended, a.StatusOn(day("2026-06-01")))
	assert.Equal(t, certificate.Withdrawn, b.StatusOn(day("2026-06-01")))
	require.Len(t, a.History(), 1)
	require.Len(t, b.History(), 1)
	assert.Equal(t, certificate.Suspension, a.History()[0].Kind)
	assert.Equal(t, certificate.Withdrawal, b.History()[0].Kind)

	// History hands out a copy.
	h := a.History()
	h[0].Reason = "changed"
	assert.Equal(t, "complaints", a.History()[0].Reason)

	// Appending to a's history from two branches keeps them apart.
	a1, err := a.Reinstate(day("2026-07-01"))
	require.NoError(t, err)
	a2, err := a.Cancel(day("2026-07-01"), "holder ceased")
	require.NoError(t, err)
	assert.Equal(t, certificate.Reinstatement, a1.History()[1].Kind)
	assert.Equal(t, certificate.Cancellation, a2.History()[1].Kind)
	assert.Equal(t, certificate.Valid, a1.StatusOn(day("2026-07-01")))
	assert.Equal(t, certificate.Cancelled, a2.StatusOn(day("2026-07-01")))
}

func TestSameDayEvents(t *testing.T) {
	c := issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16"))
	// Suspended and reinstated on one day: valid at the end of it.
	c = applyAll(t, c, suspend("2026-06-01"), reinstate("2026-06-01"))
	assert.Equal(t, certificate.Valid, c.StatusOn(day("2026-06-01")))
	assert.Equal(t, certificate.Valid, c.StatusOn(day("2026-05-31")))
	// Events on the issue day.
	c2 := applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")), suspend("2026-03-16"))
	assert.Equal(t, certificate.Suspended, c2.StatusOn(day("2026-03-16")))
	assert.Equal(t, certificate.NotYetValid, c2.StatusOn(day("2026-03-15")))
}

// TestSuspensionCauses covers a suspension for cause that overlaps an
// automatic one (a CB can suspend for cause and reinstate when the cause is
// resolved; a missed surveillance suspends [CNCA]).
func TestSuspensionCauses(t *testing.T) {
	// Surveillance 2 is due 2028-03-10: 12 months after the first, done on
	// 2027-03-10.
	base := applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")), surv("2027-03-10"))

	t.Run("for cause, then the surveillance deadline passes: reinstating leaves it suspended", func(t *testing.T) {
		c := applyAll(t, base, suspend("2028-02-01"), reinstate("2028-04-01"))
		assert.Equal(t, certificate.Suspended, c.StatusOn(day("2028-04-01")), "surveillance 2 is overdue since 2028-03-11")
		// The suspension keeps its first day: 2028-02-01 + 6 months.
		assert.Equal(t, certificate.Suspended, c.StatusOn(day("2028-08-01")))
		assert.Equal(t, certificate.Withdrawn, c.StatusOn(day("2028-08-02")))
		c = applyAll(t, c, surv("2028-05-01"))
		assert.Equal(t, certificate.Valid, c.StatusOn(day("2028-05-01")))
		assert.Equal(t, certificate.Expired, c.StatusOn(day("2029-03-10")))
	})
	t.Run("automatic, then for cause: the surveillance alone does not lift it", func(t *testing.T) {
		c := applyAll(t, base, suspend("2028-04-01"), surv("2028-05-01"))
		assert.Equal(t, certificate.Suspended, c.StatusOn(day("2028-05-01")))
		// Six months from the first day, 2028-03-11.
		assert.Equal(t, certificate.Suspended, c.StatusOn(day("2028-09-11")))
		assert.Equal(t, certificate.Withdrawn, c.StatusOn(day("2028-09-12")))
		c = applyAll(t, c, reinstate("2028-06-01"))
		assert.Equal(t, certificate.Valid, c.StatusOn(day("2028-06-01")))
	})
	t.Run("a suspension running at expiry ends in expiry", func(t *testing.T) {
		c := applyAll(t, base, surv("2028-03-01"), suspend("2029-01-01"))
		assert.Equal(t, certificate.Suspended, c.StatusOn(day("2029-03-09")))
		assert.Equal(t, certificate.Expired, c.StatusOn(day("2029-03-10")))
		assert.Equal(t, certificate.Expired, c.StatusOn(day("2029-07-02")))
	})
}

// TestTolerance: a surveillance is late the day after its due date under
// the default (0, CNCA 2026), three months later under a tolerance of 3.
func TestTolerance(t *testing.T) {
	for _, tt := range []struct {
		months             int
		lastOK, firstLate  string
		deadline, withdraw string
	}{
		{0, "2027-03-10", "2027-03-11", "2027-03-10", "2027-09-12"},
		{1, "2027-04-10", "2027-04-11", "2027-04-10", "2027-10-12"},
		{3, "2027-06-10", "2027-06-11", "2027-06-10", "2027-12-12"},
	} {
		p := certificate.DefaultPolicy()
		p.SurveillanceToleranceMonths = tt.months
		c := issue(t, p, grantOn("2026-03-10", "2026-03-10"))
		assert.Equal(t, certificate.Valid, c.StatusOn(day(tt.lastOK)), "tolerance %d", tt.months)
		assert.Equal(t, certificate.Suspended, c.StatusOn(day(tt.firstLate)), "tolerance %d", tt.months)
		assert.Equal(t, certificate.Withdrawn, c.StatusOn(day(tt.withdraw)), "tolerance %d", tt.months)
		assert.Equal(t, tt.deadline, calendar.Format(c.Schedule()[0].Deadline))
		assert.Equal(t, "2027-03-10", calendar.Format(c.Schedule()[0].Due))
		_, err := c.RecordSurveillance(day(tt.lastOK))
		assert.NoError(t, err)
	}
}

// TestMaxSuspension: a suspension lasts at most the policy's months from its
// first day, that day included; the certificate is withdrawn the day after.
func TestMaxSuspension(t *testing.T) {
	for _, tt := range []struct {
		months          int
		last, withdrawn string
	}{
		{6, "2026-12-01", "2026-12-02"},
		{3, "2026-09-01", "2026-09-02"},
	} {
		p := certificate.DefaultPolicy()
		p.MaxSuspensionMonths = tt.months
		c := applyAll(t, issue(t, p, grantOn("2026-03-10", "2026-03-10")), suspend("2026-06-01"))
		assert.Equal(t, certificate.Suspended, c.StatusOn(day(tt.last)))
		assert.Equal(t, certificate.Withdrawn, c.StatusOn(day(tt.withdrawn)))
		_, err := c.Reinstate(day(tt.last))
		assert.NoError(t, err, "may still be lifted on its last day")
		_, err = c.Reinstate(day(tt.withdrawn))
		assert.ErrorIs(t, err, certificate.ErrFinal)
	}
}

// TestFinalStatuses: withdrawn and cancelled never become valid again.
func TestFinalStatuses(t *testing.T) {
	base := applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")), surv("2027-03-01"), surv("2028-03-01"))
	for _, final := range []op{withdraw("2028-06-01"), cancel("2028-06-01")} {
		c := applyAll(t, base, final)
		for _, next := range []op{surv("2028-07-01"), suspend("2028-07-01"), reinstate("2028-07-01"), withdraw("2028-07-01"), cancel("2028-07-01"), recertify("2028-07-01"), recertify("2029-04-01")} {
			_, err := apply(c, next)
			assert.ErrorIs(t, err, certificate.ErrFinal, "%s after %s", next.kind, final.kind)
		}
		for d := day("2028-06-01"); calendar.Before(d, day("2035-01-01")); d = calendar.AddDays(d, 17) {
			assert.True(t, c.StatusOn(d).Final())
		}
	}
}

// TestLifecycle drives a certificate into each status and tries every
// event: what the table allows leads to the status it says (the guards
// met), what it refuses is refused by its rule.
func TestLifecycle(t *testing.T) {
	surveyed := applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")), surv("2027-03-01"), surv("2028-03-01"))
	// One event a day after the fixture's last, with its guards met
	// wherever the table allows it.
	fixtures := []struct {
		status certificate.Status
		c      certificate.Certificate
		on     string
	}{
		{certificate.Valid, applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")), surv("2027-03-01")), "2027-06-01"},
		{certificate.Suspended, applyAll(t, surveyed, suspend("2028-06-01")), "2028-06-02"},
		{certificate.Expired, surveyed, "2029-04-01"},
		{certificate.Withdrawn, applyAll(t, surveyed, withdraw("2028-06-01")), "2028-06-02"},
		{certificate.Cancelled, applyAll(t, surveyed, cancel("2028-06-01")), "2028-06-02"},
	}
	type outcome struct {
		to   certificate.Status
		rule error
	}
	ok := func(s certificate.Status) outcome { return outcome{to: s} }
	no := func(rule error) outcome { return outcome{rule: rule} }
	final := no(certificate.ErrFinal)
	expired := no(certificate.ErrExpired)
	want := map[certificate.EventKind][5]outcome{ // valid, suspended, expired, withdrawn, cancelled
		certificate.Surveillance:    {ok(certificate.Valid), no(certificate.ErrNotDue), expired, final, final},
		certificate.Suspension:      {ok(certificate.Suspended), no(certificate.ErrSuspended), expired, final, final},
		certificate.Reinstatement:   {no(certificate.ErrNotSuspended), ok(certificate.Valid), expired, final, final},
		certificate.Withdrawal:      {ok(certificate.Withdrawn), ok(certificate.Withdrawn), expired, final, final},
		certificate.Cancellation:    {ok(certificate.Cancelled), ok(certificate.Cancelled), expired, final, final},
		certificate.Recertification: {no(certificate.ErrSurveillancePending), no(certificate.ErrSuspended), ok(certificate.Valid), final, final},
	}
	for kind, outcomes := range want {
		for i, f := range fixtures {
			t.Run(kind.String()+" in "+f.status.String(), func(t *testing.T) {
				require.Equal(t, f.status, f.c.StatusOn(day(f.on)))
				o := op{kind: kind, on: f.on, reason: "a reason", level: audit.FiveStar}
				got, err := apply(f.c, o)
				if w := outcomes[i]; w.rule != nil {
					assert.ErrorIs(t, err, w.rule)
					return
				}
				require.NoError(t, err)
				assert.Equal(t, outcomes[i].to, got.StatusOn(day(f.on)))
			})
		}
	}
}
