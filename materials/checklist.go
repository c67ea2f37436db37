package materials

import (
	"slices"
)

// Requirement is one line of a checklist: what must be handed in of one
// [Kind], and the rules it must meet on the date of the check. Its zero
// values ask for nothing beyond one material valid on that date; the rules
// are stated in the package doc's Rules section.
type Requirement struct {
	// Kind is the kind of material asked for: a built-in kind or one of the
	// checklist's Kinds.
	Kind Kind
	// Optional requirements never block.
	Optional bool
	// Count is the least number of materials; 0 means 1.
	Count int
	// YearsCovered, when positive, asks for one material for each of the
	// last YearsCovered years ending on the check date.
	YearsCovered int
	// LatestWithinMonths, when positive, asks that the latest material was
	// issued within that many months before the check date.
	LatestWithinMonths int
	// Sections lists the sections every counted material must contain.
	Sections []Section
	// Reference, when not zero, is the identifier a material's Reference
	// must be, unless the material names one of OtherReferences.
	Reference ReferenceCheck
	// OtherReferences lists the identifiers a material may carry instead of
	// Reference, named by the material's ReferenceType.
	OtherReferences []ReferenceCheck
	// MinAge, when positive, is the least age on the check date of the
	// person a resident ID names.
	MinAge int
	// WarnWithinDays, when positive, warns about a counted material that
	// ends within that many days after the check date.
	WarnWithinDays int
	// SatisfiedBy lists materials of other kinds that meet the requirement
	// when none of its own kind does.
	SatisfiedBy []StandIn
}

// StandIn is a material of another kind that meets a requirement in its
// place ([Requirement.SatisfiedBy]), such as a business licence carrying a
// valid credit code for the organisation code certificate.
type StandIn struct {
	// Kind is the kind of material that can stand in.
	Kind Kind
	// Reference is the identifier the stand-in's Reference must be; zero
	// means no check.
	Reference ReferenceCheck
}

// count returns the number of materials r needs.
func (r Requirement) count() int { return max(r.Count, 1) }

// IsZero reports whether r is the zero Requirement.
func (r Requirement) IsZero() bool { return r.Equal(Requirement{}) }

// Equal reports whether r and o ask for the same thing, field by field,
// with the same sections, other references and stand-ins in the same order
// (a nil and an empty list are the same).
func (r Requirement) Equal(o Requirement) bool {
	return r.Kind == o.Kind && r.Optional == o.Optional && r.Count == o.Count &&
		r.YearsCovered == o.YearsCovered && r.LatestWithinMonths == o.LatestWithinMonths &&
		r.Reference == o.Reference && r.WarnWithinDays == o.WarnWithinDays && r.MinAge == o.MinAge &&
		slices.Equal(r.Sections, o.Sections) && slices.Equal(r.OtherReferences, o.OtherReferences) &&
		slices.Equal(r.SatisfiedBy, o.SatisfiedBy)
}

// IsZero reports whether s is the zero StandIn.
func (s StandIn) IsZero() bool { return s == StandIn{} }

// Checklist is what a certification scheme asks an applicant to hand in:
// the kinds of material of its own, if any, and the requirements in order.
// It is plain data: a caller may build its own or change a copy of a
// built-in one; [Checklist.Validate] refuses nonsense, and [Checklist.Check]
// reports an invalid checklist as a problem instead of guessing.
type Checklist struct {
	// Kinds defines the kinds of material of the checklist's own, beside
	// the built-in ones (see the package doc's Kinds section).
	Kinds []KindDef
	// Requirements lists what is asked for, one requirement per kind.
	Requirements []Requirement
}

// Requirement returns the requirement for kind k, if c has one.
func (c Checklist) Requirement(k Kind) (Requirement, bool) {
	i := slices.IndexFunc(c.Requirements, func(r Requirement) bool { return r.Kind == k })
	if i < 0 {
		return Requirement{}, false
	}
	return c.Requirements[i], true
}

// Kind returns the definition of kind k as c knows it: a built-in kind's, or
// the one in c.Kinds; false when c knows no such kind.
func (c Checklist) Kind(k Kind) (KindDef, bool) {
	if d, ok := k.builtIn(); ok {
		return d, true
	}
	i := slices.IndexFunc(c.Kinds, func(d KindDef) bool { return d.Code == k })
	if i < 0 {
		return KindDef{}, false
	}
	return c.Kinds[i], true
}

// IsZero reports whether c is the zero Checklist (nothing defined, nothing
// asked for).
func (c Checklist) IsZero() bool { return len(c.Kinds) == 0 && len(c.Requirements) == 0 }

// Equal reports whether c and o define the same kinds and hold equal
// requirements ([Requirement.Equal]), each in the same order.
func (c Checklist) Equal(o Checklist) bool {
	return slices.Equal(c.Kinds, o.Kinds) && slices.EqualFunc(c.Requirements, o.Requirements, Requirement.Equal)
}
