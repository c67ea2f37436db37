package application

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// Certify records the body's decision to certify on the date on and issues
// the certificate (brief step 6), as "Guards" and "The certificate" in the
// package doc say: under a graded scheme on result, the stage 2 score, kept
// on the stage 2 audit record; under a scheme without a grade on the
// findings alone, with result the zero audit.Result. State: PendingDecision
// → Certified, final.
//
// Errors: not PendingDecision ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); and, as [ErrGuard]: a uuid.Nil certificate id (also
// [ErrInvalidID]); under a graded scheme, an invalid result (also
// audit.ErrInvalidResult), one graded with thresholds other than the
// scheme's or for more points than its scorecard holds, or one the stage 2
// audit cannot take; under a scheme without a grade, any result but the
// zero one (field "result"); a recommendation other than to certify, with
// its reasons; a grant that certificate.Issue refuses (also matching the
// certificate package's errors). The field of the input at fault is
// [GuardError].Field.
func (a Application) Certify(on time.Time, result audit.Result, certificateID uuid.UUID, number string) (Application, error) {
	to, err := a.begin(Certify, on)
	if err != nil {
		return a, err
	}
	if certificateID == uuid.Nil {
		return a, a.guard(Certify, "certificate_id", "no certificate id", errs.Matching(ErrInvalidID, "the nil UUID"))
	}
	stage2, level, err := a.decide(on, result)
	if err != nil {
		return a, err
	}
	cert, err := a.issue(on, certificateID, number, level)
	if err != nil {
		return a, err
	}
	s := a.newStep(Certify, to, on, nil)
	s.result, s.certID, s.number = result, certificateID, number
	out := a.record(s)
	out.stage2, out.result, out.rated = stage2, result, a.scheme.graded()
	out.cert, out.certified = cert, true
	return out, nil
}

// decide returns the stage 2 audit the decision is made on and the level
// to grant (0 under a scheme without a grade), or the guard that refuses
// the decision.
func (a Application) decide(on time.Time, result audit.Result) (audit.Audit, audit.Level, error) {
	if !a.scheme.graded() {
		if !result.IsZero() {
			return audit.Audit{}, 0, a.guard(Certify, "result", "the scheme has no grade: it certifies on the findings alone, with no result", nil)
		}
		decision, err := audit.RecommendUngraded(a.stage2, a.scheme.Rectification, on)
		return a.stage2, 0, a.recommends(decision, err)
	}
	stage2, err := a.scored(result)
	if err != nil {
		return audit.Audit{}, 0, err
	}
	if err := a.recommends(audit.Recommend(stage2, a.scheme.Rectification, on)); err != nil {
		return audit.Audit{}, 0, err
	}
	level, err := a.scheme.Scorecard.Grading().Grade(result.Score, time.Time{}, on)
	if err != nil {
		return audit.Audit{}, 0, a.guard(Certify, "result", "no grade", err)
	}
	return stage2, level, nil
}

// scored returns the stage 2 audit with result recorded on it, once result
// is valid, graded with the scheme's thresholds and for no more points than
// the scheme's scorecard holds.
func (a Application) scored(result audit.Result) (audit.Audit, error) {
	if err := result.Validate(); err != nil {
		return audit.Audit{}, a.guard(Certify, "result", "invalid audit result", err)
	}
	// The thresholds decide the result's level; the stars-after-one-year
	// option is the scheme's to apply when the level is granted.
	grading := a.scheme.Scorecard.Grading()
	if !result.Grading.WithStarsAfterOneYear(false).Equal(grading.WithStarsAfterOneYear(false)) {
		return audit.Audit{}, a.guard(Certify, "result", "the result was graded with thresholds other than the scheme's", nil)
	}
	if total := a.scheme.Scorecard.Total(); result.Applicable.GreaterThan(total) {
		return audit.Audit{}, a.guard(Certify, "result", fmt.Sprintf("the result counts %s applicable points; the scheme's scorecard holds %s",
			result.Applicable.StringFixed(2), total.StringFixed(2)), nil)
	}
	stage2, err := a.stage2.WithResult(result)
	if err != nil {
		return audit.Audit{}, a.guard(Certify, "result", "the result cannot be recorded on the stage 2 audit", err)
	}
	return stage2, nil
}

// recommends returns nil when the recommendation is to certify, and the
// guard that refuses the decision otherwise, with the recommendation's
// reasons.
func (a Application) recommends(decision audit.Decision, err error) error {
	switch {
	case err != nil:
		return a.guard(Certify, "", "no recommendation", err)
	case decision.Recommendation != audit.Certify:
		return a.guard(Certify, "", fmt.Sprintf("the audit recommends %s, not %s", decision.Recommendation, audit.Certify),
			errors.New(strings.Join(decision.Reasons, "; ")))
	}
	return nil
}

// issue issues the certificate a decision to certify on on grants (see "The
// certificate" in the package doc).
func (a Application) issue(on time.Time, id uuid.UUID, number string, level audit.Level) (certificate.Certificate, error) {
	scope := a.applicant.Scope
	if scope == "" { // Applicant.Validate refuses a blank one
		scope = a.scheme.Scope
	}
	day := calendar.Date(on)
	cert, err := certificate.Issue(a.scheme.Certificate, certificate.Grant{
		ID:         id,
		Number:     number,
		Holder:     a.applicant.Name,
		CreditCode: a.applicant.CreditCode,
		Scope:      scope,
		Standard:   a.scheme.Standard,
		Level:      level,
		Ungraded:   !a.scheme.graded(),
		DecidedOn:  day,
		IssuedOn:   day,
		Address:    a.applicant.Address,
		Body:       a.scheme.Body,
	})
	if err != nil {
		return certificate.Certificate{}, a.guard(Certify, "", "the certificate cannot be issued", err)
	}
	return cert, nil
}
