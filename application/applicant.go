package application

import (
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
	"github.com/aftersales/certification/materials"
)

// Applicant is the company applying for certification, as the application
// form names it (see "The applicant" in the package doc). LegalRepresentative,
// Address and Scope are optional: "" means not given.
type Applicant struct {
	Name                string // registered name, as on the business licence
	CreditCode          string // 统一社会信用代码, GB 32100-2015
	LegalRepresentative string // 法定代表人 (optional)
	Address             string // registered address, 住所 (optional; printed on the certificate)
	Personnel           int    // effective personnel in scope, at least 1
	Sites               int    // sites in scope, head office included, 1 to fees.MaxSites
	Scope               string // certified scope (optional; the scheme's Scope when empty)
}

// Validate checks the applicant as "The applicant" in the package doc says
// and returns every problem, each a [*FieldError] of kind
// [ErrInvalidApplicant] naming the field as JSON spells it ("name",
// "credit_code", "sites" …); a bad credit code also matches
// materials.ErrInvalidReference. It returns nil for a valid applicant.
func (a Applicant) Validate() error {
	var l errs.List
	l.Wrap(ErrInvalidApplicant, "name", text.Required(a.Name))
	l.Wrap(ErrInvalidApplicant, "credit_code", materials.ValidateCreditCode(a.CreditCode))
	l.Wrap(ErrInvalidApplicant, "legal_representative", text.Optional(a.LegalRepresentative))
	l.Wrap(ErrInvalidApplicant, "address", text.Optional(a.Address))
	l.Wrap(ErrInvalidApplicant, "scope", text.Optional(a.Scope))
	if a.Personnel < 1 {
		l.New(ErrInvalidApplicant, "personnel", "%d is below 1", a.Personnel)
	}
	if a.Sites < 1 || a.Sites > fees.MaxSites {
		l.New(ErrInvalidApplicant, "sites", "%d is outside 1–%d (the head office counts)", a.Sites, fees.MaxSites)
	}
	return l.Err()
}
