package audit

import (
	"encoding/json"
	"math/big"
	"strings"
	"testing"

	"github.com/aftersales/certification/internal/dec"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The allocation-saving code of fast.go gives what the plain rule
// gives.

func TestFromHalvesIsThePlainDecimal(t *testing.T) {
	for h := int64(-3); h <= 2*int64(len(halfDayCache)); h++ {
		want := decimal.New(h*5, -1)
		got := fromHalves(h)
		require.True(t, got.Equal(want), "%d half days: %s, want %s", h, got, want)
		require.Equal(t, want.String(), got.String())
	}
}

func TestAppendHalvesIsDecimalString(t *testing.T) {
	for h := int64(0); h <= 100_000; h++ {
		require.Equal(t, decimal.New(h*5, -1).String(), string(appendHalves(nil, h)), "%d half days", h)
		require.Equal(t, decimal.New(h*5, -1).StringFixed(1), string(appendDays(nil, h)), "%d half days", h)
	}
}

// plainFraction is the rule appendFraction follows, stated with math/big:
// num/den half days in days, with up to four places, or cut to three
// places and "…" when four do not hold it.
func plainFraction(num, den int64) string {
	days := big.NewRat(num, 2*den)
	scaled := new(big.Rat).Mul(days, big.NewRat(10000, 1))
	if scaled.IsInt() {
		s := strings.TrimRight(days.FloatString(4), "0")
		return strings.TrimSuffix(s, ".")
	}
	thousandths := new(big.Int).Quo(new(big.Int).Mul(days.Num(), big.NewInt(1000)), days.Denom())
	return new(big.Rat).SetFrac(thousandths, big.NewInt(1000)).FloatString(3) + "…"
}

func TestAppendFractionIsThePlainRule(t *testing.T) {
	for den := int64(1); den <= 60; den++ {
		for num := int64(0); num <= 600; num++ {
			require.Equal(t, plainFraction(num, den), string(appendFraction(nil, exactHalves{num, den})), "%d/%d", num, den)
		}
	}
	// The figures of the built-in tables: shares of 1/3, 2/3 and 30 % of
	// each band, after adjustments in hundredths of a percent.
	for _, den := range []int64{3 * percentUnit, 100 * percentUnit, percentUnit} {
		for num := int64(0); num <= 5000; num += 7 {
			require.Equal(t, plainFraction(num*997, den), string(appendFraction(nil, exactHalves{num * 997, den})))
		}
	}
}

// FuzzHundredths: hundredthsOf is d.Shift(2).IntPart() for every decimal
// it is given: the percents adjustments accept, and any decimal of at most
// two places and sixteen integer digits (points, hours, reductions).
func FuzzHundredths(f *testing.F) {
	for _, s := range []string{"-10", "12.5", "-0.01", "100", "-99.99", "0", "10.000", "1e2", "-3.10e1", "0.5e-1",
		"9999999999999999.99", "-1234567.89", "1.000000000000000000000", "0e-500"} {
		f.Add(s)
	}
	widest := dec.Spec{Int: 16, Places: 2, Signed: true}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := decimal.NewFromString(s)
		if err != nil {
			return
		}
		if (Adjustment{Reason: "r", Percent: p}).Validate() == nil {
			assert.Equal(t, p.Shift(2).IntPart(), hundredthsOf(p), "%s", s)
		}
		if widest.Check(p) == nil {
			assert.Equal(t, p.Shift(2).IntPart(), hundredthsOf(p), "%s", s)
		}
	})
}

var hundredthsSink int64

func TestHundredthsDoesNotAllocate(t *testing.T) {
	p := decimal.RequireFromString("-12.50")
	allocs := testing.AllocsPerRun(100, func() { hundredthsSink += hundredthsOf(p) })
	assert.Zero(t, allocs)
	assert.Equal(t, int64(-1250), hundredthsOf(p))
	points := decimal.New(8550, -2)
	assert.Zero(t, testing.AllocsPerRun(100, func() { h, _ := hundredths(points); hundredthsSink += h }))
	h, ok := hundredths(points)
	assert.True(t, ok)
	assert.Equal(t, int64(8550), h)
}

// plainEffortJSON is the plain rule Effort.MarshalJSON follows: encoding/json
// writing effortWire, each figure with one decimal place.
func plainEffortJSON(t *testing.T, e Effort) string {
	h, err := e.checkHalves()
	require.NoError(t, err)
	basis := e.Basis
	if basis == nil {
		basis = []string{}
	}
	days := func(h int64) *dec.Literal {
		l := dec.Literal(decimal.New(h*5, -1).StringFixed(1))
		return &l
	}
	data, err := json.Marshal(effortWire{
		Initial: days(h.initial), Stage1: days(h.stage1), Stage2: days(h.stage2),
		Surveillance: days(h.surveillance), Recertification: days(h.recert), Basis: &basis,
	})
	require.NoError(t, err)
	return string(data)
}

// computedEfforts returns the efforts of every built-in table, for personnel
// across each table, with and without adjustments and sites, and
// integrated; their Basis lines hold the reasons given, some of which JSON
// escapes.
func computedEfforts(t *testing.T) []Effort {
	var out []Effort
	reasons := []string{"single process", "单一重复的过程", `<remote> & "quoted" \ sites`, "tab\tand \u2028"}
	for i, table := range builtinTables {
		for _, personnel := range []int{1, 10, 65, 120, 1200, 10700} {
			adj := Adjustment{Reason: reasons[(i+personnel)%len(reasons)], Percent: decimal.New(int64(-3000+i*500), -2)}
			for _, sites := range []int{1, 7} {
				e, err := table.MultiSiteEffort(personnel, sites, adj)
				require.NoError(t, err)
				out = append(out, e)
			}
			e, err := IntegratedEffort(personnel, 3, []StandardAudit{{Table: QMSTimeTable()}, {Table: builtinTables[3]}},
				Integration{Reduction: decimal.New(int64(i), 0), Reason: reasons[i%len(reasons)]})
			require.NoError(t, err)
			out = append(out, e)
		}
	}
	return out
}

func TestEffortFastEqualsPlain(t *testing.T) {
	d := decimal.RequireFromString
	valid := Effort{Initial: d("8.5"), Stage1: d("1.5"), Stage2: d("7"), Surveillance: d("3"), Recertification: d("5")}
	efforts := append(computedEfforts(t), Effort{}, valid,
		Effort{Initial: d("999999999.5"), Stage1: d("0.5"), Stage2: d("999999999.0"), Basis: []string{"", "\xff"}},
		Effort{Initial: d("8.500000000000000000"), Stage1: d("1.50"), Stage2: d("7"), Basis: []string{"a 19-digit coefficient"}},
		Effort{Initial: decimal.New(0, -1_000_000), Stage1: decimal.New(0, 1_000_000), Basis: []string{"zeros with absurd exponents"}})
	for name, change := range map[string]func(e *Effort){
		"negative":             func(e *Effort) { e.Surveillance = d("-0.5") },
		"not a half day":       func(e *Effort) { e.Recertification = d("5.25") },
		"10^9 days":            func(e *Effort) { e.Surveillance = d("1000000000") },
		"10^9 days with zeros": func(e *Effort) { e.Surveillance = d("1000000000.0") },
		"stages do not add up": func(e *Effort) { e.Stage2 = d("6.5") },
		"absurd exponent":      func(e *Effort) { e.Recertification = decimal.New(5, 1_000_000) },
		"basis not UTF-8":      func(e *Effort) { e.Basis = []string{"ok", "\xc3"} },
	} {
		e := valid
		change(&e)
		_, ok := e.fastHalves()
		assert.False(t, ok, name)
		_, err := e.checkHalves()
		assert.Error(t, err, name)
		efforts = append(efforts, e)
	}
	for _, e := range efforts {
		plain, plainErr := e.checkHalves()
		got, err := e.halves()
		if fast, ok := e.fastHalves(); ok {
			require.NoError(t, plainErr, "the fast check accepts what the plain one refuses: %+v", e)
			require.Equal(t, plain, fast)
		}
		require.Equal(t, plainErr, err, "%+v", e)
		if plainErr != nil {
			continue
		}
		require.Equal(t, plain, got)
		data, err := e.MarshalJSON()
		require.NoError(t, err)
		require.Equal(t, plainEffortJSON(t, e), string(data))
	}
}

// FuzzEffortFast: every effort the fast check accepts, the plain one
// accepts with the same figures, and both encode it alike.
func FuzzEffortFast(f *testing.F) {
	f.Add(int64(17), int32(-1), int64(3), int32(-1), int64(14), int32(-1), int64(30), int32(-1), int64(5), int32(0), "band")
	f.Add(int64(85), int32(-1), int64(15), int32(-1), int64(70), int32(-1), int64(3), int32(0), int64(50), int32(-1), "<&>")
	f.Add(int64(0), int32(-40), int64(0), int32(9), int64(0), int32(0), int64(1), int32(9), int64(5), int32(-18), "\xff")
	f.Fuzz(func(t *testing.T, ic int64, ie int32, s1c int64, s1e int32, s2c int64, s2e int32, sc int64, se int32, rc int64, re int32, line string) {
		e := Effort{Initial: decimal.New(ic, ie), Stage1: decimal.New(s1c, s1e), Stage2: decimal.New(s2c, s2e),
			Surveillance: decimal.New(sc, se), Recertification: decimal.New(rc, re), Basis: []string{line}}
		plain, plainErr := e.checkHalves()
		fast, ok := e.fastHalves()
		if ok && (plainErr != nil || plain != fast) {
			t.Fatalf("fast %v %+v, plain %+v %v", ok, fast, plain, plainErr)
		}
		if plainErr == nil {
			data, err := e.MarshalJSON()
			if err != nil || string(data) != plainEffortJSON(t, e) {
				t.Fatalf("MarshalJSON %s %v, plain %s", data, err, plainEffortJSON(t, e))
			}
		}
	})
}

// TestEffortCheckAndEncodeCost: checking a computed effort allocates
// nothing, and encoding it allocates only its bytes.
func TestEffortCheckAndEncodeCost(t *testing.T) {
	e, err := AfterSalesTimeTable().Effort(120)
	require.NoError(t, err)
	assert.Zero(t, testing.AllocsPerRun(100, func() { _ = e.Validate() }))
	var sink []byte
	assert.Equal(t, 1.0, testing.AllocsPerRun(100, func() { sink, _ = e.MarshalJSON() }))
	assert.NotEmpty(t, sink)
}
