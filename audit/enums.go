package audit

import "github.com/aftersales/certification/internal/enum"

// The package's enums. Each has a stable snake_case code (String,
// MarshalText, JSON), a Chinese and an English name; value 0 is reserved for
// "unknown", is not valid and does not encode, and an unknown code is an
// error matching [ErrUnknownCode] that leaves the receiver unchanged.

// Kind is the kind of an audit in the certification cycle [17021] (package
// documentation, "Audit kinds").
type Kind uint8

// The audit kinds, in cycle order.
const (
	// Stage1 is the first stage of the initial audit (第一阶段审核): planning
	// and document review, often partly on site.
	Stage1 Kind = iota + 1
	// Stage2 is the second stage of the initial audit (第二阶段审核): the
	// on-site audit, scored against the scorecard.
	Stage2
	// Surveillance is a yearly surveillance audit (监督审核).
	Surveillance
	// Recertification is the audit before a new certification cycle (再认证审核).
	Recertification
	// Special is any other audit (特殊审核): short notice, extension of scope,
	// verification of a rectification on site.
	Special
)

var kindLabels = enum.New[Kind](ErrUnknownCode, "kind",
	enum.Label{Code: "stage1", Chinese: "第一阶段审核", English: "Stage 1 audit"},
	enum.Label{Code: "stage2", Chinese: "第二阶段审核", English: "Stage 2 audit"},
	enum.Label{Code: "surveillance", Chinese: "监督审核", English: "Surveillance audit"},
	enum.Label{Code: "recertification", Chinese: "再认证审核", English: "Recertification audit"},
	enum.Label{Code: "special", Chinese: "特殊审核", English: "Special audit"},
)

// ParseKind returns the kind whose code is code, such as "surveillance".
func ParseKind(code string) (Kind, error) { return kindLabels.Parse(code) }

// Kinds returns every audit kind in cycle order.
func Kinds() []Kind { return kindLabels.Values() }

// String returns k's code, such as "stage2", or "kind(N)" for an unknown value.
func (k Kind) String() string { return kindLabels.String(k) }

// Chinese returns k's Chinese name, such as "第二阶段审核"; empty when unknown.
func (k Kind) Chinese() string { return kindLabels.Label(k).Chinese }

// English returns k's English name, such as "Stage 2 audit"; empty when unknown.
func (k Kind) English() string { return kindLabels.Label(k).English }

// IsValid reports whether k is one of the declared kinds.
func (k Kind) IsValid() bool { return kindLabels.Valid(k) }

// MarshalText returns k's code; an unknown kind is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindLabels.Marshal(k) }

// UnmarshalText sets *k to the kind whose code is text.
func (k *Kind) UnmarshalText(text []byte) error { return kindLabels.Unmarshal(k, text) }

// Level is the grade an audit score earns [27922] (package documentation,
// "Scoring and grades"). Levels are ordered: a larger value is a better
// grade.
type Level uint8

// The levels, worst first.
const (
	NotRated  Level = iota + 1 // 未达标: below the 达标 threshold, not certifiable
	Compliant                  // 达标
	ThreeStar                  // 三星
	FourStar                   // 四星
	FiveStar                   // 五星
)

var levelLabels = enum.New[Level](ErrUnknownCode, "level",
	enum.Label{Code: "not_rated", Chinese: "未达标", English: "Not rated"},
	enum.Label{Code: "compliant", Chinese: "达标", English: "Compliant"},
	enum.Label{Code: "three_star", Chinese: "三星", English: "Three stars"},
	enum.Label{Code: "four_star", Chinese: "四星", English: "Four stars"},
	enum.Label{Code: "five_star", Chinese: "五星", English: "Five stars"},
)

// ParseLevel returns the level whose code is code, such as "three_star".
func ParseLevel(code string) (Level, error) { return levelLabels.Parse(code) }

// Levels returns every level, worst first.
func Levels() []Level { return levelLabels.Values() }

// String returns l's code, such as "three_star", or "level(N)" for an
// unknown value.
func (l Level) String() string { return levelLabels.String(l) }

// Chinese returns l's Chinese name, such as "三星"; empty when unknown.
func (l Level) Chinese() string { return levelLabels.Label(l).Chinese }

// English returns l's English name, such as "Three stars"; empty when unknown.
func (l Level) English() string { return levelLabels.Label(l).English }

// IsValid reports whether l is one of the declared levels.
func (l Level) IsValid() bool { return levelLabels.Valid(l) }

// MarshalText returns l's code; an unknown level is an error.
func (l Level) MarshalText() ([]byte, error) { return levelLabels.Marshal(l) }

// UnmarshalText sets *l to the level whose code is text.
func (l *Level) UnmarshalText(text []byte) error { return levelLabels.Unmarshal(l, text) }

// Severity grades a finding [17021] (package documentation, "Findings and
// rectification").
type Severity uint8

// The severities, most severe first.
const (
	// Major is a major nonconformity (严重不符合): it affects the system's
	// ability to deliver its intended results.
	Major Severity = iota + 1
	// Minor is a minor nonconformity (一般不符合): it does not.
	Minor
	// Observation is an observation (观察项): not a nonconformity.
	Observation
)

var severityLabels = enum.New[Severity](ErrUnknownCode, "severity",
	enum.Label{Code: "major", Chinese: "严重不符合", English: "Major nonconformity"},
	enum.Label{Code: "minor", Chinese: "一般不符合", English: "Minor nonconformity"},
	enum.Label{Code: "observation", Chinese: "观察项", English: "Observation"},
)

// ParseSeverity returns the severity whose code is code, such as "major".
func ParseSeverity(code string) (Severity, error) { return severityLabels.Parse(code) }

// Severities returns every severity, most severe first.
func Severities() []Severity { return severityLabels.Values() }

// String returns s's code, such as "major", or "severity(N)" for an unknown
// value.
func (s Severity) String() string { return severityLabels.String(s) }

// Chinese returns s's Chinese name, such as "严重不符合"; empty when unknown.
func (s Severity) Chinese() string { return severityLabels.Label(s).Chinese }

// English returns s's English name, such as "Major nonconformity"; empty
// when unknown.
func (s Severity) English() string { return severityLabels.Label(s).English }

// IsValid reports whether s is one of the declared severities.
func (s Severity) IsValid() bool { return severityLabels.Valid(s) }

// MarshalText returns s's code; an unknown severity is an error.
func (s Severity) MarshalText() ([]byte, error) { return severityLabels.Marshal(s) }

// UnmarshalText sets *s to the severity whose code is text.
func (s *Severity) UnmarshalText(text []byte) error { return severityLabels.Unmarshal(s, text) }

// FindingStatus is where a finding stands in its lifecycle (package
// documentation, "Findings and rectification"). Being overdue is not a
// status but a question asked on a date: [Finding.OverdueOn].
type FindingStatus uint8

// The finding statuses, in lifecycle order.
const (
	// Open: raised, nothing received yet.
	Open FindingStatus = iota + 1
	// ActionSubmitted: the auditee sent its correction and corrective action.
	ActionSubmitted
	// Accepted: the CB accepted the action plan of a minor nonconformity.
	Accepted
	// Verified: the CB verified the correction as done and effective.
	Verified
	// Closed: nothing more to do.
	Closed
)

var findingStatusLabels = enum.New[FindingStatus](ErrUnknownCode, "finding status",
	enum.Label{Code: "open", Chinese: "待整改", English: "Open"},
	enum.Label{Code: "action_submitted", Chinese: "已提交整改", English: "Action submitted"},
	enum.Label{Code: "accepted", Chinese: "整改计划已接受", English: "Action plan accepted"},
	enum.Label{Code: "verified", Chinese: "已验证有效", English: "Verified"},
	enum.Label{Code: "closed", Chinese: "已关闭", English: "Closed"},
)

// ParseFindingStatus returns the status whose code is code, such as
// "action_submitted".
func ParseFindingStatus(code string) (FindingStatus, error) { return findingStatusLabels.Parse(code) }

// FindingStatuses returns every finding status in lifecycle order.
func FindingStatuses() []FindingStatus { return findingStatusLabels.Values() }

// String returns s's code, such as "action_submitted", or "finding
// status(N)" for an unknown value.
func (s FindingStatus) String() string { return findingStatusLabels.String(s) }

// Chinese returns s's Chinese name, such as "已提交整改"; empty when unknown.
func (s FindingStatus) Chinese() string { return findingStatusLabels.Label(s).Chinese }

// English returns s's English name, such as "Action submitted"; empty when
// unknown.
func (s FindingStatus) English() string { return findingStatusLabels.Label(s).English }

// IsValid reports whether s is one of the declared statuses.
func (s FindingStatus) IsValid() bool { return findingStatusLabels.Valid(s) }

// MarshalText returns s's code; an unknown status is an error.
func (s FindingStatus) MarshalText() ([]byte, error) { return findingStatusLabels.Marshal(s) }

// UnmarshalText sets *s to the status whose code is text.
func (s *FindingStatus) UnmarshalText(text []byte) error {
	return findingStatusLabels.Unmarshal(s, text)
}

// Recommendation is what the audit team recommends to the certification
// decision after stage 2 [17021], [CNCA] (package documentation, "The
// recommendation").
type Recommendation uint8

// The recommendations, best first.
const (
	// Certify (推荐认证): every nonconformity is settled and, in a graded
	// scheme, the score reaches 达标.
	Certify Recommendation = iota + 1
	// CertifyOnceRectified (整改后推荐): some nonconformities or special
	// deduction items are not settled yet, and the time to verify the
	// majors has not run out.
	CertifyOnceRectified
	// RepeatStage2 (重新进行第二阶段审核): a major was not verified in time.
	RepeatStage2
	// Refuse (不推荐): the score is below 达标.
	Refuse
)

var recommendationLabels = enum.New[Recommendation](ErrUnknownCode, "recommendation",
	enum.Label{Code: "certify", Chinese: "推荐认证", English: "Certify"},
	enum.Label{Code: "certify_once_rectified", Chinese: "整改后推荐", English: "Certify once rectified"},
	enum.Label{Code: "repeat_stage2", Chinese: "重新进行第二阶段审核", English: "Repeat stage 2"},
	enum.Label{Code: "refuse", Chinese: "不推荐", English: "Refuse"},
)

// ParseRecommendation returns the recommendation whose code is code, such as
// "certify_once_rectified".
func ParseRecommendation(code string) (Recommendation, error) {
	return recommendationLabels.Parse(code)
}

// Recommendations returns every recommendation, best first.
func Recommendations() []Recommendation { return recommendationLabels.Values() }

// String returns r's code, such as "repeat_stage2", or "recommendation(N)"
// for an unknown value.
func (r Recommendation) String() string { return recommendationLabels.String(r) }

// Chinese returns r's Chinese name, such as "整改后推荐"; empty when unknown.
func (r Recommendation) Chinese() string { return recommendationLabels.Label(r).Chinese }

// English returns r's English name, such as "Certify once rectified"; empty
// when unknown.
func (r Recommendation) English() string { return recommendationLabels.Label(r).English }

// IsValid reports whether r is one of the declared recommendations.
func (r Recommendation) IsValid() bool { return recommendationLabels.Valid(r) }

// MarshalText returns r's code; an unknown recommendation is an error.
func (r Recommendation) MarshalText() ([]byte, error) { return recommendationLabels.Marshal(r) }

// UnmarshalText sets *r to the recommendation whose code is text.
func (r *Recommendation) UnmarshalText(text []byte) error {
	return recommendationLabels.Unmarshal(r, text)
}

// Complexity is the complexity category of an organisation's environmental
// or OH&S aspects, which picks the column of the IAF MD 5 EMS or OH&S table
// [MD5]: high, medium, low, and for EMS also limited. 0 is the reserved
// unknown value. See the package documentation, "Time tables".
type Complexity uint8

// The complexity categories [MD5].
const (
	HighComplexity    Complexity = iota + 1 // high, 高
	MediumComplexity                        // medium, 中
	LowComplexity                           // low, 低
	LimitedComplexity                       // limited, 有限 (EMS only)
)

var complexityLabels = enum.New[Complexity](ErrUnknownCode, "complexity",
	enum.Label{Code: "high", Chinese: "高", English: "High"},
	enum.Label{Code: "medium", Chinese: "中", English: "Medium"},
	enum.Label{Code: "low", Chinese: "低", English: "Low"},
	enum.Label{Code: "limited", Chinese: "有限", English: "Limited"},
)

// ParseComplexity returns the complexity whose code is code, such as
// "medium". An unknown code is an error matching [ErrUnknownCode].
func ParseComplexity(code string) (Complexity, error) { return complexityLabels.Parse(code) }

// Complexities returns every complexity category, from high to limited.
func Complexities() []Complexity { return complexityLabels.Values() }

// String returns c's stable code, such as "medium", or "complexity(N)" for a
// value that is not valid.
func (c Complexity) String() string { return complexityLabels.String(c) }

// Chinese returns c's Chinese name, such as "中"; empty when c is not valid.
func (c Complexity) Chinese() string { return complexityLabels.Label(c).Chinese }

// English returns c's English name, such as "Medium"; empty when c is not
// valid.
func (c Complexity) English() string { return complexityLabels.Label(c).English }

// IsValid reports whether c is one of the declared categories.
func (c Complexity) IsValid() bool { return complexityLabels.Valid(c) }

// MarshalText returns c's code; a Complexity that is not valid is an error
// matching [ErrUnknownCode].
func (c Complexity) MarshalText() ([]byte, error) { return complexityLabels.Marshal(c) }

// UnmarshalText sets *c to the category whose code is text. An unknown code
// is an error matching [ErrUnknownCode] and leaves *c unchanged.
func (c *Complexity) UnmarshalText(text []byte) error { return complexityLabels.Unmarshal(c, text) }
