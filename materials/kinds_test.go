package materials_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aftersales/certification/certificationtest"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/materials"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// policy is a kind of a checklist's own.
var policy = materials.KindDef{Code: "quality_policy", Chinese: "质量方针", English: "Quality policy"}

// withPolicy returns a checklist that defines policy and asks for r, a
// requirement of it.
func withPolicy(r materials.Requirement) materials.Checklist {
	r.Kind = policy.Code
	return materials.Checklist{Kinds: []materials.KindDef{policy}, Requirements: []materials.Requirement{r}}
}

func TestKindsOfTheChecklistsOwn(t *testing.T) {
	t.Run("follow the rules of every kind", func(t *testing.T) {
		tests := []struct {
			name  string
			r     materials.Requirement
			m     materials.Material
			want  []string
			names string
		}{
			{"valid on the day", materials.Requirement{},
				materials.Material{Title: "方针", IssuedOn: d("2026-01-01")}, nil, ""},
			{"expired", materials.Requirement{},
				materials.Material{Title: "方针", IssuedOn: d("2024-01-01"), ValidUntil: d("2026-05-14")}, []string{"quality_policy:expired"},
				"质量方针“方针”：已过期（有效期至 2026-05-14）|Quality policy \"方针\": expired: valid until 2026-05-14"},
			{"not yet valid", materials.Requirement{},
				materials.Material{Title: "方针", IssuedOn: d("2026-05-16")}, []string{"quality_policy:not_yet_valid"},
				"质量方针“方针”：尚未生效（签发日期 2026-05-16）|Quality policy \"方针\": not yet valid: issued on 2026-05-16"},
			{"a section", materials.Requirement{Sections: []materials.Section{materials.ImprovementMeasures}},
				materials.Material{Title: "方针", IssuedOn: d("2026-01-01")}, []string{"quality_policy:missing_section"},
				"质量方针“方针”：缺少“改进措施”部分|Quality policy \"方针\": missing section \"improvement measures\""},
			{"two years covered", materials.Requirement{YearsCovered: 2},
				materials.Material{Title: "方针", IssuedOn: d("2026-01-01")}, []string{"quality_policy:insufficient_coverage"},
				"质量方针：缺少 2024-05-16 至 2025-05-15 年度的材料|Quality policy: nothing covers the year 2024-05-16 to 2025-05-15"},
			{"recent", materials.Requirement{LatestWithinMonths: 3},
				materials.Material{Title: "方针", IssuedOn: d("2026-01-01")}, []string{"quality_policy:outdated"},
				"质量方针“方针”：不是最新（最近一份签发于 2026-01-01，早于 2026-02-15）|Quality policy \"方针\": out of date: the latest was issued on 2026-01-01, before 2026-02-15"},
			{"an identifier", materials.Requirement{Reference: materials.CheckCreditCode},
				materials.Material{Title: "方针", IssuedOn: d("2026-01-01"), Reference: "91310000132260250Y"}, []string{"quality_policy:invalid_reference"},
				"质量方针“方针”：号码 91310000132260250Y 无效（校验码错误）|Quality policy \"方针\": invalid reference: credit code"},
			{"nothing provided", materials.Requirement{}, materials.Material{}, []string{"quality_policy:missing"},
				"质量方针：缺少|Quality policy: missing"},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				var provided []materials.Material
				if tc.m.Title != "" {
					tc.m.Kind = policy.Code
					provided = append(provided, tc.m)
				}
				rep := withPolicy(tc.r).Check(provided, asOf)
				require.Empty(t, rep.General)
				assert.Equal(t, tc.want, reasons(rep.Problems()))
				if tc.want == nil {
					assert.True(t, rep.Complete())
					return
				}
				p := rep.Problems()[0]
				assert.Equal(t, "质量方针", p.KindChinese)
				assert.Equal(t, "Quality policy", p.KindEnglish)
				zh, en, _ := strings.Cut(tc.names, "|")
				assert.Equal(t, zh, p.Chinese())
				assert.Contains(t, p.English(), en)
				assert.True(t, strings.HasPrefix(p.Error(), "materials: quality_policy"), "errors name the kind by its code: %s", p.Error())
			})
		}
	})
	t.Run("a stand-in of a kind of the checklist's own", func(t *testing.T) {
		cl := withPolicy(materials.Requirement{})
		cl.Requirements = append(cl.Requirements, materials.Requirement{Kind: materials.QualityManual,
			SatisfiedBy: []materials.StandIn{{Kind: policy.Code}}})
		rep := cl.Check([]materials.Material{{Kind: policy.Code, Title: "方针", IssuedOn: d("2026-01-01")}}, asOf)
		require.NoError(t, rep.Err())
		res, _ := rep.Result(materials.QualityManual)
		require.Len(t, res.Used, 1)
		assert.Equal(t, policy.Code, res.Used[0].Kind)
	})
	t.Run("a material of a kind the checklist does not know is unused", func(t *testing.T) {
		objectives := materials.Material{Kind: "quality_objectives", Title: "目标", IssuedOn: d("2026-01-01")}
		rep := withPolicy(materials.Requirement{}).Check([]materials.Material{
			{Kind: policy.Code, Title: "方针", IssuedOn: d("2026-01-01")}, objectives}, asOf)
		require.NoError(t, rep.Err())
		require.Len(t, rep.Unused, 1)
		assert.True(t, rep.Unused[0].Equal(objectives))
		rep = materials.AfterSalesService().Check(append(dossier(), objectives), asOf)
		require.NoError(t, rep.Err())
		assert.Len(t, rep.Unused, 1)
	})
	t.Run("problems of the materials name the kind too", func(t *testing.T) {
		m := materials.Material{Kind: policy.Code, Title: "方针", IssuedOn: d("2026-01-01")}
		invalid := m
		invalid.ValidUntil = d("2025-01-01")
		rep := withPolicy(materials.Requirement{}).Check([]materials.Material{m, m, invalid}, asOf)
		require.Len(t, rep.General, 2)
		for _, p := range rep.General {
			assert.Equal(t, "Quality policy", p.KindEnglish, p.Error())
		}
		assert.Equal(t, "质量方针“方针”：重复提交", rep.General[0].Chinese())
	})
	t.Run("Kind names a kind as the checklist knows it", func(t *testing.T) {
		cl := withPolicy(materials.Requirement{})
		d, ok := cl.Kind(policy.Code)
		assert.True(t, ok)
		assert.Equal(t, policy, d)
		d, ok = cl.Kind(materials.BusinessLicense)
		assert.True(t, ok)
		assert.Equal(t, "营业执照（副本）", d.Chinese)
		_, ok = cl.Kind("quality_objectives")
		assert.False(t, ok)
	})
	t.Run("JSON", func(t *testing.T) {
		cl := withPolicy(materials.Requirement{Optional: true})
		data, err := json.Marshal(cl)
		require.NoError(t, err)
		assert.JSONEq(t, `{"kinds":[{"code":"quality_policy","chinese":"质量方针","english":"Quality policy"}],
			"requirements":[{"kind":"quality_policy","optional":true}]}`, string(data))
		jsontest.RoundTrip(t, cl)
		data, err = json.Marshal(policy)
		require.NoError(t, err)
		assert.JSONEq(t, `{"code":"quality_policy","chinese":"质量方针","english":"Quality policy"}`, string(data))
		var back materials.KindDef
		require.NoError(t, json.Unmarshal(data, &back))
		assert.Equal(t, policy, back)
		var fromObject materials.Checklist
		require.NoError(t, json.Unmarshal([]byte(`{"requirements":[{"kind":"quality_manual"}]}`), &fromObject))
		assert.True(t, fromObject.Equal(materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.QualityManual}}}),
			"the object form without kinds reads as the array form")
	})
}

// TestKindsOfTheChecklistsOwnRefused checks each bad definition and use of
// a kind of a checklist's own: a typed error naming the field, and nothing
// changed.
func TestKindsOfTheChecklistsOwnRefused(t *testing.T) {
	def := func(ds ...materials.KindDef) materials.Checklist {
		c := materials.Checklist{Kinds: ds}
		for _, d := range ds {
			if d.Code.IsValid() && d.Code != materials.BusinessLicense {
				c.Requirements = append(c.Requirements, materials.Requirement{Kind: d.Code})
			}
		}
		if len(c.Requirements) == 0 {
			c.Requirements = []materials.Requirement{{Kind: materials.QualityManual}}
		}
		return c
	}
	tests := []struct {
		name    string
		c       materials.Checklist
		field   string
		message string
	}{
		{"a built-in code", def(materials.KindDef{Code: materials.BusinessLicense, Chinese: "执照", English: "Licence"}), "kinds[0].code",
			"business_license is a built-in kind; a checklist defines only kinds of its own"},
		{"defined twice", def(policy, materials.KindDef{Code: policy.Code, Chinese: "方针", English: "Policy"}), "kinds[1].code", "quality_policy is defined twice"},
		{"no code", def(materials.KindDef{Chinese: "方针", English: "Policy"}), "kinds[0].code", `"" is empty`},
		{"a code in capitals", def(materials.KindDef{Code: "QUALITY_POLICY", Chinese: "方针", English: "Policy"}), "kinds[0].code", `"QUALITY_POLICY" does not start with a lower-case letter`},
		{"a code with a hyphen", def(materials.KindDef{Code: "quality-policy", Chinese: "方针", English: "Policy"}), "kinds[0].code", `"quality-policy" has a character other than a-z, 0-9 and _`},
		{"a blank Chinese name", def(materials.KindDef{Code: policy.Code, Chinese: "\u3000", English: "Policy"}), "kinds[0].chinese", "is blank"},
		{"no English name", def(materials.KindDef{Code: policy.Code, Chinese: "方针"}), "kinds[0].english", "is blank"},
		{"a name that is not UTF-8", def(materials.KindDef{Code: policy.Code, Chinese: "方\xff", English: "Policy"}), "kinds[0].chinese", "is not valid UTF-8"},
		{"a requirement of a kind not defined", materials.Checklist{Kinds: []materials.KindDef{policy},
			Requirements: []materials.Requirement{{Kind: "quality_objectives"}}}, "requirements[0].kind",
			"quality_objectives is neither a built-in kind nor one of the checklist's kinds"},
		{"a stand-in of a kind not defined", materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.QualityManual,
			SatisfiedBy: []materials.StandIn{{Kind: policy.Code}}}}}, "requirements[0].satisfied_by[0].kind",
			"quality_policy is neither a built-in kind nor one of the checklist's kinds"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before, _ := json.Marshal(tc.c.Kinds)
			err := tc.c.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, materials.ErrInvalidChecklist)
			assert.Contains(t, err.Error(), tc.field+": "+tc.message)
			var fe *materials.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)
			after, _ := json.Marshal(tc.c.Kinds)
			assert.Equal(t, before, after, "nothing changed")

			rep := tc.c.Check(dossier(), asOf)
			require.Len(t, rep.General, 1)
			assert.ErrorIs(t, rep.General[0], materials.ErrInvalidChecklist)
			assert.Contains(t, rep.General[0].Detail, tc.field+": "+tc.message)
			_, err = json.Marshal(tc.c)
			assert.ErrorIs(t, err, materials.ErrInvalidChecklist, "what could not be read back is not written")
		})
	}
}

func TestManagementSystemChecklists(t *testing.T) {
	company := []materials.Kind{materials.ApplicationForm, materials.BusinessLicense, materials.LegalRepID, materials.OrganizationChart}
	records := []materials.Kind{"internal_audit_records", "management_review_records"}
	tests := []struct {
		name string
		c    materials.Checklist
		own  []materials.Kind
	}{
		{"ISO 9001", materials.ISO9001(), []materials.Kind{"quality_policy", "quality_objectives", "qms_documented_information"}},
		{"ISO 14001", materials.ISO14001(), []materials.Kind{"environmental_aspects", "compliance_obligations", "environmental_monitoring_results"}},
		{"ISO 45001", materials.ISO45001(), []materials.Kind{"ohs_risk_assessment", "ohs_legal_requirements", "ohs_monitoring_results"}},
	}
	after := materials.AfterSalesService()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.NoError(t, tc.c.Validate())
			var kinds []materials.Kind
			for _, r := range tc.c.Requirements {
				kinds = append(kinds, r.Kind)
				assert.False(t, r.Optional, r.Kind.String())
			}
			want := append(append(append([]materials.Kind(nil), company...), tc.own...), records...)
			assert.Equal(t, want, kinds, "the company documents, the system's own, then audit and review records")
			var defined []materials.Kind
			for _, d := range tc.c.Kinds {
				defined = append(defined, d.Code)
				assert.NotEmpty(t, d.Chinese)
				assert.NotEmpty(t, d.English)
			}
			assert.Equal(t, append(append([]materials.Kind(nil), tc.own...), records...), defined)
			for _, k := range []materials.Kind{materials.BusinessLicense, materials.LegalRepID} {
				r, _ := tc.c.Requirement(k)
				a, _ := after.Requirement(k)
				assert.True(t, r.Equal(a), "%s as in the after-sales checklist", k)
			}
			for _, k := range records {
				r, _ := tc.c.Requirement(k)
				assert.Equal(t, 12, r.LatestWithinMonths, k.String())
			}
			jsontest.RoundTrip(t, tc.c)
		})
	}
	t.Run("the audit and review records are defined alike", func(t *testing.T) {
		a, b, c := materials.ISO9001(), materials.ISO14001(), materials.ISO45001()
		for _, k := range records {
			da, _ := a.Kind(k)
			db, _ := b.Kind(k)
			dc, _ := c.Kind(k)
			assert.Equal(t, da, db)
			assert.Equal(t, da, dc)
		}
	})
	t.Run("each call returns a new checklist", func(t *testing.T) {
		a := materials.ISO14001()
		a.Kinds[0].Chinese = "x"
		a.Requirements[1].OtherReferences = nil
		assert.True(t, materials.ISO14001().Equal(materials.ISO14001()))
		assert.False(t, a.Equal(materials.ISO14001()))
		d, _ := materials.ISO14001().Kind("environmental_aspects")
		assert.Equal(t, "环境因素识别与评价", d.Chinese)
	})
	t.Run("a dossier that meets ISO 45001", func(t *testing.T) {
		rep := materials.ISO45001().Check(certificationtest.MustDossier(materials.ISO45001(), asOf, 1), asOf)
		require.NoError(t, rep.Err())
		assert.Empty(t, rep.Unused)
		rep = materials.ISO45001().Check(certificationtest.MustDossier(materials.ISO45001(), asOf, 1,
			certificationtest.Missing("management_review_records")), asOf)
		assert.Equal(t, []string{"management_review_records:missing"}, reasons(rep.Problems()))
		assert.Equal(t, "管理评审记录：缺少", rep.Problems()[0].Chinese())
	})
}
