package application_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificationtest"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/materials"
)

// day parses a YYYY-MM-DD date as midnight UTC; it panics on a typo in a test.
func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

var (
	appID     = uuid.MustParse("6f1c2d3e-4b5a-4c6d-8e7f-901234567890")
	certID    = uuid.MustParse("0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d")
	findingID = uuid.MustParse("11111111-2222-4333-8444-555555555555")
	majorID   = uuid.MustParse("99999999-8888-4777-8666-555555555555")
)

// completeMaterials is a set that passes the after-sales checklist from
// 2026-01-20 to well into 2026 (satisfaction reports for 2024 and 2025).
func completeMaterials() []materials.Material {
	return []materials.Material{
		{Kind: materials.ApplicationForm, Title: "认证申请书", IssuedOn: day("2026-01-15")},
		{Kind: materials.BusinessLicense, Title: "营业执照", IssuedOn: day("2016-04-01"), Reference: "91310000132260250X"},
		{Kind: materials.LegalRepID, Title: "法定代表人身份证", IssuedOn: day("2020-03-01"), ValidUntil: day("2040-03-01"), Reference: "11010519491231002X"},
		{Kind: materials.ServiceProcessManual, Title: "售后服务流程手册", IssuedOn: day("2025-01-10")},
		{Kind: materials.QualityManual, Title: "质量管理手册", IssuedOn: day("2024-06-01")},
		{Kind: materials.FeedbackMechanism, Title: "客户反馈机制说明", IssuedOn: day("2025-02-01")},
		{Kind: materials.OrganizationChart, Title: "组织机构图", IssuedOn: day("2026-01-05")},
		{Kind: materials.ServiceOutlets, Title: "售后服务网点清单", IssuedOn: day("2026-01-05")},
		{Kind: materials.TrainingRecords, Title: "2025年培训记录", IssuedOn: day("2025-11-20"),
			Sections: []materials.Section{materials.Plan, materials.Content, materials.AssessmentResults}},
		{Kind: materials.SatisfactionReport, Title: "2024年度客户满意度调查报告", IssuedOn: day("2025-01-15"),
			Covers:   materials.Period{From: day("2024-01-01"), To: day("2024-12-31")},
			Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}},
		{Kind: materials.SatisfactionReport, Title: "2025年度客户满意度调查报告", IssuedOn: day("2026-01-15"),
			Covers:   materials.Period{From: day("2025-01-01"), To: day("2025-12-31")},
			Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}},
	}
}

// withoutReport2024 is completeMaterials without the 2024 satisfaction report.
func withoutReport2024() []materials.Material {
	all := completeMaterials()
	return append(all[:9:9], all[10])
}

func cycleRequest() fees.Request {
	return fees.Request{Personnel: 120, Sites: 1, Part: fees.Cycle}
}

func cycleQuote(t testing.TB) fees.Quote {
	t.Helper()
	q, err := fees.DefaultSchedule().Quote(cycleRequest())
	require.NoError(t, err)
	return q
}

// evaluation awards every GB/T 27922 indicator the given share (percent) of
// its points, so that it scores percent.
func evaluation(percent int64) audit.Evaluation {
	return certificationtest.MustScored(audit.GBT27922(), decimal.NewFromInt(percent))
}

func score(t testing.TB, percent int64) audit.Result {
	t.Helper()
	r, err := audit.GBT27922().Score(evaluation(percent))
	require.NoError(t, err)
	return r
}

func minorFinding(t testing.TB, raised time.Time) audit.Finding {
	t.Helper()
	f, err := audit.NewFinding(findingID, audit.Minor, "GB/T 27922-2011 5.2.4", "投诉处理记录未记录回访结果",
		"2025年12月投诉记录3份无回访记录", raised, audit.DefaultRectification())
	require.NoError(t, err)
	return f
}

func majorFinding(t testing.TB, raised time.Time) audit.Finding {
	t.Helper()
	f, err := audit.NewFinding(majorID, audit.Major, "GB/T 27922-2011 5.1.5", "未建立售后服务监督机制",
		"无监督检查记录", raised, audit.DefaultRectification())
	require.NoError(t, err)
	return f
}

// must returns v, and panics on err (test set-up only).
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// newApp is a fresh application for the test applicant, created 2026-01-05.
func newApp(t testing.TB) application.Application {
	t.Helper()
	return must(application.New(appID, validApplicant(), application.AfterSalesScheme(), day("2026-01-05")))
}

// reach walks the happy path (with one return and one minor finding) until
// the application is in state s, and returns it.
func reach(t testing.TB, s application.State) application.Application {
	t.Helper()
	a := newApp(t)
	steps := []struct {
		state application.State
		do    func(application.Application) (application.Application, error)
	}{
		{application.Draft, nil},
		{application.Submitted, func(a application.Application) (application.Application, error) {
			return a.Submit(day("2026-01-20"), completeMaterials())
		}},
		{application.Returned, func(a application.Application) (application.Application, error) {
			return a.Return(day("2026-01-27"), []string{"2024 satisfaction report listed but missing from the package"})
		}},
		{application.Submitted, func(a application.Application) (application.Application, error) {
			return a.Resubmit(day("2026-02-03"), completeMaterials())
		}},
		{application.Accepted, func(a application.Application) (application.Application, error) {
			return a.Accept(day("2026-02-10"), cycleRequest(), cycleQuote(t))
		}},
		{application.DocumentReview, func(a application.Application) (application.Application, error) {
			return a.StartDocumentReview(day("2026-03-02"))
		}},
		{application.OnSiteAudit, func(a application.Application) (application.Application, error) {
			return a.StartOnSiteAudit(day("2026-03-16"))
		}},
		{application.Rectification, func(a application.Application) (application.Application, error) {
			return a.RequireRectification(day("2026-03-18"), []audit.Finding{minorFinding(t, day("2026-03-18"))})
		}},
		{application.PendingDecision, func(a application.Application) (application.Application, error) {
			f := a.Findings()[0]
			f = must(f.SubmitAction(day("2026-04-08"), "回访制度已补充，3份记录已补回访"))
			a, err := a.SubmitRectification(day("2026-04-08"), []audit.Finding{f})
			if err != nil {
				return a, err
			}
			f = must(f.Accept(day("2026-04-15")))
			a, err = a.ReviewRectification(day("2026-04-15"), []audit.Finding{f})
			if err != nil {
				return a, err
			}
			return a.CompleteRectification(day("2026-04-15"))
		}},
		{application.Certified, func(a application.Application) (application.Application, error) {
			return a.Certify(day("2026-04-20"), score(t, 86), certID, "CQC-AS-2026-0001")
		}},
	}
	for _, st := range steps {
		if st.do != nil {
			var err error
			a, err = st.do(a)
			require.NoError(t, err, "to %s", st.state)
		}
		require.Equal(t, st.state, a.State())
		if st.state == s {
			return a
		}
	}
	t.Fatalf("reach: state %s is not on the happy path", s)
	return a
}

// snapshot is the JSON of a, for checking that a rejected step changed
// nothing.
func snapshot(t testing.TB, a application.Application) string {
	t.Helper()
	b, err := json.Marshal(a)
	require.NoError(t, err)
	return string(b)
}
