package materials_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/certification/internal/enum"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/materials"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKind(t *testing.T) {
	// The codes and Chinese names of shared/DOMAIN.md §2, in order.
	want := []struct{ code, chinese string }{
		{"application_form", "认证申请书"},
		{"business_license", "营业执照（副本）"},
		{"organization_code", "组织机构代码证"},
		{"legal_rep_id", "法定代表人身份证明"},
		{"service_process_manual", "售后服务流程手册"},
		{"quality_manual", "质量管理手册"},
		{"feedback_mechanism", "客户反馈机制说明"},
		{"organization_chart", "组织机构图（含售后服务机构）"},
		{"service_outlets", "售后服务网点清单"},
		{"training_records", "服务人员培训记录"},
		{"satisfaction_report", "客户满意度调查报告"},
		{"service_commitment", "售后服务承诺书"},
		{"complaint_records", "投诉处理记录"},
		{"service_case", "售后服务案例"},
	}
	kinds := materials.Kinds()
	require.Len(t, kinds, len(want))
	for i, k := range kinds {
		assert.Equal(t, want[i].code, k.String())
		assert.Equal(t, want[i].chinese, k.Chinese())
		assert.NotEmpty(t, k.English())
		assert.True(t, k.IsValid())
		parsed, err := materials.ParseKind(want[i].code)
		require.NoError(t, err)
		assert.Equal(t, k, parsed)
		b, err := json.Marshal(k)
		require.NoError(t, err)
		assert.Equal(t, `"`+want[i].code+`"`, string(b))
	}
	assert.Equal(t, materials.ServiceCase, kinds[13])

	t.Run("unknown", func(t *testing.T) {
		var zero materials.Kind
		assert.False(t, zero.IsValid())
		assert.Equal(t, "kind(0)", zero.String())
		assert.Equal(t, "", zero.Chinese())
		_, err := zero.MarshalText()
		assert.ErrorIs(t, err, enum.ErrUnknown)
		_, err = json.Marshal(materials.Kind(15))
		assert.Error(t, err)
		for _, bad := range []string{"", "Business_License", "business_licence", "business_license ", "kind(0)"} {
			_, err := materials.ParseKind(bad)
			assert.ErrorIs(t, err, enum.ErrUnknown, bad)
			assert.ErrorContains(t, err, "materials: unknown kind")
		}
		k := materials.QualityManual
		require.Error(t, json.Unmarshal([]byte(`"nope"`), &k))
		assert.Equal(t, materials.QualityManual, k, "a failed decode leaves the kind as it was")
	})
}

func TestSection(t *testing.T) {
	want := []string{"plan", "content", "assessment_results", "data_analysis", "improvement_measures"}
	secs := materials.Sections()
	require.Len(t, secs, len(want))
	for i, s := range secs {
		assert.Equal(t, want[i], s.String())
		assert.NotEmpty(t, s.Chinese())
		assert.NotEmpty(t, s.English())
		got, err := materials.ParseSection(want[i])
		require.NoError(t, err)
		assert.Equal(t, s, got)
	}
	s := materials.Plan
	require.Error(t, s.UnmarshalText([]byte("summary")))
	assert.Equal(t, materials.Plan, s)
	_, err := materials.Section(0).MarshalText()
	assert.Error(t, err)
}

func TestReferenceCheck(t *testing.T) {
	assert.Equal(t, "none", materials.ReferenceCheck(0).String())
	assert.True(t, materials.ReferenceCheck(0).IsValid())
	assert.NoError(t, materials.ReferenceCheck(0).Validate("anything"))
	assert.NoError(t, materials.CheckCreditCode.Validate("91310000132260250X"))
	assert.NoError(t, materials.CheckOrganizationCode.Validate("13226025-0"))
	assert.NoError(t, materials.CheckResidentID.Validate("11010519491231002X"))
	assert.ErrorIs(t, materials.CheckResidentID.Validate("91310000132260250X"), materials.ErrInvalidReference)
	assert.ErrorContains(t, materials.CheckCreditCode.Validate(""), "no credit code given")
	assert.ErrorIs(t, materials.ReferenceCheck(20).Validate("x"), materials.ErrInvalidReference)
	c, err := materials.ParseReferenceCheck("resident_id")
	require.NoError(t, err)
	assert.Equal(t, materials.CheckResidentID, c)
}

func TestMaterialValidate(t *testing.T) {
	good := dossier()[9]
	require.NoError(t, good.Validate())

	tests := []struct {
		name    string
		change  func(*materials.Material)
		message string
	}{
		{"unknown kind", func(m *materials.Material) { m.Kind = 0 }, `kind(0) "2025年度满意度报告" has an unknown kind`},
		{"empty title", func(m *materials.Material) { m.Title = "" }, "has an empty title"},
		{"whitespace title", func(m *materials.Material) { m.Title = "\u3000 \n" }, "has an empty title"},
		{"zero issue date", func(m *materials.Material) { m.IssuedOn = time.Time{} }, "has no issue date"},
		{"valid until before issued", func(m *materials.Material) { m.ValidUntil = d("2026-01-30") }, "is valid until 2026-01-30, before its issue date 2026-01-31"},
		{"covers ends before it starts", func(m *materials.Material) { m.Covers.To = d("2024-12-31") }, "covers a period that ends on 2024-12-31, before it starts on 2025-01-01"},
		{"covers without a start", func(m *materials.Material) { m.Covers.From = time.Time{} }, "covers a period that has an end (2025-12-31) but no start"},
		{"covers without an end", func(m *materials.Material) { m.Covers.To = time.Time{} }, "covers a period that has a start (2025-01-01) but no end"},
		{"issue date after 9999 (JSON could not read it back)", func(m *materials.Material) { m.IssuedOn = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, "has an issue date 10000-01-01 outside the years 1–9999"},
		{"valid until after 9999", func(m *materials.Material) { m.ValidUntil = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, "is valid until 10000-01-01, outside the years 1–9999"},
		{"covers starts before year 1", func(m *materials.Material) { m.Covers.From = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC) }, "covers a period that starts on 0000-01-01, outside the years 1–9999"},
		{"unknown section", func(m *materials.Material) { m.Sections = []materials.Section{0} }, "has an unknown section section(0)"},
		{"repeated section", func(m *materials.Material) { m.Sections = []materials.Section{materials.Plan, materials.Plan} }, "lists section plan twice"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := dossier()[9]
			tc.change(&m)
			err := m.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, materials.ErrInvalidMaterial)
			assert.True(t, strings.HasPrefix(err.Error(), "materials: invalid material: "), err.Error())
			assert.Contains(t, err.Error(), tc.message)
		})
	}
	t.Run("every problem is collected", func(t *testing.T) {
		err := materials.Material{}.Validate()
		assert.Len(t, strings.Split(err.Error(), "\n"), 3)
	})
	t.Run("valid until on the issue date is fine", func(t *testing.T) {
		m := good
		m.ValidUntil = m.IssuedOn
		assert.NoError(t, m.Validate())
	})
}

func TestMaterialJSON(t *testing.T) {
	t.Run("round trip", func(t *testing.T) {
		for _, m := range dossier() {
			b, err := json.Marshal(m)
			require.NoError(t, err)
			var got materials.Material
			require.NoError(t, json.Unmarshal(b, &got), string(b))
			assert.Equal(t, m, got)
			assert.True(t, m.Equal(got))
		}
	})
	t.Run("form", func(t *testing.T) {
		b, err := json.Marshal(dossier()[9])
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"satisfaction_report","title":"2025年度满意度报告","issued_on":"2026-01-31",
			"covers":{"from":"2025-01-01","to":"2025-12-31"},"sections":["data_analysis","improvement_measures"]}`, string(b))
		b, err = json.Marshal(dossier()[2])
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"legal_rep_id","title":"法定代表人身份证","issued_on":"2020-03-01","valid_until":"2040-03-01","reference":"11010519491231002X"}`, string(b))
	})
	t.Run("dates lose their location", func(t *testing.T) {
		sh, err := time.LoadLocation("Asia/Shanghai")
		require.NoError(t, err)
		m := dossier()[0]
		m.IssuedOn = time.Date(2026, 5, 1, 0, 30, 0, 0, sh)
		b, err := json.Marshal(m)
		require.NoError(t, err)
		assert.Contains(t, string(b), `"issued_on":"2026-05-01"`)
		var got materials.Material
		require.NoError(t, json.Unmarshal(b, &got))
		assert.Equal(t, d("2026-05-01"), got.IssuedOn)
		assert.True(t, m.Equal(got), "the same calendar date")
	})
	t.Run("invalid material is not written", func(t *testing.T) {
		_, err := json.Marshal(materials.Material{Kind: materials.QualityManual})
		assert.ErrorIs(t, err, materials.ErrInvalidMaterial)
	})

	bad := []struct {
		name, doc, message string
	}{
		{"unknown kind", `{"kind":"passport","title":"x","issued_on":"2026-01-01"}`, `unknown kind "passport"`},
		{"missing kind", `{"title":"x","issued_on":"2026-01-01"}`, "unknown kind"},
		{"empty title", `{"kind":"quality_manual","title":"  ","issued_on":"2026-01-01"}`, "has an empty title"},
		{"missing issue date", `{"kind":"quality_manual","title":"x"}`, "has no issue date"},
		{"bad date", `{"kind":"quality_manual","title":"x","issued_on":"2026-02-30"}`, `issued_on "2026-02-30" is not a YYYY-MM-DD date`},
		{"date with time", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01T00:00:00Z"}`, "is not a YYYY-MM-DD date"},
		{"valid until before issued", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","valid_until":"2025-01-01"}`, "before its issue date"},
		{"covers reversed", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","covers":{"from":"2025-12-31","to":"2025-01-01"}}`, "before it starts"},
		{"covers empty", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","covers":{"from":"","to":""}}`, "covers is given but empty"},
		{"unknown section", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","sections":["summary"]}`, `unknown section "summary"`},
		{"unknown reference type", `{"kind":"legal_rep_id","title":"x","issued_on":"2026-01-01","reference":"E1","reference_type":"visa"}`, `unknown reference_type "visa"`},
		{"reference type none", `{"kind":"legal_rep_id","title":"x","issued_on":"2026-01-01","reference_type":"none"}`, `unknown reference_type "none"`},
		{"unknown field", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","pages":3}`, "unknown field"},
		{"duplicate key", `{"kind":"quality_manual","title":"x","title":"y","issued_on":"2026-01-01"}`, `duplicate key "title"`},
		{"trailing data", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01"} {}`, "data after the first value"},
		{"not an object", `[]`, "invalid JSON document"},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			m := dossier()[0]
			err := m.UnmarshalJSON([]byte(tc.doc))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.message)
			assert.Equal(t, dossier()[0], m, "a failed decode leaves the material as it was")
		})
	}
}

func TestReportJSON(t *testing.T) {
	cases := map[string]materials.Report{
		"complete": materials.AfterSalesService().Check(dossier(), asOf),
		"problems and warnings": materials.AfterSalesService().Check(append(
			with(materials.BusinessLicense, func(m *materials.Material) { m.Reference = "91310000132260250Y"; m.ValidUntil = d("2026-06-01") }),
			materials.Material{Kind: materials.ServiceCommitment, Title: "承诺书", IssuedOn: d("2026-06-01")},
			materials.Material{Kind: materials.QualityManual, Title: " ", IssuedOn: d("2026-06-01")},
			dossier()[0],
		), asOf),
		"missing years and sections": materials.AfterSalesService().Check(with(materials.TrainingRecords, func(m *materials.Material) { m.Sections = nil })[:10], asOf),
		"zero date":                  materials.AfterSalesService().Check(dossier(), time.Time{}),
		"date after 9999":            materials.AfterSalesService().Check(dossier(), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)),
		"invalid checklist":          materials.Checklist{}.Check(dossier(), asOf),
		"unused":                     materials.Checklist{{Kind: materials.ApplicationForm}}.Check(dossier(), asOf),
	}
	for name, rep := range cases {
		t.Run(name, func(t *testing.T) {
			b, err := json.Marshal(rep)
			require.NoError(t, err)
			var got materials.Report
			require.NoError(t, json.Unmarshal(b, &got), string(b))
			assert.Equal(t, rep, got)
			assert.Equal(t, rep.Complete(), got.Complete())
			if rep.Err() != nil {
				assert.Equal(t, rep.Err().Error(), got.Err().Error())
				for _, p := range got.Problems() {
					assert.ErrorIs(t, got.Err(), p.Reason.Err())
				}
			}
			again, err := json.Marshal(got)
			require.NoError(t, err)
			assert.JSONEq(t, string(b), string(again))
		})
	}

	t.Run("form of a problem", func(t *testing.T) {
		p := materials.Problem{Kind: materials.BusinessLicense, Reason: materials.ReasonExpired, Title: "营业执照", Date: d("2026-03-31")}
		b, err := json.Marshal(p)
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"business_license","reason":"expired","title":"营业执照","date":"2026-03-31",
			"message":"materials: business_license \"营业执照\": expired: valid until 2026-03-31"}`, string(b))
		_, err = json.Marshal(materials.Problem{})
		assert.ErrorIs(t, err, materials.ErrInvalidReport)
	})

	bad := []struct{ name, doc, message string }{
		{"unknown reason", `{"as_of":"2026-05-15","complete":false,"general":[{"reason":"lost"}]}`, `unknown reason "lost"`},
		{"no reason", `{"as_of":"2026-05-15","complete":false,"general":[{"kind":"quality_manual"}]}`, "problem has no reason"},
		{"unknown kind in a problem", `{"as_of":"2026-05-15","complete":false,"general":[{"kind":"x","reason":"missing"}]}`, `unknown kind "x"`},
		{"unknown section", `{"as_of":"2026-05-15","complete":false,"general":[{"reason":"missing_section","section":"x"}]}`, `unknown section "x"`},
		{"bad date", `{"as_of":"15/05/2026","complete":false}`, `as_of "15/05/2026"`},
		{"unknown result kind", `{"as_of":"2026-05-15","complete":true,"results":[{"kind":"x","satisfied":true}]}`, `unknown kind "x"`},
		{"result without a kind (could not be written back)", `{"as_of":"2026-05-15","complete":true,"results":[{"satisfied":true}]}`, "result 1 has no kind"},
		{"required, not satisfied, no problems (would read as complete)", `{"as_of":"2026-05-15","complete":true,"results":[{"kind":"quality_manual","satisfied":false}]}`, "result 1 (quality_manual) is required and not satisfied but has no problems"},
		{"results without a check date", `{"complete":true,"results":[{"kind":"quality_manual","satisfied":true}]}`, "results without a check date"},
		{"satisfied with problems", `{"as_of":"2026-05-15","complete":false,"results":[{"kind":"quality_manual","satisfied":true,"problems":[{"kind":"quality_manual","reason":"missing"}]}]}`, "satisfied or optional but has problems"},
		{"complete does not match", `{"as_of":"2026-05-15","complete":true,"results":[{"kind":"quality_manual","satisfied":false,"problems":[{"kind":"quality_manual","reason":"missing"}]}]}`, `"complete" is true but the report says false`},
		{"invalid used material", `{"as_of":"2026-05-15","complete":true,"results":[{"kind":"quality_manual","satisfied":true,"used":[{"kind":"quality_manual","title":""}]}]}`, "has an empty title"},
		{"unknown field", `{"as_of":"2026-05-15","complete":false,"verdict":"ok"}`, "unknown field"},
		{"duplicate key deep", `{"as_of":"2026-05-15","complete":false,"general":[{"reason":"missing","reason":"expired"}]}`, `duplicate key "reason"`},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			rep := materials.AfterSalesService().Check(dossier(), asOf)
			before := rep
			err := json.Unmarshal([]byte(tc.doc), &rep)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.message)
			assert.Equal(t, before, rep, "a failed decode leaves the report as it was")
		})
	}
}

func FuzzKindText(f *testing.F) {
	for _, k := range materials.Kinds() {
		f.Add(k.String())
	}
	f.Add("")
	f.Add("Business_License")
	f.Fuzz(func(t *testing.T, s string) {
		var k materials.Kind
		err := k.UnmarshalText([]byte(s))
		if err != nil {
			if k != 0 {
				t.Fatalf("%q: failed decode changed the kind to %d", s, k)
			}
			return
		}
		if !k.IsValid() || k.String() != s {
			t.Fatalf("%q decoded to %d (%s)", s, k, k)
		}
		b, err := k.MarshalText()
		if err != nil || string(b) != s {
			t.Fatalf("%q: re-encoded as %q, %v", s, b, err)
		}
	})
}

func FuzzMaterialJSON(f *testing.F) {
	for _, m := range dossier() {
		b, err := json.Marshal(m)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","covers":{"from":"","to":"2025-01-01"}}`))
	f.Add([]byte(`{"kind":"quality_manual","title":"x","title":"y"}`))
	f.Add([]byte(`{"kind":"legal_rep_id","title":"x","issued_on":"2026-01-01","reference":"H12345678","reference_type":"hk_macao_travel_permit"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var m materials.Material
		if err := json.Unmarshal(data, &m); err != nil {
			return
		}
		if err := m.Validate(); err != nil {
			t.Fatalf("decoded an invalid material: %v", err)
		}
		jsontest.RoundTrip(t, m)
	})
}

func FuzzReportJSON(f *testing.F) {
	for _, rep := range []materials.Report{
		materials.AfterSalesService().Check(dossier(), asOf),
		materials.AfterSalesService().Check(dossier()[:5], asOf),
	} {
		b, err := json.Marshal(rep)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var rep materials.Report
		if err := json.Unmarshal(data, &rep); err != nil {
			return
		}
		b, err := json.Marshal(rep)
		if err != nil {
			t.Fatalf("cannot re-encode a decoded report: %v", err)
		}
		var again materials.Report
		if err := json.Unmarshal(b, &again); err != nil {
			t.Fatalf("cannot decode own output %s: %v", b, err)
		}
		if errors.Is(rep.Err(), nil) != errors.Is(again.Err(), nil) || rep.Complete() != again.Complete() {
			t.Fatalf("round trip changed the outcome")
		}
	})
}

func TestReasons(t *testing.T) {
	want := []struct {
		reason materials.Reason
		code   string
		err    error
	}{
		{materials.ReasonMissing, "missing", materials.ErrMissing},
		{materials.ReasonExpired, "expired", materials.ErrExpired},
		{materials.ReasonNotYetValid, "not_yet_valid", materials.ErrNotYetValid},
		{materials.ReasonInsufficientCoverage, "insufficient_coverage", materials.ErrInsufficientCoverage},
		{materials.ReasonMissingSection, "missing_section", materials.ErrMissingSection},
		{materials.ReasonInvalidReference, "invalid_reference", materials.ErrInvalidReference},
		{materials.ReasonOutdated, "outdated", materials.ErrOutdated},
		{materials.ReasonInvalidMaterial, "invalid_material", materials.ErrInvalidMaterial},
		{materials.ReasonDuplicate, "duplicate", materials.ErrDuplicate},
		{materials.ReasonInvalidDate, "invalid_date", materials.ErrInvalidDate},
		{materials.ReasonInvalidChecklist, "invalid_checklist", materials.ErrInvalidChecklist},
		{materials.ReasonExpiresSoon, "expires_soon", materials.ErrExpiresSoon},
		{materials.ReasonUnderage, "underage", materials.ErrUnderage},
	}
	for _, w := range want {
		t.Run(w.code, func(t *testing.T) {
			r := w.reason
			assert.Equal(t, w.code, r.String())
			assert.NotEmpty(t, r.Chinese())
			assert.NotEmpty(t, r.English())
			assert.Equal(t, w.err, r.Err())
			parsed, err := materials.ParseReason(w.code)
			require.NoError(t, err)
			assert.Equal(t, r, parsed)

			p := materials.Problem{Kind: materials.QualityManual, Reason: r, Title: "手册", Date: d("2026-01-02"), End: d("2026-03-04"),
				Section: materials.Plan, Reference: "X", Rule: materials.RuleLength, Detail: "detail"}
			assert.ErrorIs(t, p, w.err)
			for _, other := range want {
				if other.err != w.err {
					assert.NotErrorIs(t, p, other.err)
				}
			}
			assert.True(t, strings.HasPrefix(p.Error(), `materials: quality_manual "手册": `), p.Error())
			assert.True(t, strings.HasPrefix(p.English(), `Quality manual "手册": `), p.English())
			assert.True(t, strings.HasPrefix(p.Chinese(), "质量管理手册“手册”："), p.Chinese())
			assert.Greater(t, len(p.Chinese()), len("质量管理手册“手册”："))
			var back materials.Problem
			b, err := json.Marshal(p)
			require.NoError(t, err)
			require.NoError(t, json.Unmarshal(b, &back))
			assert.True(t, p.Equal(back))
			assert.Equal(t, p, back)
		})
	}
	assert.Len(t, want, 13)
	assert.Nil(t, materials.Reason(0).Err())
	assert.False(t, materials.Reason(14).IsValid())
}
