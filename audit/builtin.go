package audit

import (
	"slices"
	"strings"

	"github.com/aftersales/certification/internal/errs"
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

// qmsRows is IAF MD 5's table for quality management systems [MD5], in
// half days: from, to, initial (stage 1 + stage 2).
var qmsRows = [][3]int64{
	{1, 5, 3}, {6, 10, 4}, {11, 15, 5}, {16, 25, 6}, {26, 45, 8}, {46, 65, 10}, {66, 85, 12},
	{86, 125, 14}, {126, 175, 16}, {176, 275, 18}, {276, 425, 20}, {426, 625, 22}, {626, 875, 24},
	{876, 1175, 26}, {1176, 1550, 28}, {1551, 2025, 30}, {2026, 2675, 32}, {2676, 3450, 34},
	{3451, 4350, 36}, {4351, 5450, 38}, {5451, 6800, 40}, {6801, 8500, 42}, {8501, 10700, 44},
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
	qms := TimeTableConfig{
		Name: "qms", Source: "IAF MD 5 QMS table",
		StageOneShare: percentShare(30), SurveillanceShare: Share{1, 3}, RecertificationShare: Share{2, 3},
		MaxReduction: percentShare(30),
	}
	for _, r := range qmsRows {
		qms.Bands = append(qms.Bands, Band{From: int(r[0]), To: int(r[1]), Initial: fromHalves(r[2])})
	}
	return []TimeTable{MustNewTimeTable(after), MustNewTimeTable(qms)}
}

// AfterSalesTimeTable returns the after-sales committee's table
// [committee], "after_sales"; see the package documentation, "Time tables".
func AfterSalesTimeTable() TimeTable { return builtinTables[0] }

// QMSTimeTable returns IAF MD 5's table for quality management systems
// [MD5], "qms"; see the package documentation, "Time tables".
func QMSTimeTable() TimeTable { return builtinTables[1] }

// TimeTableByName returns the built-in table with the given name:
// "after_sales" or "qms". Any other name is an error matching
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
