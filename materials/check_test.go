package materials_test

import (
	"testing"
	"time"

	"github.com/aftersales/certification/materials"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// d parses a YYYY-MM-DD date as midnight UTC.
func d(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic("d(" + s + "): " + err.Error())
	}
	return t
}

// asOf is the check date of the dossier tests.
var asOf = d("2026-05-15")

// dossier returns a complete dossier for the default checklist on asOf.
func dossier() []materials.Material {
	return []materials.Material{
		{Kind: materials.ApplicationForm, Title: "认证申请书", IssuedOn: d("2026-05-01")},
		{Kind: materials.BusinessLicense, Title: "营业执照", IssuedOn: d("2015-11-02"), Reference: "91310000132260250X"},
		{Kind: materials.LegalRepID, Title: "法定代表人身份证", IssuedOn: d("2020-03-01"), ValidUntil: d("2040-03-01"), Reference: "11010519491231002X"},
		{Kind: materials.ServiceProcessManual, Title: "售后服务流程手册", IssuedOn: d("2025-01-10")},
		{Kind: materials.QualityManual, Title: "质量管理手册", IssuedOn: d("2024-06-01")},
		{Kind: materials.FeedbackMechanism, Title: "客户反馈机制说明", IssuedOn: d("2025-02-01")},
		{Kind: materials.OrganizationChart, Title: "组织机构图", IssuedOn: d("2026-01-05")},
		{Kind: materials.ServiceOutlets, Title: "售后服务网点清单", IssuedOn: d("2026-04-01")},
		{Kind: materials.TrainingRecords, Title: "2025年度培训记录", IssuedOn: d("2026-01-20"),
			Sections: []materials.Section{materials.Plan, materials.Content, materials.AssessmentResults}},
		{Kind: materials.SatisfactionReport, Title: "2025年度满意度报告", IssuedOn: d("2026-01-31"),
			Covers: materials.Period{From: d("2025-01-01"), To: d("2025-12-31")}, Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}},
		{Kind: materials.SatisfactionReport, Title: "2024年度满意度报告", IssuedOn: d("2025-01-31"),
			Covers: materials.Period{From: d("2024-01-01"), To: d("2024-12-31")}, Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}},
	}
}

// with returns the dossier with the material of kind k (the first one)
// changed by f.
func with(k materials.Kind, f func(*materials.Material)) []materials.Material {
	ms := dossier()
	for i := range ms {
		if ms[i].Kind == k {
			f(&ms[i])
			return ms
		}
	}
	panic("with: no " + k.String())
}

// without returns the dossier without any material of the given kinds.
func without(kinds ...materials.Kind) []materials.Material {
	var out []materials.Material
	for _, m := range dossier() {
		keep := true
		for _, k := range kinds {
			if m.Kind == k {
				keep = false
			}
		}
		if keep {
			out = append(out, m)
		}
	}
	return out
}

// reasons lists the blocking problems of a report as "kind:reason".
func reasons(ps []materials.Problem) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Kind.String()+":"+p.Reason.String())
	}
	return out
}

func TestCheckComplete(t *testing.T) {
	rep := materials.AfterSalesService().Check(dossier(), asOf)
	require.NoError(t, rep.Err())
	assert.True(t, rep.Complete())
	assert.Empty(t, rep.Warnings())
	assert.Empty(t, rep.Unused)
	require.Len(t, rep.Results, 14)
	for _, res := range rep.Results {
		if res.Optional {
			assert.False(t, res.Satisfied, res.Kind.String())
			assert.Empty(t, res.Warnings, res.Kind.String())
			continue
		}
		assert.True(t, res.Satisfied, res.Kind.String())
	}
	org, ok := rep.Result(materials.OrganizationCode)
	require.True(t, ok)
	require.Len(t, org.Used, 1, "the licence stands in for the organisation code certificate")
	assert.Equal(t, materials.BusinessLicense, org.Used[0].Kind)
	sat, _ := rep.Result(materials.SatisfactionReport)
	assert.Len(t, sat.Used, 2)
}

func TestCheckProblems(t *testing.T) {
	tests := []struct {
		name     string
		provided []materials.Material
		asOf     time.Time
		want     []string // kind:reason of every blocking problem, in order
		is       error
		message  string
	}{
		{"nothing at all", nil, asOf, []string{
			"application_form:missing", "business_license:missing", "organization_code:missing", "legal_rep_id:missing",
			"service_process_manual:missing", "quality_manual:missing", "feedback_mechanism:missing", "organization_chart:missing",
			"service_outlets:missing", "training_records:missing", "satisfaction_report:missing",
		}, materials.ErrMissing, "materials: application_form: missing"},
		{"application form missing", without(materials.ApplicationForm), asOf,
			[]string{"application_form:missing"}, materials.ErrMissing, "materials: application_form: missing"},
		{"licence expired the day before", with(materials.BusinessLicense, func(m *materials.Material) { m.ValidUntil = d("2026-05-14") }), asOf,
			[]string{"business_license:expired", "organization_code:missing"}, materials.ErrExpired,
			`materials: business_license "营业执照": expired: valid until 2026-05-14`},
		{"licence issued after the check date", with(materials.BusinessLicense, func(m *materials.Material) { m.IssuedOn = d("2026-05-16") }), asOf,
			[]string{"business_license:not_yet_valid", "organization_code:missing"}, materials.ErrNotYetValid,
			`materials: business_license "营业执照": not yet valid: issued on 2026-05-16`},
		{"licence with a wrong check character", with(materials.BusinessLicense, func(m *materials.Material) { m.Reference = "91310000132260250Y" }), asOf,
			[]string{"business_license:invalid_reference", "organization_code:missing"}, materials.ErrInvalidReference,
			`materials: business_license "营业执照": invalid reference: credit code "91310000132260250Y": check character at position 18 is 'Y', want 'X'`},
		{"licence with a lower-case credit code", with(materials.BusinessLicense, func(m *materials.Material) { m.Reference = "91310000132260250x" }), asOf,
			[]string{"business_license:invalid_reference", "organization_code:missing"}, materials.ErrInvalidReference, "lower case"},
		{"licence without a reference", with(materials.BusinessLicense, func(m *materials.Material) { m.Reference = "" }), asOf,
			[]string{"business_license:invalid_reference", "organization_code:missing"}, materials.ErrInvalidReference, "no credit code given"},
		{"ID expired", with(materials.LegalRepID, func(m *materials.Material) { m.ValidUntil = d("2026-01-01") }), asOf,
			[]string{"legal_rep_id:expired"}, materials.ErrExpired, "valid until 2026-01-01"},
		{"ID with a wrong check digit", with(materials.LegalRepID, func(m *materials.Material) { m.Reference = "110105194912310021" }), asOf,
			[]string{"legal_rep_id:invalid_reference"}, materials.ErrInvalidReference, "resident ID"},
		{"ID with an impossible birth date", with(materials.LegalRepID, func(m *materials.Material) { m.Reference = "110105194902300024" }), asOf,
			[]string{"legal_rep_id:invalid_reference"}, materials.ErrInvalidReference, "birth date"},
		{"training records without assessment results", with(materials.TrainingRecords, func(m *materials.Material) { m.Sections = m.Sections[:2] }), asOf,
			[]string{"training_records:missing_section"}, materials.ErrMissingSection,
			`materials: training_records "2025年度培训记录": missing section assessment_results`},
		{"training records without any section", with(materials.TrainingRecords, func(m *materials.Material) { m.Sections = nil }), asOf,
			[]string{"training_records:missing_section", "training_records:missing_section", "training_records:missing_section"}, materials.ErrMissingSection, "missing section plan"},
		{"training records issued 12 months and a day before", with(materials.TrainingRecords, func(m *materials.Material) { m.IssuedOn = d("2025-05-14") }), asOf,
			[]string{"training_records:outdated"}, materials.ErrOutdated,
			`materials: training_records "2025年度培训记录": out of date: the latest was issued on 2025-05-14, before 2025-05-15`},
		{"satisfaction report for the earlier year missing", dossier()[:10], asOf,
			[]string{"satisfaction_report:insufficient_coverage"}, materials.ErrInsufficientCoverage,
			"materials: satisfaction_report: nothing covers the year 2024-05-16 to 2025-05-15"},
		{"satisfaction report for the latest year missing", append(dossier()[:9:9], dossier()[10]), asOf,
			[]string{"satisfaction_report:insufficient_coverage"}, materials.ErrInsufficientCoverage,
			"nothing covers the year 2025-05-16 to 2026-05-15"},
		{"satisfaction report without improvement measures", with(materials.SatisfactionReport, func(m *materials.Material) { m.Sections = m.Sections[:1] }), asOf,
			[]string{"satisfaction_report:missing_section"}, materials.ErrMissingSection, "missing section improvement_measures"},
		{"satisfaction reports both in the latest year", with(materials.SatisfactionReport, func(m *materials.Material) {
			m.Covers = materials.Period{From: d("2025-06-01"), To: d("2026-05-14")}
		}), asOf, nil, nil, ""},
		{"zero check date", dossier(), time.Time{}, []string{"kind(0):invalid_date"}, materials.ErrInvalidDate, "materials: the check date is zero"},
		{"empty title", with(materials.QualityManual, func(m *materials.Material) { m.Title = " \t" }), asOf,
			[]string{"quality_manual:invalid_material", "quality_manual:missing"}, materials.ErrInvalidMaterial, "has an empty title"},
		{"valid until before issued", with(materials.QualityManual, func(m *materials.Material) { m.ValidUntil = d("2024-05-31") }), asOf,
			[]string{"quality_manual:invalid_material", "quality_manual:missing"}, materials.ErrInvalidMaterial, "is valid until 2024-05-31, before its issue date 2024-06-01"},
		{"covers ends before it starts", with(materials.SatisfactionReport, func(m *materials.Material) { m.Covers.To = d("2024-12-31") }), asOf,
			[]string{"satisfaction_report:invalid_material", "satisfaction_report:insufficient_coverage"}, materials.ErrInvalidMaterial, "ends on 2024-12-31, before it starts on 2025-01-01"},
		{"no issue date", with(materials.QualityManual, func(m *materials.Material) { m.IssuedOn = time.Time{} }), asOf,
			[]string{"quality_manual:invalid_material", "quality_manual:missing"}, materials.ErrInvalidMaterial, "has no issue date"},
		{"unknown kind", append(dossier(), materials.Material{Kind: 99, Title: "?", IssuedOn: asOf}), asOf,
			[]string{"kind(0):invalid_material"}, materials.ErrInvalidMaterial, "has an unknown kind 99"},
		{"duplicate material", append(dossier(), dossier()[0]), asOf,
			[]string{"application_form:duplicate"}, materials.ErrDuplicate, `materials: application_form "认证申请书": provided more than once`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := materials.AfterSalesService().Check(tc.provided, tc.asOf)
			assert.Equal(t, tc.want, reasons(rep.Problems()))
			if tc.want == nil {
				assert.NoError(t, rep.Err())
				assert.True(t, rep.Complete())
				return
			}
			assert.False(t, rep.Complete())
			err := rep.Err()
			require.Error(t, err)
			assert.ErrorIs(t, err, tc.is)
			assert.Contains(t, err.Error(), tc.message)
			for _, p := range rep.Problems() {
				assert.ErrorIs(t, p, p.Reason.Err())
			}
		})
	}
}
