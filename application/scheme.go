package application

import (
	"slices"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
	"github.com/aftersales/certification/materials"
)

// Scheme binds the rules one application runs under (see "Schemes" in the
// package doc). It is plain data: build one or start from a preset, change
// the copy, and check it with [Scheme.Validate]. Body is optional ("" means
// not given); so is Scorecard: a scheme whose Scorecard is the zero
// audit.Scorecard awards no grade.
type Scheme struct {
	Checklist     materials.Checklist       // materials required at submission
	TimeTable     audit.TimeTable           // audit time; the fee schedule's table too
	Scorecard     audit.Scorecard           // scoring and grades; zero for a scheme without a grade
	Fees          fees.Schedule             // prices
	Certificate   certificate.Policy        // validity and surveillance
	Rectification audit.RectificationPolicy // time to rectify, stage 2 repeat limit
	Standard      string                    // the standard and its year printed on the certificate
	Scope         string                    // the scope printed when the applicant names none
	Body          string                    // the certification body printed on the certificate (optional)
}

// The after-sales scheme's standard and default scope.
const (
	standardGBT27922 = "GB/T 27922-2011"
	afterSalesScope  = "商品售后服务 (after-sales service of goods)"
)

// AfterSalesScheme returns the after-sales service certification scheme,
// graded (see "Schemes" in the package doc): materials.AfterSalesService,
// audit.AfterSalesTimeTable, audit.GBT27922, fees.DefaultSchedule,
// certificate.DefaultPolicy, audit.DefaultRectification, the standard
// "GB/T 27922-2011" and the scope "商品售后服务 (after-sales service of
// goods)". Its Body is empty.
func AfterSalesScheme() Scheme {
	return Scheme{
		Checklist:     materials.AfterSalesService(),
		TimeTable:     audit.AfterSalesTimeTable(),
		Scorecard:     audit.GBT27922(),
		Fees:          fees.DefaultSchedule(),
		Certificate:   certificate.DefaultPolicy(),
		Rectification: audit.DefaultRectification(),
		Standard:      standardGBT27922,
		Scope:         afterSalesScope,
	}
}

// graded reports whether s awards a grade: it has a scorecard.
func (s Scheme) graded() bool { return !s.Scorecard.IsZero() }

// Validate checks every part with its own validator and returns every
// problem, each a [*FieldError] of kind [ErrInvalidScheme] naming the part
// as JSON spells it and wrapping the part's own error (so that, say,
// audit.ErrInvalidPolicy matches too): the checklist, the time_table, the
// fees (the fee schedule), the certificate and rectification policies, a
// standard or scope that is blank or not valid UTF-8, a body that is given
// but blank or not valid UTF-8, and a fee schedule that prices another time
// table than the scheme's (quotes and audit time would disagree). A zero Scorecard is
// valid: the scheme has no grade.
func (s Scheme) Validate() error {
	var l errs.List
	l.Wrap(ErrInvalidScheme, "checklist", s.Checklist.Validate())
	l.Wrap(ErrInvalidScheme, "time_table", s.TimeTable.Validate())
	l.Wrap(ErrInvalidScheme, "fees", s.Fees.Validate())
	l.Wrap(ErrInvalidScheme, "certificate", s.Certificate.Validate())
	l.Wrap(ErrInvalidScheme, "rectification", s.Rectification.Validate())
	l.Wrap(ErrInvalidScheme, "standard", text.Required(s.Standard))
	l.Wrap(ErrInvalidScheme, "scope", text.Required(s.Scope))
	l.Wrap(ErrInvalidScheme, "body", text.Optional(s.Body))
	if !s.Fees.TimeTable.Equal(s.TimeTable) {
		l.New(ErrInvalidScheme, "fees", "the fee schedule prices time table %s, not the scheme's time_table %s",
			errs.Quote(s.Fees.TimeTable.Name()), errs.Quote(s.TimeTable.Name()))
	}
	return l.Err()
}

// IsZero reports whether s is the zero Scheme, which is not valid.
func (s Scheme) IsZero() bool { return s.Equal(Scheme{}) }

// Equal reports whether s and o are the same scheme, part by part, each
// compared with its own Equal (decimals by value), the policies, standard,
// scope and body as they are.
func (s Scheme) Equal(o Scheme) bool {
	return s.Checklist.Equal(o.Checklist) &&
		s.TimeTable.Equal(o.TimeTable) &&
		s.Scorecard.Equal(o.Scorecard) &&
		s.Fees.Equal(o.Fees) &&
		s.Certificate == o.Certificate &&
		s.Rectification == o.Rectification &&
		s.Standard == o.Standard &&
		s.Scope == o.Scope &&
		s.Body == o.Body
}

// clone returns a copy of s that shares no slice with it.
func (s Scheme) clone() Scheme {
	s.Checklist.Kinds = slices.Clone(s.Checklist.Kinds)
	if s.Checklist.Requirements != nil {
		rs := make([]materials.Requirement, len(s.Checklist.Requirements))
		for i, r := range s.Checklist.Requirements {
			r.Sections = slices.Clone(r.Sections)
			r.OtherReferences = slices.Clone(r.OtherReferences)
			r.SatisfiedBy = slices.Clone(r.SatisfiedBy)
			rs[i] = r
		}
		s.Checklist.Requirements = rs
	}
	return s
}
