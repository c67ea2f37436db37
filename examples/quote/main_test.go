package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/quotation"
)

func runQuote(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestDefaultCase(t *testing.T) {
	code, out, errOut := runQuote(t)
	require.Equal(t, 0, code, errOut)
	assert.Empty(t, errOut)
	// The brief's case, with its check figures [committee].
	for _, want := range []string{"25,500.00", "52,500.00", "3,150.00", "¥55,650.00", "人民币伍万伍仟陆佰伍拾元整 (CNY 55,650.00)",
		"项目 Item", "年度 Year", "依据", "Basis", "金额 Amount",
		"8.5 人日 × 3000.00", "8.5 person-days × 3000.00", "1 次 × 1000.00", "1 application × 1000.00", "86–125 personnel",
		"售后服务认证报价单", "签发 Issued 2026-03-10 · 有效期至 Valid until 2026-04-09",
		"客户 Customer: 上海申联家电售后服务有限公司 · 统一社会信用代码 Credit code 91310000132260250X\n",
		"第 1 年小计 Year 1 subtotal", "30,500.00", "11,000.00"} {
		assert.Contains(t, out, want)
	}
	assertREADMEShows(t, out)
	_, again, _ := runQuote(t)
	assert.Equal(t, out, again, "the same inputs, the same quotation number")
}

// assertREADMEShows checks that README.md shows out as a block, exactly.
func assertREADMEShows(t *testing.T, out string) {
	t.Helper()
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	assert.Contains(t, string(readme), "```\n"+out+"```\n", "README.md shows this output")
}

func TestHelp(t *testing.T) {
	for _, flag := range []string{"-h", "-help", "--help"} {
		code, out, errOut := runQuote(t, flag)
		assert.Equal(t, 0, code, flag)
		assert.Empty(t, errOut)
		for _, want := range []string{"usage: quote", "-customer", "-valid-days", "-html", "-compare"} {
			assert.Contains(t, out, want)
		}
	}
}

func TestCompare(t *testing.T) {
	code, out, errOut := runQuote(t, "-compare", "initial,cycle")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"售后服务认证报价比较", "方案 1 Option 1: Q-20260310-", "初次认证 Initial certification",
		"方案 2 Option 2: Q-20260310-", "三年认证周期 Three-year cycle", "差额 Difference 2−1", "+9,000.00", "+23,320.00",
		"人民币叁万贰仟叁佰叁拾元整 (¥32,330.00)", "人民币伍万伍仟陆佰伍拾元整 (¥55,650.00)"} {
		assert.Contains(t, out, want)
	}
	assertREADMEShows(t, out)

	code, out, errOut = runQuote(t, "-compare", "initial,cycle", "-html")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "<!DOCTYPE html>")
	assert.Contains(t, out, "&#43;23,320.00", "html/template writes + as &#43;")

	code, out, errOut = runQuote(t, "-compare", "initial,cycle,recertification", "-json")
	require.Equal(t, 0, code, errOut)
	var qs []quotation.Quotation
	require.NoError(t, json.Unmarshal([]byte(out), &qs))
	require.Len(t, qs, 3)
	assert.Equal(t, fees.Recertification, qs[2].Quote().Part)
}

func TestHTML(t *testing.T) {
	code, out, errOut := runQuote(t, "-html", "-customer", "<script>alert(1)</script>", "-contact", "王经理")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"<!DOCTYPE html>", "&lt;script&gt;alert(1)&lt;/script&gt;", "¥55,650.00",
		"人民币伍万伍仟陆佰伍拾元整", "30,500.00", "2026-04-09", "王经理"} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "<script>")
}

func TestValidity(t *testing.T) {
	code, out, errOut := runQuote(t, "-valid-days", "0", "-issued", "2026-01-31")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "签发 Issued 2026-01-31 · 有效期至 Valid until 2026-01-31")
	code, out, errOut = runQuote(t, "-issued", "2024-01-31")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "有效期至 Valid until 2024-03-01")
}

func TestFlags(t *testing.T) {
	code, out, errOut := runQuote(t, "-personnel", "1200", "-part", "initial")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"48,000.00", "53,000.00", "3,180.00", "¥56,180.00", "人民币伍万陆仟壹佰捌拾元整"} {
		assert.Contains(t, out, want)
	}

	code, out, errOut = runQuote(t, "-discount", "10", "-travel", "1800", "-copies", "2", "-part", "initial")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"30700.00 的 10 %", "10 % of 30700.00", "-3,070.00",
		"实报实销，预估 1800.00", "at cost, caller's estimate: 1800.00", "2 份 × 100.00", "2 copies × 100.00"} {
		assert.Contains(t, out, want)
	}

	code, out, errOut = runQuote(t, "-json", "-customer", "深圳某某电子有限公司", "-credit-code", "91440300708461136T", "-contact", "李女士")
	require.Equal(t, 0, code, errOut)
	var q quotation.Quotation
	require.NoError(t, json.Unmarshal([]byte(out), &q))
	assert.Equal(t, "55650.00 CNY", q.Quote().Total.String())
	assert.Equal(t, quotation.Customer{Name: "深圳某某电子有限公司", CreditCode: "91440300708461136T", Contact: "李女士"}, q.Customer())
	assert.Equal(t, "人民币伍万伍仟陆佰伍拾元整", q.TotalInWords())
}

func TestSchedule(t *testing.T) {
	dir := t.TempDir()
	s := fees.DefaultSchedule()
	s.PersonDay = fees.MustNewMoney("2500", "CNY")
	data, err := json.Marshal(s)
	require.NoError(t, err)
	good := filepath.Join(dir, "good.json")
	require.NoError(t, os.WriteFile(good, data, 0o600))
	code, out, errOut := runQuote(t, "-schedule", good)
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "8.5 person-days × 2500.00")

	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(strings.Replace(string(data), `"vat_rate":"0.06"`, `"vat_rate":6e-2`, 1)), 0o600))
	code, _, errOut = runQuote(t, "-schedule", bad)
	assert.Equal(t, 2, code)
	assert.Contains(t, errOut, "vat_rate")
}

// TestBundle quotes after-sales service with ISO 9001 and ISO 14001 at
// medium complexity, the management systems audited together at 15 % less
// (IAF MD 11): one application fee, an audit line per audit, a registration
// and annual fee per certificate, and the time of each audit.
func TestBundle(t *testing.T) {
	code, out, errOut := runQuote(t, "-standards", "after_sales,iso9001,iso14001:medium", "-integration", "15")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"认证报价单 Certification quotation",
		"GB/T 27922 初次认证审核费 GB/T 27922 initial audit",
		"ISO 9001 + ISO 14001 一体化初次认证审核费 ISO 9001 + ISO 14001 integrated initial audit",
		"13 人日 × 3000.00", "ISO 14001 年金 ISO 14001 annual fee", "¥142,570.00", "人民币壹拾肆万贰仟伍佰柒拾元整",
		"审核人日 Audit time (person-days) — ISO 9001 + ISO 14001: 初次 initial 13", "integration −15 %"} {
		assert.Contains(t, out, want)
	}
	assert.Equal(t, 1, strings.Count(out, "申请费 Application fee"), "one application fee for the bundle")
	assertREADMEShows(t, out)

	code, _, errOut = runQuote(t, "-standards", "after_sales,iso9001,iso14001:medium")
	require.Equal(t, 0, code, errOut, "audited separately without -integration")
}

func TestBadInput(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want string
	}{
		{"unknown flag", []string{"-bogus"}, "bogus"},
		{"not a number", []string{"-personnel", "many"}, "personnel"},
		{"unknown part", []string{"-part", "all"}, "-part"},
		{"discount with exponent", []string{"-discount", "1e1"}, "-discount"},
		{"discount above 100", []string{"-discount", "150"}, "discount"},
		{"zero personnel", []string{"-personnel", "0"}, "request.personnel: 0 is below 1"},
		{"personnel beyond the table", []string{"-personnel", "10701"}, "quotation: invalid inquiry: request.personnel: 10701 personnel is beyond the after_sales table"},
		{"travel with three places", []string{"-travel", "1.005"}, "-travel"},
		{"missing schedule file", []string{"-schedule", filepath.Join(t.TempDir(), "none.json")}, "-schedule"},
		{"stray argument", []string{"cycle"}, "unexpected argument"},
		{"blank customer", []string{"-customer", " "}, "customer.name: is blank"},
		{"invalid credit code", []string{"-credit-code", "91310000132260250Y"}, "customer.credit_code: materials: credit code"},
		{"contact on two lines", []string{"-contact", "a\nb"}, "customer.contact"},
		{"valid until before the issue date", []string{"-valid-days", "-1"}, "valid_until: 2026-03-09 is before the issue date 2026-03-10"},
		{"valid until after 9999", []string{"-issued", "9999-12-31", "-valid-days", "1"}, "valid_until: 10000-01-01 is outside 0001-01-02 to 9999-12-31"},
		{"bad issue date", []string{"-issued", "2026-02-30"}, "-issued"},
		{"json and html", []string{"-json", "-html"}, "choose one"},
		{"one part to compare", []string{"-compare", "cycle"}, "options: 1, a comparison needs at least 2"},
		{"the same part twice", []string{"-compare", "cycle,cycle"}, "options[1].id"},
		{"an unknown part to compare", []string{"-compare", "initial,all"}, "-part"},
		{"an unknown standard", []string{"-standards", "iso27001"}, `-standards: fees: unknown code: "iso27001" is not a known standard`},
		{"an unknown complexity", []string{"-standards", "iso14001:extreme"}, `"extreme" is not a known complexity`},
		{"a standard twice", []string{"-standards", "iso9001,iso9001"}, "request.standards[1]"},
		{"ISO 14001 without its complexity", []string{"-standards", "iso9001,iso14001"}, "request.standards[1].complexity: is missing"},
		{"integration above 20 %", []string{"-standards", "iso9001,iso14001:low", "-integration", "25"}, "request.integration.reduction: 25 % must be from 0 to 20"},
		{"integration without a reason", []string{"-standards", "iso9001,iso14001:low", "-integration", "10", "-integration-reason", " "}, "request.integration.reason"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errOut := runQuote(t, tc.args...)
			assert.Equal(t, 2, code)
			assert.Empty(t, out)
			assert.Contains(t, errOut, tc.want)
		})
	}
}
