package application

import (
	"errors"
	"fmt"
	"strings"
)

// Transition is one row of the lifecycle table. Guards (materials complete,
// quote matching, findings closed, score certifiable, dates in order) come on
// top of the table: a row says that a step may be tried, a guard whether it
// succeeds.
type Transition struct {
	From  State // the state the row starts from
	Event Event // the step tried in From
	To    State // the state the step moves the application to
}

// transitions is the lifecycle, in the order of the brief's steps
// (shared/DOMAIN.md §1). Each (From, Event) pair appears at most once.
var transitions = []Transition{
	{Draft, Submit, Submitted},
	{Submitted, Return, Returned},
	{Returned, Resubmit, Submitted},
	{Submitted, Accept, Accepted},
	{Accepted, StartDocumentReview, DocumentReview},
	{DocumentReview, StartOnSiteAudit, OnSiteAudit},
	{OnSiteAudit, CompleteOnSiteAudit, PendingDecision},
	{OnSiteAudit, RequireRectification, Rectification},
	{Rectification, SubmitRectification, Rectification},
	{Rectification, ReviewRectification, Rectification},
	{Rectification, CompleteRectification, PendingDecision},
	{Rectification, RepeatStage2, OnSiteAudit},
	{PendingDecision, Certify, Certified},
	{Submitted, Reject, Rejected},
	{Accepted, Reject, Rejected},
	{DocumentReview, Reject, Rejected},
	{OnSiteAudit, Reject, Rejected},
	{Rectification, Reject, Rejected},
	{PendingDecision, Reject, Rejected},
	{Draft, Withdraw, Withdrawn},
	{Submitted, Withdraw, Withdrawn},
	{Returned, Withdraw, Withdrawn},
	{Accepted, Withdraw, Withdrawn},
	{DocumentReview, Withdraw, Withdrawn},
	{OnSiteAudit, Withdraw, Withdrawn},
	{Rectification, Withdraw, Withdrawn},
	{PendingDecision, Withdraw, Withdrawn},
}

// Transitions returns the whole lifecycle table, one row per (state, event)
// pair that the table allows, in lifecycle order. The slice is a copy: changing
// it changes nothing in the package.
func Transitions() []Transition {
	return append([]Transition(nil), transitions...)
}

// next returns the state that event e leads to from state s, and whether the
// table has such a row.
func next(s State, e Event) (State, bool) {
	for _, t := range transitions {
		if t.From == s && t.Event == e {
			return t.To, true
		}
	}
	return 0, false
}

// allowedFrom returns the events that the table allows in state s, in table
// order.
func allowedFrom(s State) []Event {
	var out []Event
	for _, t := range transitions {
		if t.From == s {
			out = append(out, t.Event)
		}
	}
	return out
}

// ErrInvalidTransition is matched by every error about a step that the
// lifecycle table does not allow in the application's current state; for
// the steps of the table the error is a [*TransitionError]
// ([Application.SelfAssess], which is not a step, wraps it directly).
var ErrInvalidTransition = errors.New("application: invalid transition")

// TransitionError reports a step tried in a state where the table has no row
// for it. It matches [ErrInvalidTransition] with errors.Is.
type TransitionError struct {
	From  State // the application's state
	Event Event // the step tried
}

// Error names the state, the event and what the state allows.
func (e *TransitionError) Error() string {
	allowed := allowedFrom(e.From)
	names := make([]string, len(allowed))
	for i, ev := range allowed {
		names[i] = ev.String()
	}
	can := "nothing (final state)"
	if len(names) > 0 {
		can = strings.Join(names, ", ")
	}
	return fmt.Sprintf("application: cannot %s in state %s: only %s allowed", e.Event, e.From, can)
}

// Is reports whether target is [ErrInvalidTransition].
func (e *TransitionError) Is(target error) bool { return target == ErrInvalidTransition }

// ErrGuard is matched by every error about a step that the table allows but
// whose condition is not met: materials incomplete, a quote that does not
// match the scheme, findings still open, a score below 达标. The error is a
// [*GuardError] naming the reason.
var ErrGuard = errors.New("application: guard failed")

// GuardError reports a step that the table allows in the current state but
// whose condition is not met. It matches [ErrGuard] with errors.Is, and
// unwraps to Err, the underlying problems (for Submit, the materials report's
// errors, which match the materials package's sentinels such as
// materials.ErrExpired).
type GuardError struct {
	Event  Event  // the step refused
	State  State  // the state it was tried in
	Reason string // what is not met, such as "materials incomplete"
	Err    error  // the underlying problems, or nil
}

// Error reads like "application: cannot submit: materials incomplete:
// business_license expired ...".
func (e *GuardError) Error() string {
	msg := fmt.Sprintf("application: cannot %s: %s", e.Event, e.Reason)
	if e.Err != nil {
		msg += ": " + strings.ReplaceAll(e.Err.Error(), "\n", "; ")
	}
	return msg
}

// Is reports whether target is [ErrGuard].
func (e *GuardError) Is(target error) bool { return target == ErrGuard }

// Unwrap returns the underlying problems, so that errors.Is and errors.As
// reach them.
func (e *GuardError) Unwrap() error { return e.Err }
