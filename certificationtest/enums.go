package certificationtest

import "github.com/aftersales/certification/internal/enum"

// EntityType is what positions 1–2 of a unified social credit code say: the
// registering authority and the type of entity it registers (GB 32100-2015;
// see the package doc's Identifiers section). The zero EntityType is unknown
// and invalid.
type EntityType uint8

// The entity types, each with the two characters [CreditCode] writes.
const (
	Enterprise         EntityType = iota + 1 // enterprise, 企业: "91" (market regulation, enterprise)
	IndividualBusiness                       // individual_business, 个体工商户: "92"
	FarmersCooperative                       // farmers_cooperative, 农民专业合作社: "93"
	PublicInstitution                        // public_institution, 事业单位: "12" (establishment administration, public institution)
	SocialOrganization                       // social_organization, 社会团体: "51" (civil affairs, social organisation)
)

var entityTypeLabels = enum.New[EntityType](ErrUnknownCode, "entity type",
	enum.Label{Code: "enterprise", Chinese: "企业", English: "enterprise"},
	enum.Label{Code: "individual_business", Chinese: "个体工商户", English: "individual business"},
	enum.Label{Code: "farmers_cooperative", Chinese: "农民专业合作社", English: "farmers' cooperative"},
	enum.Label{Code: "public_institution", Chinese: "事业单位", English: "public institution"},
	enum.Label{Code: "social_organization", Chinese: "社会团体", English: "social organisation"},
)

// ParseEntityType returns the EntityType whose code is code, such as
// "enterprise"; an unknown code is an error matching [ErrUnknownCode].
func ParseEntityType(code string) (EntityType, error) { return entityTypeLabels.Parse(code) }

// EntityTypes returns every entity type in order.
func EntityTypes() []EntityType { return entityTypeLabels.Values() }

// String returns t's code, or "entity type(N)" for an unknown value.
func (t EntityType) String() string { return entityTypeLabels.String(t) }

// Chinese returns t's Chinese name, or "" for an unknown value.
func (t EntityType) Chinese() string { return entityTypeLabels.Label(t).Chinese }

// English returns t's English name, or "" for an unknown value.
func (t EntityType) English() string { return entityTypeLabels.Label(t).English }

// IsValid reports whether t is one of the named entity types.
func (t EntityType) IsValid() bool { return entityTypeLabels.Valid(t) }

// MarshalText returns t's code; an unknown value is an error.
func (t EntityType) MarshalText() ([]byte, error) { return entityTypeLabels.Marshal(t) }

// UnmarshalText parses a code; an unknown code is an error and leaves t
// unchanged.
func (t *EntityType) UnmarshalText(text []byte) error { return entityTypeLabels.Unmarshal(t, text) }

// Sex is the holder's sex that a resident ID number carries in its 17th
// digit (GB 11643-1999: odd for a man, even for a woman). The zero Sex is
// unknown and invalid.
type Sex uint8

// The sexes.
const (
	Male   Sex = iota + 1 // male, 男: an odd 17th digit
	Female                // female, 女: an even 17th digit
)

var sexLabels = enum.New[Sex](ErrUnknownCode, "sex",
	enum.Label{Code: "male", Chinese: "男", English: "male"},
	enum.Label{Code: "female", Chinese: "女", English: "female"},
)

// ParseSex returns the Sex whose code is code, "male" or "female"; an
// unknown code is an error matching [ErrUnknownCode].
func ParseSex(code string) (Sex, error) { return sexLabels.Parse(code) }

// Sexes returns every sex in order.
func Sexes() []Sex { return sexLabels.Values() }

// String returns s's code, or "sex(N)" for an unknown value.
func (s Sex) String() string { return sexLabels.String(s) }

// Chinese returns s's Chinese name, or "" for an unknown value.
func (s Sex) Chinese() string { return sexLabels.Label(s).Chinese }

// English returns s's English name, or "" for an unknown value.
func (s Sex) English() string { return sexLabels.Label(s).English }

// IsValid reports whether s is one of the named sexes.
func (s Sex) IsValid() bool { return sexLabels.Valid(s) }

// MarshalText returns s's code; an unknown value is an error.
func (s Sex) MarshalText() ([]byte, error) { return sexLabels.Marshal(s) }

// UnmarshalText parses a code; an unknown code is an error and leaves s
// unchanged.
func (s *Sex) UnmarshalText(text []byte) error { return sexLabels.Unmarshal(s, text) }
