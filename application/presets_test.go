package application_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/certificationtest"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/materials"
)

// preset is a management-system preset and what it is built from.
type preset struct {
	name      string
	scheme    application.Scheme
	checklist materials.Checklist
	table     audit.TimeTable
	standard  string
}

// presets returns every management-system preset.
func presets(t testing.TB) []preset {
	t.Helper()
	out := []preset{{"iso9001", application.ISO9001Scheme(), materials.ISO9001(), audit.QMSTimeTable(), "ISO 9001:2015"}}
	for _, c := range audit.Complexities() {
		out = append(out, preset{"iso14001 " + c.String(), must(application.ISO14001Scheme(c)), materials.ISO14001(),
			must(audit.EMSTimeTable(c)), "ISO 14001:2015"})
		if c != audit.LimitedComplexity {
			out = append(out, preset{"iso45001 " + c.String(), must(application.ISO45001Scheme(c)), materials.ISO45001(),
				must(audit.OHSTimeTable(c)), "ISO 45001:2018"})
		}
	}
	return out
}

// certifyUngraded takes an application under the ungraded scheme s from
// draft to certificate: one major and one minor finding at stage 2, the
// major verified and the minor's plan accepted, then the decision with no
// result.
func certifyUngraded(t testing.TB, s application.Scheme) application.Application {
	t.Helper()
	a := must(application.New(appID, validApplicant(), s, day("2026-01-05")))
	a = must(a.Submit(day("2026-01-20"), certificationtest.MustDossier(s.Checklist, day("2026-01-20"), 1)))
	a = must(a.Accept(day("2026-01-27"), cycleRequest(), must(s.Fees.Quote(cycleRequest()))))
	a = must(a.StartDocumentReview(day("2026-02-09")))
	a = must(a.StartOnSiteAudit(day("2026-03-16")))
	major := must(audit.NewFinding(majorID, audit.Major, s.Standard+" 9.2", "未按计划实施内部审核", "2025年无内审记录",
		day("2026-03-18"), s.Rectification))
	minor := must(audit.NewFinding(findingID, audit.Minor, s.Standard+" 7.5.3", "文件未受控", "两份作业指导书无版本号",
		day("2026-03-18"), s.Rectification))
	a = must(a.RequireRectification(day("2026-03-18"), []audit.Finding{major, minor}))
	fs := a.Findings()
	a = must(a.SubmitRectification(day("2026-04-08"), []audit.Finding{
		must(fs[0].SubmitAction(day("2026-04-08"), "补做内审并培训内审员")), must(fs[1].SubmitAction(day("2026-04-08"), "文件重新受控")),
	}))
	fs = a.Findings()
	a = must(a.ReviewRectification(day("2026-04-15"), []audit.Finding{must(fs[0].Verify(day("2026-04-15"))), must(fs[1].Accept(day("2026-04-15")))}))
	a = must(a.CompleteRectification(day("2026-04-15")))
	return must(a.Certify(day("2026-04-20"), audit.Result{}, certID, "MS-2026-0001"))
}

func TestPresets(t *testing.T) {
	for _, p := range presets(t) {
		t.Run(p.name, func(t *testing.T) {
			s := p.scheme
			require.NoError(t, s.Validate())
			assert.True(t, s.Scorecard.IsZero(), "no grade")
			assert.True(t, s.Checklist.Equal(p.checklist))
			assert.True(t, s.TimeTable.Equal(p.table))
			assert.True(t, s.Fees.TimeTable.Equal(p.table), "priced on its own table")
			want := fees.DefaultSchedule()
			want.TimeTable = p.table
			assert.True(t, s.Fees.Equal(want), "the default prices, which a CB replaces with its own")
			assert.Equal(t, certificate.DefaultPolicy(), s.Certificate)
			assert.Equal(t, audit.DefaultRectification(), s.Rectification)
			assert.Equal(t, p.standard, s.Standard)
			assert.Empty(t, s.Body)

			data := jsontest.RoundTrip(t, s)
			assert.NotContains(t, string(data), `"scorecard"`, "a scheme without a grade writes no scorecard")
			assert.Contains(t, string(data), `"time_table":"`+p.table.Name()+`"`, "a built-in table by its name")
		})
	}
	t.Run("a CNCA 2026 flavour is a policy swap", func(t *testing.T) {
		s := must(application.ISO14001Scheme(audit.MediumComplexity))
		s.Certificate = certificate.CNCA2026Policy()
		a := certifyUngraded(t, s)
		c, _ := a.Certificate()
		assert.Equal(t, certificate.AnchorIssue, c.Policy().SurveillanceAnchor)
	})
}

func TestPresetsFromDraftToCertificate(t *testing.T) {
	for _, p := range presets(t) {
		t.Run(p.name, func(t *testing.T) {
			a := certifyUngraded(t, p.scheme)
			assert.Equal(t, application.Certified, a.State())
			_, rated := a.Result()
			assert.False(t, rated, "no result under a scheme without a grade")
			r, scored := a.Audits()[0].Result()
			assert.False(t, scored, "the stage 2 audit carries no result: %v", r)
			c, ok := a.Certificate()
			require.True(t, ok)
			assert.True(t, c.Grant().Ungraded)
			assert.Equal(t, audit.Level(0), c.Level())
			assert.Equal(t, p.standard, c.Standard())
			assert.Equal(t, p.scheme.Scope, c.Scope())
			assert.Equal(t, "2029-04-19", c.ExpiresOn().Format(time.DateOnly))
			d, ok, err := a.NextDeadline(day("2026-05-01"))
			require.NoError(t, err)
			require.True(t, ok)
			assert.Equal(t, application.SurveillanceDue, d.Kind)

			_, q, _ := a.Quote()
			effort := must(p.table.Effort(validApplicant().Personnel))
			assert.True(t, q.Effort.Equal(effort), "the quote is priced on the standard's table")

			doc := must(a.MarshalJSON())
			assert.NotContains(t, string(doc), `"result"`)
			assert.NotContains(t, string(doc), `"level"`)
			back, err := application.Decode(doc, p.scheme)
			require.NoError(t, err)
			assert.True(t, back.Equal(a))
			assert.Equal(t, string(doc), string(must(back.MarshalJSON())))
		})
	}
	t.Run("no finding at all", func(t *testing.T) {
		s := application.ISO9001Scheme()
		a := must(application.New(appID, validApplicant(), s, day("2026-01-05")))
		a = must(a.Submit(day("2026-01-20"), certificationtest.MustDossier(s.Checklist, day("2026-01-20"), 1)))
		a = must(a.Accept(day("2026-01-27"), cycleRequest(), must(s.Fees.Quote(cycleRequest()))))
		a = must(a.StartDocumentReview(day("2026-02-09")))
		a = must(a.StartOnSiteAudit(day("2026-03-16")))
		a = must(a.CompleteOnSiteAudit(day("2026-03-18"), nil))
		a = must(a.Certify(day("2026-03-30"), audit.Result{}, certID, "MS-2026-0002"))
		assert.Equal(t, application.Certified, a.State())
	})
}

// schemeAllJSON is a CB's own scheme written in JSON alone: a checklist
// with kinds of its own, a time table in full, no scorecard.
const schemeAllJSON = `{
  "checklist": {
    "kinds": [
      {"code": "energy_review", "chinese": "能源评审报告", "english": "Energy review"},
      {"code": "energy_baseline", "chinese": "能源基准", "english": "Energy baseline"}
    ],
    "requirements": [
      {"kind": "application_form"},
      {"kind": "business_license", "reference": "credit_code"},
      {"kind": "energy_review", "latest_within_months": 12},
      {"kind": "energy_baseline"}
    ]
  },
  "time_table": {"name": "enms_cb", "source": "a CB's own table", "bands": [
      {"from": 1, "to": 100, "initial": "4"}, {"from": 101, "to": 500, "initial": "6.5"}],
    "stage_one_share": "30/100", "surveillance_share": "1/3", "recertification_share": "2/3",
    "per_sampled_site": "0", "max_reduction": "30/100"},
  "fees": {
    "currency": "CNY",
    "application": {"amount": "800.00", "currency": "CNY"},
    "person_day": {"amount": "2500.00", "currency": "CNY"},
    "registration": {"amount": "1500.00", "currency": "CNY"},
    "annual_fee": {"amount": "1000.00", "currency": "CNY"},
    "extra_copy": {"amount": "100.00", "currency": "CNY"},
    "vat_rate": "0.06",
    "prices_include_vat": false,
    "time_table": {"name": "enms_cb", "source": "a CB's own table", "bands": [
        {"from": 1, "to": 100, "initial": "4"}, {"from": 101, "to": 500, "initial": "6.5"}],
      "stage_one_share": "30/100", "surveillance_share": "1/3", "recertification_share": "2/3",
      "per_sampled_site": "0", "max_reduction": "30/100"}
  },
  "certificate": {"validity_years": 3, "surveillance_interval_months": 12, "surveillance_anchor": "issue_date",
    "surveillance_tolerance_months": 0, "surveillances_per_cycle": 2, "max_suspension_months": 6,
    "restoration_window_months": 0, "recertification_lead_months": 3},
  "rectification": {"response_days": 30, "repeat_stage2_months": 6},
  "standard": "ISO 50001:2018",
  "scope": "能源管理体系 (energy management system)",
  "body": "上海某认证有限公司 (example certification body)"
}`

// TestSchemeAllJSON runs an application from draft to certificate under a
// scheme defined entirely in JSON: kinds of its own, its own table, no
// scorecard.
func TestSchemeAllJSON(t *testing.T) {
	var s application.Scheme
	require.NoError(t, json.Unmarshal([]byte(schemeAllJSON), &s))
	assert.True(t, s.Scorecard.IsZero())
	assert.Len(t, s.Checklist.Kinds, 2)
	assert.Equal(t, "enms_cb", s.TimeTable.Name())
	jsontest.RoundTrip(t, s)

	a := must(application.New(appID, validApplicant(), s, day("2026-01-05")))
	_, err := a.Submit(day("2026-01-20"), certificationtest.MustDossier(s.Checklist, day("2026-01-20"), 1, certificationtest.Missing("energy_baseline")))
	require.ErrorIs(t, err, application.ErrGuard, "the energy baseline is missing")
	assert.ErrorIs(t, err, materials.ErrMissing)

	a = certifyUngraded(t, s)
	c, _ := a.Certificate()
	assert.Equal(t, "ISO 50001:2018", c.Standard())
	assert.Equal(t, "上海某认证有限公司 (example certification body)", c.Body())
	assert.True(t, c.Grant().Ungraded)
	_, q, _ := a.Quote()
	assert.Equal(t, "6.5", q.Effort.Initial.String(), "120 personnel on the CB's own table")
	back, err := application.Decode(must(a.MarshalJSON()), s)
	require.NoError(t, err)
	assert.True(t, back.Equal(a))
}

func TestUngradedBadInputs(t *testing.T) {
	s := must(application.ISO14001Scheme(audit.MediumComplexity))
	certified := certifyUngraded(t, s)
	pending := func() application.Application {
		h := certified.History()
		require.Equal(t, application.PendingDecision, h[len(h)-1].From)
		doc := snapshot(t, certified)
		// The same application one step earlier: decode the document
		// without its certify step and certificate.
		var raw map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(doc), &raw))
		var history []json.RawMessage
		require.NoError(t, json.Unmarshal(raw["history"], &history))
		raw["history"] = must(json.Marshal(history[:len(history)-1]))
		raw["state"] = json.RawMessage(`"pending_decision"`)
		delete(raw, "certificate")
		return must(application.Decode(must(json.Marshal(raw)), s))
	}()

	t.Run("a scorecard result to certify", func(t *testing.T) {
		before := snapshot(t, pending)
		got, err := pending.Certify(day("2026-04-20"), score(t, 86), certID, "MS-2026-0001")
		require.ErrorIs(t, err, application.ErrGuard)
		var ge *application.GuardError
		require.ErrorAs(t, err, &ge)
		assert.Equal(t, "result", ge.Field)
		assert.Equal(t, application.Certify, ge.Event)
		assert.EqualError(t, err, "application: cannot certify: result: the scheme has no grade: it certifies on the findings alone, with no result")
		assert.Equal(t, before, snapshot(t, got), "nothing changed")
		assert.Equal(t, before, snapshot(t, pending))
	})
	t.Run("a self-score", func(t *testing.T) {
		a := must(application.New(appID, validApplicant(), s, day("2026-01-05")))
		e := evaluation(86)
		_, err := a.SelfAssess(day("2026-01-10"), nil, &e)
		require.ErrorIs(t, err, application.ErrGuard)
		assert.ErrorContains(t, err, "evaluation: the scheme has no grade")
		r, err := a.SelfAssess(day("2026-01-20"), certificationtest.MustDossier(s.Checklist, day("2026-01-20"), 1), nil)
		require.NoError(t, err)
		assert.True(t, r.Ready(), "materials alone decide readiness")
	})
	t.Run("no such complexity", func(t *testing.T) {
		for name, build := range map[string]func() (application.Scheme, error){
			"EMS of no complexity":  func() (application.Scheme, error) { return application.ISO14001Scheme(0) },
			"EMS of complexity 9":   func() (application.Scheme, error) { return application.ISO14001Scheme(9) },
			"OH&S limited":          func() (application.Scheme, error) { return application.ISO45001Scheme(audit.LimitedComplexity) },
			"OH&S of no complexity": func() (application.Scheme, error) { return application.ISO45001Scheme(0) },
		} {
			s, err := build()
			require.ErrorIs(t, err, application.ErrInvalidScheme, name)
			assert.ErrorIs(t, err, audit.ErrUnknownTimeTable, name)
			var fe *application.FieldError
			require.ErrorAs(t, err, &fe, name)
			assert.Equal(t, "complexity", fe.Field, name)
			assert.True(t, s.IsZero(), name)
		}
	})
	t.Run("documents", func(t *testing.T) {
		doc := snapshot(t, certified)
		graded := snapshot(t, reach(t, application.Certified))
		for _, tc := range []struct {
			name, doc, old, new string
			scheme              application.Scheme
			want                []error
		}{
			{"a result in the certify step", doc, `"certificate_id":`,
				`"result":` + string(must(json.Marshal(score(t, 86)))) + `,"certificate_id":`, s, []error{application.ErrGuard}},
			{"a level on the certificate", doc, `"number":"MS-2026-0001","cycle_start"`,
				`"number":"MS-2026-0001","level":"five_star","cycle_start"`, s, []error{certificate.ErrInconsistent}},
			{"an ungraded application under a graded scheme", doc, ``, ``, application.AfterSalesScheme(), nil},
			{"a graded application under a scheme without a grade", graded, ``, ``, application.ISO9001Scheme(), nil},
			{"a graded certificate that drops its grade", graded, `"level":"three_star","decided_on"`, `"ungraded":true,"decided_on"`,
				application.AfterSalesScheme(), nil},
		} {
			t.Run(tc.name, func(t *testing.T) {
				require.Contains(t, tc.doc, tc.old, "test set-up")
				_, err := application.Decode([]byte(strings.Replace(tc.doc, tc.old, tc.new, 1)), tc.scheme)
				require.ErrorIs(t, err, application.ErrInvalidDocument)
				for _, w := range tc.want {
					assert.ErrorIs(t, err, w)
				}
			})
		}
	})
}

// FuzzDecodeUngraded is FuzzDecode's property under a scheme without a
// grade: whatever decodes re-encodes, decodes Equal and re-encodes to the
// same bytes.
func FuzzDecodeUngraded(f *testing.F) {
	s := must(application.ISO14001Scheme(audit.MediumComplexity))
	f.Add([]byte(snapshot(f, certifyUngraded(f, s))))
	f.Add([]byte(`{"id":"6f1c2d3e-4b5a-4c6d-8e7f-901234567890","applicant":{"name":"x","credit_code":"91310000132260250X","personnel":1,"sites":1},"created":"2026-01-05","state":"draft","history":[]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := application.Decode(data, s)
		if err != nil {
			require.ErrorIs(t, err, application.ErrInvalidDocument)
			return
		}
		roundTripUnder(t, a, s)
	})
}

// roundTripUnder fails t unless a encodes, decodes under s to an Equal
// application, and that encodes to the same bytes.
func roundTripUnder(t *testing.T, a application.Application, s application.Scheme) {
	t.Helper()
	out, err := a.MarshalJSON()
	require.NoError(t, err)
	back, err := application.Decode(out, s)
	require.NoError(t, err, "%s", out)
	require.True(t, back.Equal(a), "%s", out)
	again, err := back.MarshalJSON()
	require.NoError(t, err)
	require.Equal(t, string(out), string(again))
}
