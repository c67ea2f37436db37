package certificationtest_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/certificationtest"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/materials"
)

// schemes are the schemes every walk test runs under: the graded
// after-sales scheme, the ungraded ISO presets, and a CB's own scheme with
// its own checklist, grading and the CNCA 2026 certificate policy.
func schemes(t testing.TB) map[string]application.Scheme {
	cb := application.AfterSalesScheme()
	cb.Checklist = cbChecklist()
	grading, err := audit.NewGrading(decimal.NewFromInt(60), decimal.NewFromInt(75), decimal.NewFromInt(85), decimal.NewFromInt(95))
	require.NoError(t, err)
	cb.Scorecard = must(cb.Scorecard.WithGrading(grading))
	cb.Certificate = certificate.CNCA2026Policy()
	cb.Body = "上海某认证有限公司"
	return map[string]application.Scheme{
		"after_sales":     application.AfterSalesScheme(),
		"iso9001":         application.ISO9001Scheme(),
		"iso14001 medium": must(application.ISO14001Scheme(audit.MediumComplexity)),
		"iso45001 high":   must(application.ISO45001Scheme(audit.HighComplexity)),
		"cb":              cb,
	}
}

// paths are the shortest ways from Draft, written out from the table.
var paths = map[application.State][]application.Event{
	application.Draft:           nil,
	application.Submitted:       {application.Submit},
	application.Returned:        {application.Submit, application.Return},
	application.Accepted:        {application.Submit, application.Accept},
	application.DocumentReview:  {application.Submit, application.Accept, application.StartDocumentReview},
	application.OnSiteAudit:     {application.Submit, application.Accept, application.StartDocumentReview, application.StartOnSiteAudit},
	application.Rectification:   {application.Submit, application.Accept, application.StartDocumentReview, application.StartOnSiteAudit, application.RequireRectification},
	application.PendingDecision: {application.Submit, application.Accept, application.StartDocumentReview, application.StartOnSiteAudit, application.CompleteOnSiteAudit},
	application.Certified: {application.Submit, application.Accept, application.StartDocumentReview, application.StartOnSiteAudit,
		application.CompleteOnSiteAudit, application.Certify},
	application.Rejected:  {application.Submit, application.Reject},
	application.Withdrawn: {application.Withdraw},
}

// gapDays are the days between steps the package doc's Applications section
// gives.
var gapDays = map[application.Event]int{
	application.Submit: 14, application.Return: 7, application.Accept: 7, application.StartDocumentReview: 14,
	application.StartOnSiteAudit: 14, application.CompleteOnSiteAudit: 2, application.RequireRectification: 2,
	application.Certify: 14, application.Reject: 7, application.Withdraw: 7,
}

// TestWalkEveryState walks to every state of the table under every test
// scheme, and checks the way, the dates, the IDs, and that the application
// encodes and decodes back (Decode replays every step through the same
// checks).
func TestWalkEveryState(t *testing.T) {
	require.Len(t, paths, len(application.States()), "every state of the table")
	start := day("2026-01-05")
	for name, s := range schemes(t) {
		for _, to := range application.States() {
			t.Run(name+" "+to.String(), func(t *testing.T) {
				a, err := certificationtest.Walk(s, certificationtest.Applicant(7), to, start, 7)
				require.NoError(t, err)
				assert.Equal(t, to, a.State())
				assert.Equal(t, certificationtest.ID(7, "application"), a.ID())
				assert.True(t, calendar.Same(start, a.Created()))
				var events []application.Event
				on := start
				for _, r := range a.History() {
					events = append(events, r.Event)
					on = calendar.AddDays(on, gapDays[r.Event])
					assert.Equal(t, calendar.Format(on), calendar.Format(r.On), "%s", r.Event)
				}
				assert.Equal(t, paths[to], events)
				data, err := json.Marshal(a)
				require.NoError(t, err)
				back, err := application.Decode(data, s)
				require.NoError(t, err)
				assert.True(t, back.Equal(a), "decodes to an equal application")
				again := certificationtest.MustWalk(s, certificationtest.Applicant(7), to, start, 7)
				assert.True(t, again.Equal(a), "deterministic")
			})
		}
	}
}

// TestWalkInputs checks what the steps of a walk hand in: the applicant's
// credit code on the licence, the scheme's own cycle quote, the findings of
// a walk to Rectification, the result and certificate of a walk to
// Certified.
func TestWalkInputs(t *testing.T) {
	start := day("2026-01-05")
	for name, s := range schemes(t) {
		t.Run(name, func(t *testing.T) {
			applicant := certificationtest.Applicant(3)
			submitted := certificationtest.MustWalk(s, applicant, application.Submitted, start, 3)
			licence := slices.IndexFunc(submitted.Materials(), func(m materials.Material) bool { return m.Kind == "business_license" })
			require.GreaterOrEqual(t, licence, 0)
			assert.Equal(t, applicant.CreditCode, submitted.Materials()[licence].Reference)

			accepted := certificationtest.MustWalk(s, applicant, application.Accepted, start, 3)
			req, q, ok := accepted.Quote()
			require.True(t, ok)
			assert.Equal(t, fees.Cycle, req.Part)
			assert.True(t, q.Equal(must(s.Fees.Quote(req))), "the scheme's own quote")

			rect := certificationtest.MustWalk(s, applicant, application.Rectification, start, 3)
			fs := rect.Findings()
			require.Len(t, fs, 2)
			assert.Equal(t, audit.Major, fs[0].Severity())
			assert.Equal(t, certificationtest.ID(3, "finding/1"), fs[0].ID())
			assert.Equal(t, audit.Minor, fs[1].Severity())
			assert.Equal(t, certificationtest.ID(3, "finding/2"), fs[1].ID())

			certified := certificationtest.MustWalk(s, applicant, application.Certified, start, 3)
			c, ok := certified.Certificate()
			require.True(t, ok)
			assert.Equal(t, certificationtest.ID(3, "certificate"), c.ID())
			assert.Equal(t, "CT-2026-3", c.Number())
			assert.Equal(t, applicant.Name, c.Holder())
			r, rated := certified.Result()
			if s.Scorecard.IsZero() {
				assert.False(t, rated)
				assert.Equal(t, audit.Level(0), c.Level(), "no grade")
				return
			}
			require.True(t, rated)
			assert.Equal(t, audit.ThreeStar, c.Level())
			threshold, _ := s.Scorecard.Grading().Threshold(audit.ThreeStar)
			assert.True(t, r.Score.Equal(threshold))
		})
	}
}

// TestWalkRectificationWaysOut takes every way the table leaves
// Rectification by, from a walk there: the findings settled and
// rectification completed, stage 2 repeated after the major was left
// unverified past the limit, rejection and withdrawal.
func TestWalkRectificationWaysOut(t *testing.T) {
	for name, s := range schemes(t) {
		t.Run(name, func(t *testing.T) {
			a := certificationtest.MustWalk(s, certificationtest.Applicant(1), application.Rectification, day("2026-01-05"), 1)
			on := a.LastDate()
			fs := a.Findings()
			settled := must(a.SubmitRectification(on, []audit.Finding{
				must(fs[0].SubmitAction(on, "补做内部审核")), must(fs[1].SubmitAction(on, "文件重新受控")),
			}))
			fs = settled.Findings()
			settled = must(settled.ReviewRectification(on, []audit.Finding{must(fs[0].Verify(on)), must(fs[1].Accept(on))}))
			settled = must(settled.CompleteRectification(on))
			assert.Equal(t, application.PendingDecision, settled.State())

			late := calendar.AddDays(s.Rectification.VerifyMajorsBy(on), 1)
			repeated := must(a.RepeatStage2(late))
			assert.Equal(t, application.OnSiteAudit, repeated.State())

			assert.Equal(t, application.Rejected, must(a.Reject(on, "重大不符合未纠正")).State())
			assert.Equal(t, application.Withdrawn, must(a.Withdraw(on, "申请人撤回")).State())
		})
	}
}

// TestWalkCyclePrice walks a 1 200-person applicant to Accepted: the
// committee's table gives 16 initial person-days, 48 000 yuan at 3 000 a
// day.
func TestWalkCyclePrice(t *testing.T) {
	applicant := certificationtest.Applicant(1)
	applicant.Personnel = 1200
	a := certificationtest.MustWalk(application.AfterSalesScheme(), applicant, application.Accepted, day("2026-01-05"), 1)
	_, q, _ := a.Quote()
	assert.Equal(t, "16", q.Effort.Initial.String())
	i := slices.IndexFunc(q.Lines, func(l fees.Line) bool { return l.Item == fees.InitialAudit })
	require.GreaterOrEqual(t, i, 0)
	assert.Equal(t, "48000.00 CNY", q.Lines[i].Amount.String())
}

func TestWalkErrors(t *testing.T) {
	s := application.AfterSalesScheme()
	good := certificationtest.Applicant(1)
	blank := good
	blank.Name = " "
	broken := s
	broken.Standard = ""
	smallCard := s
	smallCard.Scorecard = card(t, must(audit.NewGrading(decimal.NewFromInt(70), decimal.RequireFromString("80.05"),
		decimal.NewFromInt(90), decimal.NewFromInt(95))), 10_00)
	cases := []struct {
		name      string
		scheme    application.Scheme
		applicant application.Applicant
		to        application.State
		start     time.Time
		field     string
		also      error
	}{
		{"zero state", s, good, 0, day("2026-01-05"), "to", nil},
		{"unknown state", s, good, 99, day("2026-01-05"), "to", nil},
		{"zero start", s, good, application.Certified, time.Time{}, "start", nil},
		{"start in year 10000", s, good, application.Draft, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "start", nil},
		{"blank name", s, blank, application.Submitted, day("2026-01-05"), "applicant.name", application.ErrInvalidApplicant},
		{"invalid scheme", broken, good, application.Submitted, day("2026-01-05"), "scheme.standard", application.ErrInvalidScheme},
		{"steps after 9999", s, good, application.Certified, day("9999-12-01"), "to", application.ErrInvalidDate},
		{"three stars out of reach", smallCard, good, application.Certified, day("2026-01-05"), "to", certificationtest.ErrInvalidEvaluation},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, err := certificationtest.Walk(tc.scheme, tc.applicant, tc.to, tc.start, 1)
			require.Error(t, err)
			assert.True(t, a.IsZero())
			assert.ErrorIs(t, err, certificationtest.ErrInvalidApplication)
			if tc.also != nil {
				assert.ErrorIs(t, err, tc.also)
			}
			assert.Equal(t, tc.field, fieldOf(err), err.Error())
			assert.True(t, strings.HasPrefix(err.Error(), "certificationtest: invalid application: "), err.Error())
			assert.PanicsWithValue(t, "certificationtest.MustWalk: "+err.Error(), func() {
				certificationtest.MustWalk(tc.scheme, tc.applicant, tc.to, tc.start, 1)
			})
		})
	}
}
