package errs

import "fmt"

// Also returns the problem of field of a value of the given kind, as [New]
// builds it, that also matches also with errors.Is: a grant whose level is
// below 达标 is an invalid grant, and a level that is not certifiable. Use it
// where both sentinels are the same package's, so that the message names the
// package and the kind once ("certificate: invalid grant: level: …") rather
// than once for each sentinel, as wrapping one in the other would.
func Also(kind, also error, field, format string, args ...any) error {
	return &FieldError{kind: kind, Field: field, Err: &alsoError{msg: fmt.Sprintf(format, args...), also: also}}
}

// alsoError is a problem that reads as msg and matches also.
type alsoError struct {
	msg  string
	also error
}

func (e *alsoError) Error() string { return e.msg }

func (e *alsoError) Is(target error) bool { return target == e.also }

// Matching returns a problem that reads as the formatted message and
// matches target with errors.Is, without naming target's package and kind:
// the cause of a typed error whose own message already names the package
// and the field (such as a refused step, "application: cannot certify:
// certificate_id: …"), which would otherwise name them twice.
func Matching(target error, format string, args ...any) error {
	return &alsoError{msg: fmt.Sprintf(format, args...), also: target}
}
