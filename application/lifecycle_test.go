package application_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
)

func TestHappyPath(t *testing.T) {
	a := reach(t, application.Certified)

	hist := a.History()
	events := make([]application.Event, len(hist))
	for i, r := range hist {
		events[i] = r.Event
	}
	assert.Equal(t, []application.Event{
		application.Submit, application.Return, application.Resubmit, application.Accept,
		application.StartDocumentReview, application.StartOnSiteAudit, application.RequireRectification,
		application.SubmitRectification, application.ReviewRectification, application.CompleteRectification,
		application.Certify,
	}, events)
	assert.Equal(t, application.Draft, hist[0].From)
	assert.Equal(t, application.ByApplicant, hist[0].Actor)
	assert.Equal(t, application.ByBody, hist[1].Actor)
	assert.Equal(t, application.ByApplicant, hist[7].Actor, "the applicant submits the action")
	assert.Equal(t, application.ByBody, hist[8].Actor, "the body accepts the plan")
	assert.Equal(t, []string{"2024 satisfaction report listed but missing from the package"}, hist[1].Reasons)
	assert.Equal(t, "2026-04-20", calendar.Format(hist[len(hist)-1].On))
	for i := 1; i < len(hist); i++ {
		assert.Equal(t, hist[i-1].To, hist[i].From, "history is a chain at %d", i)
		assert.True(t, calendar.OnOrAfter(hist[i].On, hist[i-1].On), "dates never go backwards at %d", i)
	}
	assert.Empty(t, a.Allowed(), "certified is final")

	cert, ok := a.Certificate()
	require.True(t, ok)
	assert.Equal(t, "上海示例电器有限公司", cert.Holder())
	assert.Equal(t, "91310000132260250X", cert.CreditCode())
	assert.Equal(t, "GB/T 27922-2011", cert.Standard())
	assert.Equal(t, application.AfterSalesScheme().Scope, cert.Scope())
	assert.Equal(t, audit.ThreeStar, cert.Level(), "86 points is 三星 (≥ 80, < 90 [27922])")
	assert.Equal(t, "2026-04-20", calendar.Format(cert.DecidedOn()))
	assert.Equal(t, "2029-04-19", calendar.Format(cert.ExpiresOn()), "3 years less a day [17021]")
	assert.Equal(t, certificate.Valid, cert.StatusOn(day("2026-04-20")))

	res, ok := a.Result()
	require.True(t, ok)
	assert.Equal(t, "86.00", res.Score.StringFixed(2))

	audits := a.Audits()
	require.Len(t, audits, 1)
	r, ok := audits[0].Result()
	require.True(t, ok, "the decision's result is kept on the stage 2 audit")
	assert.True(t, r.Equal(res))
	f := a.Findings()
	require.Len(t, f, 1)
	assert.Equal(t, audit.Accepted, f[0].Status())
	assert.Equal(t, "2026-04-17", calendar.Format(f[0].DueOn()), "30 days after the last day of stage 2 [CNCA]")

	req, q, ok := a.Quote()
	require.True(t, ok)
	assert.Equal(t, 120, req.Personnel)
	assert.True(t, q.Equal(cycleQuote(t)))

	m := a.Materials()
	assert.Len(t, m, len(completeMaterials()))
}

func TestJSONRoundTrip(t *testing.T) {
	apps := everyState(t)
	for _, s := range application.States() {
		t.Run(s.String(), func(t *testing.T) {
			a := apps[s]
			data, err := json.Marshal(a)
			require.NoError(t, err)
			var back application.Application
			require.NoError(t, json.Unmarshal(data, &back))
			assert.Equal(t, s, back.State())
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.JSONEq(t, string(data), string(again))
			assert.Equal(t, len(a.History()), len(back.History()))
		})
	}
}
