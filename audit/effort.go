package audit

import (
	"errors"
	"slices"
	"unicode/utf8"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// ErrInvalidEffort is the kind of every problem of an [Effort] that
// [Effort.Validate], encoding or decoding reports.
var ErrInvalidEffort = errors.New("audit: invalid effort")

// Effort is the audit time for one client [committee], [MD5], [MD11], in
// person-days of 8 hours, each a multiple of a half day; see the package
// documentation, "Audit time". The zero Effort is valid and holds no time.
type Effort struct {
	Initial         decimal.Decimal // the initial audit, Stage1 + Stage2 exactly
	Stage1          decimal.Decimal // planning and document review
	Stage2          decimal.Decimal // on site
	Surveillance    decimal.Decimal // each yearly surveillance audit
	Recertification decimal.Decimal // the recertification audit
	// Basis is the justification a CB gives the client, one line per step:
	// the band and table, shares used, each adjustment with its reason, each
	// rounding that changed a value, caps, integration and sampled sites.
	Basis []string
}

// Equal reports whether e and o hold the same figures and Basis lines.
func (e Effort) Equal(o Effort) bool {
	return e.Initial.Equal(o.Initial) && e.Stage1.Equal(o.Stage1) && e.Stage2.Equal(o.Stage2) &&
		e.Surveillance.Equal(o.Surveillance) && e.Recertification.Equal(o.Recertification) &&
		slices.Equal(e.Basis, o.Basis)
}

// IsZero reports whether e holds no time and no Basis line.
func (e Effort) IsZero() bool {
	return e.Initial.IsZero() && e.Stage1.IsZero() && e.Stage2.IsZero() && e.Surveillance.IsZero() &&
		e.Recertification.IsZero() && len(e.Basis) == 0
}

// effortDays bounds the figures of an Effort: below 10^9 days, so that the
// JSON form has at most nine integer digits.
const effortDays = 1_000_000_000

// Validate reports every problem of e, each matching [ErrInvalidEffort] and
// naming its field: a figure that is negative, not a multiple of a half day
// or of 10^9 days or more; Stage1 + Stage2 ≠ Initial; a Basis line that is
// not valid UTF-8. Every Effort the package computes is valid.
func (e Effort) Validate() error {
	_, err := e.halves()
	return err
}

// effortHalves is an Effort's figures in half days.
type effortHalves struct{ initial, stage1, stage2, surveillance, recert int64 }

// halves checks e and returns its figures in half days. An effort whose
// figures read in integers is checked without allocating (fastHalves,
// fast.go); any other gets the plain check below, which says why.
func (e Effort) halves() (effortHalves, error) {
	if h, ok := e.fastHalves(); ok {
		return h, nil
	}
	return e.checkHalves()
}

// checkHalves is the plain rule of halves: it checks every figure and Basis
// line of e and returns the figures in half days.
func (e Effort) checkHalves() (effortHalves, error) {
	var problems errs.List
	figure := func(field string, d decimal.Decimal) int64 {
		h, err := halvesOf(d, effortDays, false)
		problems.Wrap(ErrInvalidEffort, field, err)
		return h
	}
	h := effortHalves{
		initial: figure("initial", e.Initial), stage1: figure("stage1", e.Stage1), stage2: figure("stage2", e.Stage2),
		surveillance: figure("surveillance", e.Surveillance), recert: figure("recertification", e.Recertification),
	}
	if problems.Len() == 0 && h.stage1+h.stage2 != h.initial {
		problems.New(ErrInvalidEffort, "stage2", "stage1 %s + stage2 %s must equal initial %s",
			dec.Show(e.Stage1), dec.Show(e.Stage2), dec.Show(e.Initial))
	}
	// Only the encoding is checked: JSON would replace bytes that are not
	// UTF-8, so that the line would not read back. What a line says is the
	// caller's (fees refuses a blank line in a quote).
	for i, line := range e.Basis {
		if !utf8.ValidString(line) {
			problems.New(ErrInvalidEffort, errs.Index("basis", i), "%s is not valid UTF-8", errs.Quote(line))
		}
	}
	return h, problems.Err()
}

// effort returns the figures as an Effort with the given Basis.
func (h effortHalves) effort(basis []string) Effort {
	return Effort{
		Initial: fromHalves(h.initial), Stage1: fromHalves(h.stage1), Stage2: fromHalves(h.stage2),
		Surveillance: fromHalves(h.surveillance), Recertification: fromHalves(h.recert), Basis: basis,
	}
}

// effortWire is an Effort in JSON. Decoding reads every figure as a
// dec.Literal (a string or a number) and requires every field.
type effortWire struct {
	Initial         *dec.Literal `json:"initial"`
	Stage1          *dec.Literal `json:"stage1"`
	Stage2          *dec.Literal `json:"stage2"`
	Surveillance    *dec.Literal `json:"surveillance"`
	Recertification *dec.Literal `json:"recertification"`
	Basis           *[]string    `json:"basis"`
}

// MarshalJSON writes e as {"initial":"8.5","stage1":"1.5","stage2":"7.0",
// "surveillance":"3.0","recertification":"5.0","basis":[…]}: figures as
// strings with one decimal place, Basis as a list (never null). An Effort
// that fails [Effort.Validate] is an error, so what is written reads back.
func (e Effort) MarshalJSON() ([]byte, error) {
	h, err := e.halves()
	if err != nil {
		return nil, err
	}
	size := 120 // the figures of any effort below 10^6 days
	for _, line := range e.Basis {
		size += len(line) + 3
	}
	return h.appendJSON(make([]byte, 0, size), e.Basis), nil
}

// daysLiteral writes h half days with one decimal place: "8.5", "16.0".
func daysLiteral(h int64) *dec.Literal {
	var buf [24]byte
	l := dec.Literal(appendDays(buf[:0], h))
	return &l
}

// effortDecoder is the jsonx.Decoder of an effort, made once.
var effortDecoder = jsonx.NewDecoder(ErrInvalidEffort, (*effortWire).effort)

// UnmarshalJSON reads what MarshalJSON writes, strictly: every field present
// and not null, figures as decimal strings or JSON numbers, checked as
// [Effort.Validate] checks them; unknown fields, repeated keys and trailing
// data are errors. Errors match [ErrInvalidEffort] and name the field. On
// error *e is unchanged.
func (e *Effort) UnmarshalJSON(data []byte) error {
	return effortDecoder.Unmarshal(data, e)
}

// effort reads the figures and basis of w and checks the result with
// [Effort.Validate].
func (w *effortWire) effort() (Effort, error) {
	var problems errs.List
	figure := func(field string, l *dec.Literal) decimal.Decimal {
		return daysSpec.Read(l, ErrInvalidEffort, field, &problems)
	}
	out := Effort{
		Initial: figure("initial", w.Initial), Stage1: figure("stage1", w.Stage1), Stage2: figure("stage2", w.Stage2),
		Surveillance: figure("surveillance", w.Surveillance), Recertification: figure("recertification", w.Recertification),
	}
	if w.Basis == nil {
		problems.Missing(ErrInvalidEffort, "basis")
	} else {
		out.Basis = *w.Basis
	}
	if err := problems.Err(); err != nil {
		return Effort{}, err
	}
	return out, out.Validate()
}
