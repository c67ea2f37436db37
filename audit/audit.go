package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/google/uuid"
)

// ErrInvalidAudit is matched by every error [NewAudit] and the Audit methods
// that return a new Audit report.
var ErrInvalidAudit = errors.New("audit: invalid audit")

// Audit is the record of one audit: its kind, first and last day, the
// findings raised in it and, once scored, its [Result]. It is an immutable
// value: methods return a new Audit and leave the receiver as it was, also
// when they fail. The zero Audit is invalid (unknown kind).
type Audit struct {
	kind      Kind
	firstDay  time.Time
	lastDay   time.Time
	findings  []Finding
	result    Result
	hasResult bool
}

// NewAudit returns the record of an audit of kind kind held from firstDay to
// lastDay (both included; the same day for a one-day audit), with the given
// findings in order. Days are kept as calendar dates.
//
// Errors (all reported, joined, each matching [ErrInvalidAudit]): an unknown
// kind; a zero first or last day; a last day before the first; a zero
// (uuid.Nil) finding; two findings with the same ID, or rectifying the same
// deduction item; a finding raised before the first day or after the last
// day.
func NewAudit(kind Kind, firstDay, lastDay time.Time, findings ...Finding) (Audit, error) {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidAudit}, args...)...))
	}
	if !kind.IsValid() {
		bad("unknown kind %d", uint8(kind))
	}
	if firstDay.IsZero() {
		bad("first day is zero")
	}
	if lastDay.IsZero() {
		bad("last day is zero")
	}
	if !firstDay.IsZero() && !lastDay.IsZero() && calendar.Before(lastDay, firstDay) {
		bad("last day %s is before the first day %s", calendar.Format(lastDay), calendar.Format(firstDay))
	}
	if len(errs) > 0 {
		return Audit{}, errors.Join(errs...)
	}
	a := Audit{kind: kind, firstDay: calendar.Date(firstDay), lastDay: calendar.Date(lastDay)}
	seen := make(map[uuid.UUID]bool, len(findings))
	for i, f := range findings {
		if err := a.checkFinding(f); err != nil {
			errs = append(errs, err)
			continue
		}
		if seen[f.id] {
			bad("finding %s is listed twice", f.id)
			continue
		}
		seen[f.id] = true
		if err := auCheckDeduction(f, findings[:i]); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return Audit{}, errors.Join(errs...)
	}
	a.findings = append([]Finding(nil), findings...)
	return a, nil
}

// checkFinding reports whether f can belong to a (the ID is not checked for
// repeats).
func (a Audit) checkFinding(f Finding) error {
	if f.id == uuid.Nil {
		return fmt.Errorf("%w: a finding is the zero Finding", ErrInvalidAudit)
	}
	if !calendar.Within(f.raisedOn, a.firstDay, a.lastDay) {
		return fmt.Errorf("%w: finding %s raised on %s, outside the audit %s to %s", ErrInvalidAudit,
			f.id, calendar.Format(f.raisedOn), calendar.Format(a.firstDay), calendar.Format(a.lastDay))
	}
	return nil
}

// auCheckDeduction reports a finding that rectifies the same deduction item
// as one of others: each deduction item has one finding.
func auCheckDeduction(f Finding, others []Finding) error {
	if f.deduction == "" {
		return nil
	}
	for _, o := range others {
		if o.deduction == f.deduction && o.id != f.id {
			return fmt.Errorf("%w: findings %s and %s both rectify deduction item %q", ErrInvalidAudit, o.id, f.id, f.deduction)
		}
	}
	return nil
}

// auCheckApplied reports a finding that rectifies a deduction item the
// result did not apply.
func auCheckApplied(f Finding, r Result) error {
	if f.deduction == "" {
		return nil
	}
	if _, found := slices.BinarySearch(r.Deductions, f.deduction); !found {
		return fmt.Errorf("%w: finding %s rectifies deduction item %q, which the result does not apply (it applies %q)",
			ErrInvalidAudit, f.id, f.deduction, r.Deductions)
	}
	return nil
}

// Kind returns the kind of audit.
func (a Audit) Kind() Kind { return a.kind }

// FirstDay returns the audit's first day.
func (a Audit) FirstDay() time.Time { return a.firstDay }

// LastDay returns the audit's last day, from which rectification time counts.
func (a Audit) LastDay() time.Time { return a.lastDay }

// Findings returns a copy of the audit's findings, in the order they were
// added.
func (a Audit) Findings() []Finding { return append([]Finding(nil), a.findings...) }

// Finding returns the finding with the given ID, and false when there is none.
func (a Audit) Finding(id uuid.UUID) (Finding, bool) {
	for _, f := range a.findings {
		if f.id == id {
			return f, true
		}
	}
	return Finding{}, false
}

// Result returns the audit's score and level, and false when it has not been
// scored.
func (a Audit) Result() (Result, bool) { return a.result, a.hasResult }

// WithFinding returns a copy of a with f added.
//
// Errors (matching [ErrInvalidAudit]): the zero Audit; a zero finding; a
// finding whose ID is already in a; a finding raised outside the audit's
// days; a finding for a deduction item that another finding already
// rectifies or, once a is scored, that its result does not apply.
func (a Audit) WithFinding(f Finding) (Audit, error) {
	if !a.kind.IsValid() {
		return a, fmt.Errorf("%w: the zero audit takes no findings", ErrInvalidAudit)
	}
	if err := a.checkFinding(f); err != nil {
		return a, err
	}
	if _, ok := a.Finding(f.id); ok {
		return a, fmt.Errorf("%w: finding %s is already recorded", ErrInvalidAudit, f.id)
	}
	if err := auCheckDeduction(f, a.findings); err != nil {
		return a, err
	}
	if a.hasResult {
		if err := auCheckApplied(f, a.result); err != nil {
			return a, err
		}
	}
	out := a
	out.findings = append(append(make([]Finding, 0, len(a.findings)+1), a.findings...), f)
	return out, nil
}

// Raise returns a copy of a with a new finding raised on the audit's last
// day (the closing meeting), so that its due date counts from that day
// [CNCA]. The finding is built by [NewFinding].
//
// Errors: those of [NewFinding] (matching [ErrInvalidFinding]) and of
// [Audit.WithFinding] (matching [ErrInvalidAudit]).
func (a Audit) Raise(id uuid.UUID, severity Severity, clause, statement, evidence string, policy RectificationPolicy) (Audit, error) {
	if !a.kind.IsValid() {
		return a, fmt.Errorf("%w: the zero audit takes no findings", ErrInvalidAudit)
	}
	f, err := NewFinding(id, severity, clause, statement, evidence, a.lastDay, policy)
	if err != nil {
		return a, err
	}
	return a.WithFinding(f)
}

// UpdateFinding returns a copy of a with the finding that has f's ID replaced
// by f: use it to record a transition ([Finding.SubmitAction] and the
// others) made on a finding taken from [Audit.Finding].
//
// Errors (matching [ErrInvalidAudit]): no finding with f's ID; f differs from
// the recorded finding in what a transition cannot change (severity, clause,
// statement, evidence, deduction item, raised-on or due date).
func (a Audit) UpdateFinding(f Finding) (Audit, error) {
	for i, old := range a.findings {
		if old.id != f.id {
			continue
		}
		same := old
		same.action, same.actionSubmittedOn, same.acceptedOn, same.verifiedOn, same.closedOn =
			f.action, f.actionSubmittedOn, f.acceptedOn, f.verifiedOn, f.closedOn
		if !same.Equal(f) {
			return a, fmt.Errorf("%w: finding %s: an update may only record transitions, not change severity, clause, statement, evidence, deduction item or dates raised and due", ErrInvalidAudit, f.id)
		}
		out := a
		out.findings = append([]Finding(nil), a.findings...)
		out.findings[i] = f
		return out, nil
	}
	return a, fmt.Errorf("%w: no finding %s in the audit", ErrInvalidAudit, f.id)
}

// WithResult returns a copy of a scored with r (replacing an earlier result).
//
// Errors (matching [ErrInvalidAudit] and, for an invalid r, also
// [ErrInvalidResult]): the zero Audit; a stage 1 audit (document review is
// not scored); an r that fails [Result.Validate]; a finding of a that
// rectifies a deduction item r does not apply.
func (a Audit) WithResult(r Result) (Audit, error) {
	switch {
	case !a.kind.IsValid():
		return a, fmt.Errorf("%w: the zero audit cannot be scored", ErrInvalidAudit)
	case a.kind == Stage1:
		return a, fmt.Errorf("%w: a stage 1 audit (document review) is not scored", ErrInvalidAudit)
	}
	if err := r.Validate(); err != nil {
		return a, fmt.Errorf("%w: %w", ErrInvalidAudit, err)
	}
	var errs []error
	for _, f := range a.findings {
		if err := auCheckApplied(f, r); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return a, errors.Join(errs...)
	}
	out := a
	out.result, out.hasResult = r, true
	return out, nil
}

// Equal reports whether a and other record the same audit: kind, days,
// findings in the same order (compared with [Finding.Equal]) and result.
func (a Audit) Equal(other Audit) bool {
	if a.kind != other.kind || a.hasResult != other.hasResult || len(a.findings) != len(other.findings) {
		return false
	}
	if a.kind.IsValid() && (!calendar.Same(a.firstDay, other.firstDay) || !calendar.Same(a.lastDay, other.lastDay)) {
		return false
	}
	if a.hasResult && !a.result.Equal(other.result) {
		return false
	}
	for i := range a.findings {
		if !a.findings[i].Equal(other.findings[i]) {
			return false
		}
	}
	return true
}

type auditWire struct {
	Kind     Kind      `json:"kind"`
	FirstDay string    `json:"first_day"`
	LastDay  string    `json:"last_day"`
	Findings []Finding `json:"findings"`
	Result   *Result   `json:"result,omitempty"`
}

// MarshalJSON writes the audit as {"kind":"stage2","first_day":"2026-03-09",
// "last_day":"2026-03-10","findings":[…],"result":{…}}; "result" is left out
// when the audit has not been scored. The zero Audit is an error.
func (a Audit) MarshalJSON() ([]byte, error) {
	if !a.kind.IsValid() {
		return nil, fmt.Errorf("%w: cannot encode the zero audit", ErrInvalidAudit)
	}
	w := auditWire{
		Kind:     a.kind,
		FirstDay: calendar.Format(a.firstDay),
		LastDay:  calendar.Format(a.lastDay),
		Findings: a.findings,
	}
	if w.Findings == nil {
		w.Findings = []Finding{}
	}
	if a.hasResult {
		r := a.result
		w.Result = &r
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly, and rebuilds the
// audit with [NewAudit] and [Audit.WithResult] (each finding through
// [Finding.UnmarshalJSON]). Dates decode as midnight UTC: the original
// location is not kept. On error a is unchanged.
func (a *Audit) UnmarshalJSON(data []byte) error {
	var w auditWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidAudit, err)
	}
	var errs []error
	first, err := calendar.Parse(w.FirstDay, nil)
	if err != nil {
		errs = append(errs, fmt.Errorf("%w: first_day %q is not a YYYY-MM-DD date", ErrInvalidAudit, w.FirstDay))
	}
	last, err := calendar.Parse(w.LastDay, nil)
	if err != nil {
		errs = append(errs, fmt.Errorf("%w: last_day %q is not a YYYY-MM-DD date", ErrInvalidAudit, w.LastDay))
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	out, err := NewAudit(w.Kind, first, last, w.Findings...)
	if err != nil {
		return err
	}
	if w.Result != nil {
		if out, err = out.WithResult(*w.Result); err != nil {
			return err
		}
	}
	*a = out
	return nil
}
