package fees

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Line is one line of a quote: Quantity units of Unit at UnitPrice each,
// and the Amount they come to (see the package documentation, # Lines). The
// basis, the line's explanation in Chinese or English, is derived from these
// on demand.
type Line struct {
	// Item is what the line charges for.
	Item Item
	// Unit is what Quantity counts; each item has its own.
	Unit Unit
	// Standards are the standards a line of a bundle is for: one, or the
	// standards of an integrated audit; none on the application fee, the
	// extra lines and every line of a quote that is not a bundle.
	Standards StandardSet
	// Discountable says that a custom line is in the discount base; false
	// on every other line, whose item says whether it is (see the package
	// documentation, # Quotes).
	Discountable bool
	// Year is the year of the cycle the line falls in, 1 to 3; 0 for a line
	// of the whole quote (custom lines, travel, the discount).
	Year int
	// Quantity is the number of units: person-days, copies, 1 for a fee or
	// travel, and minus the discount in percent (−5 for 5 %).
	Quantity decimal.Decimal
	// UnitPrice is the price of one unit; for the discount, the sum it is
	// taken from.
	UnitPrice Money
	// Amount is Quantity × UnitPrice (a percentage of it for the discount),
	// rounded; negative for the discount.
	Amount Money
	// Label is a custom line's own name; nil on every other line. (A
	// pointer keeps a line small: lines are copied at every step of a
	// quote.)
	Label *Label
}

// itemUnits is the unit of each item's lines, indexed by Item.
var itemUnits = [...]Unit{
	Application:          PerApplication,
	InitialAudit:         PerPersonDay,
	Registration:         PerCertificate,
	AnnualFee:            PerYear,
	SurveillanceAudit:    PerPersonDay,
	RecertificationAudit: PerPersonDay,
	ExtraCopy:            PerCopy,
	Travel:               AtCost,
	Discount:             Percent,
	Custom:               PerItem,
}

// unitOf returns the unit of item's lines, 0 for an unknown item.
func unitOf(item Item) Unit {
	if int(item) >= len(itemUnits) {
		return 0
	}
	return itemUnits[item]
}

// isAudit reports whether the item is an audit, priced on person-days.
func (i Item) isAudit() bool { return unitOf(i) == PerPersonDay }

// Equal reports whether l and o are the same line, the quantity compared by
// value.
func (l Line) Equal(o Line) bool {
	return l.Item == o.Item && l.Year == o.Year && l.Quantity.Equal(o.Quantity) && l.Unit == o.Unit &&
		l.UnitPrice.Equal(o.UnitPrice) && l.Amount.Equal(o.Amount) && l.Standards == o.Standards &&
		l.Discountable == o.Discountable && (l.Label == nil) == (o.Label == nil) && (l.Label == nil || *l.Label == *o.Label)
}

// IsZero reports whether l is the zero Line.
func (l Line) IsZero() bool { return l.Equal(Line{}) }

// ChineseName names the line in Chinese (see the package documentation,
// # Lines): a custom line's label, the item's name after the numbers of the
// standards of a bundle line ("ISO 9001 注册及证书费", "ISO 9001 + ISO 14001
// 一体化初次认证审核费"), or the item's name ("注册及证书费").
func (l Line) ChineseName() string { return l.name(true) }

// EnglishName names the line in English (see the package documentation,
// # Lines): a custom line's label, the item's name after the numbers of the
// standards of a bundle line ("ISO 9001 registration and certificate",
// "ISO 9001 + ISO 14001 integrated initial audit"), or the item's name
// ("Registration and certificate").
func (l Line) EnglishName() string { return l.name(false) }

// name writes the line's name in Chinese or in English.
func (l Line) name(chinese bool) string {
	label, item, integrated := Label{}, l.Item.English(), "integrated "
	if l.Label != nil {
		label = *l.Label
	}
	if chinese {
		label.English, item, integrated = label.Chinese, l.Item.Chinese(), "一体化"
	}
	switch {
	case l.Item == Custom:
		return label.English
	case l.Standards.IsZero():
		return item
	}
	b := append(l.Standards.appendNumbers(make([]byte, 0, 64)), ' ')
	if l.Standards.len() > 1 {
		b = append(b, integrated...)
	}
	if !chinese && item != "" && item[0] >= 'A' && item[0] <= 'Z' { // "Initial audit" → "initial audit"
		b = append(b, item[0]+'a'-'A')
		item = item[1:]
	}
	return string(append(b, item...))
}

// EnglishBasis explains the line in English: "8.5 person-days × 3000.00",
// "1 year × 2000.00", "2 copies × 100.00", "3 items × 500.00", "at cost,
// caller's estimate: 1800.00", "5 % of 52500.00". It is "" for a line whose
// unit is unknown.
func (l Line) EnglishBasis() string { return l.basis(false) }

// ChineseBasis explains the line in Chinese: "8.5 人日 × 3000.00",
// "1 年 × 2000.00", "2 份 × 100.00", "3 项 × 500.00", "实报实销，预估
// 1800.00", "52500.00 的 5 %". It is "" for a line whose unit is unknown.
func (l Line) ChineseBasis() string { return l.basis(true) }

// basis writes the line's basis in Chinese or in English.
func (l Line) basis(chinese bool) string {
	if !l.Unit.IsValid() {
		return ""
	}
	var buf [96]byte
	b := buf[:0]
	switch {
	case l.Unit == AtCost && chinese:
		b = l.UnitPrice.appendFixed(append(b, "实报实销，预估 "...))
	case l.Unit == AtCost:
		b = l.UnitPrice.appendFixed(append(b, "at cost, caller's estimate: "...))
	case l.Unit == Percent && chinese:
		b = append(appendDecimal(append(l.UnitPrice.appendFixed(b), " 的 "...), l.Quantity.Neg()), " %"...)
	case l.Unit == Percent:
		b = l.UnitPrice.appendFixed(append(appendDecimal(b, l.Quantity.Neg()), " % of "...))
	default:
		b = append(appendDecimal(b, l.Quantity), ' ')
		b = append(b, l.unitName(chinese)...)
		b = l.UnitPrice.appendFixed(append(b, " × "...))
	}
	return string(b)
}

// unitName returns the name of the line's unit as its quantity takes it:
// the Chinese name, or the English one in the singular for exactly one and
// in the plural otherwise ("1 person-day", "8.5 person-days").
func (l Line) unitName(chinese bool) string {
	switch {
	case chinese:
		return l.Unit.Chinese()
	case l.Quantity.Equal(decOne):
		return l.Unit.English()
	}
	return plural(l.Unit.English())
}

// plural returns the plural of an English unit name: "copy" → "copies",
// "person-day" → "person-days".
func plural(word string) string {
	if stem, ok := strings.CutSuffix(word, "y"); ok && !strings.ContainsAny(stem[len(stem)-1:], "aeiou") {
		return stem + "ies"
	}
	return word + "s"
}

// decOne is 1, the quantity of a fee line; built once.
var decOne = decimal.New(1, 0)

// lineAmount returns the amount of qty units of unit at price: qty × price,
// or qty % of price for a percentage, rounded once (see the package
// documentation, # Rounding).
func lineAmount(qty decimal.Decimal, unit Unit, price Money) (Money, error) {
	switch {
	case unit == Percent:
		return price.Mul(qty.Shift(-2))
	case isOne(qty):
		return price, nil
	}
	return price.Mul(qty)
}
