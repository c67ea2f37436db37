package materials

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/certification/internal/enum"
)

// The categories of report problems, matched with errors.Is against the
// problems of [Report.Err] and [Report.Warnings]. [ErrInvalidReference],
// [ErrInvalidMaterial] and [ErrInvalidChecklist] are categories too.
var (
	// ErrMissing: nothing of a required kind was provided, or fewer than
	// its Count.
	ErrMissing = errors.New("materials: missing")
	// ErrExpired: a material's ValidUntil is before the check date.
	ErrExpired = errors.New("materials: expired")
	// ErrNotYetValid: a material was issued after the check date.
	ErrNotYetValid = errors.New("materials: not yet valid")
	// ErrInsufficientCoverage: no material for one of the years a
	// requirement asks to be covered.
	ErrInsufficientCoverage = errors.New("materials: insufficient coverage")
	// ErrMissingSection: a material lacks a section its requirement asks for.
	ErrMissingSection = errors.New("materials: missing section")
	// ErrOutdated: the latest material was issued longer ago than its
	// requirement allows.
	ErrOutdated = errors.New("materials: out of date")
	// ErrDuplicate: the same material was provided more than once.
	ErrDuplicate = errors.New("materials: duplicate material")
	// ErrInvalidDate: the check date is the zero time or outside the years
	// 1–9999.
	ErrInvalidDate = errors.New("materials: invalid check date")
	// ErrExpiresSoon (a warning, never blocking): a material ends within its
	// requirement's WarnWithinDays of the check date.
	ErrExpiresSoon = errors.New("materials: expires soon")
	// ErrUnderage: the person a resident ID names is younger than its
	// requirement's MinAge on the check date (a legal representative under
	// 18). The number itself is valid, so this is not
	// [ErrInvalidReference]: the remedy is another person, not another
	// number.
	ErrUnderage = errors.New("materials: under age")
)

// Reason is the category of a [Problem]; each matches one sentinel error.
// The zero Reason is unknown and invalid.
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

var reasonLabels = enum.New[Reason]("materials", "reason",
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
).Wrapping(ErrUnknownCode)

// reasonErrs maps each reason to its sentinel; index 0 is unknown.
var reasonErrs = [...]error{
	nil,
	ErrMissing, ErrExpired, ErrNotYetValid, ErrInsufficientCoverage, ErrMissingSection,
	ErrInvalidReference, ErrOutdated, ErrInvalidMaterial, ErrDuplicate, ErrInvalidDate,
	ErrInvalidChecklist, ErrExpiresSoon, ErrUnderage,
}

// ParseReason returns the Reason whose code is code, such as "expired".
func ParseReason(code string) (Reason, error) { return reasonLabels.Parse(code) }

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

// Err returns the sentinel error r matches, or nil for an unknown reason.
func (r Reason) Err() error {
	if !r.IsValid() {
		return nil
	}
	return reasonErrs[r]
}

// Problem is one thing wrong (or, in warnings, worth knowing) found by
// [Checklist.Check]. It is an error: errors.Is matches it against the
// sentinel of its Reason. Its fields are data, so that callers can render
// it in any language; [Problem.English] and [Problem.Chinese] are ready-made
// renderings and Error is the English message with codes.
type Problem struct {
	// Kind is the requirement or material the problem is about; 0 for a
	// problem about the whole check (a zero date, an invalid checklist) or a
	// material of an unknown kind.
	Kind Kind
	// Reason is what is wrong.
	Reason Reason
	// Title is the title of the material concerned, "" when none.
	Title string
	// Date is the date the problem is about: the end of validity (expired,
	// expires soon), the issue date (not yet valid, out of date), the first
	// day of a year not covered, or the birth date a resident ID gives
	// (under age; invalid reference with Rule RuleBirthDate, a birth after
	// the check date).
	Date time.Time
	// End is the last day of a year not covered, the earliest issue date
	// allowed (out of date), or the day the person reaches the minimum age
	// (under age).
	End time.Time
	// Section is the missing section (missing section).
	Section Section
	// Reference is the identifier found invalid (invalid reference).
	Reference string
	// Rule is the identifier rule that failed, one of the Rule constants
	// (invalid reference; RuleMinimumAge for under age).
	Rule string
	// Detail is further explanation in English, such as why a reference or
	// a material is invalid, or how many materials were needed.
	Detail string
}

// Error returns the problem in English with codes, such as
// `materials: business_license "营业执照": expired: valid until 2026-03-31`.
func (p Problem) Error() string { return "materials: " + p.subject(p.Kind.String()) + p.text(false) }

// Unwrap returns the sentinel error of p's Reason.
func (p Problem) Unwrap() error { return p.Reason.Err() }

// English returns the problem for a reader of English, such as
// `Business licence (copy) "营业执照": expired: valid until 2026-03-31`.
func (p Problem) English() string { return p.subject(p.Kind.English()) + p.text(true) }

// subject returns `kind "title": ` with the kind named by kind, for the
// English messages; "" for a problem about no kind.
func (p Problem) subject(kind string) string {
	switch {
	case p.Kind == 0:
		return ""
	case p.Title == "":
		return kind + ": "
	}
	return kind + " " + quoteInput(p.Title) + ": "
}

// text returns the reason and its particulars in English; names uses the
// English names of sections instead of their codes.
func (p Problem) text(names bool) string {
	withDetail := func(s string) string {
		if p.Detail == "" {
			return s
		}
		return s + " (" + p.Detail + ")"
	}
	switch p.Reason {
	case ReasonMissing:
		return withDetail("missing")
	case ReasonExpired:
		return "expired: valid until " + formatDate(p.Date)
	case ReasonNotYetValid:
		return "not yet valid: issued on " + formatDate(p.Date)
	case ReasonInsufficientCoverage:
		return "nothing covers the year " + formatDate(p.Date) + " to " + formatDate(p.End)
	case ReasonMissingSection:
		if names {
			return "missing section " + strconv.Quote(p.Section.English())
		}
		return "missing section " + p.Section.String()
	case ReasonInvalidReference:
		return "invalid reference: " + p.Detail
	case ReasonUnderage:
		if p.Date.IsZero() || p.End.IsZero() {
			return withDetail("under age")
		}
		return withDetail("under age: born on " + formatDate(p.Date) + ", not " + strconv.Itoa(p.End.Year()-p.Date.Year()) + " until " + formatDate(p.End))
	case ReasonOutdated:
		return "out of date: the latest was issued on " + formatDate(p.Date) + ", before " + formatDate(p.End)
	case ReasonInvalidMaterial:
		return "invalid: " + p.Detail
	case ReasonDuplicate:
		return "provided more than once"
	case ReasonInvalidDate:
		if p.Detail != "" {
			return "invalid check date: " + p.Detail
		}
		return "the check date is zero"
	case ReasonInvalidChecklist:
		return "invalid checklist: " + p.Detail
	case ReasonExpiresSoon:
		return withDetail("expires soon: valid until " + formatDate(p.Date))
	default:
		return withDetail(p.Reason.String())
	}
}

// ruleChinese names the identifier rules in Chinese.
var ruleChinese = map[string]string{
	RuleLength:           "位数不对",
	RuleLowerCase:        "含小写字母",
	RuleFullWidth:        "含全角字符",
	RuleCharacter:        "含非法字符",
	RuleCheckCharacter:   "校验码错误",
	RuleOrganizationCode: "所含组织机构代码无效",
	RuleBirthDate:        "出生日期无效",
	RuleNotAccepted:      "不接受此类证件",
}

// Chinese returns the problem for a reader of Chinese, such as
// `营业执照（副本）“营业执照”：已过期（有效期至 2026-03-31）`. Details that
// exist only in English (Detail) are left out, except where nothing else
// explains the problem.
func (p Problem) Chinese() string {
	var b strings.Builder
	if p.Kind != 0 {
		b.WriteString(p.Kind.Chinese())
		if p.Title != "" {
			b.WriteString("“")
			b.WriteString(p.Title)
			b.WriteString("”")
		}
		b.WriteString("：")
	}
	switch p.Reason {
	case ReasonMissing:
		b.WriteString("缺少")
	case ReasonExpired:
		b.WriteString("已过期（有效期至 " + formatDate(p.Date) + "）")
	case ReasonNotYetValid:
		b.WriteString("尚未生效（签发日期 " + formatDate(p.Date) + "）")
	case ReasonInsufficientCoverage:
		b.WriteString("缺少 " + formatDate(p.Date) + " 至 " + formatDate(p.End) + " 年度的材料")
	case ReasonMissingSection:
		b.WriteString("缺少“" + p.Section.Chinese() + "”部分")
	case ReasonInvalidReference:
		b.WriteString("号码 " + p.Reference + " 无效")
		switch zh := ruleChinese[p.Rule]; {
		case p.Rule == RuleBirthDate && !p.Date.IsZero():
			b.WriteString("（出生日期 " + formatDate(p.Date) + " 晚于审查日期）")
		case zh != "":
			b.WriteString("（" + zh + "）")
		}
	case ReasonUnderage:
		if p.Date.IsZero() || p.End.IsZero() {
			b.WriteString("未达最低年龄")
			break
		}
		n := strconv.Itoa(p.End.Year() - p.Date.Year())
		b.WriteString("未满 " + n + " 周岁（出生日期 " + formatDate(p.Date) + "，" + formatDate(p.End) + " 年满 " + n + " 周岁）")
	case ReasonOutdated:
		b.WriteString("不是最新（最近一份签发于 " + formatDate(p.Date) + "，早于 " + formatDate(p.End) + "）")
	case ReasonInvalidMaterial:
		b.WriteString("材料信息无效（" + p.Detail + "）")
	case ReasonDuplicate:
		b.WriteString("重复提交")
	case ReasonInvalidDate:
		if p.Detail != "" {
			b.WriteString("检查日期无效（" + p.Detail + "）")
		} else {
			b.WriteString("检查日期为空")
		}
	case ReasonInvalidChecklist:
		b.WriteString("清单无效（" + p.Detail + "）")
	case ReasonExpiresSoon:
		b.WriteString("即将到期（有效期至 " + formatDate(p.Date) + "）")
	default:
		b.WriteString(p.Reason.String())
	}
	return b.String()
}

// Equal reports whether p and o are the same problem, dates compared as
// calendar dates.
func (p Problem) Equal(o Problem) bool {
	return p.Kind == o.Kind && p.Reason == o.Reason && p.Title == o.Title &&
		sameDate(p.Date, o.Date) && sameDate(p.End, o.End) && p.Section == o.Section &&
		p.Reference == o.Reference && p.Rule == o.Rule && p.Detail == o.Detail
}
