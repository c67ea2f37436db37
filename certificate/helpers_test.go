package certificate_test

import (
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// validCode is a real unified social credit code (GB 32100-2015).
const validCode = "91310000132260250X"

// day parses "YYYY-MM-DD" as midnight UTC; it panics on a typo in a test.
func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic("day(" + s + "): " + err.Error())
	}
	return t
}

// shanghai returns Asia/Shanghai, or a fixed +08:00 zone where the time zone
// database is missing.
func shanghai() *time.Location {
	if loc, err := time.LoadLocation("Asia/Shanghai"); err == nil {
		return loc
	}
	return time.FixedZone("CST", 8*60*60)
}

// grantOn returns a valid grant decided and issued on the given dates.
func grantOn(decided, issued string) certificate.Grant {
	return certificate.Grant{
		ID:         uuid.MustParse("0b6c1d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"),
		Number:     "ASC-2026-0001",
		Holder:     "上海某某电器有限公司",
		CreditCode: validCode,
		Scope:      "家用电器的售后服务",
		Standard:   "GB/T 27922-2011",
		Level:      audit.FourStar,
		DecidedOn:  day(decided),
		IssuedOn:   day(issued),
	}
}

// Where the certificate says its holder is and who issued it (the optional
// Grant.Address and Grant.Body).
const (
	testAddress = "上海市浦东新区张江路 88 号"
	testBody    = "某某认证有限公司"
)

// placed returns g with testAddress and testBody.
func placed(g certificate.Grant) certificate.Grant {
	g.Address, g.Body = testAddress, testBody
	return g
}

// issue issues a certificate under p or fails the test.
func issue(t testing.TB, p certificate.Policy, g certificate.Grant) certificate.Certificate {
	t.Helper()
	c, err := certificate.Issue(p, g)
	require.NoError(t, err)
	return c
}

// op is one event in a scenario.
type op struct {
	kind   certificate.EventKind // Recertification stands for Recertify (either outcome)
	on     string
	reason string
	level  audit.Level
}

func surv(on string) op { return op{kind: certificate.Surveillance, on: on} }
func suspend(on string) op {
	return op{kind: certificate.Suspension, on: on, reason: "complaints not handled"}
}
func reinstate(on string) op { return op{kind: certificate.Reinstatement, on: on} }
func withdraw(on string) op {
	return op{kind: certificate.Withdrawal, on: on, reason: "false claims"}
}
func cancel(on string) op {
	return op{kind: certificate.Cancellation, on: on, reason: "holder's request"}
}
func recertify(on string) op {
	return op{kind: certificate.Recertification, on: on, level: audit.FiveStar}
}

// apply records o on c.
func apply(c certificate.Certificate, o op) (certificate.Certificate, error) {
	on := day(o.on)
	switch o.kind {
	case certificate.Surveillance:
		return c.RecordSurveillance(on)
	case certificate.Suspension:
		return c.Suspend(on, o.reason)
	case certificate.Reinstatement:
		return c.Reinstate(on)
	case certificate.Withdrawal:
		return c.Withdraw(on, o.reason)
	case certificate.Cancellation:
		return c.Cancel(on, o.reason)
	case certificate.Recertification, certificate.Restoration:
		return c.Recertify(on, o.level)
	}
	panic("apply: unknown op kind " + o.kind.String())
}

// applyAll records every op or fails the test.
func applyAll(t testing.TB, c certificate.Certificate, ops ...op) certificate.Certificate {
	t.Helper()
	for _, o := range ops {
		var err error
		c, err = apply(c, o)
		require.NoError(t, err, "%s on %s", o.kind, o.on)
	}
	return c
}

// problems returns how many problems err reports: one, or each of a joined
// error's.
func problems(err error) int {
	if err == nil {
		return 0
	}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		return len(joined.Unwrap())
	}
	return 1
}
