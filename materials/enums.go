package materials

import "github.com/aftersales/certification/internal/enum"

// Section is a part that a document must contain, such as the data analysis
// of a satisfaction report. The zero Section is unknown and invalid.
type Section uint8

// The sections that the after-sales checklist asks for [brief].
const (
	Plan                Section = iota + 1 // plan, 计划
	Content                                // content, 内容
	AssessmentResults                      // assessment_results, 考核结果
	DataAnalysis                           // data_analysis, 数据分析
	ImprovementMeasures                    // improvement_measures, 改进措施
)

var sectionLabels = enum.New[Section](ErrUnknownCode, "section",
	enum.Label{Code: "plan", Chinese: "计划", English: "plan"},
	enum.Label{Code: "content", Chinese: "内容", English: "content"},
	enum.Label{Code: "assessment_results", Chinese: "考核结果", English: "assessment results"},
	enum.Label{Code: "data_analysis", Chinese: "数据分析", English: "data analysis"},
	enum.Label{Code: "improvement_measures", Chinese: "改进措施", English: "improvement measures"},
)

// ParseSection returns the Section whose code is code, such as "plan"; an
// unknown code is an error matching [ErrUnknownCode].
func ParseSection(code string) (Section, error) { return sectionLabels.Parse(code) }

// Sections returns every section in order.
func Sections() []Section { return sectionLabels.Values() }

// String returns s's code, or "section(N)" for an unknown value.
func (s Section) String() string { return sectionLabels.String(s) }

// Chinese returns s's Chinese name, or "" for an unknown value.
func (s Section) Chinese() string { return sectionLabels.Label(s).Chinese }

// English returns s's English name, or "" for an unknown value.
func (s Section) English() string { return sectionLabels.Label(s).English }

// IsValid reports whether s is one of the named sections.
func (s Section) IsValid() bool { return sectionLabels.Valid(s) }

// MarshalText returns s's code; an unknown section is an error.
func (s Section) MarshalText() ([]byte, error) { return sectionLabels.Marshal(s) }

// UnmarshalText parses a code; an unknown code is an error and leaves s
// unchanged.
func (s *Section) UnmarshalText(text []byte) error { return sectionLabels.Unmarshal(s, text) }

// ReferenceCheck names an identifier printed on a document, one of those of
// the package doc's Identifiers section. The zero ReferenceCheck is unknown
// and invalid; where a field may name none ([Requirement.Reference],
// [Material.ReferenceType]), zero means none.
type ReferenceCheck uint8

// The identifiers, each checked as the package doc's Identifiers section
// says.
const (
	CheckCreditCode                 ReferenceCheck = iota + 1 // credit_code, 统一社会信用代码
	CheckOrganizationCode                                     // organization_code, 组织机构代码
	CheckResidentID                                           // resident_id, 居民身份证号码
	CheckPassport                                             // passport, 护照号码
	CheckForeignPermanentResidentID                           // foreign_permanent_resident_id, 外国人永久居留身份证号码
	CheckHKMacaoTravelPermit                                  // hk_macao_travel_permit, 港澳居民来往内地通行证号码
	CheckTaiwanTravelPermit                                   // taiwan_travel_permit, 台湾居民来往大陆通行证号码
)

var referenceCheckLabels = enum.New[ReferenceCheck](ErrUnknownCode, "reference check",
	enum.Label{Code: "credit_code", Chinese: "统一社会信用代码", English: "unified social credit code"},
	enum.Label{Code: "organization_code", Chinese: "组织机构代码", English: "organisation code"},
	enum.Label{Code: "resident_id", Chinese: "居民身份证号码", English: "resident ID number"},
	enum.Label{Code: "passport", Chinese: "护照号码", English: "passport number"},
	enum.Label{Code: "foreign_permanent_resident_id", Chinese: "外国人永久居留身份证号码", English: "foreign permanent resident ID number"},
	enum.Label{Code: "hk_macao_travel_permit", Chinese: "港澳居民来往内地通行证号码", English: "Hong Kong/Macao residents' mainland travel permit number"},
	enum.Label{Code: "taiwan_travel_permit", Chinese: "台湾居民来往大陆通行证号码", English: "Taiwan residents' mainland travel permit number"},
)

// ParseReferenceCheck returns the ReferenceCheck whose code is code, such as
// "credit_code"; an unknown code is an error matching [ErrUnknownCode].
func ParseReferenceCheck(code string) (ReferenceCheck, error) {
	return referenceCheckLabels.Parse(code)
}

// ReferenceChecks returns every identifier in order.
func ReferenceChecks() []ReferenceCheck { return referenceCheckLabels.Values() }

// String returns c's code, or "reference check(N)" for an unknown value.
func (c ReferenceCheck) String() string { return referenceCheckLabels.String(c) }

// Chinese returns the identifier's Chinese name, or "" for an unknown value.
func (c ReferenceCheck) Chinese() string { return referenceCheckLabels.Label(c).Chinese }

// English returns the identifier's English name, or "" for an unknown value.
func (c ReferenceCheck) English() string { return referenceCheckLabels.Label(c).English }

// IsValid reports whether c is one of the named identifiers.
func (c ReferenceCheck) IsValid() bool { return referenceCheckLabels.Valid(c) }

// MarshalText returns c's code; an unknown value (zero included) is an
// error.
func (c ReferenceCheck) MarshalText() ([]byte, error) { return referenceCheckLabels.Marshal(c) }

// UnmarshalText parses a code; an unknown code is an error and leaves c
// unchanged.
func (c *ReferenceCheck) UnmarshalText(text []byte) error {
	return referenceCheckLabels.Unmarshal(c, text)
}

// Reason is the category of a [Problem]; each matches one sentinel error
// (see the package doc's Reports section). The zero Reason is unknown and
// invalid.
type Reason uint8

// The reasons, each named after the sentinel it matches.
const (
	ReasonMissing              Reason = iota + 1 // missing: ErrMissing
	ReasonExpired                                // expired: ErrExpired
	ReasonNotYetValid                            // not_yet_valid: ErrNotYetValid
	ReasonInsufficientCoverage                   // insufficient_coverage: ErrInsufficientCoverage
	ReasonMissingSection                         // missing_section: ErrMissingSection
	ReasonInvalidReference                       // invalid_reference: ErrInvalidReference
	ReasonOutdated                               // outdated: ErrOutdated
	ReasonInvalidMaterial                        // invalid_material: ErrInvalidMaterial
	ReasonDuplicate                              // duplicate: ErrDuplicate
	ReasonInvalidDate                            // invalid_date: ErrInvalidDate
	ReasonInvalidChecklist                       // invalid_checklist: ErrInvalidChecklist
	ReasonExpiresSoon                            // expires_soon: ErrExpiresSoon
	ReasonUnderage                               // underage: ErrUnderage
)

var reasonLabels = enum.New[Reason](ErrUnknownCode, "reason",
	enum.Label{Code: "missing", Chinese: "缺少", English: "missing"},
	enum.Label{Code: "expired", Chinese: "已过期", English: "expired"},
	enum.Label{Code: "not_yet_valid", Chinese: "尚未生效", English: "not yet valid"},
	enum.Label{Code: "insufficient_coverage", Chinese: "年度不全", English: "insufficient coverage"},
	enum.Label{Code: "missing_section", Chinese: "缺少内容", English: "missing section"},
	enum.Label{Code: "invalid_reference", Chinese: "证照号码无效", English: "invalid reference"},
	enum.Label{Code: "outdated", Chinese: "不是最新", English: "out of date"},
	enum.Label{Code: "invalid_material", Chinese: "材料信息无效", English: "invalid material"},
	enum.Label{Code: "duplicate", Chinese: "重复提交", English: "duplicate"},
	enum.Label{Code: "invalid_date", Chinese: "检查日期无效", English: "invalid check date"},
	enum.Label{Code: "invalid_checklist", Chinese: "清单无效", English: "invalid checklist"},
	enum.Label{Code: "expires_soon", Chinese: "即将到期", English: "expires soon"},
	enum.Label{Code: "underage", Chinese: "未达最低年龄", English: "under age"},
)

// ParseReason returns the Reason whose code is code, such as "expired"; an
// unknown code is an error matching [ErrUnknownCode].
func ParseReason(code string) (Reason, error) { return reasonLabels.Parse(code) }

// Reasons returns every reason in order.
func Reasons() []Reason { return reasonLabels.Values() }

// String returns r's code, or "reason(N)" for an unknown value.
func (r Reason) String() string { return reasonLabels.String(r) }

// Chinese returns r's Chinese name, or "" for an unknown value.
func (r Reason) Chinese() string { return reasonLabels.Label(r).Chinese }

// English returns r's English name, or "" for an unknown value.
func (r Reason) English() string { return reasonLabels.Label(r).English }

// IsValid reports whether r is one of the named reasons.
func (r Reason) IsValid() bool { return reasonLabels.Valid(r) }

// MarshalText returns r's code; an unknown reason is an error.
func (r Reason) MarshalText() ([]byte, error) { return reasonLabels.Marshal(r) }

// UnmarshalText parses a code; an unknown code is an error and leaves r
// unchanged.
func (r *Reason) UnmarshalText(text []byte) error { return reasonLabels.Unmarshal(r, text) }
