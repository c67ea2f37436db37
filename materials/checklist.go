package materials

import (
	"errors"
	"fmt"
	"slices"
)

// ErrInvalidChecklist is matched by every error of [Checklist.Validate].
var ErrInvalidChecklist = errors.New("materials: invalid checklist")

// DefaultWarnWithinDays is how many days before a licence or ID ends the
// default checklist starts warning.
const DefaultWarnWithinDays = 90

// Upper bounds of a [Requirement]'s numbers, checked by
// [Checklist.Validate] so that a checklist from outside cannot make a check
// run for ever.
const (
	MaxCount              = 1000
	MaxYearsCovered       = 50
	MaxLatestWithinMonths = 600
	MaxWarnWithinDays     = 3660
	MaxMinAge             = 150
)

// legalAge is the age of full civil capacity (民法典 arts. 17–18), the
// default checklist's MinAge for a legal representative.
const legalAge = 18

// Requirement is one line of a checklist: what must be handed in of one
// [Kind], and the rules it must meet on the date of the check. Its zero
// values ask for nothing beyond one material valid on that date, so a
// requirement states only what it adds.
//
// Every material counted for a requirement must be valid on the check date:
// issued on or before it, and with no end date or one on or after it.
type Requirement struct {
	// Kind is the kind of material asked for.
	Kind Kind
	// Optional requirements never block: whatever is wrong with them is a
	// warning, and nothing provided is not a problem.
	Optional bool
	// Count is the least number of materials that must meet the
	// requirement; 0 means 1.
	Count int
	// YearsCovered, when positive, asks for one material for each of the
	// last YearsCovered years ending on the check date. Year k (1 = the
	// latest) is the 12-month window after asOf − 12·k months up to and
	// including asOf − 12·(k−1) months (month arithmetic clamps to the end
	// of the month). A material counts for the year in which its Covers
	// period ends (its IssuedOn when Covers is zero; the check date when
	// Covers ends after it).
	YearsCovered int
	// LatestWithinMonths, when positive, asks that the latest material was
	// issued within that many months before the check date: on or after
	// asOf − LatestWithinMonths months.
	LatestWithinMonths int
	// Sections lists the sections every counted material must contain.
	Sections []Section
	// Reference, when not zero, is the identifier the material's Reference
	// must be (a credit code for a business licence, a resident ID for a
	// legal representative's ID), unless the material names one of
	// OtherReferences in its ReferenceType.
	Reference ReferenceCheck
	// OtherReferences lists the identifiers a material may carry instead of
	// Reference, each named by the material's ReferenceType (a passport, a
	// foreign permanent resident ID or a travel permit for a legal
	// representative who holds no resident ID). A material that names an
	// identifier neither here nor in Reference does not count. It needs a
	// Reference.
	OtherReferences []ReferenceCheck
	// MinAge, when positive, is the least age, on the check date, of the
	// person an identifier names (ages as the package doc's Dates section
	// counts them). Only a resident ID carries a birth date, so MinAge needs
	// resident_id as Reference or among OtherReferences and says nothing
	// about the other identifiers.
	MinAge int
	// WarnWithinDays, when positive, warns about a counted material whose
	// ValidUntil is within that many days after the check date (the check
	// date included).
	WarnWithinDays int
	// SatisfiedBy lists other materials that meet this requirement when none
	// of its own kind does, such as a business licence carrying a valid
	// credit code standing in for the organisation code certificate.
	SatisfiedBy []StandIn
}

// StandIn is a material of another kind that meets a requirement in its
// place (see [Requirement.SatisfiedBy]), such as a business licence carrying
// a valid credit code for the organisation code certificate
// (shared/DOMAIN.md §2). The material must be valid on the check date.
type StandIn struct {
	// Kind is the kind of material that can stand in.
	Kind Kind
	// Reference is the check the stand-in's [Material.Reference] must pass;
	// zero means no check.
	Reference ReferenceCheck
}

// count returns the number of materials r needs.
func (r Requirement) count() int {
	if r.Count <= 0 {
		return 1
	}
	return r.Count
}

// Checklist is an ordered list of requirements. A caller may build its own;
// [Checklist.Validate] refuses nonsense, and [Checklist.Check] reports an
// invalid checklist as a problem instead of guessing.
type Checklist []Requirement

// Requirement returns the requirement for kind k, if the checklist has one.
func (c Checklist) Requirement(k Kind) (Requirement, bool) {
	for _, r := range c {
		if r.Kind == k {
			return r, true
		}
	}
	return Requirement{}, false
}

// Validate returns every problem of c joined, each matching
// [ErrInvalidChecklist], or nil:
//   - an empty checklist;
//   - two requirements for the same kind;
//   - a requirement that [Requirement.Validate] refuses: an unknown kind,
//     section or reference check; a negative Count, YearsCovered,
//     LatestWithinMonths, WarnWithinDays or MinAge, or one above MaxCount,
//     MaxYearsCovered, MaxLatestWithinMonths, MaxWarnWithinDays or
//     MaxMinAge; a section listed twice; other references without a
//     Reference, or one that is zero, unknown, the Reference itself or
//     listed twice; a MinAge without resident_id among the references; a
//     stand-in of an unknown kind, of the requirement's own kind, or listed
//     twice.
func (c Checklist) Validate() error {
	var errs []error
	if len(c) == 0 {
		errs = append(errs, fmt.Errorf("%w: no requirements", ErrInvalidChecklist))
	}
	var first [256]int // first[k]: 1 + the index of the first requirement of kind k
	for i, r := range c {
		// Check runs Validate every time: the position is formatted only
		// for a requirement that has a problem.
		for _, msg := range r.problems() {
			errs = append(errs, fmt.Errorf("%w: requirement %d (%s): %s", ErrInvalidChecklist, i+1, r.Kind, msg))
		}
		switch {
		case !r.Kind.IsValid():
		case first[r.Kind] == 0:
			first[r.Kind] = i + 1
		default:
			errs = append(errs, fmt.Errorf("%w: requirement %d (%s): repeats the kind of requirement %d", ErrInvalidChecklist, i+1, r.Kind, first[r.Kind]))
		}
	}
	return errors.Join(errs...)
}

// Validate returns every problem of r on its own joined, each matching
// [ErrInvalidChecklist], or nil: the problems [Checklist.Validate] reports
// about one requirement (all of them but a kind repeated in the list).
func (r Requirement) Validate() error {
	msgs := r.problems()
	if len(msgs) == 0 {
		return nil
	}
	errs := make([]error, len(msgs))
	for i, msg := range msgs {
		errs[i] = fmt.Errorf("%w: requirement (%s): %s", ErrInvalidChecklist, r.Kind, msg)
	}
	return errors.Join(errs...)
}

// problems lists what is wrong with r on its own, in words, or nil.
func (r Requirement) problems() []string {
	var msgs []string
	add := func(format string, args ...any) { msgs = append(msgs, fmt.Sprintf(format, args...)) }
	if !r.Kind.IsValid() {
		add("unknown kind")
	}
	for _, f := range [...]struct {
		name       string
		value, max int
	}{{"count", r.Count, MaxCount}, {"years covered", r.YearsCovered, MaxYearsCovered},
		{"latest within months", r.LatestWithinMonths, MaxLatestWithinMonths}, {"warn within days", r.WarnWithinDays, MaxWarnWithinDays},
		{"min age", r.MinAge, MaxMinAge}} {
		switch {
		case f.value < 0:
			add("negative %s %d", f.name, f.value)
		case f.value > f.max:
			add("%s %d is more than %d", f.name, f.value, f.max)
		}
	}
	for j, s := range r.Sections {
		switch {
		case !s.IsValid():
			add("unknown section %s", s)
		case indexSection(r.Sections[:j], s) >= 0:
			add("section %s listed twice", s)
		}
	}
	if !r.Reference.IsValid() {
		add("unknown %s", r.Reference)
	}
	if len(r.OtherReferences) > 0 && r.Reference == 0 {
		add("other references without a reference")
	}
	for j, c := range r.OtherReferences {
		switch {
		case c == 0 || !c.IsValid():
			add("other reference %d is unknown (%s)", j+1, c)
		case c == r.Reference:
			add("other reference %d repeats the reference %s", j+1, c)
		case slices.Contains(r.OtherReferences[:j], c):
			add("other reference %d repeats %s", j+1, c)
		}
	}
	if r.MinAge > 0 && r.Reference != CheckResidentID && !slices.Contains(r.OtherReferences, CheckResidentID) {
		add("min age %d needs resident_id among the references, the only identifier with a birth date", r.MinAge)
	}
	for j, s := range r.SatisfiedBy {
		switch {
		case !s.Kind.IsValid():
			add("stand-in %d has an unknown kind", j+1)
		case s.Kind == r.Kind:
			add("stand-in %d points to the requirement itself", j+1)
		}
		for k := range j {
			if r.SatisfiedBy[k] == s {
				add("stand-in %d repeats stand-in %d", j+1, k+1)
				break
			}
		}
		if !s.Reference.IsValid() {
			add("stand-in %d has an unknown %s", j+1, s.Reference)
		}
	}
	return msgs
}

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

// Equal reports whether c and o hold equal requirements ([Requirement.Equal])
// in the same order.
func (c Checklist) Equal(o Checklist) bool {
	if len(c) != len(o) {
		return false
	}
	for i := range c {
		if !c[i].Equal(o[i]) {
			return false
		}
	}
	return true
}

// AfterSalesService returns the default checklist of after-sales service
// certification, from the brief completed with what CBs ask for (the package
// doc states each rule and its source):
//   - application_form; quality_manual; service_process_manual;
//     feedback_mechanism; organization_chart; service_outlets: required,
//     valid on the check date;
//   - business_license: required, its reference a valid credit code,
//     warning when it ends within 90 days;
//   - organization_code: its reference a valid organisation code, or
//     satisfied by a business licence carrying a valid credit code;
//   - legal_rep_id: required, its reference a valid resident ID of a
//     person at least 18 on the check date, or (named by the material's
//     ReferenceType) a passport, foreign permanent resident ID, or Hong
//     Kong/Macao or Taiwan residents' mainland travel permit; warning when
//     it ends within 90 days;
//   - training_records: sections plan, content and assessment results, the
//     latest issued within 12 months;
//   - satisfaction_report: one for each of the last 2 years, each with data
//     analysis and improvement measures;
//   - service_commitment, complaint_records, service_case: optional.
//
// Each call returns a new checklist that the caller may change.
func AfterSalesService() Checklist {
	return Checklist{
		{Kind: ApplicationForm},
		{Kind: BusinessLicense, Reference: CheckCreditCode, WarnWithinDays: DefaultWarnWithinDays},
		{Kind: OrganizationCode, Reference: CheckOrganizationCode, SatisfiedBy: []StandIn{{Kind: BusinessLicense, Reference: CheckCreditCode}}},
		{Kind: LegalRepID, Reference: CheckResidentID, OtherReferences: []ReferenceCheck{CheckPassport, CheckForeignPermanentResidentID, CheckHKMacaoTravelPermit, CheckTaiwanTravelPermit},
			MinAge: legalAge, WarnWithinDays: DefaultWarnWithinDays},
		{Kind: ServiceProcessManual},
		{Kind: QualityManual},
		{Kind: FeedbackMechanism},
		{Kind: OrganizationChart},
		{Kind: ServiceOutlets},
		{Kind: TrainingRecords, Sections: []Section{Plan, Content, AssessmentResults}, LatestWithinMonths: 12},
		{Kind: SatisfactionReport, Sections: []Section{DataAnalysis, ImprovementMeasures}, YearsCovered: 2},
		{Kind: ServiceCommitment, Optional: true},
		{Kind: ComplaintRecords, Optional: true},
		{Kind: ServiceCase, Optional: true},
	}
}
