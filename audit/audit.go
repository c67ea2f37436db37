package audit

import (
	"encoding/json"
	"errors"
	"slices"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
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
	kind     Kind
	firstDay time.Time
	lastDay  time.Time
	findings []Finding
	result   Result // the zero Result until scored
}

// NewAudit returns the record of an audit of kind kind held from firstDay to
// lastDay (both included; the same day for a one-day audit), with the given
// findings in order. Days are kept as calendar dates.
//
// Errors (all reported, each a [FieldError] matching [ErrInvalidAudit]): an
// unknown kind; a zero first or last day, or one outside the years 1–9999;
// a last day before the first; a zero finding; two findings with the same
// ID, or rectifying the same deduction item; a finding raised before the
// first day or after the last day.
func NewAudit(kind Kind, firstDay, lastDay time.Time, findings ...Finding) (Audit, error) {
	var problems errs.List
	if !kind.IsValid() {
		problems.New(ErrInvalidAudit, "kind", "unknown kind %d", uint8(kind))
	}
	problems.Wrap(ErrInvalidAudit, "first_day", calendar.Check(firstDay))
	problems.Wrap(ErrInvalidAudit, "last_day", calendar.Check(lastDay))
	if err := problems.Err(); err != nil {
		return Audit{}, err
	}
	if calendar.Before(lastDay, firstDay) {
		return Audit{}, errs.New(ErrInvalidAudit, "last_day", "%s is before the first day %s", calendar.Format(lastDay), calendar.Format(firstDay))
	}
	a := Audit{kind: kind, firstDay: calendar.Date(firstDay), lastDay: calendar.Date(lastDay)}
	if err := a.checkFindings(findings); err != nil {
		return Audit{}, err
	}
	a.findings = slices.Clone(findings)
	return a, nil
}

// checkFindings reports every finding that cannot belong to a: zero, raised
// outside its days, listed twice, or rectifying a deduction item an earlier
// finding rectifies. It reads the list once.
func (a Audit) checkFindings(findings []Finding) error {
	var problems errs.List
	ids := make(map[uuid.UUID]bool, len(findings))
	byDeduction := make(map[string]uuid.UUID)
	for i, f := range findings {
		if err := a.checkFinding(f); err != nil {
			problems.Wrap(ErrInvalidAudit, errs.Index("findings", i), err)
			continue
		}
		if ids[f.id] {
			problems.New(ErrInvalidAudit, errs.Index("findings", i), "finding %s is listed twice", f.id)
			continue
		}
		ids[f.id] = true
		if f.deduction == "" {
			continue
		}
		if other, taken := byDeduction[f.deduction]; taken {
			problems.New(ErrInvalidAudit, errs.Index("findings", i), "findings %s and %s both rectify deduction item %q", other, f.id, f.deduction)
			continue
		}
		byDeduction[f.deduction] = f.id
	}
	return problems.Err()
}

// checkFinding reports whether f can belong to a (the ID and the deduction
// item are not checked for repeats).
func (a Audit) checkFinding(f Finding) error {
	if f.IsZero() {
		return errs.New(ErrInvalidAudit, "", "a finding is the zero Finding")
	}
	if !calendar.Within(f.raisedOn, a.firstDay, a.lastDay) {
		return errs.New(ErrInvalidAudit, "", "finding %s raised on %s, outside the audit %s to %s",
			f.id, calendar.Format(f.raisedOn), calendar.Format(a.firstDay), calendar.Format(a.lastDay))
	}
	return nil
}

// checkApplied reports a finding that rectifies a deduction item the
// result r did not apply.
func checkApplied(f Finding, r Result) error {
	if f.deduction == "" {
		return nil
	}
	if _, found := slices.BinarySearch(r.Deductions, f.deduction); !found {
		return errs.New(ErrInvalidAudit, "", "finding %s rectifies deduction item %q, which the result does not apply (it applies %q)",
			f.id, f.deduction, r.Deductions)
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
func (a Audit) Findings() []Finding { return slices.Clone(a.findings) }

// Finding returns the finding with the given ID, and false when there is none.
func (a Audit) Finding(id uuid.UUID) (Finding, bool) {
	i := slices.IndexFunc(a.findings, func(f Finding) bool { return f.id == id })
	if i < 0 {
		return Finding{}, false
	}
	return a.findings[i], true
}

// Result returns the audit's score and level, and false when it has not been
// scored.
func (a Audit) Result() (Result, bool) { return a.result, !a.result.IsZero() }

// WithFinding returns a copy of a with f added.
//
// Errors (matching [ErrInvalidAudit]): the zero Audit; a zero finding; a
// finding whose ID is already in a; a finding raised outside the audit's
// days; a finding for a deduction item that another finding already
// rectifies or, once a is scored, that its result does not apply.
func (a Audit) WithFinding(f Finding) (Audit, error) {
	if a.IsZero() {
		return a, errs.New(ErrInvalidAudit, "", "the zero audit takes no findings")
	}
	if err := a.checkFinding(f); err != nil {
		return a, err
	}
	if _, ok := a.Finding(f.id); ok {
		return a, errs.New(ErrInvalidAudit, "", "finding %s is already recorded", f.id)
	}
	if f.deduction != "" {
		if i := slices.IndexFunc(a.findings, func(o Finding) bool { return o.deduction == f.deduction }); i >= 0 {
			return a, errs.New(ErrInvalidAudit, "", "findings %s and %s both rectify deduction item %q", a.findings[i].id, f.id, f.deduction)
		}
	}
	if !a.result.IsZero() {
		if err := checkApplied(f, a.result); err != nil {
			return a, err
		}
	}
	out := a
	out.findings = append(slices.Clip(a.findings), f)
	return out, nil
}

// Raise returns a copy of a with a new finding raised on the audit's last
// day (the closing meeting), so that its due date counts from that day
// [CNCA]. The finding is built by [NewFinding].
//
// Errors: those of [NewFinding] (matching [ErrInvalidFinding]) and of
// [Audit.WithFinding] (matching [ErrInvalidAudit]).
func (a Audit) Raise(id uuid.UUID, severity Severity, clause, statement, evidence string, policy RectificationPolicy) (Audit, error) {
	if a.IsZero() {
		return a, errs.New(ErrInvalidAudit, "", "the zero audit takes no findings")
	}
	f, err := NewFinding(id, severity, clause, statement, evidence, a.lastDay, policy)
	if err != nil {
		return a, err
	}
	return a.WithFinding(f)
}

// UpdateFindings returns a copy of a in which each finding of updates
// replaces the recorded finding with its ID: use it to record transitions
// ([Finding.SubmitAction] and the others) made on findings taken from
// [Audit.Finding] or [Audit.Findings], one or many at once. Updates apply
// in order (a later update of the same ID wins), all or nothing, and the
// findings are copied once however many are updated, so that a
// rectification step answering thousands of findings stays linear.
//
// Errors (all reported, each a [FieldError] matching [ErrInvalidAudit],
// named "updates[i]"): no finding with the update's ID; an update that
// differs from the recorded finding in what a transition cannot change
// (severity, clause, statement, evidence, deduction item, raised-on or due
// date). a is unchanged on error.
func (a Audit) UpdateFindings(updates ...Finding) (Audit, error) {
	at := a.positions(updates)
	var problems errs.List
	for i, u := range updates {
		switch {
		case at[i] < 0:
			problems.New(ErrInvalidAudit, errs.Index("updates", i), "no finding %s in the audit", u.id)
		case !sameFixedParts(a.findings[at[i]], u):
			problems.New(ErrInvalidAudit, errs.Index("updates", i), "finding %s: an update may only record transitions, not change severity, clause, statement, evidence, deduction item or dates raised and due", u.id)
		}
	}
	if err := problems.Err(); err != nil {
		return a, err
	}
	out := a
	out.findings = slices.Clone(a.findings)
	for i, u := range updates {
		out.findings[at[i]] = u
	}
	return out, nil
}

// positions returns where each update's ID is in a's findings, −1 where it
// is not: by a scan for a few updates, by an index of a's findings for more.
func (a Audit) positions(updates []Finding) []int {
	at := make([]int, len(updates))
	const scanned = 4 // up to this many updates, scanning beats building an index
	if len(updates) <= scanned {
		for i, u := range updates {
			at[i] = slices.IndexFunc(a.findings, func(f Finding) bool { return f.id == u.id })
		}
		return at
	}
	index := make(map[uuid.UUID]int, len(a.findings))
	for i, f := range a.findings {
		index[f.id] = i
	}
	for i, u := range updates {
		if j, ok := index[u.id]; ok {
			at[i] = j
		} else {
			at[i] = -1
		}
	}
	return at
}

// sameFixedParts reports whether u differs from the recorded finding old
// only in what transitions record.
func sameFixedParts(old, u Finding) bool {
	same := old
	same.action, same.actionSubmittedOn, same.acceptedOn, same.verifiedOn, same.closedOn =
		u.action, u.actionSubmittedOn, u.acceptedOn, u.verifiedOn, u.closedOn
	return same.Equal(u)
}

// WithResult returns a copy of a scored with r (replacing an earlier result).
//
// Errors (matching [ErrInvalidAudit] and, for an invalid r, also
// [ErrInvalidResult]): the zero Audit; a stage 1 audit (document review is
// not scored); an r that fails [Result.Validate]; a finding of a that
// rectifies a deduction item r does not apply.
func (a Audit) WithResult(r Result) (Audit, error) {
	switch {
	case a.IsZero():
		return a, errs.New(ErrInvalidAudit, "", "the zero audit cannot be scored")
	case a.kind == Stage1:
		return a, errs.New(ErrInvalidAudit, "result", "a stage 1 audit (document review) is not scored")
	}
	if err := r.Validate(); err != nil {
		return a, errs.Wrap(ErrInvalidAudit, "result", err)
	}
	var problems errs.List
	for i, f := range a.findings {
		problems.Wrap(ErrInvalidAudit, errs.Index("findings", i), checkApplied(f, r))
	}
	if err := problems.Err(); err != nil {
		return a, err
	}
	out := a
	out.result = r
	return out, nil
}

// IsZero reports whether a is the zero Audit, which has no kind.
func (a Audit) IsZero() bool { return !a.kind.IsValid() }

// Equal reports whether a and other record the same audit: kind, days,
// findings in the same order (compared with [Finding.Equal]) and result.
func (a Audit) Equal(other Audit) bool {
	return a.kind == other.kind && calendar.Equal(a.firstDay, other.firstDay) && calendar.Equal(a.lastDay, other.lastDay) &&
		slices.EqualFunc(a.findings, other.findings, Finding.Equal) && a.result.Equal(other.result)
}

type auditWire struct {
	Kind     string             `json:"kind"`
	FirstDay string             `json:"first_day"`
	LastDay  string             `json:"last_day"`
	Findings *[]json.RawMessage `json:"findings"`
	Result   json.RawMessage    `json:"result,omitempty"`
}

// MarshalJSON writes the audit as the package documentation ("JSON")
// shows; "result" is left out when the audit has not been scored. The zero
// Audit is an error.
func (a Audit) MarshalJSON() ([]byte, error) {
	if a.IsZero() {
		return nil, errs.New(ErrInvalidAudit, "", "cannot encode the zero audit")
	}
	findings := make([]json.RawMessage, len(a.findings))
	for i, f := range a.findings {
		b, err := f.MarshalJSON()
		if err != nil {
			return nil, errs.Wrap(ErrInvalidAudit, errs.Index("findings", i), err)
		}
		findings[i] = b
	}
	w := auditWire{
		Kind:     a.kind.String(),
		FirstDay: calendar.Format(a.firstDay),
		LastDay:  calendar.Format(a.lastDay),
		Findings: &findings,
	}
	if !a.result.IsZero() {
		b, err := a.result.MarshalJSON()
		if err != nil {
			return nil, errs.Wrap(ErrInvalidAudit, "result", err)
		}
		w.Result = b
	}
	return json.Marshal(w)
}

// auditDecoder is the jsonx.Decoder of an audit, made once.
var auditDecoder = jsonx.NewDecoder(ErrInvalidAudit, (*auditWire).audit)

// UnmarshalJSON reads the form MarshalJSON writes, strictly, and rebuilds the
// audit with [NewAudit] and [Audit.WithResult] (each finding through
// [Finding.UnmarshalJSON]). Dates decode as midnight UTC. Every error
// matches [ErrInvalidAudit] and names the field. On error a is unchanged.
func (a *Audit) UnmarshalJSON(data []byte) error {
	return auditDecoder.Unmarshal(data, a)
}

// audit builds the Audit w describes.
func (w auditWire) audit() (Audit, error) {
	var problems errs.List
	kind, err := ParseKind(w.Kind)
	problems.Wrap(ErrInvalidAudit, "kind", err)
	first, err := calendar.Parse(w.FirstDay)
	problems.Wrap(ErrInvalidAudit, "first_day", err)
	last, err := calendar.Parse(w.LastDay)
	problems.Wrap(ErrInvalidAudit, "last_day", err)
	var findings []Finding
	if w.Findings == nil {
		problems.Missing(ErrInvalidAudit, "findings")
	} else {
		findings = make([]Finding, len(*w.Findings))
		for i, raw := range *w.Findings {
			problems.Wrap(ErrInvalidAudit, errs.Index("findings", i), findings[i].UnmarshalJSON(raw))
		}
	}
	var result Result
	if w.Result != nil {
		problems.Wrap(ErrInvalidAudit, "result", result.UnmarshalJSON(w.Result))
	}
	if err := problems.Err(); err != nil {
		return Audit{}, err
	}
	out, err := NewAudit(kind, first, last, findings...)
	if err != nil || w.Result == nil {
		return out, err
	}
	return out.WithResult(result)
}
