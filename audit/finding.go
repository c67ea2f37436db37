package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/enum"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/google/uuid"
)

// Severity grades a finding [17021].
type Severity uint8

// The severities. Value 0 is reserved for "unknown".
const (
	// Major is a major nonconformity (严重不符合): it affects the system's
	// ability to deliver its intended results. It must be verified as
	// corrected and effective before a decision to certify.
	Major Severity = iota + 1
	// Minor is a minor nonconformity (一般不符合): it does not. Its action plan
	// must be accepted before a decision to certify.
	Minor
	// Observation is an observation (观察项): not a nonconformity, no action
	// required.
	Observation
)

var severityLabels = enum.New[Severity]("audit", "severity",
	enum.Label{Code: "major", Chinese: "严重不符合", English: "Major nonconformity"},
	enum.Label{Code: "minor", Chinese: "一般不符合", English: "Minor nonconformity"},
	enum.Label{Code: "observation", Chinese: "观察项", English: "Observation"},
).Wrapping(ErrUnknownCode)

// Severities returns every severity, most severe first.
func Severities() []Severity { return severityLabels.Values() }

// ParseSeverity returns the severity whose code is code ("major", "minor",
// "observation"). An unknown code is an error that names it.
func ParseSeverity(code string) (Severity, error) { return severityLabels.Parse(code) }

// String returns the severity's code, such as "major", or "severity(N)" for
// an unknown value.
func (s Severity) String() string { return severityLabels.String(s) }

// Chinese returns the severity's Chinese name, such as "严重不符合".
func (s Severity) Chinese() string { return severityLabels.Label(s).Chinese }

// English returns the severity's English name, such as "Major nonconformity".
func (s Severity) English() string { return severityLabels.Label(s).English }

// IsValid reports whether s is one of the named severities.
func (s Severity) IsValid() bool { return severityLabels.Valid(s) }

// MarshalText returns the severity's code; an unknown severity is an error.
func (s Severity) MarshalText() ([]byte, error) { return severityLabels.Marshal(s) }

// UnmarshalText parses a severity code; on error s is unchanged.
func (s *Severity) UnmarshalText(text []byte) error { return severityLabels.Unmarshal(s, text) }

// Nonconformity reports whether s is a nonconformity (Major or Minor), which
// needs action and has a due date.
func (s Severity) Nonconformity() bool { return s == Major || s == Minor }

// FindingStatus is where a finding stands. Being overdue is not a status but
// a question asked on a date: [Finding.OverdueOn].
type FindingStatus uint8

// The finding statuses. Value 0 is reserved for "unknown".
const (
	// Open: raised, nothing received yet.
	Open FindingStatus = iota + 1
	// ActionSubmitted: the auditee sent its correction and corrective action.
	ActionSubmitted
	// Accepted: the CB accepted the action plan of a minor nonconformity.
	Accepted
	// Verified: the CB verified the correction as done and effective.
	Verified
	// Closed: nothing more to do.
	Closed
)

var findingStatusLabels = enum.New[FindingStatus]("audit", "finding status",
	enum.Label{Code: "open", Chinese: "待整改", English: "Open"},
	enum.Label{Code: "action_submitted", Chinese: "已提交整改", English: "Action submitted"},
	enum.Label{Code: "accepted", Chinese: "整改计划已接受", English: "Action plan accepted"},
	enum.Label{Code: "verified", Chinese: "已验证有效", English: "Verified"},
	enum.Label{Code: "closed", Chinese: "已关闭", English: "Closed"},
).Wrapping(ErrUnknownCode)

// FindingStatuses returns every finding status in lifecycle order.
func FindingStatuses() []FindingStatus { return findingStatusLabels.Values() }

// ParseFindingStatus returns the status whose code is code ("open",
// "action_submitted", "accepted", "verified", "closed"). An unknown code is
// an error that names it.
func ParseFindingStatus(code string) (FindingStatus, error) { return findingStatusLabels.Parse(code) }

// String returns the status's code, such as "action_submitted", or
// "finding status(N)" for an unknown value.
func (s FindingStatus) String() string { return findingStatusLabels.String(s) }

// Chinese returns the status's Chinese name, such as "已提交整改".
func (s FindingStatus) Chinese() string { return findingStatusLabels.Label(s).Chinese }

// English returns the status's English name, such as "Action submitted".
func (s FindingStatus) English() string { return findingStatusLabels.Label(s).English }

// IsValid reports whether s is one of the named statuses.
func (s FindingStatus) IsValid() bool { return findingStatusLabels.Valid(s) }

// MarshalText returns the status's code; an unknown status is an error.
func (s FindingStatus) MarshalText() ([]byte, error) { return findingStatusLabels.Marshal(s) }

// UnmarshalText parses a status code; on error s is unchanged.
func (s *FindingStatus) UnmarshalText(text []byte) error {
	return findingStatusLabels.Unmarshal(s, text)
}

// ErrInvalidFinding is matched by every error [NewFinding] returns and by
// errors decoding a finding's fields.
var ErrInvalidFinding = errors.New("audit: invalid finding")

// ErrFindingState is matched by every error a finding's transitions return;
// each is also a [*FindingError].
var ErrFindingState = errors.New("audit: finding transition not allowed")

// FindingError says why a transition of a finding was refused.
type FindingError struct {
	ID       uuid.UUID     // the finding's ID; uuid.Nil for the zero finding
	Severity Severity      // the finding's severity
	Status   FindingStatus // the finding's status when the transition was tried
	Op       string        // the operation: "submit action for", "accept", "verify" or "close"
	Reason   string        // why it was refused, such as "no action has been submitted"
}

// Error returns a message such as "audit: finding transition not allowed:
// close finding 0f… (major, open): the major has not been verified".
func (e *FindingError) Error() string {
	return fmt.Sprintf("%s: %s finding %s (%s, %s): %s", ErrFindingState, e.Op, e.ID, e.Severity, e.Status, e.Reason)
}

// Unwrap returns [ErrFindingState].
func (e *FindingError) Unwrap() error { return ErrFindingState }

// Finding is one finding of an audit and its way to closure. It is an
// immutable value: the transitions ([Finding.SubmitAction],
// [Finding.Accept], [Finding.Verify], [Finding.Close]) return a new Finding
// and leave the receiver as it was, also when they fail. The zero Finding is
// invalid (its ID is uuid.Nil).
//
// The ways through [17021]:
//
//	major:       open → action_submitted → verified → closed
//	minor:       open → action_submitted → accepted → closed
//	             (Verify is also allowed after the action was submitted or accepted)
//	observation: open → closed (no action, no due date)
//
// Each transition is dated on or after the previous one (and so on or after
// the raise date), which makes [Finding.StatusOn] well defined.
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

// NewFinding returns an open finding raised on raisedOn. For a nonconformity
// the due date is policy.DueOn(raisedOn) (30 days by default): findings are
// reported at the closing meeting, so raisedOn is normally the audit's last
// day, from which the response time counts ([Audit.Raise] uses it). An
// observation has no due date (zero DueOn). Dates are kept as calendar dates
// (midnight in their own location).
//
// Errors (all reported, joined, each matching [ErrInvalidFinding]): id is
// uuid.Nil; an unknown severity; an empty (blank) clause or statement; an
// empty evidence for a nonconformity; a zero raisedOn; an invalid policy.
func NewFinding(id uuid.UUID, severity Severity, clause, statement, evidence string, raisedOn time.Time, policy RectificationPolicy) (Finding, error) {
	var errs []error
	if err := policy.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrInvalidFinding, err))
	}
	var due time.Time
	if severity.Nonconformity() && !raisedOn.IsZero() {
		due = policy.DueOn(raisedOn)
	}
	f, err := newFinding(id, severity, clause, statement, evidence, raisedOn, due)
	if err != nil {
		errs = append(errs, err)
	}
	if len(errs) > 0 {
		return Finding{}, errors.Join(errs...)
	}
	return f, nil
}

// newFinding validates and builds an open finding with an explicit due date
// (used by NewFinding and by JSON decoding, which keeps the stored due date).
func newFinding(id uuid.UUID, severity Severity, clause, statement, evidence string, raisedOn, dueOn time.Time) (Finding, error) {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidFinding}, args...)...))
	}
	if id == uuid.Nil {
		bad("id is nil")
	}
	if !severity.IsValid() {
		bad("unknown severity %d", uint8(severity))
	}
	if strings.TrimSpace(clause) == "" {
		bad("clause is empty")
	}
	if strings.TrimSpace(statement) == "" {
		bad("statement is empty")
	}
	if severity.Nonconformity() && strings.TrimSpace(evidence) == "" {
		bad("a %s needs evidence", severity)
	}
	if raisedOn.IsZero() {
		bad("raised-on date is zero")
	}
	switch {
	case !severity.IsValid():
	case severity.Nonconformity() && dueOn.IsZero():
		bad("a %s needs a due date", severity)
	case severity.Nonconformity() && !raisedOn.IsZero() && calendar.Before(dueOn, raisedOn):
		bad("due date %s is before the raised-on date %s", calendar.Format(dueOn), calendar.Format(raisedOn))
	case !severity.Nonconformity() && !dueOn.IsZero():
		bad("an observation has no due date (got %s)", calendar.Format(dueOn))
	}
	if len(errs) > 0 {
		return Finding{}, errors.Join(errs...)
	}
	f := Finding{
		id:        id,
		severity:  severity,
		clause:    clause,
		statement: statement,
		evidence:  evidence,
		raisedOn:  calendar.Date(raisedOn),
	}
	if !dueOn.IsZero() {
		f.dueOn = calendar.Date(dueOn)
	}
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
// item with the given code (see [Evaluation].Deductions): each deduction
// item is also a nonconformity to rectify [27922], and a decision to
// certify needs a settled finding for each ([Recommend]). The link is made
// when the finding is raised, so f must be open.
//
// Errors (matching [ErrInvalidFinding]): the zero Finding; an observation
// (not a nonconformity); a finding that is not open; a code that is not
// snake_case. f is unchanged either way.
func (f Finding) WithDeduction(code string) (Finding, error) {
	switch {
	case f.id == uuid.Nil:
		return f, fmt.Errorf("%w: the zero finding rectifies no deduction item", ErrInvalidFinding)
	case !f.severity.Nonconformity():
		return f, fmt.Errorf("%w: finding %s is an observation; a deduction item %q is rectified by a nonconformity",
			ErrInvalidFinding, f.id, code)
	case f.Status() != Open:
		return f, fmt.Errorf("%w: finding %s is %s; it is linked to deduction item %q when it is raised, while open",
			ErrInvalidFinding, f.id, f.Status(), code)
	case !scValidCode(code):
		return f, fmt.Errorf("%w: finding %s: deduction item %q: the code must be snake_case", ErrInvalidFinding, f.id, code)
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

// Equal reports whether f and other are the same finding in the same state
// (dates compared as calendar dates).
func (f Finding) Equal(other Finding) bool {
	sameDate := func(a, b time.Time) bool {
		if a.IsZero() || b.IsZero() {
			return a.IsZero() == b.IsZero()
		}
		return calendar.Same(a, b)
	}
	return f.id == other.id && f.severity == other.severity && f.clause == other.clause &&
		f.statement == other.statement && f.evidence == other.evidence && f.deduction == other.deduction &&
		f.action == other.action &&
		sameDate(f.raisedOn, other.raisedOn) && sameDate(f.dueOn, other.dueOn) &&
		sameDate(f.actionSubmittedOn, other.actionSubmittedOn) && sameDate(f.acceptedOn, other.acceptedOn) &&
		sameDate(f.verifiedOn, other.verifiedOn) && sameDate(f.closedOn, other.closedOn)
}

// lastEvent returns the date of the finding's latest event.
func (f Finding) lastEvent() time.Time {
	last := f.raisedOn
	for _, t := range []time.Time{f.actionSubmittedOn, f.acceptedOn, f.verifiedOn, f.closedOn} {
		if !t.IsZero() {
			last = calendar.Max(last, t)
		}
	}
	return last
}

// refuse returns the error of a refused transition op with its reason.
func (f Finding) refuse(op, reason string) error {
	return &FindingError{ID: f.id, Severity: f.severity, Status: f.Status(), Op: op, Reason: reason}
}

// checkDate returns the error of transition op dated on, or nil when the
// finding can take a transition on that date.
func (f Finding) checkDate(op string, on time.Time) error {
	if f.id == uuid.Nil {
		return f.refuse(op, "the zero finding has no transitions")
	}
	if on.IsZero() {
		return f.refuse(op, "date is zero")
	}
	if last := f.lastEvent(); calendar.Before(on, last) {
		return f.refuse(op, fmt.Sprintf("date %s is before the finding's last event on %s", calendar.Format(on), calendar.Format(last)))
	}
	return nil
}

// SubmitAction records that the auditee submitted its correction and
// corrective action, described by description, on on.
//
// Errors ([*FindingError], matching [ErrFindingState]): an observation (no
// action needed); a finding that is not open (an action was already
// submitted, or it is closed); an empty description; a zero date or one
// before the finding's last event.
func (f Finding) SubmitAction(on time.Time, description string) (Finding, error) {
	const op = "submit action for"
	if err := f.checkDate(op, on); err != nil {
		return f, err
	}
	switch {
	case !f.severity.Nonconformity():
		return f, f.refuse(op, "an observation needs no action")
	case f.Status() != Open:
		return f, f.refuse(op, "an action can only be submitted while the finding is open")
	case strings.TrimSpace(description) == "":
		return f, f.refuse(op, "the action description is empty")
	}
	f.action = description
	f.actionSubmittedOn = calendar.Date(on)
	return f, nil
}

// Accept records that the CB accepted the action plan of a minor
// nonconformity on on.
//
// Errors ([*FindingError], matching [ErrFindingState]): a major (it needs
// verification, [Finding.Verify]) or an observation; no action submitted
// yet; already accepted, verified or closed; a zero date or one before the
// finding's last event.
func (f Finding) Accept(on time.Time) (Finding, error) {
	const op = "accept"
	if err := f.checkDate(op, on); err != nil {
		return f, err
	}
	switch {
	case f.severity != Minor:
		return f, f.refuse(op, "only a minor nonconformity's action plan is accepted; a major is verified")
	case f.Status() == Open:
		return f, f.refuse(op, "no action has been submitted")
	case f.Status() != ActionSubmitted:
		return f, f.refuse(op, "the action is already past acceptance")
	}
	f.acceptedOn = calendar.Date(on)
	return f, nil
}

// Verify records that the CB verified on on that the correction and
// corrective action are done and effective. It is required for a major and
// allowed for a minor whose action was submitted or accepted.
//
// Errors ([*FindingError], matching [ErrFindingState]): an observation; no
// action submitted yet; already verified or closed; a zero date or one
// before the finding's last event.
func (f Finding) Verify(on time.Time) (Finding, error) {
	const op = "verify"
	if err := f.checkDate(op, on); err != nil {
		return f, err
	}
	switch {
	case !f.severity.Nonconformity():
		return f, f.refuse(op, "an observation needs no verification")
	case f.Status() == Open:
		return f, f.refuse(op, "no action has been submitted")
	case f.Status() == Verified || f.Status() == Closed:
		return f, f.refuse(op, "already verified or closed")
	}
	f.verifiedOn = calendar.Date(on)
	return f, nil
}

// Close closes the finding on on.
//
// Errors ([*FindingError], matching [ErrFindingState]): already closed; a
// major not verified; a minor neither accepted nor verified; a zero date or
// one before the finding's last event. An observation can be closed at any
// time after it was raised.
func (f Finding) Close(on time.Time) (Finding, error) {
	const op = "close"
	if err := f.checkDate(op, on); err != nil {
		return f, err
	}
	status := f.Status()
	switch {
	case status == Closed:
		return f, f.refuse(op, "already closed")
	case f.severity == Major && status != Verified:
		return f, f.refuse(op, "a major must be verified before it is closed")
	case f.severity == Minor && status != Accepted && status != Verified:
		return f, f.refuse(op, "a minor's action plan must be accepted (or verified) before it is closed")
	}
	f.closedOn = calendar.Date(on)
	return f, nil
}

type findingWire struct {
	ID                uuid.UUID `json:"id"`
	Severity          Severity  `json:"severity"`
	Clause            string    `json:"clause"`
	Statement         string    `json:"statement"`
	Evidence          string    `json:"evidence,omitempty"`
	Deduction         string    `json:"deduction,omitempty"`
	RaisedOn          string    `json:"raised_on"`
	DueOn             string    `json:"due_on,omitempty"`
	Status            string    `json:"status"`
	Action            string    `json:"action,omitempty"`
	ActionSubmittedOn string    `json:"action_submitted_on,omitempty"`
	AcceptedOn        string    `json:"accepted_on,omitempty"`
	VerifiedOn        string    `json:"verified_on,omitempty"`
	ClosedOn          string    `json:"closed_on,omitempty"`
}

func fdFormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return calendar.Format(t)
}

// MarshalJSON writes the finding as an object with snake_case keys; dates
// are "YYYY-MM-DD" and absent ones are left out, as are an empty evidence
// and "deduction" for a finding that rectifies no deduction item; "status"
// is the current status (informative: decoding checks it against the
// dates). The zero Finding is an error.
func (f Finding) MarshalJSON() ([]byte, error) {
	if f.id == uuid.Nil {
		return nil, fmt.Errorf("%w: cannot encode the zero finding", ErrInvalidFinding)
	}
	return json.Marshal(findingWire{
		ID:                f.id,
		Severity:          f.severity,
		Clause:            f.clause,
		Statement:         f.statement,
		Evidence:          f.evidence,
		Deduction:         f.deduction,
		RaisedOn:          fdFormatDate(f.raisedOn),
		DueOn:             fdFormatDate(f.dueOn),
		Status:            f.Status().String(),
		Action:            f.action,
		ActionSubmittedOn: fdFormatDate(f.actionSubmittedOn),
		AcceptedOn:        fdFormatDate(f.acceptedOn),
		VerifiedOn:        fdFormatDate(f.verifiedOn),
		ClosedOn:          fdFormatDate(f.closedOn),
	})
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly (unknown or
// repeated fields are errors), and rebuilds the finding through the same
// validation and transitions code uses: the open finding, then each recorded
// transition in order, so that JSON cannot produce a finding code could not.
// The stored due date is kept (the policy is not stored). Dates decode as
// midnight UTC: the original location is not kept. On error f is unchanged.
func (f *Finding) UnmarshalJSON(data []byte) error {
	var w findingWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidFinding, err)
	}
	var errs []error
	date := func(name, s string, required bool) time.Time {
		if s == "" {
			if required {
				errs = append(errs, fmt.Errorf("%w: %s is missing", ErrInvalidFinding, name))
			}
			return time.Time{}
		}
		t, err := calendar.Parse(s, nil)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: %s %q is not a YYYY-MM-DD date", ErrInvalidFinding, name, s))
		}
		return t
	}
	raised := date("raised_on", w.RaisedOn, true)
	due := date("due_on", w.DueOn, false)
	submitted := date("action_submitted_on", w.ActionSubmittedOn, false)
	accepted := date("accepted_on", w.AcceptedOn, false)
	verified := date("verified_on", w.VerifiedOn, false)
	closed := date("closed_on", w.ClosedOn, false)
	status, err := ParseFindingStatus(w.Status)
	if err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrInvalidFinding, err))
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	out, err := newFinding(w.ID, w.Severity, w.Clause, w.Statement, w.Evidence, raised, due)
	if err != nil {
		return err
	}
	if w.Deduction != "" {
		if out, err = out.WithDeduction(w.Deduction); err != nil {
			return err
		}
	}
	if submitted.IsZero() != (w.Action == "") {
		return fmt.Errorf("%w: action and action_submitted_on go together", ErrInvalidFinding)
	}
	if !submitted.IsZero() {
		if out, err = out.SubmitAction(submitted, w.Action); err != nil {
			return err
		}
	}
	if !accepted.IsZero() {
		if out, err = out.Accept(accepted); err != nil {
			return err
		}
	}
	if !verified.IsZero() {
		if out, err = out.Verify(verified); err != nil {
			return err
		}
	}
	if !closed.IsZero() {
		if out, err = out.Close(closed); err != nil {
			return err
		}
	}
	if out.Status() != status {
		return fmt.Errorf("%w: status %q does not match the recorded dates (%s)", ErrInvalidFinding, status, out.Status())
	}
	*f = out
	return nil
}
