package materials

import (
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// reasonErrs maps each reason to its sentinel; index 0 is unknown.
var reasonErrs = [...]error{
	nil,
	ErrMissing, ErrExpired, ErrNotYetValid, ErrInsufficientCoverage, ErrMissingSection,
	ErrInvalidReference, ErrOutdated, ErrInvalidMaterial, ErrDuplicate, ErrInvalidDate,
	ErrInvalidChecklist, ErrExpiresSoon, ErrUnderage,
}

// err returns the sentinel error r matches, or nil for an unknown reason.
func (r Reason) err() error {
	if !r.IsValid() {
		return nil
	}
	return reasonErrs[r]
}

// Problem is one thing wrong (or, in warnings, worth knowing) found by
// [Checklist.Check]. It is an error that matches the sentinel of its Reason
// with errors.Is. Its fields are data, so that callers can render it in any
// language; [Problem.English] and [Problem.Chinese] are ready-made
// renderings, and Error is the English message with codes.
type Problem struct {
	// Kind is the requirement or material the problem is about; zero for a
	// problem about the whole check, or about a material whose kind is not
	// spelled as a code.
	Kind Kind
	// KindChinese and KindEnglish name Kind when the checklist defines it
	// ([Checklist.Kinds]); both are empty for a built-in kind, which has
	// its own names, and for a kind the checklist does not know.
	KindChinese, KindEnglish string
	// Reason is what is wrong.
	Reason Reason
	// Title is the title of the material concerned, "" when none.
	Title string
	// Date is the date the problem is about: the end of validity (expired,
	// expires soon), the issue date (not yet valid, out of date), the first
	// day of a year not covered, or the birth date a resident ID gives
	// (under age, or a birth after the check date).
	Date time.Time
	// End is the last day of a year not covered, the earliest issue date
	// allowed (out of date), or the day the person reaches the minimum age
	// (under age).
	End time.Time
	// Section is the missing section (missing section).
	Section Section
	// Reference is the identifier found invalid (invalid reference, under
	// age).
	Reference string
	// Rule is the identifier rule that failed, one of the Rule constants.
	Rule string
	// Detail is further explanation in English.
	Detail string
}

// Error returns the problem in English with codes, such as
// `materials: business_license "营业执照": expired: valid until 2026-03-31`;
// the title is cut short when it is long.
func (p Problem) Error() string {
	subject := ""
	switch {
	case p.Kind == "":
	case p.Title == "":
		subject = string(p.Kind) + ": "
	default:
		subject = string(p.Kind) + " " + errs.Quote(p.Title) + ": "
	}
	return "materials: " + subject + p.english(false)
}

// Is reports whether target is the sentinel of p's Reason.
func (p Problem) Is(target error) bool { return target != nil && target == p.Reason.err() }

// English returns the problem for a reader of English, such as
// `Business licence (copy) "营业执照": expired: valid until 2026-03-31`.
func (p Problem) English() string {
	if p.Kind == "" {
		return p.english(true)
	}
	name := p.kindName(p.KindEnglish, p.Kind.English())
	if p.Title != "" {
		name += " " + strconv.Quote(p.Title)
	}
	return name + ": " + p.english(true)
}

// Chinese returns the problem for a reader of Chinese, such as
// `营业执照（副本）“营业执照”：已过期（有效期至 2026-03-31）`. Details that
// exist only in English (Detail) are left out, except where nothing else
// explains the problem.
func (p Problem) Chinese() string {
	if p.Kind == "" {
		return p.chinese()
	}
	name := p.kindName(p.KindChinese, p.Kind.Chinese())
	if p.Title != "" {
		name += "“" + p.Title + "”"
	}
	return name + "：" + p.chinese()
}

// kindName returns the name of p's kind: the checklist's name, the
// built-in one, or the code.
func (p Problem) kindName(checklist, builtIn string) string {
	switch {
	case checklist != "":
		return checklist
	case builtIn != "":
		return builtIn
	}
	return string(p.Kind)
}

// english returns the reason and its particulars in English; names uses
// the English names of sections instead of their codes.
func (p Problem) english(names bool) string {
	if r := p.Reason; r.IsValid() {
		return renderings[r].english(p, names)
	}
	return p.withDetail(p.Reason.String())
}

// chinese returns the reason and its particulars in Chinese.
func (p Problem) chinese() string {
	if r := p.Reason; r.IsValid() {
		return renderings[r].chinese(p)
	}
	return p.Reason.String()
}

// withDetail returns s followed by p's Detail in brackets, if any.
func (p Problem) withDetail(s string) string {
	if p.Detail == "" {
		return s
	}
	return s + " (" + p.Detail + ")"
}

// IsZero reports whether p is the zero Problem.
func (p Problem) IsZero() bool { return p.Equal(Problem{}) }

// Equal reports whether p and o are the same problem, dates compared as
// calendar dates.
func (p Problem) Equal(o Problem) bool {
	return p.Kind == o.Kind && p.KindChinese == o.KindChinese && p.KindEnglish == o.KindEnglish &&
		p.Reason == o.Reason && p.Title == o.Title &&
		calendar.Equal(p.Date, o.Date) && calendar.Equal(p.End, o.End) && p.Section == o.Section &&
		p.Reference == o.Reference && p.Rule == o.Rule && p.Detail == o.Detail
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

// rendering writes the particulars of the problems of one reason.
type rendering struct {
	english func(p Problem, names bool) string
	chinese func(p Problem) string
}

// renderings holds the rendering of each reason, indexed by Reason.
var renderings = [...]rendering{
	ReasonMissing: {
		func(p Problem, _ bool) string { return p.withDetail("missing") },
		func(Problem) string { return "缺少" }},
	ReasonExpired: {
		func(p Problem, _ bool) string { return "expired: valid until " + calendar.Format(p.Date) },
		func(p Problem) string { return "已过期（有效期至 " + calendar.Format(p.Date) + "）" }},
	ReasonNotYetValid: {
		func(p Problem, _ bool) string { return "not yet valid: issued on " + calendar.Format(p.Date) },
		func(p Problem) string { return "尚未生效（签发日期 " + calendar.Format(p.Date) + "）" }},
	ReasonInsufficientCoverage: {
		func(p Problem, _ bool) string {
			return "nothing covers the year " + calendar.Format(p.Date) + " to " + calendar.Format(p.End)
		},
		func(p Problem) string {
			return "缺少 " + calendar.Format(p.Date) + " 至 " + calendar.Format(p.End) + " 年度的材料"
		}},
	ReasonMissingSection: {missingSectionEnglish,
		func(p Problem) string { return "缺少“" + p.Section.Chinese() + "”部分" }},
	ReasonInvalidReference: {
		func(p Problem, _ bool) string { return "invalid reference: " + p.Detail },
		invalidReferenceChinese},
	ReasonOutdated: {
		func(p Problem, _ bool) string {
			return "out of date: the latest was issued on " + calendar.Format(p.Date) + ", before " + calendar.Format(p.End)
		},
		func(p Problem) string {
			return "不是最新（最近一份签发于 " + calendar.Format(p.Date) + "，早于 " + calendar.Format(p.End) + "）"
		}},
	ReasonInvalidMaterial: {
		func(p Problem, _ bool) string { return "invalid: " + p.Detail },
		func(p Problem) string { return "材料信息无效（" + p.Detail + "）" }},
	ReasonDuplicate: {
		func(Problem, bool) string { return "provided more than once" },
		func(Problem) string { return "重复提交" }},
	ReasonInvalidDate: {invalidDateEnglish, invalidDateChinese},
	ReasonInvalidChecklist: {
		func(p Problem, _ bool) string { return "invalid checklist: " + p.Detail },
		func(p Problem) string { return "清单无效（" + p.Detail + "）" }},
	ReasonExpiresSoon: {
		func(p Problem, _ bool) string {
			return p.withDetail("expires soon: valid until " + calendar.Format(p.Date))
		},
		func(p Problem) string { return "即将到期（有效期至 " + calendar.Format(p.Date) + "）" }},
	ReasonUnderage: {underageEnglish, underageChinese},
}

func missingSectionEnglish(p Problem, names bool) string {
	if names {
		return "missing section " + strconv.Quote(p.Section.English())
	}
	return "missing section " + p.Section.String()
}

func invalidReferenceChinese(p Problem) string {
	var b strings.Builder
	b.WriteString("号码 " + p.Reference + " 无效")
	switch zh := ruleChinese[p.Rule]; {
	case p.Rule == RuleBirthDate && !p.Date.IsZero():
		b.WriteString("（出生日期 " + calendar.Format(p.Date) + " 晚于审查日期）")
	case zh != "":
		b.WriteString("（" + zh + "）")
	}
	return b.String()
}

func invalidDateEnglish(p Problem, _ bool) string {
	if p.Detail != "" {
		return "invalid check date: " + p.Detail
	}
	return "the check date is zero"
}

func invalidDateChinese(p Problem) string {
	if p.Detail != "" {
		return "检查日期无效（" + p.Detail + "）"
	}
	return "检查日期为空"
}

// underageYears returns the age an under-age problem is about, from the
// birth date (Date) to the day the age is reached (End), or "" when either
// is not stated.
func (p Problem) underageYears() string {
	if p.Date.IsZero() || p.End.IsZero() {
		return ""
	}
	return strconv.Itoa(p.End.Year() - p.Date.Year())
}

func underageEnglish(p Problem, _ bool) string {
	n := p.underageYears()
	if n == "" {
		return p.withDetail("under age")
	}
	return p.withDetail("under age: born on " + calendar.Format(p.Date) + ", not " + n + " until " + calendar.Format(p.End))
}

func underageChinese(p Problem) string {
	n := p.underageYears()
	if n == "" {
		return "未达最低年龄"
	}
	return "未满 " + n + " 周岁（出生日期 " + calendar.Format(p.Date) + "，" + calendar.Format(p.End) + " 年满 " + n + " 周岁）"
}
