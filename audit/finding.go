package audit

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/aftersales/certification/internal/text"
	"github.com/google/uuid"
)

// Nonconformity reports whether s is a nonconformity (Major or Minor), which
// needs action and has a due date [17021].
func (s Severity) Nonconformity() bool { return s == Major || s == Minor }

// ErrInvalidFinding is matched by every error [NewFinding] and
// [Finding.WithDeduction] return and by errors decoding a finding.
var ErrInvalidFinding = errors.New("audit: invalid finding")

// Finding is one finding of an audit and its way to closure (package
// documentation, "Findings and rectification"). It is an immutable value:
// the transitions ([Finding.SubmitAction], [Finding.Accept],
// [Finding.Verify], [Finding.Close]) return a new Finding and leave the
// receiver as it was, also when they fail. The zero Finding is invalid (its
// ID is uuid.Nil).
type Finding struct {
	id                uuid.UUID
	severity          Severity
	clause            string
	statement         string
	evidence          string
	deduction         string // the special deduction item it rectifies, if any
	raisedOn          time.Time
	dueOn             time.Time
	action            string
	actionSubmittedOn time.Time
	acceptedOn        time.Time
	verifiedOn        time.Time
	closedOn          time.Time
}

// NewFinding returns an open finding raised on raisedOn. A nonconformity is
// due policy.DueOn(raisedOn) (package documentation, "Findings and
// rectification"); an observation has no due date (zero DueOn). Dates are
// kept as calendar dates (midnight in their own location).
//
// Errors (all reported, each a [FieldError] matching [ErrInvalidFinding]):
// id is uuid.Nil; an unknown severity; a clause or statement that is blank
// or not valid UTF-8; such evidence for a nonconformity (an observation's
// may be empty); a zero raisedOn, or one or a due date outside the years
// 1–9999; an invalid policy.
func NewFinding(id uuid.UUID, severity Severity, clause, statement, evidence string, raisedOn time.Time, policy RectificationPolicy) (Finding, error) {
	var problems errs.List
	problems.Wrap(ErrInvalidFinding, "policy", policy.Validate())
	f, err := newFinding(id, severity, clause, statement, evidence, raisedOn)
	problems.Add(err)
	if err := problems.Err(); err != nil {
		return Finding{}, err
	}
	if !severity.Nonconformity() {
		return f, nil
	}
	due := policy.DueOn(raisedOn)
	if err := calendar.Check(due); err != nil {
		return Finding{}, errs.New(ErrInvalidFinding, "due_on", "%s + %d days: %v", calendar.Format(raisedOn), policy.ResponseDays, err)
	}
	f.dueOn = due
	return f, nil
}

// newFinding validates and builds an open finding with no due date yet.
func newFinding(id uuid.UUID, severity Severity, clause, statement, evidence string, raisedOn time.Time) (Finding, error) {
	var problems errs.List
	if id == uuid.Nil {
		problems.New(ErrInvalidFinding, "id", "is nil")
	}
	if !severity.IsValid() {
		problems.New(ErrInvalidFinding, "severity", "unknown severity %d", uint8(severity))
	}
	problems.Wrap(ErrInvalidFinding, "clause", text.Required(clause))
	problems.Wrap(ErrInvalidFinding, "statement", text.Required(statement))
	if !severity.Nonconformity() {
		problems.Wrap(ErrInvalidFinding, "evidence", text.Optional(evidence))
	} else if err := text.Required(evidence); err != nil {
		problems.New(ErrInvalidFinding, "evidence", "%v: a %s needs evidence", err, severity)
	}
	problems.Wrap(ErrInvalidFinding, "raised_on", calendar.Check(raisedOn))
	if err := problems.Err(); err != nil {
		return Finding{}, err
	}
	return Finding{id: id, severity: severity, clause: clause, statement: statement, evidence: evidence,
		raisedOn: calendar.Date(raisedOn)}, nil
}

// withDueDate returns f, just raised, with a stored due date (JSON keeps the
// due date; the policy that gave it is not stored). A nonconformity needs
// one, on or after the raise date and within the years 1–9999; an
// observation has none.
func (f Finding) withDueDate(dueOn time.Time) (Finding, error) {
	switch {
	case !f.severity.Nonconformity() && !dueOn.IsZero():
		return Finding{}, errs.New(ErrInvalidFinding, "due_on", "an observation has no due date (got %s)", calendar.Format(dueOn))
	case !f.severity.Nonconformity():
		return f, nil
	case dueOn.IsZero():
		return Finding{}, errs.New(ErrInvalidFinding, "due_on", "a %s needs a due date", f.severity)
	case calendar.Check(dueOn) != nil:
		return Finding{}, errs.Wrap(ErrInvalidFinding, "due_on", calendar.Check(dueOn))
	case calendar.Before(dueOn, f.raisedOn):
		return Finding{}, errs.New(ErrInvalidFinding, "due_on", "%s is before the raised-on date %s", calendar.Format(dueOn), calendar.Format(f.raisedOn))
	}
	f.dueOn = calendar.Date(dueOn)
	return f, nil
}

// ID returns the finding's identifier, chosen by the caller.
func (f Finding) ID() uuid.UUID { return f.id }

// Severity returns the finding's severity.
func (f Finding) Severity() Severity { return f.severity }

// Clause returns the clause of the standard the finding is against, such as
// "GB/T 27922-2011 5.2.3".
func (f Finding) Clause() string { return f.clause }

// Statement returns the statement of the finding (what requirement is not met).
func (f Finding) Statement() string { return f.statement }

// Evidence returns the objective evidence the finding rests on.
func (f Finding) Evidence() string { return f.evidence }

// Deduction returns the code of the special deduction item the finding
// rectifies ([Finding.WithDeduction]), and "" when it rectifies none.
func (f Finding) Deduction() string { return f.deduction }

// WithDeduction returns a copy of f that rectifies the special deduction
// item with the given code (see [Evaluation].Deductions and the package
// documentation, "Scoring and grades"). The link is made when the finding
// is raised, so f must be open.
//
// Errors (a [FieldError] matching [ErrInvalidFinding], field "deduction"):
// the zero Finding; an observation (not a nonconformity); a finding that is
// not open; a code that is not snake_case. f is unchanged either way.
func (f Finding) WithDeduction(code string) (Finding, error) {
	switch {
	case f.IsZero():
		return f, errs.New(ErrInvalidFinding, "deduction", "the zero finding rectifies no deduction item")
	case !f.severity.Nonconformity():
		return f, errs.New(ErrInvalidFinding, "deduction", "finding %s is an observation; a deduction item %s is rectified by a nonconformity",
			f.id, errs.Quote(code))
	case f.Status() != Open:
		return f, errs.New(ErrInvalidFinding, "deduction", "finding %s is %s; it is linked to deduction item %s when it is raised, while open",
			f.id, f.Status(), errs.Quote(code))
	case !validCode(code):
		return f, errs.New(ErrInvalidFinding, "deduction", "finding %s: %s must be a snake_case code", f.id, errs.Quote(code))
	}
	f.deduction = code
	return f, nil
}

// RaisedOn returns the date the finding was raised.
func (f Finding) RaisedOn() time.Time { return f.raisedOn }

// DueOn returns the date by which the action is due; zero for an observation.
func (f Finding) DueOn() time.Time { return f.dueOn }

// Action returns the description of the correction and corrective action
// submitted; empty before one was submitted.
func (f Finding) Action() string { return f.action }

// ActionSubmittedOn returns the date the action was submitted; zero if none.
func (f Finding) ActionSubmittedOn() time.Time { return f.actionSubmittedOn }

// AcceptedOn returns the date the action plan was accepted; zero if it was not.
func (f Finding) AcceptedOn() time.Time { return f.acceptedOn }

// VerifiedOn returns the date the correction was verified; zero if it was not.
func (f Finding) VerifiedOn() time.Time { return f.verifiedOn }

// ClosedOn returns the date the finding was closed; zero while it is not.
func (f Finding) ClosedOn() time.Time { return f.closedOn }

// Status returns the finding's current status (after all its transitions).
func (f Finding) Status() FindingStatus {
	switch {
	case !f.closedOn.IsZero():
		return Closed
	case !f.verifiedOn.IsZero():
		return Verified
	case !f.acceptedOn.IsZero():
		return Accepted
	case !f.actionSubmittedOn.IsZero():
		return ActionSubmitted
	default:
		return Open
	}
}

// StatusOn returns the status the finding had at the end of day: the last
// transition dated on or before day (Open before any, including days before
// it was raised).
func (f Finding) StatusOn(day time.Time) FindingStatus {
	on := func(t time.Time) bool { return !t.IsZero() && calendar.OnOrBefore(t, day) }
	switch {
	case on(f.closedOn):
		return Closed
	case on(f.verifiedOn):
		return Verified
	case on(f.acceptedOn):
		return Accepted
	case on(f.actionSubmittedOn):
		return ActionSubmitted
	default:
		return Open
	}
}

// SettledOn reports whether, at the end of day, the finding no longer stands
// in the way of a decision to certify [17021], [CNCA]: a major is
// verified (or closed); a minor has an accepted plan (or is verified or
// closed); an observation always is.
func (f Finding) SettledOn(day time.Time) bool {
	switch f.severity {
	case Major:
		s := f.StatusOn(day)
		return s == Verified || s == Closed
	case Minor:
		s := f.StatusOn(day)
		return s == Accepted || s == Verified || s == Closed
	default:
		return true
	}
}

// OverdueOn reports whether the nonconformity is overdue on day: day is after
// its due date and, at the end of day, no action had been submitted and it
// was not closed. An observation is never overdue. An action submitted late
// ends the overdue state from the day it was submitted.
func (f Finding) OverdueOn(day time.Time) bool {
	if !f.severity.Nonconformity() || f.dueOn.IsZero() || !calendar.After(day, f.dueOn) {
		return false
	}
	return f.StatusOn(day) == Open
}

// IsZero reports whether f is the zero Finding, whose ID is uuid.Nil.
func (f Finding) IsZero() bool { return f.id == uuid.Nil }

// Equal reports whether f and other are the same finding in the same state
// (dates compared as calendar dates).
func (f Finding) Equal(other Finding) bool {
	return f.id == other.id && f.severity == other.severity && f.clause == other.clause &&
		f.statement == other.statement && f.evidence == other.evidence && f.deduction == other.deduction &&
		f.action == other.action && calendar.Equal(f.raisedOn, other.raisedOn) && calendar.Equal(f.dueOn, other.dueOn) &&
		calendar.Equal(f.actionSubmittedOn, other.actionSubmittedOn) && calendar.Equal(f.acceptedOn, other.acceptedOn) &&
		calendar.Equal(f.verifiedOn, other.verifiedOn) && calendar.Equal(f.closedOn, other.closedOn)
}

// SubmitAction records that the auditee submitted its correction and
// corrective action, described by description, on on.
//
// Errors ([*FindingError], matching [ErrFindingState]): a step the
// lifecycle does not allow (an observation; a finding that is not open); a
// description that is blank or not valid UTF-8; a zero date, one outside
// the years 1–9999 or one before the finding's last event.
func (f Finding) SubmitAction(on time.Time, description string) (Finding, error) {
	next, err := f.take(submitAction, on)
	if err != nil {
		return f, err
	}
	if err := text.Required(description); err != nil {
		return f, f.refuse(submitAction, "the action description "+err.Error())
	}
	next.action = description
	return next, nil
}

// Accept records that the CB accepted the action plan of a minor
// nonconformity on on.
//
// Errors ([*FindingError], matching [ErrFindingState]): a step the
// lifecycle does not allow (a major, which is verified, or an observation;
// no action submitted yet; already accepted, verified or closed); a zero
// date, one outside the years 1–9999 or one before the finding's last
// event.
func (f Finding) Accept(on time.Time) (Finding, error) { return f.take(accept, on) }

// Verify records that the CB verified on on that the correction and
// corrective action are done and effective: required for a major, allowed
// for a minor whose action was submitted or accepted.
//
// Errors ([*FindingError], matching [ErrFindingState]): a step the
// lifecycle does not allow (an observation; no action submitted yet;
// already verified or closed); a zero date, one outside the years 1–9999
// or one before the finding's last event.
func (f Finding) Verify(on time.Time) (Finding, error) { return f.take(verify, on) }

// Close closes the finding on on: a major once verified, a minor once
// accepted or verified, an observation at any time after it was raised.
//
// Errors ([*FindingError], matching [ErrFindingState]): a step the
// lifecycle does not allow (already closed; a major not verified; a minor
// neither accepted nor verified); a zero date, one outside the years
// 1–9999 or one before the finding's last event.
func (f Finding) Close(on time.Time) (Finding, error) { return f.take(closeFinding, on) }

type findingWire struct {
	ID                jsonx.UUID `json:"id"`
	Severity          string     `json:"severity"`
	Clause            string     `json:"clause"`
	Statement         string     `json:"statement"`
	Evidence          string     `json:"evidence,omitempty"`
	Deduction         string     `json:"deduction,omitempty"`
	RaisedOn          string     `json:"raised_on"`
	DueOn             string     `json:"due_on,omitempty"`
	Status            string     `json:"status"`
	Action            string     `json:"action,omitempty"`
	ActionSubmittedOn string     `json:"action_submitted_on,omitempty"`
	AcceptedOn        string     `json:"accepted_on,omitempty"`
	VerifiedOn        string     `json:"verified_on,omitempty"`
	ClosedOn          string     `json:"closed_on,omitempty"`
}

// MarshalJSON writes the finding as the package documentation ("JSON")
// shows. The zero Finding is an error.
func (f Finding) MarshalJSON() ([]byte, error) {
	if f.IsZero() {
		return nil, errs.New(ErrInvalidFinding, "", "cannot encode the zero finding")
	}
	return json.Marshal(findingWire{
		ID:                jsonx.UUID(f.id),
		Severity:          f.severity.String(),
		Clause:            f.clause,
		Statement:         f.statement,
		Evidence:          f.evidence,
		Deduction:         f.deduction,
		RaisedOn:          calendar.Format(f.raisedOn),
		DueOn:             calendar.Format(f.dueOn),
		Status:            f.Status().String(),
		Action:            f.action,
		ActionSubmittedOn: calendar.Format(f.actionSubmittedOn),
		AcceptedOn:        calendar.Format(f.acceptedOn),
		VerifiedOn:        calendar.Format(f.verifiedOn),
		ClosedOn:          calendar.Format(f.closedOn),
	})
}

// findingDecoder is the jsonx.Decoder of a finding, made once, with its
// fast path (finding_fast.go).
var findingDecoder = jsonx.NewDecoder(ErrInvalidFinding, (*findingWire).finding).WithFast(decodeFindingFast)

// UnmarshalJSON reads the form MarshalJSON writes, strictly, and rebuilds
// the finding through the same checks and transitions code uses: the open
// finding, its deduction item, then each recorded transition in lifecycle
// order, so that JSON cannot produce a finding code could not. The stored
// due date is kept (the policy is not stored). Dates decode as midnight
// UTC. Every error matches [ErrInvalidFinding] and names the field. On
// error f is unchanged.
func (f *Finding) UnmarshalJSON(data []byte) error {
	return findingDecoder.Unmarshal(data, f)
}

// finding parses w and rebuilds the finding it describes.
func (w *findingWire) finding() (Finding, error) {
	r, err := w.read()
	if err != nil {
		return Finding{}, err
	}
	return r.finding(w)
}

// findingRead is what a finding's document says, parsed.
type findingRead struct {
	severity Severity
	status   FindingStatus
	raisedOn time.Time
	dueOn    time.Time
	dates    [len(steps)]time.Time // by step
}

// read parses the codes and dates of w, every problem named by its field.
func (w *findingWire) read() (findingRead, error) {
	var r findingRead
	var problems errs.List
	var err error
	r.severity, err = ParseSeverity(w.Severity)
	problems.Wrap(ErrInvalidFinding, "severity", err)
	r.status, err = ParseFindingStatus(w.Status)
	problems.Wrap(ErrInvalidFinding, "status", err)
	date := func(field, s string) time.Time {
		t, err := calendar.ParseOptional(s)
		problems.Wrap(ErrInvalidFinding, field, err)
		return t
	}
	r.raisedOn = date("raised_on", w.RaisedOn)
	r.dueOn = date("due_on", w.DueOn)
	r.dates[submitAction] = date("action_submitted_on", w.ActionSubmittedOn)
	r.dates[accept] = date("accepted_on", w.AcceptedOn)
	r.dates[verify] = date("verified_on", w.VerifiedOn)
	r.dates[closeFinding] = date("closed_on", w.ClosedOn)
	if w.RaisedOn == "" {
		problems.Missing(ErrInvalidFinding, "raised_on")
	}
	if (w.ActionSubmittedOn == "") != (w.Action == "") {
		problems.New(ErrInvalidFinding, "action", "action and action_submitted_on go together")
	}
	return r, problems.Err()
}

// finding rebuilds the finding r and w describe through NewFinding's checks,
// WithDeduction and the transitions.
func (r findingRead) finding(w *findingWire) (Finding, error) {
	out, err := newFinding(uuid.UUID(w.ID), r.severity, w.Clause, w.Statement, w.Evidence, r.raisedOn)
	if err != nil {
		return Finding{}, err
	}
	if out, err = out.withDueDate(r.dueOn); err != nil {
		return Finding{}, err
	}
	if w.Deduction != "" {
		if out, err = out.WithDeduction(w.Deduction); err != nil {
			return Finding{}, err
		}
	}
	fields := [len(steps)]string{submitAction: "action_submitted_on", accept: "accepted_on", verify: "verified_on", closeFinding: "closed_on"}
	for s := submitAction; s <= closeFinding; s++ {
		on := r.dates[s]
		switch {
		case on.IsZero():
			continue
		case s == submitAction:
			out, err = out.SubmitAction(on, w.Action)
		default:
			out, err = out.take(s, on)
		}
		if err != nil {
			return Finding{}, errs.Wrap(ErrInvalidFinding, fields[s], err)
		}
	}
	if out.Status() != r.status {
		return Finding{}, errs.New(ErrInvalidFinding, "status", "%s does not match the recorded dates (%s)", r.status, out.Status())
	}
	return out, nil
}
