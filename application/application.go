package application

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/materials"
)

// ErrInvalidDate is matched by every error about a step's date: a zero date,
// or a date before the application's latest recorded date (dates never go
// backwards; the same day is fine).
var ErrInvalidDate = errors.New("application: invalid date")

// ErrInvalidID is matched by the error [New] and [Application.Certify] return
// for uuid.Nil.
var ErrInvalidID = errors.New("application: invalid id")

// Record is one entry of an application's history ([Application.History]).
type Record struct {
	// Event is the step taken.
	Event Event
	// From is the state before the step.
	From State
	// To is the state after the step.
	To State
	// On is the date of the step: midnight of the date passed to the step,
	// in that date's location (a history decoded from JSON has midnight
	// UTC). Never zero, and never before the previous record's date or the
	// application's creation date (the same day is fine).
	On time.Time
	// Actor is who took the step, [Event.Actor] of Event: the applicant or
	// the certification body.
	Actor Actor
	// Reasons are the reasons given: one or more for Return, exactly one for
	// Reject and Withdraw, none of them blank; nil for the other steps.
	Reasons []string
}

// step is a Record with the inputs the step was given, so that a history can
// be replayed (JSON decoding replays it through the same methods).
type step struct {
	Record
	materials []materials.Material // Submit, Resubmit
	request   fees.Request         // Accept
	quote     fees.Quote           // Accept
	findings  []audit.Finding      // CompleteOnSiteAudit, RequireRectification, SubmitRectification, ReviewRectification
	result    audit.Result         // Certify
	certID    uuid.UUID            // Certify
	number    string               // Certify
}

// Application is one applicant's application for certification under a
// scheme: its state, its history, and what the steps brought in (the latest
// materials, the accepted quote, the stage 2 findings, the result and the
// certificate).
//
// An Application is an immutable value: every step returns a new one and
// leaves the receiver as it was, also when the step fails. Slices handed in
// are copied, slices handed out are copies. The zero Application is not
// valid (its State is 0 and every step fails); build one with [New].
// Applications are safe for concurrent use.
type Application struct {
	id        uuid.UUID
	applicant Applicant
	scheme    Scheme
	created   time.Time
	state     State
	steps     []step

	materials []materials.Material
	request   fees.Request
	quote     fees.Quote
	quoted    bool
	stage1On  time.Time     // the day stage 1 began
	stage2On  time.Time     // the day the latest stage 2 began
	stage2    audit.Audit   // the latest stage 2 audit, once it ended
	ended     bool          // stage2 holds the latest stage 2
	earlier   []audit.Audit // stage 2 audits that had to be repeated
	result    audit.Result
	rated     bool
	cert      certificate.Certificate
	certified bool

	// replaying is set only while Decode replays a history: Decode never
	// uses a value again once a step succeeded, so record may append in
	// place instead of copying the history at every step (which would make
	// decoding quadratic in the length of the history).
	replaying bool
}

// New starts an application in [Draft] for applicant a under scheme s, on the
// date on. The history starts empty: creation is not a step.
//
// Errors: id is uuid.Nil ([ErrInvalidID]); a fails [Applicant.Validate]
// ([ErrInvalidApplicant]); s fails [Scheme.Validate] ([ErrInvalidScheme]);
// on is zero ([ErrInvalidDate]). All problems are reported, joined.
func New(id uuid.UUID, a Applicant, s Scheme, on time.Time) (Application, error) {
	var errs []error
	if id == uuid.Nil {
		errs = append(errs, fmt.Errorf("%w: the application id is uuid.Nil", ErrInvalidID))
	}
	if err := a.Validate(); err != nil {
		errs = append(errs, err)
	}
	if err := s.Validate(); err != nil {
		errs = append(errs, err)
	}
	if on.IsZero() {
		errs = append(errs, fmt.Errorf("%w: the creation date is zero", ErrInvalidDate))
	}
	if len(errs) > 0 {
		return Application{}, errors.Join(errs...)
	}
	return Application{
		id:        id,
		applicant: a,
		scheme:    s.clone(),
		created:   calendar.Date(on),
		state:     Draft,
	}, nil
}

// ID returns the application's id.
func (a Application) ID() uuid.UUID { return a.id }

// Applicant returns the applicant.
func (a Application) Applicant() Applicant { return a.applicant }

// Scheme returns the scheme the application runs under.
func (a Application) Scheme() Scheme { return a.scheme.clone() }

// Created returns the date the application was started.
func (a Application) Created() time.Time { return a.created }

// State returns the current state.
func (a Application) State() State { return a.state }

// History returns every step taken, oldest first (a copy).
func (a Application) History() []Record {
	out := make([]Record, len(a.steps))
	for i, s := range a.steps {
		out[i] = s.Record
		out[i].Reasons = slices.Clone(s.Reasons)
	}
	return out
}

// LastDate returns the date of the latest step, or the creation date when no
// step has been taken. A step may not be dated before it.
func (a Application) LastDate() time.Time {
	if n := len(a.steps); n > 0 {
		return a.steps[n-1].On
	}
	return a.created
}

// Allowed returns the events that the lifecycle table allows in the current
// state, in table order. Guards are not evaluated: an allowed step may still
// fail with [ErrGuard].
func (a Application) Allowed() []Event { return allowedFrom(a.state) }

// Materials returns the materials of the latest Submit or Resubmit (a deep
// copy), or nil before the first submission.
func (a Application) Materials() []materials.Material { return cloneMaterials(a.materials) }

// Quote returns the accepted quote and the request it was worked out from,
// and false before Accept.
func (a Application) Quote() (fees.Request, fees.Quote, bool) {
	if !a.quoted {
		return fees.Request{}, fees.Quote{}, false
	}
	return cloneRequest(a.request), cloneQuote(a.quote), true
}

// Stage1 returns the day the document review (stage 1) began, and false
// before it did.
func (a Application) Stage1() (time.Time, bool) { return a.stage1On, !a.stage1On.IsZero() }

// Stage2 returns the day the latest on-site audit (stage 2) began, and false
// before stage 2 began.
func (a Application) Stage2() (time.Time, bool) { return a.stage2On, !a.stage2On.IsZero() }

// Audits returns the record of every stage 2 audit that ended, oldest first:
// those that had to be repeated, then the latest. The latest carries its
// findings as they stand and, once certified, the result the decision was
// made on.
func (a Application) Audits() []audit.Audit {
	out := slices.Clone(a.earlier)
	if a.ended {
		out = append(out, a.stage2)
	}
	return out
}

// Findings returns the findings of the latest stage 2 audit as they stand,
// or nil before it ended. A repeated stage 2 starts afresh; the findings of
// the earlier one stay in [Application.Audits].
func (a Application) Findings() []audit.Finding {
	if !a.ended {
		return nil
	}
	return a.stage2.Findings()
}

// Result returns the audit result the certification decision was made on, and
// false before Certify.
func (a Application) Result() (audit.Result, bool) { return a.result, a.rated }

// Certificate returns the certificate issued by Certify, and false before.
func (a Application) Certificate() (certificate.Certificate, bool) { return a.cert, a.certified }

// begin checks that event e may be taken on the date on: the table has a row
// for it in the current state, and on is not zero and not before the latest
// recorded date. It returns the target state.
func (a Application) begin(e Event, on time.Time) (State, error) {
	to, ok := next(a.state, e)
	if !ok {
		return 0, &TransitionError{From: a.state, Event: e}
	}
	if on.IsZero() {
		return 0, fmt.Errorf("%w: %s on a zero date", ErrInvalidDate, e)
	}
	if last := a.LastDate(); calendar.Before(on, last) {
		return 0, fmt.Errorf("%w: %s on %s, before the latest step on %s (dates never go backwards)",
			ErrInvalidDate, e, calendar.Format(on), calendar.Format(last))
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

// guard builds the *GuardError for e in the current state.
func (a Application) guard(e Event, reason string, err error) error {
	return &GuardError{Event: e, State: a.state, Reason: reason, Err: err}
}

// checkReasons refuses an empty list of reasons or a blank one.
func (a Application) checkReasons(e Event, reasons []string) error {
	if len(reasons) == 0 {
		return a.guard(e, "a reason is required", nil)
	}
	for i, r := range reasons {
		if strings.TrimSpace(r) == "" {
			return a.guard(e, fmt.Sprintf("reason %d is blank", i+1), nil)
		}
	}
	return nil
}

// Return sends a submitted application back to the applicant to be completed
// (brief step 3), with at least one reason, such as "satisfaction report for
// 2025 missing". State: Submitted → Returned.
//
// Errors: not Submitted ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); no reason or a blank one ([ErrGuard]).
func (a Application) Return(on time.Time, reasons []string) (Application, error) {
	to, err := a.begin(Return, on)
	if err != nil {
		return a, err
	}
	if err := a.checkReasons(Return, reasons); err != nil {
		return a, err
	}
	return a.record(a.newStep(Return, to, on, reasons)), nil
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
	out := a.record(a.newStep(StartDocumentReview, to, on, nil))
	out.stage1On = calendar.Date(on)
	return out, nil
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

// Reject records the body's refusal to certify, with a reason (for example a
// score below 达标, or majors that were never corrected). State: any state
// under the body's review (Submitted, Accepted, DocumentReview, OnSiteAudit,
// Rectification, PendingDecision) → Rejected, final.
//
// Errors: a state without a reject row ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); a blank reason ([ErrGuard]).
func (a Application) Reject(on time.Time, reason string) (Application, error) {
	to, err := a.begin(Reject, on)
	if err != nil {
		return a, err
	}
	if err := a.checkReasons(Reject, []string{reason}); err != nil {
		return a, err
	}
	return a.record(a.newStep(Reject, to, on, []string{reason})), nil
}

// Withdraw records the applicant's withdrawal, with a reason, from any state
// that is not final. State: → Withdrawn, final.
//
// Errors: a final state ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); a blank reason ([ErrGuard]).
func (a Application) Withdraw(on time.Time, reason string) (Application, error) {
	to, err := a.begin(Withdraw, on)
	if err != nil {
		return a, err
	}
	if err := a.checkReasons(Withdraw, []string{reason}); err != nil {
		return a, err
	}
	return a.record(a.newStep(Withdraw, to, on, []string{reason})), nil
}

// cloneMaterials copies the list and each material's sections.
func cloneMaterials(in []materials.Material) []materials.Material {
	if in == nil {
		return nil
	}
	out := make([]materials.Material, len(in))
	for i, m := range in {
		m.Sections = slices.Clone(m.Sections)
		out[i] = m
	}
	return out
}
