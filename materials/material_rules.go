package materials

import (
	"errors"
	"slices"
	"strconv"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// appendMaterialProblems appends what keeps m from counting for r on asOf.
func (r Requirement) appendMaterialProblems(problems []Problem, m Material, asOf time.Time) []Problem {
	if m.notYetValid(asOf) {
		problems = append(problems, Problem{Kind: m.Kind, Reason: ReasonNotYetValid, Title: m.Title, Date: calendar.Date(m.IssuedOn)})
	}
	if m.expired(asOf) {
		problems = append(problems, Problem{Kind: m.Kind, Reason: ReasonExpired, Title: m.Title, Date: calendar.Date(m.ValidUntil)})
	}
	for _, s := range r.Sections {
		if !slices.Contains(m.Sections, s) {
			problems = append(problems, Problem{Kind: m.Kind, Reason: ReasonMissingSection, Title: m.Title, Section: s})
		}
	}
	if p, ok := referenceProblem(r.Reference, r.OtherReferences, r.MinAge, m, asOf); !ok {
		problems = append(problems, p)
	}
	return problems
}

// notYetValid reports whether m was issued after asOf.
func (m Material) notYetValid(asOf time.Time) bool { return calendar.After(m.IssuedOn, asOf) }

// expired reports whether m's ValidUntil is before asOf; a zero ValidUntil
// never expires.
func (m Material) expired(asOf time.Time) bool {
	return !m.ValidUntil.IsZero() && calendar.Before(m.ValidUntil, asOf)
}

// referenceProblem checks the identifier m carries against a requirement
// that asks for check, or for one of others when m names it in its
// ReferenceType, and wants the person it names to be at least minAge on
// asOf. It returns the first problem found, with ok false, or ok true.
// When check is zero nothing is asked and nothing is checked.
func referenceProblem(check ReferenceCheck, others []ReferenceCheck, minAge int, m Material, asOf time.Time) (p Problem, ok bool) {
	if check == 0 {
		return Problem{}, true
	}
	p = Problem{Kind: m.Kind, Reason: ReasonInvalidReference, Title: m.Title, Reference: m.Reference}
	if t := m.ReferenceType; t != 0 && t != check {
		if !slices.Contains(others, t) {
			p.Rule, p.Detail = RuleNotAccepted, notAcceptedDetail(t, check, others)
			return p, false
		}
		check = t
	}
	if err := ValidateReference(check, m.Reference); err != nil {
		p.Detail = err.Error()
		var re *ReferenceError
		if errors.As(err, &re) {
			p.Rule = re.Rule
			p.Detail = re.Identifier.shortName() + " " + errs.Quote(m.Reference) + ": " + re.Detail
		}
		return p, false
	}
	if check != CheckResidentID {
		return Problem{}, true
	}
	return ageProblem(p, minAge, asOf)
}

// notAcceptedDetail says that a material's identifier t is not one its
// requirement accepts.
func notAcceptedDetail(t, check ReferenceCheck, others []ReferenceCheck) string {
	accepted := check.English()
	for _, o := range others {
		accepted += ", " + o.English()
	}
	return "the " + t.English() + " is not accepted: want the " + accepted
}

// ageProblem checks the birth date of p's valid resident ID on asOf: not
// after it, and at least minAge years before it (see the package doc's
// Dates section). p is the invalid-reference problem to return for a birth
// after asOf.
func ageProblem(p Problem, minAge int, asOf time.Time) (Problem, bool) {
	born, _ := birthDate(p.Reference)
	born = time.Date(born.Year(), born.Month(), born.Day(), 0, 0, 0, 0, asOf.Location())
	if calendar.After(born, asOf) {
		p.Rule, p.Date = RuleBirthDate, born
		p.Detail = CheckResidentID.shortName() + " " + errs.Quote(p.Reference) + ": birth date " + calendar.Format(born) +
			" at positions 7-14 is after the check date " + calendar.Format(asOf)
		return p, false
	}
	adult := calendar.AddYears(born, minAge)
	if minAge <= 0 || !calendar.Before(asOf, adult) {
		return Problem{}, true
	}
	under := Problem{Kind: p.Kind, Reason: ReasonUnderage, Title: p.Title, Reference: p.Reference, Rule: RuleMinimumAge,
		Detail: "minimum age " + strconv.Itoa(minAge)}
	if calendar.InRange(born) && calendar.InRange(adult) {
		under.Date, under.End = born, adult
	}
	return under, false
}
