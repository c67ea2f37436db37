package enum

import (
	"errors"
	"fmt"
)

// ErrUnknown is matched by every error that reports a code or value outside
// an enum.
var ErrUnknown = errors.New("unknown enum value")

// Label names one value of an enum.
type Label struct {
	Code    string // stable snake_case code, used in text and JSON
	Chinese string // name in Chinese
	English string // name in English
}

// Table is the list of labels of one enum type, indexed by value. It is
// immutable once built and safe for concurrent use.
type Table[T ~uint8] struct {
	pkg, name string
	labels    []Label // labels[0] is the reserved unknown value
	sentinel  error   // the owning package's exported "unknown code" error, or nil
}

// New builds the table of enum T for package pkg (used in messages, such as
// "materials") and type name (such as "kind"). labels[i] names value i+1;
// value 0 is the reserved unknown. It panics on an empty or repeated code,
// since tables are package-level constants written by the module itself.
func New[T ~uint8](pkg, name string, labels ...Label) Table[T] {
	seen := make(map[string]bool, len(labels))
	for _, l := range labels {
		if l.Code == "" || seen[l.Code] {
			panic("enum.New(" + pkg + "." + name + "): empty or repeated code " + l.Code)
		}
		seen[l.Code] = true
	}
	all := make([]Label, 0, len(labels)+1)
	all = append(all, Label{})
	all = append(all, labels...)
	return Table[T]{pkg: pkg, name: name, labels: all}
}

// Wrapping returns a copy of t whose errors also match sentinel, the owning
// package's exported error for unknown codes, so that callers outside the
// module can match them with errors.Is (they cannot name [ErrUnknown]).
func (t Table[T]) Wrapping(sentinel error) Table[T] {
	t.sentinel = sentinel
	return t
}

// unknownError is an error about an unknown code or value: it reads as msg
// and matches both [ErrUnknown] and the table's sentinel.
type unknownError struct {
	msg      string
	sentinel error
}

func (e *unknownError) Error() string { return e.msg }

// Is matches ErrUnknown and the table's sentinel. It is one problem that
// matches two errors, not two problems: it has no Unwrap() []error, which
// would make errs.Wrap split it into two problems and drop its message.
func (e *unknownError) Is(target error) bool {
	return target == ErrUnknown || (e.sentinel != nil && target == e.sentinel)
}

func (t Table[T]) unknown(format string, args ...any) error {
	return &unknownError{msg: fmt.Sprintf(format, args...) + ": " + ErrUnknown.Error(), sentinel: t.sentinel}
}

// Valid reports whether v is a known value (not 0, not past the last).
func (t Table[T]) Valid(v T) bool {
	return v > 0 && int(v) < len(t.labels)
}

// Label returns v's label, or the empty label when v is not valid.
func (t Table[T]) Label(v T) Label {
	if !t.Valid(v) {
		return Label{}
	}
	return t.labels[v]
}

// String returns v's code, or "name(N)" for an unknown value, so that a
// printed unknown value is never mistaken for a real one.
func (t Table[T]) String(v T) string {
	if !t.Valid(v) {
		return fmt.Sprintf("%s(%d)", t.name, uint8(v))
	}
	return t.labels[v].Code
}

// Values returns every known value in order.
func (t Table[T]) Values() []T {
	out := make([]T, 0, len(t.labels)-1)
	for i := 1; i < len(t.labels); i++ {
		out = append(out, T(i))
	}
	return out
}

// Parse returns the value whose code is s. An unknown code is an error that
// matches [ErrUnknown] and names the package, the type and the code.
func (t Table[T]) Parse(s string) (T, error) {
	for i := 1; i < len(t.labels); i++ {
		if t.labels[i].Code == s {
			return T(i), nil
		}
	}
	return 0, t.unknown("%s: unknown %s %q", t.pkg, t.name, s)
}

// Marshal returns v's code as text; an unknown value is an error.
func (t Table[T]) Marshal(v T) ([]byte, error) {
	if !t.Valid(v) {
		return nil, t.unknown("%s: cannot encode unknown %s %d", t.pkg, t.name, uint8(v))
	}
	return []byte(t.labels[v].Code), nil
}

// Unmarshal parses text into *v; on error *v is left as it was.
func (t Table[T]) Unmarshal(v *T, text []byte) error {
	parsed, err := t.Parse(string(text))
	if err != nil {
		return err
	}
	*v = parsed
	return nil
}
