package materials

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// The rules an identifier can fail, used in [ReferenceError.Rule] and
// [Problem.Rule].
const (
	RuleLength           = "length"            // wrong number of characters (counted as runes)
	RuleLowerCase        = "lower case"        // a lower-case letter where only capitals are allowed
	RuleFullWidth        = "full-width"        // a full-width character such as "１" or "Ａ"
	RuleCharacter        = "character"         // a character outside the identifier's alphabet
	RuleCheckCharacter   = "check character"   // the last character does not match the others
	RuleOrganizationCode = "organization code" // positions 9–17 of a credit code are not a valid organisation code
	RuleBirthDate        = "birth date"        // positions 7–14 of a resident ID are not a real date, or (on a check date) a date after it
	RuleNotAccepted      = "not accepted"      // a material names an identifier its requirement does not accept
	RuleMinimumAge       = "minimum age"       // the person a resident ID names is younger than the requirement's MinAge on the check date
)

// ReferenceError says why an identifier is invalid. It matches
// [ErrInvalidReference] with errors.Is.
type ReferenceError struct {
	// Identifier is the identifier checked.
	Identifier ReferenceCheck
	// Input is the value checked, as given.
	Input string
	// Rule is the rule that failed: one of the Rule constants.
	Rule string
	// Position is the 1-based character (rune) position the rule is about,
	// or 0 when it is about the whole value (length, birth date).
	Position int
	// Detail says what was found and what was expected, in words.
	Detail string
}

// Error returns a message such as
// `materials: credit code "91310000132260250Y": check character at position 18 is 'Y', want 'X'`,
// the input cut short when it is long.
func (e *ReferenceError) Error() string {
	return "materials: " + e.Identifier.shortName() + " " + errs.Quote(e.Input) + ": " + e.Detail
}

// Is reports whether target is [ErrInvalidReference].
func (e *ReferenceError) Is(target error) bool { return target == ErrInvalidReference }

// referenceShortNames are the names of the identifiers in messages, indexed
// by ReferenceCheck.
var referenceShortNames = [...]string{
	CheckCreditCode:                 "credit code",
	CheckOrganizationCode:           "organization code",
	CheckResidentID:                 "resident ID",
	CheckPassport:                   "passport",
	CheckForeignPermanentResidentID: "foreign permanent resident ID",
	CheckHKMacaoTravelPermit:        "Hong Kong/Macao travel permit",
	CheckTaiwanTravelPermit:         "Taiwan travel permit",
}

// shortName returns c's name in messages, or its String for an unknown c.
func (c ReferenceCheck) shortName() string {
	if !c.IsValid() {
		return c.String()
	}
	return referenceShortNames[c]
}

// referenceValidators are the format checks, indexed by ReferenceCheck.
var referenceValidators = [...]func(string) error{
	CheckCreditCode:                 ValidateCreditCode,
	CheckOrganizationCode:           ValidateOrganizationCode,
	CheckResidentID:                 ValidateResidentID,
	CheckPassport:                   validatePassport,
	CheckForeignPermanentResidentID: validateForeignPermanentResidentID,
	CheckHKMacaoTravelPermit:        validateHKMacaoTravelPermit,
	CheckTaiwanTravelPermit:         validateTaiwanTravelPermit,
}

// ValidateReference checks the format of ref as the identifier c names (see
// the package doc's Identifiers section): nil, or a [*ReferenceError]
// matching [ErrInvalidReference]. An empty ref is an error of Rule
// RuleLength that says no identifier was given; an unknown c is an error
// with no Rule. What needs a date (a birth date after it, an age) is checked
// by [Checklist.Check].
func ValidateReference(c ReferenceCheck, ref string) error {
	switch {
	case !c.IsValid():
		return &ReferenceError{Identifier: c, Input: ref, Detail: "unknown identifier"}
	case ref == "":
		return &ReferenceError{Identifier: c, Rule: RuleLength, Detail: "no " + c.shortName() + " given"}
	}
	return referenceValidators[c](ref)
}

// creditAlphabet is the character set of GB 32100-2015 in value order: the
// digits and the capitals without I, O, S, V and Z.
const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

// creditWeights are the weights of positions 1–17 of a credit code.
var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// orgWeights are the weights of positions 1–8 of an organisation code.
var orgWeights = [8]int{3, 7, 9, 10, 5, 8, 4, 2}

// residentWeights are the weights of positions 1–17 of a resident ID.
var residentWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// residentChecks maps the weighted sum mod 11 to the check character.
const residentChecks = "10X98765432"

// ValidateCreditCode checks a unified social credit code (统一社会信用代码)
// against GB 32100-2015. It returns nil for a valid code and otherwise a
// [*ReferenceError] matching [ErrInvalidReference] whose Rule is:
//   - RuleLength: not exactly 18 characters (runes);
//   - RuleLowerCase: a lower-case letter (codes are written in capitals; the
//     input is not upper-cased silently);
//   - RuleFullWidth: a full-width character such as "９";
//   - RuleCharacter: a character outside 0–9 and A–Z without I, O, S, V, Z;
//   - RuleCheckCharacter: position 18 is not (31 − Σ value×weight mod 31) mod 31
//     over positions 1–17 with weights 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28;
//   - RuleOrganizationCode: positions 9–17 are not a valid organisation code
//     (see [ValidateOrganizationCode]).
//
// Only the first failing rule is reported, in the order above.
func ValidateCreditCode(code string) error {
	fail := failer(CheckCreditCode, code)
	if n := utf8.RuneCountInString(code); n != 18 {
		return fail(RuleLength, 0, "length is %d characters, want 18", n)
	}
	var values [18]int
	pos := 0
	for _, r := range code {
		pos++
		v := strings.IndexRune(creditAlphabet, r)
		if v < 0 {
			return characterError(fail, r, pos, "0-9 and A-Z without I, O, S, V, Z")
		}
		values[pos-1] = v
	}
	sum := 0
	for i, w := range creditWeights {
		sum += values[i] * w
	}
	want := creditAlphabet[(31-sum%31)%31]
	if code[17] != want {
		return fail(RuleCheckCharacter, 18, "check character at position 18 is %q, want %q", code[17], want)
	}
	if err := ValidateOrganizationCode(code[8:17]); err != nil {
		var re *ReferenceError
		detail := err.Error()
		if errors.As(err, &re) {
			detail = re.Detail
		}
		return fail(RuleOrganizationCode, 0, "embedded organization code %q at positions 9-17 is invalid: %s", code[8:17], detail)
	}
	return nil
}

// ValidateOrganizationCode checks an organisation code (组织机构代码) against
// GB 11714-1997: 8 body characters (digits or capitals) and a check character
// c = 11 − (Σ value×weight mod 11) with weights 3,7,9,10,5,8,4,2, where
// letters count A=10 … Z=35, 10 is written "X" and 11 is written "0". The
// code is 9 characters without a hyphen; the printed form "13226025-0" with
// a hyphen before the check character is also accepted.
//
// It returns nil for a valid code and otherwise a [*ReferenceError] matching
// [ErrInvalidReference] whose Rule is RuleLength, RuleLowerCase,
// RuleFullWidth, RuleCharacter or RuleCheckCharacter.
func ValidateOrganizationCode(code string) error {
	fail := failer(CheckOrganizationCode, code)
	body := code
	if len(code) == 10 && code[8] == '-' {
		body = code[:8] + code[9:]
	}
	if n := utf8.RuneCountInString(body); n != 9 {
		return fail(RuleLength, 0, "length is %d characters, want 9 (or 10 with a hyphen before the check character)", utf8.RuneCountInString(code))
	}
	values, err := organizationValues(fail, body)
	if err != nil {
		return err
	}
	want := organizationCheck(values)
	last, _ := utf8.DecodeLastRuneInString(body)
	checkPos := utf8.RuneCountInString(code)
	if last != rune(want) {
		if e := checkCharError(fail, last, checkPos); e != nil {
			return e
		}
		return fail(RuleCheckCharacter, checkPos, "check character at position %d is %q, want %q", checkPos, last, want)
	}
	return nil
}

// organizationValues returns the values of the 8 body characters of an
// organisation code (body is 9 characters), A=10 … Z=35, or the error about
// the first one that is not a digit or a capital.
func organizationValues(fail failFunc, body string) ([8]int, error) {
	var values [8]int
	pos := 0
	for _, r := range body {
		pos++
		if pos == 9 {
			break
		}
		switch {
		case r >= '0' && r <= '9':
			values[pos-1] = int(r - '0')
		case r >= 'A' && r <= 'Z':
			values[pos-1] = int(r-'A') + 10
		default:
			return values, characterError(fail, r, pos, "0-9 and A-Z")
		}
	}
	return values, nil
}

// organizationCheck returns the check character of an organisation code
// body: 11 − (Σ value×weight mod 11), 10 written "X" and 11 written "0".
func organizationCheck(values [8]int) byte {
	sum := 0
	for i, w := range orgWeights {
		sum += values[i] * w
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

// ValidateResidentID checks an 18-digit resident identity card number
// (居民身份证号码) against GB 11643-1999: 17 digits and a check character
// given by the weighted sum (weights 7,9,10,5,8,4,2,1,6,3,7,9,10,5,8,4,2)
// mod 11 mapped 0…10 to "1 0 X 9 8 7 6 5 4 3 2"; positions 7–14 are the birth
// date YYYYMMDD, any real calendar date (the standard sets no earliest year:
// its own example 440524188001010014 was born in 1880). The 15-digit
// first-generation numbers are not accepted. A birth date after the day of
// the check cannot be detected here, since no date is given; a checklist
// does that on its check date (see [Checklist.Check]).
//
// It returns nil for a valid number and otherwise a [*ReferenceError]
// matching [ErrInvalidReference] whose Rule is RuleLength, RuleLowerCase (a
// check character "x" must be written "X"), RuleFullWidth, RuleCharacter,
// RuleBirthDate (positions 7–14 are not a real calendar date) or
// RuleCheckCharacter.
func ValidateResidentID(id string) error {
	return validateGB11643(CheckResidentID, id, true)
}

// validateGB11643 checks an 18-character number with the GB 11643-1999
// check character, as identifier: a resident ID (withBirthDate: positions
// 7–14 a real date) or a 2023 foreign permanent resident ID.
func validateGB11643(identifier ReferenceCheck, id string, withBirthDate bool) error {
	fail := failer(identifier, id)
	if n := utf8.RuneCountInString(id); n != 18 {
		return fail(RuleLength, 0, "length is %d characters, want 18", n)
	}
	digits, err := gb11643Digits(fail, id)
	if err != nil {
		return err
	}
	if withBirthDate {
		if _, msg := birthDate(id); msg != "" {
			return fail(RuleBirthDate, 0, "%s", msg)
		}
	} else if digits[0] != 9 {
		return fail(RuleCharacter, 1, "character at position 1 is %q, want '9'", id[0])
	}
	sum := 0
	for i, w := range residentWeights {
		sum += digits[i] * w
	}
	if want := residentChecks[sum%11]; id[17] != want {
		return fail(RuleCheckCharacter, 18, "check character at position 18 is %q, want %q", id[17], want)
	}
	return nil
}

// gb11643Digits returns the first 17 digits of an 18-character number, or
// the error about the first character that is not a digit (or, at position
// 18, a digit or X).
func gb11643Digits(fail failFunc, id string) ([17]int, error) {
	var digits [17]int
	pos := 0
	for _, r := range id {
		pos++
		if pos == 18 {
			if (r < '0' || r > '9') && r != 'X' {
				return digits, characterError(fail, r, pos, "0-9 or X")
			}
			break
		}
		if r < '0' || r > '9' {
			return digits, characterError(fail, r, pos, "0-9")
		}
		digits[pos-1] = int(r - '0')
	}
	return digits, nil
}

// birthDate reads positions 7–14 of an 18-digit number as a date (midnight
// UTC), or says why they are not a real calendar date. id must be 18 bytes
// with digits at positions 7–14.
func birthDate(id string) (time.Time, string) {
	year := atoi(id[6:10])
	month := atoi(id[10:12])
	day := atoi(id[12:14])
	switch {
	case month < 1 || month > 12:
		return time.Time{}, fmt.Sprintf("birth date %s at positions 7-14: month %02d does not exist", id[6:14], month)
	case day < 1 || day > calendar.DaysIn(year, time.Month(month)):
		return time.Time{}, fmt.Sprintf("birth date %s at positions 7-14: day %02d does not exist in %04d-%02d", id[6:14], day, year, month)
	}
	return time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC), ""
}

// atoi returns the value of a string of ASCII digits.
func atoi(digits string) int {
	n := 0
	for i := range len(digits) {
		n = n*10 + int(digits[i]-'0')
	}
	return n
}

// validateForeignPermanentResidentID checks the number of a foreign
// permanent resident ID card (外国人永久居留身份证): the 2023 format, 18
// characters, "9" then 16 digits and a GB 11643-1999 check character; or the
// earlier format, 3 capital letters (the nationality) and 12 digits, of
// which only the characters and the length are checked.
func validateForeignPermanentResidentID(id string) error {
	n := utf8.RuneCountInString(id)
	if n == 18 {
		return validateGB11643(CheckForeignPermanentResidentID, id, false)
	}
	fail := failer(CheckForeignPermanentResidentID, id)
	if n != 15 {
		return fail(RuleLength, 0, "length is %d characters, want 18 (or 15 in the format before 2023)", n)
	}
	pos := 0
	for _, r := range id {
		pos++
		switch {
		case pos <= 3 && (r < 'A' || r > 'Z'):
			return characterError(fail, r, pos, "A-Z (positions 1-3 of the format before 2023)")
		case pos > 3 && (r < '0' || r > '9'):
			return characterError(fail, r, pos, "0-9 (positions 4-15 of the format before 2023)")
		}
	}
	return nil
}

// validatePassport checks a passport number: 5 to 20 characters, each a
// capital letter or a digit.
func validatePassport(id string) error {
	fail := failer(CheckPassport, id)
	if n := utf8.RuneCountInString(id); n < 5 || n > 20 {
		return fail(RuleLength, 0, "length is %d characters, want 5 to 20", n)
	}
	pos := 0
	for _, r := range id {
		pos++
		if (r < 'A' || r > 'Z') && (r < '0' || r > '9') {
			return characterError(fail, r, pos, "A-Z and 0-9")
		}
	}
	return nil
}

// validateHKMacaoTravelPermit checks the number of a mainland travel
// permit for Hong Kong and Macao residents (港澳居民来往内地通行证): "H"
// (Hong Kong) or "M" (Macao), then 8 digits (the holder's lifelong number,
// as on the current card) or 10 (that number and a 2-digit count of
// renewals, as on the cards of 1999-2012).
func validateHKMacaoTravelPermit(id string) error {
	fail := failer(CheckHKMacaoTravelPermit, id)
	if n := utf8.RuneCountInString(id); n != 9 && n != 11 {
		return fail(RuleLength, 0, "length is %d characters, want 9 (H or M and 8 digits) or 11 (H or M and 10 digits)", n)
	}
	pos := 0
	for _, r := range id {
		pos++
		switch {
		case pos == 1 && r != 'H' && r != 'M':
			return characterError(fail, r, pos, "H (Hong Kong) or M (Macao)")
		case pos > 1 && (r < '0' || r > '9'):
			return characterError(fail, r, pos, "0-9")
		}
	}
	return nil
}

// validateTaiwanTravelPermit checks the number of a mainland travel permit
// for Taiwan residents (台湾居民来往大陆通行证): 8 digits.
func validateTaiwanTravelPermit(id string) error {
	fail := failer(CheckTaiwanTravelPermit, id)
	if n := utf8.RuneCountInString(id); n != 8 {
		return fail(RuleLength, 0, "length is %d characters, want 8", n)
	}
	pos := 0
	for _, r := range id {
		pos++
		if r < '0' || r > '9' {
			return characterError(fail, r, pos, "0-9")
		}
	}
	return nil
}

// failFunc builds the *ReferenceError for a rule broken at a position,
// with a detail formatted from format and args.
type failFunc func(rule string, pos int, format string, args ...any) error

// failer returns the failFunc of a validator checking input as identifier.
func failer(identifier ReferenceCheck, input string) failFunc {
	return func(rule string, pos int, format string, args ...any) error {
		return &ReferenceError{Identifier: identifier, Input: input, Rule: rule, Position: pos, Detail: fmt.Sprintf(format, args...)}
	}
}

// characterError builds the error for a character r at pos that is not in
// the alphabet, telling lower case and full-width characters apart.
func characterError(fail failFunc, r rune, pos int, alphabet string) error {
	if e := checkCharError(fail, r, pos); e != nil {
		return e
	}
	return fail(RuleCharacter, pos, "character at position %d is %q, want one of %s", pos, r, alphabet)
}

// checkCharError returns the lower-case or full-width error for r at pos, or
// nil when r is neither.
func checkCharError(fail failFunc, r rune, pos int) error {
	switch {
	case r >= 'a' && r <= 'z':
		return fail(RuleLowerCase, pos, "character at position %d is lower case %q; write it in upper case", pos, r)
	case r >= 0xFF01 && r <= 0xFF5E, r == 0x3000:
		return fail(RuleFullWidth, pos, "character at position %d is full-width %q; use the half-width (ASCII) character", pos, r)
	case unicode.IsLower(r):
		return fail(RuleLowerCase, pos, "character at position %d is lower case %q; write it in upper case", pos, r)
	}
	return nil
}
