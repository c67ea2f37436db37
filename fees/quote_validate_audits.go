package fees

import (
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
)

// auditTime checks the audit time the audit lines are priced on: the
// effort of a quote that is not a bundle, or the audits of a bundle (see
// the package documentation, # Bundles and # Quotes as data).
func (c *quoteCheck) auditTime() {
	q := c.q
	if len(q.Audits) == 0 {
		c.effort(-1, &q.Effort)
		return
	}
	if !q.Effort.IsZero() {
		c.bad("effort", "a bundle quote has its audit time in audits")
	}
	if n := len(q.Audits); n > len(Standards()) {
		c.bad("audits", "%d; a bundle has at most %d, one for each standard", n, len(Standards()))
		return
	}
	c.auditsOK = true
	var seen, integrated StandardSet
	for i := range q.Audits {
		a := &q.Audits[i]
		c.effort(i, &a.Effort)
		if err := a.Integration.Validate(); err != nil {
			c.wrap(errs.Path(errs.Index("audits", i), "integration"), err)
		}
		if !c.auditStandards(i, seen) {
			c.auditsOK = false
		}
		seen |= a.Standards
		if a.Standards.len() > 1 {
			integrated = a.Standards
		}
	}
	if integrated != 0 && seen&managementSystems != integrated {
		c.bad("audits", "%s are integrated and %s not; an integrated audit combines every management system of the bundle",
			integrated, seen&managementSystems&^integrated)
		c.auditsOK = false
	}
}

// auditStandards checks the standards of audit i, after audits of the
// standards seen: known, each audited once, in order, several only for
// management systems integrated, with the reduction for integration only
// then. It reports whether they are.
func (c *quoteCheck) auditStandards(i int, seen StandardSet) bool {
	a := &c.q.Audits[i]
	bad := func(field, format string, args ...any) bool {
		c.bad(errs.Path(errs.Index("audits", i), field), format, args...)
		return false
	}
	switch s := a.Standards; {
	case s == 0:
		return bad("standards", "none; an audit is of one standard or of integrated management systems")
	case s&^knownStandards != 0:
		c.wrap(errs.Path(errs.Index("audits", i), "standards"), errs.New(ErrUnknownCode, "", "%d names no standard", uint8(s&^knownStandards)))
		return false
	case s&seen != 0:
		return bad("standards", "%s again; each standard is audited once", s&seen)
	case i > 0 && s.first() < c.q.Audits[i-1].Standards.first():
		return bad("standards", "%s after %s; audits follow the order of the standards", s, c.q.Audits[i-1].Standards)
	case s.len() > 1 && s&^managementSystems != 0:
		return bad("standards", "%s; after-sales service is audited on its own, never integrated", s)
	case s.len() == 1 && !a.Integration.Equal(audit.Integration{}):
		return bad("integration", "an audit of %s alone has no reduction for integration", s)
	}
	return true
}

// effortFor returns the effort that the audit line l is priced on: the
// quote's, or in a bundle that of the audit of l's standards; nil when
// there is none.
func (c *quoteCheck) effortFor(l *Line) *audit.Effort {
	switch {
	case len(c.q.Audits) == 0:
		return &c.q.Effort
	case !c.auditsOK:
		return nil
	}
	for i := range c.q.Audits {
		if c.q.Audits[i].Standards == l.Standards {
			return &c.q.Audits[i].Effort
		}
	}
	return nil
}

// effort checks an effort: valid, and with its basis. It is the quote's
// at −1, else that of audit at of a bundle.
func (c *quoteCheck) effort(at int, e *audit.Effort) {
	field := func() string {
		if at < 0 {
			return "effort"
		}
		return errs.Path(errs.Index("audits", at), "effort")
	}
	if !c.effortsChecked { // MarshalJSON has checked it
		if err := e.Validate(); err != nil {
			c.wrap(field(), err)
		}
	}
	if len(e.Basis) == 0 {
		c.bad(errs.Path(field(), "basis"), "none; an effort states how it was reached")
	}
	for i, line := range e.Basis {
		if err := text.Required(line); err != nil {
			c.wrap(errs.Index(errs.Path(field(), "basis"), i), err)
		}
	}
}
