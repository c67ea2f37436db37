package fees

import "github.com/aftersales/certification/internal/enum"

// Item is what a quote line charges for (see the package documentation,
// # Quotes). The zero Item is unknown.
type Item uint8

// The items of a quote [brief], [committee].
const (
	Application          Item = iota + 1 // 申请费
	InitialAudit                         // 初次认证审核费
	Registration                         // 注册及证书费
	AnnualFee                            // 年金
	SurveillanceAudit                    // 监督审核费
	RecertificationAudit                 // 再认证审核费
	ExtraCopy                            // 证书副本费
	Travel                               // 差旅费
	Discount                             // 折扣
	Custom                               // 其他费用: a caller-priced line with its own label
)

var itemLabels = enum.New[Item](ErrUnknownCode, "item",
	enum.Label{Code: "application", Chinese: "申请费", English: "Application fee"},
	enum.Label{Code: "initial_audit", Chinese: "初次认证审核费", English: "Initial audit"},
	enum.Label{Code: "registration", Chinese: "注册及证书费", English: "Registration and certificate"},
	enum.Label{Code: "annual_fee", Chinese: "年金", English: "Annual fee"},
	enum.Label{Code: "surveillance_audit", Chinese: "监督审核费", English: "Surveillance audit"},
	enum.Label{Code: "recertification_audit", Chinese: "再认证审核费", English: "Recertification audit"},
	enum.Label{Code: "extra_copy", Chinese: "证书副本费", English: "Extra certificate copy"},
	enum.Label{Code: "travel", Chinese: "差旅费", English: "Travel and lodging"},
	enum.Label{Code: "discount", Chinese: "折扣", English: "Discount"},
	enum.Label{Code: "custom", Chinese: "其他费用", English: "Other fee"},
)

// ParseItem returns the item whose code is code, such as "annual_fee". An
// unknown code is an error matching [ErrUnknownCode].
func ParseItem(code string) (Item, error) { return itemLabels.Parse(code) }

// Items returns every item in declaration order.
func Items() []Item { return itemLabels.Values() }

// String returns the item's code, such as "initial_audit".
func (i Item) String() string { return itemLabels.String(i) }

// Chinese returns the item's Chinese name, such as "注册及证书费".
func (i Item) Chinese() string { return itemLabels.Label(i).Chinese }

// English returns the item's English name, such as "Registration and
// certificate".
func (i Item) English() string { return itemLabels.Label(i).English }

// IsValid reports whether i is one of [Items].
func (i Item) IsValid() bool { return itemLabels.Valid(i) }

// MarshalText returns the item's code; an unknown item is an error matching
// [ErrUnknownCode].
func (i Item) MarshalText() ([]byte, error) { return itemLabels.Marshal(i) }

// UnmarshalText reads an item's code as [ParseItem] does; on error i is
// unchanged.
func (i *Item) UnmarshalText(text []byte) error { return itemLabels.Unmarshal(i, text) }

// Part is which part of a certification a quote covers (see the package
// documentation, # Quotes). The zero Part is unknown.
type Part uint8

// The parts of a certification [committee].
const (
	Initial         Part = iota + 1 // 初次认证: year 1
	Surveillance                    // 监督审核: one yearly surveillance
	Recertification                 // 再认证: opens the next cycle
	Cycle                           // 三年认证周期: the whole three-year cycle
)

var partLabels = enum.New[Part](ErrUnknownCode, "part",
	enum.Label{Code: "initial", Chinese: "初次认证", English: "Initial certification"},
	enum.Label{Code: "surveillance", Chinese: "监督审核", English: "Surveillance"},
	enum.Label{Code: "recertification", Chinese: "再认证", English: "Recertification"},
	enum.Label{Code: "cycle", Chinese: "三年认证周期", English: "Three-year cycle"},
)

// ParsePart returns the part whose code is code ("initial", "surveillance",
// "recertification", "cycle"). An unknown code is an error matching
// [ErrUnknownCode].
func ParsePart(code string) (Part, error) { return partLabels.Parse(code) }

// Parts returns every part in declaration order.
func Parts() []Part { return partLabels.Values() }

// String returns the part's code, such as "cycle".
func (p Part) String() string { return partLabels.String(p) }

// Chinese returns the part's Chinese name, such as "三年认证周期".
func (p Part) Chinese() string { return partLabels.Label(p).Chinese }

// English returns the part's English name, such as "Three-year cycle".
func (p Part) English() string { return partLabels.Label(p).English }

// IsValid reports whether p is one of [Parts].
func (p Part) IsValid() bool { return partLabels.Valid(p) }

// MarshalText returns the part's code; an unknown part is an error matching
// [ErrUnknownCode].
func (p Part) MarshalText() ([]byte, error) { return partLabels.Marshal(p) }

// UnmarshalText reads a part's code as [ParsePart] does; on error p is
// unchanged.
func (p *Part) UnmarshalText(text []byte) error { return partLabels.Unmarshal(p, text) }

// Unit is what a quote line counts: its quantity is a number of units, its
// unit price the price of one (see the package documentation, # Lines). The
// zero Unit is unknown.
type Unit uint8

// The units of quote lines.
const (
	PerApplication Unit = iota + 1 // 次: the application fee, once
	PerPersonDay                   // 人日: audit time
	PerCertificate                 // 张: registration and the certificate
	PerYear                        // 年: the annual fee
	PerCopy                        // 份: extra certificate copies
	AtCost                         // 实报实销: travel, the caller's estimate
	Percent                        // 百分比: the discount, a percentage of the lines it discounts
	PerItem                        // 项: a custom line, so many of the caller's item
)

var unitLabels = enum.New[Unit](ErrUnknownCode, "unit",
	enum.Label{Code: "application", Chinese: "次", English: "application"},
	enum.Label{Code: "person_day", Chinese: "人日", English: "person-day"},
	enum.Label{Code: "certificate", Chinese: "张", English: "certificate"},
	enum.Label{Code: "year", Chinese: "年", English: "year"},
	enum.Label{Code: "copy", Chinese: "份", English: "copy"},
	enum.Label{Code: "at_cost", Chinese: "实报实销", English: "at cost"},
	enum.Label{Code: "percent", Chinese: "百分比", English: "percent"},
	enum.Label{Code: "item", Chinese: "项", English: "item"},
)

// ParseUnit returns the unit whose code is code, such as "person_day". An
// unknown code is an error matching [ErrUnknownCode].
func ParseUnit(code string) (Unit, error) { return unitLabels.Parse(code) }

// Units returns every unit in declaration order.
func Units() []Unit { return unitLabels.Values() }

// String returns the unit's code, such as "person_day".
func (u Unit) String() string { return unitLabels.String(u) }

// Chinese returns the unit's Chinese name, such as "人日".
func (u Unit) Chinese() string { return unitLabels.Label(u).Chinese }

// English returns the unit's English name in the singular, such as
// "person-day".
func (u Unit) English() string { return unitLabels.Label(u).English }

// IsValid reports whether u is one of [Units].
func (u Unit) IsValid() bool { return unitLabels.Valid(u) }

// MarshalText returns the unit's code; an unknown unit is an error matching
// [ErrUnknownCode].
func (u Unit) MarshalText() ([]byte, error) { return unitLabels.Marshal(u) }

// UnmarshalText reads a unit's code as [ParseUnit] does; on error u is
// unchanged.
func (u *Unit) UnmarshalText(text []byte) error { return unitLabels.Unmarshal(u, text) }

// Standard is a standard that a bundle quote prices a certification to
// (see the package documentation, # Bundles). The zero Standard is unknown.
type Standard uint8

// The standards of a bundle [MD5], [MD11].
const (
	AfterSales Standard = iota + 1 // GB/T 27922 商品售后服务评价体系, on the schedule's time table
	QMS                            // ISO 9001 质量管理体系
	EMS                            // ISO 14001 环境管理体系
	OHS                            // ISO 45001 职业健康安全管理体系
)

var standardLabels = enum.New[Standard](ErrUnknownCode, "standard",
	enum.Label{Code: "after_sales", Chinese: "商品售后服务评价体系", English: "After-sales service"},
	enum.Label{Code: "iso9001", Chinese: "质量管理体系", English: "Quality management system"},
	enum.Label{Code: "iso14001", Chinese: "环境管理体系", English: "Environmental management system"},
	enum.Label{Code: "iso45001", Chinese: "职业健康安全管理体系", English: "Occupational health and safety management system"},
)

// ParseStandard returns the standard whose code is code ("after_sales",
// "iso9001", "iso14001", "iso45001"). An unknown code is an error matching
// [ErrUnknownCode].
func ParseStandard(code string) (Standard, error) { return standardLabels.Parse(code) }

// Standards returns every standard in declaration order.
func Standards() []Standard { return standardLabels.Values() }

// String returns the standard's code, such as "iso14001".
func (s Standard) String() string { return standardLabels.String(s) }

// Chinese returns the standard's Chinese name, such as "环境管理体系".
func (s Standard) Chinese() string { return standardLabels.Label(s).Chinese }

// English returns the standard's English name, such as "Environmental
// management system".
func (s Standard) English() string { return standardLabels.Label(s).English }

// IsValid reports whether s is one of [Standards].
func (s Standard) IsValid() bool { return standardLabels.Valid(s) }

// MarshalText returns the standard's code; an unknown standard is an error
// matching [ErrUnknownCode].
func (s Standard) MarshalText() ([]byte, error) { return standardLabels.Marshal(s) }

// UnmarshalText reads a standard's code as [ParseStandard] does; on error s
// is unchanged.
func (s *Standard) UnmarshalText(text []byte) error { return standardLabels.Unmarshal(s, text) }
