package audit

import "github.com/aftersales/certification/internal/enum"

// Kind is the kind of an audit in a certification cycle (ISO/IEC 17021-1):
// the two stages of the initial audit, the yearly surveillance audits, the
// recertification audit and special audits (short-notice audits, extensions of
// scope, follow-ups). The zero Kind is not a valid kind.
//
// A Kind's code (String, MarshalText, JSON) is stable: stage1, stage2,
// surveillance, recertification, special.
type Kind uint8

// The audit kinds. Value 0 is reserved for "unknown".
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

var kindLabels = enum.New[Kind]("audit", "kind",
	enum.Label{Code: "stage1", Chinese: "第一阶段审核", English: "Stage 1 audit"},
	enum.Label{Code: "stage2", Chinese: "第二阶段审核", English: "Stage 2 audit"},
	enum.Label{Code: "surveillance", Chinese: "监督审核", English: "Surveillance audit"},
	enum.Label{Code: "recertification", Chinese: "再认证审核", English: "Recertification audit"},
	enum.Label{Code: "special", Chinese: "特殊审核", English: "Special audit"},
).Wrapping(ErrUnknownCode)

// String returns k's stable code, such as "stage2", or "kind(N)" for a value
// that is not a valid Kind.
func (k Kind) String() string { return kindLabels.String(k) }

// Chinese returns k's Chinese name, such as "第二阶段审核"; empty when k is not
// valid.
func (k Kind) Chinese() string { return kindLabels.Label(k).Chinese }

// English returns k's English name, such as "Stage 2 audit"; empty when k is
// not valid.
func (k Kind) English() string { return kindLabels.Label(k).English }

// IsValid reports whether k is one of the declared kinds.
func (k Kind) IsValid() bool { return kindLabels.Valid(k) }

// MarshalText returns k's code. A Kind that is not valid is an error.
func (k Kind) MarshalText() ([]byte, error) { return kindLabels.Marshal(k) }

// UnmarshalText sets *k to the kind whose code is text. An unknown code is an
// error and leaves *k unchanged.
func (k *Kind) UnmarshalText(text []byte) error { return kindLabels.Unmarshal(k, text) }

// ParseKind returns the kind whose code is code, such as "surveillance". An
// unknown code is an error that names it.
func ParseKind(code string) (Kind, error) { return kindLabels.Parse(code) }

// Kinds returns every audit kind in cycle order.
func Kinds() []Kind { return kindLabels.Values() }
