package certificate

import (
	"fmt"
	"slices"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/text"
)

// RecordSurveillance records a surveillance audit passed on on: the
// cycle's next one, which fixes when the one after it is due and may lift a
// suspension (see "Surveillance" and "Lifecycle" in the package doc).
//
// Errors ([*EventError]): a zero or out-of-range date ([ErrInvalidEvent]);
// a date before the issue or the last event ([ErrEventOrder]); the
// certificate withdrawn or cancelled ([ErrFinal]) or expired ([ErrExpired])
// on on; no surveillance open ([ErrNotDue]). On error it returns c
// unchanged.
func (c Certificate) RecordSurveillance(on time.Time) (Certificate, error) {
	return c.record(Surveillance, on, "", 0)
}

// Suspend suspends the certificate for cause from on (see "Statuses" and
// "Lifecycle" in the package doc).
//
// Errors ([*EventError]): as for [Certificate.RecordSurveillance], except
// [ErrNotDue]; a reason that is blank or not valid UTF-8 ([ErrInvalidEvent]);
// already suspended for cause ([ErrSuspended]). On error it returns c
// unchanged.
func (c Certificate) Suspend(on time.Time, reason string) (Certificate, error) {
	return c.record(Suspension, on, reason, 0)
}

// Reinstate lifts a suspension for cause from on; the certificate stays
// suspended while a surveillance is overdue (see "Statuses" and "Lifecycle"
// in the package doc).
//
// Errors ([*EventError]): as for [Certificate.RecordSurveillance], except
// [ErrNotDue]; not suspended for cause ([ErrNotSuspended]). On error it
// returns c unchanged.
func (c Certificate) Reinstate(on time.Time) (Certificate, error) {
	return c.record(Reinstatement, on, "", 0)
}

// Withdraw withdraws (撤销) the certificate from on, for cause; it is final
// (see "Statuses" in the package doc).
//
// Errors ([*EventError]): as for [Certificate.RecordSurveillance], except
// [ErrNotDue]; a reason that is blank or not valid UTF-8
// ([ErrInvalidEvent]). On error it returns c unchanged.
func (c Certificate) Withdraw(on time.Time, reason string) (Certificate, error) {
	return c.record(Withdrawal, on, reason, 0)
}

// Cancel cancels (注销) the certificate from on, at the holder's request or
// because the holder ceased; it is final (see "Statuses" in the package
// doc).
//
// Errors: as for [Certificate.Withdraw].
func (c Certificate) Cancel(on time.Time, reason string) (Certificate, error) {
	return c.record(Cancellation, on, reason, 0)
}

// Recertify records a recertification decided on decidedOn with the given
// level (0 for an ungraded certificate): it opens the next cycle, a
// [Recertification] when decided on or before the expiry date, a
// [Restoration] after it (see "Recertification" in the package doc).
//
// Errors ([*EventError]): a zero or out-of-range date, or a new cycle that
// would end after 9999, or a level on an ungraded certificate
// ([ErrInvalidEvent]); a level below 达标 on a graded one
// ([ErrNotCertifiable]); a date before the issue or the last event
// ([ErrEventOrder]); the certificate withdrawn or cancelled ([ErrFinal]);
// suspended on decidedOn, or on its expiry date ([ErrSuspended]); a
// surveillance of the cycle not recorded, or the next cycle already decided
// ([ErrSurveillancePending]); after expiry, no restoration window or one
// that has closed ([ErrRestorationWindow]). On error it returns c
// unchanged.
func (c Certificate) Recertify(decidedOn time.Time, level audit.Level) (Certificate, error) {
	return c.record(Recertification, decidedOn, "", level)
}

// record applies one event to a copy of c.
func (c Certificate) record(kind EventKind, on time.Time, reason string, level audit.Level) (Certificate, error) {
	n := c.clone()
	if _, err := n.apply(kind, on, reason, level); err != nil {
		return c, err
	}
	return n, nil
}

// clone returns a copy of c whose slices it may append to without touching
// c's. Slices that are never modified in place (cycles, done days) are
// shared: appending to done always copies first.
func (c Certificate) clone() Certificate {
	n := c
	n.events = slices.Clip(c.events)
	n.timeline = slices.Clone(c.timeline[:c.settled])
	n.st.done = slices.Clip(c.st.done)
	return n
}

// apply records one event on c in place (c must be a private copy) and
// returns the kind recorded: Recertify (call Recertification) records a
// Restoration after expiry. The steps: the input, the order, the lifecycle
// table, the event's guard, its effect, the status it leads to. reason is ""
// for a kind that takes none: the event methods pass "", and UnmarshalJSON
// refuses a reason on such an event. On error c may be partly changed and
// must be thrown away.
func (c *Certificate) apply(call EventKind, on time.Time, reason string, level audit.Level) (EventKind, error) {
	if err := c.checkInput(call, on, reason, level); err != nil {
		return call, err
	}
	on = calendar.Date(on)
	d := dayOf(on)
	if err := c.checkOrder(call, on, d); err != nil {
		return call, err
	}
	c.reopen()
	c.advance(d)
	from := c.st.status
	kind := recorded(call, from)
	row, ok := step(from, kind)
	switch {
	case !ok:
		return kind, refuse(kind, on, from, ErrInvalidEvent, "unknown event kind %d", uint8(kind))
	case row.refused != nil:
		return kind, c.refusal(row, on)
	}
	if err := c.guard(kind, on, d); err != nil {
		return kind, err
	}
	c.effect(kind, d, level)
	c.enter(row.to, d)
	c.log(Event{Kind: kind, On: on, Reason: reason}, d)
	return kind, nil
}

// refuse returns the error of an event refused by rule.
func refuse(kind EventKind, on time.Time, status Status, rule error, format string, args ...any) error {
	return &EventError{Event: kind, On: on, Status: status, Err: rule, Detail: fmt.Sprintf(format, args...)}
}

// checkInput returns what is wrong with an event before the certificate is
// consulted: the zero Certificate, a zero or out-of-range date, a reason
// that is blank or not valid UTF-8, a level that checkLevel refuses.
func (c *Certificate) checkInput(kind EventKind, on time.Time, reason string, level audit.Level) error {
	switch {
	case len(c.timeline) == 0:
		return refuse(kind, on, 0, ErrInvalidEvent, "the zero Certificate is not a certificate: use Issue")
	case calendar.Check(on) != nil:
		return refuse(kind, on, 0, ErrInvalidEvent, "the date %v", calendar.Check(on))
	}
	if kind.takesReason() {
		if err := text.Required(reason); err != nil {
			return refuse(kind, calendar.Date(on), 0, ErrInvalidEvent, "the reason %v", err)
		}
	}
	if kind.takesLevel() {
		return c.checkLevel(kind, calendar.Date(on), level)
	}
	return nil
}

// checkLevel returns what is wrong with the level of a recertification on
// on: below 达标 on a graded certificate, any level on an ungraded one.
func (c *Certificate) checkLevel(kind EventKind, on time.Time, level audit.Level) error {
	switch {
	case c.grant.Ungraded && level != 0:
		return refuse(kind, on, 0, ErrInvalidEvent, "an ungraded certificate takes no level, not %s", level)
	case !c.grant.Ungraded && !level.Certifiable():
		return refuse(kind, on, 0, ErrNotCertifiable, "level %s is below %s (%s)", level, audit.Compliant, audit.Compliant.Chinese())
	}
	return nil
}

// checkOrder refuses an event dated before the issue or the last event
// (see "Lifecycle" in the package doc).
func (c *Certificate) checkOrder(kind EventKind, on time.Time, d epochDay) error {
	switch {
	case d < c.issued:
		return refuse(kind, on, NotYetValid, ErrEventOrder, "before the issue date %s", calendar.Format(c.grant.IssuedOn))
	case d < c.st.last:
		return refuse(kind, on, c.StatusOnDay(Day{n: d, set: true}), ErrEventOrder, "before the last event on %s", c.formatDay(c.st.last))
	}
	return nil
}

// refusal returns the error of an event that the lifecycle table refuses.
func (c *Certificate) refusal(row transition, on time.Time) error {
	if row.refused == ErrExpired {
		return refuse(row.event, on, row.from, ErrExpired, "it expired on %s", c.formatDay(c.st.cyc.expiry))
	}
	return refuse(row.event, on, row.from, row.refused, "")
}

// log appends the event recorded on d, with the status it leaves, to the
// history and the timeline.
func (c *Certificate) log(e Event, d epochDay) {
	s := &c.st
	if e.Kind.takesLevel() {
		e.Level, e.Number = s.level, reissued(c.grant.Number, s.reissues)
	}
	c.events = append(c.events, e)
	s.last = d
	c.mark(d, s.status)
	c.project()
}

// formatDay prints a stored day as YYYY-MM-DD.
func (c Certificate) formatDay(d epochDay) string { return calendar.Format(c.date(d)) }
