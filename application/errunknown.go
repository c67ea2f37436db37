package application

import "errors"

// ErrUnknownCode is matched by every error about a code that names no value
// of one of the package's enums (from a ParseX function, UnmarshalText or JSON
// decoding), and by the error from encoding an unknown value.
var ErrUnknownCode = errors.New("application: unknown code")
