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
	for _, want := range []string{"25500.00", "52500.00", "3150.00", "55650.00", "人民币伍万伍仟陆佰伍拾元整",
		"项目 Item", "年度 Year", "数量 Qty", "单价 Unit price", "金额 Amount", "依据 Basis",
		"8.5 person-days × 3000.00", "86–125 personnel"} {
		assert.Contains(t, out, want)
	}
}

func TestFlags(t *testing.T) {
	code, out, errOut := runQuote(t, "-personnel", "1200", "-part", "initial")
	require.Equal(t, 0, code, errOut)
	for _, want := range []string{"48000.00", "53000.00", "3180.00", "56180.00", "人民币伍万陆仟壹佰捌拾元整"} {
		assert.Contains(t, out, want)
	}

	code, out, errOut = runQuote(t, "-discount", "10", "-travel", "1800", "-copies", "2", "-part", "initial")
	require.Equal(t, 0, code, errOut)
	assert.Contains(t, out, "-10 %")
	assert.Contains(t, out, "at cost, caller's estimate: 1800.00")

	code, out, errOut = runQuote(t, "-json")
	require.Equal(t, 0, code, errOut)
	var q fees.Quote
	require.NoError(t, json.Unmarshal([]byte(out), &q))
	assert.Equal(t, "55650.00 CNY", q.Total.String())
}

func TestSchedule(t *testing.T) {
	dir := t.TempDir()
	s := fees.DefaultSchedule()
	s.PersonDay = fees.MustMoney("2500", "CNY")
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
		{"zero personnel", []string{"-personnel", "0"}, "personnel 0"},
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
