package errs

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// FieldError is one problem with one field of a value. The packages export it
// under their own name (fees.FieldError, audit.FieldError, …); every one is
// this type, so errors.As with any of them finds a problem from any package.
type FieldError struct {
	// Field is the path of the field at fault in its JSON spelling, such as
	// "adjustments[1].percent"; empty when the problem is the value's as a
	// whole.
	Field string
	// Err says what is wrong: a message, or the error of another package
	// that caused the problem.
	Err error

	kind error // the sentinel of the value's kind, matched by Is
}

// Error returns "kind: field: problem" ("kind: problem" without a field).
func (e *FieldError) Error() string {
	var b strings.Builder
	b.WriteString(e.kind.Error())
	if e.Field != "" {
		b.WriteString(": ")
		b.WriteString(e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Err.Error())
	return b.String()
}

// Is reports whether target is the error's kind, the sentinel of the kind of
// value at fault.
func (e *FieldError) Is(target error) bool { return target == e.kind }

// Unwrap returns the cause, Err.
func (e *FieldError) Unwrap() error { return e.Err }

// New returns the problem of field of a value of the given kind, the message
// formatted as fmt.Sprintf does.
func New(kind error, field, format string, args ...any) error {
	// Not fmt.Errorf: a %w in the format must not make the message a cause.
	msg := fmt.Sprintf(format, args...)
	return &FieldError{kind: kind, Field: field, Err: errors.New(msg)}
}

// Wrap returns err as a problem of field of a value of the given kind; nil
// when err is nil. A [FieldError] of the same kind keeps its problem and gets
// the joined path; a list of problems (errors.Join's or a [List]'s) is wrapped
// problem by problem. Any other error becomes the cause of a new FieldError.
func Wrap(kind error, field string, err error) error {
	if err == nil {
		return nil
	}
	var fe *FieldError
	if e, ok := err.(*FieldError); ok {
		fe = e
	}
	switch {
	case fe != nil && fe.kind == kind:
		return &FieldError{kind: kind, Field: Path(field, fe.Field), Err: fe.Err}
	case fe != nil:
		return &FieldError{kind: kind, Field: field, Err: err}
	}
	if parts := problems(err); parts != nil {
		var l List
		for _, e := range parts {
			l.Add(Wrap(kind, field, e))
		}
		l.more += moreOf(err)
		return l.Err()
	}
	return &FieldError{kind: kind, Field: field, Err: err}
}

// Path joins a parent path and a child path: Path("lines[2]", "amount") is
// "lines[2].amount", Path("bands", "[3]") is "bands[3]"; an empty part is
// left out.
func Path(parent, child string) string {
	switch {
	case child == "":
		return parent
	case parent == "":
		return child
	case child[0] == '[':
		return parent + child
	}
	return parent + "." + child
}

// Index returns the path of element i of a list field: Index("bands", 2) is
// "bands[2]".
func Index(field string, i int) string {
	return field + "[" + strconv.Itoa(i) + "]"
}

// MaxQuoted is the most bytes of an input that [Quote] shows.
const MaxQuoted = 40

// Quote returns s quoted for a message, as strconv.Quote does, cut to its
// first [MaxQuoted] bytes (at a character boundary) with "…" and its length
// when it is longer.
func Quote(s string) string {
	if len(s) <= MaxQuoted {
		return strconv.Quote(s)
	}
	cut := MaxQuoted
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strconv.Quote(s[:cut]) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// problems returns the problems err lists when it is a list of them, one
// a line (errors.Join's or a [List]'s), and nil otherwise. An error that
// wraps several causes in a message of its own, as fmt.Errorf with two %w
// verbs does, is one problem: splitting it would lose its message.
func problems(err error) []error {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return nil
	}
	parts := j.Unwrap()
	if _, ok := err.(*listError); ok {
		return parts
	}
	lines := make([]string, len(parts))
	for i, e := range parts {
		lines[i] = e.Error()
	}
	if strings.Join(lines, "\n") != err.Error() {
		return nil
	}
	return parts
}
