package certificate

// The automatic changes of status (see "Statuses" in the package doc), one
// at a time: what happens by itself after the state's day if nothing is
// recorded. The timeline kept for StatusOn (fast.go) is made of them.

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
		if last := c.lastSuspendedDay(); last+1 < expired {
			return last + 1, Withdrawn, true
		}
		return expired, Expired, true
	}
	return 0, 0, false
}

// lastSuspendedDay returns the last day of the current suspension: its first
// day plus the longest suspension.
func (c *Certificate) lastSuspendedDay() epochDay {
	return addMonths(c.st.since, c.policy.MaxSuspensionMonths)
}

// advance applies the automatic changes up to and including day to, and
// marks each on the timeline.
func (c *Certificate) advance(to epochDay) {
	s := &c.st
	for {
		on, status, ok := c.next()
		if !ok || on > to {
			return
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

// overdue reports whether the cycle's next surveillance is past its
// deadline on d.
func (c *Certificate) overdue(d epochDay) bool { return c.pending() && c.st.deadline < d }
