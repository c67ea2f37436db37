package fees

import (
	"errors"
	"strings"

	"github.com/aftersales/certification/internal/errs"
)

// FieldError is one problem with one field of a value, such as
// "fees: invalid request: discount: 120 % is outside 0–100": errors.As finds
// it, and its Field names the field by its JSON name ("discount",
// "lines[3].quantity"). It is the same type in every package of the module.
type FieldError = errs.FieldError

// The package's errors, one for each kind of value at fault (see the package
// documentation, # Errors).
var (
	// ErrInvalidAmount: an amount that breaks the decimal grammar or has more
	// decimal places than its currency.
	ErrInvalidAmount = errors.New("fees: invalid amount")
	// ErrUnknownCurrency: a currency code that is not one of [Currencies].
	ErrUnknownCurrency = errors.New("fees: unknown currency")
	// ErrAmountTooLarge: an amount of 10^15 major units or more in absolute
	// value, as input or as the result of arithmetic.
	ErrAmountTooLarge = errors.New("fees: amount too large")
	// ErrCurrencyMismatch: arithmetic, a comparison or a price across two
	// currencies.
	ErrCurrencyMismatch = errors.New("fees: currency mismatch")
	// ErrUppercase: an amount that cannot be written in Chinese capitals.
	ErrUppercase = errors.New("fees: amount cannot be written in Chinese capitals")
	// ErrInvalidSchedule: a problem of a [Schedule].
	ErrInvalidSchedule = errors.New("fees: invalid schedule")
	// ErrInvalidRequest: a problem of a [Request], also one that only pricing
	// finds (personnel beyond the time table, an amount out of bounds).
	ErrInvalidRequest = errors.New("fees: invalid request")
	// ErrInvalidQuote: a quote that [Schedule.Quote] could not have returned.
	ErrInvalidQuote = errors.New("fees: invalid quote")
	// ErrUnknownCode: a code or a value that names no [Item], [Part], [Unit]
	// or [Standard].
	ErrUnknownCode = errors.New("fees: unknown code")
)

// errUnknown is the problem of v, a value of no name in values, such as
// "part 0 is not one of initial, surveillance, recertification, cycle".
func errUnknown[T interface {
	~uint8
	String() string
}](name string, v T, values []T) error {
	codes := make([]string, len(values))
	for i, x := range values {
		codes[i] = x.String()
	}
	return errs.New(ErrUnknownCode, "", "%s %d is not one of %s", name, uint8(v), strings.Join(codes, ", "))
}
