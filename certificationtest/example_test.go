package certificationtest_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/certificationtest"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/materials"
)

func ExampleCreditCode() {
	code, err := certificationtest.CreditCode(certificationtest.Enterprise, "310000", 42)
	fmt.Println(code, err, materials.ValidateCreditCode(code))
	fmt.Println(certificationtest.OrganizationCode(42), "is positions 9-17")
	// A real company's code, from its organisation code 13226025-0.
	fmt.Println(certificationtest.MustCreditCode(certificationtest.Enterprise, "310000", 13226025))

	_, err = certificationtest.CreditCode(certificationtest.Enterprise, "31000", 42)
	fmt.Println(err)
	// Output:
	// 91310000000000422T <nil> <nil>
	// 000000422 is positions 9-17
	// 91310000132260250X
	// certificationtest: invalid identifier: division: "31000" is not 6 digits, the first from 1 to 8 (an administrative division code such as "310000")
}

func ExampleResidentID() {
	// The standard's own example: a woman born on 1949-12-31 in Beijing's
	// Chaoyang district.
	fmt.Println(certificationtest.MustResidentID("110105", day("1949-12-31"), certificationtest.Female, 1))
	id, _ := certificationtest.ResidentID("310104", day("2008-06-15"), certificationtest.Male, 7)
	fmt.Println(id, materials.ValidateResidentID(id))
	// Output:
	// 11010519491231002X
	// 310104200806150156 <nil>
}

// A consultancy checks a client's dossier against the checklist: complete
// on the day, and each way it could fail.
func ExampleDossier() {
	asOf := day("2026-05-15")
	checklist := materials.AfterSalesService()
	dossier := certificationtest.MustDossier(checklist, asOf, 1)
	fmt.Println(len(dossier), "materials, complete:", checklist.Check(dossier, asOf).Complete())

	broken := certificationtest.MustDossier(checklist, asOf, 1,
		certificationtest.Expired(materials.BusinessLicense),
		certificationtest.InsufficientCoverage(materials.SatisfactionReport, 2))
	for _, p := range checklist.Check(broken, asOf).Problems() {
		fmt.Println(p.Chinese())
	}
	// Output:
	// 12 materials, complete: true
	// 营业执照（副本）“营业执照（副本）”：已过期（有效期至 2026-05-14）
	// 客户满意度调查报告：缺少 2024-05-16 至 2025-05-15 年度的材料
}

// A CB checks its grading: 90.00 is four stars (四星), 89.99 three.
func Example_fourStar() {
	card := audit.GBT27922()
	for _, score := range []string{"90.00", "89.99"} {
		r, err := card.Score(certificationtest.MustScored(card, decimal.RequireFromString(score)))
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(r.Score.StringFixed(2), r.Level.Chinese(), r.Level)
	}
	// Output:
	// 90.00 四星 four_star
	// 89.99 三星 three_star
}

// A CB checks its fee schedule: for 1 200 effective personnel the
// committee's table gives 16 initial person-days, 48 000 yuan at 3 000 a
// day, and the whole cycle costs 95 400 with VAT.
func Example_cyclePrice() {
	applicant := certificationtest.Applicant(1)
	applicant.Personnel = 1200
	a := certificationtest.MustWalk(application.AfterSalesScheme(), applicant, application.Accepted, day("2026-01-05"), 1)
	_, quote, _ := a.Quote()
	for _, l := range quote.Lines {
		if l.Item == fees.InitialAudit {
			fmt.Println(l.EnglishBasis(), "=", l.Amount)
		}
	}
	fmt.Println("total", quote.Total)
	// Output:
	// 16 person-days × 3000.00 = 48000.00 CNY
	// total 95400.00 CNY
}

// A CB checks its registry: a certificate whose surveillance was missed is
// suspended from the day after the deadline, and withdrawn once the
// suspension reaches six months.
func Example_missedSurveillance() {
	on := day("2026-05-15")
	c := certificationtest.MustCertificateOn(certificate.DefaultPolicy(), certificate.Suspended, on, 1)
	m, _ := c.NextDue(on)
	fmt.Println("decided", calendar.Format(c.DecidedOn()), "surveillance deadline", calendar.Format(m.Deadline))
	for _, d := range []string{"2026-04-15", "2026-04-16", "2026-05-15", "2026-10-16", "2026-10-17"} {
		fmt.Println(d, c.StatusOn(day(d)))
	}
	// Output:
	// decided 2025-04-15 surveillance deadline 2026-04-15
	// 2026-04-15 valid
	// 2026-04-16 suspended
	// 2026-05-15 suspended
	// 2026-10-16 suspended
	// 2026-10-17 withdrawn
}

func ExampleSuspendedForCause() {
	on := day("2026-05-15")
	c := certificationtest.MustSuspendedForCause(certificate.DefaultPolicy(), on, 1)
	last := c.History()[len(c.History())-1]
	fmt.Println(last.Kind, calendar.Format(last.On), last.Reason)
	fmt.Println(c.StatusOn(on))
	c, _ = c.Reinstate(on)
	fmt.Println(c.StatusOn(on))
	// Output:
	// suspension 2026-05-08 投诉处理不当 (complaints not handled)
	// suspended
	// valid
}

// A service checks how it shows an application in rectification: a walk
// there under the ISO 9001 preset, with its findings and its next deadline.
func ExampleWalk() {
	a := certificationtest.MustWalk(application.ISO9001Scheme(), certificationtest.Applicant(2), application.Rectification, day("2026-01-05"), 2)
	for _, r := range a.History() {
		fmt.Println(calendar.Format(r.On), r.Event)
	}
	for _, f := range a.Findings() {
		fmt.Println(f.Severity(), "due", calendar.Format(f.DueOn()))
	}
	d, _, _ := a.NextDeadline(a.LastDate())
	fmt.Println("next:", d.Kind, calendar.Format(d.Due))
	// Output:
	// 2026-01-19 submit
	// 2026-01-26 accept
	// 2026-02-09 start_document_review
	// 2026-02-23 start_on_site_audit
	// 2026-02-25 require_rectification
	// major due 2026-03-27
	// minor due 2026-03-27
	// next: rectification_due 2026-03-27
}
