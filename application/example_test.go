package application_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/materials"
)

// date parses a YYYY-MM-DD date for the examples.
func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// ymd writes a date as YYYY-MM-DD.
func ymd(t time.Time) string { return t.Format("2006-01-02") }

// exampleMaterials is what a Shanghai company hands in on 2026-01-20.
func exampleMaterials() []materials.Material {
	report := func(year string) materials.Material {
		return materials.Material{Kind: materials.SatisfactionReport, Title: year + "年度客户满意度调查报告",
			IssuedOn: date(year + "-12-31").Add(15 * 24 * time.Hour),
			Covers:   materials.Period{From: date(year + "-01-01"), To: date(year + "-12-31")},
			Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}}
	}
	return []materials.Material{
		{Kind: materials.ApplicationForm, Title: "认证申请书", IssuedOn: date("2026-01-15")},
		{Kind: materials.BusinessLicense, Title: "营业执照", IssuedOn: date("2016-04-01"), Reference: "91310000132260250X"},
		{Kind: materials.LegalRepID, Title: "法定代表人身份证", IssuedOn: date("2020-03-01"), ValidUntil: date("2040-03-01"), Reference: "11010519491231002X"},
		{Kind: materials.ServiceProcessManual, Title: "售后服务流程手册", IssuedOn: date("2025-01-10")},
		{Kind: materials.QualityManual, Title: "质量管理手册", IssuedOn: date("2024-06-01")},
		{Kind: materials.FeedbackMechanism, Title: "客户反馈机制说明", IssuedOn: date("2025-02-01")},
		{Kind: materials.OrganizationChart, Title: "组织机构图", IssuedOn: date("2026-01-05")},
		{Kind: materials.ServiceOutlets, Title: "售后服务网点清单", IssuedOn: date("2026-01-05")},
		{Kind: materials.TrainingRecords, Title: "2025年培训记录", IssuedOn: date("2025-11-20"),
			Sections: []materials.Section{materials.Plan, materials.Content, materials.AssessmentResults}},
		report("2024"),
		report("2025"),
	}
}

// exampleEvaluation awards every GB/T 27922 indicator percent of its points.
func exampleEvaluation(percent int64) audit.Evaluation {
	e := audit.Evaluation{Awarded: map[string]decimal.Decimal{}}
	for _, ind := range audit.GBT27922().Indicators() {
		e.Awarded[ind.Code] = ind.Points.Mul(decimal.NewFromInt(percent)).DivRound(decimal.NewFromInt(100), 2)
	}
	return e
}

func ExampleNew() {
	a, err := application.New(
		uuid.MustParse("6f1c2d3e-4b5a-4c6d-8e7f-901234567890"),
		application.Applicant{Name: "上海示例电器有限公司", CreditCode: "91310000132260250X", Personnel: 120, Sites: 1},
		application.AfterSalesScheme(),
		date("2026-01-05"),
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.State(), a.State().Chinese())
	fmt.Println("allowed:", a.Allowed())

	_, err = application.New(uuid.Nil, application.Applicant{Name: "x", CreditCode: "91310000132260250Y", Personnel: 0, Sites: 1},
		application.AfterSalesScheme(), date("2026-01-05"))
	fmt.Println(err)
	// Output:
	// draft 草稿
	// allowed: [submit withdraw]
	// application: invalid id: id: is the nil UUID
	// application: invalid applicant: credit_code: materials: credit code "91310000132260250Y": check character at position 18 is 'Y', want 'X'
	// application: invalid applicant: personnel: 0 is below 1
}

func ExampleApplication_Submit() {
	a, _ := application.New(uuid.MustParse("6f1c2d3e-4b5a-4c6d-8e7f-901234567890"),
		application.Applicant{Name: "上海示例电器有限公司", CreditCode: "91310000132260250X", Personnel: 120, Sites: 1},
		application.AfterSalesScheme(), date("2026-01-05"))

	incomplete := exampleMaterials()[:9] // no satisfaction reports
	_, err := a.Submit(date("2026-01-20"), incomplete)
	fmt.Println(err)
	fmt.Println("guard:", errors.Is(err, application.ErrGuard), "missing:", errors.Is(err, materials.ErrMissing))

	a, err = a.Submit(date("2026-01-20"), exampleMaterials())
	fmt.Println(a.State(), err)

	_, err = a.StartOnSiteAudit(date("2026-01-21"))
	fmt.Println(err)
	// Output:
	// application: cannot submit: materials incomplete: materials: satisfaction_report: missing
	// guard: true missing: true
	// submitted <nil>
	// application: cannot start_on_site_audit in state submitted: only return, accept, reject, withdraw allowed
}

func ExampleDiagram() {
	d := application.Diagram()
	fmt.Print(d[:strings.Index(d, "    state \"Submitted")])
	fmt.Println("...")
	// Output:
	// stateDiagram-v2
	//     state "Draft 草稿" as draft
	// ...
}

// The brief's six steps for one company: self-assessment, submission, a
// return for a missing satisfaction report, acceptance with the cycle quote,
// document review and on-site audit, one minor finding rectified, and the
// certificate with its grade from the score.
func Example_lifecycle() {
	scheme := application.AfterSalesScheme()
	a, _ := application.New(uuid.MustParse("6f1c2d3e-4b5a-4c6d-8e7f-901234567890"),
		application.Applicant{Name: "上海示例电器有限公司", CreditCode: "91310000132260250X", Personnel: 120, Sites: 1},
		scheme, date("2026-01-05"))

	eval := exampleEvaluation(86)
	ready, _ := a.SelfAssess(date("2026-01-10"), exampleMaterials()[:10], &eval)
	fmt.Println("self-assessment ready:", ready.Ready(), "self-score:", ready.Score.Score.StringFixed(2), ready.Score.Level.Chinese())

	a, _ = a.Submit(date("2026-01-20"), exampleMaterials())
	a, _ = a.Return(date("2026-01-27"), []string{"2024 satisfaction report listed but not in the package"})
	a, _ = a.Resubmit(date("2026-02-03"), exampleMaterials())

	req := fees.Request{Personnel: 120, Sites: 1, Part: fees.Cycle}
	quote, _ := scheme.Fees.Quote(req)
	a, _ = a.Accept(date("2026-02-10"), req, quote)
	fmt.Println("cycle quote:", quote.Total)

	a, _ = a.StartDocumentReview(date("2026-03-02"))
	a, _ = a.StartOnSiteAudit(date("2026-03-16"))
	minor, _ := audit.NewFinding(uuid.MustParse("11111111-2222-4333-8444-555555555555"), audit.Minor,
		"GB/T 27922-2011 5.2.4", "投诉处理记录未记录回访结果", "3 complaint records without a follow-up call",
		date("2026-03-18"), scheme.Rectification)
	a, _ = a.RequireRectification(date("2026-03-18"), []audit.Finding{minor})
	d, _, _ := a.NextDeadline(date("2026-03-20"))
	fmt.Println("next:", d.Kind, ymd(d.Due))

	f := a.Findings()[0]
	f, _ = f.SubmitAction(date("2026-04-08"), "follow-up calls added to the complaint procedure")
	a, _ = a.SubmitRectification(date("2026-04-08"), []audit.Finding{f})
	f, _ = f.Accept(date("2026-04-15"))
	a, _ = a.ReviewRectification(date("2026-04-15"), []audit.Finding{f})
	a, _ = a.CompleteRectification(date("2026-04-15"))

	result, _ := scheme.Scorecard.Score(exampleEvaluation(86))
	a, err := a.Certify(date("2026-04-20"), result, uuid.MustParse("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"), "ASC-2026-0001")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range a.History() {
		fmt.Printf("%s  %-22s %-9s %s → %s\n", ymd(r.On), r.Event, r.Actor, r.From, r.To)
	}
	c, _ := a.Certificate()
	fmt.Println(c.Number(), c.Level().Chinese(), "valid", ymd(c.DecidedOn()), "to", ymd(c.ExpiresOn()))
	// Output:
	// self-assessment ready: false self-score: 86.00 三星
	// cycle quote: 55650.00 CNY
	// next: rectification_due 2026-04-17
	// 2026-01-20  submit                 applicant draft → submitted
	// 2026-01-27  return                 body      submitted → returned
	// 2026-02-03  resubmit               applicant returned → submitted
	// 2026-02-10  accept                 body      submitted → accepted
	// 2026-03-02  start_document_review  body      accepted → document_review
	// 2026-03-16  start_on_site_audit    body      document_review → on_site_audit
	// 2026-03-18  require_rectification  body      on_site_audit → rectification
	// 2026-04-08  submit_rectification   applicant rectification → rectification
	// 2026-04-15  review_rectification   body      rectification → rectification
	// 2026-04-15  complete_rectification body      rectification → pending_decision
	// 2026-04-20  certify                body      pending_decision → certified
	// ASC-2026-0001 三星 valid 2026-04-20 to 2029-04-19
}

// A certification body keeps its own scheme as JSON: the after-sales scheme
// with its own audit fee (2800.00 a person-day), 45 days to respond to
// findings instead of 30, no optional materials, and its own name as the
// body printed on its certificates. It loads the scheme,
// runs an application under it, and decodes the stored application with the
// same scheme.
func ExampleScheme_UnmarshalJSON() {
	const cbScheme = `{
	  "checklist": [
	    {"kind": "application_form"},
	    {"kind": "business_license", "reference": "credit_code", "warn_within_days": 90},
	    {"kind": "organization_code", "reference": "organization_code",
	     "satisfied_by": [{"kind": "business_license", "reference": "credit_code"}]},
	    {"kind": "legal_rep_id", "reference": "resident_id", "warn_within_days": 90},
	    {"kind": "service_process_manual"},
	    {"kind": "quality_manual"},
	    {"kind": "feedback_mechanism"},
	    {"kind": "organization_chart"},
	    {"kind": "service_outlets"},
	    {"kind": "training_records", "latest_within_months": 12, "sections": ["plan", "content", "assessment_results"]},
	    {"kind": "satisfaction_report", "years_covered": 2, "sections": ["data_analysis", "improvement_measures"]}
	  ],
	  "time_table": "after_sales",
	  "scorecard": "gbt27922",
	  "fees": {
	    "currency": "CNY",
	    "application": {"amount": "1000.00", "currency": "CNY"},
	    "person_day": {"amount": "2800.00", "currency": "CNY"},
	    "registration": {"amount": "2000.00", "currency": "CNY"},
	    "annual_fee": {"amount": "2000.00", "currency": "CNY"},
	    "extra_copy": {"amount": "100.00", "currency": "CNY"},
	    "vat_rate": "0.06",
	    "prices_include_vat": false,
	    "time_table": "after_sales"
	  },
	  "certificate": {"validity_years": 3, "surveillance_interval_months": 12, "surveillance_anchor": "decision_date", "surveillance_tolerance_months": 0,
	    "surveillances_per_cycle": 2, "max_suspension_months": 6, "restoration_window_months": 6,
	    "recertification_lead_months": 3},
	  "rectification": {"response_days": 45, "repeat_stage2_months": 6},
	  "standard": "GB/T 27922-2011",
	  "scope": "家用电器的售后服务 (after-sales service of household appliances)",
	  "body": "上海某认证有限公司 (example certification body)"
	}`
	var scheme application.Scheme
	if err := json.Unmarshal([]byte(cbScheme), &scheme); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("requirements:", len(scheme.Checklist.Requirements), "response days:", scheme.Rectification.ResponseDays)
	fmt.Println("body:", scheme.Body)

	a, err := application.New(uuid.MustParse("6f1c2d3e-4b5a-4c6d-8e7f-901234567890"),
		application.Applicant{Name: "上海示例电器有限公司", CreditCode: "91310000132260250X", Personnel: 120, Sites: 1},
		scheme, date("2026-01-05"))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ = a.Submit(date("2026-01-20"), exampleMaterials())
	req := fees.Request{Personnel: 120, Sites: 1, Part: fees.Cycle}
	quote, _ := scheme.Fees.Quote(req)
	a, _ = a.Accept(date("2026-02-10"), req, quote)
	fmt.Println("cycle quote:", quote.Total)

	a, _ = a.StartDocumentReview(date("2026-03-02"))
	a, _ = a.StartOnSiteAudit(date("2026-03-16"))
	minor, _ := audit.NewFinding(uuid.MustParse("11111111-2222-4333-8444-555555555555"), audit.Minor,
		"GB/T 27922-2011 5.2.4", "投诉处理记录未记录回访结果", "3 complaint records without a follow-up call",
		date("2026-03-18"), scheme.Rectification)
	a, err = a.RequireRectification(date("2026-03-18"), []audit.Finding{minor})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.State(), "due", ymd(a.Findings()[0].DueOn()))

	// The stored application decodes under the body's scheme, not under
	// the default one (whose quote and due dates differ).
	doc, _ := a.MarshalJSON()
	back, err := application.Decode(doc, scheme)
	fmt.Println("decoded:", back.State(), err)
	_, err = application.Decode(doc, application.AfterSalesScheme())
	fmt.Println("under the default scheme:", errors.Is(err, application.ErrInvalidDocument))

	// A scheme whose fee schedule prices another time table is refused.
	var bad application.Scheme
	err = json.Unmarshal([]byte(strings.Replace(cbScheme, `"time_table": "after_sales",`, `"time_table": "qms",`, 1)), &bad)
	fmt.Println(err)
	// Output:
	// requirements: 11 response days: 45
	// body: 上海某认证有限公司 (example certification body)
	// cycle quote: 52576.00 CNY
	// rectification due 2026-05-02
	// decoded: rectification <nil>
	// under the default scheme: true
	// application: invalid scheme: fees: the fee schedule prices time table "after_sales", not the scheme's time_table "qms"
}

// An ISO 14001 application from draft to certificate: a scheme without a
// grade, so stage 2 is not scored and the certificate carries no grade; the
// decision rests on the findings alone.
func Example_iso14001() {
	scheme, err := application.ISO14001Scheme(audit.MediumComplexity)
	if err != nil {
		fmt.Println(err)
		return
	}
	scheme.Body = "上海某认证有限公司 (example certification body)"
	a, _ := application.New(uuid.MustParse("6f1c2d3e-4b5a-4c6d-8e7f-901234567890"),
		application.Applicant{Name: "上海示例电器有限公司", CreditCode: "91310000132260250X", Personnel: 120, Sites: 1,
			Scope: "家用电器的设计和生产 (design and manufacture of household appliances)"},
		scheme, date("2026-01-05"))

	dossier := []materials.Material{
		{Kind: materials.ApplicationForm, Title: "认证申请书", IssuedOn: date("2026-01-15")},
		{Kind: materials.BusinessLicense, Title: "营业执照", IssuedOn: date("2016-04-01"), Reference: "91310000132260250X"},
		{Kind: materials.LegalRepID, Title: "法定代表人身份证", IssuedOn: date("2020-03-01"), ValidUntil: date("2040-03-01"), Reference: "11010519491231002X"},
		{Kind: materials.OrganizationChart, Title: "组织机构图", IssuedOn: date("2026-01-05")},
		{Kind: "environmental_aspects", Title: "环境因素识别与评价表", IssuedOn: date("2025-12-01")},
		{Kind: "compliance_obligations", Title: "合规义务清单", IssuedOn: date("2025-12-01")},
		{Kind: "environmental_monitoring_results", Title: "2025年环境监测报告", IssuedOn: date("2025-12-20")},
		{Kind: "internal_audit_records", Title: "2025年内部审核报告", IssuedOn: date("2025-11-10")},
		{Kind: "management_review_records", Title: "2025年管理评审报告", IssuedOn: date("2025-12-15")},
	}
	a, err = a.Submit(date("2026-01-20"), dossier)
	if err != nil {
		fmt.Println(err)
		return
	}
	req := fees.Request{Personnel: 120, Sites: 1, Part: fees.Cycle}
	quote, _ := scheme.Fees.Quote(req)
	a, _ = a.Accept(date("2026-02-10"), req, quote)
	fmt.Println("audit days:", quote.Effort.Initial, "cycle quote:", quote.Total)

	a, _ = a.StartDocumentReview(date("2026-03-02"))
	a, _ = a.StartOnSiteAudit(date("2026-03-16"))
	minor, _ := audit.NewFinding(uuid.MustParse("11111111-2222-4333-8444-555555555555"), audit.Minor,
		"ISO 14001:2015 9.1.2", "合规性评价未覆盖新发布的排放标准", "2025年合规性评价记录",
		date("2026-03-18"), scheme.Rectification)
	a, _ = a.RequireRectification(date("2026-03-18"), []audit.Finding{minor})
	f, _ := a.Findings()[0].SubmitAction(date("2026-04-08"), "补充合规性评价并更新合规义务清单")
	a, _ = a.SubmitRectification(date("2026-04-08"), []audit.Finding{f})
	f, _ = f.Accept(date("2026-04-15"))
	a, _ = a.ReviewRectification(date("2026-04-15"), []audit.Finding{f})
	a, _ = a.CompleteRectification(date("2026-04-15"))

	// A score has no place in a scheme without a grade.
	result, _ := audit.GBT27922().Score(exampleEvaluation(86))
	_, err = a.Certify(date("2026-04-20"), result, uuid.MustParse("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"), "EMS-2026-0001")
	fmt.Println(err)

	a, err = a.Certify(date("2026-04-20"), audit.Result{}, uuid.MustParse("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d"), "EMS-2026-0001")
	if err != nil {
		fmt.Println(err)
		return
	}
	c, _ := a.Certificate()
	fmt.Println(a.State(), c.Number(), c.Standard())
	fmt.Println("holder:", c.Holder(), "body:", c.Body())
	fmt.Println("scope:", c.Scope())
	fmt.Println("graded:", !c.Grant().Ungraded, "valid", ymd(c.DecidedOn()), "to", ymd(c.ExpiresOn()))
	for _, m := range c.Schedule() {
		fmt.Println(m.Kind, ymd(m.Due))
	}
	// Output:
	// audit days: 8 cycle quote: 50880.00 CNY
	// application: cannot certify: result: the scheme has no grade: it certifies on the findings alone, with no result
	// certified EMS-2026-0001 ISO 14001:2015
	// holder: 上海示例电器有限公司 body: 上海某认证有限公司 (example certification body)
	// scope: 家用电器的设计和生产 (design and manufacture of household appliances)
	// graded: false valid 2026-04-20 to 2029-04-19
	// surveillance_due 2027-04-20
	// surveillance_due 2028-04-20
	// recertification_application 2029-01-19
	// expiry 2029-04-19
}

func ExampleISO45001Scheme() {
	s, err := application.ISO45001Scheme(audit.HighComplexity)
	fmt.Println(s.Standard, s.TimeTable.Name(), "graded:", !s.Scorecard.IsZero(), err)
	_, err = application.ISO45001Scheme(audit.LimitedComplexity)
	fmt.Println(err)
	// Output:
	// ISO 45001:2018 ohs_high graded: false <nil>
	// application: invalid scheme: complexity: limited: the OH&S table has the categories high, medium and low
}
