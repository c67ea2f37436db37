package fees

import (
	"errors"
	"fmt"
	"strings"

	"github.com/aftersales/certification/internal/enum"
)

// Errors about enum values.
var (
	// ErrUnknownItem: an item code or value that is not one of [Items].
	ErrUnknownItem = errors.New("fees: unknown item")
	// ErrUnknownPart: a part code or value that is not one of [Parts].
	ErrUnknownPart = errors.New("fees: unknown part")
)

// codes lists the codes of values, for error messages.
func codes[T fmt.Stringer](values []T) string {
	s := make([]string, len(values))
	for i, v := range values {
		s[i] = v.String()
	}
	return strings.Join(s, ", ")
}

// Item is what a quote line charges for. It is a closed enum; 0 is the
// reserved unknown value.
type Item uint8

// The items of a quote [brief], [committee].
const (
	Application          Item = iota + 1 // application fee, 申请费
	InitialAudit                         // initial audit, person-days × rate, 初次认证审核费
	Registration                         // registration and certificate, 注册及证书费
	AnnualFee                            // annual fee, 年金
	SurveillanceAudit                    // surveillance audit, person-days × rate, 监督审核费
	RecertificationAudit                 // recertification audit, person-days × rate, 再认证审核费
	ExtraCopy                            // extra certificate copies, 证书副本费
	Travel                               // travel and lodging at cost, 差旅费
	Discount                             // discount, a negative line, 折扣
)

var itemLabels = enum.New[Item]("fees", "item",
	enum.Label{Code: "application", Chinese: "申请费", English: "Application fee"},
	enum.Label{Code: "initial_audit", Chinese: "初次认证审核费", English: "Initial audit"},
	enum.Label{Code: "registration", Chinese: "注册及证书费", English: "Registration and certificate"},
	enum.Label{Code: "annual_fee", Chinese: "年金", English: "Annual fee"},
	enum.Label{Code: "surveillance_audit", Chinese: "监督审核费", English: "Surveillance audit"},
	enum.Label{Code: "recertification_audit", Chinese: "再认证审核费", English: "Recertification audit"},
	enum.Label{Code: "extra_copy", Chinese: "证书副本费", English: "Extra certificate copy"},
	enum.Label{Code: "travel", Chinese: "差旅费", English: "Travel and lodging"},
	enum.Label{Code: "discount", Chinese: "折扣", English: "Discount"},
)

// String returns the item's stable code, such as "initial_audit".
func (i Item) String() string { return itemLabels.String(i) }

// Chinese returns the item's Chinese name, such as "注册及证书费".
func (i Item) Chinese() string { return itemLabels.Label(i).Chinese }

// English returns the item's English name, such as "Registration and
// certificate".
func (i Item) English() string { return itemLabels.Label(i).English }

// IsValid reports whether i is one of the declared items.
func (i Item) IsValid() bool { return itemLabels.Valid(i) }

// MarshalText returns the item's code; an unknown item is an error
// matching [ErrUnknownItem].
func (i Item) MarshalText() ([]byte, error) {
	if !i.IsValid() {
		return nil, fmt.Errorf("%w %d: cannot encode", ErrUnknownItem, uint8(i))
	}
	return []byte(i.String()), nil
}

// UnmarshalText parses an item code with [ParseItem]; on error i is
// unchanged.
func (i *Item) UnmarshalText(text []byte) error {
	v, err := ParseItem(string(text))
	if err != nil {
		return err
	}
	*i = v
	return nil
}

// ParseItem returns the item whose code is code, such as "annual_fee". An
// unknown code is an error matching [ErrUnknownItem].
func ParseItem(code string) (Item, error) {
	v, err := itemLabels.Parse(code)
	if err != nil {
		return 0, fmt.Errorf("%w %q: want one of %s", ErrUnknownItem, code, codes(Items()))
	}
	return v, nil
}

// Items returns every item in declaration order.
func Items() []Item { return itemLabels.Values() }

// Part is which part of a certification a quote covers. It is a closed enum;
// 0 is the reserved unknown value.
type Part uint8

// The parts of a certification [committee].
const (
	Initial         Part = iota + 1 // the initial certification: year 1
	Surveillance                    // one yearly surveillance
	Recertification                 // the recertification that opens the next cycle
	Cycle                           // the whole three-year cycle
)

var partLabels = enum.New[Part]("fees", "part",
	enum.Label{Code: "initial", Chinese: "初次认证", English: "Initial certification"},
	enum.Label{Code: "surveillance", Chinese: "监督审核", English: "Surveillance"},
	enum.Label{Code: "recertification", Chinese: "再认证", English: "Recertification"},
	enum.Label{Code: "cycle", Chinese: "三年认证周期", English: "Three-year cycle"},
)

// String returns the part's stable code, such as "cycle".
func (p Part) String() string { return partLabels.String(p) }

// Chinese returns the part's Chinese name, such as "三年认证周期".
func (p Part) Chinese() string { return partLabels.Label(p).Chinese }

// English returns the part's English name, such as "Three-year cycle".
func (p Part) English() string { return partLabels.Label(p).English }

// IsValid reports whether p is one of the declared parts.
func (p Part) IsValid() bool { return partLabels.Valid(p) }

// MarshalText returns the part's code; an unknown part is an error
// matching [ErrUnknownPart].
func (p Part) MarshalText() ([]byte, error) {
	if !p.IsValid() {
		return nil, fmt.Errorf("%w %d: cannot encode", ErrUnknownPart, uint8(p))
	}
	return []byte(p.String()), nil
}

// UnmarshalText parses a part code with [ParsePart]; on error p is
// unchanged.
func (p *Part) UnmarshalText(text []byte) error {
	v, err := ParsePart(string(text))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ParsePart returns the part whose code is code ("initial", "surveillance",
// "recertification", "cycle"). An unknown code is an error matching
// [ErrUnknownPart].
func ParsePart(code string) (Part, error) {
	v, err := partLabels.Parse(code)
	if err != nil {
		return 0, fmt.Errorf("%w %q: want one of %s", ErrUnknownPart, code, codes(Parts()))
	}
	return v, nil
}

// Parts returns every part in declaration order.
func Parts() []Part { return partLabels.Values() }
