package quotation_test

import (
	"bytes"
	"errors"
	"html"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/quotation"
)

// columns is the number of terminal columns s takes, CJK and full-width
// characters two: an independent statement of the rendering's rule, for
// the common characters of a quotation.
func columns(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0x3000 && r <= 0x9FFF, r >= 0xFF00 && r <= 0xFF60:
			n += 2
		default:
			n++
		}
	}
	return n
}

// tableLines returns the lines of the text table that starts at the line
// beginning with head and ends at the first empty line.
func tableLines(t *testing.T, text, head string) []string {
	t.Helper()
	_, rest, ok := strings.Cut(text, "\n"+head)
	require.True(t, ok, "no table headed %q", head)
	table, _, _ := strings.Cut(head+rest, "\n\n")
	return strings.Split(table, "\n")
}

// assertAligned checks that every line of a table ends in the same column,
// the last column being amounts aligned to the right.
func assertAligned(t *testing.T, lines []string) {
	t.Helper()
	want := columns(lines[0])
	for _, l := range lines {
		assert.Equal(t, want, columns(l), "line %q", l)
	}
}

func TestQuotationWriteText(t *testing.T) {
	r := fees.Request{Personnel: 120, Part: fees.Cycle, Travel: fees.MustNewMoney("1800", "CNY"), ExtraCopies: 2, Discount: decimal.NewFromInt(5)}
	q := option(t, idA, fees.DefaultSchedule(), r)
	var b bytes.Buffer
	require.NoError(t, q.WriteText(&b))
	out := b.String()
	for _, want := range []string{
		"售后服务认证报价单 After-sales service certification quotation\n",
		"编号 No. Q-20260310-6BA7B8109DAD · 签发 Issued 2026-03-10 · 有效期至 Valid until 2026-04-09\n",
		"客户 Customer: 上海申联家电售后服务有限公司 · 统一社会信用代码 Credit code 91310000132260250X · 联系人 Contact 王经理 021-5555 0100\n",
		"三年认证周期 Three-year cycle · 有效人数 effective personnel 120 · 场所 sites 1 · 折扣 discount 5 % · 差旅预估 travel 1,800.00 · 证书副本 extra copies 2 · 币种 currency CNY\n",
		"8.5 人日 × 3000.00", "8.5 person-days × 3000.00", "52700.00 的 5 %", "5 % of 52700.00",
		"第 1 年小计 Year 1 subtotal", "第 3 年小计 Year 3 subtotal", "不分年度 Whole quote", "-2,635.00", "¥54,976.90",
		"大写 In words: 人民币伍万肆仟玖佰柒拾陆元玖角 (CNY 54,976.90)\n",
		"  - 86–125 personnel: 8.5 person-days (after-sales committee table)\n",
		"本报价单自 2026-03-10 起至 2026-04-09 止有效（含当日）。Valid from 2026-03-10 to 2026-04-09 inclusive.\n",
	} {
		assert.Contains(t, out, want)
	}
	assertAligned(t, tableLines(t, out, "项目 Item"))

	var one bytes.Buffer
	require.NoError(t, option(t, idA, fees.DefaultSchedule(), fees.Request{Personnel: 5, Part: fees.Initial}).WriteText(&one))
	assert.NotContains(t, one.String(), "小计", "one year: its subtotal is the net")
	usdQ := option(t, idA, usd(), cycle)
	var u bytes.Buffer
	require.NoError(t, usdQ.WriteText(&u))
	assert.NotContains(t, u.String(), "大写", "no capitals for dollars")
	assert.Contains(t, u.String(), "US$55,650.00")
}

func TestComparisonWriteText(t *testing.T) {
	s := fees.DefaultSchedule()
	discounted := fees.Request{Personnel: 120, Part: fees.Initial, Discount: decimal.NewFromInt(10)}
	c, err := quotation.NewComparison(option(t, idA, s, discounted), option(t, idB, s, cycle))
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, c.WriteText(&b))
	out := b.String()
	for _, want := range []string{
		"方案 1 Option 1: Q-20260310-6BA7B8109DAD · 初次认证 Initial certification · 有效人数 effective personnel 120 · 场所 sites 1 · 折扣 discount 10 % · 币种 currency CNY · 有效期至 valid until 2026-04-09\n",
		"方案 2 Option 2: Q-20260310-9F2C4E1A7B3D",
		"差额 Difference 2−1", "+9,000.00", "+3,050.00", "+25,050.00", "+26,553.00",
		"  方案 1 Option 1: 人民币贰万玖仟零玖拾柒元整 (¥29,097.00)\n",
		"  方案 2 Option 2: 人民币伍万伍仟陆佰伍拾元整 (¥55,650.00)\n",
	} {
		assert.Contains(t, out, want)
	}
	lines := tableLines(t, out, "项目 Item")
	assertAligned(t, lines)
	assert.Contains(t, lines[9], "折扣 Discount", "the discount after the lines of every year")
}

func TestWriteHTML(t *testing.T) {
	evil := quotation.Customer{Name: `<script>alert("x")</script>上海 & Co`, CreditCode: "91310000132260250X", Contact: `<b onmouseover="x">`}
	q, err := quotation.New(idA, issued, fees.DefaultSchedule(), quotation.Inquiry{Customer: evil, Request: cycle})
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, q.WriteHTML(&b))
	page := b.String()
	assert.True(t, strings.HasPrefix(page, "<!DOCTYPE html>"))
	for _, want := range []string{
		`&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;上海 &amp; Co`, `&lt;b onmouseover=&#34;x&#34;&gt;`,
		"Q-20260310-6BA7B8109DAD", "2026-04-09", "91310000132260250X",
		"25,500.00", "30,500.00", "第 2 年小计 Year 2 subtotal", "52,500.00", "3,150.00", "¥55,650.00",
		"<strong>人民币伍万伍仟陆佰伍拾元整</strong> (CNY 55,650.00)",
		"止有效（含当日）",
	} {
		assert.Contains(t, page, want)
	}
	assert.NotContains(t, page, "<script>")
	assert.NotContains(t, page, "<b onmouseover")

	c, err := quotation.NewComparison(q, quotation.MustNew(idB, issued, fees.DefaultSchedule(), quotation.Inquiry{Customer: evil, Request: fees.Request{Personnel: 120, Part: fees.Initial}}))
	require.NoError(t, err)
	b.Reset()
	require.NoError(t, c.WriteHTML(&b))
	page = b.String()
	for _, want := range []string{`&lt;script&gt;`, "方案 2 Option 2", "-23,320.00", "人民币叁万贰仟叁佰叁拾元整", "¥55,650.00"} {
		assert.Contains(t, page, want)
	}
	assert.NotContains(t, page, "<script>")
}

// failing is a writer that refuses every write.
type failing struct{ writes int }

var errDisk = errors.New("disk full")

func (f *failing) Write([]byte) (int, error) {
	f.writes++
	return 0, errDisk
}

func TestRenderErrors(t *testing.T) {
	q := brief(t)
	c, err := quotation.NewComparison(q, option(t, idB, fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Initial}))
	require.NoError(t, err)
	for name, render := range map[string]func(w *failing) error{
		"quotation text":  func(w *failing) error { return q.WriteText(w) },
		"quotation HTML":  func(w *failing) error { return q.WriteHTML(w) },
		"comparison text": func(w *failing) error { return c.WriteText(w) },
		"comparison HTML": func(w *failing) error { return c.WriteHTML(w) },
	} {
		w := &failing{}
		assert.ErrorIs(t, render(w), errDisk, name)
		assert.Equal(t, 1, w.writes, "%s: one write", name)
	}
	var b bytes.Buffer
	assert.ErrorIs(t, quotation.Quotation{}.WriteText(&b), quotation.ErrInvalidQuotation)
	assert.ErrorIs(t, quotation.Quotation{}.WriteHTML(&b), quotation.ErrInvalidQuotation)
	assert.ErrorIs(t, quotation.Comparison{}.WriteText(&b), quotation.ErrInvalidComparison)
	assert.ErrorIs(t, quotation.Comparison{}.WriteHTML(&b), quotation.ErrInvalidComparison)
	assert.Zero(t, b.Len())
}

// TestBundleRendering: a bundle quotation is titled for certification in
// general and shows the audit time of each audit it prices, with the
// standards each covers, in text and in HTML.
func TestBundleRendering(t *testing.T) {
	r := cycle
	r.Standards = []fees.BundleStandard{{Standard: fees.AfterSales}, {Standard: fees.QMS},
		{Standard: fees.EMS, Complexity: audit.MediumComplexity}}
	r.Integration = &audit.Integration{Reduction: decimal.NewFromInt(15), Reason: "one integrated system"}
	q, err := quotation.New(idA, issued, fees.DefaultSchedule(), ask(r))
	require.NoError(t, err)

	var text, page strings.Builder
	require.NoError(t, q.WriteText(&text))
	require.NoError(t, q.WriteHTML(&page))
	for _, out := range []string{text.String(), html.UnescapeString(page.String())} {
		assert.Contains(t, out, "认证报价单")
		assert.Contains(t, out, "Certification quotation")
		assert.NotContains(t, out, "售后服务认证报价单", "a bundle is not after-sales certification alone")
		assert.Contains(t, out, "审核人日 Audit time (person-days) — GB/T 27922: 初次 initial 8.5")
		assert.Contains(t, out, "审核人日 Audit time (person-days) — ISO 9001 + ISO 14001: 初次 initial 13")
		assert.Contains(t, out, "integration −15 %: one integrated system")
	}
	var plain strings.Builder
	require.NoError(t, brief(t).WriteText(&plain))
	assert.Contains(t, plain.String(), "售后服务认证报价单 After-sales service certification quotation")
	assert.Contains(t, plain.String(), "审核人日 Audit time (person-days): 初次 initial 8.5", "one audit: no standards named")

	// A comparison with a bundle among its options is titled for
	// certification in general too; one of after-sales options alone is not.
	bundles, err := quotation.NewComparison(q, option(t, idB, fees.DefaultSchedule(), cycle))
	require.NoError(t, err)
	after, err := quotation.NewComparison(brief(t), option(t, idB, fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Initial}))
	require.NoError(t, err)
	for c, want := range map[*quotation.Comparison]string{
		&bundles: "认证报价比较 Certification: options compared\n",
		&after:   "售后服务认证报价比较 After-sales service certification: options compared\n",
	} {
		var text, page strings.Builder
		require.NoError(t, c.WriteText(&text))
		require.NoError(t, c.WriteHTML(&page))
		assert.True(t, strings.HasPrefix(text.String(), want), text.String())
		zh, en, _ := strings.Cut(strings.TrimSuffix(want, "\n"), " ")
		assert.Contains(t, page.String(), "<h1>"+zh+"<small>"+en+"</small></h1>")
	}
}
