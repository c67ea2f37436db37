package audit

import "github.com/aftersales/certification/internal/enum"

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

var complexityLabels = enum.New[Complexity]("audit", "complexity",
	enum.Label{Code: "high", Chinese: "高", English: "High"},
	enum.Label{Code: "medium", Chinese: "中", English: "Medium"},
	enum.Label{Code: "low", Chinese: "低", English: "Low"},
	enum.Label{Code: "limited", Chinese: "有限", English: "Limited"},
).Wrapping(ErrUnknownCode)

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
