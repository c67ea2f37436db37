package certificate

import "slices"

// transition is one row of the certificate's lifecycle: an event recorded
// on a day when the certificate is in status from (after the day's automatic
// changes, see timeline.go) leads to status to, or is refused by the rule
// refused. Guards come on top of the table (guards.go): a row says that an
// event may be tried, a guard whether it succeeds.
type transition struct {
	from    Status
	event   EventKind
	to      Status // when allowed
	refused error  // the rule that refuses it; nil when allowed
}

// lifecycle is the table of "Lifecycle" in the package doc. A row from
// Suspended to Valid lifts one cause of the suspension: the certificate
// stays suspended, from the same first day, while the other remains (see
// Certificate.enter). Recertify records a Restoration when the certificate
// has expired on the decision day, a Recertification otherwise. There are no
// rows from NotYetValid: an event before the issue date is out of order.
var lifecycle = []transition{
	{Valid, Surveillance, Valid, nil},
	{Suspended, Surveillance, Valid, nil}, // lifts a suspension for the missed surveillance
	{Expired, Surveillance, 0, ErrExpired},
	{Withdrawn, Surveillance, 0, ErrFinal},
	{Cancelled, Surveillance, 0, ErrFinal},

	{Valid, Suspension, Suspended, nil},
	{Suspended, Suspension, Suspended, nil}, // a suspension for cause on top of a missed surveillance
	{Expired, Suspension, 0, ErrExpired},
	{Withdrawn, Suspension, 0, ErrFinal},
	{Cancelled, Suspension, 0, ErrFinal},

	{Valid, Reinstatement, 0, ErrNotSuspended},
	{Suspended, Reinstatement, Valid, nil}, // lifts a suspension for cause
	{Expired, Reinstatement, 0, ErrExpired},
	{Withdrawn, Reinstatement, 0, ErrFinal},
	{Cancelled, Reinstatement, 0, ErrFinal},

	{Valid, Withdrawal, Withdrawn, nil},
	{Suspended, Withdrawal, Withdrawn, nil},
	{Expired, Withdrawal, 0, ErrExpired},
	{Withdrawn, Withdrawal, 0, ErrFinal},
	{Cancelled, Withdrawal, 0, ErrFinal},

	{Valid, Cancellation, Cancelled, nil},
	{Suspended, Cancellation, Cancelled, nil},
	{Expired, Cancellation, 0, ErrExpired},
	{Withdrawn, Cancellation, 0, ErrFinal},
	{Cancelled, Cancellation, 0, ErrFinal},

	{Valid, Recertification, Valid, nil},
	{Suspended, Recertification, 0, ErrSuspended},
	{Expired, Restoration, Valid, nil},
	{Withdrawn, Recertification, 0, ErrFinal},
	{Cancelled, Recertification, 0, ErrFinal},
}

// step returns the row for event in status from; ok is false when the
// table has none.
func step(from Status, event EventKind) (t transition, ok bool) {
	i := slices.IndexFunc(lifecycle, func(t transition) bool { return t.from == from && t.event == event })
	if i < 0 {
		return transition{}, false
	}
	return lifecycle[i], true
}

// recorded returns the kind of event that call records in status: a
// recertification of an expired certificate is a Restoration.
func recorded(call EventKind, status Status) EventKind {
	if call == Recertification && status == Expired {
		return Restoration
	}
	return call
}

// Final reports whether no event can change the status any more: the
// lifecycle refuses every event in it (Withdrawn and Cancelled).
func (s Status) Final() bool {
	rows := 0
	for _, t := range lifecycle {
		if t.from == s {
			if t.refused == nil {
				return false
			}
			rows++
		}
	}
	return rows > 0
}

// takesReason reports whether events of kind k carry a reason.
func (k EventKind) takesReason() bool {
	return k == Suspension || k == Withdrawal || k == Cancellation
}

// takesLevel reports whether events of kind k carry a level.
func (k EventKind) takesLevel() bool {
	return k == Recertification || k == Restoration
}
