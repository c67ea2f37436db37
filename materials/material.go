package materials

import (
	"slices"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
)

// Period is a span of calendar dates, both ends included, such as the months
// a satisfaction survey covers. The zero Period means "not stated".
type Period struct {
	From, To time.Time // first and last day, both included; both zero or both set
}

// IsZero reports whether p is the zero Period (neither end set).
func (p Period) IsZero() bool { return p.From.IsZero() && p.To.IsZero() }

// Equal reports whether p and o are the same calendar dates (each read in
// its own location).
func (p Period) Equal(o Period) bool {
	return calendar.Equal(p.From, o.From) && calendar.Equal(p.To, o.To)
}

// check adds to l the problems of p (see the package doc's Materials
// section), fields named "from" and "to".
func (p Period) check(l *errs.List) {
	switch {
	case p.IsZero():
	case p.From.IsZero():
		l.New(ErrInvalidMaterial, "from", "is missing (to is %s)", calendar.Format(p.To))
	case p.To.IsZero():
		l.New(ErrInvalidMaterial, "to", "is missing (from is %s)", calendar.Format(p.From))
	case calendar.Check(p.From) != nil:
		l.Wrap(ErrInvalidMaterial, "from", calendar.Check(p.From))
	case calendar.Check(p.To) != nil:
		l.Wrap(ErrInvalidMaterial, "to", calendar.Check(p.To))
	case calendar.Before(p.To, p.From):
		l.New(ErrInvalidMaterial, "to", "%s is before the start, %s", calendar.Format(p.To), calendar.Format(p.From))
	}
}

// Material is the metadata of one document an applicant hands in. Its
// fields and what makes it valid are stated in the package doc's Materials
// section.
type Material struct {
	// Kind is what the document is, such as [BusinessLicense].
	Kind Kind
	// Title is the document's name as the applicant gives it.
	Title string
	// IssuedOn is the issue date (required).
	IssuedOn time.Time
	// ValidUntil is the last day the document is valid; zero means no end
	// date (长期).
	ValidUntil time.Time
	// Covers is the period the document reports on (a survey's year, say);
	// it may be zero.
	Covers Period
	// Sections lists the sections the document contains.
	Sections []Section
	// Reference is the identifier printed on the document, such as a credit
	// code or a resident ID number; it may be empty.
	Reference string
	// ReferenceType says which identifier Reference is, when the
	// requirement accepts more than one; zero means the one the requirement
	// asks for first.
	ReferenceType ReferenceCheck
}

// Validate checks m on its own, without a date, as the package doc's
// Materials section says, and returns every problem (nil when there is
// none), each a [*FieldError] matching [ErrInvalidMaterial].
func (m Material) Validate() error {
	return errOf(m.check)
}

// check adds the problems of m to l.
func (m Material) check(l *errs.List) {
	checkKindCode(l, ErrInvalidMaterial, "kind", m.Kind)
	l.Wrap(ErrInvalidMaterial, "title", text.Required(m.Title))
	l.Wrap(ErrInvalidMaterial, "reference", text.Optional(m.Reference))
	if m.ReferenceType != 0 && !m.ReferenceType.IsValid() {
		l.New(ErrInvalidMaterial, "reference_type", "%s is unknown", m.ReferenceType)
	}
	m.checkDates(l)
	checkSections(l, ErrInvalidMaterial, m.Sections)
}

// checkSections adds to l, as problems of the given kind, each section of
// list (the field "sections") that is unknown or repeats an earlier one.
func checkSections(l *errs.List, kind error, list []Section) {
	var seen [256]bool
	for i, s := range list {
		switch {
		case !s.IsValid():
			l.New(kind, errs.Index("sections", i), "%s is unknown", s)
		case seen[s]:
			l.New(kind, errs.Index("sections", i), "repeats %s", s)
		}
		seen[s] = true
	}
}

// checkDates adds the problems of m's dates to l.
func (m Material) checkDates(l *errs.List) {
	switch {
	case m.IssuedOn.IsZero():
		l.Missing(ErrInvalidMaterial, "issued_on")
	case calendar.Check(m.IssuedOn) != nil:
		l.Wrap(ErrInvalidMaterial, "issued_on", calendar.Check(m.IssuedOn))
	case m.ValidUntil.IsZero():
	case calendar.Check(m.ValidUntil) != nil:
		l.Wrap(ErrInvalidMaterial, "valid_until", calendar.Check(m.ValidUntil))
	case calendar.Before(m.ValidUntil, m.IssuedOn):
		l.New(ErrInvalidMaterial, "valid_until", "%s is before issued_on, %s", calendar.Format(m.ValidUntil), calendar.Format(m.IssuedOn))
	}
	var covers errs.List
	m.Covers.check(&covers)
	l.Wrap(ErrInvalidMaterial, "covers", covers.Err())
}

// IsZero reports whether m is the zero Material.
func (m Material) IsZero() bool { return m.Equal(Material{}) }

// Equal reports whether m and o describe the same document: the same kind,
// title, reference and reference type, the same calendar dates, and the
// same sections in the same order (a nil and an empty list are the same).
func (m Material) Equal(o Material) bool {
	return m.Kind == o.Kind && m.Title == o.Title && m.Reference == o.Reference && m.ReferenceType == o.ReferenceType &&
		calendar.Equal(m.IssuedOn, o.IssuedOn) && calendar.Equal(m.ValidUntil, o.ValidUntil) &&
		m.Covers.Equal(o.Covers) && slices.Equal(m.Sections, o.Sections)
}

// cloneMaterial returns m with its own copy of Sections.
func cloneMaterial(m Material) Material {
	m.Sections = slices.Clone(m.Sections)
	return m
}
