package audit

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/google/uuid"
)

// The lifecycle of a finding [17021] (package documentation, "Findings and
// rectification") is the table below: a transition is allowed when a row
// starts from the finding's status and lists its severity. Each transition
// records its date; the status is read back from the dates recorded
// ([Finding.Status]), so each row's To is the status its date gives.

// step is a transition of a finding.
type step uint8

const (
	submitAction step = iota + 1 // the auditee submits correction and corrective action
	accept                       // the CB accepts a minor's action plan
	verify                       // the CB verifies the correction as done and effective
	closeFinding                 // the CB closes the finding
)

// steps are the transitions in lifecycle order: the name a refusal gives,
// and the date each one records.
var steps = [...]struct {
	op   string
	date func(f *Finding) *time.Time
}{
	submitAction: {"submit action for", func(f *Finding) *time.Time { return &f.actionSubmittedOn }},
	accept:       {"accept", func(f *Finding) *time.Time { return &f.acceptedOn }},
	verify:       {"verify", func(f *Finding) *time.Time { return &f.verifiedOn }},
	closeFinding: {"close", func(f *Finding) *time.Time { return &f.closedOn }},
}

// lifecycleRow is one allowed transition: from a status, by a step, to a
// status, for the severities listed.
type lifecycleRow struct {
	from       FindingStatus
	step       step
	to         FindingStatus
	severities []Severity
}

var (
	nonconformities = []Severity{Major, Minor}
	minorOnly       = []Severity{Minor}
	observationOnly = []Severity{Observation}
)

// lifecycle is the whole finding lifecycle, as data.
var lifecycle = [...]lifecycleRow{
	{Open, submitAction, ActionSubmitted, nonconformities},
	{ActionSubmitted, accept, Accepted, minorOnly},
	{ActionSubmitted, verify, Verified, nonconformities},
	{Accepted, verify, Verified, minorOnly},
	{Verified, closeFinding, Closed, nonconformities},
	{Accepted, closeFinding, Closed, minorOnly},
	{Open, closeFinding, Closed, observationOnly},
}

// refusals say why the lifecycle has no row for a step: the first that
// matches the step, the severity (0: any) and the status (0: any).
var refusals = [...]struct {
	step     step
	severity Severity
	status   FindingStatus
	reason   string
}{
	{submitAction, Observation, 0, "an observation needs no action"},
	{submitAction, 0, 0, "an action can only be submitted while the finding is open"},
	{accept, Major, 0, "only a minor nonconformity's action plan is accepted; a major is verified"},
	{accept, Observation, 0, "only a minor nonconformity's action plan is accepted; an observation has none"},
	{accept, 0, Open, "no action has been submitted"},
	{accept, 0, 0, "the action is already past acceptance"},
	{verify, Observation, 0, "an observation needs no verification"},
	{verify, 0, Open, "no action has been submitted"},
	{verify, 0, 0, "already verified or closed"},
	{closeFinding, 0, Closed, "already closed"},
	{closeFinding, Major, 0, "a major must be verified before it is closed"},
	{closeFinding, Minor, 0, "a minor's action plan must be accepted (or verified) before it is closed"},
}

// allows reports whether the lifecycle has a row for step s from status for
// severity.
func allows(status FindingStatus, s step, severity Severity) bool {
	return slices.ContainsFunc(lifecycle[:], func(r lifecycleRow) bool {
		return r.from == status && r.step == s && slices.Contains(r.severities, severity)
	})
}

// whyNot says why step s is refused from status for severity.
func whyNot(status FindingStatus, s step, severity Severity) string {
	for _, r := range refusals {
		if r.step == s && (r.severity == 0 || r.severity == severity) && (r.status == 0 || r.status == status) {
			return r.reason
		}
	}
	return "not allowed from " + status.String()
}

// ErrFindingState is matched by every error a finding's transitions return;
// each is also a [*FindingError].
var ErrFindingState = errors.New("audit: finding transition not allowed")

// FindingError says why a transition of a finding was refused. It matches
// [ErrFindingState] with errors.Is.
type FindingError struct {
	ID       uuid.UUID     // the finding's ID; uuid.Nil for the zero finding
	Severity Severity      // the finding's severity
	Status   FindingStatus // the finding's status when the transition was tried
	Op       string        // the transition: "submit action for", "accept", "verify" or "close"
	Reason   string        // why it was refused, such as "no action has been submitted"
}

// Error returns a message such as "audit: finding transition not allowed:
// close finding 0f… (major, open): a major must be verified before it is
// closed".
func (e *FindingError) Error() string {
	return fmt.Sprintf("%s: %s finding %s (%s, %s): %s", ErrFindingState, e.Op, e.ID, e.Severity, e.Status, e.Reason)
}

// Is reports whether target is [ErrFindingState].
func (e *FindingError) Is(target error) bool { return target == ErrFindingState }

// refuse returns the error of a refused step s with its reason.
func (f Finding) refuse(s step, reason string) error {
	return &FindingError{ID: f.id, Severity: f.severity, Status: f.Status(), Op: steps[s].op, Reason: reason}
}

// take returns f with step s recorded on the date on, or the reason the
// date or the lifecycle refuses it.
func (f Finding) take(s step, on time.Time) (Finding, error) {
	if err := f.checkDate(s, on); err != nil {
		return f, err
	}
	if status := f.Status(); !allows(status, s, f.severity) {
		return f, f.refuse(s, whyNot(status, s, f.severity))
	}
	*steps[s].date(&f) = calendar.Date(on)
	return f, nil
}

// checkDate returns the error of step s dated on, or nil when the finding
// can take a step on that date: on or after its last event.
func (f Finding) checkDate(s step, on time.Time) error {
	if f.IsZero() {
		return f.refuse(s, "the zero finding has no transitions")
	}
	if err := calendar.Check(on); err != nil {
		return f.refuse(s, "date "+err.Error())
	}
	if last := f.lastEvent(); calendar.Before(on, last) {
		return f.refuse(s, fmt.Sprintf("date %s is before the finding's last event on %s", calendar.Format(on), calendar.Format(last)))
	}
	return nil
}

// lastEvent returns the date of the finding's latest event.
func (f Finding) lastEvent() time.Time {
	last := f.raisedOn
	for s := submitAction; s <= closeFinding; s++ {
		if t := *steps[s].date(&f); !t.IsZero() {
			last = calendar.Max(last, t)
		}
	}
	return last
}
