package materials_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/certification/materials"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReportErrIsBounded checks that a dossier of 100 000 bad materials,
// each with a long title, yields an error that lists 20 problems and counts
// the rest, and shows no more than a short prefix of any title.
func TestReportErrIsBounded(t *testing.T) {
	title := strings.Repeat("营业执照", 250)
	provided := make([]materials.Material, 100_000)
	for i := range provided {
		provided[i] = materials.Material{Kind: materials.QualityManual, Title: title, IssuedOn: asOf, ValidUntil: d("2020-01-01")}
	}
	rep := materials.AfterSalesService().Check(provided, asOf)
	require.Len(t, rep.General, 100_000)
	err := rep.Err()
	require.Error(t, err)
	assert.ErrorIs(t, err, materials.ErrInvalidMaterial)
	lines := strings.Split(err.Error(), "\n")
	require.Len(t, lines, 21)
	assert.Equal(t, "(and 99991 more problems)", lines[20], "100 000 invalid materials and 11 missing requirements, 20 listed")
	assert.Less(t, len(err.Error()), 5000)
	assert.Equal(t, `materials: quality_manual "营业执照营业执照营业执照营"… (3000 bytes): invalid: valid_until: 2020-01-01 is before issued_on, 2026-05-15`, lines[0])
	var listed []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		listed = j.Unwrap()
	}
	assert.Len(t, listed, 20)
}

// TestComputedDatesStayUsable checks that every date Check computes and
// stores in a problem can be written and read back: years covered that
// would start before 0001-01-02, and the day of a minimum age after
// 9999-12-31.
func TestComputedDatesStayUsable(t *testing.T) {
	t.Run("years covered before year 1", func(t *testing.T) {
		cl := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.SatisfactionReport, YearsCovered: 3}}}
		rep := cl.Check([]materials.Material{{Kind: materials.SatisfactionReport, Title: "r", IssuedOn: d("0002-03-01")}}, d("0002-06-01"))
		var dates []string
		for _, p := range rep.Problems() {
			if p.Reason == materials.ReasonInsufficientCoverage {
				dates = append(dates, p.Error())
			}
		}
		assert.Equal(t, []string{
			"materials: satisfaction_report: nothing covers the year 0001-01-02 to 0001-06-01",
			"materials: satisfaction_report: nothing covers the year 0001-01-02 to 0001-01-02",
		}, dates)
		_, err := json.Marshal(rep)
		require.NoError(t, err)
	})
	t.Run("a minimum age reached after 9999", func(t *testing.T) {
		cl := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.LegalRepID, Reference: materials.CheckResidentID, MinAge: 150}}}
		id := materials.Material{Kind: materials.LegalRepID, Title: "身份证", IssuedOn: d("9990-01-01"), Reference: bornOn("99000101")}
		rep := cl.Check([]materials.Material{id}, d("9999-12-31"))
		require.Len(t, rep.Problems(), 1)
		p := rep.Problems()[0]
		assert.ErrorIs(t, p, materials.ErrUnderage)
		assert.True(t, p.Date.IsZero() && p.End.IsZero(), "the day of the minimum age is not a usable date, so neither is stated")
		assert.Equal(t, `materials: legal_rep_id "身份证": under age (minimum age 150)`, p.Error())
		assert.Equal(t, "法定代表人身份证明“身份证”：未达最低年龄", p.Chinese())
		_, err := json.Marshal(rep)
		require.NoError(t, err)
	})
	t.Run("a check date on 0001-01-01 in any location is not usable", func(t *testing.T) {
		rep := materials.AfterSalesService().Check(dossier(), time.Date(1, 1, 1, 12, 0, 0, 0, time.FixedZone("CST", 8*3600)))
		require.Len(t, rep.General, 1)
		assert.ErrorIs(t, rep.General[0], materials.ErrInvalidDate)
		assert.True(t, rep.AsOf.IsZero())
	})
}

func TestIsZero(t *testing.T) {
	assert.True(t, materials.Material{}.IsZero())
	assert.False(t, dossier()[0].IsZero())
	assert.True(t, materials.Problem{}.IsZero())
	assert.False(t, materials.Problem{Reason: materials.ReasonMissing}.IsZero())
	assert.True(t, materials.Report{}.IsZero())
	assert.False(t, materials.AfterSalesService().Check(dossier(), asOf).IsZero())
	assert.True(t, materials.Checklist{}.IsZero())
	assert.True(t, materials.Checklist{Requirements: []materials.Requirement{}}.IsZero())
	assert.False(t, materials.AfterSalesService().IsZero())
	assert.True(t, materials.Requirement{}.IsZero())
	assert.True(t, materials.Requirement{Sections: []materials.Section{}}.IsZero())
	assert.False(t, materials.Requirement{Optional: true}.IsZero())
	assert.True(t, materials.StandIn{}.IsZero())
	assert.True(t, materials.KindDef{}.IsZero())
	assert.False(t, policy.IsZero())
	assert.True(t, materials.Period{}.IsZero())

	// omitzero leaves a zero value out (encoding/json calls IsZero).
	type holder struct {
		M materials.Material  `json:"m,omitzero"`
		R materials.Report    `json:"r,omitzero"`
		C materials.Checklist `json:"c,omitzero"`
	}
	data, err := json.Marshal(holder{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(data))
}

// TestErrorsMatchOneWay checks that a Problem and a *ReferenceError match
// their sentinel through an Is method and carry their context.
func TestErrorsMatchOneWay(t *testing.T) {
	p := materials.Problem{Kind: materials.BusinessLicense, Reason: materials.ReasonExpired}
	assert.ErrorIs(t, p, materials.ErrExpired)
	assert.Nil(t, errors.Unwrap(p), "a problem has no cause")
	err := materials.ValidateCreditCode("91310000132260250Y")
	var re *materials.ReferenceError
	require.ErrorAs(t, err, &re)
	assert.Equal(t, materials.CheckCreditCode, re.Identifier)
	assert.Nil(t, errors.Unwrap(err))
	assert.ErrorIs(t, err, materials.ErrInvalidReference)
	assert.NotErrorIs(t, err, materials.ErrInvalidMaterial)
	long := materials.ValidateReference(materials.CheckPassport, strings.Repeat("A", 100_000)+"-")
	assert.Less(t, len(long.Error()), 200, "the input is cut short")
}

// TestManyRepeatsAreFoundInOnePass is the regression test of the quadratic
// search for repeated sections, identifiers and stand-ins: 200 000 of each
// used to be compared with every earlier one (2·10¹⁰ comparisons).
func TestManyRepeatsAreFoundInOnePass(t *testing.T) {
	const n = 200_000
	m := dossier()[9]
	m.Sections = make([]materials.Section, n)
	for i := range m.Sections {
		m.Sections[i] = materials.Plan
	}
	err := m.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "sections[1]: repeats plan")
	assert.Contains(t, err.Error(), "(and 199979 more problems)")

	r := materials.Requirement{Kind: materials.LegalRepID, Reference: materials.CheckResidentID,
		OtherReferences: make([]materials.ReferenceCheck, n), SatisfiedBy: make([]materials.StandIn, n)}
	for i := range n {
		r.OtherReferences[i] = materials.CheckPassport
		r.SatisfiedBy[i] = materials.StandIn{Kind: materials.BusinessLicense}
	}
	err = r.Validate()
	require.Error(t, err)
	assert.Contains(t, err.Error(), "other_references[1]: repeats passport")
	assert.Contains(t, err.Error(), "(and 399978 more problems)")
}

// TestReportMarshalRefusesWhatCannotBeRead checks that a report Check could
// not have made is not written, since it could not be read back.
func TestReportMarshalRefusesWhatCannotBeRead(t *testing.T) {
	for name, rep := range map[string]materials.Report{
		"a check date after 9999":      {AsOf: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)},
		"results without a check date": {Results: []materials.Result{{Kind: materials.QualityManual, Satisfied: true}}},
		"a result without a kind":      {AsOf: asOf, Results: []materials.Result{{Satisfied: true}}},
		"required, unmet, no problems": {AsOf: asOf, Results: []materials.Result{{Kind: materials.QualityManual}}},
		"satisfied yet with a problem": {AsOf: asOf, Results: []materials.Result{{Kind: materials.QualityManual, Satisfied: true, Problems: []materials.Problem{{Kind: materials.QualityManual, Reason: materials.ReasonMissing}}}}},
		"a problem of no reason":       {AsOf: asOf, General: []materials.Problem{{Kind: materials.QualityManual}}},
		"an invalid unused material":   {AsOf: asOf, Unused: []materials.Material{{Kind: materials.QualityManual}}, General: []materials.Problem{{Reason: materials.ReasonMissing}}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := json.Marshal(rep)
			require.Error(t, err)
			assert.True(t, errors.Is(err, materials.ErrInvalidReport) || errors.Is(err, materials.ErrInvalidMaterial), err.Error())
		})
	}
}
