package audit_test

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/errs"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// committeeTable is a literal copy of the committee's table
// [committee]. The tests derive every expected figure from it, so a
// change to the code's table fails them.
var committeeTable = []struct {
	from, to                   int
	initial, doc, surv, recert string
}{
	{1, 10, "3", "1", "1.5", "2"},
	{11, 25, "4", "1", "1.5", "2.5"},
	{26, 45, "6", "1", "2", "4"},
	{46, 65, "6.5", "1.5", "2", "4"},
	{66, 85, "7.5", "1.5", "2.5", "4.5"},
	{86, 125, "8.5", "1.5", "3", "5"},
	{126, 175, "9.5", "1.5", "3.5", "6"},
	{176, 275, "10.5", "1.5", "4", "7"},
	{276, 425, "11.5", "1.5", "4.5", "7.5"},
	{426, 625, "12.5", "1.5", "4.5", "8"},
	{626, 875, "13.5", "1.5", "5", "9"},
	{876, 1175, "14.5", "1.5", "5.5", "9.5"},
	{1176, 1550, "16", "2", "5.5", "10"},
	{1551, 2025, "17", "2", "6", "11"},
	{2026, 2675, "18", "2", "6.5", "12"},
	{2676, 3450, "19", "2", "6.5", "12"},
	{3451, 4350, "21", "3", "7", "13"},
	{4351, 5450, "22", "3", "7.5", "13.5"},
	{5451, 6800, "23", "3", "7.5", "14"},
	{6801, 8500, "24", "3", "8", "15"},
	{8501, 10700, "25", "3", "8.5", "16"},
}

// qmsTable is a literal copy of the IAF MD 5 QMS table [MD5].
var qmsTable = []struct {
	from, to int
	initial  string
}{
	{1, 5, "1.5"}, {6, 10, "2"}, {11, 15, "2.5"}, {16, 25, "3"}, {26, 45, "4"}, {46, 65, "5"},
	{66, 85, "6"}, {86, 125, "7"}, {126, 175, "8"}, {176, 275, "9"}, {276, 425, "10"},
	{426, 625, "11"}, {626, 875, "12"}, {876, 1175, "13"}, {1176, 1550, "14"}, {1551, 2025, "15"},
	{2026, 2675, "16"}, {2676, 3450, "17"}, {3451, 4350, "18"}, {4351, 5450, "19"},
	{5451, 6800, "20"}, {6801, 8500, "21"}, {8501, 10700, "22"},
}

func daysOf(t testing.TB, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(s)
	require.NoError(t, err, s)
	return d
}

// assertDays compares decimals by value (never with assert.Equal).
func assertDays(t testing.TB, want string, got decimal.Decimal, msgAndArgs ...any) {
	t.Helper()
	w := daysOf(t, want)
	assert.Truef(t, w.Equal(got), "want %s, got %s %s", want, got, fmt.Sprint(msgAndArgs...))
}

// roundHalfDay is an independent statement of the rounding rule: nearest
// half day, an exact quarter up.
func roundHalfDay(d decimal.Decimal) decimal.Decimal {
	return d.Mul(decimal.NewFromInt(2)).Round(0).Mul(decimal.New(5, -1))
}

// shareOfDays returns num/den of d, exact to 12 places (enough for thirds of
// half days: never within 1e-12 of a quarter unless exactly on it).
func shareOfDays(d decimal.Decimal, num, den int64) decimal.Decimal {
	return d.Mul(decimal.NewFromInt(num)).DivRound(decimal.NewFromInt(den), 12)
}

func TestAfterSalesTimeTableIsTheCommitteeTable(t *testing.T) {
	table := audit.AfterSalesTimeTable()
	require.NoError(t, table.Validate())
	assert.Equal(t, "after_sales", table.Name())
	assert.Equal(t, "after-sales committee table", table.Config().Source)
	assert.Equal(t, 10700, table.MaxPersonnel())
	bands := table.Config().Bands
	require.Len(t, bands, len(committeeTable))
	for i, want := range committeeTable {
		got := bands[i]
		name := fmt.Sprintf("%d–%d", want.from, want.to)
		assert.Equal(t, want.from, got.From, name)
		assert.Equal(t, want.to, got.To, name)
		assertDays(t, want.initial, got.Initial, name)
		assertDays(t, want.doc, got.DocReview, name)
		assertDays(t, want.surv, got.Surveillance, name)
		assertDays(t, want.recert, got.Recertification, name)
	}
	assertDays(t, "0.5", table.Config().PerSampledSite)
	assert.True(t, table.Config().MaxReduction.Equal(audit.Share{Num: 3, Den: 10}))
}

func TestQMSTimeTableIsIAFMD5(t *testing.T) {
	table := audit.QMSTimeTable()
	require.NoError(t, table.Validate())
	assert.Equal(t, "qms", table.Name())
	assert.Equal(t, "IAF MD 5 QMS table", table.Config().Source)
	bands := table.Config().Bands
	require.Len(t, bands, len(qmsTable))
	for i, want := range qmsTable {
		got := bands[i]
		name := fmt.Sprintf("%d–%d", want.from, want.to)
		assert.Equal(t, want.from, got.From, name)
		assert.Equal(t, want.to, got.To, name)
		assertDays(t, want.initial, got.Initial, name)
		assert.True(t, got.DocReview.IsZero() && got.Surveillance.IsZero() && got.Recertification.IsZero(), name)
	}
	assert.True(t, table.Config().StageOneShare.Equal(audit.Share{Num: 3, Den: 10}))
	assert.True(t, table.Config().SurveillanceShare.Equal(audit.Share{Num: 1, Den: 3}))
	assert.True(t, table.Config().RecertificationShare.Equal(audit.Share{Num: 2, Den: 3}))
	assert.True(t, table.Config().MaxReduction.Equal(audit.Share{Num: 30, Den: 100}))
	assert.True(t, table.Config().PerSampledSite.IsZero())
}

// Every band edge of the committee's table: every figure is the table's as
// printed, stage 1 the document-review column in every band (1–10: 1 of 3
// days; 11–25: 1 of 4; 46–65: 1.5 of 6.5) [committee], and Basis says so.
func TestAfterSalesEffortAtEveryBandEdge(t *testing.T) {
	table := audit.AfterSalesTimeTable()
	for _, want := range committeeTable {
		initial, stage1 := daysOf(t, want.initial), daysOf(t, want.doc)
		for _, personnel := range []int{want.from, want.to} {
			t.Run(fmt.Sprint(personnel), func(t *testing.T) {
				e, err := table.Effort(personnel)
				require.NoError(t, err)
				assertDays(t, want.initial, e.Initial, "initial")
				assertDays(t, want.doc, e.Stage1, "stage 1")
				assertDays(t, initial.Sub(stage1).String(), e.Stage2, "stage 2")
				assertDays(t, want.surv, e.Surveillance, "surveillance")
				assertDays(t, want.recert, e.Recertification, "recertification")
				unit := " person-days"
				if want.doc == "1" {
					unit = " person-day"
				}
				assert.Equal(t, []string{
					fmt.Sprintf("%d–%d personnel: %s person-days (after-sales committee table)", want.from, want.to, want.initial),
					"stage 1: " + want.doc + unit + ", the table's document review",
				}, e.Basis)
			})
		}
	}
}

// The committee's split is used as printed even where the document review
// is more than 20 % of the initial time: IAF MD 5's 80 % rule does not cap
// a table's own split [MD5], [committee]. Each case is the first personnel
// of a band and the one before it, so a shifted band edge fails.
func TestAfterSalesStageOneAsPrinted(t *testing.T) {
	cases := []struct {
		name           string
		personnel      int
		stage1, stage2 string
	}{
		{"1: 1 of 3 days (33 %)", 1, "1", "2"},
		{"10: 1 of 3 days (33 %)", 10, "1", "2"},
		{"11: 1 of 4 days (25 %)", 11, "1", "3"},
		{"25: 1 of 4 days (25 %)", 25, "1", "3"},
		{"26: 1 of 6 days", 26, "1", "5"},
		{"45: 1 of 6 days", 45, "1", "5"},
		{"46: 1.5 of 6.5 days (23 %)", 46, "1.5", "5"},
		{"65: 1.5 of 6.5 days (23 %)", 65, "1.5", "5"},
		{"66: 1.5 of 7.5 days (20 %)", 66, "1.5", "6"},
		{"85: 1.5 of 7.5 days", 85, "1.5", "6"},
		{"1175: 1.5 of 14.5 days", 1175, "1.5", "13"},
		{"1176: 2 of 16 days", 1176, "2", "14"},
		{"3450: 2 of 19 days", 3450, "2", "17"},
		{"3451: 3 of 21 days", 3451, "3", "18"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := audit.AfterSalesTimeTable().Effort(c.personnel)
			require.NoError(t, err)
			assertDays(t, c.stage1, e.Stage1)
			assertDays(t, c.stage2, e.Stage2)
			for _, line := range e.Basis {
				assert.NotContains(t, line, "capped", "nothing caps the printed split")
			}
		})
	}
}

// Every band edge of the QMS table: stage 1 is 30 %, surveillance 1/3 and
// recertification 2/3 of the initial time, each rounded once.
func TestQMSEffortAtEveryBandEdge(t *testing.T) {
	table := audit.QMSTimeTable()
	for _, want := range qmsTable {
		initial := daysOf(t, want.initial)
		stage1 := roundHalfDay(shareOfDays(initial, 30, 100))
		surv := roundHalfDay(shareOfDays(initial, 1, 3))
		recert := roundHalfDay(shareOfDays(initial, 2, 3))
		for _, personnel := range []int{want.from, want.to} {
			t.Run(fmt.Sprint(personnel), func(t *testing.T) {
				e, err := table.Effort(personnel)
				require.NoError(t, err)
				assertDays(t, want.initial, e.Initial, "initial")
				assertDays(t, stage1.String(), e.Stage1, "stage 1")
				assertDays(t, initial.Sub(stage1).String(), e.Stage2, "stage 2")
				assertDays(t, surv.String(), e.Surveillance, "surveillance")
				assertDays(t, recert.String(), e.Recertification, "recertification")
				assert.Equal(t, fmt.Sprintf("%d–%d personnel: %s person-days (IAF MD 5 QMS table)",
					want.from, want.to, want.initial), e.Basis[0])
				assert.Contains(t, e.Basis, "stage 1: 30 % of the initial time (the table gives no document review)")
				assert.Contains(t, e.Basis, "surveillance: 1/3 of the initial time")
				assert.Contains(t, e.Basis, "recertification: 2/3 of the initial time")
			})
		}
	}
}

// The fractions are held exactly and rounded once: a third is never
// pre-rounded to 0.33.
func TestQMSFractionsRoundOnce(t *testing.T) {
	cases := []struct {
		name                 string
		personnel            int
		surv, recert         string
		survLine, recertLine string
	}{
		{"7 days: 2.333… → 2.5, 4.666… → 4.5", 100, "2.5", "4.5",
			"rounded surveillance 2.333… → 2.5", "rounded recertification 4.666… → 4.5"},
		{"22 days: 7.333… → 7.5, 14.666… → 14.5", 10700, "7.5", "14.5",
			"rounded surveillance 7.333… → 7.5", "rounded recertification 14.666… → 14.5"},
		{"1.5 days: 0.5 exactly, 1 exactly", 1, "0.5", "1", "", ""},
		{"2 days: 0.666… → 0.5, 1.333… → 1.5", 6, "0.5", "1.5",
			"rounded surveillance 0.666… → 0.5", "rounded recertification 1.333… → 1.5"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := audit.QMSTimeTable().Effort(c.personnel)
			require.NoError(t, err)
			assertDays(t, c.surv, e.Surveillance)
			assertDays(t, c.recert, e.Recertification)
			if c.survLine != "" {
				assert.Contains(t, e.Basis, c.survLine)
				assert.Contains(t, e.Basis, c.recertLine)
			} else {
				for _, l := range e.Basis {
					assert.NotContains(t, l, "rounded surveillance")
					assert.NotContains(t, l, "rounded recertification")
				}
			}
		})
	}
}

func TestEffortPersonnelErrors(t *testing.T) {
	for _, table := range []audit.TimeTable{audit.AfterSalesTimeTable(), audit.QMSTimeTable()} {
		for _, p := range []int{0, -1, math.MinInt} {
			_, err := table.Effort(p)
			assert.ErrorIs(t, err, audit.ErrInvalidPersonnel, "%s %d", table.Name(), p)
			assert.Contains(t, err.Error(), fmt.Sprintf("personnel: %d is below 1", p))
		}
		for _, p := range []int{10701, math.MaxInt} {
			e, err := table.Effort(p)
			require.ErrorIs(t, err, audit.ErrBeyondTable, "%s %d", table.Name(), p)
			assert.True(t, e.Equal(audit.Effort{}))
			assert.Contains(t, err.Error(), "ends at 10700")
			assert.Contains(t, err.Error(), "a caller can supply a longer table")
			assert.True(t, strings.HasPrefix(err.Error(), "audit: "))
		}
	}
}

func TestTimeTableByName(t *testing.T) {
	got, err := audit.TimeTableByName("after_sales")
	require.NoError(t, err)
	assert.True(t, got.Equal(audit.AfterSalesTimeTable()))
	got, err = audit.TimeTableByName("qms")
	require.NoError(t, err)
	assert.True(t, got.Equal(audit.QMSTimeTable()))
	assert.False(t, got.Equal(audit.AfterSalesTimeTable()))
	for _, bad := range []string{"", "AFTER_SALES", "after-sales", " qms"} {
		_, err := audit.TimeTableByName(bad)
		assert.ErrorIs(t, err, audit.ErrUnknownTimeTable, bad)
	}
}

// smallTableConfig is a valid caller-built table that the error cases break.
func smallTableConfig(t testing.TB) audit.TimeTableConfig {
	return audit.TimeTableConfig{
		Name:   "small",
		Source: "test table",
		Bands: []audit.Band{
			{From: 1, To: 10, Initial: daysOf(t, "2"), DocReview: daysOf(t, "0.5")},
			{From: 11, To: 20, Initial: daysOf(t, "3")},
			{From: 21, To: 30, Initial: daysOf(t, "4"), Surveillance: daysOf(t, "1.5"), Recertification: daysOf(t, "3")},
		},
		StageOneShare:        audit.Share{Num: 25, Den: 100},
		SurveillanceShare:    audit.Share{Num: 1, Den: 3},
		RecertificationShare: audit.Share{Num: 2, Den: 3},
		PerSampledSite:       daysOf(t, "1"),
		MaxReduction:         audit.Share{Num: 30, Den: 100},
	}
}

func TestNewTimeTable(t *testing.T) {
	table, err := audit.NewTimeTable(smallTableConfig(t))
	require.NoError(t, err)
	assert.Equal(t, "small", table.Name())
	assert.Equal(t, 30, table.MaxPersonnel())

	// Config gives back what the table was built from; rebuilding gives an
	// equal table.
	again, err := audit.NewTimeTable(table.Config())
	require.NoError(t, err)
	assert.True(t, again.Equal(table))
	for _, built := range []audit.TimeTable{audit.AfterSalesTimeTable(), audit.QMSTimeTable()} {
		again, err := audit.NewTimeTable(built.Config())
		require.NoError(t, err)
		assert.True(t, again.Equal(built), built.Name())
	}

	// The table keeps its own copy: changing the config, the Bands() or the
	// Config() slice afterwards changes nothing.
	c := smallTableConfig(t)
	table, err = audit.NewTimeTable(c)
	require.NoError(t, err)
	c.Bands[0].Initial = daysOf(t, "9")
	bands := table.Config().Bands
	bands[0].Initial = daysOf(t, "9")
	table.Config().Bands[0].Initial = daysOf(t, "9")
	assertDays(t, "2", table.Config().Bands[0].Initial)
	e, err := table.Effort(1)
	require.NoError(t, err)
	assertDays(t, "2", e.Initial)
}

func TestNewTimeTableErrors(t *testing.T) {
	cases := []struct {
		name   string
		change func(c *audit.TimeTableConfig)
		want   string
	}{
		{"no name", func(c *audit.TimeTableConfig) { c.Name = "" }, "name: \"\""},
		{"name with capitals", func(c *audit.TimeTableConfig) { c.Name = "Small" }, "lowercase letters"},
		{"no source", func(c *audit.TimeTableConfig) { c.Source = " " }, "source: is blank"},
		{"source not UTF-8", func(c *audit.TimeTableConfig) { c.Source = "\xff" }, "source: is not valid UTF-8"},
		{"standard not a code", func(c *audit.TimeTableConfig) { c.Standard = "ISO 9001" }, "standard: \"ISO 9001\" must be empty or"},
		{"name too long", func(c *audit.TimeTableConfig) { c.Name = strings.Repeat("a", 65) }, "1 to 64 lowercase"},
		{"no bands", func(c *audit.TimeTableConfig) { c.Bands = nil }, "no bands"},
		{"first band not from 1", func(c *audit.TimeTableConfig) { c.Bands[0].From = 2 }, "must start at 1"},
		{"gap", func(c *audit.TimeTableConfig) { c.Bands[1].From = 12 }, "leaves a gap after 10"},
		{"overlap", func(c *audit.TimeTableConfig) { c.Bands[1].From = 10 }, "overlaps"},
		{"descending", func(c *audit.TimeTableConfig) {
			c.Bands[0], c.Bands[2] = c.Bands[2], c.Bands[0]
		}, "must start at 1"},
		{"band ends before it starts", func(c *audit.TimeTableConfig) { c.Bands[2].To = 20 }, "ends before it starts"},
		{"zero initial", func(c *audit.TimeTableConfig) { c.Bands[1].Initial = decimal.Zero }, "bands[1].initial: 0 must be above 0"},
		{"negative initial", func(c *audit.TimeTableConfig) { c.Bands[1].Initial = daysOf(t, "-3") }, "must not be negative"},
		{"initial not in half days", func(c *audit.TimeTableConfig) { c.Bands[1].Initial = daysOf(t, "3.25") }, "multiple of a half day"},
		{"initial too large", func(c *audit.TimeTableConfig) { c.Bands[1].Initial = daysOf(t, "10000.5") }, "at most 10000"},
		{"doc review equals initial", func(c *audit.TimeTableConfig) { c.Bands[0].DocReview = daysOf(t, "2") }, "must be below the initial"},
		{"doc review above initial", func(c *audit.TimeTableConfig) { c.Bands[0].DocReview = daysOf(t, "2.5") }, "must be below the initial"},
		{"negative surveillance", func(c *audit.TimeTableConfig) { c.Bands[2].Surveillance = daysOf(t, "-1") }, "bands[2].surveillance: -1 must not be negative"},
		{"recertification not in half days", func(c *audit.TimeTableConfig) { c.Bands[2].Recertification = daysOf(t, "3.3") }, "multiple of a half day"},
		{"share above 1", func(c *audit.TimeTableConfig) { c.SurveillanceShare = audit.Share{Num: 4, Den: 3} }, "surveillance_share: 4/3"},
		{"share without denominator", func(c *audit.TimeTableConfig) { c.RecertificationShare = audit.Share{Num: 2} }, "recertification_share: 2/0"},
		{"negative share", func(c *audit.TimeTableConfig) { c.StageOneShare = audit.Share{Num: -1, Den: 4} }, "stage_one_share: -1/4"},
		{"share denominator too large", func(c *audit.TimeTableConfig) { c.StageOneShare = audit.Share{Num: 1, Den: 10001} }, "denominator from 1 to 10000"},
		{"stage one share of 1", func(c *audit.TimeTableConfig) { c.StageOneShare = audit.Share{Num: 100, Den: 100} }, "must be below 1"},
		{"needed stage one share missing", func(c *audit.TimeTableConfig) { c.StageOneShare = audit.Share{} }, "stage_one_share: is needed"},
		{"needed surveillance share missing", func(c *audit.TimeTableConfig) { c.SurveillanceShare = audit.Share{} }, "surveillance_share: is needed"},
		{"needed recertification share missing", func(c *audit.TimeTableConfig) { c.RecertificationShare = audit.Share{Num: 0, Den: 3} }, "recertification_share: is needed"},
		{"max reduction of 100 %", func(c *audit.TimeTableConfig) { c.MaxReduction = audit.Share{Num: 100, Den: 100} }, "max_reduction: 100/100 must be below 1"},
		{"negative per sampled site", func(c *audit.TimeTableConfig) { c.PerSampledSite = daysOf(t, "-0.5") }, "per_sampled_site: -0.5"},
		{"per sampled site not in half days", func(c *audit.TimeTableConfig) { c.PerSampledSite = daysOf(t, "0.3") }, "per_sampled_site: 0.3"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			config := smallTableConfig(t)
			c.change(&config)
			table, err := audit.NewTimeTable(config)
			require.Error(t, err)
			assert.ErrorIs(t, err, audit.ErrInvalidTimeTable)
			assert.Contains(t, err.Error(), c.want)
			assert.True(t, strings.HasPrefix(err.Error(), "audit: invalid time table: "), err.Error())
			assert.ErrorIs(t, table.Validate(), audit.ErrInvalidTimeTable, "the failed constructor returns the zero table")
		})
	}

	t.Run("every problem is reported", func(t *testing.T) {
		config := smallTableConfig(t)
		config.Name = ""
		config.Bands[1].From = 12
		config.Bands[2].Initial = decimal.Zero
		_, err := audit.NewTimeTable(config)
		require.Error(t, err)
		assert.Contains(t, err.Error(), "name")
		assert.Contains(t, err.Error(), "gap")
		assert.Contains(t, err.Error(), "must be above 0")
	})

	t.Run("MustNewTimeTable panics naming the call", func(t *testing.T) {
		config := smallTableConfig(t)
		config.Bands = nil
		assert.PanicsWithValue(t, `audit.MustNewTimeTable("small"): audit: invalid time table: bands: no bands`, func() {
			audit.MustNewTimeTable(config)
		})
	})
}

func TestZeroTimeTable(t *testing.T) {
	var zero audit.TimeTable
	assert.ErrorIs(t, zero.Validate(), audit.ErrInvalidTimeTable)
	_, err := zero.Effort(10)
	assert.ErrorIs(t, err, audit.ErrInvalidTimeTable)
	_, err = zero.MultiSiteEffort(10, 2)
	assert.ErrorIs(t, err, audit.ErrInvalidTimeTable)
	_, err = json.Marshal(zero)
	assert.ErrorIs(t, err, audit.ErrInvalidTimeTable)
	assert.Equal(t, 0, zero.MaxPersonnel())
	assert.Empty(t, zero.Config().Bands)
}

func TestShare(t *testing.T) {
	assert.Equal(t, "1/3", audit.Share{Num: 1, Den: 3}.String())
	assert.Equal(t, "0/1", audit.Share{}.String())
	assert.True(t, audit.Share{Num: 30, Den: 100}.Equal(audit.Share{Num: 3, Den: 10}))
	assert.False(t, audit.Share{Num: 30, Den: 100}.Equal(audit.Share{Num: 1, Den: 3}))
	assert.True(t, audit.Share{}.Equal(audit.Share{Num: 0, Den: 7}))
	assert.False(t, audit.Share{}.Equal(audit.Share{Num: 1, Den: 7}))

	var s audit.Share
	require.NoError(t, s.UnmarshalText([]byte("2/3")))
	assert.Equal(t, audit.Share{Num: 2, Den: 3}, s)
	for _, bad := range []string{"", "2", "2/", "/3", "-1/3", "1/-3", "1 /3", "0.5/1", "1/3/4", "1e2/3", "1234567890/3"} {
		err := s.UnmarshalText([]byte(bad))
		assert.ErrorIs(t, err, audit.ErrInvalidTimeTable, bad)
		assert.Equal(t, audit.Share{Num: 2, Den: 3}, s, "a failed decode leaves the share as it was")
	}
	text, err := audit.Share{Num: 4, Den: 5}.MarshalText()
	require.NoError(t, err)
	assert.Equal(t, "4/5", string(text))
}

func TestTimeTableJSON(t *testing.T) {
	t.Run("round trip", func(t *testing.T) {
		small, err := audit.NewTimeTable(smallTableConfig(t))
		require.NoError(t, err)
		for _, table := range []audit.TimeTable{audit.AfterSalesTimeTable(), audit.QMSTimeTable(), small} {
			data, err := json.Marshal(table)
			require.NoError(t, err)
			var back audit.TimeTable
			require.NoError(t, json.Unmarshal(data, &back), string(data))
			assert.True(t, back.Equal(table), table.Name())
		}
	})

	t.Run("wire format", func(t *testing.T) {
		data, err := json.Marshal(audit.AfterSalesTimeTable())
		require.NoError(t, err)
		s := string(data)
		assert.True(t, strings.HasPrefix(s, `{"name":"after_sales","source":"after-sales committee table","bands":[`+
			`{"from":1,"to":10,"initial":"3.0","doc_review":"1.0","surveillance":"1.5","recertification":"2.0"},`), s)
		assert.True(t, strings.HasSuffix(s, `{"from":8501,"to":10700,"initial":"25.0","doc_review":"3.0","surveillance":"8.5","recertification":"16.0"}],`+
			`"stage_one_share":"30/100","surveillance_share":"1/3","recertification_share":"2/3",`+
			`"per_sampled_site":"0.5","max_reduction":"30/100"}`), s)
		data, err = json.Marshal(audit.QMSTimeTable())
		require.NoError(t, err)
		assert.Contains(t, string(data), `{"from":86,"to":125,"initial":"7.0"}`)
	})

	t.Run("a name alone is a built-in table", func(t *testing.T) {
		var got audit.TimeTable
		require.NoError(t, json.Unmarshal([]byte(`"qms"`), &got))
		assert.True(t, got.Equal(audit.QMSTimeTable()))
		err := json.Unmarshal([]byte(`"nope"`), &got)
		assert.ErrorIs(t, err, audit.ErrUnknownTimeTable)
		assert.True(t, got.Equal(audit.QMSTimeTable()), "unchanged after an error")
	})

	valid := `{"name":"t","source":"s","bands":[{"from":1,"to":10,"initial":"2.0"}],"stage_one_share":"1/4",` +
		`"surveillance_share":"1/3","recertification_share":"2/3","per_sampled_site":"0.0","max_reduction":"3/10"}`
	var ok audit.TimeTable
	require.NoError(t, json.Unmarshal([]byte(valid), &ok))
	errorCases := []struct{ name, doc string }{
		{"gap", strings.Replace(valid, `"initial":"2.0"}]`, `"initial":"2.0"},{"from":12,"to":20,"initial":"3.0"}]`, 1)},
		{"zero initial", strings.Replace(valid, `"initial":"2.0"`, `"initial":"0.0"`, 1)},
		{"doc review not below initial", strings.Replace(valid, `"initial":"2.0"`, `"initial":"2.0","doc_review":"2.0"`, 1)},
		{"exponent", strings.Replace(valid, `"initial":"2.0"`, `"initial":"2e0"`, 1)},
		{"signed", strings.Replace(valid, `"initial":"2.0"`, `"initial":"+2.0"`, 1)},
		{"unknown field", strings.Replace(valid, `"name":"t"`, `"name":"t","extra":1`, 1)},
		{"the on-site minimum is gone", strings.Replace(valid, `"max_reduction":"3/10"`, `"max_reduction":"3/10","min_on_site_share":"4/5"`, 1)},
		{"duplicate key", strings.Replace(valid, `"name":"t"`, `"name":"t","name":"u"`, 1)},
		{"trailing data", valid + `{}`},
		{"bad share", strings.Replace(valid, `"1/4"`, `"0.25"`, 1)},
		{"missing per sampled site", strings.Replace(valid, `"per_sampled_site":"0.0",`, ``, 1)},
		{"not an object", `[]`},
		{"null", `null`},
	}
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			got := ok
			err := got.UnmarshalJSON([]byte(c.doc))
			require.ErrorIs(t, err, audit.ErrInvalidTimeTable)
			assert.True(t, got.Equal(ok), "unchanged after an error")
		})
	}
}

// Every field of a time table document is named in its error, in the JSON
// spelling; a figure may be a string or a JSON number.
func TestTimeTableJSONNamesTheField(t *testing.T) {
	valid := `{"name":"t","source":"s","bands":[{"from":1,"to":10,"initial":"2.0"},{"from":11,"to":20,"initial":"3.0"}],` +
		`"stage_one_share":"1/4","surveillance_share":"1/3","recertification_share":"2/3","per_sampled_site":"0.0","max_reduction":"3/10"}`
	var ok audit.TimeTable
	require.NoError(t, json.Unmarshal([]byte(valid), &ok))

	t.Run("figures as JSON numbers", func(t *testing.T) {
		var got audit.TimeTable
		doc := strings.NewReplacer(`"initial":"2.0"`, `"initial":2`, `"initial":"3.0"`, `"initial":3.0`,
			`"per_sampled_site":"0.0"`, `"per_sampled_site":0`).Replace(valid)
		require.NoError(t, json.Unmarshal([]byte(doc), &got))
		assert.True(t, got.Equal(ok))
	})

	cases := []struct{ name, doc, msg string }{
		{"null name", strings.Replace(valid, `"name":"t"`, `"name":null`, 1), "name: is missing"},
		{"missing source", strings.Replace(valid, `"source":"s",`, ``, 1), "source: is missing"},
		{"null bands", strings.Replace(valid, `"bands":[{"from":1,"to":10,"initial":"2.0"},{"from":11,"to":20,"initial":"3.0"}]`, `"bands":null`, 1), "bands: is missing"},
		{"empty bands", strings.Replace(valid, `"bands":[{"from":1,"to":10,"initial":"2.0"},{"from":11,"to":20,"initial":"3.0"}]`, `"bands":[]`, 1), "bands: no bands"},
		{"null from", strings.Replace(valid, `"from":11`, `"from":null`, 1), "bands[1].from: is missing"},
		{"missing to", strings.Replace(valid, `"to":20,`, ``, 1), "bands[1].to: is missing"},
		{"null initial", strings.Replace(valid, `"initial":"3.0"`, `"initial":null`, 1), "bands[1].initial: is missing"},
		{"initial not in half days", strings.Replace(valid, `"initial":"3.0"`, `"initial":3.2`, 1), "bands[1].initial: 3.2 must be a multiple of a half day"},
		{"initial with an exponent", strings.Replace(valid, `"initial":"3.0"`, `"initial":3e0`, 1), "bands[1].initial: \"3e0\" is not a plain decimal"},
		{"doc review not a number", strings.Replace(valid, `"initial":"3.0"`, `"initial":"3.0","doc_review":true`, 1), "bands[1].doc_review"},
		{"null stage one share", strings.Replace(valid, `"stage_one_share":"1/4"`, `"stage_one_share":null`, 1), "stage_one_share: is missing"},
		{"bad surveillance share", strings.Replace(valid, `"surveillance_share":"1/3"`, `"surveillance_share":"1:3"`, 1), "surveillance_share: \"1:3\" is not a fraction"},
		{"null per sampled site", strings.Replace(valid, `"per_sampled_site":"0.0"`, `"per_sampled_site":null`, 1), "per_sampled_site: is missing"},
		{"missing max reduction", strings.Replace(valid, `,"max_reduction":"3/10"`, ``, 1), "max_reduction: is missing"},
		{"bad standard", strings.Replace(valid, `"source":"s"`, `"source":"s","standard":"ISO 9001"`, 1), "standard: \"ISO 9001\""},
		{"blank source", strings.Replace(valid, `"source":"s"`, `"source":" "`, 1), "source: is blank"},
		{"every problem", strings.Replace(strings.Replace(valid, `"name":"t"`, `"name":null`, 1), `"initial":"3.0"`, `"initial":null`, 1),
			"name: is missing\naudit: invalid time table: bands[1].initial: is missing"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ok
			err := json.Unmarshal([]byte(c.doc), &got)
			require.ErrorIs(t, err, audit.ErrInvalidTimeTable)
			assert.Contains(t, err.Error(), c.msg)
			assert.True(t, strings.HasPrefix(err.Error(), "audit: invalid time table: "), err.Error())
			assert.True(t, got.Equal(ok), "unchanged after an error")
		})
	}
}

// Regression: a time table's max_reduction: null read as 0 (no reduction
// allowed), silently; a null where a value is required is now an error.
func TestTimeTableJSONMaxReductionNullIsAnError(t *testing.T) {
	data, err := json.Marshal(audit.QMSTimeTable())
	require.NoError(t, err)
	doc := strings.Replace(string(data), `"max_reduction":"30/100"`, `"max_reduction":null`, 1)
	require.NotEqual(t, string(data), doc)
	var got audit.TimeTable
	err = json.Unmarshal([]byte(doc), &got)
	require.ErrorIs(t, err, audit.ErrInvalidTimeTable)
	var fe *errs.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "max_reduction", fe.Field)
	assert.True(t, got.IsZero())
}

func TestTimeTableIsZero(t *testing.T) {
	assert.True(t, audit.TimeTable{}.IsZero())
	assert.False(t, audit.QMSTimeTable().IsZero())
	type holder struct {
		Table audit.TimeTable `json:"table,omitzero"`
	}
	data, err := json.Marshal(holder{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(data), "omitzero leaves out the zero table")
}

func FuzzTimeTableJSON(f *testing.F) {
	for _, table := range []audit.TimeTable{audit.AfterSalesTimeTable(), audit.QMSTimeTable()} {
		data, err := json.Marshal(table)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`"after_sales"`))
	f.Add([]byte(`"ems_limited"`))
	f.Add([]byte(`{"name":"t","source":"s","standard":"x","bands":[{"from":1,"to":10,"initial":2}],"stage_one_share":"1/4",` +
		`"surveillance_share":"1/3","recertification_share":"2/3","per_sampled_site":"0.0","max_reduction":"3/10"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		table, ok := checkDocument[audit.TimeTable](t, data, audit.ErrInvalidTimeTable, audit.ErrUnknownTimeTable)
		if !ok {
			return
		}
		require.NoError(t, table.Validate())
		// Any personnel within the table gives an effort whose stages add up.
		e, err := table.Effort(table.MaxPersonnel())
		require.NoError(t, err)
		assert.True(t, e.Stage1.Add(e.Stage2).Equal(e.Initial))
	})
}
