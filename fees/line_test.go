package fees_test

import (
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
)

func TestLineBasis(t *testing.T) {
	line := func(item fees.Item, qty string, unit fees.Unit, price string) fees.Line {
		return fees.Line{Item: item, Quantity: decimal.RequireFromString(qty), Unit: unit, UnitPrice: fees.MustNewMoney(price, "CNY")}
	}
	cases := []struct {
		name             string
		l                fees.Line
		english, chinese string
	}{
		{"person-days", line(fees.InitialAudit, "8.5", fees.PerPersonDay, "3000"), "8.5 person-days × 3000.00", "8.5 人日 × 3000.00"},
		{"half a person-day", line(fees.SurveillanceAudit, "0.5", fees.PerPersonDay, "3000"), "0.5 person-days × 3000.00", "0.5 人日 × 3000.00"},
		{"one person-day", line(fees.SurveillanceAudit, "1", fees.PerPersonDay, "3000"), "1 person-day × 3000.00", "1 人日 × 3000.00"},
		{"one person-day written 1.0", line(fees.SurveillanceAudit, "1.0", fees.PerPersonDay, "3000"), "1 person-day × 3000.00", "1 人日 × 3000.00"},
		{"application", line(fees.Application, "1", fees.PerApplication, "1000"), "1 application × 1000.00", "1 次 × 1000.00"},
		{"certificate", line(fees.Registration, "1", fees.PerCertificate, "2000"), "1 certificate × 2000.00", "1 张 × 2000.00"},
		{"year", line(fees.AnnualFee, "1", fees.PerYear, "2000"), "1 year × 2000.00", "1 年 × 2000.00"},
		{"one copy", line(fees.ExtraCopy, "1", fees.PerCopy, "100"), "1 copy × 100.00", "1 份 × 100.00"},
		{"copies", line(fees.ExtraCopy, "3", fees.PerCopy, "100"), "3 copies × 100.00", "3 份 × 100.00"},
		{"travel at cost", line(fees.Travel, "1", fees.AtCost, "1800"), "at cost, caller's estimate: 1800.00", "实报实销，预估 1800.00"},
		{"discount", line(fees.Discount, "-5", fees.Percent, "52500"), "5 % of 52500.00", "52500.00 的 5 %"},
		{"discount with places", line(fees.Discount, "-12.50", fees.Percent, "30700"), "12.5 % of 30700.00", "30700.00 的 12.5 %"},
		{"the zero Line", fees.Line{}, "", ""},
		{"an unknown unit", line(fees.Application, "1", fees.Unit(99), "1000"), "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.english, tc.l.EnglishBasis())
			assert.Equal(t, tc.chinese, tc.l.ChineseBasis())
		})
	}
}

// TestBasisSingularForOne is the regression test for "1 person-days": the
// basis wrote the plural whatever the quantity. On the QMS table the
// recertification of one person is one person-day.
func TestBasisSingularForOne(t *testing.T) {
	s := fees.DefaultSchedule()
	s.TimeTable = audit.QMSTimeTable()
	q := quote(t, s, fees.Request{Personnel: 1, Part: fees.Recertification, ExtraCopies: 1})
	assert.Equal(t, "1 person-day × 3000.00", q.Lines[0].EnglishBasis())
	assert.Equal(t, "1 copy × 100.00", q.Lines[3].EnglishBasis())
	q = quote(t, s, fees.Request{Personnel: 1, Part: fees.Surveillance, ExtraCopies: 2})
	assert.Equal(t, "0.5 person-days × 3000.00", q.Lines[0].EnglishBasis())
	assert.Equal(t, "2 copies × 100.00", q.Lines[2].EnglishBasis())
}

func TestLineEqualAndIsZero(t *testing.T) {
	a := fees.Line{Item: fees.InitialAudit, Year: 1, Quantity: decimal.RequireFromString("8.5"), Unit: fees.PerPersonDay,
		UnitPrice: fees.MustNewMoney("3000", "CNY"), Amount: fees.MustNewMoney("25500", "CNY")}
	b := a
	b.Quantity = decimal.RequireFromString("8.50")
	assert.True(t, a.Equal(b), "quantities compare by value")
	b.Unit = fees.PerYear
	assert.False(t, a.Equal(b))
	assert.False(t, a.IsZero())
	assert.True(t, fees.Line{}.IsZero())
}
