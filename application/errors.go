package application

import (
	"errors"
	"strings"

	"github.com/aftersales/certification/internal/errs"
)

// Errors returned by this package (see "Errors" in the package doc). Each
// matches with [errors.Is].
var (
	// ErrInvalidID is the kind of the problem [New] finds in a uuid.Nil
	// application id; a refused [Application.Certify] with a uuid.Nil
	// certificate id matches it too.
	ErrInvalidID = errors.New("application: invalid id")
	// ErrInvalidDate is the kind of every problem with a date given to the
	// package: zero, outside 0001-01-02 to 9999-12-31, or before the application's
	// latest recorded date.
	ErrInvalidDate = errors.New("application: invalid date")
	// ErrInvalidApplicant is the kind of every problem
	// [Applicant.Validate] finds.
	ErrInvalidApplicant = errors.New("application: invalid applicant")
	// ErrInvalidScheme is the kind of every problem [Scheme.Validate],
	// [Scheme.UnmarshalJSON] and the scheme presets find.
	ErrInvalidScheme = errors.New("application: invalid scheme")
	// ErrInvalidDocument is the kind of every error [Decode] and
	// [Application.UnmarshalJSON] return.
	ErrInvalidDocument = errors.New("application: invalid document")
	// ErrInvalidTransition is matched by a step that the lifecycle table does
	// not allow in the application's state (a [*TransitionError]), and by a
	// self-assessment outside Draft and Returned.
	ErrInvalidTransition = errors.New("application: invalid transition")
	// ErrGuard is matched by a step that the table allows but whose
	// condition is not met (a [*GuardError]), and by a self-score asked of a
	// scheme without a grade.
	ErrGuard = errors.New("application: guard failed")
	// ErrUnknownCode is matched by every error about a code that names no
	// value of one of the package's enums (from a ParseX function,
	// UnmarshalText or JSON decoding), and by the error from encoding an
	// unknown value.
	ErrUnknownCode = errors.New("application: unknown code")
)

// FieldError is one problem with one field of a value: its Field is the
// path of the field in the value's JSON spelling ("applicant.sites",
// "history[3]") and Err says what is wrong. It matches the kind of the value
// (such as [ErrInvalidApplicant]) with errors.Is; a form finds the field
// with errors.As. It is the same type in every package of the module.
type FieldError = errs.FieldError

// TransitionError reports a step tried in a state where the lifecycle table
// has no row for it. It matches [ErrInvalidTransition] with errors.Is.
type TransitionError struct {
	From  State // the application's state
	Event Event // the step tried
}

// Error names the state, the event and what the state allows, as in
// "application: cannot certify in state draft: only submit, withdraw
// allowed".
func (e *TransitionError) Error() string {
	allowed := allowedFrom(e.From)
	names := make([]string, len(allowed))
	for i, ev := range allowed {
		names[i] = ev.String()
	}
	can := "nothing (final state)"
	if len(names) > 0 {
		can = strings.Join(names, ", ")
	}
	return "application: cannot " + e.Event.String() + " in state " + e.From.String() + ": only " + can + " allowed"
}

// Is reports whether target is [ErrInvalidTransition].
func (e *TransitionError) Is(target error) bool { return target == ErrInvalidTransition }

// GuardError reports a step that the table allows in the current state but
// whose condition is not met (see "Guards" in the package doc). It matches
// [ErrGuard] with errors.Is and unwraps to Err, so that errors.Is and
// errors.As also reach the underlying problems (for Submit, the materials
// report's, such as materials.ErrExpired).
type GuardError struct {
	Event Event // the step refused
	State State // the state it was tried in
	// Field is the step's input at fault in the JSON spelling of its
	// history record ("reasons[1]", "request", "quote", "findings",
	// "result", "certificate_id"); empty when the condition is not one
	// input's (materials that fail the checklist name themselves).
	Field  string
	Reason string // what is not met, such as "materials incomplete"
	Err    error  // the underlying problems, or nil
}

// Error reads "application: cannot event: [field: ]reason[: problems]", as
// in "application: cannot submit: materials incomplete: materials:
// satisfaction_report: missing"; several problems are joined with "; ".
func (e *GuardError) Error() string {
	var b strings.Builder
	b.WriteString("application: cannot ")
	b.WriteString(e.Event.String())
	for _, part := range [...]string{e.Field, e.Reason} {
		if part != "" {
			b.WriteString(": ")
			b.WriteString(part)
		}
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(strings.ReplaceAll(e.Err.Error(), "\n", "; "))
	}
	return b.String()
}

// Is reports whether target is [ErrGuard].
func (e *GuardError) Is(target error) bool { return target == ErrGuard }

// Unwrap returns the underlying problems, Err.
func (e *GuardError) Unwrap() error { return e.Err }
