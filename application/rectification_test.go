package application_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
)

// withMajor is an application in Rectification after a stage 2 audit
// (2026-03-16 to 2026-03-18) that raised a major and a minor finding.
func withMajor(t *testing.T) application.Application {
	t.Helper()
	a := reach(t, application.OnSiteAudit)
	return must(a.RequireRectification(day("2026-03-18"), []audit.Finding{
		majorFinding(t, day("2026-03-18")), minorFinding(t, day("2026-03-18")),
	}))
}

// settle submits actions for both findings (the applicant's step), then
// accepts the minor's plan and verifies the major on verifyOn (the body's
// steps).
func settle(t *testing.T, a application.Application, verifyOn time.Time) application.Application {
	t.Helper()
	var acted []audit.Finding
	for _, f := range a.Findings() {
		acted = append(acted, must(f.SubmitAction(day("2026-04-10"), "corrected")))
	}
	a = must(a.SubmitRectification(day("2026-04-10"), acted))
	major, _ := findingByID(a, majorID)
	minor, _ := findingByID(a, findingID)
	a = must(a.ReviewRectification(day("2026-04-12"), []audit.Finding{must(minor.Accept(day("2026-04-12")))}))
	return must(a.ReviewRectification(verifyOn, []audit.Finding{must(major.Verify(verifyOn))}))
}

func findingByID(a application.Application, id [16]byte) (audit.Finding, bool) {
	for _, f := range a.Findings() {
		if f.ID() == id {
			return f, true
		}
	}
	return audit.Finding{}, false
}

func TestRectificationRules(t *testing.T) {
	t.Run("majors verified, minors accepted: the decision follows", func(t *testing.T) {
		a := settle(t, withMajor(t), day("2026-05-20"))
		a = must(a.CompleteRectification(day("2026-05-20")))
		assert.Equal(t, application.PendingDecision, a.State())
		a = must(a.Certify(day("2026-05-25"), score(t, 92), certID, "N-2"))
		c, _ := a.Certificate()
		assert.Equal(t, audit.FourStar, c.Level(), "92 points is 四星 (≥ 90)")
	})
	t.Run("the major verified on the last day of the limit is in time", func(t *testing.T) {
		// 2026-03-18 + 6 months = 2026-09-18, that day included [17021].
		a := settle(t, withMajor(t), day("2026-09-18"))
		_, err := a.CompleteRectification(day("2026-09-18"))
		assert.NoError(t, err)
		_, err = a.RepeatStage2(day("2026-09-19"))
		assert.ErrorIs(t, err, application.ErrGuard, "every major was verified in time")
	})
	t.Run("a major verified after the limit does not save stage 2", func(t *testing.T) {
		a := settle(t, withMajor(t), day("2026-09-19"))
		_, err := a.CompleteRectification(day("2026-09-19"))
		require.ErrorIs(t, err, application.ErrGuard)
		assert.Contains(t, err.Error(), "was verified on 2026-09-19, after the stage 2 repeat limit 2026-09-18")
		a = must(a.RepeatStage2(day("2026-09-19")))
		assert.Equal(t, application.OnSiteAudit, a.State())
	})
	t.Run("majors unverified after 6 months: stage 2 again", func(t *testing.T) {
		a := withMajor(t)
		_, err := a.CompleteRectification(day("2026-04-30"))
		require.ErrorIs(t, err, application.ErrGuard)
		assert.Contains(t, err.Error(), "major finding "+majorID.String())
		_, err = a.RepeatStage2(day("2026-09-18"))
		require.ErrorIs(t, err, application.ErrGuard)

		a = must(a.RepeatStage2(day("2026-09-19")))
		assert.Equal(t, application.OnSiteAudit, a.State())
		assert.Nil(t, a.Findings(), "the new stage 2 starts afresh")
		require.Len(t, a.Audits(), 1, "the first stage 2 is kept")
		assert.Len(t, a.Audits()[0].Findings(), 2)

		a = must(a.CompleteOnSiteAudit(day("2026-09-21"), nil))
		assert.Equal(t, "2026-09-19", calendar.Format(a.Audits()[1].FirstDay()), "the new stage 2 began on the repeat")
		a = must(a.Certify(day("2026-09-30"), score(t, 75), certID, "N-3"))
		require.Len(t, a.Audits(), 2)
		c, _ := a.Certificate()
		assert.Equal(t, audit.Compliant, c.Level(), "75 points is 达标 (≥ 70, < 80)")
		assert.Equal(t, "2029-09-29", calendar.Format(c.ExpiresOn()))

		data, err := a.MarshalJSON()
		require.NoError(t, err)
		back, err := application.Decode(data, application.AfterSalesScheme())
		require.NoError(t, err)
		assert.Equal(t, string(data), snapshot(t, back))
	})
	t.Run("observations do not stand in the way", func(t *testing.T) {
		a := reach(t, application.OnSiteAudit)
		o := must(audit.NewFinding(findingID, audit.Observation, "5.3", "回访记录格式不统一", "", day("2026-03-17"), audit.DefaultRectification()))
		a = must(a.CompleteOnSiteAudit(day("2026-03-18"), []audit.Finding{o}))
		assert.Len(t, a.Findings(), 1)
		a = must(a.Certify(day("2026-03-25"), score(t, 96), certID, "N-4"))
		c, _ := a.Certificate()
		assert.Equal(t, audit.FiveStar, c.Level(), "96 points is 五星 (≥ 95)")
	})
	t.Run("stars only after a year at 达标", func(t *testing.T) {
		s := application.AfterSalesScheme()
		s.Scorecard = must(s.Scorecard.WithGrading(s.Scorecard.Grading().WithStarsAfterOneYear(true)))
		a := must(application.New(appID, validApplicant(), s, day("2026-01-05")))
		a = must(a.Submit(day("2026-01-20"), completeMaterials()))
		a = must(a.Accept(day("2026-01-21"), cycleRequest(), cycleQuote(t)))
		a = must(a.StartDocumentReview(day("2026-02-01")))
		a = must(a.StartOnSiteAudit(day("2026-02-10")))
		a = must(a.CompleteOnSiteAudit(day("2026-02-11"), nil))
		a = must(a.Certify(day("2026-02-20"), score(t, 96), certID, "N-5"))
		c, _ := a.Certificate()
		assert.Equal(t, audit.Compliant, c.Level(), "a first certification is capped at 达标 with the option on")
		r, _ := a.Result()
		assert.Equal(t, audit.FiveStar, r.Level, "the score's own level is kept")
	})
	t.Run("the applicant's scope is printed", func(t *testing.T) {
		app := validApplicant()
		app.Scope = "家用电器的安装、维修和退换货服务"
		a := must(application.New(appID, app, application.AfterSalesScheme(), day("2026-01-05")))
		a = must(a.Submit(day("2026-01-20"), completeMaterials()))
		a = must(a.Accept(day("2026-01-21"), cycleRequest(), cycleQuote(t)))
		a = must(a.StartDocumentReview(day("2026-02-01")))
		a = must(a.StartOnSiteAudit(day("2026-02-10")))
		a = must(a.CompleteOnSiteAudit(day("2026-02-11"), nil))
		a = must(a.Certify(day("2026-02-20"), score(t, 80), certID, "N-6"))
		c, _ := a.Certificate()
		assert.Equal(t, app.Scope, c.Scope())
		assert.Equal(t, audit.ThreeStar, c.Level(), "80 points is 三星 (bound included)")
	})
}

func TestNextDeadline(t *testing.T) {
	tests := []struct {
		name    string
		app     func(t *testing.T) application.Application
		asOf    string
		kind    application.DeadlineKind
		due     string
		overdue bool
		finding bool
	}{
		{"minor open", func(t *testing.T) application.Application { return reach(t, application.Rectification) },
			"2026-03-20", application.RectificationDue, "2026-04-17", false, true},
		{"minor overdue", func(t *testing.T) application.Application { return reach(t, application.Rectification) },
			"2026-04-18", application.RectificationDue, "2026-04-17", true, true},
		{"minor on its due date", func(t *testing.T) application.Application { return reach(t, application.Rectification) },
			"2026-04-17", application.RectificationDue, "2026-04-17", false, true},
		{"major and minor open: the earlier", withMajor, "2026-03-20", application.RectificationDue, "2026-04-17", false, true},
		{"actions in, major not verified: the repeat limit", func(t *testing.T) application.Application {
			a := withMajor(t)
			var acted []audit.Finding
			for _, f := range a.Findings() {
				acted = append(acted, must(f.SubmitAction(day("2026-04-10"), "done")))
			}
			return must(a.SubmitRectification(day("2026-04-10"), acted))
		}, "2026-04-11", application.Stage2RepeatLimit, "2026-09-18", false, false},
		{"repeat limit passed", func(t *testing.T) application.Application {
			a := withMajor(t)
			var acted []audit.Finding
			for _, f := range a.Findings() {
				acted = append(acted, must(f.SubmitAction(day("2026-04-10"), "done")))
			}
			return must(a.SubmitRectification(day("2026-04-10"), acted))
		}, "2026-09-19", application.Stage2RepeatLimit, "2026-09-18", true, false},
		{"certified: first surveillance", func(t *testing.T) application.Application { return reach(t, application.Certified) },
			"2026-04-20", application.SurveillanceDue, "2027-04-20", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, ok, err := tc.app(t).NextDeadline(day(tc.asOf))
			require.NoError(t, err)
			require.True(t, ok)
			assert.Equal(t, tc.kind, d.Kind)
			assert.Equal(t, tc.due, calendar.Format(d.Due))
			assert.Equal(t, tc.overdue, d.Overdue)
			assert.Equal(t, tc.finding, d.Finding != [16]byte{})
		})
	}
	t.Run("none", func(t *testing.T) {
		for _, s := range []application.State{application.Draft, application.Submitted, application.PendingDecision} {
			_, ok, err := reach(t, s).NextDeadline(day("2026-06-01"))
			require.NoError(t, err)
			assert.False(t, ok, s.String())
		}
		a := settle(t, withMajor(t), day("2026-05-20"))
		_, ok, err := a.NextDeadline(day("2026-05-21"))
		require.NoError(t, err)
		assert.False(t, ok, "everything settled: the body's move")
	})
	t.Run("zero date", func(t *testing.T) {
		_, _, err := newApp(t).NextDeadline(time.Time{})
		assert.ErrorIs(t, err, application.ErrInvalidDate)
	})
	t.Run("kinds", func(t *testing.T) {
		for _, k := range []application.DeadlineKind{application.RectificationDue, application.Stage2RepeatLimit,
			application.SurveillanceDue, application.RecertificationApplication, application.Expiry} {
			assert.True(t, k.IsValid())
			assert.NotEmpty(t, k.Chinese())
			back, err := application.ParseDeadlineKind(k.String())
			require.NoError(t, err)
			assert.Equal(t, k, back)
		}
	})
}
