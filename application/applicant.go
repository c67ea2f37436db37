package application

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/certification/materials"
)

// ErrInvalidApplicant is matched by every error from [Applicant.Validate].
var ErrInvalidApplicant = errors.New("application: invalid applicant")

// Applicant is the company applying for certification, as the application
// form names it. Personnel is the effective personnel in scope (IAF MD 5,
// shared/DOMAIN.md §3), which drives audit time and the fee; Sites counts
// every site in scope, head office included (at least 1). Address, the
// registered address (住所), is printed on the certificate as the holder's
// location (§6) when given. Scope, when given, is printed on the certificate
// instead of the scheme's default scope.
//
// LegalRepresentative, Address and Scope are optional: "" means not given.
// A value that is given must be valid UTF-8 and not blank, so that what [New]
// accepts is what [Application.Certify] can print and JSON can keep.
type Applicant struct {
	Name                string // registered name, as on the business licence
	CreditCode          string // 统一社会信用代码, GB 32100-2015
	LegalRepresentative string // 法定代表人 (optional)
	Address             string // registered address, 住所 (optional; printed on the certificate)
	Personnel           int    // effective personnel in scope, at least 1
	Sites               int    // sites in scope, head office included, at least 1
	Scope               string // certified scope (optional; the scheme's Scope when empty)
}

// Validate checks the applicant and returns every problem joined, each
// matching [ErrInvalidApplicant]: an empty or blank name, or one that is not
// valid UTF-8; a credit code that fails materials.ValidateCreditCode (that
// error is wrapped too, so it also matches materials.ErrInvalidReference); a
// legal representative, address or scope that is given (not "") but blank
// or not valid UTF-8 (certificate.Issue would refuse the address or scope
// at Certify, and JSON could not keep the text); personnel below 1; sites
// below 1. Blank means nothing but white space, U+3000 (the ideographic
// space) included. It returns nil for a valid applicant.
func (a Applicant) Validate() error {
	var errs []error
	switch {
	case strings.TrimSpace(a.Name) == "":
		errs = append(errs, fmt.Errorf("%w: name is empty", ErrInvalidApplicant))
	case !utf8.ValidString(a.Name):
		errs = append(errs, fmt.Errorf("%w: name %q is not valid UTF-8", ErrInvalidApplicant, a.Name))
	}
	if err := materials.ValidateCreditCode(a.CreditCode); err != nil {
		errs = append(errs, fmt.Errorf("%w: credit code %q: %w", ErrInvalidApplicant, a.CreditCode, err))
	}
	for _, f := range [...]struct{ name, text string }{
		{"legal representative", a.LegalRepresentative}, {"address", a.Address}, {"scope", a.Scope},
	} {
		switch {
		case f.text == "":
			// Optional: not given.
		case strings.TrimSpace(f.text) == "":
			errs = append(errs, fmt.Errorf("%w: %s %q is blank (leave it empty when not given)", ErrInvalidApplicant, f.name, f.text))
		case !utf8.ValidString(f.text):
			errs = append(errs, fmt.Errorf("%w: %s %q is not valid UTF-8", ErrInvalidApplicant, f.name, f.text))
		}
	}
	if a.Personnel < 1 {
		errs = append(errs, fmt.Errorf("%w: personnel %d, want at least 1", ErrInvalidApplicant, a.Personnel))
	}
	if a.Sites < 1 {
		errs = append(errs, fmt.Errorf("%w: sites %d, want at least 1 (the head office counts)", ErrInvalidApplicant, a.Sites))
	}
	return errors.Join(errs...)
}
