package audit

import (
	"bytes"
	"slices"
	"strings"

	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

// afterSalesRows is the committee's table [committee], in half days: from,
// to, initial, doc review, surveillance, recertification.
var afterSalesRows = [][6]int64{
	{1, 10, 6, 2, 3, 4},
	{11, 25, 8, 2, 3, 5},
	{26, 45, 12, 2, 4, 8},
	{46, 65, 13, 3, 4, 8},
	{66, 85, 15, 3, 5, 9},
	{86, 125, 17, 3, 6, 10},
	{126, 175, 19, 3, 7, 12},
	{176, 275, 21, 3, 8, 14},
	{276, 425, 23, 3, 9, 15},
	{426, 625, 25, 3, 9, 16},
	{626, 875, 27, 3, 10, 18},
	{876, 1175, 29, 3, 11, 19},
	{1176, 1550, 32, 4, 11, 20},
	{1551, 2025, 34, 4, 12, 22},
	{2026, 2675, 36, 4, 13, 24},
	{2676, 3450, 38, 4, 13, 24},
	{3451, 4350, 42, 6, 14, 26},
	{4351, 5450, 44, 6, 15, 27},
	{5451, 6800, 46, 6, 15, 28},
	{6801, 8500, 48, 6, 16, 30},
	{8501, 10700, 50, 6, 17, 32}, // recertification 16 estimated: the source row is cut off
}

// managementSystemRows is IAF MD 5's initial audit time (stage 1 + stage 2)
// [MD5], in half days: from, to, then a column per table: QMS; high,
// medium and low complexity (the OH&S table as printed, the same figures as
// EMS); EMS limited complexity.
var managementSystemRows = [][7]int64{
	{1, 5, 3, 6, 5, 5, 5},
	{6, 10, 4, 7, 6, 6, 6},
	{11, 15, 5, 9, 7, 6, 6},
	{16, 25, 6, 11, 9, 7, 6},
	{26, 45, 8, 14, 11, 8, 6},
	{46, 65, 10, 16, 12, 9, 7},
	{66, 85, 12, 18, 14, 10, 7},
	{86, 125, 14, 22, 16, 11, 8},
	{126, 175, 16, 24, 18, 12, 9},
	{176, 275, 18, 26, 20, 14, 10},
	{276, 425, 20, 30, 22, 16, 11},
	{426, 625, 22, 32, 24, 18, 12},
	{626, 875, 24, 34, 26, 20, 13}, // EMS limited 6.5 days; one source prints 6
	{876, 1175, 26, 38, 30, 22, 14},
	{1176, 1550, 28, 40, 32, 24, 15},
	{1551, 2025, 30, 42, 34, 24, 16},
	{2026, 2675, 32, 46, 36, 26, 17},
	{2676, 3450, 34, 50, 38, 28, 18},
	{3451, 4350, 36, 54, 40, 30, 20},
	{4351, 5450, 38, 56, 42, 32, 22},
	{5451, 6800, 40, 60, 46, 34, 24},
	{6801, 8500, 42, 64, 50, 38, 26},
	{8501, 10700, 44, 68, 54, 40, 28},
}

// qmsColumn is the QMS column of managementSystemRows; the column of
// complexity c is qmsColumn + c.
const qmsColumn = 2

// byName reads data, when it is a JSON string, as the name of a built-in
// value, which lookup returns (TimeTableByName, ScorecardByName), and
// stores that value in *dst. It reports false when data is not a JSON
// string, for the caller to read it as a whole value (a document that does
// not start with a quote is not read here at all); on error *dst is
// unchanged.
func byName[T any](data []byte, lookup func(string) (T, error), dst *T) (named bool, err error) {
	var name string
	if rest := bytes.TrimLeft(data, " \t\r\n"); len(rest) == 0 || rest[0] != '"' || jsonx.Decode(data, &name) != nil {
		return false, nil
	}
	v, err := lookup(name)
	if err != nil {
		return true, err
	}
	*dst = v
	return true, nil
}

// builtinTables are the built-in tables, in the order TimeTableByName's
// error lists them.
var builtinTables = buildBuiltinTables()

func buildBuiltinTables() []TimeTable {
	after := TimeTableConfig{
		Name: "after_sales", Source: "after-sales committee table",
		StageOneShare: percentShare(30), SurveillanceShare: Share{1, 3}, RecertificationShare: Share{2, 3},
		PerSampledSite: fromHalves(1), MaxReduction: percentShare(30),
	}
	for _, r := range afterSalesRows {
		after.Bands = append(after.Bands, Band{From: int(r[0]), To: int(r[1]), Initial: fromHalves(r[2]),
			DocReview: fromHalves(r[3]), Surveillance: fromHalves(r[4]), Recertification: fromHalves(r[5])})
	}
	tables := []TimeTable{
		MustNewTimeTable(after),
		MustNewTimeTable(managementSystemConfig("qms", "IAF MD 5 QMS table", "qms", qmsColumn)),
	}
	for _, c := range Complexities() {
		tables = append(tables, MustNewTimeTable(managementSystemConfig("ems_"+c.String(),
			"IAF MD 5 EMS table, "+c.String()+" complexity", "ems", qmsColumn+int(c))))
	}
	for _, c := range []Complexity{HighComplexity, MediumComplexity, LowComplexity} {
		tables = append(tables, MustNewTimeTable(managementSystemConfig("ohs_"+c.String(),
			"IAF MD 5 OH&S table, "+c.String()+" complexity", "ohs", qmsColumn+int(c))))
	}
	return tables
}

// managementSystemConfig is the IAF MD 5 table of one column of
// managementSystemRows: initial time only, stage 1 30 % of it (CB
// practice), surveillance 1/3 and recertification 2/3 [MD5], reductions up
// to 30 % [MD5], no time per sampled site.
func managementSystemConfig(name, source, standard string, column int) TimeTableConfig {
	c := TimeTableConfig{
		Name: name, Source: source, Standard: standard,
		StageOneShare: percentShare(30), SurveillanceShare: Share{1, 3}, RecertificationShare: Share{2, 3},
		MaxReduction: percentShare(30),
	}
	for _, r := range managementSystemRows {
		c.Bands = append(c.Bands, Band{From: int(r[0]), To: int(r[1]), Initial: fromHalves(r[column])})
	}
	return c
}

// AfterSalesTimeTable returns the after-sales committee's table
// [committee], "after_sales"; see the package documentation, "Time tables".
func AfterSalesTimeTable() TimeTable { return builtinTables[0] }

// QMSTimeTable returns IAF MD 5's table for quality management systems
// [MD5], "qms"; see the package documentation, "Time tables".
func QMSTimeTable() TimeTable { return builtinTables[1] }

// EMSTimeTable returns IAF MD 5's table for environmental management
// systems of complexity c [MD5], "ems_high", "ems_medium", "ems_low" or
// "ems_limited"; see the package documentation, "Time tables". A c that is
// not valid is an error matching [ErrUnknownTimeTable] ("complexity").
func EMSTimeTable(c Complexity) (TimeTable, error) {
	if !c.IsValid() {
		return TimeTable{}, errs.New(ErrUnknownTimeTable, "complexity",
			"%s: the EMS table has the categories high, medium, low and limited", c)
	}
	return TimeTableByName("ems_" + c.String())
}

// OHSTimeTable returns IAF MD 5's table for occupational health and safety
// management systems of complexity c [MD5], "ohs_high", "ohs_medium" or
// "ohs_low"; see the package documentation, "Time tables". Limited and a c
// that is not valid are errors matching [ErrUnknownTimeTable]
// ("complexity").
func OHSTimeTable(c Complexity) (TimeTable, error) {
	if !c.IsValid() || c == LimitedComplexity {
		return TimeTable{}, errs.New(ErrUnknownTimeTable, "complexity",
			"%s: the OH&S table has the categories high, medium and low", c)
	}
	return TimeTableByName("ohs_" + c.String())
}

// TimeTableByName returns the built-in table with the given name:
// "after_sales", "qms", "ems_high", "ems_medium", "ems_low", "ems_limited",
// "ohs_high", "ohs_medium" or "ohs_low". Any other name is an error matching
// [ErrUnknownTimeTable].
func TimeTableByName(name string) (TimeTable, error) {
	i := slices.IndexFunc(builtinTables, func(t TimeTable) bool { return t.name == name })
	if i < 0 {
		return TimeTable{}, errs.New(ErrUnknownTimeTable, "", "%s is not a built-in table (%s)",
			errs.Quote(name), builtinNames())
	}
	return builtinTables[i], nil
}

// builtinNames lists the names of the built-in tables, comma separated.
func builtinNames() string {
	names := make([]string, len(builtinTables))
	for i, t := range builtinTables {
		names[i] = t.name
	}
	return strings.Join(names, ", ")
}
