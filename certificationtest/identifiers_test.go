package certificationtest_test

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/certificationtest"
	"github.com/aftersales/certification/materials"
)

// prefixes are positions 1–2 of a credit code by entity type, as GB
// 32100-2015 assigns them.
var prefixes = map[certificationtest.EntityType]string{
	certificationtest.Enterprise:         "91",
	certificationtest.IndividualBusiness: "92",
	certificationtest.FarmersCooperative: "93",
	certificationtest.PublicInstitution:  "12",
	certificationtest.SocialOrganization: "51",
}

var seeds = []uint64{0, 1, 7, 42, 499, 500, 13226025, 99_999_999, 100_000_000, 123_456_789_012, math.MaxUint64}

// TestRealCodes rebuilds published codes from their parts: real companies'
// credit codes and organisation codes, and the resident IDs GB 11643-1999
// gives as examples. The makers compute what the standards' own examples
// print.
func TestRealCodes(t *testing.T) {
	credit := []struct {
		division string
		seed     uint64
		want     string
	}{
		{"310000", 13226025, "91310000132260250X"},
		{"440300", 70846113, "91440300708461136T"},
		{"440300", 19220382, "914403001922038216"},
	}
	for _, c := range credit {
		got, err := certificationtest.CreditCode(certificationtest.Enterprise, c.division, c.seed)
		require.NoError(t, err)
		assert.Equal(t, c.want, got)
		assert.Equal(t, c.want[8:17], certificationtest.OrganizationCode(c.seed))
	}
	resident := []struct {
		division string
		born     string
		sex      certificationtest.Sex
		seed     uint64
		want     string
	}{
		{"110105", "1949-12-31", certificationtest.Female, 1, "11010519491231002X"},
		{"440524", "1880-01-01", certificationtest.Male, 0, "440524188001010014"},
	}
	for _, r := range resident {
		got, err := certificationtest.ResidentID(r.division, day(r.born), r.sex, r.seed)
		require.NoError(t, err)
		assert.Equal(t, r.want, got)
	}
}

func TestOrganizationCode(t *testing.T) {
	checks := map[byte]bool{}
	for seed := uint64(0); seed < 200_000; seed += 7 {
		code := certificationtest.OrganizationCode(seed)
		require.NoError(t, materials.ValidateOrganizationCode(code), code)
		require.Equal(t, fmt.Sprintf("%08d", seed), code[:8])
		checks[code[8]] = true
	}
	assert.Len(t, checks, 11, "every check character, X for 10 and 0 for 11 included")
	for _, seed := range seeds {
		code := certificationtest.OrganizationCode(seed)
		assert.NoError(t, materials.ValidateOrganizationCode(code), code)
		assert.Equal(t, fmt.Sprintf("%08d", seed%100_000_000), code[:8])
	}
}

func TestCreditCode(t *testing.T) {
	for _, entity := range certificationtest.EntityTypes() {
		for _, division := range []string{"100000", "110000", "310000", "310115", "440300", "820000", "899999"} {
			for _, seed := range seeds {
				code, err := certificationtest.CreditCode(entity, division, seed)
				require.NoError(t, err)
				require.NoError(t, materials.ValidateCreditCode(code), "%s %s %d: %s", entity, division, seed, code)
				assert.Equal(t, prefixes[entity], code[:2])
				assert.Equal(t, division, code[2:8])
				assert.Equal(t, certificationtest.OrganizationCode(seed), code[8:17])
				assert.Equal(t, code, certificationtest.MustCreditCode(entity, division, seed))
			}
		}
	}
	assert.Len(t, prefixes, len(certificationtest.EntityTypes()))
}

func TestCreditCodeErrors(t *testing.T) {
	cases := []struct {
		name     string
		entity   certificationtest.EntityType
		division string
		fields   []string
		unknown  bool
	}{
		{"short division", certificationtest.Enterprise, "31000", []string{"division"}, false},
		{"long division", certificationtest.Enterprise, "3100000", []string{"division"}, false},
		{"empty division", certificationtest.Enterprise, "", []string{"division"}, false},
		{"division starting with 0", certificationtest.Enterprise, "010000", []string{"division"}, false},
		{"division starting with 9", certificationtest.Enterprise, "910000", []string{"division"}, false},
		{"letter in division", certificationtest.Enterprise, "31000A", []string{"division"}, false},
		{"full-width division", certificationtest.Enterprise, "３１００００", []string{"division"}, false},
		{"zero entity type", 0, "310000", []string{"entity_type"}, true},
		{"unknown entity type", 99, "310000", []string{"entity_type"}, true},
		{"both", 0, "31", []string{"entity_type", "division"}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, err := certificationtest.CreditCode(c.entity, c.division, 1)
			require.Error(t, err)
			assert.Empty(t, code)
			assert.ErrorIs(t, err, certificationtest.ErrInvalidIdentifier)
			assert.Equal(t, c.unknown, errors.Is(err, certificationtest.ErrUnknownCode))
			assert.Equal(t, c.fields[0], fieldOf(err))
			assert.Equal(t, len(c.fields), strings.Count(err.Error(), "certificationtest: invalid identifier:"), err.Error())
			assert.PanicsWithValue(t, "certificationtest.MustCreditCode: "+err.Error(), func() {
				certificationtest.MustCreditCode(c.entity, c.division, 1)
			})
		})
	}
}

func TestResidentID(t *testing.T) {
	borns := []time.Time{
		day("0001-01-02"), day("1880-01-01"), day("1949-12-31"), day("2000-02-29"), day("2008-06-15"), day("9999-12-31"),
		time.Date(2026, 3, 10, 0, 30, 0, 0, shanghai), // 2026-03-09 in UTC
	}
	for _, born := range borns {
		for _, sex := range certificationtest.Sexes() {
			for _, seed := range seeds {
				id, err := certificationtest.ResidentID("310104", born, sex, seed)
				require.NoError(t, err)
				require.NoError(t, materials.ValidateResidentID(id), id)
				assert.Equal(t, "310104", id[:6])
				assert.Equal(t, born.Format("20060102"), id[6:14], "the birth date in its own location")
				assert.Equal(t, fmt.Sprintf("%03d", seed%500*2+map[certificationtest.Sex]uint64{certificationtest.Male: 1}[sex]), id[14:17])
				assert.Equal(t, sex == certificationtest.Male, (id[16]-'0')%2 == 1, "odd 17th digit for a man")
				assert.Equal(t, id, certificationtest.MustResidentID("310104", born, sex, seed))
			}
		}
	}
}

func TestResidentIDErrors(t *testing.T) {
	cases := []struct {
		name     string
		division string
		born     time.Time
		sex      certificationtest.Sex
		fields   []string
	}{
		{"bad division", "31010", day("1980-01-01"), certificationtest.Male, []string{"division"}},
		{"foreign division", "910104", day("1980-01-01"), certificationtest.Male, []string{"division"}},
		{"zero birth date", "310104", time.Time{}, certificationtest.Male, []string{"born"}},
		{"first day of year 1", "310104", time.Date(1, 1, 1, 0, 0, 0, 0, shanghai), certificationtest.Male, []string{"born"}},
		{"year 10000", "310104", time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), certificationtest.Male, []string{"born"}},
		{"zero sex", "310104", day("1980-01-01"), 0, []string{"sex"}},
		{"unknown sex", "310104", day("1980-01-01"), 3, []string{"sex"}},
		{"all three", "", time.Time{}, 0, []string{"division", "born", "sex"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			id, err := certificationtest.ResidentID(c.division, c.born, c.sex, 1)
			require.Error(t, err)
			assert.Empty(t, id)
			assert.ErrorIs(t, err, certificationtest.ErrInvalidIdentifier)
			assert.Equal(t, c.fields[0], fieldOf(err))
			assert.Equal(t, len(c.fields), strings.Count(err.Error(), "certificationtest: invalid identifier:"), err.Error())
			assert.Equal(t, c.sex == 0 || c.sex == 3, errors.Is(err, certificationtest.ErrUnknownCode))
			assert.Panics(t, func() { certificationtest.MustResidentID(c.division, c.born, c.sex, 1) })
		})
	}
}

// TestReference makes every identifier a material may carry and checks it
// as that identifier.
func TestReference(t *testing.T) {
	for _, c := range materials.ReferenceChecks() {
		distinct := map[string]bool{}
		for _, seed := range seeds {
			ref, err := certificationtest.Reference(c, seed)
			require.NoError(t, err)
			require.NoError(t, materials.ValidateReference(c, ref), "%s %d: %s", c, seed, ref)
			distinct[ref] = true
		}
		assert.Greater(t, len(distinct), 5, "%s: seeds give different identifiers", c)
	}
	ref, _ := certificationtest.Reference(materials.CheckCreditCode, 9)
	assert.Equal(t, certificationtest.MustCreditCode(certificationtest.Enterprise, "310000", 9), ref)
	ref, _ = certificationtest.Reference(materials.CheckResidentID, 9)
	assert.Equal(t, certificationtest.MustResidentID("310104", day("1980-01-01"), certificationtest.Male, 9), ref)
	for _, c := range []materials.ReferenceCheck{0, 99} {
		ref, err := certificationtest.Reference(c, 1)
		assert.Empty(t, ref)
		assert.ErrorIs(t, err, certificationtest.ErrInvalidIdentifier)
		assert.Equal(t, "check", fieldOf(err))
	}
}

func TestEnums(t *testing.T) {
	for _, e := range certificationtest.EntityTypes() {
		got, err := certificationtest.ParseEntityType(e.String())
		require.NoError(t, err)
		assert.Equal(t, e, got)
		assert.NotEmpty(t, e.Chinese())
		assert.NotEmpty(t, e.English())
		text, err := e.MarshalText()
		require.NoError(t, err)
		var back certificationtest.EntityType
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, e, back)
	}
	for _, s := range certificationtest.Sexes() {
		got, err := certificationtest.ParseSex(s.String())
		require.NoError(t, err)
		assert.Equal(t, s, got)
		text, err := s.MarshalText()
		require.NoError(t, err)
		var back certificationtest.Sex
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, s, back)
	}
	assert.Equal(t, "男", certificationtest.Male.Chinese())
	assert.Equal(t, "企业", certificationtest.Enterprise.Chinese())
	_, err := certificationtest.ParseEntityType("company")
	assert.ErrorIs(t, err, certificationtest.ErrUnknownCode)
	_, err = certificationtest.ParseSex("Male")
	assert.ErrorIs(t, err, certificationtest.ErrUnknownCode)
	_, err = certificationtest.EntityType(0).MarshalText()
	assert.ErrorIs(t, err, certificationtest.ErrUnknownCode)
	s := certificationtest.Female
	assert.ErrorIs(t, s.UnmarshalText([]byte("x")), certificationtest.ErrUnknownCode)
	assert.Equal(t, certificationtest.Female, s, "unchanged")
	assert.False(t, certificationtest.Sex(0).IsValid())
}

// FuzzIdentifiers: whatever division, birth date, sex, entity type and seed
// a maker accepts, what it makes passes the materials package's validator.
func FuzzIdentifiers(f *testing.F) {
	f.Add("310000", 1980, 1, 1, uint8(1), uint8(1), uint64(13226025), uint8(3))
	f.Add("110105", 1949, 12, 31, uint8(2), uint8(5), uint64(1), uint8(7))
	f.Add("999999", 0, 13, 32, uint8(0), uint8(0), uint64(math.MaxUint64), uint8(0))
	f.Add("31000", 10000, 2, 29, uint8(3), uint8(6), uint64(0), uint8(99))
	f.Fuzz(func(t *testing.T, division string, year, month, dayOfMonth int, sex, entity uint8, seed uint64, check uint8) {
		if code, err := certificationtest.CreditCode(certificationtest.EntityType(entity), division, seed); err == nil {
			if err := materials.ValidateCreditCode(code); err != nil {
				t.Fatalf("CreditCode(%d, %q, %d) = %q: %v", entity, division, seed, code, err)
			}
		} else if !errors.Is(err, certificationtest.ErrInvalidIdentifier) {
			t.Fatalf("CreditCode error %v does not match ErrInvalidIdentifier", err)
		}
		born := time.Date(year%20000, time.Month(month%24), dayOfMonth%64, 0, 0, 0, 0, time.UTC)
		if id, err := certificationtest.ResidentID(division, born, certificationtest.Sex(sex), seed); err == nil {
			if err := materials.ValidateResidentID(id); err != nil {
				t.Fatalf("ResidentID(%q, %s, %d, %d) = %q: %v", division, born, sex, seed, id, err)
			}
			if id[6:14] != born.Format("20060102") {
				t.Fatalf("ResidentID(%q, %s, …) = %q: not the birth date", division, born, id)
			}
		} else if !errors.Is(err, certificationtest.ErrInvalidIdentifier) {
			t.Fatalf("ResidentID error %v does not match ErrInvalidIdentifier", err)
		}
		if code := certificationtest.OrganizationCode(seed); materials.ValidateOrganizationCode(code) != nil {
			t.Fatalf("OrganizationCode(%d) = %q is invalid", seed, code)
		}
		c := materials.ReferenceCheck(check)
		if ref, err := certificationtest.Reference(c, seed); err == nil {
			if err := materials.ValidateReference(c, ref); err != nil {
				t.Fatalf("Reference(%s, %d) = %q: %v", c, seed, ref, err)
			}
		} else if c.IsValid() {
			t.Fatalf("Reference(%s, %d): %v", c, seed, err)
		}
	})
}
