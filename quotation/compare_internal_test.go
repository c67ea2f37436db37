package quotation

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/aftersales/certification/fees"
)

// TestPlaceLinesRepeated checks that two lines with the same item, year and
// name in one option are two rows, matched to another option's first and
// second such line in order (two custom lines of one label are such lines);
// the lines are built here, in orders that no quote of the fees package
// has.
func TestPlaceLinesRepeated(t *testing.T) {
	money := func(s string) fees.Money { return fees.MustNewMoney(s, "CNY") }
	a := []fees.Line{
		{Item: fees.AnnualFee, Year: 1, Amount: money("1")},
		{Item: fees.AnnualFee, Year: 1, Amount: money("2")},
		{Item: fees.Travel, Year: 0, Amount: money("3")},
	}
	b := []fees.Line{
		{Item: fees.AnnualFee, Year: 1, Amount: money("10")},
		{Item: fees.ExtraCopy, Year: 1, Amount: money("30")},
		{Item: fees.AnnualFee, Year: 1, Amount: money("20")},
		{Item: fees.AnnualFee, Year: 1, Amount: money("40")},
	}
	rows := placeLines(placeLines(nil, 2, 0, a), 2, 1, b)
	var got [][2]string
	for _, r := range rows {
		got = append(got, [2]string{r.Amounts[0].Amount().String(), r.Amounts[1].Amount().String()})
	}
	assert.Equal(t, [][2]string{{"1", "10"}, {"0", "30"}, {"2", "20"}, {"0", "40"}, {"3", "0"}}, got)
}
