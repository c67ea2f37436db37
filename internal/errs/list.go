package errs

import (
	"strconv"
	"strings"
)

// MaxListed is the most problems a [List] reports one by one; the rest are
// counted.
const MaxListed = 20

// List collects the problems of one value. The zero List is empty and ready
// to use.
type List struct {
	errs []error
	more int // problems added past MaxListed
}

// Add adds err, nil being no problem. The problems of a list of them
// (errors.Join's or a List's) are added one by one, and the problems it
// only counted are counted here too; an error that wraps several causes in
// a message of its own (fmt.Errorf with two %w verbs) is one problem.
func (l *List) Add(err error) {
	if err == nil {
		return
	}
	if parts := problems(err); parts != nil {
		for _, e := range parts {
			l.Add(e)
		}
		l.more += moreOf(err)
		return
	}
	if len(l.errs) == MaxListed {
		l.more++
		return
	}
	l.errs = append(l.errs, err)
}

// New adds the problem of field of a value of the given kind, as [New]
// builds it.
func (l *List) New(kind error, field, format string, args ...any) {
	if len(l.errs) == MaxListed {
		l.more++
		return
	}
	l.Add(New(kind, field, format, args...))
}

// Missing adds the problem of a required member left out or null, as
// [Missing] builds it.
func (l *List) Missing(kind error, field string) { l.Add(Missing(kind, field)) }

// Wrap adds err as a problem of field of a value of the given kind, as
// [Wrap] builds it; nil is no problem.
func (l *List) Wrap(kind error, field string, err error) {
	l.Add(Wrap(kind, field, err))
}

// Len returns the number of problems added, listed or counted.
func (l *List) Len() int { return len(l.errs) + l.more }

// Err returns nil when no problem was added, the problem itself when there
// is one, and otherwise an error that lists the problems, one a line, and
// unwraps into them.
func (l *List) Err() error {
	switch {
	case len(l.errs) == 0:
		return nil
	case len(l.errs) == 1 && l.more == 0:
		return l.errs[0]
	}
	return &listError{errs: append([]error(nil), l.errs...), more: l.more}
}

// listError is several problems: at most MaxListed, and a count of the rest.
type listError struct {
	errs []error
	more int
}

func (e *listError) Error() string {
	var b strings.Builder
	for i, err := range e.errs {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(err.Error())
	}
	if e.more > 0 {
		b.WriteString("\n(and ")
		b.WriteString(strconv.Itoa(e.more))
		if e.more == 1 {
			b.WriteString(" more problem)")
		} else {
			b.WriteString(" more problems)")
		}
	}
	return b.String()
}

func (e *listError) Unwrap() []error { return e.errs }

// moreOf returns how many problems err counted without listing them.
func moreOf(err error) int {
	if e, ok := err.(*listError); ok {
		return e.more
	}
	return 0
}
