package certificationtest

import (
	"fmt"
	"strings"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/materials"
)

// The character set of GB 32100-2015 in value order, and the weights of
// positions 1–17 of a credit code.
const creditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var creditWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

// orgWeights are the weights of positions 1–8 of an organisation code
// (GB 11714-1997).
var orgWeights = [8]int{3, 7, 9, 10, 5, 8, 4, 2}

// The weights of positions 1–17 of a GB 11643-1999 number, and the check
// character of each weighted sum mod 11.
var gb11643Weights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

const gb11643Checks = "10X98765432"

// entityPrefixes are positions 1–2 of a credit code, by entity type.
var entityPrefixes = [...]string{
	Enterprise:         "91",
	IndividualBusiness: "92",
	FarmersCooperative: "93",
	PublicInstitution:  "12",
	SocialOrganization: "51",
}

// The divisions and the birth date the helpers use when the caller names
// none (see the package doc's Identifiers section).
const (
	companyDivision = "310000" // 上海市
	personDivision  = "310104" // 上海市徐汇区
)

var defaultBirthDate = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// OrganizationCode returns an organisation code (组织机构代码, GB 11714-1997)
// built from seed as the package doc's Identifiers section says: the last 8
// decimal digits of seed, then the check character. It always passes
// materials.ValidateOrganizationCode.
func OrganizationCode(seed uint64) string {
	body := fmt.Sprintf("%08d", seed%100_000_000)
	sum := 0
	for i, w := range orgWeights {
		sum += int(body[i]-'0') * w
	}
	switch c := 11 - sum%11; c {
	case 10:
		return body + "X"
	case 11:
		return body + "0"
	default:
		return body + string(rune('0'+c))
	}
}

// CreditCode returns a unified social credit code (统一社会信用代码,
// GB 32100-2015) for an entity of the given type registered in a division,
// its organisation code [OrganizationCode] of seed, as the package doc's
// Identifiers section says. It passes materials.ValidateCreditCode.
//
// Errors, each a [*FieldError] matching [ErrInvalidIdentifier]: an unknown
// entity type (also [ErrUnknownCode], field "entity_type"); a division that
// is not 6 digits, the first from 1 to 8 ("division").
func CreditCode(entity EntityType, division string, seed uint64) (string, error) {
	var l errs.List
	if !entity.IsValid() {
		l.Add(errs.Wrap(ErrInvalidIdentifier, "entity_type", errs.Matching(ErrUnknownCode, "%s is unknown", entity)))
	}
	l.Add(checkDivision(division))
	if err := l.Err(); err != nil {
		return "", err
	}
	return creditCode(entity, division, seed), nil
}

// creditCode is [CreditCode] of a valid entity type and division.
func creditCode(entity EntityType, division string, seed uint64) string {
	first := entityPrefixes[entity] + division + OrganizationCode(seed)
	sum := 0
	for i, w := range creditWeights {
		sum += strings.IndexByte(creditAlphabet, first[i]) * w
	}
	return first + string(creditAlphabet[(31-sum%31)%31])
}

// MustCreditCode is [CreditCode] for tests: it panics, naming the call,
// when CreditCode fails.
func MustCreditCode(entity EntityType, division string, seed uint64) string {
	code, err := CreditCode(entity, division, seed)
	if err != nil {
		panic("certificationtest.MustCreditCode: " + err.Error())
	}
	return code
}

// ResidentID returns a resident identity card number (居民身份证号码,
// GB 11643-1999) for a person born on born (its calendar date in its own
// location) in a division, of the given sex, its sequence number from seed,
// as the package doc's Identifiers section says. It passes
// materials.ValidateResidentID, and its positions 7–14 are born.
//
// Errors, each a [*FieldError] matching [ErrInvalidIdentifier]: a division
// that is not 6 digits, the first from 1 to 8 ("division"); a born that is
// zero or outside 0001-01-02 to 9999-12-31 ("born"); an unknown sex (also
// [ErrUnknownCode], "sex").
func ResidentID(division string, born time.Time, sex Sex, seed uint64) (string, error) {
	var l errs.List
	l.Add(checkDivision(division))
	l.Wrap(ErrInvalidIdentifier, "born", calendar.Check(born))
	if !sex.IsValid() {
		l.Add(errs.Wrap(ErrInvalidIdentifier, "sex", errs.Matching(ErrUnknownCode, "%s is unknown", sex)))
	}
	if err := l.Err(); err != nil {
		return "", err
	}
	return residentID(division, born, sex, seed), nil
}

// residentID is [ResidentID] of a valid division, birth date and sex.
func residentID(division string, born time.Time, sex Sex, seed uint64) string {
	sequence := seed%500*2 + 1 // odd: a man
	if sex == Female {
		sequence--
	}
	y, m, d := born.Date()
	return withGB11643Check(fmt.Sprintf("%s%04d%02d%02d%03d", division, y, m, d, sequence))
}

// MustResidentID is [ResidentID] for tests: it panics, naming the call,
// when ResidentID fails.
func MustResidentID(division string, born time.Time, sex Sex, seed uint64) string {
	id, err := ResidentID(division, born, sex, seed)
	if err != nil {
		panic("certificationtest.MustResidentID: " + err.Error())
	}
	return id
}

// Reference returns a valid identifier of the kind c names, built from seed
// as the package doc's Identifiers section says: for a credit code, an
// enterprise's in 310000; for a resident ID, a man's born on 1980-01-01 in
// 310104; for the other identity documents, the formats the materials
// package checks. It passes materials.ValidateReference(c, …).
//
// Errors: a c that names no identifier (a [*FieldError] matching
// [ErrInvalidIdentifier], field "check").
func Reference(c materials.ReferenceCheck, seed uint64) (string, error) {
	switch c {
	case materials.CheckCreditCode:
		return creditCode(Enterprise, companyDivision, seed), nil
	case materials.CheckOrganizationCode:
		return OrganizationCode(seed), nil
	case materials.CheckResidentID:
		return residentID(personDivision, defaultBirthDate, Male, seed), nil
	case materials.CheckPassport:
		return fmt.Sprintf("E%08d", seed%100_000_000), nil
	case materials.CheckForeignPermanentResidentID:
		return withGB11643Check(fmt.Sprintf("9%016d", seed%10_000_000_000_000_000)), nil
	case materials.CheckHKMacaoTravelPermit:
		return fmt.Sprintf("H%08d", seed%100_000_000), nil
	case materials.CheckTaiwanTravelPermit:
		return fmt.Sprintf("%08d", seed%100_000_000), nil
	}
	return "", errs.New(ErrInvalidIdentifier, "check", "%s names no identifier", c)
}

// checkDivision returns the problem with a division code: not 6 ASCII
// digits, or a first digit outside 1–8 (province codes run from 11 to 82;
// a number starting with 9 is a foreign permanent resident's).
func checkDivision(division string) error {
	ok := len(division) == 6 && division[0] >= '1' && division[0] <= '8'
	for i := 0; ok && i < len(division); i++ {
		ok = division[i] >= '0' && division[i] <= '9'
	}
	if !ok {
		return errs.New(ErrInvalidIdentifier, "division", "%s is not 6 digits, the first from 1 to 8 (an administrative division code such as %q)",
			errs.Quote(division), companyDivision)
	}
	return nil
}

// withGB11643Check returns 17 digits followed by their GB 11643-1999 check
// character.
func withGB11643Check(digits string) string {
	sum := 0
	for i, w := range gb11643Weights {
		sum += int(digits[i]-'0') * w
	}
	return digits + string(gb11643Checks[sum%11])
}
