package certificate

import (
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
)

// The guards and effects of the events that the lifecycle table allows
// (lifecycle.go), one named step each.

// guard returns the rule that an event the table allows breaks on day d,
// if any.
func (c *Certificate) guard(kind EventKind, on time.Time, d epochDay) error {
	s := &c.st
	switch kind {
	case Surveillance:
		return c.guardSurveillance(on, d)
	case Suspension:
		if s.manual {
			return refuse(kind, on, s.status, ErrSuspended, "already suspended for cause")
		}
	case Reinstatement:
		if !s.manual {
			return refuse(kind, on, s.status, ErrNotSuspended, "the suspension follows a missed surveillance, which only recording the surveillance lifts")
		}
	case Recertification, Restoration:
		if c.nextCycle(d).expiry > lastDay {
			return refuse(kind, on, s.status, ErrInvalidEvent, "the new cycle would expire after the year %d", calendar.MaxYear)
		}
		if kind == Restoration {
			return c.guardRestoration(on, d)
		}
		return c.guardRecertification(on, d)
	}
	return nil
}

// guardSurveillance refuses a surveillance when none is open on d: all are
// recorded, or the next opens later (see "Surveillance" in the package doc).
func (c *Certificate) guardSurveillance(on time.Time, d epochDay) error {
	s := &c.st
	k := len(s.done)
	if !c.pending() {
		return refuse(Surveillance, on, s.status, ErrNotDue, "all %d surveillances of the cycle starting %s are recorded", k, c.formatDay(s.cyc.start))
	}
	if open := c.opens(); d < open {
		return refuse(Surveillance, on, s.status, ErrNotDue, "surveillance %d of the cycle opens on %s", k+1, c.formatDay(open))
	}
	return nil
}

// opens returns the first day the cycle's next surveillance may be recorded
// on: the day the cycle opens, or the day after the last one, so that one
// audit never counts twice.
func (c *Certificate) opens() epochDay {
	if k := len(c.st.done); k > 0 {
		return c.st.done[k-1] + 1
	}
	return c.st.cyc.opens
}

// guardRecertification refuses a recertification decided on or before the
// expiry (see "Recertification" in the package doc): the current cycle must
// have begun, and its surveillances must all be recorded. That the new
// cycle ends by 9999 is guard's, for both kinds of recertification.
func (c *Certificate) guardRecertification(on time.Time, d epochDay) error {
	s, p := &c.st, c.policy
	switch {
	case d < s.cyc.start:
		return refuse(Recertification, on, s.status, ErrSurveillancePending, "already recertified: the new cycle starts on %s", c.formatDay(s.cyc.start))
	case c.pending():
		return refuse(Recertification, on, s.status, ErrSurveillancePending, "surveillance %d of %d of the cycle is not recorded", len(s.done)+1, p.SurveillancesPerCycle)
	}
	return nil
}

// guardRestoration refuses a recertification decided after the expiry (see
// "Recertification" in the package doc): the certificate must not have been
// suspended on its expiry date, and the decision must fall within the
// restoration window.
func (c *Certificate) guardRestoration(on time.Time, d epochDay) error {
	s, p := &c.st, c.policy
	switch closes := addMonths(s.cyc.expiry, p.RestorationWindowMonths); {
	case s.lapsed:
		return refuse(Restoration, on, s.status, ErrSuspended, "it was suspended when it expired on %s: a new initial certification is needed", c.formatDay(s.cyc.expiry))
	case p.RestorationWindowMonths == 0:
		return refuse(Restoration, on, s.status, ErrRestorationWindow, "the policy allows no restoration after expiry (as under CNCA 2026): a new initial certification is needed")
	case d > closes:
		return refuse(Restoration, on, s.status, ErrRestorationWindow, "expired on %s; the %d-month window closed on %s",
			c.formatDay(s.cyc.expiry), p.RestorationWindowMonths, c.formatDay(closes))
	}
	return nil
}

// nextCycle returns the cycle a recertification decided on d opens: it
// starts the day after the current expiry, and its surveillances are
// counted from its start.
func (c *Certificate) nextCycle(d epochDay) cycle {
	start := c.st.cyc.expiry + 1
	return c.policy.newCycle(c.date(start), start, d)
}

// effect changes the state as an allowed event on d does, besides its
// status: a surveillance is done, a cause of suspension is added or lifted,
// a new cycle begins.
func (c *Certificate) effect(kind EventKind, d epochDay, level audit.Level) {
	s := &c.st
	switch kind {
	case Surveillance:
		s.done = append(s.done, d)
		s.plan(c.policy)
	case Suspension:
		s.manual = true
	case Reinstatement:
		s.manual = false
	case Recertification, Restoration:
		s.cyc, s.done, s.manual, s.lapsed = c.nextCycle(d), nil, false, false
		s.plan(c.policy)
		s.level = level
		s.reissues++
	}
}

// enter sets the status an allowed event on d leads to. A suspension keeps
// its first day; an event that lifts one cause of a suspension leaves it
// suspended while a suspension for cause, or an overdue surveillance,
// remains.
func (c *Certificate) enter(to Status, d epochDay) {
	s := &c.st
	switch {
	case to == Suspended && s.status != Suspended:
		s.since = d
	case to == Valid && s.status == Suspended && (s.manual || c.overdue(d)):
		return
	}
	s.status = to
}
