package certificate

import "time"

// cycle is one validity cycle: its first and last days, the day its
// surveillances are counted from and the first day one may be recorded.
type cycle struct {
	start, expiry epochDay
	anchor        epochDay // surveillance k is due at the latest k × interval months after it
	opens         epochDay // the day after the anchor and after the decision that opened the cycle
}

// newCycle returns the cycle that starts on start, opened by a decision on
// decided, whose surveillances are counted from anchor.
func (p Policy) newCycle(start time.Time, anchor, decided epochDay) cycle {
	return cycle{
		start:  dayOf(start),
		expiry: dayOf(cycleExpiry(start, p.ValidityYears)),
		anchor: anchor,
		opens:  max(anchor, decided) + 1,
	}
}

// latestDue returns the latest day surveillance k (0 for the first) of cyc
// can be due: (k+1) × the interval after the anchor.
func (p Policy) latestDue(cyc cycle, k int) epochDay {
	return addMonths(cyc.anchor, p.SurveillanceIntervalMonths*(k+1))
}

// due returns the due date of surveillance k (0 for the first) of cyc when
// the one before it was done on prev (ignored for the first): the interval
// after prev, and never after [Policy.latestDue].
func (p Policy) due(cyc cycle, k int, prev epochDay) epochDay {
	latest := p.latestDue(cyc, k)
	if k == 0 {
		return latest
	}
	return min(addMonths(prev, p.SurveillanceIntervalMonths), latest)
}

// deadline returns the last day before a surveillance due on due is late:
// due plus the tolerance.
func (p Policy) deadline(due epochDay) epochDay { return addMonths(due, p.SurveillanceToleranceMonths) }

// plan sets the deadline of the current cycle's next surveillance, after the
// cycle or its recorded surveillances change.
func (s *state) plan(p Policy) {
	k := len(s.done)
	if k >= p.SurveillancesPerCycle {
		s.deadline = 0
		return
	}
	prev := s.cyc.anchor
	if k > 0 {
		prev = s.done[k-1]
	}
	s.deadline = p.deadline(p.due(s.cyc, k, prev))
}

// pending reports whether a surveillance of the current cycle is still to
// be recorded.
func (c *Certificate) pending() bool { return len(c.st.done) < c.policy.SurveillancesPerCycle }
