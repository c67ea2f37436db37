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
)

// Certify records the body's decision to certify on the date on and issues
// the certificate (brief step 6). result is the stage 2 score: it must be
// valid (audit.Result.Validate: its score follows from its points, bonus
// and deduction items, and its level from its score and grading), graded
// with the scheme's thresholds, for no more points than the scheme's
// scorecard holds, and audit.Recommend on the stage 2 audit scored with it
// must recommend certification — the level is at least 达标
// (audit.Level.Certifiable), every nonconformity is settled, majors within
// the repeat limit, and every special deduction item of the result has a
// settled finding [27922], [17021]. The result is kept on the stage 2 audit
// record.
//
// The certificate is certificate.Issue under the scheme's certificate
// policy, with what a certificate shows [17021], [CNCA]: id and
// number as given; the applicant's name and credit code as holder; the
// applicant's address as the holder's location (certificate.Grant.Address);
// the applicant's scope, or the scheme's when it names none; the scheme's
// standard (GB/T 27922-2011 by default); the level granted by the scheme's
// grading for a first certification (audit.Grading.Grade, which caps stars
// at 达标 when the "stars after one year" option is on); decided and issued
// on on; and the scheme's Body as the certification body
// (certificate.Grant.Body). The address and the body are optional: when the
// applicant gives no address or the scheme names no body, the certificate
// is still issued, without it. State: PendingDecision → Certified, final.
//
// Errors: not PendingDecision ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); and, as [ErrGuard]: a uuid.Nil certificate id (also
// [ErrInvalidID]); an invalid result (also audit.ErrInvalidResult), such as
// a score or level its points and grading do not give; a result graded
// with thresholds other than the scheme's, or with more applicable points
// than the scheme's scorecard; a result the stage 2 audit cannot take (a
// finding rectifies a deduction item the result does not apply); a
// recommendation other than to certify, with its reasons (each unsettled
// finding and deduction item named); a grant that certificate.Issue
// refuses (also matching the certificate package's errors).
func (a Application) Certify(on time.Time, result audit.Result, certificateID uuid.UUID, number string) (Application, error) {
	to, err := a.begin(Certify, on)
	if err != nil {
		return a, err
	}
	if certificateID == uuid.Nil {
		return a, a.guard(Certify, "no certificate id", fmt.Errorf("%w: the certificate id is uuid.Nil", ErrInvalidID))
	}
	if err := result.Validate(); err != nil {
		return a, a.guard(Certify, "invalid audit result", err)
	}
	grading := a.scheme.Scorecard.Grading()
	// The thresholds decide the result's level; the stars-after-one-year
	// option is the scheme's to apply when the level is granted (below).
	if !result.Grading.WithStarsAfterOneYear(false).Equal(grading.WithStarsAfterOneYear(false)) {
		return a, a.guard(Certify, "the result was graded with thresholds other than the scheme's", nil)
	}
	if total := a.scheme.Scorecard.Total(); result.Applicable.GreaterThan(total) {
		return a, a.guard(Certify, fmt.Sprintf("the result counts %s applicable points; the scheme's scorecard holds %s",
			result.Applicable.StringFixed(2), total.StringFixed(2)), nil)
	}
	stage2, err := a.stage2.WithResult(result)
	if err != nil {
		return a, a.guard(Certify, "the result cannot be recorded on the stage 2 audit", err)
	}
	decision, err := audit.Recommend(stage2, a.scheme.Rectification, on)
	if err != nil {
		return a, a.guard(Certify, "no recommendation", err)
	}
	if decision.Recommendation != audit.Certify {
		return a, a.guard(Certify, fmt.Sprintf("the audit recommends %s, not %s", decision.Recommendation, audit.Certify),
			errors.New(strings.Join(decision.Reasons, "; ")))
	}
	level, err := grading.Grade(result.Score, time.Time{}, on)
	if err != nil {
		return a, a.guard(Certify, "no grade", err)
	}
	scope := a.applicant.Scope
	if scope == "" { // Applicant.Validate refuses a blank one
		scope = a.scheme.Scope
	}
	day := calendar.Date(on)
	cert, err := certificate.Issue(a.scheme.Certificate, certificate.Grant{
		ID:         certificateID,
		Number:     number,
		Holder:     a.applicant.Name,
		CreditCode: a.applicant.CreditCode,
		Scope:      scope,
		Standard:   a.scheme.Standard,
		Level:      level,
		DecidedOn:  day,
		IssuedOn:   day,
		Address:    a.applicant.Address,
		Body:       a.scheme.Body,
	})
	if err != nil {
		return a, a.guard(Certify, "the certificate cannot be issued", err)
	}
	s := a.newStep(Certify, to, on, nil)
	s.result, s.certID, s.number = result, certificateID, number
	out := a.record(s)
	out.stage2, out.result, out.rated = stage2, result, true
	out.cert, out.certified = cert, true
	return out, nil
}
