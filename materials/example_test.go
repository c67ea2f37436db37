package materials_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/aftersales/certification/materials"
)

func ExampleValidateCreditCode() {
	fmt.Println(materials.ValidateCreditCode("91310000132260250X"))
	for _, code := range []string{"91310000132260250Y", "91310000132260250x", "9131000013226025"} {
		err := materials.ValidateCreditCode(code)
		var re *materials.ReferenceError
		if errors.As(err, &re) {
			fmt.Printf("%s (rule %q)\n", err, re.Rule)
		}
	}
	// Output:
	// <nil>
	// materials: credit code "91310000132260250Y": check character at position 18 is 'Y', want 'X' (rule "check character")
	// materials: credit code "91310000132260250x": character at position 18 is lower case 'x'; write it in upper case (rule "lower case")
	// materials: credit code "9131000013226025": length is 16 characters, want 18 (rule "length")
}

func ExampleValidateResidentID() {
	fmt.Println(materials.ValidateResidentID("11010519491231002X"))
	fmt.Println(materials.ValidateResidentID("440524188001010014")) // born 1880: no earliest year
	fmt.Println(materials.ValidateResidentID("110105194902300024"))
	// Output:
	// <nil>
	// <nil>
	// materials: resident ID "110105194902300024": birth date 19490230 at positions 7-14: day 30 does not exist in 1949-02
}

// A legal representative signs with a resident ID, or with another identity
// document that the material names in its ReferenceType. On the check date
// the representative must be 18 or older; only a resident ID tells.
func Example_legalRepresentative() {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	checklist := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.LegalRepID, Reference: materials.CheckResidentID,
		OtherReferences: []materials.ReferenceCheck{materials.CheckPassport, materials.CheckHKMacaoTravelPermit}, MinAge: 18}}}
	for _, id := range []materials.Material{
		{Kind: materials.LegalRepID, Title: "回乡证", IssuedOn: day("2022-01-10"), ValidUntil: day("2032-01-09"),
			Reference: "H12345678", ReferenceType: materials.CheckHKMacaoTravelPermit},
		{Kind: materials.LegalRepID, Title: "护照", IssuedOn: day("2022-01-10"), Reference: "E1234567-8", ReferenceType: materials.CheckPassport},
		{Kind: materials.LegalRepID, Title: "身份证", IssuedOn: day("2024-07-01"), Reference: "310104200806151239"},
	} {
		report := checklist.Check([]materials.Material{id}, day("2026-06-14"))
		if report.Complete() {
			fmt.Println(id.Title + ": complete")
			continue
		}
		for _, p := range report.Problems() {
			fmt.Println(p.Chinese())
			fmt.Println(p.English())
			fmt.Println("under age:", errors.Is(p, materials.ErrUnderage), "rule:", p.Rule)
		}
	}
	// Output:
	// 回乡证: complete
	// 法定代表人身份证明“护照”：号码 E1234567-8 无效（含非法字符）
	// Legal representative's identity document "护照": invalid reference: passport "E1234567-8": character at position 9 is '-', want one of A-Z and 0-9
	// under age: false rule: character
	// 法定代表人身份证明“身份证”：未满 18 周岁（出生日期 2008-06-15，2026-06-15 年满 18 周岁）
	// Legal representative's identity document "身份证": under age: born on 2008-06-15, not 18 until 2026-06-15 (minimum age 18)
	// under age: true rule: minimum age
}

func ExampleChecklist_Check() {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	provided := []materials.Material{
		{Kind: materials.ApplicationForm, Title: "认证申请书", IssuedOn: day("2026-05-01")},
		{Kind: materials.BusinessLicense, Title: "营业执照", IssuedOn: day("2016-04-01"), ValidUntil: day("2026-03-31"), Reference: "91310000132260250X"},
		{Kind: materials.LegalRepID, Title: "身份证", IssuedOn: day("2020-03-01"), ValidUntil: day("2026-07-01"), Reference: "11010519491231002X"},
		{Kind: materials.ServiceProcessManual, Title: "售后服务流程手册", IssuedOn: day("2025-01-10")},
		{Kind: materials.QualityManual, Title: "质量管理手册", IssuedOn: day("2024-06-01")},
		{Kind: materials.FeedbackMechanism, Title: "客户反馈机制说明", IssuedOn: day("2025-02-01")},
		{Kind: materials.OrganizationChart, Title: "组织机构图", IssuedOn: day("2026-01-05")},
		{Kind: materials.ServiceOutlets, Title: "网点清单", IssuedOn: day("2026-04-01")},
		{Kind: materials.TrainingRecords, Title: "培训记录", IssuedOn: day("2026-01-20"),
			Sections: []materials.Section{materials.Plan, materials.Content, materials.AssessmentResults}},
		{Kind: materials.SatisfactionReport, Title: "2025年度满意度报告", IssuedOn: day("2026-01-31"),
			Covers:   materials.Period{From: day("2025-01-01"), To: day("2025-12-31")},
			Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}},
	}
	report := materials.AfterSalesService().Check(provided, day("2026-05-15"))
	fmt.Println("complete:", report.Complete())
	fmt.Println(report.Err())
	fmt.Println("expired licence:", errors.Is(report.Err(), materials.ErrExpired))
	for _, w := range report.Warnings() {
		fmt.Println("warning:", w)
	}
	// Output:
	// complete: false
	// materials: business_license "营业执照": expired: valid until 2026-03-31
	// materials: organization_code: missing (and no business_license with a valid unified social credit code stands in)
	// materials: satisfaction_report: nothing covers the year 2024-05-16 to 2025-05-15
	// expired licence: true
	// warning: materials: legal_rep_id "身份证": expires soon: valid until 2026-07-01 (within 90 days of 2026-05-15)
}

func ExampleProblem_Chinese() {
	p := materials.Problem{Kind: materials.SatisfactionReport, Reason: materials.ReasonMissingSection,
		Title: "2025年度满意度报告", Section: materials.ImprovementMeasures}
	fmt.Println(p.Chinese())
	fmt.Println(p.English())
	fmt.Println(p)
	// Output:
	// 客户满意度调查报告“2025年度满意度报告”：缺少“改进措施”部分
	// Customer satisfaction survey report "2025年度满意度报告": missing section "improvement measures"
	// materials: satisfaction_report "2025年度满意度报告": missing section improvement_measures
}

func ExampleChecklist_custom() {
	// A CB that wants three years of satisfaction reports and nothing else.
	cl := materials.Checklist{Requirements: []materials.Requirement{
		{Kind: materials.SatisfactionReport, YearsCovered: 3,
			Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}},
	}}
	fmt.Println(cl.Validate())
	fmt.Println(materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.OrganizationCode,
		SatisfiedBy: []materials.StandIn{{Kind: materials.OrganizationCode}}}}}.Validate())
	// Output:
	// <nil>
	// materials: invalid checklist: requirements[0].satisfied_by[0].kind: organization_code is the requirement's own kind
}

// A CB adds a kind of its own to the after-sales checklist: an ISO 9001
// certificate, optional, that must be valid on the day. Problems name the
// kind by the checklist's names.
func ExampleChecklist_kindsOfItsOwn() {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	cl := materials.AfterSalesService()
	cl.Kinds = append(cl.Kinds, materials.KindDef{Code: "iso9001_certificate", Chinese: "质量管理体系认证证书", English: "ISO 9001 certificate"})
	cl.Requirements = append(cl.Requirements, materials.Requirement{Kind: "iso9001_certificate", Optional: true})

	cert := materials.Material{Kind: "iso9001_certificate", Title: "ISO 9001 证书", IssuedOn: day("2022-03-01"), ValidUntil: day("2025-02-28")}
	for _, w := range cl.Check([]materials.Material{cert}, day("2026-05-15")).Warnings() {
		fmt.Println(w.Chinese())
		fmt.Println(w.English())
	}
	d, _ := cl.Kind("iso9001_certificate")
	fmt.Println(d.Chinese)

	cl.Kinds = append(cl.Kinds, materials.KindDef{Code: materials.QualityManual, Chinese: "手册", English: "Manual"})
	fmt.Println(cl.Validate())
	// Output:
	// 质量管理体系认证证书“ISO 9001 证书”：已过期（有效期至 2025-02-28）
	// ISO 9001 certificate "ISO 9001 证书": expired: valid until 2025-02-28
	// 质量管理体系认证证书
	// materials: invalid checklist: kinds[1].code: quality_manual is a built-in kind; a checklist defines only kinds of its own
}

// The management-system checklists ask for the company documents and the
// documented information of the standard, each a kind the checklist
// defines.
func ExampleISO9001() {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	cl := materials.ISO9001()
	for _, r := range cl.Requirements {
		d, _ := cl.Kind(r.Kind)
		fmt.Printf("%s: %s\n", r.Kind, d.English)
	}
	provided := []materials.Material{
		{Kind: materials.ApplicationForm, Title: "认证申请书", IssuedOn: day("2026-05-01")},
		{Kind: materials.BusinessLicense, Title: "营业执照", IssuedOn: day("2016-04-01"), Reference: "91310000132260250X"},
		{Kind: materials.LegalRepID, Title: "身份证", IssuedOn: day("2020-03-01"), ValidUntil: day("2040-03-01"), Reference: "11010519491231002X"},
		{Kind: materials.OrganizationChart, Title: "组织机构图", IssuedOn: day("2026-01-05")},
		{Kind: "quality_policy", Title: "质量方针", IssuedOn: day("2025-12-01")},
		{Kind: "quality_objectives", Title: "2026年质量目标", IssuedOn: day("2026-01-02")},
		{Kind: "qms_documented_information", Title: "质量手册及程序文件", IssuedOn: day("2025-12-01")},
		{Kind: "internal_audit_records", Title: "2025年内审报告", IssuedOn: day("2025-03-20")},
	}
	report := cl.Check(provided, day("2026-05-15"))
	for _, p := range report.Problems() {
		fmt.Println(p.Chinese())
		fmt.Println(p.English())
	}
	// Output:
	// application_form: Application form
	// business_license: Business licence (copy)
	// legal_rep_id: Legal representative's identity document
	// organization_chart: Organisation chart (with the after-sales service unit)
	// quality_policy: Quality policy
	// quality_objectives: Quality objectives
	// qms_documented_information: Documented information of the quality management system
	// internal_audit_records: Internal audit records (audit programme and results)
	// management_review_records: Management review records (results of the reviews)
	// 内部审核记录“2025年内审报告”：不是最新（最近一份签发于 2025-03-20，早于 2025-05-15）
	// Internal audit records (audit programme and results) "2025年内审报告": out of date: the latest was issued on 2025-03-20, before 2025-05-15
	// 管理评审记录：缺少
	// Management review records (results of the reviews): missing
}

func ExampleChecklist_UnmarshalJSON() {
	// A CB's own checklist, loaded from JSON (see the package's JSON section).
	data := []byte(`[{"kind":"application_form"},
	 {"kind":"business_license","reference":"credit_code","warn_within_days":90},
	 {"kind":"organization_code","reference":"organization_code",
	  "satisfied_by":[{"kind":"business_license","reference":"credit_code"}]},
	 {"kind":"satisfaction_report","years_covered":3,"count":3,
	  "sections":["data_analysis","improvement_measures"]},
	 {"kind":"service_case","optional":true}]`)
	var cl materials.Checklist
	if err := json.Unmarshal(data, &cl); err != nil {
		fmt.Println(err)
		return
	}
	r, _ := cl.Requirement(materials.SatisfactionReport)
	fmt.Println(len(cl.Requirements), r.YearsCovered, r.Sections)

	err := json.Unmarshal([]byte(`[{"kind":"quality_manual"},{"kind":"quality_manual","count":-1}]`), &cl)
	fmt.Println(err)
	fmt.Println(len(cl.Requirements), "(unchanged)")

	// With kinds of its own, a checklist is an object.
	err = json.Unmarshal([]byte(`{"kinds":[{"code":"quality_policy","chinese":"质量方针","english":"Quality policy"}],
	 "requirements":[{"kind":"quality_policy"},{"kind":"quality_objectives"}]}`), &cl)
	fmt.Println(err)
	// Output:
	// 5 3 [data_analysis improvement_measures]
	// materials: invalid checklist: requirements[1].count: -1 is negative
	// materials: invalid checklist: requirements[1].kind: quality_manual is asked for by requirements[0] already
	// 5 (unchanged)
	// materials: invalid checklist: requirements[1].kind: quality_objectives is neither a built-in kind nor one of the checklist's kinds
}
