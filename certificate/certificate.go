package certificate

import (
	"slices"
	"strconv"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/google/uuid"
)

// Milestone is a date in a certificate's cycle that someone must act on.
type Milestone struct {
	// Kind is what the milestone is for: a surveillance audit, the
	// recertification application or the expiry.
	Kind MilestoneKind
	// Due is the date: the last day a surveillance audit is due within (see
	// "Surveillance" in the package doc; while the one before it is not
	// recorded, as if that one is done on its own due date), the day to
	// apply for recertification by (expiry minus the lead), or the expiry
	// date.
	Due time.Time
	// Deadline is the last day before the certificate is suspended: Due plus
	// the policy's tolerance for a surveillance; Due for the other kinds.
	Deadline time.Time
	// Seq is the surveillance's number in the cycle (1, 2, …); 0 for the
	// other kinds.
	Seq int
	// DoneOn is the date a surveillance was recorded; the zero time when it
	// has not been (and always for the other kinds).
	DoneOn time.Time
}

// Event is one entry in a certificate's history, after the issue.
type Event struct {
	Kind   EventKind   // what happened
	On     time.Time   // the event's date: midnight in the location it was given in
	Reason string      // for Suspension, Withdrawal and Cancellation
	Level  audit.Level // for Recertification and Restoration: the new level (0 when ungraded)
	Number string      // for Recertification and Restoration: the reissued number
}

// Certificate is an issued certificate with its history: an immutable
// value, built by [Issue] or decoded from JSON (see "Representation" in the
// package doc). The zero Certificate is not a certificate.
type Certificate struct {
	policy Policy
	grant  Grant
	loc    *time.Location // location of DecidedOn: computed dates are midnight here
	issued epochDay
	st     state
	events []Event
	// timeline is the status over all days: segments in order of their
	// first day, each in force until the next. The first settled ones are
	// fixed by the history up to the last event; the rest is the projection
	// of what happens if nothing more is recorded.
	timeline []segment
	settled  int
}

// state is a certificate's condition at the end of a day.
type state struct {
	last     epochDay   // day of the last event (the issue day before any)
	status   Status     // status at the end of last, or of the day advanced to
	cyc      cycle      // the current cycle
	done     []epochDay // the days the current cycle's surveillances were recorded
	deadline epochDay   // the next surveillance's deadline, while one is pending
	manual   bool       // suspended for cause
	since    epochDay   // first day of the current suspension, when suspended
	lapsed   bool       // it was suspended on its expiry date
	level    audit.Level
	reissues int
}

// StatusOn returns the certificate's status at the end of day, read in
// day's own location, after any event recorded on it (see "Statuses" in the
// package doc): for any date, before, during or after the cycle; an event
// recorded later does not change what it says about earlier days. It
// returns the zero Status for a zero day or a zero Certificate, and does not
// allocate. To ask many certificates about one day, read the day once with
// [DayOf] and use [Certificate.StatusOnDay].
func (c Certificate) StatusOn(day time.Time) Status { return c.StatusOnDay(DayOf(day)) }

// ExpiresOn returns the last day of the current cycle (after a
// recertification, the new cycle's), midnight in the decision date's
// location; the zero time for a zero Certificate.
func (c Certificate) ExpiresOn() time.Time { return c.date(c.st.cyc.expiry) }

// CycleStart returns the first day of the current cycle: the decision date,
// or the day after the previous cycle's expiry after a recertification.
func (c Certificate) CycleStart() time.Time { return c.date(c.st.cyc.start) }

// date converts a stored day to midnight in the certificate's location.
func (c Certificate) date(d epochDay) time.Time {
	if c.loc == nil {
		return time.Time{}
	}
	return dateOf(d, c.loc)
}

// Schedule returns the milestones of the current cycle in date order (see
// "Surveillance" in the package doc): each surveillance's due date and
// deadline, with the day it was done once recorded; the day to apply for
// recertification by (the expiry less the lead, clamped to month end); and
// the expiry. Its slice is the caller's to keep; nil for a zero
// Certificate.
func (c Certificate) Schedule() []Milestone {
	if c.loc == nil {
		return nil
	}
	p, cyc, done := c.policy, c.st.cyc, c.st.done
	out := make([]Milestone, 0, p.SurveillancesPerCycle+2)
	prev := cyc.anchor
	for k := range p.SurveillancesPerCycle {
		due := p.due(cyc, k, prev)
		m := Milestone{Kind: SurveillanceDue, Due: c.date(due), Deadline: c.date(p.deadline(due)), Seq: k + 1}
		prev = due
		if k < len(done) {
			m.DoneOn, prev = c.date(done[k]), done[k]
		}
		out = append(out, m)
	}
	expiry := c.date(cyc.expiry)
	apply := calendar.AddMonths(expiry, -c.policy.RecertificationLeadMonths)
	out = append(out,
		Milestone{Kind: RecertificationApplication, Due: apply, Deadline: apply},
		Milestone{Kind: Expiry, Due: expiry, Deadline: expiry},
	)
	slices.SortStableFunc(out, func(a, b Milestone) int { return calendar.Compare(a.Due, b.Due) })
	return out
}

// NextDue returns the first milestone of the current cycle that is still
// open on asOf: a surveillance not recorded by asOf (even when overdue:
// compare its Deadline with asOf), or a recertification application or
// expiry dated on or after asOf. It reports false when nothing is open, when
// the certificate is withdrawn, cancelled or expired on asOf, or for a zero
// asOf or Certificate.
func (c Certificate) NextDue(asOf time.Time) (Milestone, bool) {
	switch c.StatusOn(asOf) {
	case 0, Withdrawn, Cancelled, Expired:
		return Milestone{}, false
	}
	for _, m := range c.Schedule() {
		switch m.Kind {
		case SurveillanceDue:
			if m.DoneOn.IsZero() || calendar.After(m.DoneOn, asOf) {
				return m, true
			}
		default:
			if calendar.OnOrAfter(m.Due, asOf) {
				return m, true
			}
		}
	}
	return Milestone{}, false
}

// IsZero reports whether c is the zero Certificate, which is not a
// certificate (see [Certificate]).
func (c Certificate) IsZero() bool { return len(c.timeline) == 0 }

// Equal reports whether c and o are the same certificate: the same policy,
// grant and history, every date the same calendar date. Locations are not
// compared, as JSON does not keep them (see "JSON" in the package doc), so a
// certificate equals what it decodes to.
func (c Certificate) Equal(o Certificate) bool {
	return c.policy == o.policy && c.grant.equal(o.grant) && slices.EqualFunc(c.events, o.events, Event.equal)
}

// equal reports whether g and o are the same grant, dates compared as
// calendar dates.
func (g Grant) equal(o Grant) bool {
	same := calendar.Equal(g.DecidedOn, o.DecidedOn) && calendar.Equal(g.IssuedOn, o.IssuedOn)
	g.DecidedOn, g.IssuedOn, o.DecidedOn, o.IssuedOn = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	return same && g == o
}

// equal reports whether e and o are the same event, dates compared as
// calendar dates.
func (e Event) equal(o Event) bool {
	return e.Kind == o.Kind && calendar.Same(e.On, o.On) && e.Reason == o.Reason && e.Level == o.Level && e.Number == o.Number
}

// History returns the events recorded since the issue, oldest first. Its
// slice is the caller's to keep.
func (c Certificate) History() []Event { return slices.Clone(c.events) }

// Grant returns the grant the certificate was issued with (dates as
// midnight in their own locations). Recertifications do not change it: see
// [Certificate.Number] and [Certificate.Level] for the current values.
func (c Certificate) Grant() Grant { return c.grant }

// Policy returns the policy the certificate follows.
func (c Certificate) Policy() Policy { return c.policy }

// ID returns the grant's ID.
func (c Certificate) ID() uuid.UUID { return c.grant.ID }

// Number returns the current certificate number: the grant's, with the
// suffix "-R1", "-R2", … after each recertification or restoration.
func (c Certificate) Number() string { return reissued(c.grant.Number, c.st.reissues) }

// Holder returns the holder's name.
func (c Certificate) Holder() string { return c.grant.Holder }

// CreditCode returns the holder's unified social credit code.
func (c Certificate) CreditCode() string { return c.grant.CreditCode }

// Address returns the holder's registered address (住所), its location on
// the certificate; "" when the grant did not give it.
func (c Certificate) Address() string { return c.grant.Address }

// Body returns the certification body that issued the certificate
// (认证机构); "" when the grant did not give it.
func (c Certificate) Body() string { return c.grant.Body }

// Scope returns the certified scope.
func (c Certificate) Scope() string { return c.grant.Scope }

// Standard returns the standard certified against.
func (c Certificate) Standard() string { return c.grant.Standard }

// Level returns the current grade: the grant's, or the last
// recertification's; 0 for an ungraded certificate (see "Grades" in the
// package doc).
func (c Certificate) Level() audit.Level { return c.st.level }

// DecidedOn returns the date of the original certification decision.
func (c Certificate) DecidedOn() time.Time { return c.grant.DecidedOn }

// IssuedOn returns the original issue date.
func (c Certificate) IssuedOn() time.Time { return c.grant.IssuedOn }

// reissued returns number with the suffix of its n-th reissue.
func reissued(number string, n int) string {
	if n == 0 {
		return number
	}
	return number + "-R" + strconv.Itoa(n)
}
