package audit

import (
	"errors"

	"github.com/aftersales/certification/internal/errs"
)

// FieldError is one problem with one field of a value: its Field is the
// path of the field in the value's JSON spelling ("indicators[3].points",
// "awarded.staffing") and Err says what is wrong. Every error about a value
// of the package is a FieldError or a list of them, and matches the value's
// sentinel (such as [ErrInvalidScorecard]) with errors.Is; a form finds the
// field with errors.As. It is the same type in every package of the module.
type FieldError = errs.FieldError

// ErrUnknownCode is matched by every error about a code that names no value
// of one of the package's enums (from a ParseX function, UnmarshalText or JSON
// decoding), and by the error from encoding an unknown value.
var ErrUnknownCode = errors.New("audit: unknown code")
