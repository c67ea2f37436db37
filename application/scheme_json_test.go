package application_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/aftersales/certification/internal/jsontest"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/aftersales/certification/materials"
)

// afterSalesSchemeJSON is AfterSalesScheme as MarshalJSON writes it
// (indented here): the defaults of each package.
const afterSalesSchemeJSON = `{
  "checklist": [
    {"kind": "application_form"},
    {"kind": "business_license", "reference": "credit_code", "warn_within_days": 90},
    {"kind": "organization_code", "reference": "organization_code", "satisfied_by": [{"kind": "business_license", "reference": "credit_code"}]},
    {"kind": "legal_rep_id", "reference": "resident_id",
     "other_references": ["passport", "foreign_permanent_resident_id", "hk_macao_travel_permit", "taiwan_travel_permit"],
     "min_age": 18, "warn_within_days": 90},
    {"kind": "service_process_manual"},
    {"kind": "quality_manual"},
    {"kind": "feedback_mechanism"},
    {"kind": "organization_chart"},
    {"kind": "service_outlets"},
    {"kind": "training_records", "latest_within_months": 12, "sections": ["plan", "content", "assessment_results"]},
    {"kind": "satisfaction_report", "years_covered": 2, "sections": ["data_analysis", "improvement_measures"]},
    {"kind": "service_commitment", "optional": true},
    {"kind": "complaint_records", "optional": true},
    {"kind": "service_case", "optional": true}
  ],
  "time_table": "after_sales",
  "scorecard": "gbt27922",
  "fees": {
    "currency": "CNY",
    "application": {"amount": "1000.00", "currency": "CNY"},
    "person_day": {"amount": "3000.00", "currency": "CNY"},
    "registration": {"amount": "2000.00", "currency": "CNY"},
    "annual_fee": {"amount": "2000.00", "currency": "CNY"},
    "extra_copy": {"amount": "100.00", "currency": "CNY"},
    "vat_rate": "0.06",
    "prices_include_vat": false,
    "time_table": "after_sales"
  },
  "certificate": {
    "validity_years": 3,
    "surveillance_interval_months": 12,
    "surveillance_anchor": "decision_date",
    "surveillance_tolerance_months": 0,
    "surveillances_per_cycle": 2,
    "max_suspension_months": 6,
    "restoration_window_months": 6,
    "recertification_lead_months": 3
  },
  "rectification": {"response_days": 30, "repeat_stage2_months": 6},
  "standard": "GB/T 27922-2011",
  "scope": "商品售后服务 (after-sales service of goods)"
}`

// customScheme changes every part of AfterSalesScheme: a checklist without
// the optional materials, its own time table (in the scheme and the fee
// schedule), the one-year option on the grading, other prices and VAT,
// another certificate and rectification policy, standard and scope, and
// names a certification body.
func customScheme(t testing.TB) application.Scheme {
	t.Helper()
	s := application.AfterSalesScheme()
	s.Checklist.Requirements = s.Checklist.Requirements[:11]
	c := audit.AfterSalesTimeTable().Config()
	c.Name = "shanghai_cb"
	c.Bands[5].Initial = decimal.NewFromInt(9)
	table, err := audit.NewTimeTable(c)
	require.NoError(t, err)
	s.TimeTable, s.Fees.TimeTable = table, table
	s.Scorecard, err = audit.GBT27922().WithGrading(audit.DefaultGrading().WithStarsAfterOneYear(true))
	require.NoError(t, err)
	s.Fees.PersonDay = must(fees.NewMoney("2800.00", "CNY"))
	s.Fees.VATRate = decimal.RequireFromString("0.03")
	s.Fees.PricesIncludeVAT = true
	s.Certificate.SurveillanceToleranceMonths = 1
	s.Certificate.RestorationWindowMonths = 0
	s.Rectification.ResponseDays = 45
	s.Standard = "GB/T 27922-2011 & <CB rules 2026>"
	s.Scope = "家用电器的售后服务"
	s.Body = "上海某认证有限公司 \"CB\" & <example>"
	require.NoError(t, s.Validate())
	return s
}

// qmsScheme is AfterSalesScheme priced and timed on the QMS table.
func qmsScheme() application.Scheme {
	s := application.AfterSalesScheme()
	s.TimeTable, s.Fees.TimeTable = audit.QMSTimeTable(), audit.QMSTimeTable()
	return s
}

func TestSchemeJSON(t *testing.T) {
	t.Run("the after-sales scheme, built-in parts by name", func(t *testing.T) {
		data, err := json.Marshal(application.AfterSalesScheme())
		require.NoError(t, err)
		assert.JSONEq(t, afterSalesSchemeJSON, string(data))
		assert.NotContains(t, string(data), `"body"`, "an empty body is not written")

		var s application.Scheme
		require.NoError(t, json.Unmarshal([]byte(afterSalesSchemeJSON), &s))
		assert.True(t, s.Equal(application.AfterSalesScheme()))
	})
	roundTrip := []struct {
		name   string
		scheme application.Scheme
		full   []string // parts written in full, not by name
	}{
		{"after-sales", application.AfterSalesScheme(), nil},
		{"qms table", qmsScheme(), nil},
		{"every part custom", customScheme(t), []string{`"bands"`, `"indicators"`, `"stars_after_one_year":true`,
			`"body":"上海某认证有限公司 \"CB\" \u0026 \u003cexample\u003e"`}},
		{"after-sales with a body", func() application.Scheme {
			s := application.AfterSalesScheme()
			s.Body = "上海某认证有限公司"
			return s
		}(), []string{`"scope":"商品售后服务 (after-sales service of goods)","body":"上海某认证有限公司"}`}},
	}
	for _, tc := range roundTrip {
		t.Run("round trip/"+tc.name, func(t *testing.T) {
			data, err := json.Marshal(tc.scheme)
			require.NoError(t, err)
			for _, f := range tc.full {
				assert.Contains(t, string(data), f)
			}
			var got application.Scheme
			require.NoError(t, json.Unmarshal(data, &got))
			assert.True(t, got.Equal(tc.scheme), "decoded %s", data)
			require.NoError(t, got.Validate())
			again, err := json.Marshal(got)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again), "re-encoding is byte-identical")
		})
	}
	t.Run("body is optional: missing, null or empty is not given", func(t *testing.T) {
		for _, body := range []string{``, `"body": null, `, `"body": "", `} {
			data := strings.Replace(afterSalesSchemeJSON, `"scope":`, body+`"scope":`, 1)
			var s application.Scheme
			require.NoError(t, json.Unmarshal([]byte(data), &s), body)
			assert.Empty(t, s.Body, body)
			assert.True(t, s.Equal(application.AfterSalesScheme()), body)
		}
		data := strings.Replace(afterSalesSchemeJSON, `"scope":`, `"body": "上海某认证有限公司", "scope":`, 1)
		var s application.Scheme
		require.NoError(t, json.Unmarshal([]byte(data), &s))
		assert.Equal(t, "上海某认证有限公司", s.Body)
	})
	t.Run("an invalid scheme does not encode", func(t *testing.T) {
		for name, s := range map[string]application.Scheme{
			"zero": {},
			"time tables differ": func() application.Scheme {
				s := application.AfterSalesScheme()
				s.TimeTable = audit.QMSTimeTable()
				return s
			}(),
		} {
			_, err := json.Marshal(s)
			assert.ErrorIs(t, err, application.ErrInvalidScheme, name)
		}
	})
}

func TestSchemeEqual(t *testing.T) {
	base := application.AfterSalesScheme()
	custom := customScheme(t)
	t.Run("equal", func(t *testing.T) {
		assert.True(t, base.Equal(application.AfterSalesScheme()))
		assert.True(t, custom.Equal(customScheme(t)))
		same := application.AfterSalesScheme()
		same.Fees.VATRate = decimal.RequireFromString("0.060")
		assert.True(t, base.Equal(same), "the VAT rate compares by value")
	})
	tests := []struct {
		name   string
		change func(*application.Scheme)
	}{
		{"checklist", func(s *application.Scheme) { s.Checklist = custom.Checklist }},
		{"checklist requirement", func(s *application.Scheme) { s.Checklist.Requirements[1].WarnWithinDays = 60 }},
		{"time_table", func(s *application.Scheme) { s.TimeTable = custom.TimeTable }},
		{"scorecard", func(s *application.Scheme) { s.Scorecard = custom.Scorecard }},
		{"fees", func(s *application.Scheme) { s.Fees.PersonDay = custom.Fees.PersonDay }},
		{"fees time_table", func(s *application.Scheme) { s.Fees.TimeTable = custom.TimeTable }},
		{"certificate", func(s *application.Scheme) { s.Certificate.RestorationWindowMonths = 0 }},
		{"rectification", func(s *application.Scheme) { s.Rectification.ResponseDays = 45 }},
		{"standard", func(s *application.Scheme) { s.Standard = "GB/T 27922" }},
		{"scope", func(s *application.Scheme) { s.Scope = custom.Scope }},
		{"body", func(s *application.Scheme) { s.Body = custom.Body }},
	}
	for _, tc := range tests {
		t.Run("different/"+tc.name, func(t *testing.T) {
			s := application.AfterSalesScheme()
			tc.change(&s)
			assert.False(t, base.Equal(s))
			assert.False(t, s.Equal(base))
		})
	}
}

func TestSchemeJSONErrors(t *testing.T) {
	edit := func(old, new string) string {
		require.Contains(t, afterSalesSchemeJSON, old, "test set-up: the text to replace")
		return strings.Replace(afterSalesSchemeJSON, old, new, 1)
	}
	// without drops a top-level field; with replaces its value.
	without := func(name string) string {
		var raw map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(afterSalesSchemeJSON), &raw))
		require.Contains(t, raw, name)
		delete(raw, name)
		b, err := json.Marshal(raw)
		require.NoError(t, err)
		return string(b)
	}
	with := func(name, value string) string {
		var raw map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(afterSalesSchemeJSON), &raw))
		require.Contains(t, raw, name)
		raw[name] = json.RawMessage(value)
		b, err := json.Marshal(raw)
		require.NoError(t, err)
		return string(b)
	}
	tests := []struct {
		name string
		data string
		want []error
		text []string
	}{
		// The document's shape.
		{"unknown field", edit(`"scope":`, `"scheme_name": "x", "scope":`), []error{jsonx.ErrInvalid}, []string{"unknown field", "scheme_name"}},
		{"field spelled in another case", edit(`"scope":`, `"Scope":`), []error{jsonx.ErrInvalid}, []string{`"Scope"`}},
		{"duplicate key", edit(`"scope":`, `"standard": "GB/T 19001", "scope":`), []error{jsonx.ErrInvalid}, []string{`duplicate key "standard"`}},
		{"duplicate key inside a part", edit(`"vat_rate": "0.06",`, `"vat_rate": "0.06", "vat_rate": "0.03",`), []error{jsonx.ErrInvalid}, []string{`duplicate key "vat_rate"`, "fees"}},
		{"unknown field inside a part", edit(`"response_days": 30,`, `"response_days": 30, "grace_days": 5,`), []error{jsonx.ErrInvalid}, []string{"grace_days"}},
		{"trailing data", afterSalesSchemeJSON + `{}`, []error{jsonx.ErrInvalid}, []string{"after the first value"}},
		{"not an object", `[]`, []error{jsonx.ErrInvalid}, nil},
		{"a number for the standard", edit(`"standard": "GB/T 27922-2011"`, `"standard": 27922`), []error{jsonx.ErrInvalid}, []string{"standard"}},
		{"null", `null`, nil, []string{"invalid scheme: invalid JSON document: null, where a value is required"}},

		// Each field missing.
		{"no checklist", without("checklist"), nil, []string{"invalid scheme: checklist: is missing"}},
		{"no time_table", without("time_table"), nil, []string{"invalid scheme: time_table: is missing"}},
		{"no fees", without("fees"), nil, []string{"invalid scheme: fees: is missing"}},
		{"no certificate", without("certificate"), nil, []string{"invalid scheme: certificate: is missing"}},
		{"no rectification", without("rectification"), nil, []string{"invalid scheme: rectification: is missing"}},
		{"no standard", without("standard"), nil, []string{"invalid scheme: standard: is missing"}},
		{"no scope", without("scope"), nil, []string{"invalid scheme: scope: is missing"}},

		// Each part null: refused by the part's own decoder.
		{"null checklist", with("checklist", `null`), []error{materials.ErrInvalidChecklist}, []string{"invalid scheme: checklist: invalid JSON document: null, where a value is required"}},
		{"null time_table", with("time_table", `null`), []error{audit.ErrInvalidTimeTable}, []string{"invalid scheme: time_table: invalid JSON document: null, where a value is required"}},
		{"null scorecard", with("scorecard", `null`), []error{audit.ErrInvalidScorecard}, []string{"invalid scheme: scorecard: invalid JSON document: null, where a value is required"}},
		{"null fees", with("fees", `null`), []error{fees.ErrInvalidSchedule}, []string{"invalid scheme: fees: invalid JSON document: null, where a value is required"}},
		{"null certificate", with("certificate", `null`), []error{certificate.ErrInvalidPolicy}, []string{"invalid scheme: certificate: invalid JSON document: null, where a value is required"}},
		{"null rectification", with("rectification", `null`), []error{audit.ErrInvalidPolicy}, []string{"invalid scheme: rectification: invalid JSON document: null, where a value is required"}},
		{"null standard", with("standard", `null`), nil, []string{"invalid scheme: standard: is missing"}},

		// Each part invalid: the error names the part and wraps its error.
		{"empty checklist", with("checklist", `[]`), []error{materials.ErrInvalidChecklist}, []string{"invalid scheme: checklist.requirements: none"}},
		{"checklist with an unknown kind", edit(`{"kind": "quality_manual"}`, `{"kind": "quality_handbook"}`),
			[]error{materials.ErrInvalidChecklist}, []string{"invalid scheme: checklist", "quality_handbook"}},
		{"checklist asking twice", edit(`{"kind": "quality_manual"}`, `{"kind": "service_outlets"}`),
			[]error{materials.ErrInvalidChecklist}, []string{"invalid scheme: checklist", "service_outlets"}},
		{"unknown time table", edit(`"time_table": "after_sales",`, `"time_table": "iso9001",`),
			[]error{audit.ErrUnknownTimeTable}, []string{"invalid scheme: time_table", "iso9001"}},
		{"time table with a bad band", with("time_table", `{"name":"x","bands":[]}`),
			[]error{audit.ErrInvalidTimeTable}, []string{"invalid scheme: time_table"}},
		{"unknown scorecard", edit(`"gbt27922"`, `"gbt19001"`), []error{audit.ErrUnknownScorecard}, []string{"invalid scheme: scorecard", "gbt19001"}},
		{"scorecard without indicators", with("scorecard", `{"groups":[],"indicators":[],"grading":{}}`),
			[]error{audit.ErrInvalidScorecard}, []string{"invalid scheme: scorecard"}},
		{"VAT rate of 1", edit(`"vat_rate": "0.06"`, `"vat_rate": "1"`), []error{fees.ErrInvalidSchedule},
			[]string{"invalid scheme: fees.vat_rate"}},
		{"negative price", edit(`"3000.00"`, `"-3000.00"`), []error{fees.ErrInvalidSchedule}, []string{"invalid scheme: fees", "person_day"}},
		{"fee schedule on an unknown table", edit(`"time_table": "after_sales"
  },`, `"time_table": "iso9001"
  },`), []error{fees.ErrInvalidSchedule, audit.ErrUnknownTimeTable}, []string{"invalid scheme: fees", "time_table"}},
		{"validity of 0 years", edit(`"validity_years": 3`, `"validity_years": 0`), []error{certificate.ErrInvalidPolicy},
			[]string{"invalid scheme: certificate"}},
		{"certificate policy missing a field", edit(`"max_suspension_months": 6,`, ``), []error{certificate.ErrInvalidPolicy},
			[]string{"invalid scheme: certificate", "max_suspension_months"}},
		{"response in 0 days", edit(`"response_days": 30`, `"response_days": 0`), []error{audit.ErrInvalidPolicy},
			[]string{"invalid scheme: rectification", "response_days: 0"}},
		{"response days as a string", edit(`"response_days": 30`, `"response_days": "30"`), []error{audit.ErrInvalidPolicy},
			[]string{"invalid scheme: rectification", "response_days"}},
		{"blank standard", edit(`"standard": "GB/T 27922-2011"`, `"standard": "  "`), nil, []string{"invalid scheme: standard: is blank"}},
		{"blank body", edit(`"scope":`, `"body": "\u3000", "scope":`), nil, []string{`invalid scheme: body: is blank`}},
		{"body not a string", edit(`"scope":`, `"body": 1, "scope":`), []error{jsonx.ErrInvalid}, []string{"body"}},
		{"body twice", edit(`"scope":`, `"body": "a", "body": "b", "scope":`), []error{jsonx.ErrInvalid}, []string{`duplicate key "body"`}},
		{"empty scope", edit(`"scope": "商品售后服务 (after-sales service of goods)"`, `"scope": ""`), nil, []string{"invalid scheme: scope: is blank"}},

		// Parts valid on their own, the whole not.
		{"fees priced on another table", edit(`"time_table": "after_sales",`, `"time_table": "qms",`), nil,
			[]string{`invalid scheme: fees: the fee schedule prices time table "after_sales", not the scheme's time_table "qms"`}},

		// Every bad part is reported.
		{"several parts bad", strings.NewReplacer(`"response_days": 30`, `"response_days": 0`, `"vat_rate": "0.06"`, `"vat_rate": "2"`).Replace(afterSalesSchemeJSON),
			[]error{audit.ErrInvalidPolicy, fees.ErrInvalidSchedule}, []string{"rectification.response_days: ", "fees.vat_rate: "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := customScheme(t)
			err := got.UnmarshalJSON([]byte(tc.data))
			require.Error(t, err)
			assert.ErrorIs(t, err, application.ErrInvalidScheme)
			for _, w := range tc.want {
				assert.ErrorIs(t, err, w)
			}
			for _, text := range tc.text {
				assert.Contains(t, err.Error(), text)
			}
			assert.True(t, strings.HasPrefix(err.Error(), "application: invalid scheme: "), "error %q", err)
			assert.True(t, got.Equal(customScheme(t)), "the receiver is unchanged")
		})
	}
}

// TestDecodeUnderSchemeFromJSON runs an application under a scheme read
// from JSON: the scheme's rectification policy sets the due date, and the
// application's document decodes under that scheme, not the default one.
func TestDecodeUnderSchemeFromJSON(t *testing.T) {
	data, err := json.Marshal(customScheme(t))
	require.NoError(t, err)
	var scheme application.Scheme
	require.NoError(t, json.Unmarshal(data, &scheme))

	a := must(application.New(appID, validApplicant(), scheme, day("2026-01-05")))
	a = must(a.Submit(day("2026-01-20"), completeMaterials()))
	quote := must(scheme.Fees.Quote(cycleRequest()))
	a = must(a.Accept(day("2026-02-10"), cycleRequest(), quote))
	a = must(a.StartDocumentReview(day("2026-03-02")))
	a = must(a.StartOnSiteAudit(day("2026-03-16")))
	f := must(audit.NewFinding(findingID, audit.Minor, "GB/T 27922-2011 5.2.4", "投诉处理记录未记录回访结果",
		"2025年12月投诉记录3份无回访记录", day("2026-03-18"), scheme.Rectification))
	a = must(a.RequireRectification(day("2026-03-18"), []audit.Finding{f}))
	assert.Equal(t, "2026-05-02", a.Findings()[0].DueOn().Format("2006-01-02"), "45 days after 2026-03-18")

	doc, err := a.MarshalJSON()
	require.NoError(t, err)
	back, err := application.Decode(doc, scheme)
	require.NoError(t, err)
	again, err := back.MarshalJSON()
	require.NoError(t, err)
	assert.Equal(t, string(doc), string(again))
	assert.True(t, back.Scheme().Equal(scheme))

	_, err = application.Decode(doc, application.AfterSalesScheme())
	assert.ErrorIs(t, err, application.ErrInvalidDocument, "not the default scheme's quote or due dates")
}

func FuzzSchemeJSON(f *testing.F) {
	f.Add([]byte(afterSalesSchemeJSON))
	for _, s := range []application.Scheme{qmsScheme(), customScheme(f)} {
		data, err := json.Marshal(s)
		require.NoError(f, err)
		f.Add(data)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"checklist":[{"kind":"application_form"}],"time_table":"qms","scorecard":"gbt27922","fees":null,"certificate":{},"rectification":{"response_days":1,"repeat_stage2_months":1},"standard":"x","scope":"y"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var s application.Scheme
		if err := json.Unmarshal(data, &s); err != nil {
			if !errors.Is(err, application.ErrInvalidScheme) {
				var syntax *json.SyntaxError
				if !errors.As(err, &syntax) { // encoding/json's own check before UnmarshalJSON
					t.Fatalf("error does not match ErrInvalidScheme: %v", err)
				}
			}
			return
		}
		// Whatever decodes is valid, encodes, and decodes to an equal scheme
		// that encodes to the same bytes.
		if err := s.Validate(); err != nil {
			t.Fatalf("decoded an invalid scheme: %v", err)
		}
		jsontest.RoundTrip(t, s)
	})
}
