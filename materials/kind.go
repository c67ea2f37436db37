package materials

import "github.com/aftersales/certification/internal/enum"

// Kind is the kind of a document an applicant hands in. The zero Kind is
// unknown and invalid. Codes, Chinese and English names follow
// shared/DOMAIN.md §2; the codes are stable and used in text and JSON.
type Kind uint8

// The kinds of material of shared/DOMAIN.md §2, in the order of the default
// checklist.
const (
	ApplicationForm      Kind = iota + 1 // application_form, 认证申请书
	BusinessLicense                      // business_license, 营业执照（副本）
	OrganizationCode                     // organization_code, 组织机构代码证
	LegalRepID                           // legal_rep_id, 法定代表人身份证明
	ServiceProcessManual                 // service_process_manual, 售后服务流程手册
	QualityManual                        // quality_manual, 质量管理手册
	FeedbackMechanism                    // feedback_mechanism, 客户反馈机制说明
	OrganizationChart                    // organization_chart, 组织机构图（含售后服务机构）
	ServiceOutlets                       // service_outlets, 售后服务网点清单
	TrainingRecords                      // training_records, 服务人员培训记录
	SatisfactionReport                   // satisfaction_report, 客户满意度调查报告
	ServiceCommitment                    // service_commitment, 售后服务承诺书
	ComplaintRecords                     // complaint_records, 投诉处理记录
	ServiceCase                          // service_case, 售后服务案例
)

var kindLabels = enum.New[Kind]("materials", "kind",
	enum.Label{Code: "application_form", Chinese: "认证申请书", English: "Application form"},
	enum.Label{Code: "business_license", Chinese: "营业执照（副本）", English: "Business licence (copy)"},
	enum.Label{Code: "organization_code", Chinese: "组织机构代码证", English: "Organisation code certificate"},
	enum.Label{Code: "legal_rep_id", Chinese: "法定代表人身份证明", English: "Legal representative's identity document"},
	enum.Label{Code: "service_process_manual", Chinese: "售后服务流程手册", English: "After-sales service process manual"},
	enum.Label{Code: "quality_manual", Chinese: "质量管理手册", English: "Quality manual"},
	enum.Label{Code: "feedback_mechanism", Chinese: "客户反馈机制说明", English: "Customer feedback mechanism"},
	enum.Label{Code: "organization_chart", Chinese: "组织机构图（含售后服务机构）", English: "Organisation chart (with the after-sales service unit)"},
	enum.Label{Code: "service_outlets", Chinese: "售后服务网点清单", English: "List of after-sales service outlets"},
	enum.Label{Code: "training_records", Chinese: "服务人员培训记录", English: "Service staff training records"},
	enum.Label{Code: "satisfaction_report", Chinese: "客户满意度调查报告", English: "Customer satisfaction survey report"},
	enum.Label{Code: "service_commitment", Chinese: "售后服务承诺书", English: "After-sales service commitment"},
	enum.Label{Code: "complaint_records", Chinese: "投诉处理记录", English: "Complaint handling records"},
	enum.Label{Code: "service_case", Chinese: "售后服务案例", English: "After-sales service cases"},
).Wrapping(ErrUnknownCode)

// ParseKind returns the Kind whose code is code, such as "business_license".
// An unknown code is an error that names the code.
func ParseKind(code string) (Kind, error) { return kindLabels.Parse(code) }

// Kinds returns every kind in order.
func Kinds() []Kind { return kindLabels.Values() }

// String returns k's code, or "kind(N)" for an unknown value.
func (k Kind) String() string { return kindLabels.String(k) }

// Chinese returns k's Chinese name, or "" for an unknown value.
func (k Kind) Chinese() string { return kindLabels.Label(k).Chinese }

// English returns k's English name, or "" for an unknown value.
func (k Kind) English() string { return kindLabels.Label(k).English }

// IsValid reports whether k is one of the named kinds.
func (k Kind) IsValid() bool { return kindLabels.Valid(k) }

// MarshalText returns k's code; an unknown kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindLabels.Marshal(k) }

// UnmarshalText parses a code; an unknown code is an error and leaves k
// unchanged.
func (k *Kind) UnmarshalText(text []byte) error { return kindLabels.Unmarshal(k, text) }

// Section is a part that a document must contain, such as the data analysis
// of a satisfaction report. The zero Section is unknown and invalid.
type Section uint8

// The sections that the default checklist asks for (shared/DOMAIN.md §2).
const (
	Plan                Section = iota + 1 // plan, 计划
	Content                                // content, 内容
	AssessmentResults                      // assessment_results, 考核结果
	DataAnalysis                           // data_analysis, 数据分析
	ImprovementMeasures                    // improvement_measures, 改进措施
)

var sectionLabels = enum.New[Section]("materials", "section",
	enum.Label{Code: "plan", Chinese: "计划", English: "plan"},
	enum.Label{Code: "content", Chinese: "内容", English: "content"},
	enum.Label{Code: "assessment_results", Chinese: "考核结果", English: "assessment results"},
	enum.Label{Code: "data_analysis", Chinese: "数据分析", English: "data analysis"},
	enum.Label{Code: "improvement_measures", Chinese: "改进措施", English: "improvement measures"},
).Wrapping(ErrUnknownCode)

// ParseSection returns the Section whose code is code, such as "plan".
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

// ReferenceCheck names an identifier printed on a document (its
// [Material.Reference]): the one a requirement expects
// ([Requirement.Reference], [Requirement.OtherReferences]) or the one a
// material says it carries ([Material.ReferenceType]). The zero
// ReferenceCheck asks for no check. The formats are those of the package
// doc's Identifiers section.
type ReferenceCheck uint8

// The identifiers a requirement can ask for.
const (
	CheckCreditCode                 ReferenceCheck = iota + 1 // credit_code: [ValidateCreditCode]
	CheckOrganizationCode                                     // organization_code: [ValidateOrganizationCode]
	CheckResidentID                                           // resident_id: [ValidateResidentID]
	CheckPassport                                             // passport: 5–20 capital letters and digits
	CheckForeignPermanentResidentID                           // foreign_permanent_resident_id: 外国人永久居留身份证
	CheckHKMacaoTravelPermit                                  // hk_macao_travel_permit: 港澳居民来往内地通行证
	CheckTaiwanTravelPermit                                   // taiwan_travel_permit: 台湾居民来往大陆通行证
)

var referenceCheckLabels = enum.New[ReferenceCheck]("materials", "reference check",
	enum.Label{Code: "credit_code", Chinese: "统一社会信用代码", English: "unified social credit code"},
	enum.Label{Code: "organization_code", Chinese: "组织机构代码", English: "organisation code"},
	enum.Label{Code: "resident_id", Chinese: "居民身份证号码", English: "resident ID number"},
	enum.Label{Code: "passport", Chinese: "护照号码", English: "passport number"},
	enum.Label{Code: "foreign_permanent_resident_id", Chinese: "外国人永久居留身份证号码", English: "foreign permanent resident ID number"},
	enum.Label{Code: "hk_macao_travel_permit", Chinese: "港澳居民来往内地通行证号码", English: "Hong Kong/Macao residents' mainland travel permit number"},
	enum.Label{Code: "taiwan_travel_permit", Chinese: "台湾居民来往大陆通行证号码", English: "Taiwan residents' mainland travel permit number"},
).Wrapping(ErrUnknownCode)

// ParseReferenceCheck returns the ReferenceCheck whose code is code, such as
// "credit_code".
func ParseReferenceCheck(code string) (ReferenceCheck, error) {
	return referenceCheckLabels.Parse(code)
}

// String returns c's code, "none" for the zero value, or
// "reference check(N)" for an unknown value.
func (c ReferenceCheck) String() string {
	if c == 0 {
		return "none"
	}
	return referenceCheckLabels.String(c)
}

// Chinese returns the Chinese name of the identifier, or "" for none.
func (c ReferenceCheck) Chinese() string { return referenceCheckLabels.Label(c).Chinese }

// English returns the English name of the identifier, or "" for none.
func (c ReferenceCheck) English() string { return referenceCheckLabels.Label(c).English }

// IsValid reports whether c is no check (zero) or one of the named checks.
func (c ReferenceCheck) IsValid() bool { return c == 0 || referenceCheckLabels.Valid(c) }

// MarshalText returns c's code; the zero value and unknown values are errors.
func (c ReferenceCheck) MarshalText() ([]byte, error) { return referenceCheckLabels.Marshal(c) }

// UnmarshalText parses a code; an unknown code is an error and leaves c
// unchanged.
func (c *ReferenceCheck) UnmarshalText(text []byte) error {
	return referenceCheckLabels.Unmarshal(c, text)
}

// Validate checks the format of ref as the identifier c names: nil for the
// zero ReferenceCheck; otherwise nil or a [*ReferenceError] matching
// [ErrInvalidReference]. Credit codes, organisation codes and resident IDs
// are checked by [ValidateCreditCode], [ValidateOrganizationCode] and
// [ValidateResidentID]; the other identity documents as the package doc's
// Identifiers section says. An empty ref is an error that says no
// identifier was given (Rule RuleLength); an unknown check is an error with
// no Rule. What needs a date (a birth date after it, an age) is checked by
// [Checklist.Check].
func (c ReferenceCheck) Validate(ref string) error {
	var id string
	var validate func(string) error
	switch c {
	case 0:
		return nil
	case CheckCreditCode:
		id, validate = IdentifierCreditCode, ValidateCreditCode
	case CheckOrganizationCode:
		id, validate = IdentifierOrganizationCode, ValidateOrganizationCode
	case CheckResidentID:
		id, validate = IdentifierResidentID, ValidateResidentID
	case CheckPassport:
		id, validate = IdentifierPassport, validatePassport
	case CheckForeignPermanentResidentID:
		id, validate = IdentifierForeignPermanentResidentID, validateForeignPermanentResidentID
	case CheckHKMacaoTravelPermit:
		id, validate = IdentifierHKMacaoTravelPermit, validateHKMacaoTravelPermit
	case CheckTaiwanTravelPermit:
		id, validate = IdentifierTaiwanTravelPermit, validateTaiwanTravelPermit
	default:
		return &ReferenceError{Identifier: c.String(), Input: ref, Detail: "unknown reference check"}
	}
	if ref == "" {
		return &ReferenceError{Identifier: id, Rule: RuleLength, Detail: "no " + id + " given"}
	}
	return validate(ref)
}
