// Command lifecycle walks one Shanghai company's application for after-sales
// service certification from draft to certificate and prints it as a
// bilingual timeline: the self-assessment (a satisfaction report not found
// yet, and a self-score), the submission, one return because the 2024
// satisfaction report was listed but not in the package, the resubmission,
// acceptance with the three-year cycle quote, document review, the on-site
// audit with one minor finding, its rectification (the company's action,
// then the body's acceptance of the plan, each recorded as its own actor's
// step), the decision with the grade from the score, and the certificate as
// it is printed (holder and address, standard, scope, grade, dates and the
// certification body [17021], [CNCA]) with its surveillance schedule.
// The scheme is the after-sales scheme run by a fictional certification
// body, whose name the certificate shows.
// Every step goes through package application, which checks it against the
// lifecycle table and its guards; the program exits 1 if any step is
// refused.
//
//	go run ./examples/lifecycle
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/materials"
)

// shanghai is China Standard Time (UTC+8, no daylight saving), fixed so that
// the example does not depend on the system's time zone database.
var shanghai = time.FixedZone("CST", 8*3600)

// date parses a YYYY-MM-DD date in Shanghai; the dates below are constants.
func date(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02", s, shanghai)
	if err != nil {
		panic("date(" + s + "): " + err.Error())
	}
	return t
}

func ymd(t time.Time) string { return t.Format("2006-01-02") }

// yesNo prints a yes-or-no answer in both languages.
func yesNo(b bool) string {
	if b {
		return "是 yes"
	}
	return "否 no"
}

const (
	company    = "上海申联家电售后服务有限公司"
	creditCode = "91310000132260250X"
	address    = "上海市闵行区申联路88号"
	// body is a fictional certification body (认证机构), not a real one.
	body = "上海某认证有限公司 (example certification body)"
)

var (
	applicationID = uuid.MustParse("3b9e5f0c-2a41-4d7e-9c3a-6f1d2e8b7a10")
	certificateID = uuid.MustParse("c5d2a7e4-81f3-4b6a-9e20-4f7b1c3d9a58")
	findingID     = uuid.MustParse("7e4a1c90-5b2d-4f3e-8a61-2d9c0b7f3e15")
)

func satisfactionReport(year string, issued time.Time) materials.Material {
	return materials.Material{Kind: materials.SatisfactionReport, Title: year + "年度客户满意度调查报告", IssuedOn: issued,
		Covers:   materials.Period{From: date(year + "-01-01"), To: date(year + "-12-31")},
		Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}}
}

// dossier is what the company has; with2024 adds the 2024 satisfaction
// report.
func dossier(with2024 bool) []materials.Material {
	m := []materials.Material{
		{Kind: materials.ApplicationForm, Title: "售后服务体系认证申请书", IssuedOn: date("2026-01-15")},
		{Kind: materials.BusinessLicense, Title: "营业执照", IssuedOn: date("2016-07-18"), Reference: creditCode},
		{Kind: materials.LegalRepID, Title: "法定代表人居民身份证", IssuedOn: date("2019-04-30"), ValidUntil: date("2039-04-30"), Reference: "11010519491231002X"},
		{Kind: materials.ServiceProcessManual, Title: "售后服务流程手册（第3版）", IssuedOn: date("2025-09-01")},
		{Kind: materials.QualityManual, Title: "质量管理手册（A/2）", IssuedOn: date("2024-12-15")},
		{Kind: materials.FeedbackMechanism, Title: "客户反馈收集与处理机制说明", IssuedOn: date("2025-09-01")},
		{Kind: materials.OrganizationChart, Title: "组织机构图（含客户服务中心）", IssuedOn: date("2026-01-05")},
		{Kind: materials.ServiceOutlets, Title: "上海市售后服务网点清单", IssuedOn: date("2026-01-05")},
		{Kind: materials.TrainingRecords, Title: "2025年度服务人员培训记录", IssuedOn: date("2025-12-20"),
			Sections: []materials.Section{materials.Plan, materials.Content, materials.AssessmentResults}},
		satisfactionReport("2025", date("2026-01-12")),
	}
	if with2024 {
		m = append(m, satisfactionReport("2024", date("2025-01-20")))
	}
	return m
}

// evaluation is the audit team's scoring: 86 % of every indicator's points.
func evaluation(s audit.Scorecard) audit.Evaluation {
	e := audit.Evaluation{Awarded: map[string]decimal.Decimal{}}
	for _, ind := range s.Indicators() {
		e.Awarded[ind.Code] = ind.Points.Mul(decimal.NewFromInt(86)).DivRound(decimal.NewFromInt(100), 2)
	}
	return e
}

// timeline prints each step as it is taken.
type timeline struct {
	w   io.Writer
	err error
}

func (t *timeline) printf(format string, args ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, args...)
	}
}

// step prints the latest history entry of a and a detail line.
func (t *timeline) step(a application.Application, detail string) {
	h := a.History()
	r := h[len(h)-1]
	t.printf("%s  %s %s: %s → %s（%s）\n", ymd(r.On), r.Event.Chinese(), r.Event.English(),
		r.From.Chinese(), r.To.Chinese(), r.Actor.Chinese())
	if detail != "" {
		t.printf("            %s\n", detail)
	}
}

// run takes the application through the brief's six steps, printing each
// to w; it stops at the first step refused.
func run(w io.Writer) error {
	t := &timeline{w: w}
	scheme := application.AfterSalesScheme()
	scheme.Body = body // the library is not a certification body: the one running the scheme names itself
	a, err := start(t, scheme)
	if err != nil {
		return err
	}
	for _, step := range []func(*timeline, application.Application, application.Scheme) (application.Application, error){
		selfAssess, submit, accept, audits, rectify, certify,
	} {
		if a, err = step(t, a, scheme); err != nil {
			return err
		}
	}
	printCertificate(t, a)
	if err := printQuote(t, a); err != nil {
		return err
	}
	if err := roundTrip(t, a, scheme); err != nil {
		return err
	}
	return t.err
}

// start creates the application (step 1 is reading the standard).
func start(t *timeline, scheme application.Scheme) (application.Application, error) {
	applicant := application.Applicant{Name: company, CreditCode: creditCode, LegalRepresentative: "王建国",
		Address: address, Personnel: 120, Sites: 1}
	t.printf("售后服务体系认证申请时间线 / After-sales service certification: application timeline\n")
	t.printf("申请人 Applicant: %s（统一社会信用代码 %s），有效人数 %d 人，%d 个场所\n\n",
		applicant.Name, applicant.CreditCode, applicant.Personnel, applicant.Sites)
	a, err := application.New(applicationID, applicant, scheme, date("2026-01-05"))
	if err != nil {
		return a, err
	}
	t.printf("%s  开始申请 Started: %s %s\n", ymd(a.Created()), a.State().Chinese(), a.State().English())
	return a, nil
}

// selfAssess is step 2: the self-assessment, before the 2024 report has
// been found.
func selfAssess(t *timeline, a application.Application, scheme application.Scheme) (application.Application, error) {
	e := evaluation(scheme.Scorecard)
	on := date("2026-01-16")
	ready, err := a.SelfAssess(on, dossier(false), &e)
	if err != nil {
		return a, err
	}
	t.printf("%s  自评 Self-assessment: 可提交 Ready: %s; 自评得分 self-score %s → %s %s\n",
		ymd(on), yesNo(ready.Ready()), ready.Score.Score.StringFixed(2), ready.Score.Level.Chinese(), ready.Score.Level.English())
	for _, p := range ready.Materials.Problems() {
		t.printf("            ✗ %s\n              %s\n", p.Chinese(), p.English())
	}
	return a, nil
}

// submit is step 3: the submission, the preliminary review's return and the
// resubmission.
func submit(t *timeline, a application.Application, _ application.Scheme) (application.Application, error) {
	a, err := a.Submit(date("2026-01-20"), dossier(true))
	if err != nil {
		return a, err
	}
	t.step(a, fmt.Sprintf("%[1]d 份材料，按清单核查通过 / %[1]d documents, checklist passed", len(a.Materials())))
	if a, err = a.Return(date("2026-01-27"), []string{
		"2024年度客户满意度调查报告已列入清单但未随附 / the 2024 satisfaction report is listed but not in the package",
	}); err != nil {
		return a, err
	}
	h := a.History()
	t.step(a, "退回原因 Reason: "+h[len(h)-1].Reasons[0])
	if a, err = a.Resubmit(date("2026-02-03"), dossier(true)); err != nil {
		return a, err
	}
	t.step(a, "补齐2024年度满意度报告 / 2024 satisfaction report included")
	return a, nil
}

// accept ends step 3: the body accepts the application with the scheme's
// cycle quote.
func accept(t *timeline, a application.Application, scheme application.Scheme) (application.Application, error) {
	request := fees.Request{Personnel: a.Applicant().Personnel, Sites: a.Applicant().Sites, Part: fees.Cycle}
	quote, err := scheme.Fees.Quote(request)
	if err != nil {
		return a, err
	}
	if a, err = a.Accept(date("2026-02-10"), request, quote); err != nil {
		return a, err
	}
	t.step(a, fmt.Sprintf("三年周期报价 Cycle quote %s（审核人日 person-days: 初审 %s，监督 %s）",
		quote.Total, quote.Effort.Initial, quote.Effort.Surveillance))
	return a, nil
}

// audits is step 4: document review and the on-site audit.
func audits(t *timeline, a application.Application, _ application.Scheme) (application.Application, error) {
	a, err := a.StartDocumentReview(date("2026-03-02"))
	if err != nil {
		return a, err
	}
	t.step(a, "第一阶段 Stage 1")
	if a, err = a.StartOnSiteAudit(date("2026-03-16")); err != nil {
		return a, err
	}
	t.step(a, "第二阶段 Stage 2")
	return a, nil
}

// rectify is step 5: one minor nonconformity, rectified within the set
// time; the company's action and the body's answer are each their own
// actor's step.
func rectify(t *timeline, a application.Application, scheme application.Scheme) (application.Application, error) {
	minor, err := audit.NewFinding(findingID, audit.Minor, "GB/T 27922-2011 5.3.2 投诉处理",
		"投诉处理后未按规定进行回访 / complaints closed without the required follow-up call",
		"2025年12月投诉记录抽查10份，3份无回访记录", date("2026-03-18"), scheme.Rectification)
	if err != nil {
		return a, err
	}
	if a, err = a.RequireRectification(date("2026-03-18"), []audit.Finding{minor}); err != nil {
		return a, err
	}
	deadline, _, err := a.NextDeadline(date("2026-03-18"))
	if err != nil {
		return a, err
	}
	t.step(a, fmt.Sprintf("%s %s（%s），%s %s", minor.Severity().Chinese(), minor.Clause(), minor.Statement(),
		deadline.Kind.Chinese(), ymd(deadline.Due)))
	if a, err = answer(t, a); err != nil {
		return a, err
	}
	if a, err = a.CompleteRectification(date("2026-04-15")); err != nil {
		return a, err
	}
	t.step(a, "")
	return a, nil
}

// answer records the company's action on the finding and the body's
// acceptance of its plan.
func answer(t *timeline, a application.Application) (application.Application, error) {
	f, err := a.Findings()[0].SubmitAction(date("2026-04-08"), "修订投诉处理程序，增加回访要求；3份投诉已补回访")
	if err != nil {
		return a, err
	}
	if a, err = a.SubmitRectification(date("2026-04-08"), []audit.Finding{f}); err != nil {
		return a, err
	}
	t.step(a, "整改措施 Action: "+f.Action())
	if f, err = f.Accept(date("2026-04-15")); err != nil {
		return a, err
	}
	if a, err = a.ReviewRectification(date("2026-04-15"), []audit.Finding{f}); err != nil {
		return a, err
	}
	t.step(a, "状态 Status: "+f.Status().Chinese()+" "+f.Status().English())
	return a, nil
}

// certify is step 6: the decision, with the grade from the score.
func certify(t *timeline, a application.Application, scheme application.Scheme) (application.Application, error) {
	result, err := scheme.Scorecard.Score(evaluation(scheme.Scorecard))
	if err != nil {
		return a, err
	}
	if a, err = a.Certify(date("2026-04-20"), result, certificateID, "ASC-31-2026-0042"); err != nil {
		return a, err
	}
	t.step(a, fmt.Sprintf("得分 Score %s / %s → %s %s", result.Score.StringFixed(2), result.Applicable.StringFixed(2),
		result.Level.Chinese(), result.Level.English()))
	return a, nil
}

// printCertificate prints the certificate as it is printed, with its
// surveillance schedule.
func printCertificate(t *timeline, a application.Application) {
	cert, _ := a.Certificate()
	t.printf("\n证书 Certificate\n")
	t.printf("  编号 Number      %s\n", cert.Number())
	t.printf("  持证人 Holder    %s（%s）\n", cert.Holder(), cert.CreditCode())
	t.printf("  地址 Address     %s\n", cert.Address())
	t.printf("  标准 Standard    %s\n", cert.Standard())
	t.printf("  范围 Scope       %s\n", cert.Scope())
	t.printf("  等级 Level       %s %s\n", cert.Level().Chinese(), cert.Level().English())
	t.printf("  决定 Decided     %s\n", ymd(cert.DecidedOn()))
	t.printf("  颁发 Issued      %s\n", ymd(cert.IssuedOn()))
	t.printf("  到期 Expires     %s\n", ymd(cert.ExpiresOn()))
	t.printf("  认证机构 Body    %s\n", cert.Body())
	t.printf("  时间表 Schedule:\n")
	for _, m := range cert.Schedule() {
		label := m.Kind.Chinese() + " " + m.Kind.English()
		if m.Seq > 0 {
			label = fmt.Sprintf("%s（第%d次 no. %d）", label, m.Seq, m.Seq)
		}
		t.printf("    %s  %s\n", ymd(m.Due), label)
	}
}

// printQuote prints the cycle quote the application was accepted with.
func printQuote(t *timeline, a application.Application) error {
	_, quote, _ := a.Quote()
	t.printf("\n三年周期报价 Cycle quote（%s）\n", quote.Currency)
	for _, l := range quote.Lines {
		t.printf("  第%d年 Year %d  %10s  %s %s（%s）\n", l.Year, l.Year, l.Amount.Amount().StringFixed(2), l.Item.Chinese(), l.Item.English(), l.EnglishBasis())
	}
	words, err := quote.Total.Uppercase()
	if err != nil {
		return err
	}
	t.printf("  不含税 Net %s，增值税 VAT %s%%: %s，合计 Total %s\n", quote.Net, quote.VATRate.Shift(2).String(), quote.VAT, quote.Total)
	t.printf("  大写 In words: %s\n", words)
	return nil
}

// roundTrip saves the record as JSON and decodes it again, replaying every
// step under the body's scheme (json.Unmarshal would use AfterSalesScheme,
// which names no body, and so refuse the certificate).
func roundTrip(t *timeline, a application.Application, scheme application.Scheme) error {
	doc, err := json.Marshal(a)
	if err != nil {
		return err
	}
	back, err := application.Decode(doc, scheme)
	if err != nil {
		return err
	}
	t.printf("\n记录 Record: %d 步 steps, JSON %d 字节 bytes, 重放得到 replays to %s %s\n",
		len(back.History()), len(doc), back.State().Chinese(), back.State().English())
	if back.State() != application.Certified {
		return fmt.Errorf("lifecycle: the record replays to %s", back.State())
	}
	return nil
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
