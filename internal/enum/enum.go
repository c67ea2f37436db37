package enum

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/aftersales/certification/internal/errs"
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
	name     string
	labels   []Label // labels[0] is the reserved unknown value
	sentinel error   // the owning package's exported "unknown code" error
}

// New builds the table of enum T, whose errors match sentinel (the owning
// package's exported error for unknown codes, which callers outside the
// module can match with errors.Is, as they cannot name [ErrUnknown]) and
// name the type by name (such as "kind"). labels[i] names value i+1; value 0
// is the reserved unknown. It panics on a nil sentinel or an empty or
// repeated code, since tables are package-level constants written by the
// module itself.
func New[T ~uint8](sentinel error, name string, labels ...Label) Table[T] {
	if sentinel == nil {
		panic("enum.New(" + name + "): nil sentinel")
	}
	seen := make(map[string]bool, len(labels))
	for _, l := range labels {
		if l.Code == "" || seen[l.Code] {
			panic("enum.New(" + name + "): empty or repeated code " + l.Code)
		}
		seen[l.Code] = true
	}
	all := make([]Label, 0, len(labels)+1)
	all = append(all, Label{})
	all = append(all, labels...)
	return Table[T]{name: name, labels: all, sentinel: sentinel}
}

// unknown returns the problem of a code or value outside the enum: one
// problem of the table's kind (the owning package's sentinel) that also
// matches [ErrUnknown], so that wrapped under a field it reads
// "audit: invalid finding: severity: "x" is not a known severity (want …)".
func (t Table[T]) unknown(format string, args ...any) error {
	return errs.Wrap(t.sentinel, "", errs.Matching(ErrUnknown, format, args...))
}

// want lists the codes for a message: "major, minor or observation".
func (t Table[T]) want() string {
	var b strings.Builder
	for i := 1; i < len(t.labels); i++ {
		switch {
		case i == 1:
		case i == len(t.labels)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(t.labels[i].Code)
	}
	return b.String()
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
	if i := slices.IndexFunc(t.labels[1:], func(l Label) bool { return l.Code == s }); i >= 0 {
		return T(i + 1), nil
	}
	return 0, t.unknown("%s is not a known %s (want %s)", errs.Quote(s), t.name, t.want())
}

// Marshal returns v's code as text; an unknown value is an error.
func (t Table[T]) Marshal(v T) ([]byte, error) {
	if !t.Valid(v) {
		return nil, t.unknown("%s cannot be encoded: it is not one of %s", t.String(v), t.want())
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
