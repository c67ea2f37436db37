package certificationtest_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/certificationtest"
	"github.com/aftersales/certification/internal/calendar"
)

// policies are the policies every certificate test runs under: the two
// presets, the tightest a policy may be (a one-year cycle, surveillance
// every month with the most tolerance, suspension for one month), and one
// with no surveillance.
func policies() map[string]certificate.Policy {
	tight := certificate.Policy{ValidityYears: 1, SurveillanceIntervalMonths: 1, SurveillanceAnchor: certificate.AnchorIssue,
		SurveillanceToleranceMonths: 3, SurveillancesPerCycle: 2, MaxSuspensionMonths: 1}
	none := certificate.DefaultPolicy()
	none.SurveillancesPerCycle, none.SurveillanceIntervalMonths, none.RestorationWindowMonths = 0, 0, 0
	return map[string]certificate.Policy{
		"default":  certificate.DefaultPolicy(),
		"cnca2026": certificate.CNCA2026Policy(),
		"tight":    tight,
		"none":     none,
	}
}

// onDates are the dates every certificate test asks about: ordinary days,
// month ends, Feb 29, a Shanghai date just after midnight, and the first
// and last years in which a three-year certificate fits.
func onDates() []time.Time {
	return []time.Time{
		day("2026-05-15"), day("2026-03-31"), day("2024-02-29"), day("2025-08-31"),
		time.Date(2026, 1, 1, 0, 30, 0, 0, shanghai), day("0012-06-01"), day("9996-12-01"),
	}
}

// TestCertificateOnEveryStatus asks for every status under every test
// policy on every test date: each certificate has that status on that
// date, or, only where the policy or the calendar cannot give it, the
// request is refused.
func TestCertificateOnEveryStatus(t *testing.T) {
	for name, p := range policies() {
		for _, on := range onDates() {
			for _, status := range certificate.Statuses() {
				c, err := certificationtest.CertificateOn(p, status, on, 4)
				if name == "none" && status == certificate.Suspended {
					assert.ErrorIs(t, err, certificationtest.ErrInvalidCertificate)
					assert.Equal(t, "status", fieldOf(err))
					continue
				}
				require.NoError(t, err, "%s %s on %s", name, status, calendar.Format(on))
				assert.Equal(t, status, c.StatusOn(on), "%s %s on %s", name, status, calendar.Format(on))
				assert.Equal(t, certificationtest.ID(4, "certificate"), c.ID())
				assert.True(t, certificationtest.MustCertificateOn(p, status, on, 4).Equal(c), "deterministic")
			}
			c, err := certificationtest.SuspendedForCause(p, on, 4)
			require.NoError(t, err, "%s suspended for cause on %s", name, calendar.Format(on))
			assert.Equal(t, certificate.Suspended, c.StatusOn(on))
			h := c.History()
			require.NotEmpty(t, h)
			assert.Equal(t, certificate.Suspension, h[len(h)-1].Kind)
		}
	}
}

// TestCertificateOnWays checks, under the default policy on an ordinary
// day, how each status was reached: the package doc's Certificates section.
func TestCertificateOnWays(t *testing.T) {
	on := day("2026-05-15")
	p := certificate.DefaultPolicy()
	get := func(s certificate.Status) certificate.Certificate {
		return certificationtest.MustCertificateOn(p, s, on, 1)
	}

	c := get(certificate.NotYetValid)
	assert.Equal(t, "2026-05-08 2026-05-22", calendar.Format(c.DecidedOn())+" "+calendar.Format(c.IssuedOn()))
	assert.Empty(t, c.History())

	c = get(certificate.Valid)
	assert.Equal(t, "2026-04-15 2026-04-15", calendar.Format(c.DecidedOn())+" "+calendar.Format(c.IssuedOn()))
	assert.Empty(t, c.History())

	c = get(certificate.Suspended)
	assert.Equal(t, "2025-04-15", calendar.Format(c.DecidedOn()))
	assert.Empty(t, c.History(), "suspended by the calendar, after the missed surveillance")
	m, ok := c.NextDue(on)
	require.True(t, ok)
	assert.Equal(t, certificate.SurveillanceDue, m.Kind)
	assert.Equal(t, "2026-04-15", calendar.Format(m.Deadline))
	assert.Equal(t, certificate.Valid, c.StatusOn(m.Deadline))
	assert.Equal(t, certificate.Suspended, c.StatusOn(calendar.AddDays(m.Deadline, 1)))

	for status, kind := range map[certificate.Status]certificate.EventKind{
		certificate.Withdrawn: certificate.Withdrawal, certificate.Cancelled: certificate.Cancellation,
	} {
		c = get(status)
		require.Len(t, c.History(), 1)
		assert.Equal(t, kind, c.History()[0].Kind)
		assert.Equal(t, "2026-05-08", calendar.Format(c.History()[0].On))
		assert.Equal(t, certificate.Valid, c.StatusOn(day("2026-05-07")))
	}

	c = get(certificate.Expired)
	assert.Equal(t, "2023-04-15 2026-04-14", calendar.Format(c.DecidedOn())+" "+calendar.Format(c.ExpiresOn()))
	require.Len(t, c.History(), 2, "every surveillance recorded")
	assert.Equal(t, certificate.Valid, c.StatusOn(c.ExpiresOn()), "valid to the last day")

	c = certificationtest.MustSuspendedForCause(p, on, 1)
	require.Len(t, c.History(), 1)
	assert.Equal(t, "2026-05-08", calendar.Format(c.History()[0].On))
	assert.Equal(t, certificate.Valid, c.StatusOn(day("2026-05-07")))

	g := c.Grant()
	a := certificationtest.Applicant(1)
	assert.Equal(t, a.Name, g.Holder)
	assert.Equal(t, a.CreditCode, g.CreditCode)
	assert.Equal(t, audit.ThreeStar, g.Level)
	assert.Equal(t, "GB/T 27922-2011", g.Standard)
}

func TestCertificateErrors(t *testing.T) {
	bad := certificate.DefaultPolicy()
	bad.ValidityYears = 0
	on := day("2026-05-15")
	cases := []struct {
		name   string
		policy certificate.Policy
		status certificate.Status
		on     time.Time
		field  string
	}{
		{"invalid policy", bad, certificate.Valid, on, "policy.validity_years"},
		{"zero status", certificate.DefaultPolicy(), 0, on, "status"},
		{"unknown status", certificate.DefaultPolicy(), 9, on, "status"},
		{"zero date", certificate.DefaultPolicy(), certificate.Valid, time.Time{}, "on"},
		{"year 10000", certificate.DefaultPolicy(), certificate.Valid, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "on"},
		{"expired before the year 1", certificate.DefaultPolicy(), certificate.Expired, day("0002-01-01"), "status.decided_on"},
		{"not yet valid after 9999", certificate.DefaultPolicy(), certificate.NotYetValid, day("9999-12-31"), "status.decided_on"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := certificationtest.CertificateOn(tc.policy, tc.status, tc.on, 1)
			require.Error(t, err)
			assert.True(t, c.IsZero())
			assert.ErrorIs(t, err, certificationtest.ErrInvalidCertificate)
			assert.Equal(t, tc.field, fieldOf(err), err.Error())
			assert.PanicsWithValue(t, "certificationtest.MustCertificateOn: "+err.Error(), func() {
				certificationtest.MustCertificateOn(tc.policy, tc.status, tc.on, 1)
			})
		})
	}
	_, err := certificationtest.CertificateOn(bad, certificate.Valid, on, 1)
	assert.ErrorIs(t, err, certificate.ErrInvalidPolicy)
	_, err = certificationtest.SuspendedForCause(bad, time.Time{}, 1)
	assert.ErrorIs(t, err, certificationtest.ErrInvalidCertificate)
	assert.Equal(t, "policy.validity_years", fieldOf(err))
	assert.Panics(t, func() { certificationtest.MustSuspendedForCause(bad, on, 1) })
}
