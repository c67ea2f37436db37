package materials

import (
	"slices"
	"strconv"

	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
)

// Kind is the kind of a document an applicant hands in, named by its code:
// one of the built-in kinds below, or a kind that a checklist defines
// ([Checklist.Kinds]). The zero Kind is no kind. See the package doc's Kinds
// section.
type Kind string

// The built-in kinds, the after-sales service materials [brief], in the
// order of [AfterSalesService].
const (
	ApplicationForm      Kind = "application_form"       // 认证申请书
	BusinessLicense      Kind = "business_license"       // 营业执照（副本）
	OrganizationCode     Kind = "organization_code"      // 组织机构代码证
	LegalRepID           Kind = "legal_rep_id"           // 法定代表人身份证明
	ServiceProcessManual Kind = "service_process_manual" // 售后服务流程手册
	QualityManual        Kind = "quality_manual"         // 质量管理手册
	FeedbackMechanism    Kind = "feedback_mechanism"     // 客户反馈机制说明
	OrganizationChart    Kind = "organization_chart"     // 组织机构图（含售后服务机构）
	ServiceOutlets       Kind = "service_outlets"        // 售后服务网点清单
	TrainingRecords      Kind = "training_records"       // 服务人员培训记录
	SatisfactionReport   Kind = "satisfaction_report"    // 客户满意度调查报告
	ServiceCommitment    Kind = "service_commitment"     // 售后服务承诺书
	ComplaintRecords     Kind = "complaint_records"      // 投诉处理记录
	ServiceCase          Kind = "service_case"           // 售后服务案例
)

// builtInKinds names the built-in kinds, in order.
var builtInKinds = [...]KindDef{
	{ApplicationForm, "认证申请书", "Application form"},
	{BusinessLicense, "营业执照（副本）", "Business licence (copy)"},
	{OrganizationCode, "组织机构代码证", "Organisation code certificate"},
	{LegalRepID, "法定代表人身份证明", "Legal representative's identity document"},
	{ServiceProcessManual, "售后服务流程手册", "After-sales service process manual"},
	{QualityManual, "质量管理手册", "Quality manual"},
	{FeedbackMechanism, "客户反馈机制说明", "Customer feedback mechanism"},
	{OrganizationChart, "组织机构图（含售后服务机构）", "Organisation chart (with the after-sales service unit)"},
	{ServiceOutlets, "售后服务网点清单", "List of after-sales service outlets"},
	{TrainingRecords, "服务人员培训记录", "Service staff training records"},
	{SatisfactionReport, "客户满意度调查报告", "Customer satisfaction survey report"},
	{ServiceCommitment, "售后服务承诺书", "After-sales service commitment"},
	{ComplaintRecords, "投诉处理记录", "Complaint handling records"},
	{ServiceCase, "售后服务案例", "After-sales service cases"},
}

// maxKindCode is the longest kind code, in bytes: a code fits whole in a
// message (errs.MaxQuoted).
const maxKindCode = errs.MaxQuoted

// ParseKind returns the Kind whose code is code, built in or not: any code as
// the package doc's Kinds section spells it. Any other text is an error
// matching [ErrUnknownCode].
func ParseKind(code string) (Kind, error) {
	if msg := kindCodeProblem(code); msg != "" {
		return "", errs.New(ErrUnknownCode, "", "kind %s %s", errs.Quote(code), msg)
	}
	return Kind(code), nil
}

// Kinds returns the built-in kinds, in order.
func Kinds() []Kind {
	out := make([]Kind, len(builtInKinds))
	for i, d := range builtInKinds {
		out[i] = d.Code
	}
	return out
}

// String returns k's code.
func (k Kind) String() string { return string(k) }

// Chinese returns the Chinese name of a built-in kind, "" for any other (a
// checklist names its own kinds: [Checklist.Kind]).
func (k Kind) Chinese() string { d, _ := k.builtIn(); return d.Chinese }

// English returns the English name of a built-in kind, "" for any other (a
// checklist names its own kinds: [Checklist.Kind]).
func (k Kind) English() string { d, _ := k.builtIn(); return d.English }

// IsValid reports whether k is spelled as a kind code (see the package doc's
// Kinds section), built in or not.
func (k Kind) IsValid() bool { return kindCodeProblem(string(k)) == "" }

// MarshalText returns k's code; a Kind that is not spelled as a code is an
// error matching [ErrUnknownCode].
func (k Kind) MarshalText() ([]byte, error) {
	if msg := kindCodeProblem(string(k)); msg != "" {
		return nil, errs.New(ErrUnknownCode, "", "cannot encode kind %s: %s", errs.Quote(string(k)), msg)
	}
	return []byte(k), nil
}

// UnmarshalText reads a code as [ParseKind] does; on error k is unchanged.
func (k *Kind) UnmarshalText(text []byte) error {
	got, err := ParseKind(string(text))
	if err != nil {
		return err
	}
	*k = got
	return nil
}

// builtIn returns the definition of k when it is a built-in kind.
func (k Kind) builtIn() (KindDef, bool) {
	i := slices.IndexFunc(builtInKinds[:], func(d KindDef) bool { return d.Code == k })
	if i < 0 {
		return KindDef{}, false
	}
	return builtInKinds[i], true
}

// kindCodeProblem says why code is not spelled as a kind code, or returns
// "": one or more words of lower-case ASCII letters and digits joined by
// single underscores, the first starting with a letter, at most maxKindCode
// bytes.
func kindCodeProblem(code string) string {
	switch {
	case code == "":
		return "is empty"
	case len(code) > maxKindCode:
		return "is longer than " + strconv.Itoa(maxKindCode) + " characters"
	case code[0] < 'a' || code[0] > 'z':
		return "does not start with a lower-case letter a-z"
	case code[len(code)-1] == '_':
		return "ends with an underscore"
	}
	for i := 0; i < len(code); i++ {
		switch c := code[i]; {
		case c == '_' && code[i-1] == '_':
			return "has two underscores in a row"
		case c != '_' && (c < 'a' || c > 'z') && (c < '0' || c > '9'):
			return "has a character other than a-z, 0-9 and _"
		}
	}
	return ""
}

// checkKindCode adds to l, as a problem of the given kind at field, a kind
// k that is not spelled as a kind code.
func checkKindCode(l *errs.List, kind error, field string, k Kind) {
	if msg := kindCodeProblem(string(k)); msg != "" {
		l.New(kind, field, "%s %s", errs.Quote(string(k)), msg)
	}
}

// errOf returns the problems that check adds to a new list, nil when there
// is none.
func errOf(check func(*errs.List)) error {
	var l errs.List
	check(&l)
	return l.Err()
}

// KindDef defines a kind of material: its code and its names. A checklist
// defines its own kinds with it ([Checklist.Kinds]); see the package doc's
// Kinds section.
type KindDef struct {
	// Code is the kind's code, such as "quality_policy".
	Code Kind
	// Chinese is the kind's name in Chinese, such as "质量方针".
	Chinese string
	// English is the kind's name in English, such as "Quality policy".
	English string
}

// IsZero reports whether d is the zero KindDef.
func (d KindDef) IsZero() bool { return d == KindDef{} }

// check adds to l the problems of d as a kind of a checklist's own: a code
// not spelled as a kind code or one of a built-in kind, and blank names.
func (d KindDef) check(l *errs.List) {
	checkKindCode(l, ErrInvalidChecklist, "code", d.Code)
	if _, ok := d.Code.builtIn(); ok {
		l.New(ErrInvalidChecklist, "code", "%s is a built-in kind; a checklist defines only kinds of its own", d.Code)
	}
	l.Wrap(ErrInvalidChecklist, "chinese", text.Required(d.Chinese))
	l.Wrap(ErrInvalidChecklist, "english", text.Required(d.English))
}
