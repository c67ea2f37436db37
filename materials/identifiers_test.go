package materials_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aftersales/certification/materials"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// realCreditCodes are real unified social credit codes, printed on the
// licences of the companies they name.
var realCreditCodes = []string{"91310000132260250X", "91440300708461136T", "914403001922038216"}

const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditCheck computes the GB 32100-2015 check character independently of
// the package, from the weights and formula of GB 32100-2015.
func creditCheck(first17 string) byte {
	weights := []int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}
	sum := 0
	for i, w := range weights {
		sum += strings.IndexByte(creditAlphabet, first17[i]) * w
	}
	return creditAlphabet[(31-sum%31)%31]
}

// orgCheck computes the GB 11714-1997 check character of an 8-character body.
func orgCheck(body string) byte {
	weights := []int{3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		c := body[i]
		v := int(c - '0')
		if c >= 'A' {
			v = int(c-'A') + 10
		}
		sum += v * w
	}
	switch c := 11 - sum%11; c {
	case 10:
		return 'X'
	case 11:
		return '0'
	default:
		return byte('0' + c)
	}
}

// residentCheck computes the GB 11643-1999 check character of 17 digits.
func residentCheck(first17 string) byte {
	weights := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i, w := range weights {
		sum += int(first17[i]-'0') * w
	}
	return "10X98765432"[sum%11]
}

// withResidentCheck appends the computed check character.
func withResidentCheck(first17 string) string { return first17 + string(residentCheck(first17)) }

// shortNames are the names of the identifiers in messages.
var shortNames = map[materials.ReferenceCheck]string{
	materials.CheckCreditCode: "credit code", materials.CheckOrganizationCode: "organization code", materials.CheckResidentID: "resident ID",
	materials.CheckPassport: "passport", materials.CheckForeignPermanentResidentID: "foreign permanent resident ID",
	materials.CheckHKMacaoTravelPermit: "Hong Kong/Macao travel permit", materials.CheckTaiwanTravelPermit: "Taiwan travel permit",
}

func requireReferenceError(t *testing.T, err error, identifier materials.ReferenceCheck, rule string, position int) *materials.ReferenceError {
	t.Helper()
	require.Error(t, err)
	assert.ErrorIs(t, err, materials.ErrInvalidReference)
	var re *materials.ReferenceError
	require.True(t, errors.As(err, &re), "error %v is not a *ReferenceError", err)
	assert.Equal(t, identifier, re.Identifier)
	assert.Equal(t, rule, re.Rule, "%v", err)
	assert.Equal(t, position, re.Position, "%v", err)
	assert.True(t, strings.HasPrefix(err.Error(), "materials: "+shortNames[identifier]+" "), err.Error())
	return re
}

func TestValidateCreditCode(t *testing.T) {
	t.Run("valid", func(t *testing.T) {
		for _, code := range realCreditCodes {
			assert.NoError(t, materials.ValidateCreditCode(code), code)
			// The test's own algorithm agrees with the real codes.
			assert.Equal(t, code[17], creditCheck(code[:17]), code)
			assert.Equal(t, code[16], orgCheck(code[8:16]), code)
		}
	})

	t.Run("every single-character substitution fails", func(t *testing.T) {
		for _, code := range realCreditCodes {
			for i := range len(code) {
				for _, r := range creditAlphabet + "IOSVZ" {
					if byte(r) == code[i] {
						continue
					}
					changed := code[:i] + string(r) + code[i+1:]
					assert.Error(t, materials.ValidateCreditCode(changed), changed)
				}
			}
		}
	})

	tests := []struct {
		name     string
		code     string
		rule     string
		position int
		message  string
	}{
		{"empty", "", materials.RuleLength, 0, "length is 0 characters, want 18"},
		{"too short", "91310000132260250", materials.RuleLength, 0, "length is 17 characters, want 18"},
		{"too long", "91310000132260250XX", materials.RuleLength, 0, "length is 19 characters, want 18"},
		{"full-width counted as one character", "91310000132260250Ｘ", materials.RuleFullWidth, 18, `full-width 'Ｘ'`},
		{"18 bytes but 14 characters", "９１310000132260", materials.RuleLength, 0, "length is 14 characters, want 18"},
		{"short with full-width characters", "９１3100001322602", materials.RuleLength, 0, "length is 15 characters, want 18"},
		{"full-width digit", "９1310000132260250X", materials.RuleFullWidth, 1, "position 1 is full-width"},
		{"lower case check", "91310000132260250x", materials.RuleLowerCase, 18, "lower case 'x'; write it in upper case"},
		{"letter I", "9I310000132260250X", materials.RuleCharacter, 2, `position 2 is 'I'`},
		{"letter O", "91310000132260250O", materials.RuleCharacter, 18, "position 18"},
		{"space", "91310000 32260250X", materials.RuleCharacter, 9, "position 9"},
		{"invalid utf-8", "9131000013226025\xff0", materials.RuleCharacter, 17, "position 17"},
		{"wrong check character", "91310000132260250Y", materials.RuleCheckCharacter, 18, `check character at position 18 is 'Y', want 'X'`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := materials.ValidateCreditCode(tc.code)
			requireReferenceError(t, err, materials.CheckCreditCode, tc.rule, tc.position)
			assert.Contains(t, err.Error(), tc.message)
		})
	}

	t.Run("embedded organization code", func(t *testing.T) {
		// Change the organisation code's own check character (position 17)
		// and repair the credit code's check character: only the embedded
		// code is then wrong.
		code := realCreditCodes[0]
		first17 := code[:16] + "1"
		bad := first17 + string(creditCheck(first17))
		err := materials.ValidateCreditCode(bad)
		requireReferenceError(t, err, materials.CheckCreditCode, materials.RuleOrganizationCode, 0)
		assert.Contains(t, err.Error(), `embedded organization code "132260251" at positions 9-17 is invalid`)
		assert.Contains(t, err.Error(), `want '0'`)
	})

	t.Run("long input is shortened in the message", func(t *testing.T) {
		err := materials.ValidateCreditCode(strings.Repeat("9", 1000))
		require.Error(t, err)
		assert.Less(t, len(err.Error()), 200)
	})
}

func TestValidateOrganizationCode(t *testing.T) {
	valid := []string{
		"132260250", "708461136", "192203821", // embedded in the real credit codes
		"13226025-0", // printed form with a hyphen
		"D2143569X",  // letters in the body, check 10 → X
	}
	// Build codes whose check is 11 → "0" and 10 → "X" from the algorithm.
	for _, body := range []string{"00000000", "ABCDEFGH", "12345678", "MA1G4K3Q"} {
		valid = append(valid, body+string(orgCheck(body)))
	}
	t.Run("valid", func(t *testing.T) {
		for _, code := range valid {
			assert.NoError(t, materials.ValidateOrganizationCode(code), code)
		}
	})
	t.Run("check digit mapping", func(t *testing.T) {
		// sum mod 11 = 1 → c = 10 → X; sum mod 11 = 0 → c = 11 → 0.
		assert.Equal(t, byte('0'), orgCheck("00000000"))
		assert.NoError(t, materials.ValidateOrganizationCode("000000000"))
		assert.NoError(t, materials.ValidateOrganizationCode("D2143569X"))
		assert.Equal(t, byte('X'), orgCheck("D2143569"))
	})

	tests := []struct {
		name     string
		code     string
		rule     string
		position int
		message  string
	}{
		{"empty", "", materials.RuleLength, 0, "length is 0 characters, want 9"},
		{"short", "13226025", materials.RuleLength, 0, "length is 8"},
		{"long", "1322602500", materials.RuleLength, 0, "length is 10"},
		{"hyphen in the wrong place", "1322602-50", materials.RuleLength, 0, "length is 10"},
		{"lower case body", "d2143569X", materials.RuleLowerCase, 1, "lower case"},
		{"lower case check", "D2143569x", materials.RuleLowerCase, 9, "lower case 'x'"},
		{"full-width", "１32260250", materials.RuleFullWidth, 1, "full-width"},
		{"punctuation", "1322602*0", materials.RuleCharacter, 8, "position 8"},
		{"wrong check", "132260251", materials.RuleCheckCharacter, 9, `is '1', want '0'`},
		{"wrong check with hyphen", "13226025-1", materials.RuleCheckCharacter, 10, "position 10"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := materials.ValidateOrganizationCode(tc.code)
			requireReferenceError(t, err, materials.CheckOrganizationCode, tc.rule, tc.position)
			assert.Contains(t, err.Error(), tc.message)
		})
	}

	t.Run("every single-digit substitution fails", func(t *testing.T) {
		// Mod 11 with weights below 11 catches every change of one digit.
		// It cannot catch every letter: value v and v+11 (e.g. "3" and "E")
		// weigh the same mod 11, a weakness of GB 11714 itself.
		for _, code := range []string{"132260250", "708461136", "192203821"} {
			for i := range len(code) {
				for r := '0'; r <= '9'; r++ {
					if byte(r) == code[i] {
						continue
					}
					changed := code[:i] + string(r) + code[i+1:]
					assert.Error(t, materials.ValidateOrganizationCode(changed), changed)
				}
			}
		}
		assert.NoError(t, materials.ValidateOrganizationCode("D214E569X"), "documented weakness: 3 and E weigh the same")
	})
}

func TestValidateResidentID(t *testing.T) {
	valid := []string{
		"11010519491231002X", // GB 11643-1999's own examples: born 1949
		"440524188001010014", // and born 1880: the standard sets no earliest year
		"440308199901010012",
		withResidentCheck("31010420000229123"), // born on a leap day
		withResidentCheck("31010418991231123"), // 1899, once refused
		withResidentCheck("31010421000101123"), // 2100: only a check on a date can refuse a future birth
		withResidentCheck("31010400010101123"), // year 1
	}
	t.Run("valid", func(t *testing.T) {
		assert.Equal(t, byte('X'), residentCheck("11010519491231002"))
		assert.Equal(t, byte('4'), residentCheck("44052418800101001"))
		for _, id := range valid {
			assert.NoError(t, materials.ValidateResidentID(id), id)
		}
	})

	t.Run("every check character but the right one fails", func(t *testing.T) {
		for _, id := range valid {
			for _, c := range "0123456789X" {
				if byte(c) == id[17] {
					continue
				}
				bad := id[:17] + string(c)
				requireReferenceError(t, materials.ValidateResidentID(bad), materials.CheckResidentID, materials.RuleCheckCharacter, 18)
			}
		}
	})

	t.Run("every single-digit substitution fails", func(t *testing.T) {
		id := valid[0]
		for i := range 17 {
			for c := '0'; c <= '9'; c++ {
				if byte(c) == id[i] {
					continue
				}
				changed := id[:i] + string(c) + id[i+1:]
				assert.Error(t, materials.ValidateResidentID(changed), changed)
			}
		}
	})

	tests := []struct {
		name     string
		id       string
		rule     string
		position int
		message  string
	}{
		{"empty", "", materials.RuleLength, 0, "length is 0 characters, want 18"},
		{"first generation, 15 digits", "110105491231002", materials.RuleLength, 0, "length is 15"},
		{"full-width X counted as one character", "11010519491231002Ｘ", materials.RuleFullWidth, 18, "full-width"},
		{"lower case x", "11010519491231002x", materials.RuleLowerCase, 18, "lower case 'x'; write it in upper case"},
		{"letter in the body", "1101051949123100AX", materials.RuleCharacter, 17, "want one of 0-9"},
		{"X before the end", "X10105194912310020", materials.RuleCharacter, 1, "position 1"},
		{"wrong check", "110105194912310021", materials.RuleCheckCharacter, 18, `is '1', want 'X'`},
		{"February 30", withResidentCheck("11010519490230002"), materials.RuleBirthDate, 0, "day 30 does not exist in 1949-02"},
		{"February 29 not in a leap year", withResidentCheck("11010519000229002"), materials.RuleBirthDate, 0, "day 29 does not exist in 1900-02"},
		{"April 31", withResidentCheck("11010519490431002"), materials.RuleBirthDate, 0, "day 31"},
		{"day 0", withResidentCheck("11010519490100002"), materials.RuleBirthDate, 0, "day 00"},
		{"month 13", withResidentCheck("11010519491301002"), materials.RuleBirthDate, 0, "month 13 does not exist"},
		{"month 0", withResidentCheck("11010519490001002"), materials.RuleBirthDate, 0, "month 00"},
		{"February 29 in 1800, a century not divisible by 400", withResidentCheck("11010518000229002"), materials.RuleBirthDate, 0, "day 29 does not exist in 1800-02"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := materials.ValidateResidentID(tc.id)
			requireReferenceError(t, err, materials.CheckResidentID, tc.rule, tc.position)
			assert.Contains(t, err.Error(), tc.message)
		})
	}
}

func FuzzValidateCreditCode(f *testing.F) {
	for _, s := range append(realCreditCodes, "", "91310000132260250x", "９1310000132260250X", "\xff") {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := materials.ValidateCreditCode(s)
		if err != nil {
			if !errors.Is(err, materials.ErrInvalidReference) {
				t.Fatalf("%q: error %v does not match ErrInvalidReference", s, err)
			}
			return
		}
		if len(s) != 18 || utf8.RuneCountInString(s) != 18 {
			t.Fatalf("%q passed with length %d", s, len(s))
		}
		for _, r := range s {
			if !strings.ContainsRune(creditAlphabet, r) {
				t.Fatalf("%q passed with character %q", s, r)
			}
		}
		if s[17] != creditCheck(s[:17]) {
			t.Fatalf("%q passed with a wrong check character", s)
		}
	})
}

func FuzzValidateOrganizationCode(f *testing.F) {
	for _, s := range []string{"132260250", "13226025-0", "D2143569X", "", "d2143569x", "１32260250"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := materials.ValidateOrganizationCode(s)
		if err != nil {
			if !errors.Is(err, materials.ErrInvalidReference) {
				t.Fatalf("%q: error %v does not match ErrInvalidReference", s, err)
			}
			return
		}
		body := strings.Replace(s, "-", "", 1)
		if len(body) != 9 || (len(s) == 10 && s[8] != '-') {
			t.Fatalf("%q passed with length %d", s, len(s))
		}
		for _, r := range body[:8] {
			if (r < '0' || r > '9') && (r < 'A' || r > 'Z') {
				t.Fatalf("%q passed with character %q", s, r)
			}
		}
		if body[8] != orgCheck(body[:8]) {
			t.Fatalf("%q passed with a wrong check character", s)
		}
	})
}

func FuzzValidateResidentID(f *testing.F) {
	for _, s := range []string{"11010519491231002X", "440524188001010014", "440308199901010012", "", "11010519491231002x", "11010519490230002X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		err := materials.ValidateResidentID(s)
		if err != nil {
			if !errors.Is(err, materials.ErrInvalidReference) {
				t.Fatalf("%q: error %v does not match ErrInvalidReference", s, err)
			}
			return
		}
		if len(s) != 18 {
			t.Fatalf("%q passed with length %d", s, len(s))
		}
		for i, r := range s {
			if (r < '0' || r > '9') && !(i == 17 && r == 'X') {
				t.Fatalf("%q passed with character %q", s, r)
			}
		}
		if s[17] != residentCheck(s[:17]) {
			t.Fatalf("%q passed with a wrong check character", s)
		}
		var y, m, d int
		if _, err := fmt.Sscanf(s[6:14], "%4d%2d%2d", &y, &m, &d); err != nil || m < 1 || m > 12 || d < 1 || d > 31 {
			t.Fatalf("%q passed with birth date %s", s, s[6:14])
		}
	})
}
