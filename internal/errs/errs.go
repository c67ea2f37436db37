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
	return &FieldError{kind: kind, Field: field, Err: fmt.Errorf(format, args...)}
}

// Missing returns the problem of field, a required member that a document
// leaves out or writes as null, of a value of the given kind: "is missing".
func Missing(kind error, field string) error {
	return &FieldError{kind: kind, Field: field, Err: errMissing}
}

// errMissing is the problem of a required member left out or null.
var errMissing = errors.New("is missing")

// Wrap returns err as a problem of field of a value of the given kind; nil
// when err is nil. A list of problems (errors.Join's or a [List]'s) is
// wrapped problem by problem. A [FieldError] keeps its problem and gets the
// joined path, so that errors.As finds the whole path from the outermost
// value: a line's "amount" inside a quote's "lines[2]" is "lines[2].amount".
// When its kind is another (fees' "discount" inside a quotation's
// "request"), the problem still matches that kind too, and the message
// names the outer kind only:
//
//	quotation: invalid inquiry: request.discount: 120 % is outside 0–100
//
// Any other error becomes the cause of a new FieldError.
func Wrap(kind error, field string, err error) error {
	if err == nil {
		return nil
	}
	if parts := problems(err); parts != nil {
		var l List
		for _, e := range parts {
			l.Add(Wrap(kind, field, e))
		}
		l.more += moreOf(err)
		return l.Err()
	}
	fe, ok := err.(*FieldError)
	switch {
	case !ok:
		return &FieldError{kind: kind, Field: field, Err: err}
	case fe.kind == kind:
		return &FieldError{kind: kind, Field: Path(field, fe.Field), Err: fe.Err}
	}
	return &FieldError{kind: kind, Field: Path(field, fe.Field), Err: &kindError{err: fe.Err, kind: fe.kind}}
}

// kindError is the problem of a FieldError of another kind, restated by
// Wrap at its full path: it reads as err and matches kind, the sentinel of
// the FieldError it came from, as well as what err matches.
type kindError struct {
	err  error
	kind error
}

func (e *kindError) Error() string { return e.err.Error() }

func (e *kindError) Is(target error) bool { return target == e.kind }

func (e *kindError) Unwrap() error { return e.err }

// Matching returns a problem that reads as the formatted message and
// matches target with errors.Is, without naming target's package and kind.
// Wrapped with [Wrap], it is one problem that matches two sentinels of the
// same package and names the package once (a grant's level below 达标 is an
// invalid grant and a level that is not certifiable: "certificate: invalid
// grant: level: …"); alone, it is the cause of a typed error whose own
// message already names the package and the field.
func Matching(target error, format string, args ...any) error {
	return &matchingError{msg: fmt.Sprintf(format, args...), target: target}
}

// matchingError is a problem that reads as msg and matches target.
type matchingError struct {
	msg    string
	target error
}

func (e *matchingError) Error() string { return e.msg }

func (e *matchingError) Is(target error) bool { return target == e.target }

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
