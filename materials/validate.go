package materials

import (
	"slices"

	"github.com/aftersales/certification/internal/errs"
)

// Upper bounds of a requirement's numbers, so that a checklist from outside
// cannot make a check run for ever (see the package doc's Checklists
// section).
const (
	maxCount              = 1000
	maxYearsCovered       = 50
	maxLatestWithinMonths = 600
	maxWarnWithinDays     = 3660
	maxMinAge             = 150
)

// Validate returns every problem of c (nil when there is none), each a
// [*FieldError] matching [ErrInvalidChecklist] and naming the field, such as
// "requirements[3].sections[1]": the rules are those of the package doc's
// Checklists and Kinds sections.
func (c Checklist) Validate() error {
	return errOf(c.check)
}

// check adds the problems of c to l. A requirement's path is formatted
// only when it has a problem: Check validates its checklist every time.
func (c Checklist) check(l *errs.List) {
	own := c.checkKinds(l)
	if len(c.Requirements) == 0 {
		l.New(ErrInvalidChecklist, "requirements", "none: a checklist asks for at least one kind")
	}
	first := make(map[Kind]int, len(c.Requirements)) // the first requirement of each kind
	for i, r := range c.Requirements {
		var one errs.List
		r.check(&one)
		if !c.knows(own, r.Kind) {
			one.New(ErrInvalidChecklist, "kind", "%s %s", r.Kind, unknownKind)
		}
		for j, s := range r.SatisfiedBy {
			if !c.knows(own, s.Kind) {
				one.New(ErrInvalidChecklist, errs.Index("satisfied_by", j)+".kind", "%s %s", s.Kind, unknownKind)
			}
		}
		if j, ok := first[r.Kind]; ok {
			one.New(ErrInvalidChecklist, "kind", "%s is asked for by %s already", r.Kind, errs.Index("requirements", j))
		} else if r.Kind.IsValid() {
			first[r.Kind] = i
		}
		if one.Len() > 0 {
			l.Wrap(ErrInvalidChecklist, errs.Index("requirements", i), one.Err())
		}
	}
}

// unknownKind ends the message about a requirement or stand-in of a kind
// the checklist does not know.
const unknownKind = "is neither a built-in kind nor one of the checklist's kinds"

// checkKinds adds the problems of c.Kinds to l and returns the set of
// kinds they define.
func (c Checklist) checkKinds(l *errs.List) map[Kind]bool {
	if len(c.Kinds) == 0 {
		return nil
	}
	own := make(map[Kind]bool, len(c.Kinds))
	for i, d := range c.Kinds {
		var one errs.List
		d.check(&one)
		if own[d.Code] {
			one.New(ErrInvalidChecklist, "code", "%s is defined twice", d.Code)
		}
		if one.Len() > 0 {
			l.Wrap(ErrInvalidChecklist, errs.Index("kinds", i), one.Err())
		}
		if d.Code.IsValid() {
			own[d.Code] = true
		}
	}
	return own
}

// knows reports whether c knows kind k, given own, the kinds c defines: a
// built-in kind or one of own. A kind not spelled as a code counts as known
// here, since Requirement.check says what is wrong with it.
func (c Checklist) knows(own map[Kind]bool, k Kind) bool {
	if _, builtIn := k.builtIn(); builtIn || own[k] {
		return true
	}
	return !k.IsValid()
}

// Validate returns every problem of r on its own (nil when there is none),
// each a [*FieldError] matching [ErrInvalidChecklist]: those that
// [Checklist.Validate] finds in one requirement, but whether the checklist
// knows its kinds and asks for each once.
func (r Requirement) Validate() error {
	return errOf(r.check)
}

// check adds the problems of r on its own to l.
func (r Requirement) check(l *errs.List) {
	checkKindCode(l, ErrInvalidChecklist, "kind", r.Kind)
	r.checkNumbers(l)
	checkSections(l, ErrInvalidChecklist, r.Sections)
	r.checkReferences(l)
	var first map[StandIn]int // the first stand-in of each value, once there are several
	if len(r.SatisfiedBy) > 1 {
		first = make(map[StandIn]int, len(r.SatisfiedBy))
	}
	for i, s := range r.SatisfiedBy {
		r.checkStandIn(l, i, s)
		if j, ok := first[s]; ok {
			l.New(ErrInvalidChecklist, errs.Index("satisfied_by", i), "repeats %s", errs.Index("satisfied_by", j))
		} else if first != nil {
			first[s] = i
		}
	}
}

// checkNumbers adds to l the numbers of r that are negative or above their
// bound.
func (r Requirement) checkNumbers(l *errs.List) {
	for _, f := range [...]struct {
		field      string
		value, max int
	}{{"count", r.Count, maxCount}, {"years_covered", r.YearsCovered, maxYearsCovered},
		{"latest_within_months", r.LatestWithinMonths, maxLatestWithinMonths},
		{"warn_within_days", r.WarnWithinDays, maxWarnWithinDays}, {"min_age", r.MinAge, maxMinAge}} {
		switch {
		case f.value < 0:
			l.New(ErrInvalidChecklist, f.field, "%d is negative", f.value)
		case f.value > f.max:
			l.New(ErrInvalidChecklist, f.field, "%d is more than %d", f.value, f.max)
		}
	}
}

// checkReferences adds to l the problems of r's identifiers: an unknown
// one, others without a Reference or repeating one, a MinAge without a
// resident ID.
func (r Requirement) checkReferences(l *errs.List) {
	if r.Reference != 0 && !r.Reference.IsValid() {
		l.New(ErrInvalidChecklist, "reference", "%s is unknown", r.Reference)
	}
	if len(r.OtherReferences) > 0 && r.Reference == 0 {
		l.New(ErrInvalidChecklist, "other_references", "given without a reference")
	}
	var seen [256]bool
	for i, c := range r.OtherReferences {
		switch {
		case !c.IsValid():
			l.New(ErrInvalidChecklist, errs.Index("other_references", i), "%s is unknown", c)
		case c == r.Reference:
			l.New(ErrInvalidChecklist, errs.Index("other_references", i), "repeats the reference, %s", c)
		case seen[c]:
			l.New(ErrInvalidChecklist, errs.Index("other_references", i), "repeats %s", c)
		}
		seen[c] = true
	}
	if r.MinAge > 0 && r.Reference != CheckResidentID && !slices.Contains(r.OtherReferences, CheckResidentID) {
		l.New(ErrInvalidChecklist, "min_age", "%d needs resident_id among the references, the only identifier with a birth date", r.MinAge)
	}
}

// checkStandIn adds to l the problems of s, stand-in i of r.
func (r Requirement) checkStandIn(l *errs.List, i int, s StandIn) {
	var own errs.List
	s.check(&own)
	if s.Kind == r.Kind {
		own.New(ErrInvalidChecklist, "kind", "%s is the requirement's own kind", s.Kind)
	}
	if own.Len() > 0 {
		l.Wrap(ErrInvalidChecklist, errs.Index("satisfied_by", i), own.Err())
	}
}

// check adds the problems of s on its own to l: a kind not spelled as a
// code, an unknown identifier.
func (s StandIn) check(l *errs.List) {
	checkKindCode(l, ErrInvalidChecklist, "kind", s.Kind)
	if s.Reference != 0 && !s.Reference.IsValid() {
		l.New(ErrInvalidChecklist, "reference", "%s is unknown", s.Reference)
	}
}
