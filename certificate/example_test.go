package certificate_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/google/uuid"
)

// date parses a YYYY-MM-DD date for the examples.
func date(s string) time.Time {
	t, err := calendar.Parse(s)
	if err != nil {
		panic(err)
	}
	return t
}

func exampleGrant() certificate.Grant {
	return certificate.Grant{
		ID:         uuid.MustParse("0b6c1d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"),
		Number:     "ASC-2026-0001",
		Holder:     "上海某某电器有限公司",
		CreditCode: "91310000132260250X",
		Scope:      "家用电器的售后服务",
		Standard:   "GB/T 27922-2011",
		Level:      audit.FourStar,
		DecidedOn:  date("2026-03-10"),
		IssuedOn:   date("2026-03-16"),
		Address:    "上海市浦东新区张江路 88 号",
		Body:       "某某认证有限公司",
	}
}

func ExampleIssue() {
	c, err := certificate.Issue(certificate.DefaultPolicy(), exampleGrant())
	if err != nil {
		fmt.Println(err)
		return
	}
	// What the certificate shows [17021], [CNCA].
	fmt.Println(c.Holder(), "/", c.Address())
	fmt.Println(c.Scope(), "/", c.Standard(), "/", c.Body())
	fmt.Println(c.Number(), c.Level().Chinese(), calendar.Format(c.DecidedOn()), calendar.Format(c.IssuedOn()),
		"expires", calendar.Format(c.ExpiresOn()))
	for _, m := range c.Schedule() {
		fmt.Println(calendar.Format(m.Due), m.Kind.Chinese(), m.Kind)
	}

	bad := exampleGrant()
	bad.Level = audit.NotRated
	bad.IssuedOn = date("2026-03-01")
	bad.Body = " "
	_, err = certificate.Issue(certificate.DefaultPolicy(), bad)
	fmt.Println(err)
	// Output:
	// 上海某某电器有限公司 / 上海市浦东新区张江路 88 号
	// 家用电器的售后服务 / GB/T 27922-2011 / 某某认证有限公司
	// ASC-2026-0001 四星 2026-03-10 2026-03-16 expires 2029-03-09
	// 2027-03-10 监督审核到期 surveillance_due
	// 2028-03-10 监督审核到期 surveillance_due
	// 2028-12-09 再认证申请 recertification_application
	// 2029-03-09 证书到期 expiry
	// certificate: invalid grant: body: is blank
	// certificate: invalid grant: level: not_rated (未达标) is not certifiable: it is below compliant (达标)
	// certificate: invalid grant: issued_on: 2026-03-01 is before the decision date 2026-03-10
}

func ExampleCertificate_StatusOn() {
	c, _ := certificate.Issue(certificate.DefaultPolicy(), exampleGrant())
	// The first surveillance, due by 2027-03-10, is done early: the second
	// is due 12 months after it, and is never recorded.
	c, _ = c.RecordSurveillance(date("2027-02-20"))
	for _, d := range []string{"2026-03-15", "2026-03-16", "2028-02-20", "2028-02-21", "2028-08-21", "2028-08-22"} {
		s := c.StatusOn(date(d))
		fmt.Println(d, s.Chinese(), s)
	}
	if m, ok := c.NextDue(date("2028-04-01")); ok {
		fmt.Println("overdue:", m.Kind, m.Seq, "deadline", calendar.Format(m.Deadline))
	}
	// Output:
	// 2026-03-15 未生效 not_yet_valid
	// 2026-03-16 有效 valid
	// 2028-02-20 有效 valid
	// 2028-02-21 暂停 suspended
	// 2028-08-21 暂停 suspended
	// 2028-08-22 撤销 withdrawn
	// overdue: surveillance_due 2 deadline 2028-02-20
}

func Example_recertification() {
	c, _ := certificate.Issue(certificate.DefaultPolicy(), exampleGrant())
	c, _ = c.RecordSurveillance(date("2027-03-01"))
	c, _ = c.RecordSurveillance(date("2028-03-01"))

	// Decided before expiry: the new cycle runs from the old expiry.
	renewed, _ := c.Recertify(date("2029-01-20"), audit.FiveStar)
	fmt.Println(renewed.Number(), renewed.Level().Chinese(), calendar.Format(renewed.CycleStart()), "→", calendar.Format(renewed.ExpiresOn()))
	fmt.Println("2029-03-10:", renewed.StatusOn(date("2029-03-10")))

	// Decided five months after expiry: restored, expired in the gap.
	restored, _ := c.Recertify(date("2029-08-09"), audit.FiveStar)
	fmt.Println(restored.History()[2].Kind, calendar.Format(restored.ExpiresOn()))
	for _, d := range []string{"2029-03-09", "2029-03-10", "2029-08-08", "2029-08-09"} {
		fmt.Println(d, restored.StatusOn(date(d)))
	}

	// Six months and a day after expiry: too late.
	_, err := c.Recertify(date("2029-09-10"), audit.FiveStar)
	fmt.Println(errors.Is(err, certificate.ErrRestorationWindow))
	fmt.Println(err)

	// Under CNCA 2026 there is no restoration window at all.
	strict, _ := certificate.Issue(certificate.CNCA2026Policy(), exampleGrant())
	strict, _ = strict.RecordSurveillance(date("2027-03-01"))
	strict, _ = strict.RecordSurveillance(date("2028-03-01"))
	_, err = strict.Recertify(date("2029-03-10"), audit.FiveStar)
	fmt.Println(errors.Is(err, certificate.ErrRestorationWindow))
	// Output:
	// ASC-2026-0001-R1 五星 2029-03-10 → 2032-03-09
	// 2029-03-10: valid
	// restoration 2032-03-09
	// 2029-03-09 valid
	// 2029-03-10 expired
	// 2029-08-08 expired
	// 2029-08-09 valid
	// true
	// certificate: outside the restoration window: restoration on 2029-09-10 (status expired): expired on 2029-03-09; the 6-month window closed on 2029-09-09
	// true
}

func ExampleCertificate_Suspend() {
	c, _ := certificate.Issue(certificate.DefaultPolicy(), exampleGrant())
	c, _ = c.Suspend(date("2026-09-01"), "complaints not handled")
	_, err := c.Suspend(date("2026-09-15"), "again")
	var ee *certificate.EventError
	if errors.As(err, &ee) {
		fmt.Println(ee.Event, calendar.Format(ee.On), ee.Status, errors.Is(err, certificate.ErrSuspended))
	}
	c, _ = c.Reinstate(date("2026-10-15"))
	fmt.Println(c.StatusOn(date("2026-10-14")), c.StatusOn(date("2026-10-15")))
	// Output:
	// suspension 2026-09-15 suspended true
	// suspended valid
}

// A registry sweep reads the day once and asks every certificate about it.
func ExampleDayOf() {
	policy := certificate.DefaultPolicy()
	var certs []certificate.Certificate
	for _, decided := range []string{"2025-01-10", "2025-06-01", "2026-02-01", "2026-09-01"} {
		g := exampleGrant()
		g.DecidedOn, g.IssuedOn = date(decided), date(decided)
		c, err := certificate.Issue(policy, g)
		if err != nil {
			fmt.Println(err)
			return
		}
		certs = append(certs, c)
	}

	today := certificate.DayOf(date("2026-03-01"))
	counts := map[certificate.Status]int{}
	for _, c := range certs {
		counts[c.StatusOnDay(today)]++
	}
	for _, s := range certificate.Statuses() {
		if counts[s] > 0 {
			fmt.Println(s, counts[s])
		}
	}
	// Output:
	// not_yet_valid 1
	// valid 2
	// suspended 1
}
