package certificationtest

import (
	"slices"
	"time"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// The reasons of the events a certificate helper records.
const (
	suspendReason = "投诉处理不当 (complaints not handled)"
	withdrawCause = "虚假宣传认证结果 (false claims about the certification)"
	cancelReason  = "持证人申请注销 (at the holder's request)"
)

// history is one way to a certificate: the grant's dates and what is
// recorded after the issue.
type history struct {
	decided, issued time.Time
	events          func(certificate.Certificate) (certificate.Certificate, error) // nil for none
}

// CertificateOn returns the certificate of seed under policy p whose status
// on the date on (certificate.Certificate.StatusOn) is status, reached the
// way the package doc's Certificates section says: not yet issued, issued a
// month before, suspended after a missed surveillance, withdrawn or
// cancelled a week before, or expired with every surveillance recorded.
//
// Errors, each a [*FieldError] matching [ErrInvalidCertificate]: a policy
// that does not validate ("policy", also matching
// certificate.ErrInvalidPolicy); an unknown status ("status"); an on that
// is zero or outside 0001-01-02 to 9999-12-31 ("on"); a status the policy cannot
// give on on, such as a suspension after a missed surveillance under a
// policy with none, or an expiry before the year 1 ("status").
func CertificateOn(p certificate.Policy, status certificate.Status, on time.Time, seed uint64) (certificate.Certificate, error) {
	var l errs.List
	l.Wrap(ErrInvalidCertificate, "policy", p.Validate())
	if !status.IsValid() {
		l.New(ErrInvalidCertificate, "status", "%s is unknown", status)
	}
	l.Wrap(ErrInvalidCertificate, "on", calendar.Check(on))
	if err := l.Err(); err != nil {
		return certificate.Certificate{}, err
	}
	if status == certificate.Suspended && p.SurveillancesPerCycle == 0 {
		return certificate.Certificate{}, errs.New(ErrInvalidCertificate, "status",
			"suspended after a missed surveillance: the policy has no surveillance to miss (SuspendedForCause suspends for cause)")
	}
	return reach(p, status, on, seed, ways(p, status, on))
}

// MustCertificateOn is [CertificateOn] for tests: it panics, naming the
// call, when CertificateOn fails.
func MustCertificateOn(p certificate.Policy, status certificate.Status, on time.Time, seed uint64) certificate.Certificate {
	c, err := CertificateOn(p, status, on, seed)
	if err != nil {
		panic("certificationtest.MustCertificateOn: " + err.Error())
	}
	return c
}

// SuspendedForCause returns the certificate of seed under policy p that was
// issued a month before on and suspended for cause a week before it, so
// that it is suspended on on (see the package doc's Certificates section).
//
// Errors: as [CertificateOn]'s.
func SuspendedForCause(p certificate.Policy, on time.Time, seed uint64) (certificate.Certificate, error) {
	var l errs.List
	l.Wrap(ErrInvalidCertificate, "policy", p.Validate())
	l.Wrap(ErrInvalidCertificate, "on", calendar.Check(on))
	if err := l.Err(); err != nil {
		return certificate.Certificate{}, err
	}
	return reach(p, certificate.Suspended, on, seed, recent(on, func(c certificate.Certificate, d time.Time) (certificate.Certificate, error) {
		return c.Suspend(d, suspendReason)
	}))
}

// MustSuspendedForCause is [SuspendedForCause] for tests: it panics, naming
// the call, when SuspendedForCause fails.
func MustSuspendedForCause(p certificate.Policy, on time.Time, seed uint64) certificate.Certificate {
	c, err := SuspendedForCause(p, on, seed)
	if err != nil {
		panic("certificationtest.MustSuspendedForCause: " + err.Error())
	}
	return c
}

// reach returns the certificate of the first way whose status on on is
// status.
func reach(p certificate.Policy, status certificate.Status, on time.Time, seed uint64, ways []history) (certificate.Certificate, error) {
	var last error
	for _, h := range ways {
		c, err := certificate.Issue(p, grant(seed, h.decided, h.issued))
		if err == nil && h.events != nil {
			c, err = h.events(c)
		}
		if err == nil && c.StatusOn(on) == status {
			return c, nil
		}
		last = err
	}
	if last != nil {
		return certificate.Certificate{}, errs.Wrap(ErrInvalidCertificate, "status", last)
	}
	return certificate.Certificate{}, errs.New(ErrInvalidCertificate, "status", "%s is not reached on %s under the policy", status, calendar.Format(on))
}

// ways lists the histories that may lead to status on on, the most
// plausible first and the edge of the calendar last (see the package doc's
// Certificates section).
func ways(p certificate.Policy, status certificate.Status, on time.Time) []history {
	day := func(n int) time.Time { return calendar.AddDays(on, n) }
	switch status {
	case certificate.NotYetValid:
		return []history{{decided: day(-7), issued: day(7)}, {decided: day(1), issued: day(1)}}
	case certificate.Valid:
		return []history{{decided: day(-30), issued: day(-30)}, {decided: day(-7), issued: day(-7)}, {decided: on, issued: on}}
	case certificate.Suspended:
		return missedSurveillance(p, on)
	case certificate.Withdrawn:
		return recent(on, func(c certificate.Certificate, d time.Time) (certificate.Certificate, error) {
			return c.Withdraw(d, withdrawCause)
		})
	case certificate.Cancelled:
		return recent(on, func(c certificate.Certificate, d time.Time) (certificate.Certificate, error) {
			return c.Cancel(d, cancelReason)
		})
	}
	return expired(p, on)
}

// recent returns the histories of a certificate issued 30 days before on
// and given event a week before on, or, at the edge of the calendar, both
// on on.
func recent(on time.Time, event func(certificate.Certificate, time.Time) (certificate.Certificate, error)) []history {
	way := func(issued, at time.Time) history {
		return history{decided: issued, issued: issued, events: func(c certificate.Certificate) (certificate.Certificate, error) { return event(c, at) }}
	}
	return []history{way(calendar.AddDays(on, -30), calendar.AddDays(on, -7)), way(on, on)}
}

// missedSurveillance returns the histories of a certificate whose first
// surveillance deadline passed about a month before on, or the day before
// on, with nothing recorded.
func missedSurveillance(p certificate.Policy, on time.Time) []history {
	months := p.SurveillanceIntervalMonths + p.SurveillanceToleranceMonths
	a := calendar.AddMonths(on, -(months + 1))
	b := calendar.AddDays(calendar.AddMonths(on, -months), -1)
	return []history{{decided: a, issued: a}, {decided: b, issued: b}}
}

// expired returns the histories of a certificate that expired about a
// month before on, or the day before on, with every surveillance recorded
// on its due date.
func expired(p certificate.Policy, on time.Time) []history {
	surveil := func(c certificate.Certificate) (certificate.Certificate, error) {
		for k := range p.SurveillancesPerCycle {
			i := slices.IndexFunc(c.Schedule(), func(m certificate.Milestone) bool {
				return m.Kind == certificate.SurveillanceDue && m.Seq == k+1
			})
			var err error
			if c, err = c.RecordSurveillance(c.Schedule()[i].Due); err != nil {
				return c, err
			}
		}
		return c, nil
	}
	a := calendar.AddDays(calendar.AddYears(on, -p.ValidityYears), -30)
	b := calendar.AddYears(on, -p.ValidityYears)
	return []history{{decided: a, issued: a, events: surveil}, {decided: b, issued: b, events: surveil}}
}

// grant returns the grant of the certificate of seed: the test company of
// [Applicant](seed), graded 三星 (ThreeStar), under the after-sales scheme's
// standard (GB/T 27922-2011) and scope.
func grant(seed uint64, decided, issued time.Time) certificate.Grant {
	a, s := Applicant(seed), application.AfterSalesScheme()
	return certificate.Grant{
		ID:         ID(seed, "certificate"),
		Number:     number(decided, seed),
		Holder:     a.Name,
		CreditCode: a.CreditCode,
		Scope:      s.Scope,
		Standard:   s.Standard,
		Level:      audit.ThreeStar,
		DecidedOn:  decided,
		IssuedOn:   issued,
		Address:    a.Address,
	}
}
