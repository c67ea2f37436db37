package fees_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
)

func ExampleNewMoney() {
	m, err := fees.NewMoney("30210", "CNY")
	fmt.Println(m, err)
	_, err = fees.NewMoney("1e3", "CNY")
	fmt.Println(err)
	_, err = fees.NewMoney("10.005", "CNY")
	fmt.Println(err)
	// Output:
	// 30210.00 CNY <nil>
	// fees: invalid amount: "1e3" is not a plain decimal such as "8.5" (digits and one optional point; no plus sign, exponent or spaces; at most 64 characters)
	// fees: invalid amount: "10.005" has more than 2 decimal places for CNY
}

func ExampleMoney_Uppercase() {
	for _, amount := range []string{"55650", "1409.50", "16409.02", "1680.32", "107000.53", "0.05"} {
		words, err := fees.MustNewMoney(amount, "CNY").Uppercase()
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(amount, words)
	}
	_, err := fees.MustNewMoney("-1", "CNY").Uppercase()
	fmt.Println(err)
	// Output:
	// 55650 人民币伍万伍仟陆佰伍拾元整
	// 1409.50 人民币壹仟肆佰零玖元伍角
	// 16409.02 人民币壹万陆仟肆佰零玖元零贰分
	// 1680.32 人民币壹仟陆佰捌拾元零叁角贰分
	// 107000.53 人民币壹拾万柒仟元零伍角叁分
	// 0.05 人民币伍分
	// fees: amount cannot be written in Chinese capitals: -1.00 CNY is negative
}

// The payment settlement rules print two forms where they allow a 零 or
// not; a caller whose invoices use the other one asks for it.
func ExampleMoney_UppercaseAlternative() {
	for _, amount := range []string{"1680.32", "107000.00", "107000.53", "1409.50"} {
		m := fees.MustNewMoney(amount, "CNY")
		first, _ := m.Uppercase()
		other, err := m.UppercaseAlternative()
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(amount, first, other)
	}
	// Output:
	// 1680.32 人民币壹仟陆佰捌拾元零叁角贰分 人民币壹仟陆佰捌拾元叁角贰分
	// 107000.00 人民币壹拾万零柒仟元整 人民币壹拾万柒仟元整
	// 107000.53 人民币壹拾万柒仟元零伍角叁分 人民币壹拾万零柒仟元伍角叁分
	// 1409.50 人民币壹仟肆佰零玖元伍角 人民币壹仟肆佰零玖元伍角
}

func ExampleMoney_Mul() {
	vat, _ := fees.MustNewMoney("0.25", "CNY").Mul(decimal.RequireFromString("0.06"))
	fmt.Println(vat) // 0.015 rounds half up
	// Output:
	// 0.02 CNY
}

func ExampleSchedule_Quote() {
	s := fees.DefaultSchedule()
	q, err := s.Quote(fees.Request{Personnel: 1200, Part: fees.Initial})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range q.Lines {
		fmt.Printf("%d %-28s %-26s %9s\n", l.Year, l.Item.English(), l.EnglishBasis(), l.Amount.Amount().StringFixed(2))
	}
	fmt.Println("net  ", q.Net)
	fmt.Println("VAT  ", q.VAT)
	fmt.Println("total", q.Total)
	// Output:
	// 1 Application fee              1 application × 1000.00      1000.00
	// 1 Initial audit                16 person-days × 3000.00    48000.00
	// 1 Registration and certificate 1 certificate × 2000.00      2000.00
	// 1 Annual fee                   1 year × 2000.00             2000.00
	// net   53000.00 CNY
	// VAT   3180.00 CNY
	// total 56180.00 CNY
}

// The brief's case: a Shanghai company with 120 effective personnel on one
// site, the whole three-year cycle on the committee's schedule.
func Example_cycleQuote() {
	q, err := fees.DefaultSchedule().Quote(fees.Request{Personnel: 120, Sites: 1, Part: fees.Cycle})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range q.Lines {
		fmt.Printf("year %d %9s  %-26s %s\n", l.Year, l.Amount.Amount().StringFixed(2), l.EnglishBasis(), l.Item.Chinese())
	}
	words, _ := q.Total.Uppercase()
	fmt.Println("net", q.Net, "VAT", q.VAT, "total", q.Total)
	fmt.Println(words)
	fmt.Println(q.Effort.Basis[0])
	// Output:
	// year 1   1000.00  1 application × 1000.00    申请费
	// year 1  25500.00  8.5 person-days × 3000.00  初次认证审核费
	// year 1   2000.00  1 certificate × 2000.00    注册及证书费
	// year 1   2000.00  1 year × 2000.00           年金
	// year 2   9000.00  3 person-days × 3000.00    监督审核费
	// year 2   2000.00  1 year × 2000.00           年金
	// year 3   9000.00  3 person-days × 3000.00    监督审核费
	// year 3   2000.00  1 year × 2000.00           年金
	// net 52500.00 CNY VAT 3150.00 CNY total 55650.00 CNY
	// 人民币伍万伍仟陆佰伍拾元整
	// 86–125 personnel: 8.5 person-days (after-sales committee table)
}

func ExampleSchedule_Quote_discountAndTravel() {
	q, err := fees.DefaultSchedule().Quote(fees.Request{
		Personnel: 120,
		Part:      fees.Initial,
		Travel:    fees.MustNewMoney("1800", "CNY"),
		Discount:  decimal.NewFromInt(10),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range q.Lines[4:] {
		fmt.Println(l.Item, l.Amount, "—", l.EnglishBasis())
	}
	// (30500.00 + 1800.00 − 3050.00) × 1.06
	fmt.Println("total", q.Total)
	// Output:
	// travel 1800.00 CNY — at cost, caller's estimate: 1800.00
	// discount -3050.00 CNY — 10 % of 30500.00
	// total 31005.00 CNY
}

func ExampleRequest_UnmarshalJSON() {
	// A request as a web form sends it.
	form := []byte(`{"personnel":120,"sites":1,"adjustments":[{"reason":"single repetitive process","percent":"-10"}],
		"part":"cycle","travel":{"amount":"1800.00","currency":"CNY"},"discount":"5","extra_copies":0}`)
	var r fees.Request
	if err := json.Unmarshal(form, &r); err != nil {
		fmt.Println(err)
		return
	}
	q, err := fees.DefaultSchedule().Quote(r)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Personnel, r.Part, r.Adjustments[0].Percent, r.Travel, "→", q.Total)

	err = json.Unmarshal([]byte(`{"personnel":0,"part":"cycle","discount":"120"}`), &r)
	fmt.Println(err)
	// Output:
	// 120 cycle -10 1800.00 CNY → 48733.50 CNY
	// fees: invalid request: personnel: 0 is below 1
	// fees: invalid request: discount: 120 % is outside 0–100
}

// Tables and totals show money grouped in thousands, with the currency's
// symbol or code where it is not stated elsewhere.
func ExampleMoney_Grouped() {
	for _, m := range []fees.Money{
		fees.MustNewMoney("55650", "CNY"),
		fees.MustNewMoney("-1234.5", "CNY"),
		fees.MustNewMoney("1200", "JPY"),
		fees.MustNewMoney("1234.567", "KWD"),
	} {
		fmt.Printf("%-10s %-12s %s\n", m.Grouped(), m.WithSymbol(), m.WithCode())
	}
	// Output:
	// 55,650.00  ¥55,650.00   CNY 55,650.00
	// -1,234.50  -¥1,234.50   -CNY 1,234.50
	// 1,200      JP¥1,200     JPY 1,200
	// 1,234.567  KWD 1,234.567 KWD 1,234.567
}

// A line keeps its quantity, unit and unit price; its basis is derived in
// Chinese or in English when it is shown.
func ExampleLine_EnglishBasis() {
	q, err := fees.DefaultSchedule().Quote(fees.Request{Personnel: 120, Part: fees.Initial, ExtraCopies: 1,
		Travel: fees.MustNewMoney("1800", "CNY"), Discount: decimal.NewFromInt(5)})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range q.Lines {
		fmt.Printf("%-4s %-11s %-36s %9s  %s\n", l.Quantity, l.Unit, l.EnglishBasis(), l.Amount.Grouped(), l.ChineseBasis())
	}
	// Output:
	// 1    application 1 application × 1000.00               1,000.00  1 次 × 1000.00
	// 8.5  person_day  8.5 person-days × 3000.00            25,500.00  8.5 人日 × 3000.00
	// 1    certificate 1 certificate × 2000.00               2,000.00  1 张 × 2000.00
	// 1    year        1 year × 2000.00                      2,000.00  1 年 × 2000.00
	// 1    copy        1 copy × 100.00                         100.00  1 份 × 100.00
	// 1    at_cost     at cost, caller's estimate: 1800.00   1,800.00  实报实销，预估 1800.00
	// -5   percent     5 % of 30600.00                      -1,530.00  30600.00 的 5 %
}

// A service that quotes many requests on one schedule checks the schedule
// once, with NewQuoter, and keeps the Quoter.
func ExampleNewQuoter() {
	p, err := fees.NewQuoter(fees.DefaultSchedule())
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, personnel := range []int{10, 120, 1200} {
		q, err := p.Quote(fees.Request{Personnel: personnel, Part: fees.Cycle})
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(personnel, q.Total.WithSymbol())
	}
	_, err = p.Quote(fees.Request{Personnel: 20000, Part: fees.Cycle})
	fmt.Println(errors.Is(err, fees.ErrInvalidRequest), errors.Is(err, audit.ErrBeyondTable))
	var fe *fees.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Field)
	}
	// Output:
	// 10 ¥28,620.00
	// 120 ¥55,650.00
	// 1200 ¥95,400.00
	// true true
	// personnel
}

// A bundle: after-sales service, ISO 9001 and ISO 14001 at one client. The
// management systems are audited together, 15 % less for integration; each
// certificate has its registration and annual fee; one application fee in
// all; a combined discount of 10 % is the caller's.
func Example_bundleQuote() {
	q, err := fees.DefaultSchedule().Quote(fees.Request{
		Personnel: 120,
		Part:      fees.Initial,
		Standards: []fees.BundleStandard{
			{Standard: fees.AfterSales},
			{Standard: fees.QMS},
			{Standard: fees.EMS, Complexity: audit.MediumComplexity},
		},
		Integration: &audit.Integration{Reduction: decimal.NewFromInt(15), Reason: "one management system, one internal audit"},
		Discount:    decimal.NewFromInt(10),
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range q.Lines {
		fmt.Printf("%-47s %-26s %10s\n", l.EnglishName(), l.EnglishBasis(), l.Amount.Grouped())
	}
	fmt.Println("total", q.Total.WithSymbol())
	ims := q.Audits[1] // after-sales service is audited on its own, first
	fmt.Println(ims.Standards, ims.Effort.Initial, "person-days,", ims.Integration.Reduction, "% less:", ims.Integration.Reason)
	for _, line := range ims.Effort.Basis {
		if strings.HasPrefix(line, "integration") || strings.HasPrefix(line, "sum") {
			fmt.Println(line)
		}
	}
	fmt.Println(q.Lines[2].ChineseName())
	// Output:
	// Application fee                                 1 application × 1000.00      1,000.00
	// GB/T 27922 initial audit                        8.5 person-days × 3000.00   25,500.00
	// ISO 9001 + ISO 14001 integrated initial audit   13 person-days × 3000.00    39,000.00
	// GB/T 27922 registration and certificate         1 certificate × 2000.00      2,000.00
	// ISO 9001 registration and certificate           1 certificate × 2000.00      2,000.00
	// ISO 14001 registration and certificate          1 certificate × 2000.00      2,000.00
	// GB/T 27922 annual fee                           1 year × 2000.00             2,000.00
	// ISO 9001 annual fee                             1 year × 2000.00             2,000.00
	// ISO 14001 annual fee                            1 year × 2000.00             2,000.00
	// Discount                                        10 % of 77500.00            -7,750.00
	// total ¥73,935.00
	// iso9001+iso14001 13 person-days, 15 % less: one management system, one internal audit
	// sum: initial 15, stage 1 4.5, surveillance 5, recertification 10
	// integration −15 %: one management system, one internal audit (IAF MD 11)
	// ISO 9001 + ISO 14001 一体化初次认证审核费
}

// Custom lines are the caller's own items, priced and labelled by the
// caller, in the discount base or not, taxed like the rest.
func Example_customLine() {
	q, err := fees.DefaultSchedule().Quote(fees.Request{
		Personnel: 120,
		Part:      fees.Initial,
		Discount:  decimal.NewFromInt(5),
		Custom: []fees.CustomLine{
			{Label: fees.Label{Chinese: "加急审核", English: "Expedited audit"}, Quantity: decimal.NewFromInt(1),
				Price: fees.MustNewMoney("1500", "CNY"), Discountable: true},
			{Label: fees.Label{Chinese: "资料翻译", English: "Translation of documents"}, Quantity: decimal.RequireFromString("2.5"),
				Price: fees.MustNewMoney("400", "CNY")},
		},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, l := range q.Lines[4:] {
		fmt.Printf("%-8s %-24s %-20s %9s\n", l.ChineseName(), l.EnglishName(), l.EnglishBasis(), l.Amount.Grouped())
	}
	fmt.Println("net", q.Net, "VAT", q.VAT, "total", q.Total)

	_, err = fees.DefaultSchedule().Quote(fees.Request{Personnel: 120, Part: fees.Initial, Custom: []fees.CustomLine{
		{Label: fees.Label{Chinese: "加急审核", English: "Expedited audit"}, Quantity: decimal.NewFromInt(1), Price: fees.MustNewMoney("-1500", "CNY")}}})
	var fe *fees.FieldError
	if errors.As(err, &fe) {
		fmt.Println(fe.Field, "—", err)
	}
	// Output:
	// 加急审核     Expedited audit          1 item × 1500.00      1,500.00
	// 资料翻译     Translation of documents 2.5 items × 400.00    1,000.00
	// 折扣       Discount                 5 % of 32000.00      -1,600.00
	// net 31400.00 CNY VAT 1884.00 CNY total 33284.00 CNY
	// custom[0].price — fees: invalid request: custom[0].price: -1500.00 CNY is negative
}
