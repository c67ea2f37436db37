package application

import (
	"errors"
	"fmt"
	"strings"

	"github.com/aftersales/certification/materials"
)

// ErrInvalidApplicant is matched by every error from [Applicant.Validate].
var ErrInvalidApplicant = errors.New("application: invalid applicant")

// Applicant is the company applying for certification, as the application
// form names it. Personnel is the effective personnel in scope (IAF MD 5,
// shared/DOMAIN.md §3), which drives audit time and the fee; Sites counts
// every site in scope, head office included (at least 1). Scope, when given,
// is printed on the certificate instead of the scheme's default scope.
type Applicant struct {
	Name                string // registered name, as on the business licence
	CreditCode          string // 统一社会信用代码, GB 32100-2015
	LegalRepresentative string // 法定代表人 (optional)
	Address             string // registered address (optional)
	Personnel           int    // effective personnel in scope, at least 1
	Sites               int    // sites in scope, head office included, at least 1
	Scope               string // certified scope (optional; the scheme's Scope when empty)
}

// Validate checks the applicant and returns every problem joined, each
// matching [ErrInvalidApplicant]: an empty or blank name, a credit code that
// fails materials.ValidateCreditCode (that error is wrapped too, so it also
// matches materials.ErrInvalidReference), personnel below 1, sites below 1.
// It returns nil for a valid applicant.
func (a Applicant) Validate() error {
	var errs []error
	if strings.TrimSpace(a.Name) == "" {
		errs = append(errs, fmt.Errorf("%w: name is empty", ErrInvalidApplicant))
	}
	if err := materials.ValidateCreditCode(a.CreditCode); err != nil {
		errs = append(errs, fmt.Errorf("%w: credit code %q: %w", ErrInvalidApplicant, a.CreditCode, err))
	}
	if a.Personnel < 1 {
		errs = append(errs, fmt.Errorf("%w: personnel %d, want at least 1", ErrInvalidApplicant, a.Personnel))
	}
	if a.Sites < 1 {
		errs = append(errs, fmt.Errorf("%w: sites %d, want at least 1 (the head office counts)", ErrInvalidApplicant, a.Sites))
	}
	return errors.Join(errs...)
}
