package certificationtest_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/certificationtest"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/materials"
)

// visits is a kind of material of the test CB's own.
const visits materials.Kind = "customer_visits"

// cbChecklist is a CB's own checklist that uses every rule a requirement
// has: kinds of its own, counts, three years covered with a recency, one
// year covered, sections, a passport first and a resident ID of a person of
// 25 or older instead, a stand-in, and an optional kind.
func cbChecklist() materials.Checklist {
	return materials.Checklist{
		Kinds: []materials.KindDef{
			{Code: visits, Chinese: "客户回访记录", English: "Customer visit records"},
			{Code: "quality_policy", Chinese: "质量方针", English: "Quality policy"},
		},
		Requirements: []materials.Requirement{
			{Kind: materials.ApplicationForm},
			{Kind: materials.BusinessLicense, Reference: materials.CheckCreditCode, WarnWithinDays: 90},
			{Kind: materials.LegalRepID, Reference: materials.CheckPassport,
				OtherReferences: []materials.ReferenceCheck{materials.CheckResidentID}, MinAge: 25, WarnWithinDays: 30},
			{Kind: visits, Count: 3, YearsCovered: 3, LatestWithinMonths: 6,
				Sections: []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures}},
			{Kind: materials.TrainingRecords, Count: 2, LatestWithinMonths: 12,
				Sections: []materials.Section{materials.Plan, materials.Content}},
			{Kind: materials.SatisfactionReport, YearsCovered: 1, Sections: []materials.Section{materials.DataAnalysis}},
			{Kind: "quality_policy"},
			{Kind: materials.OrganizationCode, Reference: materials.CheckOrganizationCode,
				SatisfiedBy: []materials.StandIn{{Kind: materials.BusinessLicense, Reference: materials.CheckCreditCode}}},
			{Kind: materials.ServiceCase, Optional: true},
		},
	}
}

// checklists are the checklists every dossier test runs on.
func checklists() map[string]materials.Checklist {
	return map[string]materials.Checklist{
		"after_sales": materials.AfterSalesService(),
		"iso9001":     materials.ISO9001(),
		"iso14001":    materials.ISO14001(),
		"iso45001":    materials.ISO45001(),
		"cb":          cbChecklist(),
	}
}

// checkDates are the check dates every dossier test runs on: an ordinary
// day, month ends (clamped month arithmetic), Feb 29, a Shanghai date just
// after midnight, and dates far from today.
func checkDates() []time.Time {
	return []time.Time{
		day("2026-05-15"), day("2026-03-31"), day("2024-02-29"), day("2025-08-31"),
		time.Date(2026, 1, 1, 0, 30, 0, 0, shanghai), day("1901-07-01"), day("9999-11-30"),
	}
}

// problems lists the blocking problems of a report as "kind:reason".
func problems(rep materials.Report) []string {
	var out []string
	for _, p := range rep.Problems() {
		out = append(out, string(p.Kind)+":"+p.Reason.String())
	}
	return out
}

func TestDossierComplete(t *testing.T) {
	for name, c := range checklists() {
		for _, asOf := range checkDates() {
			t.Run(name+" "+calendar.Format(asOf), func(t *testing.T) {
				ms, err := certificationtest.Dossier(c, asOf, 7)
				require.NoError(t, err)
				rep := c.Check(ms, asOf)
				require.NoError(t, rep.Err())
				assert.True(t, rep.Complete())
				assert.Empty(t, rep.Warnings())
				assert.Empty(t, rep.Unused)
				assert.Empty(t, rep.General)
				for _, r := range c.Requirements {
					res, ok := rep.Result(r.Kind)
					require.True(t, ok)
					if r.Optional {
						assert.Empty(t, res.Used, "nothing optional")
						continue
					}
					assert.True(t, res.Satisfied, r.Kind)
					require.NotEmpty(t, res.Used, r.Kind)
					assert.Equal(t, r.Kind, res.Used[0].Kind, "met by its own kind, not a stand-in")
					assert.Len(t, res.Used, max(r.Count, r.YearsCovered, 1), r.Kind)
				}
				again := certificationtest.MustDossier(c, asOf, 7)
				assert.True(t, slices.EqualFunc(ms, again, materials.Material.Equal), "deterministic")
			})
		}
	}
}

// TestDossierIdentifiers checks the identifiers a dossier carries: the
// applicant's credit code and organisation code, and a legal representative
// of full age.
func TestDossierIdentifiers(t *testing.T) {
	asOf := day("2026-05-15")
	for _, seed := range []uint64{1, 2, 13226025} {
		ms := certificationtest.MustDossier(materials.AfterSalesService(), asOf, seed)
		code := certificationtest.Applicant(seed).CreditCode
		refs := map[materials.Kind]string{}
		for _, m := range ms {
			refs[m.Kind] = m.Reference
		}
		assert.Equal(t, code, refs[materials.BusinessLicense])
		assert.Equal(t, code[8:17], refs[materials.OrganizationCode])
		assert.Equal(t, certificationtest.MustResidentID("310104", day("1978-05-15"), certificationtest.Male, seed), refs[materials.LegalRepID],
			"a man of 18 + 30")
	}
	ms := certificationtest.MustDossier(cbChecklist(), asOf, 5)
	i := slices.IndexFunc(ms, func(m materials.Material) bool { return m.Kind == materials.LegalRepID })
	passport, _ := certificationtest.Reference(materials.CheckPassport, 5)
	assert.Equal(t, passport, ms[i].Reference, "the requirement's first identifier")
}

// TestDossierBreaks breaks the after-sales dossier each named way and
// checks that the check finds exactly that problem, as it should read.
func TestDossierBreaks(t *testing.T) {
	asOf := day("2026-05-15")
	c := materials.AfterSalesService()
	cases := []struct {
		name  string
		brk   certificationtest.Break
		kind  materials.Kind
		err   error
		check func(t *testing.T, p materials.Problem)
	}{
		{"missing kind", certificationtest.Missing(materials.TrainingRecords), materials.TrainingRecords, materials.ErrMissing, nil},
		{"expired", certificationtest.Expired(materials.BusinessLicense), materials.BusinessLicense, materials.ErrExpired,
			func(t *testing.T, p materials.Problem) { assert.Equal(t, "2026-05-14", calendar.Format(p.Date)) }},
		{"not yet issued", certificationtest.NotYetValid(materials.ApplicationForm), materials.ApplicationForm, materials.ErrNotYetValid,
			func(t *testing.T, p materials.Problem) { assert.Equal(t, "2026-06-15", calendar.Format(p.Date)) }},
		{"missing section", certificationtest.MissingSection(materials.SatisfactionReport, materials.ImprovementMeasures),
			materials.SatisfactionReport, materials.ErrMissingSection,
			func(t *testing.T, p materials.Problem) { assert.Equal(t, materials.ImprovementMeasures, p.Section) }},
		{"insufficient coverage, latest year", certificationtest.InsufficientCoverage(materials.SatisfactionReport, 1),
			materials.SatisfactionReport, materials.ErrInsufficientCoverage,
			func(t *testing.T, p materials.Problem) {
				assert.Equal(t, "2025-05-16 2026-05-15", calendar.Format(p.Date)+" "+calendar.Format(p.End))
			}},
		{"insufficient coverage, year before", certificationtest.InsufficientCoverage(materials.SatisfactionReport, 2),
			materials.SatisfactionReport, materials.ErrInsufficientCoverage,
			func(t *testing.T, p materials.Problem) {
				assert.Equal(t, "2024-05-16 2025-05-15", calendar.Format(p.Date)+" "+calendar.Format(p.End))
			}},
		{"outdated", certificationtest.Outdated(materials.TrainingRecords), materials.TrainingRecords, materials.ErrOutdated,
			func(t *testing.T, p materials.Problem) { assert.Equal(t, "2025-04-15", calendar.Format(p.Date)) }},
		{"invalid credit code", certificationtest.InvalidReference(materials.BusinessLicense), materials.BusinessLicense,
			materials.ErrInvalidReference,
			func(t *testing.T, p materials.Problem) { assert.Equal(t, materials.RuleCheckCharacter, p.Rule) }},
		{"invalid resident ID", certificationtest.InvalidReference(materials.LegalRepID), materials.LegalRepID,
			materials.ErrInvalidReference,
			func(t *testing.T, p materials.Problem) { assert.Equal(t, materials.RuleCheckCharacter, p.Rule) }},
		{"under age", certificationtest.Underage(materials.LegalRepID), materials.LegalRepID, materials.ErrUnderage,
			func(t *testing.T, p materials.Problem) {
				assert.Equal(t, "2008-11-15 2026-11-15", calendar.Format(p.Date)+" "+calendar.Format(p.End))
			}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := certificationtest.Dossier(c, asOf, 1, tc.brk)
			require.NoError(t, err)
			rep := c.Check(ms, asOf)
			require.ErrorIs(t, rep.Err(), tc.err)
			ps := rep.Problems()
			require.Len(t, ps, 1, "%v", problems(rep))
			assert.Equal(t, tc.kind, ps[0].Kind)
			assert.ErrorIs(t, ps[0], tc.err)
			if tc.check != nil {
				tc.check(t, ps[0])
			}
		})
	}
}

// TestDossierEveryBreak breaks every required requirement of every test
// checklist every way it allows, on every check date: each either fails for
// exactly the break's reason on the break's kind, or is one of the
// documented cases that cannot, and then is refused.
func TestDossierEveryBreak(t *testing.T) {
	// cannot lists the breaks that cannot be the only problem (see the
	// package doc's Dossiers section), by checklist.
	cannot := map[string]map[string]bool{
		"after_sales": {
			"missing(organization_code)": true, "expired(organization_code)": true,
			"not_yet_valid(organization_code)": true, "invalid_reference(organization_code)": true,
		},
		"cb": {
			"missing(organization_code)": true, "expired(organization_code)": true,
			"not_yet_valid(organization_code)": true, "invalid_reference(organization_code)": true,
			"expired(satisfaction_report)": true, "not_yet_valid(satisfaction_report)": true,
			"missing_section(satisfaction_report)": true, "insufficient_coverage(satisfaction_report)": true,
			"insufficient_coverage(customer_visits) year 1": true,
		},
	}
	tried, refused := 0, 0
	for name, c := range checklists() {
		for _, asOf := range checkDates() {
			for _, r := range c.Requirements {
				if r.Optional {
					continue
				}
				for _, b := range breaksOf(r) {
					tried++
					ms, err := certificationtest.Dossier(c, asOf, 3, b.brk)
					if cannot[name][b.name] {
						refused++
						assert.ErrorIs(t, err, certificationtest.ErrInvalidDossier, "%s %s", name, b.name)
						assert.Equal(t, "breaks[0]", fieldOf(err), "%s %s", name, b.name)
						continue
					}
					require.NoError(t, err, "%s %s on %s", name, b.name, calendar.Format(asOf))
					rep := c.Check(ms, asOf)
					assert.Equal(t, []string{string(r.Kind) + ":" + b.reason.String()}, problems(rep), "%s %s on %s", name, b.name, calendar.Format(asOf))
				}
			}
		}
	}
	assert.Greater(t, tried, 300)
	assert.Equal(t, len(checkDates())*13, refused, "each refusal listed, on each date")
}

// aBreak is a break and what it is expected to cause.
type aBreak struct {
	name   string
	brk    certificationtest.Break
	reason materials.Reason
}

// breaksOf returns every break r allows: each section, each year.
func breaksOf(r materials.Requirement) []aBreak {
	k := string(r.Kind)
	out := []aBreak{
		{"missing(" + k + ")", certificationtest.Missing(r.Kind), materials.ReasonMissing},
		{"expired(" + k + ")", certificationtest.Expired(r.Kind), materials.ReasonExpired},
		{"not_yet_valid(" + k + ")", certificationtest.NotYetValid(r.Kind), materials.ReasonNotYetValid},
	}
	for _, s := range r.Sections {
		out = append(out, aBreak{"missing_section(" + k + ")", certificationtest.MissingSection(r.Kind, s), materials.ReasonMissingSection})
	}
	for y := 1; y <= r.YearsCovered; y++ {
		name := "insufficient_coverage(" + k + ")"
		if r.YearsCovered > 1 {
			name += fmt.Sprintf(" year %d", y)
		}
		out = append(out, aBreak{name, certificationtest.InsufficientCoverage(r.Kind, y), materials.ReasonInsufficientCoverage})
	}
	if r.LatestWithinMonths > 0 {
		out = append(out, aBreak{"outdated(" + k + ")", certificationtest.Outdated(r.Kind), materials.ReasonOutdated})
	}
	if r.Reference != 0 {
		out = append(out, aBreak{"invalid_reference(" + k + ")", certificationtest.InvalidReference(r.Kind), materials.ReasonInvalidReference})
	}
	if r.MinAge > 0 {
		out = append(out, aBreak{"underage(" + k + ")", certificationtest.Underage(r.Kind), materials.ReasonUnderage})
	}
	return out
}

func TestDossierSeveralBreaks(t *testing.T) {
	asOf := day("2026-05-15")
	c := materials.AfterSalesService()
	ms := certificationtest.MustDossier(c, asOf, 1, certificationtest.Expired(materials.BusinessLicense),
		certificationtest.Missing(materials.TrainingRecords), certificationtest.Underage(materials.LegalRepID))
	assert.Equal(t, []string{"business_license:expired", "legal_rep_id:underage", "training_records:missing"}, problems(c.Check(ms, asOf)))
}

func TestDossierErrors(t *testing.T) {
	asOf := day("2026-05-15")
	c := materials.AfterSalesService()
	cb := cbChecklist()
	cases := []struct {
		name      string
		checklist materials.Checklist
		asOf      time.Time
		breaks    []certificationtest.Break
		field     string
		also      error
	}{
		{"zero checklist", materials.Checklist{}, asOf, nil, "checklist.requirements", materials.ErrInvalidChecklist},
		{"zero date", c, time.Time{}, nil, "as_of", nil},
		{"date in year 10000", c, time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), nil, "as_of", nil},
		{"too early for the materials", c, day("0001-01-20"), nil, "as_of", nil},
		{"too early for an adult", c, day("0040-06-01"), nil, "as_of", nil},
		{"zero break", c, asOf, []certificationtest.Break{{}}, "breaks[0]", nil},
		{"kind not asked for", c, asOf, []certificationtest.Break{certificationtest.Missing("quality_policy")}, "breaks[0]", nil},
		{"optional kind", c, asOf, []certificationtest.Break{certificationtest.Expired(materials.ServiceCase)}, "breaks[0]", nil},
		{"same kind twice", c, asOf, []certificationtest.Break{certificationtest.Expired(materials.QualityManual),
			certificationtest.Missing(materials.QualityManual)}, "breaks[1]", nil},
		{"section not asked for", c, asOf, []certificationtest.Break{
			certificationtest.MissingSection(materials.TrainingRecords, materials.DataAnalysis)}, "breaks[0]", nil},
		{"year 0", c, asOf, []certificationtest.Break{certificationtest.InsufficientCoverage(materials.SatisfactionReport, 0)}, "breaks[0]", nil},
		{"year beyond those covered", c, asOf, []certificationtest.Break{
			certificationtest.InsufficientCoverage(materials.SatisfactionReport, 3)}, "breaks[0]", nil},
		{"no years covered", c, asOf, []certificationtest.Break{certificationtest.InsufficientCoverage(materials.QualityManual, 1)}, "breaks[0]", nil},
		{"no recency", c, asOf, []certificationtest.Break{certificationtest.Outdated(materials.QualityManual)}, "breaks[0]", nil},
		{"no identifier", c, asOf, []certificationtest.Break{certificationtest.InvalidReference(materials.QualityManual)}, "breaks[0]", nil},
		{"no minimum age", c, asOf, []certificationtest.Break{certificationtest.Underage(materials.BusinessLicense)}, "breaks[0]", nil},
		{"met by a stand-in", c, asOf, []certificationtest.Break{certificationtest.Missing(materials.OrganizationCode)}, "breaks[0]", nil},
		{"one year covered", cb, asOf, []certificationtest.Break{certificationtest.Expired(materials.SatisfactionReport)}, "breaks[0]", nil},
		{"second of two cannot", c, asOf, []certificationtest.Break{certificationtest.Expired(materials.QualityManual),
			certificationtest.Expired(materials.OrganizationCode)}, "breaks[1]", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ms, err := certificationtest.Dossier(tc.checklist, tc.asOf, 1, tc.breaks...)
			require.Error(t, err)
			assert.Nil(t, ms)
			assert.ErrorIs(t, err, certificationtest.ErrInvalidDossier)
			if tc.also != nil {
				assert.ErrorIs(t, err, tc.also)
			}
			assert.Equal(t, tc.field, fieldOf(err), err.Error())
			assert.PanicsWithValue(t, "certificationtest.MustDossier: "+err.Error(), func() {
				certificationtest.MustDossier(tc.checklist, tc.asOf, 1, tc.breaks...)
			})
		})
	}
	_, err := certificationtest.Dossier(c, asOf, 1, certificationtest.Missing(materials.OrganizationCode))
	assert.ErrorContains(t, err, "no problem: a business_license stands in for it")
}
