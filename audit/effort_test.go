package audit_test

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func adjust(t testing.TB, percent, reason string) audit.Adjustment {
	return audit.Adjustment{Reason: reason, Percent: daysOf(t, percent)}
}

// fiveDayTable has one band of 5 days (1 of document review, 2 of
// surveillance, 3 of recertification), so that an adjustment of p % gives
// 5 × (1 + p/100) days exactly.
func fiveDayTable(t testing.TB) audit.TimeTable {
	t.Helper()
	table, err := audit.NewTimeTable(audit.TimeTableConfig{
		Name: "five", Source: "test table",
		Bands: []audit.Band{{From: 1, To: 100, Initial: daysOf(t, "5"), DocReview: daysOf(t, "1"),
			Surveillance: daysOf(t, "2"), Recertification: daysOf(t, "3")}},
		MaxReduction: audit.Share{Num: 30, Den: 100},
	})
	require.NoError(t, err)
	return table
}

// Rounding to the nearest half day, an exact quarter up, applied once
// [MD5].
func TestEffortRounding(t *testing.T) {
	cases := []struct {
		name, percent, exact, want string
	}{
		{"5.2 → 5", "4", "5.2", "5"},
		{"5.25 → 5.5 (exact quarter up)", "5", "5.25", "5.5"},
		{"5.3 → 5.5", "6", "5.3", "5.5"},
		{"5.74 → 5.5", "14.8", "5.74", "5.5"},
		{"5.75 → 6 (exact quarter up)", "15", "5.75", "6"},
		{"4.75 → 5", "-5", "4.75", "5"},
		{"4.25 → 4.5", "-15", "4.25", "4.5"},
		{"4.2 → 4", "-16", "4.2", "4"},
		{"3.75 → 4", "-25", "3.75", "4"},
		{"5.5 stays", "10", "5.5", "5.5"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := fiveDayTable(t).Effort(50, adjust(t, c.percent, "test"))
			require.NoError(t, err)
			assertDays(t, c.want, e.Initial)
			assert.True(t, e.Stage1.Add(e.Stage2).Equal(e.Initial))
			line := "rounded initial " + c.exact + " → " + c.want
			if c.exact == c.want {
				for _, l := range e.Basis {
					assert.False(t, strings.HasPrefix(l, "rounded initial"), "no rounding line when nothing changed: %q", l)
				}
			} else {
				assert.Contains(t, e.Basis, line)
			}
		})
	}
}

// Each figure is computed from the table figure and rounded once; stage 2 is
// the difference, so the stages always add up.
func TestEffortStagesAddUpAfterRounding(t *testing.T) {
	// 5 × 1.05 = 5.25 → 5.5; stage 1: 1 × 1.05 = 1.05 → 1; stage 2 = 4.5
	// (rounding stage 2 on its own, 4.2 → 4, would lose half a day).
	e, err := fiveDayTable(t).Effort(1, adjust(t, "5", "complex processes"))
	require.NoError(t, err)
	assertDays(t, "5.5", e.Initial)
	assertDays(t, "1", e.Stage1)
	assertDays(t, "4.5", e.Stage2)
	assertDays(t, "2", e.Surveillance)    // 2.1 → 2
	assertDays(t, "3", e.Recertification) // 3.15 → 3
	assert.Equal(t, []string{
		"1–100 personnel: 5 person-days (test table)",
		"stage 1: 1 person-day, the table's document review",
		"+5 %: complex processes",
		"rounded initial 5.25 → 5.5",
		"rounded stage 1 1.05 → 1",
		"rounded surveillance 2.1 → 2",
		"rounded recertification 3.15 → 3",
	}, e.Basis)
}

// The published example: 1200 personnel on the committee's table is 16
// person-days (48 000 yuan at 3000 a day) [committee].
func TestEffortPublishedExample(t *testing.T) {
	e, err := audit.AfterSalesTimeTable().Effort(1200)
	require.NoError(t, err)
	assertDays(t, "16", e.Initial)
	assertDays(t, "48000", e.Initial.Mul(decimal.NewFromInt(3000)))
	assertDays(t, "2", e.Stage1)
	assertDays(t, "14", e.Stage2)
	assert.Equal(t, []string{"1176–1550 personnel: 16 person-days (after-sales committee table)",
		"stage 1: 2 person-days, the table's document review"}, e.Basis)
}

func TestEffortBasisLines(t *testing.T) {
	e, err := audit.AfterSalesTimeTable().Effort(150, adjust(t, "-10", "single repetitive process"))
	require.NoError(t, err)
	assert.Equal(t, []string{
		"126–175 personnel: 9.5 person-days (after-sales committee table)",
		"stage 1: 1.5 person-days, the table's document review",
		"−10 %: single repetitive process",
		"rounded initial 8.55 → 8.5",
		"rounded stage 1 1.35 → 1.5",
		"rounded surveillance 3.15 → 3",
		"rounded recertification 5.4 → 5.5",
	}, e.Basis)
	assertDays(t, "8.5", e.Initial)
	assertDays(t, "1.5", e.Stage1)
	assertDays(t, "7", e.Stage2)

	e, err = audit.AfterSalesTimeTable().Effort(100,
		adjust(t, "-12.5", "  low risk  "), adjust(t, "5", "two shifts"))
	require.NoError(t, err)
	assert.Equal(t, []string{
		"86–125 personnel: 8.5 person-days (after-sales committee table)",
		"stage 1: 1.5 person-days, the table's document review",
		"−12.5 %: low risk",
		"+5 %: two shifts",
		"total adjustment −7.5 %",
		"rounded initial 7.8625 → 8",
		"rounded stage 1 1.3875 → 1.5",
		"rounded surveillance 2.775 → 3",
		"rounded recertification 4.625 → 4.5",
	}, e.Basis)
}

// The total reduction is at most the table's cap (30 %), exactly the cap
// allowed; increases are allowed up to +100 % in total.
func TestEffortAdjustmentLimits(t *testing.T) {
	table := audit.AfterSalesTimeTable()
	ok := []struct {
		name    string
		adj     []audit.Adjustment
		initial string
	}{
		{"exactly −30 %", []audit.Adjustment{adjust(t, "-30", "a")}, "6"}, // 8.5 × 0.7 = 5.95
		{"−20 % and −10 %", []audit.Adjustment{adjust(t, "-20", "a"), adjust(t, "-10", "b")}, "6"},
		{"−40 % and +10 %", []audit.Adjustment{adjust(t, "-40", "a"), adjust(t, "10", "b")}, "6"},
		{"+100 %", []audit.Adjustment{adjust(t, "100", "a")}, "17"},
		{"+60 % and +40 %", []audit.Adjustment{adjust(t, "60", "a"), adjust(t, "40", "b")}, "17"},
		{"0 %", []audit.Adjustment{adjust(t, "0", "considered, no change")}, "8.5"},
	}
	for _, c := range ok {
		t.Run(c.name, func(t *testing.T) {
			e, err := table.Effort(100, c.adj...)
			require.NoError(t, err)
			assertDays(t, c.initial, e.Initial)
		})
	}

	bad := []struct {
		name string
		adj  []audit.Adjustment
		want error
		msg  string
	}{
		{"−30.01 %", []audit.Adjustment{adjust(t, "-30.01", "a")}, audit.ErrReductionCap, "adjustments: −30.01 % in total is more than the 30 % the after_sales table allows (IAF MD 5)"},
		{"−20 % and −10.01 %", []audit.Adjustment{adjust(t, "-20", "a"), adjust(t, "-10.01", "b")}, audit.ErrReductionCap, "−30.01 %"},
		{"−50 %", []audit.Adjustment{adjust(t, "-50", "a")}, audit.ErrReductionCap, "−50 %"},
		{"+100.01 %", []audit.Adjustment{adjust(t, "100.01", "a")}, audit.ErrInvalidAdjustment, "at most +100"},
		{"+60 % and +40.5 %", []audit.Adjustment{adjust(t, "60", "a"), adjust(t, "40.5", "b")}, audit.ErrInvalidAdjustment, "adjustments: +100.5 % in total is above +100 %"},
		{"−100 %", []audit.Adjustment{adjust(t, "-100", "a")}, audit.ErrInvalidAdjustment, "above −100"},
		{"−150 %", []audit.Adjustment{adjust(t, "-150", "a")}, audit.ErrInvalidAdjustment, "above −100"},
		{"three places", []audit.Adjustment{adjust(t, "-10.005", "a")}, audit.ErrInvalidAdjustment, "more than two decimal places"},
		{"no reason", []audit.Adjustment{adjust(t, "-10", "")}, audit.ErrInvalidAdjustment, "audit: invalid adjustment: adjustments[0].reason: empty (percent -10 %)"},
		{"blank reason", []audit.Adjustment{adjust(t, "5", "a"), adjust(t, "-10", " \t")}, audit.ErrInvalidAdjustment, "adjustments[1].reason: empty"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			e, err := table.Effort(100, c.adj...)
			require.ErrorIs(t, err, c.want)
			assert.Contains(t, err.Error(), c.msg)
			assert.True(t, e.Equal(audit.Effort{}))
		})
	}

	t.Run("the cap is the table's", func(t *testing.T) {
		config := fiveDayTable(t).Config()
		config.MaxReduction = audit.Share{Num: 20, Den: 100}
		table, err := audit.NewTimeTable(config)
		require.NoError(t, err)
		_, err = table.Effort(1, adjust(t, "-20", "a"))
		require.NoError(t, err)
		_, err = table.Effort(1, adjust(t, "-20.01", "a"))
		assert.ErrorIs(t, err, audit.ErrReductionCap)
		config.MaxReduction = audit.Share{}
		table, err = audit.NewTimeTable(config)
		require.NoError(t, err)
		_, err = table.Effort(1, adjust(t, "-0.01", "a"))
		assert.ErrorIs(t, err, audit.ErrReductionCap)
	})
}

// After adjustments stage 1 is the adjusted document review, rounded once,
// and never cut past the reduction cap; stage 2 is the rest.
func TestEffortStageOneAdjusted(t *testing.T) {
	table := audit.AfterSalesTimeTable()
	cases := []struct {
		name                    string
		personnel               int
		percent                 string
		initial, stage1, stage2 string
		lines                   []string
	}{
		// 176–275: 10.5 days, 1.5 of document review. −30 %: 7.35 → 7.5;
		// stage 1 1.05 → 1.
		{"176–275 at −30 %", 200, "-30", "7.5", "1", "6.5", []string{"rounded stage 1 1.05 → 1"}},
		// 1–10: 3 days, 1 of document review. −30 %: 2.1 → 2 is a 33 %
		// cut, raised to 2.5; stage 1 0.7 → 0.5 (the stages share the
		// initial time out; the cap holds on the initial time).
		{"1–10 at −30 %", 5, "-30", "2.5", "0.5", "2", []string{
			"initial: 2 would cut more than 30 % of the table time; raised to 2.5 person-days",
			"rounded stage 1 0.7 → 0.5"}},
		// 1–10 at −25 %: 2.25 → 2.5; stage 1 0.75 → 1 (a quarter up).
		{"1–10 at −25 %", 10, "-25", "2.5", "1", "1.5", []string{"rounded stage 1 0.75 → 1"}},
		// 46–65: 6.5 days, 1.5 of document review. +20 %: 7.8 → 8; stage 1
		// 1.8 → 2, as printed scaled, never capped.
		{"46–65 at +20 %", 46, "20", "8", "2", "6", []string{"rounded stage 1 1.8 → 2"}},
		// 11–25: 4 days, 1 of document review. +100 %: 8 and 2.
		{"11–25 at +100 %", 25, "100", "8", "2", "6", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := table.Effort(c.personnel, adjust(t, c.percent, "a"))
			require.NoError(t, err)
			assertDays(t, c.initial, e.Initial, "initial")
			assertDays(t, c.stage1, e.Stage1, "stage 1")
			assertDays(t, c.stage2, e.Stage2, "stage 2")
			for _, line := range c.lines {
				assert.Contains(t, e.Basis, line)
			}
		})
	}
}

// Stage 2 keeps at least a half day: a stage 1 that would leave less is
// capped. The built-in tables never get here: a caller's table does.
func TestEffortStageTwoKeepsAHalfDay(t *testing.T) {
	// 1.5 days by a 90 % share: stage 1 1.35 → 1.5 would leave no stage 2;
	// it is capped at 1.
	table, err := audit.NewTimeTable(audit.TimeTableConfig{
		Name: "share", Source: "test table",
		Bands:         []audit.Band{{From: 1, To: 5, Initial: daysOf(t, "1.5"), Surveillance: daysOf(t, "1"), Recertification: daysOf(t, "1")}},
		StageOneShare: audit.Share{Num: 9, Den: 10}, MaxReduction: audit.Share{Num: 30, Den: 100},
	})
	require.NoError(t, err)
	e, err := table.Effort(1)
	require.NoError(t, err)
	assertDays(t, "1", e.Stage1)
	assertDays(t, "0.5", e.Stage2)
	assert.Equal(t, []string{
		"1–5 personnel: 1.5 person-days (test table)",
		"stage 1: 90 % of the initial time (the table gives no document review)",
		"rounded stage 1 1.35 → 1.5",
		"stage 1: capped at 1 person-day so that stage 2 keeps at least a half day",
	}, e.Basis)

	// A printed split a half day below the initial time, increased: 1.5
	// of 2 days at +50 % is 2.25 → 2.5 of 3, which leaves stage 2 its half
	// day: no cap.
	table, err = audit.NewTimeTable(audit.TimeTableConfig{
		Name: "split", Source: "test table",
		Bands: []audit.Band{{From: 1, To: 5, Initial: daysOf(t, "2"), DocReview: daysOf(t, "1.5"),
			Surveillance: daysOf(t, "1"), Recertification: daysOf(t, "1")}},
		MaxReduction: audit.Share{Num: 30, Den: 100},
	})
	require.NoError(t, err)
	e, err = table.Effort(1, adjust(t, "50", "a"))
	require.NoError(t, err)
	assertDays(t, "3", e.Initial)
	assertDays(t, "2.5", e.Stage1)
	assertDays(t, "0.5", e.Stage2)
	for _, line := range e.Basis {
		assert.NotContains(t, line, "capped")
	}
}

// No figure goes below a half day, and the initial time stays at least a
// day, in a caller's table with very small figures.
func TestEffortFloors(t *testing.T) {
	table, err := audit.NewTimeTable(audit.TimeTableConfig{
		Name: "tiny", Source: "test table",
		Bands:         []audit.Band{{From: 1, To: 5, Initial: daysOf(t, "0.5")}},
		StageOneShare: audit.Share{Num: 30, Den: 100}, SurveillanceShare: audit.Share{Num: 1, Den: 3},
		RecertificationShare: audit.Share{Num: 2, Den: 3}, MaxReduction: audit.Share{Num: 30, Den: 100},
	})
	require.NoError(t, err)
	e, err := table.Effort(1, adjust(t, "-30", "a"))
	require.NoError(t, err)
	assertDays(t, "1", e.Initial)
	assertDays(t, "0.5", e.Stage1)
	assertDays(t, "0.5", e.Stage2)
	assertDays(t, "0.5", e.Surveillance)
	assertDays(t, "0.5", e.Recertification)
	assert.Contains(t, e.Basis, "initial: at least 1 person-day")
	assert.Contains(t, e.Basis, "surveillance: at least 0.5 person-days")
}

func TestMultiSiteEffort(t *testing.T) {
	table := audit.AfterSalesTimeTable()
	single, err := table.Effort(150)
	require.NoError(t, err)

	t.Run("one site is Effort", func(t *testing.T) {
		got, err := table.MultiSiteEffort(150, 1)
		require.NoError(t, err)
		assert.True(t, got.Equal(single))
	})

	cases := []struct {
		sites            int
		initial, surv, r int // sampled sites at each audit
	}{
		{2, 1, 1, 1},
		{5, 2, 2, 2},
		{10, 3, 2, 3},
		{26, 5, 3, 4},
		{101, 10, 6, 8},
	}
	half := decimal.New(5, -1)
	for _, c := range cases {
		t.Run(strconv.Itoa(c.sites)+" sites", func(t *testing.T) {
			n := c.sites - 1
			require.Equal(t, c.initial, audit.SampleSize(n, audit.Stage2))
			require.Equal(t, c.surv, audit.SampleSize(n, audit.Surveillance))
			require.Equal(t, c.r, audit.SampleSize(n, audit.Recertification))
			e, err := table.MultiSiteEffort(150, c.sites)
			require.NoError(t, err)
			add := func(d decimal.Decimal, k int) string { return d.Add(half.Mul(decimal.NewFromInt(int64(k)))).String() }
			assertDays(t, add(single.Initial, c.initial), e.Initial)
			assertDays(t, single.Stage1.String(), e.Stage1)
			assertDays(t, add(single.Stage2, c.initial), e.Stage2)
			assertDays(t, add(single.Surveillance, c.surv), e.Surveillance)
			assertDays(t, add(single.Recertification, c.r), e.Recertification)
			assert.True(t, e.Stage1.Add(e.Stage2).Equal(e.Initial))
		})
	}

	t.Run("basis", func(t *testing.T) {
		e, err := table.MultiSiteEffort(150, 10)
		require.NoError(t, err)
		assert.Equal(t, []string{
			"126–175 personnel: 9.5 person-days (after-sales committee table)",
			"stage 1: 1.5 person-days, the table's document review",
			"10 sites: 9 besides the head office; sampled 3 (initial, ⌈√n⌉), 2 (surveillance, ⌈0.6√n⌉), 3 (recertification, ⌈0.8√n⌉) (IAF MD 1)",
			"stage 2: +1.5 person-days for 3 sampled sites × 0.5",
			"surveillance: +1 person-day for 2 sampled sites × 0.5",
			"recertification: +1.5 person-days for 3 sampled sites × 0.5",
		}, e.Basis)
		e, err = table.MultiSiteEffort(150, 2)
		require.NoError(t, err)
		assert.Equal(t, []string{
			"126–175 personnel: 9.5 person-days (after-sales committee table)",
			"stage 1: 1.5 person-days, the table's document review",
			"2 sites: 1 besides the head office; sampled 1 (initial, ⌈√n⌉), 1 (surveillance, ⌈0.6√n⌉), 1 (recertification, ⌈0.8√n⌉) (IAF MD 1)",
			"stage 2: +0.5 person-days for 1 sampled site × 0.5",
			"surveillance: +0.5 person-days for 1 sampled site × 0.5",
			"recertification: +0.5 person-days for 1 sampled site × 0.5",
		}, e.Basis, "one sampled site, singular")
	})

	t.Run("a table with no time per site adds none", func(t *testing.T) {
		base, err := audit.QMSTimeTable().Effort(150)
		require.NoError(t, err)
		e, err := audit.QMSTimeTable().MultiSiteEffort(150, 10)
		require.NoError(t, err)
		assert.True(t, e.Initial.Equal(base.Initial) && e.Surveillance.Equal(base.Surveillance) &&
			e.Recertification.Equal(base.Recertification))
		assert.Len(t, e.Basis, len(base.Basis)+1)
	})

	t.Run("with adjustments the sites are added after rounding", func(t *testing.T) {
		e, err := table.MultiSiteEffort(150, 10, adjust(t, "-10", "single repetitive process"))
		require.NoError(t, err)
		assertDays(t, "10", e.Initial) // 8.55 → 8.5, + 1.5
		assertDays(t, "8.5", e.Stage2)
	})

	t.Run("errors", func(t *testing.T) {
		for _, sites := range []int{0, -1} {
			_, err := table.MultiSiteEffort(150, sites)
			assert.ErrorIs(t, err, audit.ErrInvalidSites)
		}
		_, err := table.MultiSiteEffort(0, 3)
		assert.ErrorIs(t, err, audit.ErrInvalidPersonnel)
		_, err = table.MultiSiteEffort(10701, 3)
		assert.ErrorIs(t, err, audit.ErrBeyondTable)
		_, err = table.MultiSiteEffort(100, 3, adjust(t, "-31", "a"))
		assert.ErrorIs(t, err, audit.ErrReductionCap)
	})
}

func TestEffortEqual(t *testing.T) {
	a, err := audit.AfterSalesTimeTable().Effort(100)
	require.NoError(t, err)
	c := a
	c.Basis = []string{"another line"}
	assert.False(t, a.Equal(c), "same figures, other basis")
	c.Basis = append(c.Basis, a.Basis...)
	assert.False(t, a.Equal(c), "same figures, more basis")
	c.Basis = append([]string(nil), a.Basis...)
	assert.True(t, a.Equal(c))
	c.Initial = daysOf(t, "8.50")
	assert.True(t, a.Equal(c), "8.50 equals 8.5")
	c.Stage1 = daysOf(t, "2")
	assert.False(t, a.Equal(c))
}

func TestEffortJSON(t *testing.T) {
	e, err := audit.AfterSalesTimeTable().Effort(100)
	require.NoError(t, err)
	data, err := json.Marshal(e)
	require.NoError(t, err)
	assert.Equal(t, `{"initial":"8.5","stage1":"1.5","stage2":"7.0","surveillance":"3.0","recertification":"5.0",`+
		`"basis":["86–125 personnel: 8.5 person-days (after-sales committee table)",`+
		`"stage 1: 1.5 person-days, the table's document review"]}`, string(data))
	var back audit.Effort
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Equal(e))

	data, err = json.Marshal(audit.Effort{})
	require.NoError(t, err)
	assert.Equal(t, `{"initial":"0.0","stage1":"0.0","stage2":"0.0","surveillance":"0.0","recertification":"0.0","basis":[]}`, string(data))

	valid := `{"initial":"8.5","stage1":"1.5","stage2":"7.0","surveillance":"3.0","recertification":"5.0","basis":["x"]}`
	errorCases := []struct{ name, doc, msg string }{
		{"stages do not add up", strings.Replace(valid, `"stage2":"7.0"`, `"stage2":"6.5"`, 1), "must equal initial"},
		{"not a half day", strings.Replace(valid, `"surveillance":"3.0"`, `"surveillance":"3.2"`, 1), "multiple of a half day"},
		{"negative", strings.Replace(valid, `"surveillance":"3.0"`, `"surveillance":"-3.0"`, 1), "surveillance"},
		{"exponent", strings.Replace(valid, `"surveillance":"3.0"`, `"surveillance":"3e0"`, 1), "surveillance"},
		{"missing field", strings.Replace(valid, `"recertification":"5.0",`, ``, 1), "recertification: is missing"},
		{"not a number", strings.Replace(valid, `"initial":"8.5"`, `"initial":true`, 1), "initial"},
		{"null figure", strings.Replace(valid, `"initial":"8.5"`, `"initial":null`, 1), "initial: is missing"},
		{"null basis", strings.Replace(valid, `"basis":["x"]`, `"basis":null`, 1), "basis: is missing"},
		{"missing basis", strings.Replace(valid, `,"basis":["x"]`, ``, 1), "basis: is missing"},
		{"unknown field", strings.Replace(valid, `"basis"`, `"note":"x","basis"`, 1), "unknown field"},
		{"duplicate key", strings.Replace(valid, `"initial":"8.5"`, `"initial":"8.5","initial":"8.5"`, 1), "duplicate key"},
	}
	t.Run("figures may be JSON numbers", func(t *testing.T) {
		var fromNumbers, fromStrings audit.Effort
		require.NoError(t, json.Unmarshal([]byte(`{"initial":8.5,"stage1":1.5,"stage2":7,"surveillance":3.0,`+
			`"recertification":5,"basis":["x"]}`), &fromNumbers))
		require.NoError(t, json.Unmarshal([]byte(valid), &fromStrings))
		assert.True(t, fromNumbers.Equal(fromStrings))
	})
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			got := e
			err := json.Unmarshal([]byte(c.doc), &got)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.msg)
			assert.True(t, strings.HasPrefix(err.Error(), "audit: invalid effort: "), err.Error())
			assert.True(t, got.Equal(e), "unchanged after an error")
		})
	}
}

// FuzzEffort: any personnel, sites and adjustments either fail with an
// error or give half-day figures whose stages add up; nothing panics.
func FuzzEffort(f *testing.F) {
	f.Add(false, 120, 1, "-10", "single repetitive process", "", "")
	f.Add(true, 7, 10, "5", "complex", "-35", "low risk")
	f.Add(false, 10700, 1000, "100", "a", "-0.01", "b")
	f.Add(true, 0, 0, "x", "", "1e9", "c")
	f.Add(false, 10, 1, "-30", "a", "", "")
	f.Fuzz(func(t *testing.T, qms bool, personnel, sites int, p1, r1, p2, r2 string) {
		table := audit.AfterSalesTimeTable()
		if qms {
			table = audit.QMSTimeTable()
		}
		var adj []audit.Adjustment
		for _, pr := range [][2]string{{p1, r1}, {p2, r2}} {
			if d, err := decimal.NewFromString(pr[0]); err == nil {
				adj = append(adj, audit.Adjustment{Reason: pr[1], Percent: d})
			}
		}
		e, err := table.MultiSiteEffort(personnel, sites, adj...)
		if err != nil {
			assert.True(t, e.Equal(audit.Effort{}))
			return
		}
		two := decimal.NewFromInt(2)
		half := decimal.New(5, -1)
		for _, d := range []decimal.Decimal{e.Initial, e.Stage1, e.Stage2, e.Surveillance, e.Recertification} {
			assert.True(t, d.Mul(two).IsInteger(), "%s is not in half days", d)
			assert.True(t, d.GreaterThanOrEqual(half), "%s is below a half day", d)
		}
		assert.True(t, e.Stage1.Add(e.Stage2).Equal(e.Initial))
		assert.True(t, e.Initial.GreaterThanOrEqual(decimal.NewFromInt(1)))
		require.NotEmpty(t, e.Basis)
		if !qms && len(adj) == 0 {
			// Without adjustments stage 1 is the table's document review as printed.
			band := bandOf(t, table, personnel)
			assert.True(t, e.Stage1.Equal(band.DocReview), "stage 1 %s, document review %s", e.Stage1, band.DocReview)
		}
		again, err := table.MultiSiteEffort(personnel, sites, adj...)
		require.NoError(t, err)
		assert.True(t, again.Equal(e), "the same input gives the same effort")
	})
}

func FuzzEffortJSON(f *testing.F) {
	f.Add([]byte(`{"initial":"8.5","stage1":"1.5","stage2":"7.0","surveillance":"3.0","recertification":"5.0","basis":["x"]}`))
	f.Add([]byte(`{"initial":8.5,"stage1":1.5,"stage2":7,"surveillance":3,"recertification":5,"basis":[]}`))
	f.Add([]byte(`{"initial":"0.0","stage1":"0.0","stage2":"0.0","surveillance":"0.0","recertification":"0.0","basis":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, ok := checkDocument[audit.Effort](t, data, audit.ErrInvalidEffort)
		if !ok {
			return
		}
		require.NoError(t, e.Validate())
		assert.True(t, e.Stage1.Add(e.Stage2).Equal(e.Initial))
	})
}

func TestEffortIsZero(t *testing.T) {
	assert.True(t, audit.Effort{}.IsZero())
	e, err := audit.QMSTimeTable().Effort(10)
	require.NoError(t, err)
	assert.False(t, e.IsZero())
	assert.False(t, audit.Effort{Basis: []string{"x"}}.IsZero())
	type holder struct {
		Effort audit.Effort `json:"effort,omitzero"`
	}
	data, err := json.Marshal(holder{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(data), "omitzero leaves out the zero effort")
}

var effortSink audit.Effort

func BenchmarkEffort(b *testing.B) {
	table := audit.AfterSalesTimeTable()
	b.ReportAllocs()
	for b.Loop() {
		e, err := table.Effort(120)
		if err != nil {
			b.Fatal(err)
		}
		effortSink = e
	}
}

func BenchmarkEffortAdjusted(b *testing.B) {
	table := audit.AfterSalesTimeTable()
	adj := []audit.Adjustment{{Reason: "single repetitive process", Percent: decimal.NewFromInt(-10)}}
	b.ReportAllocs()
	for b.Loop() {
		e, err := table.Effort(150, adj...)
		if err != nil {
			b.Fatal(err)
		}
		effortSink = e
	}
}

func BenchmarkEffortQMS(b *testing.B) {
	table := audit.QMSTimeTable()
	b.ReportAllocs()
	for b.Loop() {
		e, err := table.Effort(120)
		if err != nil {
			b.Fatal(err)
		}
		effortSink = e
	}
}

func BenchmarkMultiSiteEffort(b *testing.B) {
	table := audit.AfterSalesTimeTable()
	b.ReportAllocs()
	for b.Loop() {
		e, err := table.MultiSiteEffort(120, 10)
		if err != nil {
			b.Fatal(err)
		}
		effortSink = e
	}
}

// The fee quote calls Effort on its hot path: a plain call allocates only
// the Basis slice, an adjusted one stays within 15 allocations.
func TestEffortAllocations(t *testing.T) {
	table := audit.AfterSalesTimeTable()
	adj := []audit.Adjustment{{Reason: "single repetitive process", Percent: decimal.NewFromInt(-10)}}
	plain := testing.AllocsPerRun(100, func() { effortSink, _ = table.Effort(120) })
	adjusted := testing.AllocsPerRun(100, func() { effortSink, _ = table.Effort(150, adj...) })
	multi := testing.AllocsPerRun(100, func() { effortSink, _ = table.MultiSiteEffort(120, 10) })
	assert.LessOrEqual(t, plain, 2.0)
	assert.LessOrEqual(t, adjusted, 15.0)
	assert.LessOrEqual(t, multi, 8.0)
}

// Built-in tables are shared values: concurrent use is safe (run with -race).
func TestEffortConcurrent(t *testing.T) {
	table := audit.AfterSalesTimeTable()
	want, err := table.MultiSiteEffort(300, 5, adjust(t, "-10", "a"))
	require.NoError(t, err)
	done := make(chan audit.Effort)
	for range 8 {
		go func() {
			e, _ := audit.AfterSalesTimeTable().MultiSiteEffort(300, 5, audit.Adjustment{Reason: "a", Percent: decimal.NewFromInt(-10)})
			_ = audit.AfterSalesTimeTable().Config().Bands
			done <- e
		}()
	}
	for range 8 {
		assert.True(t, (<-done).Equal(want))
	}
}

// Rounding never takes a reduction past the cap [MD5] (the total reduction
// is at most 30 % of the table value; the cap wins over rounding): a figure
// that rounds below 70 % of the table figure is raised to the least half day
// at or above it.
func TestEffortRoundingNeverExceedsReductionCap(t *testing.T) {
	table := audit.AfterSalesTimeTable()
	cases := []struct {
		name                  string
		personnel             int
		percent               string
		initial, surv, recert string
		raised                []string
	}{
		// 1–10: 3 / 1.5 / 2. −30 %: 2.1 → 2 (33 %), raised to 2.5;
		// 1.05 → 1 (33 %), raised to 1.5; 1.4 → 1.5.
		{"1–10 at −30 %", 5, "-30", "2.5", "1.5", "1.5",
			[]string{"initial: 2 would cut more than 30 % of the table time; raised to 2.5 person-days",
				"surveillance: 1 would cut more than 30 % of the table time; raised to 1.5 person-days"}},
		// 86–125: 8.5 / 3 / 5. −30 %: 5.95 → 6; 2.1 → 2 (33 %), raised to
		// 2.5; 3.5 exact.
		{"86–125 at −30 %", 120, "-30", "6", "2.5", "3.5",
			[]string{"surveillance: 2 would cut more than 30 % of the table time; raised to 2.5 person-days"}},
		// 1–10 at −20 %: 1.2 → 1 is a 33 % cut of 1.5: raised to 1.5.
		{"1–10 at −20 %", 5, "-20", "2.5", "1.5", "1.5",
			[]string{"surveillance: 1 would cut more than 30 % of the table time; raised to 1.5 person-days"}},
		// 86–125 at −10 %: 7.65 → 7.5, 2.7 → 2.5, 4.5 — all within the cap.
		{"86–125 at −10 %", 120, "-10", "7.5", "2.5", "4.5", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := table.Effort(c.personnel, adjust(t, c.percent, "single repetitive process"))
			require.NoError(t, err)
			assertDays(t, c.initial, e.Initial, "initial")
			assertDays(t, c.surv, e.Surveillance, "surveillance")
			assertDays(t, c.recert, e.Recertification, "recertification")
			for _, line := range c.raised {
				assert.Contains(t, e.Basis, line)
			}
			if c.raised == nil {
				for _, line := range e.Basis {
					assert.NotContains(t, line, "would cut more than")
				}
			}
		})
	}
	// The QMS table: 1–5 is 1.5 days; −30 % gives 1.05 → 1 (33 %), raised
	// to 1.5.
	e, err := audit.QMSTimeTable().Effort(3, adjust(t, "-30", "a"))
	require.NoError(t, err)
	assertDays(t, "1.5", e.Initial)
}

// Adjustment.Validate checks one adjustment on its own, with the messages
// naming the field; the limits on the total are Effort's.
func TestAdjustmentValidate(t *testing.T) {
	ok := []audit.Adjustment{
		adjust(t, "-10", "single repetitive process"),
		adjust(t, "100", "complex processes"),
		adjust(t, "-99.99", "a"),
		adjust(t, "0", "no change"),
		adjust(t, "-40", "beyond the 30 % cap, which is a table's limit on the total"),
	}
	for _, a := range ok {
		assert.NoError(t, a.Validate(), a.Reason)
	}
	bad := []struct {
		name string
		adj  audit.Adjustment
		want string
	}{
		{"blank reason", adjust(t, "-10", " \t"), "reason: empty"},
		{"reason not UTF-8", audit.Adjustment{Reason: "\xff", Percent: decimal.NewFromInt(1)}, "reason: \"\\xff\" is not valid UTF-8"},
		{"at −100", adjust(t, "-100", "a"), "percent: -100 % (\"a\") must be above −100 and at most +100"},
		{"above +100", adjust(t, "100.01", "a"), "must be above −100 and at most +100"},
		{"three places", adjust(t, "-10.005", "a"), "percent: -10.005 % (\"a\") has more than two decimal places"},
		{"absurd exponent", audit.Adjustment{Reason: "a", Percent: decimal.New(1, 1_000_000)}, "must be above −100"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			err := c.adj.Validate()
			assert.ErrorIs(t, err, audit.ErrInvalidAdjustment)
			assert.ErrorContains(t, err, c.want)
		})
	}
	a := adjust(t, "-10", "a")
	assert.True(t, a.Equal(audit.Adjustment{Reason: "a", Percent: decimal.RequireFromString("-10.00")}))
	assert.False(t, a.Equal(adjust(t, "-10", "b")))
	assert.False(t, a.Equal(adjust(t, "-10.01", "a")))
}

// bandOf returns the band of table that holds personnel.
func bandOf(t testing.TB, table audit.TimeTable, personnel int) audit.Band {
	t.Helper()
	for _, b := range table.Config().Bands {
		if personnel >= b.From && personnel <= b.To {
			return b
		}
	}
	t.Fatalf("no band of %s holds %d personnel", table.Name(), personnel)
	return audit.Band{}
}

// For every band of both built-in tables and every reduction from 0 to the
// cap in steps of 0.25 %, no initial, surveillance or recertification time
// ends below its table figure less 30 % [MD5] (the cap wins over rounding),
// the stages add up, and stage 1 never needs capping.
func TestEffortNoFigureCutPastTheCap(t *testing.T) {
	seventy := decimal.New(7, -1)
	for _, table := range []audit.TimeTable{audit.AfterSalesTimeTable(), audit.QMSTimeTable()} {
		share := func(s audit.Share, initial decimal.Decimal) decimal.Decimal {
			return initial.Mul(decimal.NewFromInt(s.Num)).DivRound(decimal.NewFromInt(s.Den), 12)
		}
		for _, b := range table.Config().Bands {
			surv, recert := b.Surveillance, b.Recertification
			if surv.IsZero() {
				surv = share(table.Config().SurveillanceShare, b.Initial)
			}
			if recert.IsZero() {
				recert = share(table.Config().RecertificationShare, b.Initial)
			}
			for hundredths := int64(0); hundredths <= 3000; hundredths += 25 {
				percent := decimal.New(-hundredths, -2)
				e, err := table.Effort(b.From, audit.Adjustment{Reason: "a", Percent: percent})
				require.NoError(t, err)
				name := fmt.Sprintf("%s %d–%d at %s %%", table.Name(), b.From, b.To, percent)
				for _, f := range []struct {
					what       string
					got, table decimal.Decimal
				}{
					{"initial", e.Initial, b.Initial}, {"surveillance", e.Surveillance, surv},
					{"recertification", e.Recertification, recert},
				} {
					assert.True(t, f.got.GreaterThanOrEqual(f.table.Mul(seventy)), "%s: %s %s below 70 %% of %s",
						name, f.what, f.got, f.table)
				}
				assert.True(t, e.Stage1.Add(e.Stage2).Equal(e.Initial), name)
				for _, line := range e.Basis {
					assert.NotContains(t, line, "capped", name)
				}
			}
		}
	}
}
