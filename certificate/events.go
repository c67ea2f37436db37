package certificate

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
)

// RecordSurveillance records a surveillance audit passed on on. It fulfils
// the cycle's next surveillance, which may be recorded from the day it opens
// (see "Surveillance" in the package doc) until the certificate is
// withdrawn, early or late; the next one's due date follows from on. It
// lifts a suspension that followed the missed surveillance (from on, unless
// the next one is already overdue; a suspension for cause stays until
// [Certificate.Reinstate]).
//
// Errors ([*EventError]): a zero date or one outside 1–9999
// ([ErrInvalidEvent]); a date before the issue or the last event
// ([ErrEventOrder]); a certificate withdrawn or cancelled ([ErrFinal]) or
// expired ([ErrExpired]) on on; every surveillance of the cycle recorded, or
// the next one not yet open ([ErrNotDue]). On error it returns c unchanged.
func (c Certificate) RecordSurveillance(on time.Time) (Certificate, error) {
	return c.record(Surveillance, on, "", 0)
}

// Suspend suspends the certificate for cause from on. A certificate already
// suspended for a missed surveillance may also be suspended for cause: it
// then needs both the surveillance and a reinstatement. The suspension's
// six months (the policy's longest suspension) run from its first day.
//
// Errors ([*EventError]): a zero or out-of-range date, or a reason that is
// blank or not valid UTF-8 ([ErrInvalidEvent]); a date before the issue or
// the last event ([ErrEventOrder]); a certificate withdrawn or cancelled
// ([ErrFinal]) or expired ([ErrExpired]) on on; one already suspended for cause
// ([ErrSuspended]). On error it returns c unchanged.
func (c Certificate) Suspend(on time.Time, reason string) (Certificate, error) {
	return c.record(Suspension, on, reason, 0)
}

// Reinstate lifts a suspension for cause from on. A suspension that follows
// a missed surveillance is lifted only by [Certificate.RecordSurveillance]:
// if one is still overdue, the certificate stays suspended and the
// suspension keeps its first day.
//
// Errors ([*EventError]): a zero or out-of-range date ([ErrInvalidEvent]); a
// date before the issue or the last event ([ErrEventOrder]); a certificate
// withdrawn or cancelled ([ErrFinal]) or expired ([ErrExpired]) on on; one
// not suspended for cause ([ErrNotSuspended]). On error it returns c
// unchanged.
func (c Certificate) Reinstate(on time.Time) (Certificate, error) {
	return c.record(Reinstatement, on, "", 0)
}

// Withdraw withdraws (撤销) the certificate from on, for cause. Withdrawal is
// final.
//
// Errors ([*EventError]): a zero or out-of-range date, or a reason that is
// blank or not valid UTF-8 ([ErrInvalidEvent]); a date before the issue or
// the last event ([ErrEventOrder]); a certificate already withdrawn or cancelled
// ([ErrFinal]) or expired ([ErrExpired]) on on. On error it returns c
// unchanged.
func (c Certificate) Withdraw(on time.Time, reason string) (Certificate, error) {
	return c.record(Withdrawal, on, reason, 0)
}

// Cancel cancels (注销) the certificate from on, at the holder's request or
// because the holder ceased. Cancellation is final.
//
// Errors: as for [Certificate.Withdraw].
func (c Certificate) Cancel(on time.Time, reason string) (Certificate, error) {
	return c.record(Cancellation, on, reason, 0)
}

// Recertify records a recertification decided on decidedOn with the given
// level, which opens a new cycle the day after the current expiry; its
// expiry follows the usual rule (see [Issue]), its surveillances are counted
// from its start, the number gets the next reissue suffix ("-R1", "-R2", …)
// and the level becomes level.
//
// Decided on or before the expiry date (a Recertification event), the
// certificate must be valid on decidedOn, with every surveillance of the
// current cycle recorded; its status never lapses. Decided after the expiry
// date (a Restoration event), it must be within the policy's restoration
// window (on or before expiry plus the window, in months), and the
// certificate must have been valid, not suspended, on its expiry date; it is
// valid again from decidedOn and Expired from the day after the expiry until
// then.
//
// Errors ([*EventError]): a zero or out-of-range date or a new expiry after
// 9999 ([ErrInvalidEvent]); a level below 达标 ([ErrNotCertifiable]); a date
// before the issue or the last event ([ErrEventOrder]); a certificate
// withdrawn or cancelled ([ErrFinal]); one suspended on decidedOn, or on its
// expiry date ([ErrSuspended]); a surveillance of the cycle not recorded, or
// the new cycle already decided ([ErrSurveillancePending]); after expiry,
// no restoration window or one that has closed ([ErrRestorationWindow]). On
// error it returns c unchanged.
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
// returns the kind recorded (Recertify records Recertification or
// Restoration). reason is "" for a kind that takes none: the event methods
// pass "", and UnmarshalJSON refuses a reason on such an event. On error c
// may be partly changed and must be thrown away.
func (c *Certificate) apply(kind EventKind, on time.Time, reason string, level audit.Level) (EventKind, error) {
	fail := func(status Status, err error, format string, args ...any) (EventKind, error) {
		return kind, &EventError{Event: kind, On: on, Status: status, Err: err, Detail: fmt.Sprintf(format, args...)}
	}
	if len(c.timeline) == 0 {
		return fail(0, ErrInvalidEvent, "the zero Certificate is not a certificate: use Issue")
	}
	if !inRange(on) {
		if on.IsZero() {
			return fail(0, ErrInvalidEvent, "the date is zero")
		}
		return fail(0, ErrInvalidEvent, "the date is outside the years %d–%d", minYear, maxYear)
	}
	on = calendar.Date(on)
	if kind.takesReason() {
		switch {
		case strings.TrimSpace(reason) == "":
			return fail(0, ErrInvalidEvent, "the reason is empty")
		case !utf8.ValidString(reason):
			return fail(0, ErrInvalidEvent, "the reason is not valid UTF-8")
		}
	}
	if kind.takesLevel() && !level.Certifiable() {
		return fail(0, ErrNotCertifiable, "level %s is below %s (%s)", level, audit.Compliant, audit.Compliant.Chinese())
	}
	d := dayOf(on)
	if d < c.issued {
		return fail(NotYetValid, ErrEventOrder, "before the issue date %s", calendar.Format(c.grant.IssuedOn))
	}
	if d < c.st.last {
		return fail(c.StatusOn(on), ErrEventOrder, "before the last event on %s", c.formatDay(c.st.last))
	}

	c.timeline = c.timeline[:c.settled]
	s := &c.st
	c.advance(d)
	status := s.status
	if status.Final() {
		return fail(status, ErrFinal, "")
	}
	if status == Expired && !kind.takesLevel() {
		return fail(status, ErrExpired, "it expired on %s", c.formatDay(s.cyc.expiry))
	}
	p := c.policy
	switch kind {
	case Surveillance:
		k := len(s.done)
		if !c.pending() {
			return fail(status, ErrNotDue, "all %d surveillances of the cycle starting %s are recorded", k, c.formatDay(s.cyc.start))
		}
		open := s.cyc.opens
		if k > 0 {
			open = s.done[k-1] + 1 // one audit never counts twice
		}
		if d < open {
			return fail(status, ErrNotDue, "surveillance %d of the cycle opens on %s", k+1, c.formatDay(open))
		}
		s.done = append(s.done, d)
		s.plan(p)
		c.settle(d)
	case Suspension:
		if s.manual {
			return fail(status, ErrSuspended, "already suspended for cause")
		}
		s.manual = true
		if status == Valid {
			s.status, s.since = Suspended, d
		}
	case Reinstatement:
		if !s.manual {
			if status == Suspended {
				return fail(status, ErrNotSuspended, "the suspension follows a missed surveillance, which only recording the surveillance lifts")
			}
			return fail(status, ErrNotSuspended, "")
		}
		s.manual = false
		c.settle(d)
	case Withdrawal:
		s.status = Withdrawn
	case Cancellation:
		s.status = Cancelled
	case Recertification:
		start := s.cyc.expiry + 1
		next := p.newCycle(c.date(start), start, d)
		if next.expiry > maxDay() {
			return fail(status, ErrInvalidEvent, "the new cycle would expire after the year %d", maxYear)
		}
		switch status {
		case Suspended:
			return fail(status, ErrSuspended, "a suspended certificate cannot be recertified")
		case Valid:
			if d < s.cyc.start {
				return fail(status, ErrSurveillancePending, "already recertified: the new cycle starts on %s", c.formatDay(s.cyc.start))
			}
			if c.pending() {
				return fail(status, ErrSurveillancePending, "surveillance %d of %d of the cycle is not recorded", len(s.done)+1, p.SurveillancesPerCycle)
			}
		case Expired:
			kind = Restoration
			if s.lapsed {
				return fail(status, ErrSuspended, "it was suspended when it expired on %s: a new initial certification is needed", c.formatDay(s.cyc.expiry))
			}
			if p.RestorationWindowMonths == 0 {
				return fail(status, ErrRestorationWindow, "the policy allows no restoration after expiry (as under CNCA 2026): a new initial certification is needed")
			}
			closes := calendar.AddMonths(c.date(s.cyc.expiry), p.RestorationWindowMonths)
			if calendar.After(on, closes) {
				return fail(status, ErrRestorationWindow, "expired on %s; the %d-month window closed on %s",
					c.formatDay(s.cyc.expiry), p.RestorationWindowMonths, calendar.Format(closes))
			}
			s.status = Valid
		default:
			return fail(status, ErrInvalidEvent, "unexpected status %s", status)
		}
		s.cyc, s.done, s.manual, s.lapsed = next, nil, false, false
		s.plan(p)
		s.level = level
		s.reissues++
	default:
		return fail(status, ErrInvalidEvent, "unknown event kind %d", uint8(kind))
	}

	ev := Event{Kind: kind, On: on, Reason: reason}
	if kind.takesLevel() {
		ev.Level, ev.Number = level, reissued(c.grant.Number, s.reissues)
	}
	c.events = append(c.events, ev)
	s.last = d
	c.mark(d, s.status)
	c.settled = len(c.timeline)
	c.project()
	return kind, nil
}

// settle sets the status after an event that may lift a suspension: still
// suspended while suspended for cause or a surveillance is overdue on d.
func (c *Certificate) settle(d epochDay) {
	s := &c.st
	if s.manual || c.overdue(d) {
		return // still suspended, from the same first day
	}
	s.status = Valid
}

// overdue reports whether the cycle's next surveillance is past its
// deadline on d.
func (c *Certificate) overdue(d epochDay) bool { return c.pending() && c.st.deadline < d }

// next returns the next automatic change after the state's day: a missed
// surveillance deadline suspends from the next day; a suspension not lifted
// within the longest suspension withdraws from the day after its last day;
// the day after the expiry date expires. ok is false when nothing more
// happens by itself.
func (c *Certificate) next() (on epochDay, to Status, ok bool) {
	s := &c.st
	expired := s.cyc.expiry + 1
	switch s.status {
	case Valid:
		if c.pending() && s.deadline+1 < expired {
			return s.deadline + 1, Suspended, true
		}
		return expired, Expired, true
	case Suspended:
		last := dayOf(calendar.AddMonths(c.date(s.since), c.policy.MaxSuspensionMonths))
		if last+1 < expired {
			return last + 1, Withdrawn, true
		}
		return expired, Expired, true
	}
	return 0, 0, false
}

// advance applies the automatic changes up to and including day to.
func (c *Certificate) advance(to epochDay) {
	s := &c.st
	for {
		on, status, ok := c.next()
		if !ok || on > to {
			break
		}
		switch status {
		case Suspended:
			s.since = on
		case Expired:
			s.lapsed = s.status == Suspended
		}
		s.status = status
		c.mark(on, status)
	}
}

// project appends to the timeline what happens after the last event if
// nothing more is recorded. The state is left as it was.
func (c *Certificate) project() {
	saved := c.st
	c.advance(math.MaxInt32)
	c.st = saved
}

// mark records that status is in force from day d.
func (c *Certificate) mark(d epochDay, status Status) {
	t := c.timeline
	if n := len(t); n > 0 && t[n-1].from == d {
		t = t[:n-1] // replaced the same day
	}
	if n := len(t); n > 0 && t[n-1].status == status {
		c.timeline = t
		return
	}
	c.timeline = append(t, segment{from: d, status: status})
}

// formatDay prints a stored day as YYYY-MM-DD.
func (c Certificate) formatDay(d epochDay) string { return calendar.Format(c.date(d)) }
