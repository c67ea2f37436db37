// Command checklist checks the dossier of a Shanghai company against the
// default after-sales service checklist and prints the report in Chinese and
// English. The dossier has two problems (an expired ID of the legal
// representative and no satisfaction report for the earlier of the last two
// years) and one warning (the business licence ends within 90 days). A
// report with problems is still a successful run: the program exits 0.
//
//	go run ./examples/checklist
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/aftersales/certification/materials"
)

// date parses a YYYY-MM-DD date in Shanghai; the dates below are constants.
func date(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02", s, shanghai)
	if err != nil {
		panic("date(" + s + "): " + err.Error())
	}
	return t
}

// shanghai is China Standard Time (UTC+8, no daylight saving), fixed so that
// the example does not depend on the system's time zone database.
var shanghai = time.FixedZone("CST", 8*3600)

const (
	company    = "上海申联家电售后服务有限公司"
	creditCode = "91310000132260250X"
)

func dossier() []materials.Material {
	return []materials.Material{
		{Kind: materials.ApplicationForm, Title: "售后服务体系认证申请书", IssuedOn: date("2026-05-06")},
		{Kind: materials.BusinessLicense, Title: "营业执照（上海市市场监督管理局核发）", IssuedOn: date("2016-07-18"), ValidUntil: date("2026-07-17"), Reference: creditCode},
		{Kind: materials.LegalRepID, Title: "法定代表人居民身份证", IssuedOn: date("2006-04-30"), ValidUntil: date("2026-04-30"), Reference: "11010519491231002X"},
		{Kind: materials.ServiceProcessManual, Title: "售后服务流程手册（第3版）", IssuedOn: date("2025-09-01")},
		{Kind: materials.QualityManual, Title: "质量管理手册（A/2）", IssuedOn: date("2024-12-15")},
		{Kind: materials.FeedbackMechanism, Title: "客户反馈收集与处理机制说明", IssuedOn: date("2025-09-01")},
		{Kind: materials.OrganizationChart, Title: "组织机构图（含客户服务中心）", IssuedOn: date("2026-03-01")},
		{Kind: materials.ServiceOutlets, Title: "上海市售后服务网点清单（12个）", IssuedOn: date("2026-04-20")},
		{Kind: materials.TrainingRecords, Title: "2025年度服务人员培训记录", IssuedOn: date("2026-01-15"),
			Sections: []materials.Section{materials.Plan, materials.Content, materials.AssessmentResults}},
		{Kind: materials.SatisfactionReport, Title: "2025年度客户满意度调查报告", IssuedOn: date("2026-02-10"),
			Covers:   materials.Period{From: date("2025-01-01"), To: date("2025-12-31")},
			Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}},
		{Kind: materials.ServiceCommitment, Title: "售后服务承诺书", IssuedOn: date("2026-05-06")},
		{Kind: materials.ServiceCase, Title: "空调上门维修典型案例", IssuedOn: date("2026-03-12")},
	}
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// run checks the dossier and writes the report to w.
func run(w io.Writer) error {
	asOf := date("2026-05-15")
	report := materials.AfterSalesService().Check(dossier(), asOf)

	var b strings.Builder
	fmt.Fprintf(&b, "材料审查报告 / Materials check\n")
	fmt.Fprintf(&b, "申请人 Applicant: %s（统一社会信用代码 %s）\n", company, creditCode)
	fmt.Fprintf(&b, "审查日期 Checked on: %s\n\n", asOf.Format("2006-01-02"))
	writeResults(&b, report)
	writeProblems(&b, "问题 Problems", report.Problems())
	writeProblems(&b, "提示 Warnings", report.Warnings())
	if report.Complete() {
		fmt.Fprintf(&b, "\n结论：材料齐全，可以提交申请。\nResult: the materials are complete; the application can be submitted.\n")
	} else {
		fmt.Fprintf(&b, "\n结论：材料不全，请补正后提交。\nResult: the materials are incomplete; complete them and submit again.\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeResults writes each requirement with its mark and the materials that
// met it.
func writeResults(b *strings.Builder, report materials.Report) {
	for _, res := range report.Results {
		mark := "✓"
		switch {
		case len(res.Problems) > 0:
			mark = "✗"
		case !res.Satisfied:
			mark = "–"
		}
		need := "必需 required"
		if res.Optional {
			need = "可选 optional"
		}
		fmt.Fprintf(b, "%s %s / %s [%s]\n", mark, res.Kind.Chinese(), res.Kind.English(), need)
		for _, m := range res.Used {
			note := ""
			if m.Kind != res.Kind {
				note = fmt.Sprintf("（由%s代替 / in its place: %s）", m.Kind.Chinese(), m.Kind.English())
			}
			fmt.Fprintf(b, "    · %s%s\n", m.Title, note)
		}
	}
}

// writeProblems writes a numbered list of problems in both languages.
func writeProblems(b *strings.Builder, heading string, problems []materials.Problem) {
	fmt.Fprintf(b, "\n%s (%d):\n", heading, len(problems))
	for i, p := range problems {
		fmt.Fprintf(b, "%d. %s\n   %s\n", i+1, p.Chinese(), p.English())
	}
}
