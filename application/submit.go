package application

import (
	"fmt"
	"slices"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/materials"
)

// Readiness is the outcome of a self-assessment (brief step 2): the
// materials check on the day and, when an evaluation was given, the
// self-score with its grade.
type Readiness struct {
	Materials materials.Report // the scheme's checklist on the day
	Scored    bool             // an evaluation was given
	Score     audit.Result     // the self-score and its level; zero unless Scored
}

// Ready reports whether the application could be submitted as it stands:
// the materials are complete and, when a self-score was made, it reaches at
// least 达标.
func (r Readiness) Ready() bool {
	return r.Materials.Complete() && (!r.Scored || r.Score.Level.Certifiable())
}

// SelfAssess checks what the applicant has on the date asOf against the
// scheme, without changing the application or its history: the materials
// against the checklist and, when evaluation is not nil, a self-score
// against the scorecard (brief step 2). It is open where the table allows
// Submit or Resubmit: in Draft and Returned only.
//
// Errors: another state ([ErrInvalidTransition]; self-assessment is not a
// step of the table, so the error is not a *TransitionError); asOf zero or
// outside 0001-01-02 to 9999-12-31 ([ErrInvalidDate]); an evaluation for a scheme
// without a grade ([ErrGuard], field "evaluation"); an evaluation that the
// scorecard refuses (the audit package's errors, such as
// audit.ErrInvalidEvaluation).
func (a Application) SelfAssess(asOf time.Time, provided []materials.Material, evaluation *audit.Evaluation) (Readiness, error) {
	if !slices.ContainsFunc(allowedFrom(a.state), func(e Event) bool { return e == Submit || e == Resubmit }) {
		return Readiness{}, errs.New(ErrInvalidTransition, "", "self-assessment is for draft or returned applications, not %s", a.state)
	}
	if err := checkDate("as_of", asOf); err != nil {
		return Readiness{}, err
	}
	r := Readiness{Materials: a.scheme.Checklist.Check(provided, asOf)}
	if evaluation == nil {
		return r, nil
	}
	if !a.scheme.graded() {
		return Readiness{}, errs.New(ErrGuard, "evaluation", "the scheme has no grade, so there is nothing to score against")
	}
	score, err := a.scheme.Scorecard.Score(*evaluation)
	if err != nil {
		return Readiness{}, err
	}
	r.Scored, r.Score = true, score
	return r, nil
}

// Submit hands the application in with its materials (brief step 3). The
// materials must pass the scheme's checklist on the date on (see "Guards"
// in the package doc): a report with any blocking problem refuses the step,
// and the error names every problem. State: Draft → Submitted.
//
// Errors: not Draft ([ErrInvalidTransition]); a bad date ([ErrInvalidDate]);
// materials incomplete ([ErrGuard], unwrapping to the report's errors, so
// that errors.Is matches materials.ErrMissing, materials.ErrExpired and the
// other sentinels of the materials package).
func (a Application) Submit(on time.Time, provided []materials.Material) (Application, error) {
	return a.submit(Submit, on, provided)
}

// Resubmit hands a returned application in again, with its materials
// (brief step 3), checked as [Application.Submit] checks them. State:
// Returned → Submitted.
//
// Errors: not Returned ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); materials incomplete ([ErrGuard]).
func (a Application) Resubmit(on time.Time, provided []materials.Material) (Application, error) {
	return a.submit(Resubmit, on, provided)
}

// submit records Submit or Resubmit with the materials, which must pass
// the checklist on the day.
func (a Application) submit(e Event, on time.Time, provided []materials.Material) (Application, error) {
	to, err := a.begin(e, on)
	if err != nil {
		return a, err
	}
	report := a.scheme.Checklist.Check(provided, on)
	if err := report.Err(); err != nil {
		return a, a.guard(e, "", "materials incomplete", err)
	}
	s := a.newStep(e, to, on, nil)
	s.materials = provided
	if !a.replaying { // Decode's list is shared only with the stated materials, which nothing changes
		s.materials = cloneMaterials(provided)
	}
	out := a.record(s)
	out.materials = s.materials
	return out, nil
}

// Accept records the body's acceptance of a submitted application and of the
// quote it made for it (brief step 3). The request must be for this
// applicant and the quote the scheme's own for it (see "Guards" in the
// package doc); adjustments, travel, a discount and extra copies are the
// body's to set. State: Submitted → Accepted.
//
// Errors: not Submitted ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); a request for other personnel or sites or for another
// part, a request the schedule refuses, or a quote that differs from the
// schedule's ([ErrGuard], field "request" or "quote").
func (a Application) Accept(on time.Time, request fees.Request, quote fees.Quote) (Application, error) {
	to, err := a.begin(Accept, on)
	if err != nil {
		return a, err
	}
	if err := a.checkQuote(request, quote); err != nil {
		return a, err
	}
	s := a.newStep(Accept, to, on, nil)
	s.request, s.quote = request.Clone(), quote.Clone()
	out := a.record(s)
	out.request, out.quote, out.quoted = s.request, s.quote, true
	return out, nil
}

// checkQuote refuses a request that is not for this application, and a
// quote that is not what the scheme's fee schedule gives for it.
func (a Application) checkQuote(request fees.Request, quote fees.Quote) error {
	var problems errs.List
	if request.Personnel != a.applicant.Personnel {
		problems.Add(fmt.Errorf("request for %d personnel, the applicant has %d", request.Personnel, a.applicant.Personnel))
	}
	if sites := max(request.Sites, 1); sites != a.applicant.Sites {
		problems.Add(fmt.Errorf("request for %d sites, the applicant has %d", sites, a.applicant.Sites))
	}
	if request.Part != fees.Initial && request.Part != fees.Cycle {
		problems.Add(fmt.Errorf("request for part %s, want %s or %s", request.Part, fees.Initial, fees.Cycle))
	}
	if err := problems.Err(); err != nil {
		return a.guard(Accept, "request", "quote request is not for this application", err)
	}
	want, err := a.scheme.Fees.Quote(request)
	if err != nil {
		return a.guard(Accept, "request", "the scheme's fee schedule refuses the request", err)
	}
	if !want.Equal(quote) {
		return a.guard(Accept, "quote", "quote does not match the scheme's fee schedule (total "+quote.Total.String()+
			", the schedule gives "+want.Total.String()+")", nil)
	}
	return nil
}
