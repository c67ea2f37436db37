package application

import (
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/materials"
)

// Record is one entry of an application's history ([Application.History]).
type Record struct {
	Event Event     // the step taken
	From  State     // the state before the step
	To    State     // the state after the step
	On    time.Time // the step's date: midnight of the date given, in its location (UTC once decoded)
	Actor Actor     // who took the step: Event.Actor()
	// Reasons are the reasons given: one or more for Return, exactly one
	// for Reject and Withdraw, none of them blank; nil for the other steps.
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
	result    audit.Result         // Certify under a graded scheme
	certID    uuid.UUID            // Certify
	number    string               // Certify
}

// equal reports whether s and o record the same step with the same inputs,
// dates compared as calendar dates and values with their Equal methods.
func (s step) equal(o step) bool {
	return s.Event == o.Event && s.From == o.From && s.To == o.To && calendar.Same(s.On, o.On) &&
		s.Actor == o.Actor && slices.Equal(s.Reasons, o.Reasons) &&
		slices.EqualFunc(s.materials, o.materials, materials.Material.Equal) &&
		s.request.Equal(o.request) && s.quote.Equal(o.quote) &&
		slices.EqualFunc(s.findings, o.findings, audit.Finding.Equal) &&
		s.result.Equal(o.result) && s.certID == o.certID && s.number == o.number
}

// Application is one applicant's application for certification under a
// scheme: its state, its history, and what the steps brought in (see
// "Values and dates" in the package doc). The zero Application is not valid:
// build one with [New].
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
// Errors, all reported in this order: id is uuid.Nil ([ErrInvalidID]); on
// is zero or outside 0001-01-02 to 9999-12-31 ([ErrInvalidDate]); a fails
// [Applicant.Validate] ([ErrInvalidApplicant]); s fails [Scheme.Validate]
// ([ErrInvalidScheme]).
func New(id uuid.UUID, a Applicant, s Scheme, on time.Time) (Application, error) {
	var l errs.List
	if id == uuid.Nil {
		l.New(ErrInvalidID, "id", "is the nil UUID")
	}
	l.Add(checkDate("created", on))
	l.Add(a.Validate())
	l.Add(s.Validate())
	if err := l.Err(); err != nil {
		return Application{}, err
	}
	return Application{id: id, applicant: a, scheme: s.clone(), created: calendar.Date(on), state: Draft}, nil
}

// checkDate returns the problem with a date given as field: zero, or
// outside 0001-01-02 to 9999-12-31 (see "Values and dates" in the package doc).
func checkDate(field string, on time.Time) error {
	return errs.Wrap(ErrInvalidDate, field, calendar.Check(on))
}

// ID returns the application's id.
func (a Application) ID() uuid.UUID { return a.id }

// Applicant returns the applicant.
func (a Application) Applicant() Applicant { return a.applicant }

// Scheme returns the scheme the application runs under (a copy).
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
// step has been taken: the earliest date the next step may take.
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
	return a.request.Clone(), a.quote.Clone(), true
}

// Audits returns the record of every stage 2 audit that ended, oldest first:
// those that had to be repeated, then the latest. The latest carries its
// findings as they stand and, once certified under a graded scheme, the
// result the decision was made on.
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

// Result returns the audit result the certification decision was made on,
// and false before Certify and under a scheme without a grade.
func (a Application) Result() (audit.Result, bool) { return a.result, a.rated }

// Certificate returns the certificate issued by Certify, and false before.
func (a Application) Certificate() (certificate.Certificate, bool) { return a.cert, a.certified }

// IsZero reports whether a is the zero Application, which is not valid.
func (a Application) IsZero() bool { return !a.state.IsValid() }

// Equal reports whether a and o are the same application: the same id,
// applicant, scheme ([Scheme.Equal]), creation date and history, each step
// with the same inputs (dates compared as calendar dates, values with their
// Equal methods). What the steps brought in follows from these.
func (a Application) Equal(o Application) bool {
	return a.id == o.id && a.applicant == o.applicant && a.state == o.state &&
		calendar.Equal(a.created, o.created) &&
		a.scheme.Equal(o.scheme) && slices.EqualFunc(a.steps, o.steps, step.equal)
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
