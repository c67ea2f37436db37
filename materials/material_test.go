package materials_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/materials"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestKind(t *testing.T) {
	// The codes and Chinese names of the built-in kinds [brief], in order.
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

	t.Run("codes", func(t *testing.T) {
		for _, ok := range []string{"quality_policy", "a", "iso9001_certificate", "a1_b2", strings.Repeat("a", 40)} {
			k, err := materials.ParseKind(ok)
			require.NoError(t, err, ok)
			assert.True(t, k.IsValid(), ok)
			assert.Equal(t, "", k.Chinese(), "a kind of a checklist's own has no names of the package")
			b, err := k.MarshalText()
			require.NoError(t, err)
			assert.Equal(t, ok, string(b))
		}
		for bad, msg := range map[string]string{
			"":                       `kind "" is empty`,
			"Business_License":       "does not start with a lower-case letter a-z",
			"1st_report":             "does not start with a lower-case letter a-z",
			"_report":                "does not start with a lower-case letter a-z",
			"business_license ":      "has a character other than a-z, 0-9 and _",
			"business-license":       "has a character other than a-z, 0-9 and _",
			"business__license":      "has two underscores in a row",
			"business_":              "ends with an underscore",
			"kind(0)":                "has a character other than a-z, 0-9 and _",
			"营业执照":                   "does not start with a lower-case letter a-z",
			strings.Repeat("a", 41):  "is longer than 40 characters",
			strings.Repeat("a", 1e6): `"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"… (1000000 bytes) is longer than 40 characters`,
		} {
			_, err := materials.ParseKind(bad)
			assert.ErrorIs(t, err, materials.ErrUnknownCode, bad)
			assert.ErrorContains(t, err, "materials: unknown code: kind ")
			assert.ErrorContains(t, err, msg)
			assert.Less(t, len(err.Error()), 200)
			assert.False(t, materials.Kind(bad).IsValid())
			_, err = materials.Kind(bad).MarshalText()
			assert.ErrorIs(t, err, materials.ErrUnknownCode, bad)
		}
		var zero materials.Kind
		assert.Equal(t, "", zero.String())
		assert.Equal(t, "", zero.Chinese())
		k := materials.QualityManual
		require.Error(t, json.Unmarshal([]byte(`"No"`), &k))
		assert.Equal(t, materials.QualityManual, k, "a failed decode leaves the kind as it was")
		require.NoError(t, json.Unmarshal([]byte(`"quality_policy"`), &k))
		assert.Equal(t, materials.Kind("quality_policy"), k)
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
	want := []string{"credit_code", "organization_code", "resident_id", "passport", "foreign_permanent_resident_id", "hk_macao_travel_permit", "taiwan_travel_permit"}
	all := materials.ReferenceChecks()
	require.Len(t, all, len(want))
	for i, c := range all {
		assert.Equal(t, want[i], c.String())
		assert.NotEmpty(t, c.Chinese())
		assert.NotEmpty(t, c.English())
		parsed, err := materials.ParseReferenceCheck(want[i])
		require.NoError(t, err)
		assert.Equal(t, c, parsed)
	}
	assert.Equal(t, "reference check(0)", materials.ReferenceCheck(0).String())
	assert.False(t, materials.ReferenceCheck(0).IsValid(), "zero is no identifier")
	assert.ErrorIs(t, materials.ValidateReference(materials.ReferenceCheck(0), "anything"), materials.ErrInvalidReference)
	assert.NoError(t, materials.ValidateReference(materials.CheckCreditCode, "91310000132260250X"))
	assert.NoError(t, materials.ValidateReference(materials.CheckOrganizationCode, "13226025-0"))
	assert.NoError(t, materials.ValidateReference(materials.CheckResidentID, "11010519491231002X"))
	assert.ErrorIs(t, materials.ValidateReference(materials.CheckResidentID, "91310000132260250X"), materials.ErrInvalidReference)
	assert.ErrorContains(t, materials.ValidateReference(materials.CheckCreditCode, ""), "no credit code given")
	assert.ErrorIs(t, materials.ValidateReference(materials.ReferenceCheck(20), "x"), materials.ErrInvalidReference)
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
		{"no kind", func(m *materials.Material) { m.Kind = "" }, `kind: "" is empty`},
		{"kind not spelled as a code", func(m *materials.Material) { m.Kind = "Satisfaction report" }, `kind: "Satisfaction report" does not start with a lower-case letter a-z`},
		{"empty title", func(m *materials.Material) { m.Title = "" }, "title: is blank"},
		{"whitespace title", func(m *materials.Material) { m.Title = "\u3000 \n" }, "title: is blank"},
		{"title not UTF-8", func(m *materials.Material) { m.Title = "报告\xff" }, "title: is not valid UTF-8"},
		{"blank reference", func(m *materials.Material) { m.Reference = " " }, "reference: is blank"},
		{"reference not UTF-8", func(m *materials.Material) { m.Reference = "\xc3" }, "reference: is not valid UTF-8"},
		{"zero issue date", func(m *materials.Material) { m.IssuedOn = time.Time{} }, "issued_on: is missing"},
		{"valid until before issued", func(m *materials.Material) { m.ValidUntil = d("2026-01-30") }, "valid_until: 2026-01-30 is before issued_on, 2026-01-31"},
		{"covers ends before it starts", func(m *materials.Material) { m.Covers.To = d("2024-12-31") }, "covers.to: 2024-12-31 is before the start, 2025-01-01"},
		{"covers without a start", func(m *materials.Material) { m.Covers.From = time.Time{} }, "covers.from: is missing (to is 2025-12-31)"},
		{"covers without an end", func(m *materials.Material) { m.Covers.To = time.Time{} }, "covers.to: is missing (from is 2025-01-01)"},
		{"issue date after 9999 (JSON could not read it back)", func(m *materials.Material) { m.IssuedOn = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, "issued_on: 10000-01-01 is outside 0001-01-02 to 9999-12-31"},
		{"issue date 0001-01-01 elsewhere (JSON reads it back as no date)", func(m *materials.Material) {
			m.IssuedOn = time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("CST", 8*3600))
		}, "issued_on: 0001-01-01 is outside"},
		{"valid until after 9999", func(m *materials.Material) { m.ValidUntil = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, "valid_until: 10000-01-01 is outside 0001-01-02 to 9999-12-31"},
		{"covers starts before year 1", func(m *materials.Material) { m.Covers.From = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC) }, "covers.from: 0000-01-01 is outside 0001-01-02 to 9999-12-31"},
		{"unknown section", func(m *materials.Material) { m.Sections = []materials.Section{0} }, "sections[0]: section(0) is unknown"},
		{"repeated section", func(m *materials.Material) { m.Sections = []materials.Section{materials.Plan, materials.Plan} }, "sections[1]: repeats plan"},
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
			var fe *materials.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, strings.SplitN(tc.message, ":", 2)[0], fe.Field)
		})
	}
	t.Run("every problem is collected", func(t *testing.T) {
		err := materials.Material{}.Validate()
		assert.Equal(t, "materials: invalid material: kind: \"\" is empty\n"+
			"materials: invalid material: title: is blank\n"+
			"materials: invalid material: issued_on: is missing", err.Error())
	})
	t.Run("a material with many problems reports the first 20 and counts the rest", func(t *testing.T) {
		m := dossier()[9]
		m.Title = strings.Repeat("长", 1e5)
		m.Sections = make([]materials.Section, 1e5)
		err := m.Validate()
		require.Error(t, err)
		lines := strings.Split(err.Error(), "\n")
		assert.Len(t, lines, 21)
		assert.Equal(t, "(and 99980 more problems)", lines[20])
		assert.NotContains(t, err.Error(), "长", "no message echoes the title")
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
		{"kind not spelled as a code", `{"kind":"Passport","title":"x","issued_on":"2026-01-01"}`, `kind: "Passport" does not start with a lower-case letter a-z`},
		{"missing kind", `{"title":"x","issued_on":"2026-01-01"}`, `kind: "" is empty`},
		{"null kind", `{"kind":null,"title":"x","issued_on":"2026-01-01"}`, `kind: "" is empty`},
		{"empty title", `{"kind":"quality_manual","title":"  ","issued_on":"2026-01-01"}`, "title: is blank"},
		{"missing issue date", `{"kind":"quality_manual","title":"x"}`, "issued_on: is missing"},
		{"bad date", `{"kind":"quality_manual","title":"x","issued_on":"2026-02-30"}`, `issued_on: "2026-02-30" is not a date written YYYY-MM-DD`},
		{"date with time", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01T00:00:00Z"}`, "is not a date written YYYY-MM-DD"},
		{"a long date is cut short", `{"kind":"quality_manual","title":"x","issued_on":"` + strings.Repeat("9", 1e5) + `"}`, `issued_on: "9999999999999999999999999999999999999999"… (100000 bytes) is not a date written YYYY-MM-DD`},
		{"the first day of year 1 (the zero time)", `{"kind":"quality_manual","title":"x","issued_on":"0001-01-01"}`, "issued_on: 0001-01-01 is outside 0001-01-02 to 9999-12-31"},
		{"year 0", `{"kind":"quality_manual","title":"x","issued_on":"0000-06-01"}`, "issued_on: 0000-06-01 is outside"},
		{"valid until before issued", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","valid_until":"2025-01-01"}`, "valid_until: 2025-01-01 is before issued_on, 2026-01-01"},
		{"covers reversed", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","covers":{"from":"2025-12-31","to":"2025-01-01"}}`, "covers.to: 2025-01-01 is before the start, 2025-12-31"},
		{"covers empty", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","covers":{"from":"","to":""}}`, "covers: is given but empty"},
		{"covers without an end", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","covers":{"from":"2025-01-01"}}`, "covers.to: is missing (from is 2025-01-01)"},
		{"unknown section", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","sections":["summary"]}`, `sections[0]: unknown section "summary"`},
		{"null section", `{"kind":"quality_manual","title":"x","issued_on":"2026-01-01","sections":[null]}`, `sections[0]: unknown section ""`},
		{"unknown reference type", `{"kind":"legal_rep_id","title":"x","issued_on":"2026-01-01","reference":"E1","reference_type":"visa"}`, `reference_type: unknown identifier "visa"`},
		{"reference type none", `{"kind":"legal_rep_id","title":"x","issued_on":"2026-01-01","reference_type":"none"}`, `reference_type: unknown identifier "none"`},
		{"null", `null`, "materials: invalid material: invalid JSON document: null, where a value is required"},
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
		"unused":                     materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.ApplicationForm}}}.Check(dossier(), asOf),
		"kinds of the checklist's own": materials.ISO9001().Check(append(dossier(),
			materials.Material{Kind: "quality_policy", Title: "质量方针", IssuedOn: d("2026-06-01")},
			materials.Material{Kind: "quality_policy", Title: "质量方针", IssuedOn: d("2026-06-01")},
			materials.Material{Kind: "internal_audit_records", Title: "", IssuedOn: d("2026-01-01")},
			materials.Material{Kind: "unknown_kind", Title: "?", IssuedOn: d("2026-01-01")}), asOf),
		"an invalid material whose title is not UTF-8": materials.AfterSalesService().Check(append(dossier(),
			materials.Material{Kind: "Bad", Title: "\xff", IssuedOn: asOf}), asOf),
		"a year covered before 0001-01-02": materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.SatisfactionReport, YearsCovered: 3}}}.
			Check([]materials.Material{{Kind: materials.SatisfactionReport, Title: "r", IssuedOn: d("0002-03-01")}}, d("0002-06-01")),
	}
	for name, rep := range cases {
		t.Run(name, func(t *testing.T) {
			b, err := json.Marshal(rep)
			require.NoError(t, err)
			var got materials.Report
			require.NoError(t, json.Unmarshal(b, &got), string(b))
			assert.True(t, rep.Equal(got))
			assert.Equal(t, rep.Complete(), got.Complete())
			if rep.Err() != nil {
				assert.Equal(t, rep.Err().Error(), got.Err().Error())
				for _, p := range got.Problems() {
					assert.ErrorIs(t, got.Err(), sentinel(p.Reason))
				}
			}
			jsontest.RoundTrip(t, rep)
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
		_, err = json.Marshal(materials.Problem{Reason: materials.ReasonMissing, Kind: materials.QualityManual, KindChinese: "手册", KindEnglish: "Manual"})
		assert.ErrorIs(t, err, materials.ErrInvalidReport, "a built-in kind has its own names")
		_, err = json.Marshal(materials.Problem{Reason: materials.ReasonMissing, Title: "\xff"})
		assert.ErrorIs(t, err, materials.ErrInvalidReport, "text that could not be read back")
	})
	t.Run("form of a problem about a kind of the checklist's own", func(t *testing.T) {
		p := materials.Problem{Kind: "quality_policy", KindChinese: "质量方针", KindEnglish: "Quality policy", Reason: materials.ReasonMissing}
		b, err := json.Marshal(p)
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"quality_policy","kind_chinese":"质量方针","kind_english":"Quality policy","reason":"missing",
			"message":"materials: quality_policy: missing"}`, string(b))
		var back materials.Problem
		require.NoError(t, json.Unmarshal(b, &back))
		assert.True(t, back.Equal(p))
		assert.Equal(t, "质量方针：缺少", back.Chinese())
		assert.Equal(t, "Quality policy: missing", back.English())
		unnamed := materials.Problem{Kind: "quality_policy", Reason: materials.ReasonMissing}
		assert.Equal(t, "quality_policy：缺少", unnamed.Chinese(), "without names, the code")
	})

	bad := []struct{ name, doc, message string }{
		{"unknown reason", `{"as_of":"2026-05-15","complete":false,"general":[{"reason":"lost"}]}`, `reason: unknown reason "lost"`},
		{"no reason", `{"as_of":"2026-05-15","complete":false,"general":[{"kind":"quality_manual"}]}`, `reason: unknown reason ""`},
		{"kind not spelled as a code in a problem", `{"as_of":"2026-05-15","complete":false,"general":[{"kind":"X","reason":"missing"}]}`, `kind: "X" does not start with a lower-case letter a-z`},
		{"kind names on a built-in kind", `{"as_of":"2026-05-15","complete":false,"general":[{"kind":"quality_manual","kind_chinese":"手册","kind_english":"Manual","reason":"missing"}]}`,
			`kind_chinese: names a kind that is built in or not given ("quality_manual")`},
		{"kind names without a kind", `{"as_of":"2026-05-15","complete":false,"general":[{"kind_chinese":"手册","kind_english":"Manual","reason":"missing"}]}`, "kind_chinese: names a kind"},
		{"one kind name", `{"as_of":"2026-05-15","complete":false,"general":[{"kind":"quality_policy","kind_chinese":"质量方针","reason":"missing"}]}`, "kind_english: is blank"},
		{"unknown section", `{"as_of":"2026-05-15","complete":false,"general":[{"reason":"missing_section","section":"x"}]}`, `section: unknown section "x"`},
		{"a problem date not usable", `{"as_of":"2026-05-15","complete":false,"general":[{"reason":"expired","date":"0000-01-01"}]}`, "date: 0000-01-01 is outside 0001-01-02 to 9999-12-31"},
		{"bad date", `{"as_of":"15/05/2026","complete":false}`, `as_of: "15/05/2026" is not a date written YYYY-MM-DD`},
		{"result kind not spelled as a code", `{"as_of":"2026-05-15","complete":true,"results":[{"kind":"X","satisfied":true}]}`, `results[0].kind: "X" does not start`},
		{"result without a kind (could not be written back)", `{"as_of":"2026-05-15","complete":true,"results":[{"satisfied":true}]}`, `results[0].kind: "" is empty`},
		{"required, not satisfied, no problems (would read as complete)", `{"as_of":"2026-05-15","complete":true,"results":[{"kind":"quality_manual","satisfied":false}]}`, "results[0]: quality_manual is required and not satisfied but has no problems"},
		{"results without a check date", `{"complete":true,"results":[{"kind":"quality_manual","satisfied":true}]}`, "results: given without a check date (as_of)"},
		{"satisfied with problems", `{"as_of":"2026-05-15","complete":false,"results":[{"kind":"quality_manual","satisfied":true,"problems":[{"kind":"quality_manual","reason":"missing"}]}]}`, "results[0]: quality_manual is satisfied or optional but has problems"},
		{"complete does not match", `{"as_of":"2026-05-15","complete":true,"results":[{"kind":"quality_manual","satisfied":false,"problems":[{"kind":"quality_manual","reason":"missing"}]}]}`, "complete: is true but the report says false"},
		{"satisfied missing (read as false before)", `{"as_of":"2026-05-15","complete":true,"results":[{"kind":"service_case","optional":true}]}`, "results[0].satisfied: is missing"},
		{"satisfied null", `{"as_of":"2026-05-15","complete":true,"results":[{"kind":"service_case","optional":true,"satisfied":null}]}`, "results[0].satisfied: is missing"},
		{"complete missing", `{"as_of":"2026-05-15"}`, "complete: is missing"},
		{"complete null", `{"as_of":"2026-05-15","complete":null}`, "complete: is missing"},
		{"null", `null`, "materials: invalid report: invalid JSON document: null, where a value is required"},
		{"null problem", `{"as_of":"2026-05-15","complete":false,"general":[null]}`, "null, where a value is required"},
		{"null material", `{"as_of":"2026-05-15","complete":false,"unused":[null],"general":[{"reason":"missing"}]}`, "null, where a value is required"},
		{"invalid used material", `{"as_of":"2026-05-15","complete":true,"results":[{"kind":"quality_manual","satisfied":true,"used":[{"kind":"quality_manual","title":""}]}]}`, "title: is blank"},
		{"unknown field", `{"as_of":"2026-05-15","complete":false,"verdict":"ok"}`, "unknown field"},
		{"duplicate key deep", `{"as_of":"2026-05-15","complete":false,"general":[{"reason":"missing","reason":"expired"}]}`, `duplicate key "reason"`},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			rep := materials.AfterSalesService().Check(dossier(), asOf)
			before := rep
			err := rep.UnmarshalJSON([]byte(tc.doc))
			require.Error(t, err)
			assert.ErrorIs(t, err, materials.ErrInvalidReport)
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
	f.Add("quality__policy")
	f.Add("a_")
	f.Fuzz(func(t *testing.T, s string) {
		k := materials.QualityManual
		err := k.UnmarshalText([]byte(s))
		if err != nil {
			if k != materials.QualityManual {
				t.Fatalf("%q: failed decode changed the kind to %q", s, k)
			}
			if !errors.Is(err, materials.ErrUnknownCode) || len(err.Error()) > 300 { // 40 bytes, each at most 4 once escaped
				t.Fatalf("%q: error %v", s, err)
			}
			return
		}
		if !k.IsValid() || k.String() != s || len(s) > 40 || strings.Contains(s, "__") {
			t.Fatalf("%q decoded to %q", s, k)
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
	f.Add([]byte(`{"kind":"quality_policy","title":"质量方针","issued_on":"2026-01-01"}`))
	f.Add([]byte(`{"kind":"Quality_policy","title":"x","issued_on":"0001-01-02"}`))
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
		materials.ISO45001().Check(append(dossier(), materials.Material{Kind: "ohs_risk_assessment", Title: "风险评价", IssuedOn: d("2027-01-01")}), asOf),
	} {
		b, err := json.Marshal(rep)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"as_of":"2026-05-15","complete":false,"general":[{"kind":"quality_policy","kind_chinese":"质量方针","kind_english":"Policy","reason":"missing"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var rep materials.Report
		if err := json.Unmarshal(data, &rep); err != nil {
			return
		}
		jsontest.RoundTrip(t, rep)
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
			assert.Equal(t, w.err, sentinel(r))
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
	all := materials.Reasons()
	require.Len(t, all, len(want))
	for i, r := range all {
		assert.Equal(t, want[i].reason, r)
	}
	assert.NotErrorIs(t, materials.Problem{}, materials.ErrMissing, "a problem of no reason matches no sentinel")
	assert.False(t, materials.Reason(14).IsValid())
}
