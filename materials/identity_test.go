package materials_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/aftersales/certification/materials"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// bornOn returns a valid resident ID number of someone born on yyyymmdd.
func bornOn(yyyymmdd string) string { return withResidentCheck("310104" + yyyymmdd + "123") }

// legalRep returns the result for legal_rep_id of the default checklist on
// asOf, for a dossier whose legal representative's ID is changed by f.
func legalRep(t *testing.T, asOf time.Time, f func(*materials.Material)) materials.Result {
	t.Helper()
	rep := materials.AfterSalesService().Check(with(materials.LegalRepID, f), asOf)
	res, ok := rep.Result(materials.LegalRepID)
	require.True(t, ok)
	require.Empty(t, rep.General)
	return res
}

func TestLegalRepresentativeAge(t *testing.T) {
	success := []struct {
		name string
		id   string
		asOf time.Time
	}{
		{"on the 18th birthday", bornOn("20080615"), d("2026-06-15")},
		{"born on Feb 29: 18 on Feb 28 of a common year", bornOn("20080229"), d("2026-02-28")},
		{"born on Feb 29: on Mar 1", bornOn("20080229"), d("2026-03-01")},
		{"the standard's example born in 1949", "11010519491231002X", d("2026-06-15")},
		{"the standard's example born in 1880", "440524188001010014", d("2026-06-15")},
		{"the 18th birthday read in Shanghai just after midnight", bornOn("20080615"),
			time.Date(2026, 6, 15, 0, 30, 0, 0, time.FixedZone("CST", 8*3600))},
	}
	for _, tc := range success {
		t.Run(tc.name, func(t *testing.T) {
			res := legalRep(t, tc.asOf, func(m *materials.Material) { m.Reference = tc.id })
			assert.True(t, res.Satisfied)
			assert.Empty(t, res.Problems)
		})
	}

	failure := []struct {
		name        string
		id          string
		asOf        time.Time
		is          error
		rule        string
		date, end   string // the problem's Date and End
		english     string
		chinese     string
		notMatching error
	}{
		{"the day before the 18th birthday", bornOn("20080615"), d("2026-06-14"), materials.ErrUnderage, materials.RuleMinimumAge,
			"2008-06-15", "2026-06-15",
			`Legal representative's identity document "法定代表人身份证": under age: born on 2008-06-15, not 18 until 2026-06-15 (minimum age 18)`,
			"法定代表人身份证明“法定代表人身份证”：未满 18 周岁（出生日期 2008-06-15，2026-06-15 年满 18 周岁）",
			materials.ErrInvalidReference},
		{"born on Feb 29: the day before Feb 28", bornOn("20080229"), d("2026-02-27"), materials.ErrUnderage, materials.RuleMinimumAge,
			"2008-02-29", "2026-02-28", "under age: born on 2008-02-29, not 18 until 2026-02-28", "未满 18 周岁", materials.ErrInvalidReference},
		{"born on the check date", bornOn("20260615"), d("2026-06-15"), materials.ErrUnderage, materials.RuleMinimumAge,
			"2026-06-15", "2044-06-15", "not 18 until 2044-06-15", "未满 18 周岁", materials.ErrInvalidReference},
		{"born the day after the check date", bornOn("20260616"), d("2026-06-15"), materials.ErrInvalidReference, materials.RuleBirthDate,
			"2026-06-16", "",
			`invalid reference: resident ID "` + bornOn("20260616") + `": birth date 2026-06-16 at positions 7-14 is after the check date 2026-06-15`,
			"号码 " + bornOn("20260616") + " 无效（出生日期 2026-06-16 晚于审查日期）",
			materials.ErrUnderage},
	}
	for _, tc := range failure {
		t.Run(tc.name, func(t *testing.T) {
			res := legalRep(t, tc.asOf, func(m *materials.Material) { m.Reference = tc.id })
			assert.False(t, res.Satisfied)
			require.Len(t, res.Problems, 1, "the ID's problem and nothing else")
			p := res.Problems[0]
			assert.ErrorIs(t, p, tc.is)
			assert.NotErrorIs(t, p, tc.notMatching)
			assert.Equal(t, tc.rule, p.Rule)
			assert.Equal(t, tc.id, p.Reference)
			assert.Equal(t, tc.date, p.Date.Format(time.DateOnly))
			if tc.end != "" {
				assert.Equal(t, tc.end, p.End.Format(time.DateOnly))
			}
			assert.Contains(t, p.English(), tc.english)
			assert.Contains(t, p.Chinese(), tc.chinese)
		})
	}

	t.Run("a checklist without a minimum age only refuses a birth after the check date", func(t *testing.T) {
		cl := materials.AfterSalesService()
		for i, r := range cl.Requirements {
			if r.Kind == materials.LegalRepID {
				cl.Requirements[i].MinAge = 0
			}
		}
		for id, want := range map[string]error{bornOn("20260615"): nil, bornOn("20260616"): materials.ErrInvalidReference} {
			rep := cl.Check(with(materials.LegalRepID, func(m *materials.Material) { m.Reference = id }), d("2026-06-15"))
			res, _ := rep.Result(materials.LegalRepID)
			if want == nil {
				assert.Empty(t, res.Problems, id)
				continue
			}
			require.NotEmpty(t, res.Problems, id)
			assert.ErrorIs(t, res.Problems[0], want, id)
		}
	})

	t.Run("an under-age problem survives JSON", func(t *testing.T) {
		res := legalRep(t, d("2026-06-14"), func(m *materials.Material) { m.Reference = bornOn("20080615") })
		data, err := json.Marshal(res.Problems[0])
		require.NoError(t, err)
		assert.Contains(t, string(data), `"reason":"underage"`)
		assert.Contains(t, string(data), `"rule":"minimum age"`)
		var back materials.Problem
		require.NoError(t, json.Unmarshal(data, &back))
		assert.True(t, back.Equal(res.Problems[0]))
		assert.ErrorIs(t, back, materials.ErrUnderage)
	})
}

// TestIdentityDocuments checks each identity document a legal
// representative may sign with, valid and invalid, through the reference
// check and through the default checklist (which accepts every one of them
// when the material names it in ReferenceType).
func TestIdentityDocuments(t *testing.T) {
	valid := []struct {
		name  string
		check materials.ReferenceCheck
		ref   string
	}{
		{"resident ID", materials.CheckResidentID, "11010519491231002X"},
		{"passport, 9 characters", materials.CheckPassport, "E12345678"},
		{"passport, 5 characters", materials.CheckPassport, "AB123"},
		{"passport, 20 characters", materials.CheckPassport, "ABCDEFGHIJ0123456789"},
		{"passport, digits only", materials.CheckPassport, "123456789"},
		{"foreign permanent resident ID, 2023 format", materials.CheckForeignPermanentResidentID, withResidentCheck("93112419800101001")},
		{"foreign permanent resident ID, 2023 format with X", materials.CheckForeignPermanentResidentID, fprWithCheck('X')},
		{"foreign permanent resident ID, format before 2023", materials.CheckForeignPermanentResidentID, "USA310080012345"},
		{"Hong Kong travel permit", materials.CheckHKMacaoTravelPermit, "H12345678"},
		{"Macao travel permit", materials.CheckHKMacaoTravelPermit, "M87654321"},
		{"Hong Kong travel permit of 1999-2012", materials.CheckHKMacaoTravelPermit, "H1234567801"},
		{"Taiwan travel permit", materials.CheckTaiwanTravelPermit, "01234567"},
	}
	for _, tc := range valid {
		t.Run("valid "+tc.name, func(t *testing.T) {
			require.NoError(t, materials.ValidateReference(tc.check, tc.ref))
			res := legalRep(t, asOf, func(m *materials.Material) { m.Reference, m.ReferenceType = tc.ref, tc.check })
			assert.True(t, res.Satisfied)
			assert.Empty(t, res.Problems)
			require.Len(t, res.Used, 1)
			assert.Equal(t, tc.check, res.Used[0].ReferenceType)
		})
	}

	invalid := []struct {
		name       string
		check      materials.ReferenceCheck
		ref        string
		identifier materials.ReferenceCheck
		rule       string
		position   int
		message    string
	}{
		{"passport too short", materials.CheckPassport, "E123", materials.CheckPassport, materials.RuleLength, 0, "length is 4 characters, want 5 to 20"},
		{"passport too long", materials.CheckPassport, "ABCDEFGHIJ01234567890", materials.CheckPassport, materials.RuleLength, 0, "length is 21 characters"},
		{"passport with a hyphen", materials.CheckPassport, "E1234-678", materials.CheckPassport, materials.RuleCharacter, 6, "want one of A-Z and 0-9"},
		{"passport in lower case", materials.CheckPassport, "e12345678", materials.CheckPassport, materials.RuleLowerCase, 1, "lower case"},
		{"passport with a full-width digit", materials.CheckPassport, "E1234567８", materials.CheckPassport, materials.RuleFullWidth, 9, "full-width"},
		{"passport with a space", materials.CheckPassport, "E 2345678", materials.CheckPassport, materials.RuleCharacter, 2, "position 2"},
		{"permanent resident ID, wrong check", materials.CheckForeignPermanentResidentID, fprWithCheck('0'), materials.CheckForeignPermanentResidentID, materials.RuleCheckCharacter, 18, "is '0', want 'X'"},
		{"permanent resident ID, 2023 format not starting with 9", materials.CheckForeignPermanentResidentID, "11010519491231002X", materials.CheckForeignPermanentResidentID, materials.RuleCharacter, 1, "want '9'"},
		{"permanent resident ID, lower-case x", materials.CheckForeignPermanentResidentID, fprWithCheck('x'), materials.CheckForeignPermanentResidentID, materials.RuleLowerCase, 18, "lower case"},
		{"permanent resident ID, 17 characters", materials.CheckForeignPermanentResidentID, "93112419800101001", materials.CheckForeignPermanentResidentID, materials.RuleLength, 0, "want 18 (or 15 in the format before 2023)"},
		{"permanent resident ID before 2023, digit in the nationality", materials.CheckForeignPermanentResidentID, "US1310080012345", materials.CheckForeignPermanentResidentID, materials.RuleCharacter, 3, "A-Z"},
		{"permanent resident ID before 2023, letter in the digits", materials.CheckForeignPermanentResidentID, "USA31008001234A", materials.CheckForeignPermanentResidentID, materials.RuleCharacter, 15, "0-9"},
		{"permanent resident ID before 2023, lower case", materials.CheckForeignPermanentResidentID, "usa310080012345", materials.CheckForeignPermanentResidentID, materials.RuleLowerCase, 1, "lower case"},
		{"Hong Kong permit, 7 digits", materials.CheckHKMacaoTravelPermit, "H1234567", materials.CheckHKMacaoTravelPermit, materials.RuleLength, 0, "want 9"},
		{"Hong Kong permit, 9 digits", materials.CheckHKMacaoTravelPermit, "H123456789", materials.CheckHKMacaoTravelPermit, materials.RuleLength, 0, "length is 10"},
		{"permit for Taiwan with a Hong Kong letter", materials.CheckHKMacaoTravelPermit, "T12345678", materials.CheckHKMacaoTravelPermit, materials.RuleCharacter, 1, "H (Hong Kong) or M (Macao)"},
		{"Hong Kong permit in lower case", materials.CheckHKMacaoTravelPermit, "h12345678", materials.CheckHKMacaoTravelPermit, materials.RuleLowerCase, 1, "lower case"},
		{"Hong Kong permit, letter among the digits", materials.CheckHKMacaoTravelPermit, "H1234567A", materials.CheckHKMacaoTravelPermit, materials.RuleCharacter, 9, "0-9"},
		{"Taiwan permit, 7 digits", materials.CheckTaiwanTravelPermit, "0123456", materials.CheckTaiwanTravelPermit, materials.RuleLength, 0, "want 8"},
		{"Taiwan permit, 10 digits of a booklet before 2008", materials.CheckTaiwanTravelPermit, "0123456701", materials.CheckTaiwanTravelPermit, materials.RuleLength, 0, "length is 10"},
		{"Taiwan permit with a letter", materials.CheckTaiwanTravelPermit, "0123456B", materials.CheckTaiwanTravelPermit, materials.RuleCharacter, 8, "0-9"},
		{"empty passport", materials.CheckPassport, "", materials.CheckPassport, materials.RuleLength, 0, "no passport given"},
	}
	for _, tc := range invalid {
		t.Run("invalid "+tc.name, func(t *testing.T) {
			err := materials.ValidateReference(tc.check, tc.ref)
			re := requireReferenceError(t, err, tc.identifier, tc.rule, tc.position)
			assert.Contains(t, re.Detail, tc.message)
			res := legalRep(t, asOf, func(m *materials.Material) { m.Reference, m.ReferenceType = tc.ref, tc.check })
			assert.False(t, res.Satisfied)
			require.NotEmpty(t, res.Problems)
			p := res.Problems[0]
			assert.ErrorIs(t, p, materials.ErrInvalidReference)
			assert.Equal(t, tc.rule, p.Rule)
			assert.Contains(t, p.English(), shortNames[tc.identifier])
			assert.Contains(t, p.Chinese(), "无效")
		})
	}
}

// fprWithCheck returns a 2023-format foreign permanent resident ID whose
// check character is c; it is valid for c = 'X'.
func fprWithCheck(c byte) string {
	const first17 = "93115619800101001"
	if residentCheck(first17) != 'X' {
		panic("fprWithCheck: the test number no longer has the check X")
	}
	return first17 + string(c)
}

func TestReferenceType(t *testing.T) {
	t.Run("the reference type the requirement asks for first may be named", func(t *testing.T) {
		res := legalRep(t, asOf, func(m *materials.Material) { m.ReferenceType = materials.CheckResidentID })
		assert.True(t, res.Satisfied)
	})
	t.Run("a passport number is not a resident ID", func(t *testing.T) {
		res := legalRep(t, asOf, func(m *materials.Material) { m.Reference = "E12345678" })
		require.NotEmpty(t, res.Problems)
		assert.Equal(t, materials.RuleLength, res.Problems[0].Rule)
	})
	t.Run("an identifier the requirement does not accept", func(t *testing.T) {
		res := legalRep(t, asOf, func(m *materials.Material) {
			m.Reference, m.ReferenceType = "91310000132260250X", materials.CheckCreditCode
		})
		assert.False(t, res.Satisfied)
		require.NotEmpty(t, res.Problems)
		p := res.Problems[0]
		assert.ErrorIs(t, p, materials.ErrInvalidReference)
		assert.Equal(t, materials.RuleNotAccepted, p.Rule)
		assert.Contains(t, p.Error(), "the unified social credit code is not accepted: want the resident ID number, passport number")
		assert.Contains(t, p.Chinese(), "（不接受此类证件）")
	})
	t.Run("a requirement without a reference check ignores the type", func(t *testing.T) {
		rep := materials.AfterSalesService().Check(with(materials.QualityManual, func(m *materials.Material) {
			m.Reference, m.ReferenceType = "nonsense", materials.CheckPassport
		}), asOf)
		assert.NoError(t, rep.Err())
	})
	t.Run("a stand-in must carry the identifier the stand-in asks for", func(t *testing.T) {
		ms := with(materials.BusinessLicense, func(m *materials.Material) { m.ReferenceType = materials.CheckOrganizationCode })
		rep := materials.AfterSalesService().Check(ms, asOf)
		org, _ := rep.Result(materials.OrganizationCode)
		assert.False(t, org.Satisfied, "a licence that says it carries an organisation code does not stand in")
		lic, _ := rep.Result(materials.BusinessLicense)
		require.NotEmpty(t, lic.Problems)
		assert.Equal(t, materials.RuleNotAccepted, lic.Problems[0].Rule)
	})
	t.Run("passport holders are not checked for age", func(t *testing.T) {
		res := legalRep(t, d("2026-06-15"), func(m *materials.Material) { m.Reference, m.ReferenceType = "E12345678", materials.CheckPassport })
		assert.True(t, res.Satisfied)
	})
	t.Run("a material with an unknown reference type is invalid", func(t *testing.T) {
		m := dossier()[2]
		m.ReferenceType = 20
		err := m.Validate()
		assert.ErrorIs(t, err, materials.ErrInvalidMaterial)
		assert.ErrorContains(t, err, "materials: invalid material: reference_type: reference check(20) is unknown")
		rep := materials.AfterSalesService().Check(with(materials.LegalRepID, func(x *materials.Material) { x.ReferenceType = 20 }), asOf)
		require.NotEmpty(t, rep.General)
		assert.ErrorIs(t, rep.General[0], materials.ErrInvalidMaterial)
	})
	t.Run("the type is part of a material's identity", func(t *testing.T) {
		a := dossier()[2]
		b := a
		b.ReferenceType = materials.CheckResidentID
		assert.False(t, a.Equal(b))
		rep := materials.AfterSalesService().Check(append(dossier(), b), asOf)
		assert.Empty(t, rep.General, "not a duplicate")
	})
	t.Run("JSON", func(t *testing.T) {
		m := dossier()[2]
		m.Reference, m.ReferenceType = "H12345678", materials.CheckHKMacaoTravelPermit
		data, err := json.Marshal(m)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"reference":"H12345678","reference_type":"hk_macao_travel_permit"`)
		var back materials.Material
		require.NoError(t, json.Unmarshal(data, &back))
		assert.True(t, back.Equal(m))

		data, err = json.Marshal(dossier()[2])
		require.NoError(t, err)
		assert.NotContains(t, string(data), "reference_type", "left out when zero")

		before := back
		err = json.Unmarshal([]byte(`{"kind":"legal_rep_id","title":"x","issued_on":"2020-01-01","reference_type":"driving_licence"}`), &back)
		assert.ErrorIs(t, err, materials.ErrInvalidMaterial)
		assert.ErrorContains(t, err, `materials: invalid material: reference_type: unknown identifier "driving_licence"`)
		assert.True(t, back.Equal(before), "unchanged")
	})
}

func TestRequirementOtherReferencesAndMinAge(t *testing.T) {
	base := materials.Requirement{Kind: materials.LegalRepID, Reference: materials.CheckResidentID}
	valid := []struct {
		name string
		r    func(materials.Requirement) materials.Requirement
	}{
		{"other references", func(r materials.Requirement) materials.Requirement {
			r.OtherReferences = []materials.ReferenceCheck{materials.CheckPassport}
			return r
		}},
		{"resident ID among the others carries the min age", func(r materials.Requirement) materials.Requirement {
			r.Reference, r.OtherReferences, r.MinAge = materials.CheckPassport, []materials.ReferenceCheck{materials.CheckResidentID}, 18
			return r
		}},
		{"min age at its bound", func(r materials.Requirement) materials.Requirement { r.MinAge = 150; return r }},
	}
	for _, tc := range valid {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r(base)
			require.NoError(t, r.Validate())
			cl := materials.Checklist{Requirements: []materials.Requirement{r}}
			data, err := json.Marshal(cl)
			require.NoError(t, err)
			var back materials.Checklist
			require.NoError(t, json.Unmarshal(data, &back))
			assert.True(t, back.Equal(cl), string(data))
		})
	}

	invalid := []struct {
		name string
		r    func(materials.Requirement) materials.Requirement
		msg  string
	}{
		{"others without a reference", func(r materials.Requirement) materials.Requirement {
			r.Reference, r.OtherReferences = 0, []materials.ReferenceCheck{materials.CheckPassport}
			return r
		}, "other_references: given without a reference"},
		{"a zero other reference", func(r materials.Requirement) materials.Requirement {
			r.OtherReferences = []materials.ReferenceCheck{0}
			return r
		}, "other_references[0]: reference check(0) is unknown"},
		{"an unknown other reference", func(r materials.Requirement) materials.Requirement {
			r.OtherReferences = []materials.ReferenceCheck{materials.CheckPassport, 20}
			return r
		}, "other_references[1]: reference check(20) is unknown"},
		{"the reference again", func(r materials.Requirement) materials.Requirement {
			r.OtherReferences = []materials.ReferenceCheck{materials.CheckResidentID}
			return r
		}, "other_references[0]: repeats the reference, resident_id"},
		{"an other reference twice", func(r materials.Requirement) materials.Requirement {
			r.OtherReferences = []materials.ReferenceCheck{materials.CheckPassport, materials.CheckPassport}
			return r
		}, "other_references[1]: repeats passport"},
		{"a negative min age", func(r materials.Requirement) materials.Requirement { r.MinAge = -1; return r }, "min_age: -1 is negative"},
		{"a min age beyond its bound", func(r materials.Requirement) materials.Requirement { r.MinAge = 151; return r }, "min_age: 151 is more than 150"},
		{"a min age without a resident ID", func(r materials.Requirement) materials.Requirement {
			r.Reference, r.MinAge = materials.CheckPassport, 18
			return r
		}, "min_age: 18 needs resident_id among the references"},
	}
	for _, tc := range invalid {
		t.Run(tc.name, func(t *testing.T) {
			r := tc.r(base)
			err := r.Validate()
			assert.ErrorIs(t, err, materials.ErrInvalidChecklist)
			assert.ErrorContains(t, err, tc.msg)
			rep := materials.Checklist{Requirements: []materials.Requirement{r}}.Check(nil, asOf)
			require.Len(t, rep.General, 1)
			assert.ErrorIs(t, rep.General[0], materials.ErrInvalidChecklist)
		})
	}

	t.Run("JSON errors name the field", func(t *testing.T) {
		for doc, msg := range map[string]string{
			`[{"kind":"legal_rep_id","reference":"resident_id","other_references":["passport","visa"]}]`: `requirements[0].other_references[1]: unknown identifier "visa"`,
			`[{"kind":"legal_rep_id","reference":"resident_id","other_references":[""]}]`:                `requirements[0].other_references[0]: unknown identifier ""`,
			`[{"kind":"legal_rep_id","reference":"resident_id","min_age":"18"}]`:                         `min_age`,
			`[{"kind":"legal_rep_id","reference":"passport","min_age":18}]`:                              `requirements[0].min_age: 18 needs resident_id`,
		} {
			var got materials.Checklist
			err := json.Unmarshal([]byte(doc), &got)
			assert.ErrorIs(t, err, materials.ErrInvalidChecklist, doc)
			assert.ErrorContains(t, err, msg, doc)
			assert.True(t, got.IsZero())
		}
	})

	t.Run("Equal compares the new fields", func(t *testing.T) {
		a := materials.AfterSalesService()
		b := materials.AfterSalesService()
		require.True(t, a.Equal(b))
		for i, r := range b.Requirements {
			if r.Kind == materials.LegalRepID {
				b.Requirements[i].MinAge = 21
			}
		}
		assert.False(t, a.Equal(b))
		c := materials.AfterSalesService()
		for i, r := range c.Requirements {
			if r.Kind == materials.LegalRepID {
				c.Requirements[i].OtherReferences = r.OtherReferences[:2]
			}
		}
		assert.False(t, a.Equal(c))
	})
}

// The reference checks are errors with the package's sentinel, never a
// panic, whatever the input.
func FuzzIdentityDocuments(f *testing.F) {
	for _, s := range []string{"E12345678", "H12345678", "M1234567801", "01234567", "USA310080012345", fprWithCheck('X'), "", "h1", "９", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []materials.ReferenceCheck{materials.CheckPassport, materials.CheckForeignPermanentResidentID, materials.CheckHKMacaoTravelPermit, materials.CheckTaiwanTravelPermit} {
			err := materials.ValidateReference(c, s)
			if err == nil {
				for _, r := range s {
					if (r < '0' || r > '9') && (r < 'A' || r > 'Z') {
						t.Fatalf("%s %q passed with character %q", c, s, r)
					}
				}
				if len(s) < 5 || len(s) > 20 {
					t.Fatalf("%s %q passed with length %d", c, s, len(s))
				}
				if c == materials.CheckForeignPermanentResidentID && len(s) == 18 && s[17] != residentCheck(s[:17]) {
					t.Fatalf("%s %q passed with a wrong check character", c, s)
				}
				continue
			}
			var re *materials.ReferenceError
			if !errors.Is(err, materials.ErrInvalidReference) || !errors.As(err, &re) {
				t.Fatalf("%s %q: error %v is not a *ReferenceError matching ErrInvalidReference", c, s, err)
			}
		}
	})
}
