package application

import (
	"slices"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
)

// begin checks that event e may be taken on the date on, in the order "The
// lifecycle table" in the package doc gives: the table has a row for it in
// the current state, then on is a usable date not before the latest
// recorded one. It returns the target state.
func (a Application) begin(e Event, on time.Time) (State, error) {
	to, ok := next(a.state, e)
	if !ok {
		return 0, &TransitionError{From: a.state, Event: e}
	}
	if err := checkDate("on", on); err != nil {
		return 0, err
	}
	if last := a.LastDate(); calendar.Before(on, last) {
		return 0, errs.New(ErrInvalidDate, "on", "%s on %s is before the latest step on %s (dates never go backwards)",
			e, calendar.Format(on), calendar.Format(last))
	}
	return to, nil
}

// record returns a copy of a in state s.To with s appended to the history.
// The history slice is clipped first so that two successors of one value
// never share a backing array (except while Decode replays, see replaying).
func (a Application) record(s step) Application {
	a.state = s.To
	if a.replaying {
		a.steps = append(a.steps, s)
	} else {
		a.steps = append(slices.Clip(a.steps), s)
	}
	return a
}

// newStep starts the step record of e from the current state to to on on.
func (a Application) newStep(e Event, to State, on time.Time, reasons []string) step {
	return step{Record: Record{
		Event:   e,
		From:    a.state,
		To:      to,
		On:      calendar.Date(on),
		Actor:   e.Actor(),
		Reasons: slices.Clone(reasons),
	}}
}

// guard returns the *GuardError refusing e in the current state because of
// the input field (empty for the application as a whole).
func (a Application) guard(e Event, field, reason string, err error) error {
	return &GuardError{Event: e, State: a.state, Field: field, Reason: reason, Err: err}
}

// checkReasons refuses an empty list of reasons and a reason that is blank
// or not valid UTF-8, naming it ("reasons[1]").
func (a Application) checkReasons(e Event, reasons []string) error {
	if len(reasons) == 0 {
		return a.guard(e, "reasons", "a reason is required", nil)
	}
	for i, r := range reasons {
		if err := text.Required(r); err != nil {
			return a.guard(e, errs.Index("reasons", i), err.Error(), nil)
		}
	}
	return nil
}

// withReasons records e with its reasons, checked first.
func (a Application) withReasons(e Event, on time.Time, reasons []string) (Application, error) {
	to, err := a.begin(e, on)
	if err != nil {
		return a, err
	}
	if err := a.checkReasons(e, reasons); err != nil {
		return a, err
	}
	return a.record(a.newStep(e, to, on, reasons)), nil
}

// Return sends a submitted application back to the applicant to be completed
// (brief step 3), with at least one reason, such as "satisfaction report for
// 2025 missing". State: Submitted → Returned.
//
// Errors: not Submitted ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); no reason, or one that is blank or not valid UTF-8
// ([ErrGuard], naming it: "reasons[1]").
func (a Application) Return(on time.Time, reasons []string) (Application, error) {
	return a.withReasons(Return, on, reasons)
}

// Reject records the body's refusal to certify, with a reason (for example a
// score below 达标, or majors that were never corrected). State: any state
// under the body's review (Submitted, Accepted, DocumentReview, OnSiteAudit,
// Rectification, PendingDecision) → Rejected, final.
//
// Errors: a state without a reject row ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); a reason that is blank or not valid UTF-8 ([ErrGuard],
// "reasons[0]").
func (a Application) Reject(on time.Time, reason string) (Application, error) {
	return a.withReasons(Reject, on, []string{reason})
}

// Withdraw records the applicant's withdrawal, with a reason, from any state
// that is not final. State: → Withdrawn, final.
//
// Errors: a final state ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); a reason that is blank or not valid UTF-8 ([ErrGuard],
// "reasons[0]").
func (a Application) Withdraw(on time.Time, reason string) (Application, error) {
	return a.withReasons(Withdraw, on, []string{reason})
}

// StartDocumentReview records the start of the stage 1 audit, the review of
// the documents (brief step 4). State: Accepted → DocumentReview.
//
// Errors: not Accepted ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]).
func (a Application) StartDocumentReview(on time.Time) (Application, error) {
	to, err := a.begin(StartDocumentReview, on)
	if err != nil {
		return a, err
	}
	return a.record(a.newStep(StartDocumentReview, to, on, nil)), nil
}

// StartOnSiteAudit records the start of the stage 2 audit on site (brief
// step 4). State: DocumentReview → OnSiteAudit.
//
// Errors: not in DocumentReview ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]).
func (a Application) StartOnSiteAudit(on time.Time) (Application, error) {
	to, err := a.begin(StartOnSiteAudit, on)
	if err != nil {
		return a, err
	}
	out := a.record(a.newStep(StartOnSiteAudit, to, on, nil))
	out.stage2On = calendar.Date(on)
	return out, nil
}
