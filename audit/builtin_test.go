package audit_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/errs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// managementSystemTable is a literal copy of IAF MD 5's initial audit time
// [MD5]: QMS, then high, medium and low complexity (the OH&S table as
// printed, the same figures for EMS), then EMS limited (6.5 at 626–875,
// where one source prints 6). The tests derive every expected figure from
// it, so a change to the code's tables fails them.
var managementSystemTable = []struct {
	from, to                        int
	qms, high, medium, low, limited string
}{
	{1, 5, "1.5", "3", "2.5", "2.5", "2.5"},
	{6, 10, "2", "3.5", "3", "3", "3"},
	{11, 15, "2.5", "4.5", "3.5", "3", "3"},
	{16, 25, "3", "5.5", "4.5", "3.5", "3"},
	{26, 45, "4", "7", "5.5", "4", "3"},
	{46, 65, "5", "8", "6", "4.5", "3.5"},
	{66, 85, "6", "9", "7", "5", "3.5"},
	{86, 125, "7", "11", "8", "5.5", "4"},
	{126, 175, "8", "12", "9", "6", "4.5"},
	{176, 275, "9", "13", "10", "7", "5"},
	{276, 425, "10", "15", "11", "8", "5.5"},
	{426, 625, "11", "16", "12", "9", "6"},
	{626, 875, "12", "17", "13", "10", "6.5"},
	{876, 1175, "13", "19", "15", "11", "7"},
	{1176, 1550, "14", "20", "16", "12", "7.5"},
	{1551, 2025, "15", "21", "17", "12", "8"},
	{2026, 2675, "16", "23", "18", "13", "8.5"},
	{2676, 3450, "17", "25", "19", "14", "9"},
	{3451, 4350, "18", "27", "20", "15", "10"},
	{4351, 5450, "19", "28", "21", "16", "11"},
	{5451, 6800, "20", "30", "23", "17", "12"},
	{6801, 8500, "21", "32", "25", "19", "13"},
	{8501, 10700, "22", "34", "27", "20", "14"},
}

// managementSystemTables are the new built-in tables with their standard,
// source and the column of managementSystemTable they print.
var managementSystemTables = []struct {
	name, standard, source string
	column                 func(i int) string
}{
	{"ems_high", "ems", "IAF MD 5 EMS table, high complexity", func(i int) string { return managementSystemTable[i].high }},
	{"ems_medium", "ems", "IAF MD 5 EMS table, medium complexity", func(i int) string { return managementSystemTable[i].medium }},
	{"ems_low", "ems", "IAF MD 5 EMS table, low complexity", func(i int) string { return managementSystemTable[i].low }},
	{"ems_limited", "ems", "IAF MD 5 EMS table, limited complexity", func(i int) string { return managementSystemTable[i].limited }},
	{"ohs_high", "ohs", "IAF MD 5 OH&S table, high complexity", func(i int) string { return managementSystemTable[i].high }},
	{"ohs_medium", "ohs", "IAF MD 5 OH&S table, medium complexity", func(i int) string { return managementSystemTable[i].medium }},
	{"ohs_low", "ohs", "IAF MD 5 OH&S table, low complexity", func(i int) string { return managementSystemTable[i].low }},
}

func builtinTable(t testing.TB, name string) audit.TimeTable {
	t.Helper()
	table, err := audit.TimeTableByName(name)
	require.NoError(t, err, name)
	return table
}

func TestManagementSystemTablesAreIAFMD5(t *testing.T) {
	for _, m := range managementSystemTables {
		t.Run(m.name, func(t *testing.T) {
			table := builtinTable(t, m.name)
			require.NoError(t, table.Validate())
			c := table.Config()
			assert.Equal(t, m.name, c.Name)
			assert.Equal(t, m.source, c.Source)
			assert.Equal(t, m.standard, c.Standard)
			assert.Equal(t, 10700, table.MaxPersonnel())
			require.Len(t, c.Bands, len(managementSystemTable))
			for i, want := range managementSystemTable {
				got := c.Bands[i]
				band := fmt.Sprintf("%d–%d", want.from, want.to)
				assert.Equal(t, want.from, got.From, band)
				assert.Equal(t, want.to, got.To, band)
				assertDays(t, m.column(i), got.Initial, band)
				assert.True(t, got.DocReview.IsZero() && got.Surveillance.IsZero() && got.Recertification.IsZero(), band)
			}
			assert.True(t, c.StageOneShare.Equal(audit.Share{Num: 3, Den: 10}))
			assert.True(t, c.SurveillanceShare.Equal(audit.Share{Num: 1, Den: 3}))
			assert.True(t, c.RecertificationShare.Equal(audit.Share{Num: 2, Den: 3}))
			assert.True(t, c.MaxReduction.Equal(audit.Share{Num: 30, Den: 100}))
			assert.True(t, c.PerSampledSite.IsZero())
		})
	}
	assert.Equal(t, "qms", audit.QMSTimeTable().Config().Standard)
	assert.Empty(t, audit.AfterSalesTimeTable().Config().Standard, "after-sales is not a management-system standard")
}

// Every band edge of every new table: the first and last personnel of each
// band give the table's initial time, stage 1 30 % of it, surveillance 1/3
// and recertification 2/3, each rounded once to the half day [MD5].
func TestManagementSystemEffortAtEveryBandEdge(t *testing.T) {
	for _, m := range managementSystemTables {
		table := builtinTable(t, m.name)
		for i, band := range managementSystemTable {
			initial := daysOf(t, m.column(i))
			stage1 := roundHalfDay(shareOfDays(initial, 30, 100))
			surv := roundHalfDay(shareOfDays(initial, 1, 3))
			recert := roundHalfDay(shareOfDays(initial, 2, 3))
			for _, personnel := range []int{band.from, band.to} {
				t.Run(fmt.Sprintf("%s/%d", m.name, personnel), func(t *testing.T) {
					e, err := table.Effort(personnel)
					require.NoError(t, err)
					assertDays(t, m.column(i), e.Initial, "initial")
					assertDays(t, stage1.String(), e.Stage1, "stage 1")
					assertDays(t, initial.Sub(stage1).String(), e.Stage2, "stage 2")
					assertDays(t, surv.String(), e.Surveillance, "surveillance")
					assertDays(t, recert.String(), e.Recertification, "recertification")
					assert.Equal(t, fmt.Sprintf("%d–%d personnel: %s person-days (%s)", band.from, band.to, m.column(i), m.source), e.Basis[0])
					assert.Contains(t, e.Basis, "surveillance: 1/3 of the initial time")
					assert.Contains(t, e.Basis, "recertification: 2/3 of the initial time")
				})
			}
		}
		_, err := table.Effort(10701)
		assert.ErrorIs(t, err, audit.ErrBeyondTable, m.name)
	}
}

// The one figure where sources differ: EMS limited at 626–875 personnel is
// 6.5 days (one source prints 6).
func TestEMSLimited626To875(t *testing.T) {
	ems, err := audit.EMSTimeTable(audit.LimitedComplexity)
	require.NoError(t, err)
	for _, personnel := range []int{626, 875} {
		e, err := ems.Effort(personnel)
		require.NoError(t, err)
		assertDays(t, "6.5", e.Initial)
	}
}

// The same rules as QMS: reductions add up to at most 30 %, the cap wins
// over rounding, increases up to +100 %.
func TestManagementSystemReductionCap(t *testing.T) {
	ohs := builtinTable(t, "ohs_high")
	// 1–5: 3 days. −30 %: 2.1 would round to 2 (a 33 % cut): raised to
	// 2.5. Surveillance 1 × 0.7 = 0.7 → 0.5 (a 50 % cut): raised to 1.
	e, err := ohs.Effort(3, adjust(t, "-30", "low risk"))
	require.NoError(t, err)
	assertDays(t, "2.5", e.Initial)
	assertDays(t, "1", e.Surveillance)
	assert.Contains(t, e.Basis, "initial: 2 would cut more than 30 % of the table time; raised to 2.5 person-days")
	assert.Contains(t, e.Basis, "surveillance: 0.5 would cut more than 30 % of the table time; raised to 1 person-day")

	_, err = ohs.Effort(3, adjust(t, "-20", "a"), adjust(t, "-10.01", "b"))
	assert.ErrorIs(t, err, audit.ErrReductionCap)

	e, err = builtinTable(t, "ems_low").Effort(100, adjust(t, "100", "many sites' processes"))
	require.NoError(t, err)
	assertDays(t, "11", e.Initial)
}

// Multi-site: sampling is written, and an MD 5 table adds no time per site.
func TestManagementSystemMultiSite(t *testing.T) {
	for _, m := range managementSystemTables {
		table := builtinTable(t, m.name)
		single, err := table.Effort(300)
		require.NoError(t, err)
		multi, err := table.MultiSiteEffort(300, 26)
		require.NoError(t, err)
		assert.True(t, multi.Initial.Equal(single.Initial) && multi.Stage2.Equal(single.Stage2) &&
			multi.Surveillance.Equal(single.Surveillance) && multi.Recertification.Equal(single.Recertification), m.name)
		assert.Equal(t, append(single.Basis,
			"26 sites: 25 besides the head office; sampled 5 (initial, ⌈√n⌉), 3 (surveillance, ⌈0.6√n⌉), 4 (recertification, ⌈0.8√n⌉) (IAF MD 1)"),
			multi.Basis, m.name)
	}
}

func TestEMSAndOHSTimeTable(t *testing.T) {
	for _, c := range audit.Complexities() {
		ems, err := audit.EMSTimeTable(c)
		require.NoError(t, err)
		assert.Equal(t, "ems_"+c.String(), ems.Name())
		if c == audit.LimitedComplexity {
			continue
		}
		ohs, err := audit.OHSTimeTable(c)
		require.NoError(t, err)
		assert.Equal(t, "ohs_"+c.String(), ohs.Name())
		assert.False(t, ohs.Equal(ems), "OH&S and EMS have the same figures, not the same table")
	}
	bad := []struct {
		name string
		get  func() (audit.TimeTable, error)
		msg  string
	}{
		{"OH&S limited", func() (audit.TimeTable, error) { return audit.OHSTimeTable(audit.LimitedComplexity) },
			"audit: unknown time table: complexity: limited: the OH&S table has the categories high, medium and low"},
		{"OH&S unknown", func() (audit.TimeTable, error) { return audit.OHSTimeTable(0) }, "complexity: complexity(0)"},
		{"EMS unknown", func() (audit.TimeTable, error) { return audit.EMSTimeTable(audit.LimitedComplexity + 1) },
			"audit: unknown time table: complexity: complexity(5): the EMS table has the categories high, medium, low and limited"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			table, err := c.get()
			require.ErrorIs(t, err, audit.ErrUnknownTimeTable)
			assert.NotContains(t, err.Error(), "\n", "one problem")
			assert.Contains(t, err.Error(), c.msg)
			var fe *errs.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, "complexity", fe.Field)
			assert.True(t, table.IsZero())
		})
	}
}

// Every built-in is found by its name, encodes in full and decodes back,
// and a document may name it.
func TestBuiltinTablesByName(t *testing.T) {
	names := []string{"after_sales", "qms", "ems_high", "ems_medium", "ems_low", "ems_limited", "ohs_high", "ohs_medium", "ohs_low"}
	for _, name := range names {
		table := builtinTable(t, name)
		assert.Equal(t, name, table.Name())
		data, err := json.Marshal(table)
		require.NoError(t, err)
		var back audit.TimeTable
		require.NoError(t, json.Unmarshal(data, &back), name)
		assert.True(t, back.Equal(table), name)
		var named audit.TimeTable
		require.NoError(t, json.Unmarshal([]byte(`"`+name+`"`), &named))
		assert.True(t, named.Equal(table), name)
		for _, other := range names {
			if other != name {
				assert.False(t, builtinTable(t, other).Equal(table), "%s and %s", name, other)
			}
		}
	}
	_, err := audit.TimeTableByName("ems_special")
	require.ErrorIs(t, err, audit.ErrUnknownTimeTable)
	assert.Contains(t, err.Error(), strings.Join(names, ", "))
}

func TestComplexity(t *testing.T) {
	want := []struct {
		c                      audit.Complexity
		code, chinese, english string
	}{
		{audit.HighComplexity, "high", "高", "High"},
		{audit.MediumComplexity, "medium", "中", "Medium"},
		{audit.LowComplexity, "low", "低", "Low"},
		{audit.LimitedComplexity, "limited", "有限", "Limited"},
	}
	require.Len(t, audit.Complexities(), len(want))
	for i, w := range want {
		assert.Equal(t, w.c, audit.Complexities()[i])
		assert.True(t, w.c.IsValid())
		assert.Equal(t, w.code, w.c.String())
		assert.Equal(t, w.chinese, w.c.Chinese())
		assert.Equal(t, w.english, w.c.English())
		parsed, err := audit.ParseComplexity(w.code)
		require.NoError(t, err)
		assert.Equal(t, w.c, parsed)
		text, err := w.c.MarshalText()
		require.NoError(t, err)
		assert.Equal(t, w.code, string(text))
		var back audit.Complexity
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, w.c, back)
	}
	for _, bad := range []audit.Complexity{0, audit.LimitedComplexity + 1, 255} {
		assert.False(t, bad.IsValid())
		assert.Empty(t, bad.Chinese())
		_, err := bad.MarshalText()
		assert.ErrorIs(t, err, audit.ErrUnknownCode)
	}
	for _, bad := range []string{"", "High", "special", " low"} {
		_, err := audit.ParseComplexity(bad)
		assert.ErrorIs(t, err, audit.ErrUnknownCode, bad)
		c := audit.MediumComplexity
		assert.ErrorIs(t, c.UnmarshalText([]byte(bad)), audit.ErrUnknownCode)
		assert.Equal(t, audit.MediumComplexity, c, "unchanged after an error")
	}
	var s struct {
		C audit.Complexity `json:"c"`
	}
	require.NoError(t, json.Unmarshal([]byte(`{"c":"limited"}`), &s))
	assert.Equal(t, audit.LimitedComplexity, s.C)
}
