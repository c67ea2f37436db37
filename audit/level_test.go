package audit_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// decimalOf parses a decimal literal for a test; it fails the test on a typo.
func decimalOf(t testing.TB, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(s)
	require.NoError(t, err, s)
	return d
}

// assertDecimal compares decimals as numbers (never with ==).
func assertDecimal(t testing.TB, want string, got decimal.Decimal, msgAndArgs ...any) {
	t.Helper()
	assert.Truef(t, decimalOf(t, want).Equal(got), "want %s, got %s %v", want, got, msgAndArgs)
}

// dayOf returns midnight UTC of a YYYY-MM-DD date.
func dayOf(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse("2006-01-02", s)
	require.NoError(t, err, s)
	return d
}

func TestLevelLabels(t *testing.T) {
	tests := []struct {
		level        audit.Level
		code, zh, en string
		certifiable  bool
	}{
		{audit.NotRated, "not_rated", "未达标", "Not rated", false},
		{audit.Compliant, "compliant", "达标", "Compliant", true},
		{audit.ThreeStar, "three_star", "三星", "Three stars", true},
		{audit.FourStar, "four_star", "四星", "Four stars", true},
		{audit.FiveStar, "five_star", "五星", "Five stars", true},
	}
	require.Equal(t, len(tests), len(audit.Levels()))
	for i, tc := range tests {
		t.Run(tc.code, func(t *testing.T) {
			assert.Equal(t, audit.Level(i+1), tc.level, "values start at 1, worst first")
			assert.Equal(t, tc.level, audit.Levels()[i])
			assert.Equal(t, tc.code, tc.level.String())
			assert.Equal(t, tc.zh, tc.level.Chinese())
			assert.Equal(t, tc.en, tc.level.English())
			assert.True(t, tc.level.IsValid())
			assert.Equal(t, tc.certifiable, tc.level.Certifiable())
			parsed, err := audit.ParseLevel(tc.code)
			require.NoError(t, err)
			assert.Equal(t, tc.level, parsed)
			b, err := json.Marshal(tc.level)
			require.NoError(t, err)
			assert.Equal(t, `"`+tc.code+`"`, string(b))
			var back audit.Level
			require.NoError(t, json.Unmarshal(b, &back))
			assert.Equal(t, tc.level, back)
		})
	}
}

func TestLevelUnknown(t *testing.T) {
	var zero audit.Level
	assert.False(t, zero.IsValid())
	assert.False(t, zero.Certifiable())
	assert.Equal(t, "level(0)", zero.String())
	assert.Equal(t, "level(6)", audit.Level(6).String())
	assert.False(t, audit.Level(6).Certifiable())
	_, err := zero.MarshalText()
	assert.Error(t, err)
	_, err = json.Marshal(audit.Level(6))
	assert.Error(t, err)

	for _, bad := range []string{"", "Compliant", "five_stars", "six_star", "达标", " compliant"} {
		_, err := audit.ParseLevel(bad)
		assert.ErrorContains(t, err, "is not a known level", bad)
		assert.ErrorIs(t, err, audit.ErrUnknownCode, bad)
		l := audit.FourStar
		assert.Error(t, l.UnmarshalText([]byte(bad)))
		assert.Equal(t, audit.FourStar, l, "receiver unchanged on error")
	}
}

func TestDefaultGradingThresholds(t *testing.T) {
	g := audit.DefaultGrading()
	require.True(t, g.IsValid())
	assert.False(t, g.StarsAfterOneYear(), "the one-year option is off by default [27922]")
	for _, tc := range []struct {
		level audit.Level
		bound string
	}{{audit.Compliant, "70"}, {audit.ThreeStar, "80"}, {audit.FourStar, "90"}, {audit.FiveStar, "95"}} {
		got, ok := g.Threshold(tc.level)
		require.True(t, ok, tc.level)
		assertDecimal(t, tc.bound, got, tc.level)
	}
	_, ok := g.Threshold(audit.NotRated)
	assert.False(t, ok)
	_, ok = g.Threshold(0)
	assert.False(t, ok)
}

func TestGradingLevel(t *testing.T) {
	g := audit.DefaultGrading()
	tests := []struct {
		score string
		want  audit.Level
	}{
		{"0", audit.NotRated},
		{"69.99", audit.NotRated},
		{"70", audit.Compliant},
		{"70.00", audit.Compliant},
		{"79.99", audit.Compliant},
		{"80", audit.ThreeStar},
		{"89.99", audit.ThreeStar},
		{"90", audit.FourStar},
		{"94.99", audit.FourStar},
		{"95", audit.FiveStar},
		{"100", audit.FiveStar},
	}
	for _, tc := range tests {
		t.Run(tc.score, func(t *testing.T) {
			assert.Equal(t, tc.want, g.Level(decimalOf(t, tc.score)))
		})
	}
	assert.Equal(t, audit.NotRated, audit.Grading{}.Level(decimalOf(t, "100")), "the zero grading rates nothing")
}

func TestNewGrading(t *testing.T) {
	t.Run("custom bounds", func(t *testing.T) {
		g, err := audit.NewGrading(decimalOf(t, "60"), decimalOf(t, "75.5"), decimalOf(t, "85"), decimalOf(t, "97"))
		require.NoError(t, err)
		assert.Equal(t, audit.NotRated, g.Level(decimalOf(t, "59.99")))
		assert.Equal(t, audit.Compliant, g.Level(decimalOf(t, "60")))
		assert.Equal(t, audit.Compliant, g.Level(decimalOf(t, "75.49")))
		assert.Equal(t, audit.ThreeStar, g.Level(decimalOf(t, "75.50")))
		assert.Equal(t, audit.FourStar, g.Level(decimalOf(t, "96.99")))
		assert.Equal(t, audit.FiveStar, g.Level(decimalOf(t, "97")))
		assert.False(t, g.Equal(audit.DefaultGrading()))
	})
	t.Run("equal", func(t *testing.T) {
		g, err := audit.NewGrading(decimalOf(t, "70.00"), decimalOf(t, "80"), decimalOf(t, "90"), decimalOf(t, "95"))
		require.NoError(t, err)
		assert.True(t, g.Equal(audit.DefaultGrading()))
		assert.False(t, g.WithStarsAfterOneYear(true).Equal(audit.DefaultGrading()))
	})
	errs := []struct {
		name   string
		bounds [4]string
		want   []string
	}{
		{"zero bound", [4]string{"0", "80", "90", "95"}, []string{"compliant: bound 0 must be above 0"}},
		{"negative bound", [4]string{"-1", "80", "90", "95"}, []string{"compliant: bound -1 must be above 0"}},
		{"above 100", [4]string{"70", "80", "90", "100.01"}, []string{"five_star: bound 100.01 must be above 0 and at most 100"}},
		{"three places", [4]string{"70", "80.005", "90", "95"}, []string{"three_star: 80.005 has more than 2 decimal places"}},
		{"not ascending", [4]string{"70", "80", "80", "95"}, []string{"four_star: bound 80 must be above the three_star bound 80"}},
		{"descending and all problems reported", [4]string{"95", "90", "80", "170"}, []string{
			"three_star: bound 90 must be above the compliant bound 95",
			"four_star: bound 80 must be above the three_star bound 90",
			"five_star: bound 170 must be above 0 and at most 100",
		}},
	}
	for _, tc := range errs {
		t.Run(tc.name, func(t *testing.T) {
			_, err := audit.NewGrading(decimalOf(t, tc.bounds[0]), decimalOf(t, tc.bounds[1]), decimalOf(t, tc.bounds[2]), decimalOf(t, tc.bounds[3]))
			require.ErrorIs(t, err, audit.ErrInvalidGrading)
			for _, w := range tc.want {
				assert.ErrorContains(t, err, w)
			}
		})
	}
}

func TestGradingGradeStarsAfterOneYear(t *testing.T) {
	five := decimalOf(t, "96")
	compliantScore := decimalOf(t, "75")
	off := audit.DefaultGrading()
	on := off.WithStarsAfterOneYear(true)
	require.True(t, on.StarsAfterOneYear())
	require.False(t, off.StarsAfterOneYear(), "WithStarsAfterOneYear returns a copy")

	tests := []struct {
		name           string
		g              audit.Grading
		score          decimal.Decimal
		compliantSince string
		on             string
		want           audit.Level
	}{
		{"option off, first certification", off, five, "", "2026-03-10", audit.FiveStar},
		{"option on, first certification", on, five, "", "2026-03-10", audit.Compliant},
		{"option on, one day short of a year", on, five, "2025-03-10", "2026-03-09", audit.Compliant},
		{"option on, exactly a year", on, five, "2025-03-10", "2026-03-10", audit.FiveStar},
		{"option on, Feb 29 + 1 year = Feb 28 (clamped)", on, five, "2024-02-29", "2025-02-28", audit.FiveStar},
		{"option on, Feb 27 after Feb 29 is short", on, five, "2024-02-29", "2025-02-27", audit.Compliant},
		{"option on, compliant score unaffected", on, compliantScore, "", "2026-03-10", audit.Compliant},
		{"option on, failing score unaffected", on, decimalOf(t, "50"), "", "2026-03-10", audit.NotRated},
		{"same day", on, five, "2026-03-10", "2026-03-10", audit.Compliant},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var since time.Time
			if tc.compliantSince != "" {
				since = dayOf(t, tc.compliantSince)
			}
			got, err := tc.g.Grade(tc.score, since, dayOf(t, tc.on))
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}

	t.Run("errors", func(t *testing.T) {
		_, err := on.Grade(five, time.Time{}, time.Time{})
		assert.ErrorIs(t, err, audit.ErrInvalidGrading)
		assert.ErrorContains(t, err, "grading date is zero")
		_, err = on.Grade(five, dayOf(t, "2026-03-11"), dayOf(t, "2026-03-10"))
		assert.ErrorIs(t, err, audit.ErrInvalidGrading)
		assert.ErrorContains(t, err, "compliant since 2026-03-11 is after the grading date 2026-03-10")
		_, err = audit.Grading{}.Grade(five, time.Time{}, dayOf(t, "2026-03-10"))
		assert.ErrorIs(t, err, audit.ErrInvalidGrading)
	})
}

func FuzzParseLevel(f *testing.F) {
	for _, l := range audit.Levels() {
		f.Add(l.String())
	}
	f.Add("")
	f.Add("level(0)")
	f.Fuzz(func(t *testing.T, code string) {
		l, err := audit.ParseLevel(code)
		if err != nil {
			assert.Equal(t, audit.Level(0), l)
			var back audit.Level = audit.Compliant
			assert.Error(t, json.Unmarshal([]byte(`"`+code+`"`), &back))
			assert.Equal(t, audit.Compliant, back)
			return
		}
		require.True(t, l.IsValid())
		assert.Equal(t, code, l.String())
		b, err := json.Marshal(l)
		require.NoError(t, err)
		var back audit.Level
		require.NoError(t, json.Unmarshal(b, &back))
		assert.Equal(t, l, back)
	})
}

func TestGradingJSON(t *testing.T) {
	custom, err := audit.NewGrading(decimalOf(t, "60"), decimalOf(t, "75.5"), decimalOf(t, "85"), decimalOf(t, "97"))
	require.NoError(t, err)

	t.Run("wire format", func(t *testing.T) {
		data, err := json.Marshal(audit.DefaultGrading())
		require.NoError(t, err)
		assert.Equal(t, `{"compliant":"70.00","three_star":"80.00","four_star":"90.00","five_star":"95.00","stars_after_one_year":false}`, string(data))
		data, err = json.Marshal(custom.WithStarsAfterOneYear(true))
		require.NoError(t, err)
		assert.Equal(t, `{"compliant":"60.00","three_star":"75.50","four_star":"85.00","five_star":"97.00","stars_after_one_year":true}`, string(data))
	})

	t.Run("round trip", func(t *testing.T) {
		for _, g := range []audit.Grading{audit.DefaultGrading(), audit.DefaultGrading().WithStarsAfterOneYear(true), custom} {
			data, err := json.Marshal(g)
			require.NoError(t, err)
			var back audit.Grading
			require.NoError(t, json.Unmarshal(data, &back), string(data))
			assert.True(t, back.Equal(g), string(data))
		}
	})

	t.Run("bounds as JSON numbers", func(t *testing.T) {
		var g audit.Grading
		require.NoError(t, json.Unmarshal([]byte(`{"compliant":70,"three_star":80.0,"four_star":90,"five_star":"95"}`), &g))
		assert.True(t, g.Equal(audit.DefaultGrading()))
		data, err := json.Marshal(g)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"compliant":"70.00"`, "written as strings")
	})

	t.Run("plain decimals and the option left out", func(t *testing.T) {
		var g audit.Grading
		require.NoError(t, json.Unmarshal([]byte(`{"compliant":"70","three_star":"80.0","four_star":"90","five_star":"95"}`), &g))
		assert.True(t, g.Equal(audit.DefaultGrading()), "the one-year option is off when left out")
	})

	t.Run("zero grading does not encode", func(t *testing.T) {
		_, err := json.Marshal(audit.Grading{})
		assert.ErrorIs(t, err, audit.ErrInvalidGrading)
	})

	valid := `{"compliant":"70.00","three_star":"80.00","four_star":"90.00","five_star":"95.00","stars_after_one_year":false}`
	errorCases := []struct{ name, doc, want string }{
		{"missing bound", strings.Replace(valid, `"compliant":"70.00",`, ``, 1), "compliant: is missing"},
		{"number with an exponent", strings.Replace(valid, `"three_star":"80.00"`, `"three_star":8e1`, 1), `three_star: "8e1" is not a plain decimal`},
		{"number with three places", strings.Replace(valid, `"three_star":"80.00"`, `"three_star":80.001`, 1), `three_star: 80.001 has more than 2 decimal places`},
		{"bound as an object", strings.Replace(valid, `"three_star":"80.00"`, `"three_star":{}`, 1), `three_star: "{}" is not a plain decimal`},
		{"exponent", strings.Replace(valid, `"four_star":"90.00"`, `"four_star":"9e1"`, 1), `four_star: "9e1" is not a plain decimal`},
		{"plus sign", strings.Replace(valid, `"five_star":"95.00"`, `"five_star":"+95"`, 1), `five_star: "+95" is not a plain decimal`},
		{"spaces", strings.Replace(valid, `"five_star":"95.00"`, `"five_star":" 95"`, 1), `five_star: " 95" is not a plain decimal`},
		{"three places", strings.Replace(valid, `"compliant":"70.00"`, `"compliant":"70.005"`, 1), `compliant: 70.005 has more than 2 decimal places`},
		{"absurd size", strings.Replace(valid, `"five_star":"95.00"`, `"five_star":"1`+strings.Repeat("0", 40)+`"`, 1), "five_star: "},
		{"empty bound", strings.Replace(valid, `"compliant":"70.00"`, `"compliant":""`, 1), `compliant: "" is not a plain decimal`},
		{"null bound", strings.Replace(valid, `"compliant":"70.00"`, `"compliant":null`, 1), "compliant: is missing"},
		{"not ascending", strings.Replace(valid, `"four_star":"90.00"`, `"four_star":"80.00"`, 1), "four_star: bound 80 must be above the three_star bound 80"},
		{"above 100", strings.Replace(valid, `"five_star":"95.00"`, `"five_star":"100.01"`, 1), "five_star: bound 100.01 must be above 0 and at most 100"},
		{"negative", strings.Replace(valid, `"compliant":"70.00"`, `"compliant":"-70"`, 1), "compliant: bound -70 must be above 0"},
		{"option as string", strings.Replace(valid, `"stars_after_one_year":false`, `"stars_after_one_year":"no"`, 1), `"stars_after_one_year"`},
		{"unknown field", strings.Replace(valid, `{`, `{"not_rated":"0",`, 1), `unknown field "not_rated"`},
		{"duplicate key", strings.Replace(valid, `{`, `{"five_star":"99",`, 1), `duplicate key "five_star"`},
		{"trailing data", valid + `{}`, "data after the first value"},
		{"null", `null`, "null, where a value is required"},
		{"not an object", `["70","80","90","95"]`, "invalid JSON document"},
		{"a name", `"default"`, "invalid JSON document"},
	}
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			got := custom
			err := got.UnmarshalJSON([]byte(c.doc))
			require.ErrorIs(t, err, audit.ErrInvalidGrading)
			assert.ErrorContains(t, err, c.want)
			assert.True(t, got.Equal(custom), "unchanged after an error")
		})
	}
}

func FuzzGradingJSON(f *testing.F) {
	for _, g := range []audit.Grading{audit.DefaultGrading(), audit.DefaultGrading().WithStarsAfterOneYear(true)} {
		data, err := json.Marshal(g)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"compliant":"60","three_star":"75.5","four_star":"85","five_star":"100"}`))
	f.Add([]byte(`{"compliant":"0.01","three_star":"0.02","four_star":"0.03","five_star":"0.04","stars_after_one_year":true}`))
	f.Add([]byte(`{"compliant":"7e1","three_star":"80","four_star":"90","five_star":"95"}`))
	f.Add([]byte(`{"compliant":70,"three_star":80.5,"four_star":9e1,"five_star":"95"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, ok := checkDocument[audit.Grading](t, data, audit.ErrInvalidGrading)
		if !ok {
			return
		}
		require.True(t, g.IsValid())
		// The bounds are ascending, within 0–100, with at most two places.
		prev := decimal.Zero
		for _, l := range []audit.Level{audit.Compliant, audit.ThreeStar, audit.FourStar, audit.FiveStar} {
			b, ok := g.Threshold(l)
			require.True(t, ok)
			assert.True(t, b.GreaterThan(prev) && b.LessThanOrEqual(decimal.NewFromInt(100)), "%s bound %s", l, b)
			assert.True(t, b.Equal(b.Truncate(2)), "%s bound %s", l, b)
			assert.Equal(t, l, g.Level(b), "a bound reaches its own level")
			prev = b
		}
	})
}

// Grading.Level counts in hundredths; for every score from 0 to 100 in
// hundredths, and in other spellings (85.5 as 85.50 or 855e-1), it is the
// level the decimal bounds give.
func TestGradingLevelEveryHundredth(t *testing.T) {
	g, err := audit.NewGrading(decimalOf(t, "70.01"), decimalOf(t, "80"), decimalOf(t, "90.5"), decimalOf(t, "95.99"))
	require.NoError(t, err)
	want := func(score decimal.Decimal) audit.Level {
		level := audit.NotRated
		for _, l := range []audit.Level{audit.Compliant, audit.ThreeStar, audit.FourStar, audit.FiveStar} {
			if b, _ := g.Threshold(l); score.GreaterThanOrEqual(b) {
				level = l
			}
		}
		return level
	}
	for h := int64(0); h <= 10_000; h++ {
		score := decimal.New(h, -2)
		require.Equal(t, want(score), g.Level(score), score.String())
		require.Equal(t, want(score), g.Level(decimal.New(h*1000, -5)), "%s with five places", score)
	}
	for _, s := range []string{"80.005", "80.0000000000000000000001", "79.9999999999999999999999", "1e30", "-1"} {
		d := decimalOf(t, s)
		assert.Equal(t, want(d), g.Level(d), s)
	}
}
