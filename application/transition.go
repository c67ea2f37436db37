package application

import "slices"

// Transition is one row of the lifecycle table. Guards (materials complete,
// quote matching, findings closed, score certifiable, dates in order) come on
// top of the table: a row says that a step may be tried, a guard whether it
// succeeds.
type Transition struct {
	From  State // the state the row starts from
	Event Event // the step tried in From
	To    State // the state the step moves the application to
}

// transitions is the lifecycle, in the order of the brief's steps [brief].
// Each (From, Event) pair appears at most once.
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
func Transitions() []Transition { return slices.Clone(transitions) }

// next returns the state that event e leads to from state s, and whether the
// table has such a row.
func next(s State, e Event) (State, bool) {
	i := slices.IndexFunc(transitions, func(t Transition) bool { return t.From == s && t.Event == e })
	if i < 0 {
		return 0, false
	}
	return transitions[i].To, true
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

// IsFinal reports whether no event leaves s: Certified, Rejected and
// Withdrawn. It is derived from the transition table.
func (s State) IsFinal() bool {
	return s.IsValid() && !slices.ContainsFunc(transitions, func(t Transition) bool { return t.From == s })
}

// Actor returns who takes step e: the applicant (Submit, Resubmit,
// SubmitRectification, Withdraw) or the certification body (every other
// step); 0 for an e that is not valid. Each step records one actor's doing
// only (see "The lifecycle table" in the package doc).
func (e Event) Actor() Actor {
	switch e {
	case Submit, Resubmit, SubmitRectification, Withdraw:
		return ByApplicant
	case Return, Accept, StartDocumentReview, StartOnSiteAudit, CompleteOnSiteAudit,
		RequireRectification, ReviewRectification, CompleteRectification, RepeatStage2, Certify, Reject:
		return ByBody
	default:
		return 0
	}
}
