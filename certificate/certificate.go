package certificate

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/materials"
	"github.com/google/uuid"
)

// Grant is what a certification decision grants: the data printed on the
// certificate and the two dates that start it (the package doc lists what a
// certificate shows [17021], [CNCA]).
//
// Address and Body are optional for [Issue], so that a caller that does not
// know them yet can still issue and track a certificate; a certificate that
// is printed needs both, since it shows the holder's location and the
// certification body. When given, each must be valid UTF-8 and not blank.
type Grant struct {
	ID         uuid.UUID   // the caller's identifier; not uuid.Nil
	Number     string      // the certificate number; reissues add "-R1", "-R2", …
	Holder     string      // the holder's name
	CreditCode string      // the holder's unified social credit code (GB 32100-2015)
	Scope      string      // the certified scope
	Standard   string      // the standard and its year, such as "GB/T 27922-2011"
	Level      audit.Level // the grade: audit.Compliant (达标) or better
	DecidedOn  time.Time   // the certification decision; the cycle starts here
	IssuedOn   time.Time   // the issue date: on or after DecidedOn
	Address    string      // the holder's registered address (住所); optional, "" when not known
	Body       string      // the certification body that issues it (认证机构); optional, "" when not known
}

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
	Level  audit.Level // for Recertification and Restoration: the new level
	Number string      // for Recertification and Restoration: the reissued number
}

// Certificate is an issued certificate with its history. It is an immutable
// value, safe for concurrent use: events return a new Certificate and leave
// the receiver as it was. Build one with [Issue] (or decode one from JSON).
// The zero Certificate is not a certificate: [Certificate.StatusOn] reports
// the zero Status for it and every event is refused with [ErrInvalidEvent].
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

// segment is a status in force from its first day until the next segment's.
type segment struct {
	from   epochDay
	status Status
}

// cycle is one validity cycle: its first and last days, the day its
// surveillances are counted from and the first day one may be recorded.
type cycle struct {
	start, expiry epochDay
	anchor        epochDay // surveillance k is due at the latest k × interval months after it
	opens         epochDay // the day after the anchor and after the decision that opened the cycle
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

// maxDay is the last usable day, 9999-12-31.
func maxDay() epochDay { return dayOf(time.Date(maxYear, time.December, 31, 0, 0, 0, 0, time.UTC)) }

// Issue validates a grant under a policy and returns the certificate it
// grants, with no events yet. The cycle starts on g.DecidedOn and its
// surveillances are counted from the policy's anchor (see "Dates" and
// "Surveillance" in the package doc); dates are read in their own locations
// and computed dates are midnight in DecidedOn's.
//
// Errors, all collected: a policy that does not validate ([ErrInvalidPolicy]);
// and, each matching [ErrInvalidGrant], a uuid.Nil ID; an empty (blank)
// Number, Holder, Scope or Standard, or one that is not valid UTF-8 (JSON
// could not carry it unchanged); an Address or Body that is given (not "")
// but blank, or not valid UTF-8; a credit code that fails
// materials.ValidateCreditCode (also matching materials.ErrInvalidReference);
// a level that is unknown or below audit.Compliant (also matching
// [ErrNotCertifiable]); a zero date or one outside the years 1–9999; an issue
// date before the decision; an expiry after 9999; an issue date after the
// first surveillance due date under [AnchorDecision], after the expiry when
// the policy has no surveillance, or under [AnchorIssue] so late that the
// last surveillance's latest deadline (surveillances × interval months after
// the issue date, plus the tolerance) falls after the expiry.
func Issue(p Policy, g Grant) (Certificate, error) {
	if err := p.Validate(); err != nil {
		return Certificate{}, err
	}
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidGrant}, args...)...))
	}
	if g.ID == uuid.Nil {
		bad("ID is the nil UUID")
	}
	for _, f := range [...]struct{ name, v string }{
		{"number", g.Number}, {"holder", g.Holder}, {"scope", g.Scope}, {"standard", g.Standard},
	} {
		switch {
		case strings.TrimSpace(f.v) == "":
			bad("%s is empty", f.name)
		case !utf8.ValidString(f.v):
			bad("%s is not valid UTF-8", f.name)
		}
	}
	for _, f := range [...]struct{ name, v string }{{"address", g.Address}, {"body", g.Body}} {
		switch {
		case f.v == "":
			// Optional: not given.
		case strings.TrimSpace(f.v) == "":
			bad("%s is given but blank (leave it empty when not known)", f.name)
		case !utf8.ValidString(f.v):
			bad("%s is not valid UTF-8", f.name)
		}
	}
	if err := materials.ValidateCreditCode(g.CreditCode); err != nil {
		bad("credit code %q: %w", g.CreditCode, err)
	}
	switch {
	case !g.Level.IsValid():
		errs = append(errs, tagged(fmt.Sprintf("%v: unknown level %d is not certifiable", ErrInvalidGrant, uint8(g.Level)), ErrInvalidGrant, ErrNotCertifiable))
	case !g.Level.Certifiable():
		errs = append(errs, tagged(fmt.Sprintf("%v: level %s (%s) is not certifiable: it is below %s (%s)",
			ErrInvalidGrant, g.Level, g.Level.Chinese(), audit.Compliant, audit.Compliant.Chinese()), ErrInvalidGrant, ErrNotCertifiable))
	}
	okDates := true
	for _, f := range [...]struct {
		name string
		v    time.Time
	}{{"decision date", g.DecidedOn}, {"issue date", g.IssuedOn}} {
		if !inRange(f.v) {
			okDates = false
			if f.v.IsZero() {
				bad("%s is zero", f.name)
			} else {
				bad("%s %s is outside the years %d–%d", f.name, calendar.Format(f.v), minYear, maxYear)
			}
		}
	}
	var cyc cycle
	var issued epochDay
	if okDates {
		g.DecidedOn, g.IssuedOn = calendar.Date(g.DecidedOn), calendar.Date(g.IssuedOn)
		decided := dayOf(g.DecidedOn)
		issued = dayOf(g.IssuedOn)
		anchor := decided
		if p.SurveillanceAnchor == AnchorIssue {
			anchor = issued
		}
		cyc = p.newCycle(g.DecidedOn, anchor, decided)
		loc := g.DecidedOn.Location()
		format := func(d epochDay) string { return calendar.Format(dateOf(d, loc)) }
		n := p.SurveillancesPerCycle
		switch {
		case issued < cyc.start:
			bad("issue date %s is before the decision date %s", calendar.Format(g.IssuedOn), calendar.Format(g.DecidedOn))
		case cyc.expiry > maxDay():
			bad("expiry %s is after the year %d", format(cyc.expiry), maxYear)
		case n == 0 && issued > cyc.expiry:
			bad("issue date %s is after the expiry date %s", calendar.Format(g.IssuedOn), format(cyc.expiry))
		case n > 0 && p.SurveillanceAnchor == AnchorDecision && issued > p.latestDue(cyc, 0):
			bad("issue date %s is after the first surveillance due date %s", calendar.Format(g.IssuedOn), format(p.latestDue(cyc, 0)))
		case n > 0 && p.SurveillanceAnchor == AnchorIssue && p.deadline(p.latestDue(cyc, n-1)) > cyc.expiry:
			bad("issue date %s is too late: surveillance %d, counted from it, could be due until %s, after the expiry date %s",
				calendar.Format(g.IssuedOn), n, format(p.deadline(p.latestDue(cyc, n-1))), format(cyc.expiry))
		}
	}
	if len(errs) > 0 {
		return Certificate{}, errors.Join(errs...)
	}
	c := Certificate{
		policy: p,
		grant:  g,
		loc:    g.DecidedOn.Location(),
		issued: issued,
		st: state{
			last:   issued,
			status: Valid,
			cyc:    cyc,
			level:  g.Level,
		},
		timeline: []segment{{from: math.MinInt32, status: NotYetValid}, {from: issued, status: Valid}},
	}
	c.st.plan(p)
	c.settled = len(c.timeline)
	c.project()
	return c, nil
}

// StatusOn returns the certificate's status on day, read in day's own
// location, at the end of that day (after any event recorded on it). It
// answers for any date, before, during or after the cycle, from the policy
// and the history: an event recorded later does not change what StatusOn
// says about earlier days, and days after the last event assume that
// nothing more is recorded (a surveillance not recorded by its deadline
// suspends, a suspension not lifted withdraws, the expiry expires). It
// returns the zero Status for a zero day or a zero Certificate. It does not
// allocate. To ask many certificates about one day, read the day once with
// [DayOf] and use [Certificate.StatusOnDay].
func (c Certificate) StatusOn(day time.Time) Status { return c.StatusOnDay(DayOf(day)) }

// Day is a calendar date read once, for asking many certificates about the
// same day with [Certificate.StatusOnDay]: reading a [time.Time]'s date
// costs more than looking the day up in a certificate's history. Two Days
// are equal (==) when they are the same date, whatever the locations they
// were read in. The zero Day is no date.
type Day struct {
	n   epochDay
	set bool
}

// DayOf returns t's calendar date, read in t's own location as
// [Certificate.StatusOn] reads it; the zero Day for a zero t.
func DayOf(t time.Time) Day {
	if t.IsZero() {
		return Day{}
	}
	return Day{n: dayOf(t), set: true}
}

// StatusOnDay returns the certificate's status on d, as
// [Certificate.StatusOn] does for the time d was read from; the zero Status
// for the zero Day or a zero Certificate. It does not allocate.
func (c Certificate) StatusOnDay(d Day) Status {
	if !d.set || len(c.timeline) == 0 {
		return 0
	}
	// The last segment whose first day is on or before d.
	lo, hi := 0, len(c.timeline)
	for hi-lo > 1 {
		mid := int(uint(lo+hi) >> 1)
		if c.timeline[mid].from <= d.n {
			lo = mid
		} else {
			hi = mid
		}
	}
	return c.timeline[lo].status
}

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

// Schedule returns the milestones of the current cycle in date order: each
// surveillance due date (with its deadline and, once recorded, the day it was
// done; one whose predecessor is not recorded yet is shown as if that one is
// done on its own due date), the date to apply for recertification by
// (expiry minus the lead, clamped to month end) and the expiry. Its slice is
// the caller's to keep.
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
// recertification's.
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
