package application

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/materials"
)

// ErrInvalidScheme is matched by every error from [Scheme.Validate].
var ErrInvalidScheme = errors.New("application: invalid scheme")

// StandardGBT27922 is the standard after-sales service certification is
// graded against, with its year, as printed on the certificate
// (shared/DOMAIN.md §1, §6).
const StandardGBT27922 = "GB/T 27922-2011"

// DefaultScope is the certified scope printed on the certificate when the
// applicant names none.
const DefaultScope = "商品售后服务 (after-sales service of goods)"

// Scheme binds the rules one application runs under: what must be handed in,
// how long the audit takes, how it is scored and graded, what it costs, how
// long findings may take, and what the certificate says and how long it
// lasts. Every part is data that a certification body can replace.
//
// Body is the certification body (认证机构) that runs the scheme, printed on
// every certificate issued under it (shared/DOMAIN.md §6). It is optional:
// "" means not given, and the certificates then name no body; a body that
// issues certificates sets it to its own name. When given it must be valid
// UTF-8 and not blank.
//
// A Scheme is a plain value: build one (or start from [AfterSalesScheme]),
// change a field of the copy, and call [Scheme.Validate]; [New] validates it
// and keeps a deep copy, so changing the Checklist afterwards changes nothing
// in an application.
type Scheme struct {
	Checklist     materials.Checklist       // materials required at submission (DOMAIN.md §2)
	TimeTable     audit.TimeTable           // audit time (§3); must be the fee schedule's table
	Scorecard     audit.Scorecard           // scoring and grades (§4)
	Fees          fees.Schedule             // prices (§7)
	Certificate   certificate.Policy        // validity and surveillance (§6)
	Rectification audit.RectificationPolicy // time to rectify, stage 2 repeat limit (§5)
	Standard      string                    // the standard printed on the certificate
	Scope         string                    // the scope printed when the applicant names none
	Body          string                    // the certification body printed on the certificate (optional; "" = not given)
}

// AfterSalesScheme returns the after-sales service certification scheme of
// shared/DOMAIN.md, from each package's defaults: the checklist
// materials.AfterSalesService, the committee's time table
// audit.AfterSalesTimeTable, the scorecard audit.GBT27922, the fee schedule
// fees.DefaultSchedule, the certificate policy certificate.DefaultPolicy, the
// rectification policy audit.DefaultRectification, the standard
// [StandardGBT27922] and the scope [DefaultScope]. Its Body is empty: the
// library is not a certification body, so a body that runs the scheme sets
// Body to its own name for its certificates to show it.
func AfterSalesScheme() Scheme {
	return Scheme{
		Checklist:     materials.AfterSalesService(),
		TimeTable:     audit.AfterSalesTimeTable(),
		Scorecard:     audit.GBT27922(),
		Fees:          fees.DefaultSchedule(),
		Certificate:   certificate.DefaultPolicy(),
		Rectification: audit.DefaultRectification(),
		Standard:      StandardGBT27922,
		Scope:         DefaultScope,
	}
}

// Validate checks every part with its own validator and returns every
// problem joined, each matching [ErrInvalidScheme] (and wrapping the part's
// own error, so that, say, audit.ErrInvalidPolicy matches too) and naming the
// part by its JSON field name ([Scheme.MarshalJSON]): the checklist, the
// time_table, the scorecard (it must have indicators and a valid grading),
// the fees (the fee schedule), the certificate policy, the rectification
// policy, a standard or scope that is blank or not valid UTF-8 (JSON could
// not keep it), a body that is given (not "") but blank or not valid UTF-8
// (certificate.Issue would refuse it), and a fee schedule that prices a different time table than
// the scheme's (quotes and audit time would disagree).
func (s Scheme) Validate() error {
	var errs []error
	add := func(part string, err error) {
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: %s: %w", ErrInvalidScheme, part, err))
		}
	}
	add("checklist", s.Checklist.Validate())
	add("time_table", s.TimeTable.Validate())
	if len(s.Scorecard.Indicators()) == 0 {
		errs = append(errs, fmt.Errorf("%w: scorecard: no indicators", ErrInvalidScheme))
	} else if !s.Scorecard.Grading().IsValid() {
		errs = append(errs, fmt.Errorf("%w: scorecard: no valid grading", ErrInvalidScheme))
	}
	add("fees", s.Fees.Validate())
	add("certificate", s.Certificate.Validate())
	add("rectification", s.Rectification.Validate())
	for _, f := range []struct{ name, text string }{{"standard", s.Standard}, {"scope", s.Scope}} {
		switch {
		case strings.TrimSpace(f.text) == "":
			errs = append(errs, fmt.Errorf("%w: %s: empty", ErrInvalidScheme, f.name))
		case !utf8.ValidString(f.text):
			errs = append(errs, fmt.Errorf("%w: %s: %q is not valid UTF-8", ErrInvalidScheme, f.name, f.text))
		}
	}
	switch {
	case s.Body == "":
		// Optional: not given.
	case strings.TrimSpace(s.Body) == "":
		errs = append(errs, fmt.Errorf("%w: body: %q is blank (leave it empty when not given)", ErrInvalidScheme, s.Body))
	case !utf8.ValidString(s.Body):
		errs = append(errs, fmt.Errorf("%w: body: %q is not valid UTF-8", ErrInvalidScheme, s.Body))
	}
	if !s.Fees.TimeTable.Equal(s.TimeTable) {
		errs = append(errs, fmt.Errorf("%w: fees: the fee schedule prices time table %q, not the scheme's time_table %q",
			ErrInvalidScheme, s.Fees.TimeTable.Name(), s.TimeTable.Name()))
	}
	return errors.Join(errs...)
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
