package certificate

import (
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
	"github.com/aftersales/certification/materials"
	"github.com/google/uuid"
)

// Grant is what a certification decision grants: the data printed on the
// certificate and the two dates that start it (see "What a certificate
// shows" in the package doc). Address and Body are optional: "" means not
// given. An Ungraded grant has no Level (see "Grades" in the package doc).
type Grant struct {
	ID         uuid.UUID   // the caller's identifier; not uuid.Nil
	Number     string      // the certificate number; reissues add "-R1", "-R2", …
	Holder     string      // the holder's name
	CreditCode string      // the holder's unified social credit code (GB 32100-2015)
	Scope      string      // the certified scope
	Standard   string      // the standard and its year, such as "GB/T 27922-2011"
	Level      audit.Level // the grade: audit.Compliant (达标) or better; 0 when Ungraded
	DecidedOn  time.Time   // the certification decision; the cycle starts here
	IssuedOn   time.Time   // the issue date: on or after DecidedOn
	Address    string      // the holder's registered address (住所); optional
	Body       string      // the certification body that issues it (认证机构); optional
	Ungraded   bool        // the scheme awards no grade, such as a management-system certificate
}

// Validate reports every problem with the grant that no policy bears on,
// each a [*FieldError] of kind [ErrInvalidGrant] naming the field as JSON
// spells it; nil when there is none. The problems: a uuid.Nil ID; a Number,
// Holder, Scope or Standard that is blank or not valid UTF-8, an Address or
// Body that is given but is; a credit code that fails
// materials.ValidateCreditCode (also matching materials.ErrInvalidReference);
// a level that is unknown or below audit.Compliant (also matching
// [ErrNotCertifiable]), or, on an Ungraded grant, any level; a decision or issue date that is zero or outside the
// years 1–9999; an issue date before the decision date. [Issue] adds the
// checks that depend on its policy.
func (g Grant) Validate() error {
	var l errs.List
	if g.ID == uuid.Nil {
		l.New(ErrInvalidGrant, "id", "is the nil UUID")
	}
	l.Wrap(ErrInvalidGrant, "number", text.Required(g.Number))
	l.Wrap(ErrInvalidGrant, "holder", text.Required(g.Holder))
	l.Wrap(ErrInvalidGrant, "scope", text.Required(g.Scope))
	l.Wrap(ErrInvalidGrant, "standard", text.Required(g.Standard))
	l.Wrap(ErrInvalidGrant, "address", text.Optional(g.Address))
	l.Wrap(ErrInvalidGrant, "body", text.Optional(g.Body))
	l.Wrap(ErrInvalidGrant, "credit_code", materials.ValidateCreditCode(g.CreditCode))
	l.Add(checkLevel(g.Level, g.Ungraded))
	l.Add(checkDate("decided_on", g.DecidedOn))
	l.Add(checkDate("issued_on", g.IssuedOn))
	if g.datesUsable() && calendar.Before(g.IssuedOn, g.DecidedOn) {
		l.New(ErrInvalidGrant, "issued_on", "%s is before the decision date %s", calendar.Format(g.IssuedOn), calendar.Format(g.DecidedOn))
	}
	return l.Err()
}

// datesUsable reports whether both dates lie in the years 1–9999.
func (g Grant) datesUsable() bool {
	return calendar.InRange(g.DecidedOn) && calendar.InRange(g.IssuedOn)
}

// checkLevel returns the problem with a grant's level: unknown, or below
// audit.Compliant; on an ungraded grant, any level.
func checkLevel(level audit.Level, ungraded bool) error {
	switch {
	case ungraded && level != 0:
		return errs.New(ErrInvalidGrant, "level", "an ungraded grant has no level, not %s", level)
	case ungraded:
		return nil
	case !level.IsValid():
		return errs.Wrap(ErrInvalidGrant, "level", errs.Matching(ErrNotCertifiable, "unknown level %d is not certifiable", uint8(level)))
	case !level.Certifiable():
		return errs.Wrap(ErrInvalidGrant, "level", errs.Matching(ErrNotCertifiable, "%s (%s) is not certifiable: it is below %s (%s)", level, level.Chinese(), audit.Compliant, audit.Compliant.Chinese()))
	}
	return nil
}

// checkDate returns the problem with a grant's date: zero, or outside the
// years 1–9999 (calendar.Check).
func checkDate(field string, t time.Time) error {
	return errs.Wrap(ErrInvalidGrant, field, calendar.Check(t))
}

// Issue validates a grant under a policy and returns the certificate it
// grants, with no events yet. Its cycle starts on g.DecidedOn (see "Dates"
// in the package doc); dates are read in their own locations, and computed
// dates are midnight in DecidedOn's.
//
// Errors: a policy that does not validate ([ErrInvalidPolicy]); otherwise
// every problem [Grant.Validate] finds and, each a [*FieldError] of kind
// [ErrInvalidGrant], an expiry after 9999 and an issue date that the policy
// refuses (see "Surveillance" in the package doc), all collected.
func Issue(p Policy, g Grant) (Certificate, error) {
	if err := p.Validate(); err != nil {
		return Certificate{}, err
	}
	var l errs.List
	l.Add(g.Validate())
	if !g.datesUsable() || calendar.Before(g.IssuedOn, g.DecidedOn) {
		return Certificate{}, l.Err()
	}
	g.DecidedOn, g.IssuedOn = calendar.Date(g.DecidedOn), calendar.Date(g.IssuedOn)
	cyc, issued := p.firstCycle(g)
	l.Add(p.checkIssue(g, cyc, issued))
	if err := l.Err(); err != nil {
		return Certificate{}, err
	}
	return newCertificate(p, g, cyc, issued), nil
}

// firstCycle returns the cycle a grant opens and its issue day: it starts on
// the decision, and its surveillances are counted from the policy's anchor.
func (p Policy) firstCycle(g Grant) (cycle, epochDay) {
	decided, issued := dayOf(g.DecidedOn), dayOf(g.IssuedOn)
	anchor := decided
	if p.SurveillanceAnchor == AnchorIssue {
		anchor = issued
	}
	return p.newCycle(g.DecidedOn, anchor, decided), issued
}

// checkIssue returns the problem with a grant's dates under the policy: an
// expiry after 9999, or an issue date too late for the first cycle's
// surveillances (see "Surveillance" in the package doc).
func (p Policy) checkIssue(g Grant, cyc cycle, issued epochDay) error {
	loc := g.DecidedOn.Location()
	format := func(d epochDay) string { return calendar.Format(dateOf(d, loc)) }
	on := calendar.Format(g.IssuedOn)
	n := p.SurveillancesPerCycle
	switch {
	case cyc.expiry > lastDay:
		return errs.New(ErrInvalidGrant, "decided_on", "expiry %s is after the year %d", format(cyc.expiry), calendar.MaxYear)
	case n == 0 && issued > cyc.expiry:
		return errs.New(ErrInvalidGrant, "issued_on", "%s is after the expiry date %s", on, format(cyc.expiry))
	case n > 0 && p.SurveillanceAnchor == AnchorDecision && issued > p.latestDue(cyc, 0):
		return errs.New(ErrInvalidGrant, "issued_on", "%s is after the first surveillance due date %s", on, format(p.latestDue(cyc, 0)))
	case n > 0 && p.SurveillanceAnchor == AnchorIssue && p.deadline(p.latestDue(cyc, n-1)) > cyc.expiry:
		return errs.New(ErrInvalidGrant, "issued_on", "%s is too late: surveillance %d, counted from it, could be due until %s, after the expiry date %s",
			on, n, format(p.deadline(p.latestDue(cyc, n-1))), format(cyc.expiry))
	}
	return nil
}

// newCertificate returns the certificate a valid grant issues: valid from its
// issue day, with no events yet.
func newCertificate(p Policy, g Grant, cyc cycle, issued epochDay) Certificate {
	c := Certificate{
		policy:   p,
		grant:    g,
		loc:      g.DecidedOn.Location(),
		issued:   issued,
		st:       state{last: issued, status: Valid, cyc: cyc, level: g.Level},
		timeline: startTimeline(issued),
	}
	c.st.plan(p)
	c.project()
	return c
}
