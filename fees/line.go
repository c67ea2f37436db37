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
	// Year is the year of the cycle the line falls in, 1 to 3; 0 for a line
	// of the whole quote (travel, the discount).
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
}

// unitOf returns the unit of item's lines, 0 for an unknown item.
func unitOf(item Item) Unit {
	if int(item) >= len(itemUnits) {
		return 0
	}
	return itemUnits[item]
}

// Equal reports whether l and o are the same line, the quantity compared by
// value.
func (l Line) Equal(o Line) bool {
	return l.Item == o.Item && l.Year == o.Year && l.Quantity.Equal(o.Quantity) && l.Unit == o.Unit &&
		l.UnitPrice.Equal(o.UnitPrice) && l.Amount.Equal(o.Amount)
}

// IsZero reports whether l is the zero Line.
func (l Line) IsZero() bool { return l.Equal(Line{}) }

// EnglishBasis explains the line in English: "8.5 person-days × 3000.00",
// "1 year × 2000.00", "2 copies × 100.00", "at cost, caller's estimate:
// 1800.00", "5 % of 52500.00". It is "" for a line whose unit is unknown.
func (l Line) EnglishBasis() string { return l.basis(false) }

// ChineseBasis explains the line in Chinese: "8.5 人日 × 3000.00",
// "1 年 × 2000.00", "2 份 × 100.00", "实报实销，预估 1800.00",
// "52500.00 的 5 %". It is "" for a line whose unit is unknown.
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
