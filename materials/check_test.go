package materials_test

import (
	"strings"
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

// withAt returns the dossier with its i-th material changed by f.
func withAt(i int, f func(*materials.Material)) []materials.Material {
	ms := dossier()
	f(&ms[i])
	return ms
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

// sentinel returns the sentinel error a problem of reason r matches.
func sentinel(r materials.Reason) error {
	return map[materials.Reason]error{
		materials.ReasonMissing: materials.ErrMissing, materials.ReasonExpired: materials.ErrExpired,
		materials.ReasonNotYetValid: materials.ErrNotYetValid, materials.ReasonInsufficientCoverage: materials.ErrInsufficientCoverage,
		materials.ReasonMissingSection: materials.ErrMissingSection, materials.ReasonInvalidReference: materials.ErrInvalidReference,
		materials.ReasonOutdated: materials.ErrOutdated, materials.ReasonInvalidMaterial: materials.ErrInvalidMaterial,
		materials.ReasonDuplicate: materials.ErrDuplicate, materials.ReasonInvalidDate: materials.ErrInvalidDate,
		materials.ReasonInvalidChecklist: materials.ErrInvalidChecklist, materials.ReasonExpiresSoon: materials.ErrExpiresSoon,
		materials.ReasonUnderage: materials.ErrUnderage,
	}[r]
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
		{"satisfaction reports both in the latest year", withAt(10, func(m *materials.Material) {
			m.Title = "2025年下半年满意度报告"
			m.Covers = materials.Period{From: d("2025-06-01"), To: d("2025-11-30")}
		}), asOf, []string{"satisfaction_report:insufficient_coverage"}, materials.ErrInsufficientCoverage, "2024-05-16 to 2025-05-15"},
		{"satisfaction report needs data analysis too", with(materials.SatisfactionReport, func(m *materials.Material) { m.Sections = m.Sections[1:] }), asOf,
			[]string{"satisfaction_report:missing_section"}, materials.ErrMissingSection, "missing section data_analysis"},
		{"zero check date", dossier(), time.Time{}, []string{":invalid_date"}, materials.ErrInvalidDate, "materials: the check date is zero"},
		{"check date after 9999", dossier(), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), []string{":invalid_date"}, materials.ErrInvalidDate, "materials: invalid check date: 10000-01-01 is outside 0001-01-02 to 9999-12-31"},
		{"empty title", with(materials.QualityManual, func(m *materials.Material) { m.Title = " \t" }), asOf,
			[]string{"quality_manual:invalid_material", "quality_manual:missing"}, materials.ErrInvalidMaterial, `materials: quality_manual " \t": invalid: title: is blank`},
		{"valid until before issued", with(materials.QualityManual, func(m *materials.Material) { m.ValidUntil = d("2024-05-31") }), asOf,
			[]string{"quality_manual:invalid_material", "quality_manual:missing"}, materials.ErrInvalidMaterial, "valid_until: 2024-05-31 is before issued_on, 2024-06-01"},
		{"covers ends before it starts", with(materials.SatisfactionReport, func(m *materials.Material) { m.Covers.To = d("2024-12-31") }), asOf,
			[]string{"satisfaction_report:invalid_material", "satisfaction_report:insufficient_coverage"}, materials.ErrInvalidMaterial, "covers.to: 2024-12-31 is before the start, 2025-01-01"},
		{"no issue date", with(materials.QualityManual, func(m *materials.Material) { m.IssuedOn = time.Time{} }), asOf,
			[]string{"quality_manual:invalid_material", "quality_manual:missing"}, materials.ErrInvalidMaterial, "issued_on: is missing"},
		{"kind not spelled as a code", append(dossier(), materials.Material{Kind: "Quality Manual", Title: "?", IssuedOn: asOf}), asOf,
			[]string{":invalid_material"}, materials.ErrInvalidMaterial, `materials: invalid: kind: "Quality Manual" does not start with a lower-case letter a-z`},
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
				assert.ErrorIs(t, p, sentinel(p.Reason))
			}
		})
	}
}

// reports returns two satisfaction reports whose coverage ends on the given
// dates.
func reports(ends ...string) []materials.Material {
	var out []materials.Material
	for _, e := range ends {
		out = append(out, materials.Material{Kind: materials.SatisfactionReport, Title: "报告 " + e, IssuedOn: d(e),
			Covers:   materials.Period{From: d("2020-01-01"), To: d(e)},
			Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}})
	}
	return out
}

func TestCheckSatisfactionYears(t *testing.T) {
	// The years ending on 2026-05-15 are 2025-05-16..2026-05-15 and
	// 2024-05-16..2025-05-15: each report counts for the year its period
	// ends in.
	tests := []struct {
		name   string
		ends   []string
		asOf   time.Time
		want   []string
		detail string
	}{
		{"one in each year", []string{"2026-05-15", "2025-05-15"}, asOf, nil, ""},
		{"first days of each year", []string{"2025-05-16", "2024-05-16"}, asOf, nil, ""},
		{"older than two years", []string{"2026-01-01", "2024-05-15"}, asOf, []string{"satisfaction_report:insufficient_coverage"}, "2024-05-16 to 2025-05-15"},
		{"both in the latest year", []string{"2026-01-01", "2025-05-16"}, asOf, []string{"satisfaction_report:insufficient_coverage"}, "2024-05-16 to 2025-05-15"},
		{"both in the earlier year", []string{"2025-05-15", "2024-05-16"}, asOf, []string{"satisfaction_report:insufficient_coverage"}, "2025-05-16 to 2026-05-15"},
		{"only one report", []string{"2026-01-01"}, asOf, []string{"satisfaction_report:insufficient_coverage"}, "2024-05-16 to 2025-05-15"},
		{"leap day check date clamps", []string{"2024-02-29", "2023-02-28"}, d("2024-02-29"), nil, ""},
		{"leap day check date: year starts after Feb 28", []string{"2024-02-29", "2022-02-28"}, d("2024-02-29"), []string{"satisfaction_report:insufficient_coverage"}, "2022-03-01 to 2023-02-28"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cl := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.SatisfactionReport, YearsCovered: 2,
				Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}}}}
			rep := cl.Check(reports(tc.ends...), tc.asOf)
			assert.Equal(t, tc.want, reasons(rep.Problems()))
			if tc.want != nil {
				assert.ErrorIs(t, rep.Err(), materials.ErrInsufficientCoverage)
				assert.Contains(t, rep.Err().Error(), tc.detail)
			}
		})
	}

	t.Run("a report that counts is listed even when a year is missing", func(t *testing.T) {
		rep := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.SatisfactionReport, YearsCovered: 2}}}.Check(reports("2026-01-01"), asOf)
		res, ok := rep.Result(materials.SatisfactionReport)
		require.True(t, ok)
		assert.False(t, res.Satisfied)
		require.Len(t, res.Used, 1)
		assert.Equal(t, "报告 2026-01-01", res.Used[0].Title)
	})

	t.Run("years covered is data", func(t *testing.T) {
		three := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.SatisfactionReport, YearsCovered: 3}}}
		rep := three.Check(reports("2026-05-15", "2025-05-15"), asOf)
		assert.ErrorContains(t, rep.Err(), "2023-05-16 to 2024-05-15")
		rep = three.Check(reports("2026-05-15", "2025-05-15", "2024-05-15"), asOf)
		assert.NoError(t, rep.Err())
	})

	t.Run("a count above the years needs that many within the years", func(t *testing.T) {
		cl := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.SatisfactionReport, YearsCovered: 2, Count: 3}}}
		rep := cl.Check(reports("2026-01-01", "2025-01-01", "2023-01-01"), asOf)
		res, ok := rep.Result(materials.SatisfactionReport)
		require.True(t, ok)
		assert.False(t, res.Satisfied)
		assert.False(t, rep.Complete(), "an unmet requirement blocks")
		assert.ErrorIs(t, rep.Err(), materials.ErrMissing)
		assert.ErrorContains(t, rep.Err(), "2 of 3 within the last 2 years")
		rep = cl.Check(reports("2026-01-01", "2025-12-01", "2025-01-01"), asOf)
		assert.NoError(t, rep.Err())
	})

	t.Run("coverage ending after the check date counts for the latest year", func(t *testing.T) {
		rs := reports("2026-05-15", "2025-05-15")
		rs[0].Covers.To = d("2026-12-31")
		rep := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.SatisfactionReport, YearsCovered: 2}}}.Check(rs, asOf)
		assert.NoError(t, rep.Err())
	})

	t.Run("without a covered period the issue date counts", func(t *testing.T) {
		rs := reports("2026-05-15", "2025-05-15")
		rs[0].Covers, rs[1].Covers = materials.Period{}, materials.Period{}
		rep := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.SatisfactionReport, YearsCovered: 2}}}.Check(rs, asOf)
		assert.NoError(t, rep.Err())
		rs[1].IssuedOn = d("2024-05-15")
		rep = materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.SatisfactionReport, YearsCovered: 2}}}.Check(rs, asOf)
		assert.ErrorIs(t, rep.Err(), materials.ErrInsufficientCoverage)
	})
}

func TestCheckTrainingWithin12Months(t *testing.T) {
	tests := []struct {
		name   string
		issued string
		asOf   time.Time
		ok     bool
	}{
		{"on the check date", "2026-05-15", asOf, true},
		{"exactly 12 months before", "2025-05-15", asOf, true},
		{"12 months and a day before", "2025-05-14", asOf, false},
		{"Feb 29 check date: Feb 28 a year before is within", "2023-02-28", d("2024-02-29"), true},
		{"Feb 29 check date: Feb 27 a year before is not", "2023-02-27", d("2024-02-29"), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ms := with(materials.TrainingRecords, func(m *materials.Material) { m.IssuedOn = d(tc.issued) })
			res, ok := materials.AfterSalesService().Check(ms, tc.asOf).Result(materials.TrainingRecords)
			require.True(t, ok)
			assert.Equal(t, tc.ok, res.Satisfied)
			if !tc.ok {
				require.Len(t, res.Problems, 1)
				assert.ErrorIs(t, res.Problems[0], materials.ErrOutdated)
			}
		})
	}

	t.Run("the latest of several counts", func(t *testing.T) {
		ms := append(dossier(), materials.Material{Kind: materials.TrainingRecords, Title: "2023年度培训记录", IssuedOn: d("2024-01-20"),
			Sections: []materials.Section{materials.Plan, materials.Content, materials.AssessmentResults}})
		rep := materials.AfterSalesService().Check(ms, asOf)
		assert.NoError(t, rep.Err())
	})
}

func TestCheckWarnings(t *testing.T) {
	tests := []struct {
		name  string
		kind  materials.Kind
		until string
		warn  bool
	}{
		{"licence ending on the check date", materials.BusinessLicense, "2026-05-15", true},
		{"licence ending in 90 days", materials.BusinessLicense, "2026-08-13", true},
		{"licence ending in 91 days", materials.BusinessLicense, "2026-08-14", false},
		{"ID ending in 30 days", materials.LegalRepID, "2026-06-14", true},
		{"ID ending in 91 days", materials.LegalRepID, "2026-08-14", false},
		{"quality manual ending soon: no rule", materials.QualityManual, "2026-05-20", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rep := materials.AfterSalesService().Check(with(tc.kind, func(m *materials.Material) { m.ValidUntil = d(tc.until) }), asOf)
			require.NoError(t, rep.Err(), "warnings never block")
			assert.True(t, rep.Complete())
			if !tc.warn {
				assert.Empty(t, rep.Warnings())
				return
			}
			require.Len(t, rep.Warnings(), 1)
			w := rep.Warnings()[0]
			assert.ErrorIs(t, w, materials.ErrExpiresSoon)
			assert.Equal(t, tc.kind, w.Kind)
			assert.Contains(t, w.Error(), "expires soon: valid until "+tc.until+" (within 90 days of 2026-05-15)")
		})
	}
}

func TestCheckOrganizationCode(t *testing.T) {
	orgCert := materials.Material{Kind: materials.OrganizationCode, Title: "组织机构代码证", IssuedOn: d("2012-01-01"), ValidUntil: d("2030-01-01"), Reference: "13226025-0"}
	t.Run("certificate alone with a pre-2015 licence", func(t *testing.T) {
		ms := append(with(materials.BusinessLicense, func(m *materials.Material) { m.Reference = "" }), orgCert)
		rep := materials.AfterSalesService().Check(ms, asOf)
		assert.Equal(t, []string{"business_license:invalid_reference"}, reasons(rep.Problems()))
		res, _ := rep.Result(materials.OrganizationCode)
		assert.True(t, res.Satisfied)
	})
	t.Run("a certificate with a wrong code", func(t *testing.T) {
		bad := orgCert
		bad.Reference = "132260251"
		ms := append(with(materials.BusinessLicense, func(m *materials.Material) { m.Reference = "" }), bad)
		rep := materials.AfterSalesService().Check(ms, asOf)
		assert.Equal(t, []string{"business_license:invalid_reference", "organization_code:invalid_reference"}, reasons(rep.Problems()))
	})
	t.Run("a bad certificate next to a good credit code only warns", func(t *testing.T) {
		bad := orgCert
		bad.ValidUntil = d("2020-01-01")
		rep := materials.AfterSalesService().Check(append(dossier(), bad), asOf)
		require.NoError(t, rep.Err())
		require.Len(t, rep.Warnings(), 1)
		assert.ErrorIs(t, rep.Warnings()[0], materials.ErrExpired)
	})
	t.Run("missing says which stand-in was looked for", func(t *testing.T) {
		rep := materials.AfterSalesService().Check(without(materials.BusinessLicense), asOf)
		assert.Contains(t, rep.Err().Error(),
			"materials: organization_code: missing (and no business_license with a valid unified social credit code stands in)")
	})
	t.Run("an expired licence does not stand in", func(t *testing.T) {
		rep := materials.AfterSalesService().Check(with(materials.BusinessLicense, func(m *materials.Material) { m.ValidUntil = d("2026-01-01") }), asOf)
		res, _ := rep.Result(materials.OrganizationCode)
		assert.False(t, res.Satisfied)
	})
}

func TestCheckOptionalNeverBlocks(t *testing.T) {
	extra := []materials.Material{
		{Kind: materials.ServiceCommitment, Title: "承诺书", IssuedOn: d("2026-06-01")},                              // not yet valid
		{Kind: materials.ComplaintRecords, Title: "投诉记录", IssuedOn: d("2020-01-01"), ValidUntil: d("2021-01-01")}, // expired
		{Kind: materials.ServiceCase, Title: "案例", IssuedOn: d("2026-01-01")},                                     // fine
	}
	rep := materials.AfterSalesService().Check(append(dossier(), extra...), asOf)
	require.NoError(t, rep.Err())
	assert.Equal(t, []string{"service_commitment:not_yet_valid", "complaint_records:expired"}, reasons(rep.Warnings()))
	res, _ := rep.Result(materials.ServiceCase)
	assert.True(t, res.Satisfied)
	assert.Empty(t, res.Problems)
}

func TestCheckMiscellaneous(t *testing.T) {
	t.Run("unused kinds are reported, not rejected", func(t *testing.T) {
		cl := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.ApplicationForm}}}
		rep := cl.Check(dossier()[:3], asOf)
		require.NoError(t, rep.Err())
		require.Len(t, rep.Unused, 2)
		assert.Equal(t, materials.BusinessLicense, rep.Unused[0].Kind)
		assert.Equal(t, materials.LegalRepID, rep.Unused[1].Kind)
	})
	t.Run("stand-in kinds are not unused", func(t *testing.T) {
		rep := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.OrganizationCode, SatisfiedBy: []materials.StandIn{{Kind: materials.BusinessLicense, Reference: materials.CheckCreditCode}}}}}.
			Check(dossier()[1:2], asOf)
		require.NoError(t, rep.Err())
		assert.Empty(t, rep.Unused)
	})
	t.Run("count", func(t *testing.T) {
		cl := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.ServiceCase, Count: 2}}}
		one := []materials.Material{{Kind: materials.ServiceCase, Title: "案例一", IssuedOn: d("2026-01-01")}}
		rep := cl.Check(one, asOf)
		assert.ErrorIs(t, rep.Err(), materials.ErrMissing)
		assert.ErrorContains(t, rep.Err(), "materials: service_case: missing (1 of 2 provided)")
		two := append(one, materials.Material{Kind: materials.ServiceCase, Title: "案例二", IssuedOn: d("2026-01-01")})
		assert.NoError(t, cl.Check(two, asOf).Err())
	})
	t.Run("a zero end date never expires", func(t *testing.T) {
		rep := materials.AfterSalesService().Check(dossier(), d("2999-12-31"))
		res, _ := rep.Result(materials.BusinessLicense)
		assert.True(t, res.Satisfied)
	})
	t.Run("a check date just after midnight in Shanghai is that day", func(t *testing.T) {
		sh, err := time.LoadLocation("Asia/Shanghai")
		require.NoError(t, err)
		// 00:30 on 2026-05-15 in Shanghai is still 2026-05-14 in UTC: the
		// licence valid until 2026-05-14 has expired on the Shanghai day.
		on := time.Date(2026, 5, 15, 0, 30, 0, 0, sh)
		rep := materials.AfterSalesService().Check(with(materials.BusinessLicense, func(m *materials.Material) { m.ValidUntil = d("2026-05-14") }), on)
		assert.ErrorIs(t, rep.Err(), materials.ErrExpired)
	})
	t.Run("invalid checklist", func(t *testing.T) {
		rep := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.ApplicationForm, Count: -1}}}.Check(dossier(), asOf)
		assert.ErrorIs(t, rep.Err(), materials.ErrInvalidChecklist)
		assert.ErrorContains(t, rep.Err(), "materials: invalid checklist: requirements[0].count: -1 is negative")
		assert.Empty(t, rep.Results)
	})
	t.Run("the zero report is not complete", func(t *testing.T) {
		var rep materials.Report
		assert.False(t, rep.Complete())
		assert.ErrorIs(t, rep.Err(), materials.ErrInvalidDate)
	})
	t.Run("check does not change its input and shares no memory", func(t *testing.T) {
		ms := dossier()
		rep := materials.AfterSalesService().Check(ms, asOf)
		sat, _ := rep.Result(materials.SatisfactionReport)
		sat.Used[0].Sections[0] = materials.Plan
		assert.Equal(t, dossier(), ms)
	})
}

func TestChecklistValidate(t *testing.T) {
	require.NoError(t, materials.AfterSalesService().Validate())
	one := func(r materials.Requirement) materials.Checklist {
		return materials.Checklist{Requirements: []materials.Requirement{r}}
	}
	qm := materials.QualityManual
	tests := []struct {
		name    string
		list    materials.Checklist
		field   string
		message string
	}{
		{"empty", materials.Checklist{}, "requirements", "requirements: none: a checklist asks for at least one kind"},
		{"no kind", one(materials.Requirement{}), "requirements[0].kind", `requirements[0].kind: "" is empty`},
		{"kind not spelled as a code", one(materials.Requirement{Kind: "Quality"}), "requirements[0].kind", `"Quality" does not start with a lower-case letter a-z`},
		{"kind the checklist does not know", one(materials.Requirement{Kind: "quality_handbook"}), "requirements[0].kind",
			"requirements[0].kind: quality_handbook is neither a built-in kind nor one of the checklist's kinds"},
		{"duplicate kind", materials.Checklist{Requirements: []materials.Requirement{{Kind: qm}, {Kind: qm}}}, "requirements[1].kind",
			"requirements[1].kind: quality_manual is asked for by requirements[0] already"},
		{"negative count", one(materials.Requirement{Kind: qm, Count: -1}), "requirements[0].count", "requirements[0].count: -1 is negative"},
		{"negative years", one(materials.Requirement{Kind: qm, YearsCovered: -2}), "requirements[0].years_covered", "-2 is negative"},
		{"negative months", one(materials.Requirement{Kind: qm, LatestWithinMonths: -1}), "requirements[0].latest_within_months", "-1 is negative"},
		{"negative days", one(materials.Requirement{Kind: qm, WarnWithinDays: -90}), "requirements[0].warn_within_days", "-90 is negative"},
		{"negative age", one(materials.Requirement{Kind: qm, MinAge: -1, Reference: materials.CheckResidentID}), "requirements[0].min_age", "-1 is negative"},
		{"too many", one(materials.Requirement{Kind: qm, Count: 1001}), "requirements[0].count", "1001 is more than 1000"},
		{"count at its bound", one(materials.Requirement{Kind: qm, Count: 1000, MinAge: 151, Reference: materials.CheckResidentID}), "requirements[0].min_age", "151 is more than 150"},
		{"too many years", one(materials.Requirement{Kind: qm, YearsCovered: 51}), "requirements[0].years_covered", "51 is more than 50"},
		{"too many months", one(materials.Requirement{Kind: qm, LatestWithinMonths: 601}), "requirements[0].latest_within_months", "601 is more than 600"},
		{"too many days", one(materials.Requirement{Kind: qm, WarnWithinDays: 1 << 40}), "requirements[0].warn_within_days", "1099511627776 is more than 3660"},
		{"unknown section", one(materials.Requirement{Kind: qm, Sections: []materials.Section{9}}), "requirements[0].sections[0]", "section(9) is unknown"},
		{"repeated section", one(materials.Requirement{Kind: qm, Sections: []materials.Section{materials.Plan, materials.Plan}}), "requirements[0].sections[1]", "repeats plan"},
		{"unknown reference check", one(materials.Requirement{Kind: qm, Reference: 20}), "requirements[0].reference", "reference check(20) is unknown"},
		{"other references without a reference", one(materials.Requirement{Kind: qm, OtherReferences: []materials.ReferenceCheck{materials.CheckPassport}}),
			"requirements[0].other_references", "given without a reference"},
		{"stand-in to itself", one(materials.Requirement{Kind: materials.OrganizationCode, SatisfiedBy: []materials.StandIn{{Kind: materials.OrganizationCode}}}),
			"requirements[0].satisfied_by[0].kind", "organization_code is the requirement's own kind"},
		{"stand-in without a kind", one(materials.Requirement{Kind: materials.OrganizationCode, SatisfiedBy: []materials.StandIn{{}}}),
			"requirements[0].satisfied_by[0].kind", `"" is empty`},
		{"stand-in of a kind the checklist does not know", one(materials.Requirement{Kind: materials.OrganizationCode, SatisfiedBy: []materials.StandIn{{Kind: "tax_certificate"}}}),
			"requirements[0].satisfied_by[0].kind", "tax_certificate is neither a built-in kind nor one of the checklist's kinds"},
		{"repeated stand-in", one(materials.Requirement{Kind: materials.OrganizationCode, SatisfiedBy: []materials.StandIn{{Kind: materials.BusinessLicense}, {Kind: materials.BusinessLicense}}}),
			"requirements[0].satisfied_by[1]", "repeats satisfied_by[0]"},
		{"stand-in with unknown check", one(materials.Requirement{Kind: materials.OrganizationCode, SatisfiedBy: []materials.StandIn{{Kind: materials.BusinessLicense, Reference: 9}}}),
			"requirements[0].satisfied_by[0].reference", "reference check(9) is unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.list.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, materials.ErrInvalidChecklist)
			assert.True(t, strings.HasPrefix(err.Error(), "materials: invalid checklist: "), err.Error())
			assert.Contains(t, err.Error(), tc.message)
			var fe *materials.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tc.field, fe.Field)
		})
	}
	t.Run("every problem is collected", func(t *testing.T) {
		err := materials.Checklist{Requirements: []materials.Requirement{{Kind: qm, Count: -1, YearsCovered: -1}, {Kind: qm}}}.Validate()
		assert.Len(t, strings.Split(err.Error(), "\n"), 3)
	})
	t.Run("a checklist with many problems reports the first 20 and counts the rest", func(t *testing.T) {
		var c materials.Checklist
		for range 10_000 {
			c.Requirements = append(c.Requirements, materials.Requirement{Kind: qm, Count: -1})
		}
		err := c.Validate()
		require.Error(t, err)
		lines := strings.Split(err.Error(), "\n")
		assert.Len(t, lines, 21)
		assert.Equal(t, "(and 19979 more problems)", lines[20], "two problems each but the first: a negative count, a repeated kind")
		assert.Less(t, len(err.Error()), 3000)
	})
}

func TestAfterSalesServiceIsData(t *testing.T) {
	a := materials.AfterSalesService()
	a.Requirements[0].Optional = true
	a.Requirements[9].Sections[0] = materials.DataAnalysis
	b := materials.AfterSalesService()
	assert.False(t, b.Requirements[0].Optional, "each call returns a fresh checklist")
	assert.Equal(t, materials.Plan, b.Requirements[9].Sections[0])
	assert.Empty(t, b.Kinds, "only built-in kinds")

	// The figures of the package doc's Built-in checklists section [brief].
	req := func(k materials.Kind) materials.Requirement {
		r, ok := b.Requirement(k)
		require.True(t, ok, k.String())
		return r
	}
	assert.Len(t, b.Requirements, 14)
	assert.Equal(t, 2, req(materials.SatisfactionReport).YearsCovered)
	assert.Equal(t, []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}, req(materials.SatisfactionReport).Sections)
	assert.Equal(t, 12, req(materials.TrainingRecords).LatestWithinMonths)
	assert.Equal(t, []materials.Section{materials.Plan, materials.Content, materials.AssessmentResults}, req(materials.TrainingRecords).Sections)
	assert.Equal(t, 90, req(materials.BusinessLicense).WarnWithinDays)
	assert.Equal(t, 90, req(materials.LegalRepID).WarnWithinDays)
	assert.Equal(t, materials.CheckCreditCode, req(materials.BusinessLicense).Reference)
	assert.Equal(t, materials.CheckResidentID, req(materials.LegalRepID).Reference)
	assert.Equal(t, []materials.StandIn{{Kind: materials.BusinessLicense, Reference: materials.CheckCreditCode}}, req(materials.OrganizationCode).SatisfiedBy)
	var optional []materials.Kind
	for _, r := range b.Requirements {
		if r.Optional {
			optional = append(optional, r.Kind)
		}
	}
	assert.Equal(t, []materials.Kind{materials.ServiceCommitment, materials.ComplaintRecords, materials.ServiceCase}, optional)
}
