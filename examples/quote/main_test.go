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
	// The brief's case (issue 4 check figures).
	for _, want := range []string{"25,500.00", "52,500.00", "3,150.00", "¥55,650.00", "人民币伍万伍仟陆佰伍拾元整 (CNY 55,650.00)",
		"项目 Item", "年度 Year", "依据", "Basis", "金额 Amount",
		"8.5 人日 × 3000.00", "8.5 person-days × 3000.00", "1 次 × 1000.00", "1 application × 1000.00", "86–125 personnel"} {
		assert.Contains(t, out, want)
	}
	// The output the README shows.
	readme, err := os.ReadFile("../../README.md")
	require.NoError(t, err)
	assert.Contains(t, string(readme), "```\n"+out+"```\n", "README.md shows this output")
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

	code, out, errOut = runQuote(t, "-json")
	require.Equal(t, 0, code, errOut)
	var q fees.Quote
	require.NoError(t, json.Unmarshal([]byte(out), &q))
	assert.Equal(t, "55650.00 CNY", q.Total.String())
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
		{"zero personnel", []string{"-personnel", "0"}, "personnel: audit: invalid effective personnel: 0 is below 1"},
		{"personnel beyond the table", []string{"-personnel", "10701"}, "fees: invalid request: personnel: audit: "},
		{"travel with three places", []string{"-travel", "1.005"}, "-travel"},
		{"missing schedule file", []string{"-schedule", filepath.Join(t.TempDir(), "none.json")}, "-schedule"},
		{"stray argument", []string{"cycle"}, "unexpected argument"},
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
