package quotation

import (
	"errors"

	"github.com/aftersales/certification/internal/errs"
)

// FieldError is one problem with one field of a value, such as
// "quotation: invalid inquiry: customer.credit_code: …": errors.As finds it,
// and its Field names the field by its path in the JSON spelling
// ("customer.name", "valid_until", "request.discount", "options[1].customer"),
// so a form or a JSON client can show the problem beside its field. It is
// the same type in every package of the module.
type FieldError = errs.FieldError

// The package's errors, one for each kind of value at fault (see the package
// documentation, # Errors).
var (
	// ErrInvalidCustomer: a problem of a [Customer].
	ErrInvalidCustomer = errors.New("quotation: invalid customer")
	// ErrInvalidInquiry: a problem of an [Inquiry], its customer's and its
	// request's included, also one that only pricing or the issue date
	// finds.
	ErrInvalidInquiry = errors.New("quotation: invalid inquiry")
	// ErrInvalidQuotation: a problem of a [Quotation] that is not its
	// inquiry's (its ID, issue date or schedule), and every problem of a
	// quotation's JSON document.
	ErrInvalidQuotation = errors.New("quotation: invalid quotation")
	// ErrInvalidComparison: options that cannot be compared.
	ErrInvalidComparison = errors.New("quotation: invalid comparison")
)

// errZero is the error of rendering the zero value of a type, of the
// given kind.
func errZero(kind error, typ string) error {
	return errs.New(kind, "", "cannot render the zero %s", typ)
}
