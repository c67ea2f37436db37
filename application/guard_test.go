package application_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/materials"
)

func TestNew(t *testing.T) {
	t.Run("valid", func(t *testing.T) {
		a, err := application.New(appID, validApplicant(), application.AfterSalesScheme(), day("2026-01-05"))
		require.NoError(t, err)
		assert.Equal(t, application.Draft, a.State())
		assert.Equal(t, appID, a.ID())
		assert.Empty(t, a.History())
		assert.Equal(t, []application.Event{application.Submit, application.Withdraw}, a.Allowed())
		assert.Equal(t, "2026-01-05", a.Created().Format("2006-01-02"))
	})
	tests := []struct {
		name string
		id   uuid.UUID
		a    application.Applicant
		s    func() application.Scheme
		on   time.Time
		want []error
	}{
		{"nil id", uuid.Nil, validApplicant(), application.AfterSalesScheme, day("2026-01-05"), []error{application.ErrInvalidID}},
		{"bad applicant", appID, application.Applicant{Name: "x", CreditCode: "91310000132260250X"}, application.AfterSalesScheme, day("2026-01-05"), []error{application.ErrInvalidApplicant}},
		{"zero scheme", appID, validApplicant(), func() application.Scheme { return application.Scheme{} }, day("2026-01-05"), []error{application.ErrInvalidScheme}},
		{"zero date", appID, validApplicant(), application.AfterSalesScheme, time.Time{}, []error{application.ErrInvalidDate}},
		{"year 10000", appID, validApplicant(), application.AfterSalesScheme, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), []error{application.ErrInvalidDate}},
		{"year -1", appID, validApplicant(), application.AfterSalesScheme, time.Date(-1, 6, 1, 0, 0, 0, 0, time.UTC), []error{application.ErrInvalidDate}},
		{"everything", uuid.Nil, application.Applicant{}, func() application.Scheme { return application.Scheme{} }, time.Time{},
			[]error{application.ErrInvalidID, application.ErrInvalidApplicant, application.ErrInvalidScheme, application.ErrInvalidDate}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := application.New(tc.id, tc.a, tc.s(), tc.on)
			require.Error(t, err)
			for _, w := range tc.want {
				assert.ErrorIs(t, err, w)
			}
		})
	}
}

func TestSchemeValidate(t *testing.T) {
	require.NoError(t, application.AfterSalesScheme().Validate())
	assert.Empty(t, application.AfterSalesScheme().Body, "the library is not a certification body")
	t.Run("a body given", func(t *testing.T) {
		s := application.AfterSalesScheme()
		s.Body = "上海某认证有限公司"
		assert.NoError(t, s.Validate())
	})
	tests := []struct {
		name   string
		change func(*application.Scheme)
		want   error
		text   string
	}{
		{"checklist", func(s *application.Scheme) { s.Checklist = materials.Checklist{} }, materials.ErrInvalidChecklist, "checklist"},
		{"time table", func(s *application.Scheme) { s.TimeTable = audit.TimeTable{} }, audit.ErrInvalidTimeTable, "invalid scheme: time_table: the zero TimeTable has no bands"},
		{"fees", func(s *application.Scheme) { s.Fees.VATRate = decimal.NewFromInt(2) }, fees.ErrInvalidSchedule, "invalid scheme: fees.vat_rate: 2 is not below 1"},
		{"certificate", func(s *application.Scheme) { s.Certificate.ValidityYears = 0 }, certificate.ErrInvalidPolicy, "invalid scheme: certificate.validity_years: 0"},
		{"rectification", func(s *application.Scheme) { s.Rectification.ResponseDays = 0 }, audit.ErrInvalidPolicy, "invalid scheme: rectification.response_days: 0"},
		{"standard", func(s *application.Scheme) { s.Standard = " " }, application.ErrInvalidScheme, "standard: is blank"},
		{"standard not UTF-8", func(s *application.Scheme) { s.Standard = "GB/T \xff" }, application.ErrInvalidScheme, "standard: is not valid UTF-8"},
		{"scope", func(s *application.Scheme) { s.Scope = "" }, application.ErrInvalidScheme, "scope: is blank"},
		{"scope not UTF-8", func(s *application.Scheme) { s.Scope = "\xe5\x95" }, application.ErrInvalidScheme, "scope: is not valid UTF-8"},
		{"blank body", func(s *application.Scheme) { s.Body = " \t" }, application.ErrInvalidScheme, "body: is blank"},
		{"body of ideographic spaces", func(s *application.Scheme) { s.Body = "\u3000\u3000" }, application.ErrInvalidScheme, "body: is blank"},
		{"body not UTF-8", func(s *application.Scheme) { s.Body = "上海\xff认证" }, application.ErrInvalidScheme, "body: is not valid UTF-8"},
		{"time tables differ", func(s *application.Scheme) { s.TimeTable = audit.QMSTimeTable() }, application.ErrInvalidScheme, `fees: the fee schedule prices time table "after_sales", not the scheme's time_table "qms"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := application.AfterSalesScheme()
			tc.change(&s)
			err := s.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, application.ErrInvalidScheme)
			assert.ErrorIs(t, err, tc.want)
			assert.Contains(t, err.Error(), tc.text)
		})
	}
	t.Run("the application keeps its own copy", func(t *testing.T) {
		s := application.AfterSalesScheme()
		a := must(application.New(appID, validApplicant(), s, day("2026-01-05")))
		s.Checklist.Requirements[0].Optional = true
		s.Checklist.Requirements[9].Sections[0] = materials.Plan
		assert.False(t, a.Scheme().Checklist.Requirements[0].Optional)
		got := a.Scheme()
		got.Checklist.Requirements[0].Optional = true
		assert.False(t, a.Scheme().Checklist.Requirements[0].Optional)
	})
}

// assertRefused checks that err is a guard failure naming want, and that
// the application did not change.
func assertRefused(t *testing.T, before string, a, got application.Application, err error, event application.Event, want ...string) {
	t.Helper()
	require.Error(t, err)
	assert.ErrorIs(t, err, application.ErrGuard)
	var ge *application.GuardError
	require.ErrorAs(t, err, &ge)
	assert.Equal(t, event, ge.Event)
	assert.Equal(t, a.State(), ge.State)
	for _, w := range want {
		assert.Contains(t, err.Error(), w)
	}
	assert.True(t, before == snapshot(t, a), "the receiver changed")
	assert.True(t, before == snapshot(t, got), "the returned application is not the receiver")
}

// actionSubmitted stands for Rectification with the minor's action
// submitted but not accepted.
const actionSubmitted = application.State(200)

func TestGuards(t *testing.T) {
	expired := completeMaterials()
	expired[1].ValidUntil = day("2025-12-31")

	tests := []struct {
		name  string
		from  application.State
		event application.Event
		do    func(t *testing.T, a application.Application) (application.Application, error)
		want  []string
		is    []error
	}{
		{"submit without the 2024 satisfaction report", application.Draft, application.Submit,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Submit(day("2026-01-20"), withoutReport2024())
			}, []string{"materials incomplete", "satisfaction_report"}, []error{materials.ErrInsufficientCoverage}},
		{"submit with an expired business licence", application.Draft, application.Submit,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Submit(day("2026-01-20"), expired)
			}, []string{"materials incomplete", "business_license", "expired"}, []error{materials.ErrExpired}},
		{"submit with nothing", application.Draft, application.Submit,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Submit(day("2026-01-20"), nil)
			}, []string{"application_form", "quality_manual"}, []error{materials.ErrMissing}},
		{"resubmit incomplete", application.Returned, application.Resubmit,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Resubmit(day("2026-02-03"), withoutReport2024())
			}, []string{"materials incomplete"}, []error{materials.ErrInsufficientCoverage}},
		{"return without a reason", application.Submitted, application.Return,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Return(day("2026-01-27"), nil)
			}, []string{"a reason is required"}, nil},
		{"return with a blank reason", application.Submitted, application.Return,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Return(day("2026-01-27"), []string{"missing report", "  "})
			}, []string{"reasons[1]: is blank"}, nil},
		{"accept a request for other personnel", application.Submitted, application.Accept,
			func(t *testing.T, a application.Application) (application.Application, error) {
				r := cycleRequest()
				r.Personnel = 100
				return a.Accept(day("2026-02-10"), r, must(fees.DefaultSchedule().Quote(r)))
			}, []string{"request for 100 personnel, the applicant has 120"}, nil},
		{"accept a request for other sites", application.Submitted, application.Accept,
			func(t *testing.T, a application.Application) (application.Application, error) {
				r := cycleRequest()
				r.Sites = 3
				return a.Accept(day("2026-02-10"), r, must(fees.DefaultSchedule().Quote(r)))
			}, []string{"request for 3 sites, the applicant has 1"}, nil},
		{"accept a surveillance quote", application.Submitted, application.Accept,
			func(t *testing.T, a application.Application) (application.Application, error) {
				r := cycleRequest()
				r.Part = fees.Surveillance
				return a.Accept(day("2026-02-10"), r, must(fees.DefaultSchedule().Quote(r)))
			}, []string{"request for part surveillance"}, nil},
		{"accept a quote for another request", application.Submitted, application.Accept,
			func(t *testing.T, a application.Application) (application.Application, error) {
				r := cycleRequest()
				r.Part = fees.Initial
				return a.Accept(day("2026-02-10"), cycleRequest(), must(fees.DefaultSchedule().Quote(r)))
			}, []string{"quote does not match the scheme's fee schedule"}, nil},
		{"accept a request the schedule refuses", application.Submitted, application.Accept,
			func(t *testing.T, a application.Application) (application.Application, error) {
				r := cycleRequest()
				r.Discount = decimal.NewFromInt(150)
				return a.Accept(day("2026-02-10"), r, cycleQuote(t))
			}, []string{"the scheme's fee schedule refuses the request"}, []error{fees.ErrInvalidRequest}},
		{"complete the on-site audit with a minor", application.OnSiteAudit, application.CompleteOnSiteAudit,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.CompleteOnSiteAudit(day("2026-03-18"), []audit.Finding{minorFinding(t, day("2026-03-18"))})
			}, []string{"nonconformities must be rectified", "minor nonconformity"}, nil},
		{"rectification with only an observation", application.OnSiteAudit, application.RequireRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				o := must(audit.NewFinding(findingID, audit.Observation, "5.3", "回访记录格式不统一", "", day("2026-03-18"), audit.DefaultRectification()))
				return a.RequireRectification(day("2026-03-18"), []audit.Finding{o})
			}, []string{"no major or minor nonconformity"}, nil},
		{"rectification due under another policy", application.OnSiteAudit, application.RequireRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(audit.NewFinding(findingID, audit.Minor, "5.2", "s", "e", day("2026-03-18"), audit.RectificationPolicy{ResponseDays: 90, RepeatStage2Months: 6}))
				return a.RequireRectification(day("2026-03-18"), []audit.Finding{f})
			}, []string{"due on 2026-06-16, the scheme's policy gives 2026-04-17"}, nil},
		{"finding raised before stage 2 began", application.OnSiteAudit, application.RequireRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.RequireRectification(day("2026-03-18"), []audit.Finding{minorFinding(t, day("2026-03-10"))})
			}, []string{"findings do not fit the stage 2 audit"}, []error{audit.ErrInvalidAudit}},
		{"finding that is not open", application.OnSiteAudit, application.RequireRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(minorFinding(t, day("2026-03-18")).SubmitAction(day("2026-03-18"), "fixed on the spot"))
				return a.RequireRectification(day("2026-03-18"), []audit.Finding{f})
			}, []string{"is action_submitted, not open"}, nil},
		{"two findings with one id", application.OnSiteAudit, application.RequireRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := minorFinding(t, day("2026-03-18"))
				return a.RequireRectification(day("2026-03-18"), []audit.Finding{f, f})
			}, nil, []error{audit.ErrInvalidAudit}},
		{"rectification with no finding", application.Rectification, application.SubmitRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.SubmitRectification(day("2026-04-08"), nil)
			}, []string{"no finding given"}, nil},
		{"rectification of an unknown finding", application.Rectification, application.SubmitRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(majorFinding(t, day("2026-03-18")).SubmitAction(day("2026-04-08"), "x"))
				return a.SubmitRectification(day("2026-04-08"), []audit.Finding{f})
			}, []string{"is not a finding of the stage 2 audit"}, nil},
		{"rectification with nothing new", application.Rectification, application.SubmitRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.SubmitRectification(day("2026-04-08"), a.Findings())
			}, []string{"nothing new"}, nil},
		{"action dated after the step", application.Rectification, application.SubmitRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(a.Findings()[0].SubmitAction(day("2026-04-10"), "x"))
				return a.SubmitRectification(day("2026-04-08"), []audit.Finding{f})
			}, []string{"action submitted on 2026-04-10, want a date from 2026-03-18 to 2026-04-08"}, nil},
		{"a finding with other fixed parts", application.Rectification, application.SubmitRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(audit.NewFinding(findingID, audit.Minor, "5.9", "other", "other", day("2026-03-18"), audit.DefaultRectification()))
				f = must(f.SubmitAction(day("2026-04-08"), "x"))
				return a.SubmitRectification(day("2026-04-08"), []audit.Finding{f})
			}, nil, []error{audit.ErrInvalidAudit}},
		{"applicant's step carrying the body's acceptance", actionSubmitted, application.SubmitRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(a.Findings()[0].Accept(day("2026-04-09")))
				return a.SubmitRectification(day("2026-04-09"), []audit.Finding{f})
			}, []string{"rectification cannot be recorded", "finding " + findingID.String() +
				": accepted on 2026-04-09 is not allowed in submit_rectification (the applicant's step): the body records it with review_rectification"}, nil},
		{"applicant's step carrying the body's verification", actionSubmitted, application.SubmitRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(a.Findings()[0].Verify(day("2026-04-09")))
				return a.SubmitRectification(day("2026-04-09"), []audit.Finding{f})
			}, []string{"finding " + findingID.String() + ": verified on 2026-04-09 is not allowed in submit_rectification"}, nil},
		{"applicant's step with action and acceptance together", application.Rectification, application.SubmitRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(must(a.Findings()[0].SubmitAction(day("2026-04-08"), "x")).Accept(day("2026-04-08")))
				return a.SubmitRectification(day("2026-04-08"), []audit.Finding{f})
			}, []string{"finding " + findingID.String() + ": accepted on 2026-04-08 is not allowed in submit_rectification"}, nil},
		{"review step carrying the applicant's action", application.Rectification, application.ReviewRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(a.Findings()[0].SubmitAction(day("2026-04-08"), "x"))
				return a.ReviewRectification(day("2026-04-08"), []audit.Finding{f})
			}, []string{"rectification review cannot be recorded", "finding " + findingID.String() +
				": action submitted on 2026-04-08 is not allowed in review_rectification (the body's step): the applicant records it with submit_rectification"}, nil},
		{"review step with action and acceptance together", application.Rectification, application.ReviewRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(must(a.Findings()[0].SubmitAction(day("2026-04-08"), "x")).Accept(day("2026-04-08")))
				return a.ReviewRectification(day("2026-04-08"), []audit.Finding{f})
			}, []string{"finding " + findingID.String() + ": action submitted on 2026-04-08 is not allowed in review_rectification"}, nil},
		{"review with no finding", actionSubmitted, application.ReviewRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.ReviewRectification(day("2026-04-09"), nil)
			}, []string{"no finding given"}, nil},
		{"review with nothing new", actionSubmitted, application.ReviewRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.ReviewRectification(day("2026-04-09"), a.Findings())
			}, []string{"nothing new"}, nil},
		{"acceptance dated after the step", actionSubmitted, application.ReviewRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(a.Findings()[0].Accept(day("2026-04-10")))
				return a.ReviewRectification(day("2026-04-09"), []audit.Finding{f})
			}, []string{"accepted on 2026-04-10, want a date from 2026-04-08 to 2026-04-09"}, nil},
		{"the action's date changed by the review", actionSubmitted, application.ReviewRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(minorFinding(t, day("2026-03-18")).SubmitAction(day("2026-04-07"), "x"))
				return a.ReviewRectification(day("2026-04-09"), []audit.Finding{must(f.Accept(day("2026-04-09")))})
			}, []string{"action submitted on 2026-04-08 cannot be undone or changed"}, nil},
		{"the action rewritten", actionSubmitted, application.SubmitRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(minorFinding(t, day("2026-03-18")).SubmitAction(day("2026-04-08"), "y"))
				return a.SubmitRectification(day("2026-04-09"), []audit.Finding{f})
			}, []string{"the action submitted on 2026-04-08 cannot be rewritten"}, nil},
		{"the action rewritten by the body", actionSubmitted, application.ReviewRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				f := must(must(minorFinding(t, day("2026-03-18")).SubmitAction(day("2026-04-08"), "y")).Accept(day("2026-04-09")))
				return a.ReviewRectification(day("2026-04-09"), []audit.Finding{f})
			}, []string{"the action submitted on 2026-04-08 cannot be rewritten"}, nil},
		{"complete rectification with an open minor", application.Rectification, application.CompleteRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.CompleteRectification(day("2026-04-08"))
			}, []string{"findings are not settled", "minor finding " + findingID.String(), "is open"}, nil},
		{"complete rectification with the plan not yet accepted", actionSubmitted, application.CompleteRectification,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.CompleteRectification(day("2026-04-09"))
			}, []string{"is action_submitted"}, nil},
		{"repeat stage 2 with no major", application.Rectification, application.RepeatStage2,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.RepeatStage2(day("2026-12-01"))
			}, []string{"every major finding was verified by 2026-09-18"}, nil},
		{"repeat stage 2 before the limit", application.Rectification, application.RepeatStage2,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.RepeatStage2(day("2026-09-18"))
			}, []string{"the limit to verify majors, 2026-09-18, has not passed"}, nil},
		{"certify with no certificate id", application.PendingDecision, application.Certify,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Certify(day("2026-04-20"), score(t, 86), uuid.Nil, "N-1")
			}, []string{"no certificate id"}, []error{application.ErrInvalidID}},
		{"certify with an invalid result", application.PendingDecision, application.Certify,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Certify(day("2026-04-20"), audit.Result{}, certID, "N-1")
			}, []string{"invalid audit result"}, []error{audit.ErrInvalidResult}},
		{"certify with a level the score does not reach", application.PendingDecision, application.Certify,
			func(t *testing.T, a application.Application) (application.Application, error) {
				r := score(t, 86)
				r.Level = audit.FiveStar
				return a.Certify(day("2026-04-20"), r, certID, "N-1")
			}, []string{"level: five_star does not follow from score 86 under the grading: it is three_star"}, []error{audit.ErrInvalidResult}},
		{"certify below 达标", application.PendingDecision, application.Certify,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Certify(day("2026-04-20"), score(t, 69), certID, "N-1")
			}, []string{"the audit recommends refuse"}, nil},
		{"certify with a blank number", application.PendingDecision, application.Certify,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Certify(day("2026-04-20"), score(t, 86), certID, " ")
			}, []string{"the certificate cannot be issued"}, []error{certificate.ErrInvalidGrant}},
		{"reject with a blank reason", application.PendingDecision, application.Reject,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Reject(day("2026-04-20"), "")
			}, []string{"reasons[0]: is blank"}, nil},
		{"withdraw with a blank reason", application.Draft, application.Withdraw,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Withdraw(day("2026-01-20"), "\n")
			}, []string{"reasons[0]: is blank"}, nil},
		{"return with a reason that is not UTF-8", application.Submitted, application.Return,
			func(t *testing.T, a application.Application) (application.Application, error) {
				return a.Return(day("2026-01-27"), []string{"2025年满意度报告\xff"})
			}, []string{"reasons[0]: is not valid UTF-8"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var a application.Application
			if tc.from == actionSubmitted {
				a = reach(t, application.Rectification)
				f := must(a.Findings()[0].SubmitAction(day("2026-04-08"), "x"))
				a = must(a.SubmitRectification(day("2026-04-08"), []audit.Finding{f}))
			} else {
				a = reach(t, tc.from)
			}
			before := snapshot(t, a)
			got, err := tc.do(t, a)
			assertRefused(t, before, a, got, err, tc.event, tc.want...)
			for _, w := range tc.is {
				assert.ErrorIs(t, err, w)
			}
		})
	}
}

func TestDates(t *testing.T) {
	a := reach(t, application.Submitted) // last step 2026-01-20
	before := snapshot(t, a)
	tests := []struct {
		name string
		on   time.Time
		want string
	}{
		{"zero", time.Time{}, "application: invalid date: on: is zero"},
		{"backwards", day("2026-01-19"), "on: return on 2026-01-19 is before the latest step on 2026-01-20"},
		{"year 10000", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "on: 10000-01-01 is outside 0001-01-02 to 9999-12-31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := a.Return(tc.on, []string{"x"})
			require.Error(t, err)
			assert.ErrorIs(t, err, application.ErrInvalidDate)
			assert.NotErrorIs(t, err, application.ErrGuard)
			assert.Contains(t, err.Error(), tc.want)
			assert.Equal(t, before, snapshot(t, got))
			assert.Equal(t, before, snapshot(t, a))
		})
	}
	t.Run("the same day is fine", func(t *testing.T) {
		_, err := a.Return(day("2026-01-20"), []string{"x"})
		assert.NoError(t, err)
	})
	t.Run("a date in another location is read there", func(t *testing.T) {
		shanghai := time.FixedZone("CST", 8*3600)
		// 00:30 on 2026-01-20 in Shanghai is still 2026-01-19 in UTC, but it
		// is the same day as the latest step.
		got, err := a.Return(time.Date(2026, 1, 20, 0, 30, 0, 0, shanghai), []string{"x"})
		require.NoError(t, err)
		assert.Equal(t, "2026-01-20", got.History()[1].On.Format("2006-01-02"))
	})
	t.Run("the wrong state comes first", func(t *testing.T) {
		_, err := a.Certify(time.Time{}, score(t, 86), certID, "N")
		assert.ErrorIs(t, err, application.ErrInvalidTransition)
	})
}

func TestSelfAssess(t *testing.T) {
	a := newApp(t)
	t.Run("missing report and a self-score", func(t *testing.T) {
		e := evaluation(86)
		r, err := a.SelfAssess(day("2026-01-10"), withoutReport2024(), &e)
		require.NoError(t, err)
		assert.False(t, r.Ready())
		assert.ErrorIs(t, r.Materials.Err(), materials.ErrInsufficientCoverage)
		require.True(t, r.Scored)
		assert.Equal(t, audit.ThreeStar, r.Score.Level)
		assert.Equal(t, snapshot(t, newApp(t)), snapshot(t, a), "self-assessment changes nothing")
	})
	t.Run("ready", func(t *testing.T) {
		r, err := a.SelfAssess(day("2026-01-20"), completeMaterials(), nil)
		require.NoError(t, err)
		assert.True(t, r.Ready())
		assert.False(t, r.Scored)
	})
	t.Run("complete but below 达标", func(t *testing.T) {
		e := evaluation(60)
		r, err := a.SelfAssess(day("2026-01-20"), completeMaterials(), &e)
		require.NoError(t, err)
		assert.Equal(t, audit.NotRated, r.Score.Level)
		assert.False(t, r.Ready())
	})
	t.Run("returned applications too", func(t *testing.T) {
		_, err := reach(t, application.Returned).SelfAssess(day("2026-01-28"), completeMaterials(), nil)
		assert.NoError(t, err)
	})
	t.Run("open in draft and returned only", func(t *testing.T) {
		for s, app := range everyState(t) {
			_, err := app.SelfAssess(day("2026-06-01"), completeMaterials(), nil)
			if s == application.Draft || s == application.Returned {
				assert.NoError(t, err, "in %s", s)
			} else {
				assert.ErrorIs(t, err, application.ErrInvalidTransition, "in %s", s)
			}
		}
	})
	t.Run("errors", func(t *testing.T) {
		_, err := a.SelfAssess(time.Time{}, nil, nil)
		assert.ErrorIs(t, err, application.ErrInvalidDate)
		_, err = reach(t, application.Submitted).SelfAssess(day("2026-01-28"), nil, nil)
		assert.ErrorIs(t, err, application.ErrInvalidTransition)
		bad := audit.Evaluation{}
		_, err = a.SelfAssess(day("2026-01-20"), nil, &bad)
		assert.ErrorIs(t, err, audit.ErrInvalidEvaluation)
	})
}

func TestImmutability(t *testing.T) {
	t.Run("materials handed in are copied", func(t *testing.T) {
		m := completeMaterials()
		a := must(newApp(t).Submit(day("2026-01-20"), m))
		m[8].Sections[0] = materials.DataAnalysis
		m[0].Title = "changed"
		got := a.Materials()
		assert.Equal(t, materials.Plan, got[8].Sections[0])
		assert.Equal(t, "认证申请书", got[0].Title)
		got[8].Sections[0] = materials.DataAnalysis
		assert.Equal(t, materials.Plan, a.Materials()[8].Sections[0])
	})
	t.Run("history handed out is a copy", func(t *testing.T) {
		a := reach(t, application.Returned)
		h := a.History()
		h[1].Reasons[0] = "changed"
		h[0].To = application.Certified
		assert.Equal(t, "2024 satisfaction report listed but missing from the package", a.History()[1].Reasons[0])
		assert.Equal(t, application.Submitted, a.History()[0].To)
	})
	t.Run("two steps from one value do not share history", func(t *testing.T) {
		a := reach(t, application.Submitted)
		x := must(a.Return(day("2026-01-27"), []string{"x"}))
		y := must(a.Accept(day("2026-01-27"), cycleRequest(), cycleQuote(t)))
		assert.Equal(t, application.Return, x.History()[1].Event)
		assert.Equal(t, application.Accept, y.History()[1].Event)
	})
	t.Run("the zero application", func(t *testing.T) {
		var z application.Application
		_, err := z.Submit(day("2026-01-20"), completeMaterials())
		assert.ErrorIs(t, err, application.ErrInvalidTransition)
		_, err = z.MarshalJSON()
		assert.Error(t, err)
		assert.Empty(t, z.Allowed())
	})
	_ = errors.New
}
