package quotation_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/quotation"
)

// The brief's case as a quotation: 120 effective personnel, one site, the
// whole cycle, on the committee's schedule, valid for the default 30 days.
func ExampleNew() {
	in := quotation.Inquiry{
		Customer: quotation.Customer{Name: "上海申联家电售后服务有限公司", CreditCode: "91310000132260250X"},
		Request:  fees.Request{Personnel: 120, Sites: 1, Part: fees.Cycle},
	}
	id := uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8") // the caller's
	q, err := quotation.New(id, time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), fees.DefaultSchedule(), in)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(q.Number(), "valid until", q.ValidUntil().Format("2006-01-02"))
	for _, s := range q.Subtotals() {
		fmt.Println("year", s.Year, s.Amount.Grouped())
	}
	fmt.Println(q.Quote().Total.WithSymbol(), q.TotalInWords())
	// Output:
	// Q-20260310-6BA7B8109DAD valid until 2026-04-09
	// year 1 30,500.00
	// year 2 11,000.00
	// year 3 11,000.00
	// ¥55,650.00 人民币伍万伍仟陆佰伍拾元整
}

// A form shows each problem beside its field: the field is the path that
// errors.As finds.
func ExampleNew_errors() {
	in := quotation.Inquiry{
		Customer:   quotation.Customer{Name: " ", CreditCode: "91310000132260250Y"},
		Request:    fees.Request{Personnel: 120, Part: fees.Cycle, Discount: decimal.NewFromInt(120)},
		ValidUntil: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
	}
	_, err := quotation.New(uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		fees.DefaultSchedule(), in)
	for _, problem := range err.(interface{ Unwrap() []error }).Unwrap() {
		var fe *quotation.FieldError
		if errors.As(problem, &fe) {
			fmt.Printf("%s: %v\n", fe.Field, fe.Err)
		}
	}
	fmt.Println(errors.Is(err, quotation.ErrInvalidInquiry), errors.Is(err, fees.ErrInvalidRequest))
	// Output:
	// customer.name: is blank
	// customer.credit_code: materials: credit code "91310000132260250Y": check character at position 18 is 'Y', want 'X'
	// valid_until: 2026-03-01 is before the issue date 2026-03-10
	// request.discount: 120 % is outside 0–100
	// true true
}

func ExampleQuotation_ValidOn() {
	q := quotation.MustNew(uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		fees.DefaultSchedule(), quotation.Inquiry{
			Customer: quotation.Customer{Name: "上海申联家电售后服务有限公司", CreditCode: "91310000132260250X"},
			Request:  fees.Request{Personnel: 120, Part: fees.Initial},
		})
	for _, day := range []string{"2026-03-09", "2026-03-10", "2026-04-09", "2026-04-10"} {
		d, _ := time.Parse("2006-01-02", day)
		fmt.Println(day, q.ValidOn(d))
	}
	// Output:
	// 2026-03-09 false
	// 2026-03-10 true
	// 2026-04-09 true
	// 2026-04-10 false
}

func ExampleQuotation_WriteText() {
	q := quotation.MustNew(uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		fees.DefaultSchedule(), quotation.Inquiry{
			Customer: quotation.Customer{Name: "上海申联家电售后服务有限公司", CreditCode: "91310000132260250X", Contact: "王经理"},
			Request:  fees.Request{Personnel: 120, Part: fees.Initial},
		})
	if err := q.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 售后服务认证报价单 After-sales service certification quotation
	// 编号 No. Q-20260310-6BA7B8109DAD · 签发 Issued 2026-03-10 · 有效期至 Valid until 2026-04-09
	// 客户 Customer: 上海申联家电售后服务有限公司 · 统一社会信用代码 Credit code 91310000132260250X · 联系人 Contact 王经理
	// 初次认证 Initial certification · 有效人数 effective personnel 120 · 场所 sites 1 · 币种 currency CNY
	//
	// 项目 Item                                  年度 Year  依据                Basis                      金额 Amount
	// 申请费 Application fee                             1  1 次 × 1000.00      1 application × 1000.00       1,000.00
	// 初次认证审核费 Initial audit                       1  8.5 人日 × 3000.00  8.5 person-days × 3000.00    25,500.00
	// 注册及证书费 Registration and certificate          1  1 张 × 2000.00      1 certificate × 2000.00       2,000.00
	// 年金 Annual fee                                    1  1 年 × 2000.00      1 year × 2000.00              2,000.00
	// ----------------------------------------------------------------------------------------------------------------
	// 净额 Net                                                                                               30,500.00
	// 增值税 VAT 6 %                                                                                          1,830.00
	// 合计 Total                                                                                            ¥32,330.00
	//
	// 大写 In words: 人民币叁万贰仟叁佰叁拾元整 (CNY 32,330.00)
	//
	// 审核人日 Audit time (person-days): 初次 initial 8.5 (一阶段 stage 1 1.5, 二阶段 stage 2 7) · 监督 surveillance 3 · 再认证 recertification 5
	//   - 86–125 personnel: 8.5 person-days (after-sales committee table)
	//   - stage 1: 1.5 person-days, the table's document review
	//
	// 本报价单自 2026-03-10 起至 2026-04-09 止有效（含当日）。Valid from 2026-03-10 to 2026-04-09 inclusive.
}

// The printable page escapes what the customer typed.
func ExampleQuotation_WriteHTML() {
	q := quotation.MustNew(uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		fees.DefaultSchedule(), quotation.Inquiry{
			Customer: quotation.Customer{Name: "<script>alert(1)</script>", CreditCode: "91310000132260250X"},
			Request:  fees.Request{Personnel: 120, Part: fees.Cycle},
		})
	var page strings.Builder
	if err := q.WriteHTML(&page); err != nil {
		fmt.Println(err)
		return
	}
	for _, line := range strings.Split(page.String(), "\n") {
		if strings.HasPrefix(line, "<") && (strings.Contains(line, "customer") || strings.Contains(line, "words") || strings.Contains(line, `class="total"`)) {
			fmt.Println(line)
		}
	}
	// Output:
	// <dt>客户 Customer</dt><dd class="customer">&lt;script&gt;alert(1)&lt;/script&gt;</dd>
	// <tr class="total"><td colspan="4">合计 Total</td><td class="num">¥55,650.00</td></tr>
	// <p class="words">大写 In words: <strong>人民币伍万伍仟陆佰伍拾元整</strong> (CNY 55,650.00)</p>
}

// Initial certification only, with 10 % off, against the whole cycle.
func ExampleNewComparison() {
	s := fees.DefaultSchedule()
	c := quotation.Customer{Name: "上海申联家电售后服务有限公司", CreditCode: "91310000132260250X"}
	on := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	initial := quotation.MustNew(uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), on, s,
		quotation.Inquiry{Customer: c, Request: fees.Request{Personnel: 120, Part: fees.Initial, Discount: decimal.NewFromInt(10)}})
	whole := quotation.MustNew(uuid.MustParse("9f2c4e1a-7b3d-4c5e-8f60-1a2b3c4d5e6f"), on, s,
		quotation.Inquiry{Customer: c, Request: fees.Request{Personnel: 120, Part: fees.Cycle}})
	cmp, err := quotation.NewComparison(initial, whole)
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := cmp.WriteText(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 售后服务认证报价比较 After-sales service certification: options compared
	// 客户 Customer: 上海申联家电售后服务有限公司 · 统一社会信用代码 Credit code 91310000132260250X
	// 方案 1 Option 1: Q-20260310-6BA7B8109DAD · 初次认证 Initial certification · 有效人数 effective personnel 120 · 场所 sites 1 · 折扣 discount 10 % · 币种 currency CNY · 有效期至 valid until 2026-04-09
	// 方案 2 Option 2: Q-20260310-9F2C4E1A7B3D · 三年认证周期 Three-year cycle · 有效人数 effective personnel 120 · 场所 sites 1 · 币种 currency CNY · 有效期至 valid until 2026-04-09
	//
	// 项目 Item                                  年度 Year  方案 1 Option 1  方案 2 Option 2  差额 Difference 2−1
	// 申请费 Application fee                             1         1,000.00         1,000.00                 0.00
	// 初次认证审核费 Initial audit                       1        25,500.00        25,500.00                 0.00
	// 注册及证书费 Registration and certificate          1         2,000.00         2,000.00                 0.00
	// 年金 Annual fee                                    1         2,000.00         2,000.00                 0.00
	// 监督审核费 Surveillance audit                      2                —         9,000.00            +9,000.00
	// 年金 Annual fee                                    2                —         2,000.00            +2,000.00
	// 监督审核费 Surveillance audit                      3                —         9,000.00            +9,000.00
	// 年金 Annual fee                                    3                —         2,000.00            +2,000.00
	// 折扣 Discount                                      —        -3,050.00                —            +3,050.00
	// -----------------------------------------------------------------------------------------------------------
	// 净额 Net                                                    27,450.00        52,500.00           +25,050.00
	// 增值税 VAT                                                   1,647.00         3,150.00            +1,503.00
	// 合计 Total                                                  29,097.00        55,650.00           +26,553.00
	//
	// 大写 In words:
	//   方案 1 Option 1: 人民币贰万玖仟零玖拾柒元整 (¥29,097.00)
	//   方案 2 Option 2: 人民币伍万伍仟陆佰伍拾元整 (¥55,650.00)
}

// Options in two currencies cannot be compared.
func ExampleNewComparison_currencies() {
	usd := fees.DefaultSchedule()
	usd.Currency = "USD"
	for _, p := range []*fees.Money{&usd.Application, &usd.PersonDay, &usd.Registration, &usd.AnnualFee, &usd.ExtraCopy} {
		*p = fees.MustNewMoney(p.Amount().String(), "USD")
	}
	in := quotation.Inquiry{
		Customer: quotation.Customer{Name: "上海申联家电售后服务有限公司", CreditCode: "91310000132260250X"},
		Request:  fees.Request{Personnel: 120, Part: fees.Cycle},
	}
	on := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	_, err := quotation.NewComparison(
		quotation.MustNew(uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), on, fees.DefaultSchedule(), in),
		quotation.MustNew(uuid.MustParse("9f2c4e1a-7b3d-4c5e-8f60-1a2b3c4d5e6f"), on, usd, in))
	fmt.Println(err)
	// Output:
	// quotation: invalid comparison: options[1].quote.currency: USD is not the first option's currency, CNY
}

// An inquiry as a JSON client posts it; the request's discount may be a
// JSON number.
func ExampleInquiry_UnmarshalJSON() {
	var in quotation.Inquiry
	err := json.Unmarshal([]byte(`{"customer":{"name":"上海申联家电售后服务有限公司","credit_code":"91310000132260250X"},
		"request":{"personnel":120,"part":"cycle","discount":5},"valid_until":"2026-04-30"}`), &in)
	fmt.Println(err, in.Request.Discount, in.ValidUntil.Format("2006-01-02"))
	err = json.Unmarshal([]byte(`{"customer":{"name":"","credit_code":"91310000132260250X"},"request":{"personnel":0,"part":"cycle"}}`), &in)
	fmt.Println(err)
	// Output:
	// <nil> 5 2026-04-30
	// quotation: invalid inquiry: customer.name: is blank
	// quotation: invalid inquiry: request.personnel: 0 is below 1
}

// Decoding makes the quotation again: a document whose total was changed
// is refused.
func ExampleQuotation_UnmarshalJSON() {
	q := quotation.MustNew(uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
		fees.DefaultSchedule(), quotation.Inquiry{
			Customer: quotation.Customer{Name: "上海申联家电售后服务有限公司", CreditCode: "91310000132260250X"},
			Request:  fees.Request{Personnel: 120, Part: fees.Cycle},
		})
	data, _ := json.Marshal(q)
	var back quotation.Quotation
	fmt.Println(json.Unmarshal(data, &back), back.Equal(q))
	forged := strings.Replace(string(data), `"total_in_words":"人民币伍万伍仟陆佰伍拾元整"`, `"total_in_words":"人民币伍万元整"`, 1)
	fmt.Println(json.Unmarshal([]byte(forged), &back))
	// Output:
	// <nil> true
	// quotation: invalid quotation: total_in_words: "人民币伍万元整", but the total 55650.00 CNY is 人民币伍万伍仟陆佰伍拾元整
}
