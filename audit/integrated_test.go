package audit_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/errs"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// integration is a reduction for integration with a reason.
func integration(t testing.TB, percent string) audit.Integration {
	return audit.Integration{Reduction: daysOf(t, percent), Reason: "one management system: shared manual, one management review"}
}

// standards returns the built-in tables named, each without adjustments.
func standards(t testing.TB, names ...string) []audit.StandardAudit {
	out := make([]audit.StandardAudit, len(names))
	for i, name := range names {
		out[i] = audit.StandardAudit{Table: builtinTable(t, name)}
	}
	return out
}

// The published examples [MD11]: the table figures summed unrounded, less
// 20 %, rounded once.
func TestIntegratedEffortPublishedExamples(t *testing.T) {
	cases := []struct {
		name      string
		personnel int
		tables    []string
		initial   string
		exact     string
	}{
		{"65 personnel, QMS + EMS medium + OH&S medium: (5 + 6 + 6) × 0.8 = 13.6 → 13.5", 65,
			[]string{"qms", "ems_medium", "ohs_medium"}, "13.5", "rounded initial 13.6 → 13.5"},
		{"15 personnel, QMS + EMS medium + OH&S high: (2.5 + 3.5 + 4.5) × 0.8 = 8.4 → 8.5", 15,
			[]string{"qms", "ems_medium", "ohs_high"}, "8.5", "rounded initial 8.4 → 8.5"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e, err := audit.IntegratedEffort(c.personnel, 1, standards(t, c.tables...), integration(t, "20"))
			require.NoError(t, err)
			require.NoError(t, e.Validate())
			assertDays(t, c.initial, e.Initial)
			assert.Contains(t, e.Basis, c.exact)
			assert.True(t, e.Stage1.Add(e.Stage2).Equal(e.Initial))
		})
	}

	e, err := audit.IntegratedEffort(65, 1, standards(t, "qms", "ems_medium", "ohs_medium"), integration(t, "20"))
	require.NoError(t, err)
	// Stage 1: (1.5 + 1.8 + 1.8) × 0.8 = 4.08 → 4; surveillance (5 + 6 +
	// 6) / 3 × 0.8 = 4.533… → 4.5; recertification × 2/3: 9.066… → 9.
	assertDays(t, "4", e.Stage1)
	assertDays(t, "9.5", e.Stage2)
	assertDays(t, "4.5", e.Surveillance)
	assertDays(t, "9", e.Recertification)
	share := func(name string) []string {
		return []string{
			name + ": stage 1: 30 % of the initial time (the table gives no document review)",
			name + ": surveillance: 1/3 of the initial time",
			name + ": recertification: 2/3 of the initial time",
		}
	}
	want := []string{"integrated audit of 3 standards (IAF MD 11): each standard's time on its own, summed, reduced for integration, rounded once",
		"qms: 46–65 personnel: 5 person-days (IAF MD 5 QMS table)"}
	want = append(want, share("qms")...)
	want = append(want, "qms: initial 5, stage 1 1.5, surveillance 1.666…, recertification 3.333…",
		"ems_medium: 46–65 personnel: 6 person-days (IAF MD 5 EMS table, medium complexity)")
	want = append(want, share("ems_medium")...)
	want = append(want, "ems_medium: initial 6, stage 1 1.8, surveillance 2, recertification 4",
		"ohs_medium: 46–65 personnel: 6 person-days (IAF MD 5 OH&S table, medium complexity)")
	want = append(want, share("ohs_medium")...)
	want = append(want, "ohs_medium: initial 6, stage 1 1.8, surveillance 2, recertification 4",
		"sum: initial 17, stage 1 5.1, surveillance 5.666…, recertification 11.333…",
		"integration −20 %: one management system: shared manual, one management review (IAF MD 11)",
		"rounded initial 13.6 → 13.5",
		"rounded stage 1 4.08 → 4",
		"rounded surveillance 4.533… → 4.5",
		"rounded recertification 9.066… → 9")
	assert.Equal(t, want, e.Basis)
}

// Each standard is computed exactly with its own adjustments and only the
// integrated figure is rounded: 6 personnel, QMS + EMS medium + OH&S high,
// no reduction: surveillance (2 + 3 + 3.5) / 3 = 2.833… → 3, where rounding
// each standard first (0.5 + 1 + 1) would give 2.5.
func TestIntegratedEffortRoundsOnce(t *testing.T) {
	list := standards(t, "qms", "ems_medium", "ohs_high")
	e, err := audit.IntegratedEffort(6, 1, list, audit.Integration{})
	require.NoError(t, err)
	assertDays(t, "8.5", e.Initial)
	assertDays(t, "3", e.Surveillance)
	assertDays(t, "5.5", e.Recertification) // 5.666… → 5.5 (each first: 1.5 + 2 + 2.5 = 6)
	assert.Contains(t, e.Basis, "integration 0 % (IAF MD 11)")
	assert.Contains(t, e.Basis, "rounded surveillance 2.833… → 3")
	var separately decimal.Decimal
	for _, s := range list {
		one, err := s.Table.Effort(6)
		require.NoError(t, err)
		separately = separately.Add(one.Surveillance)
	}
	assertDays(t, "2.5", separately)

	// A standard's adjustments apply to that standard only, before the sum:
	// QMS −10 % at 15 personnel: (2.25 + 3.5 + 4.5) × 0.8 = 8.2 → 8.
	list = standards(t, "qms", "ems_medium", "ohs_high")
	list[0].Adjustments = []audit.Adjustment{adjust(t, "-10", "low risk")}
	e, err = audit.IntegratedEffort(15, 1, list, integration(t, "20"))
	require.NoError(t, err)
	assertDays(t, "8", e.Initial)
	assert.Contains(t, e.Basis, "qms: −10 %: low risk")
	assert.Contains(t, e.Basis, "qms: initial 2.25, stage 1 0.675, surveillance 0.75, recertification 1.5")
	assert.Contains(t, e.Basis, "sum: initial 10.25, stage 1 3.075, surveillance 3.416…, recertification 6.833…")
}

// The integration reduction comes after the MD 5 reductions: 30 % then 20 %
// is 44 % [MD11].
func TestIntegratedEffortReductionsCompound(t *testing.T) {
	list := standards(t, "qms", "ems_medium", "ohs_medium")
	for i := range list {
		list[i].Adjustments = []audit.Adjustment{adjust(t, "-30", "low risk, one process")}
	}
	e, err := audit.IntegratedEffort(65, 1, list, integration(t, "20"))
	require.NoError(t, err)
	// 17 × 0.7 × 0.8 = 9.52 is exactly the most the reductions allow
	// together: rounding down to 9.5 would cut past it, so the cap wins and
	// it is 10, as 2.1 is 2.5 on a single table at −30 %.
	assertDays(t, "10", e.Initial)
	assert.Contains(t, e.Basis, "sum: initial 11.9, stage 1 3.57, surveillance 3.966…, recertification 7.933…")
	assert.Contains(t, e.Basis, "rounded initial 9.52 → 9.5")
	assert.Contains(t, e.Basis, "initial: 9.5 would cut more than the tables' caps and then 20 % for integration; raised to 10 person-days")

	// 20 % less for each standard, then 20 %: 17 × 0.8 × 0.8 = 10.88 → 11.
	for i := range list {
		list[i].Adjustments = []audit.Adjustment{adjust(t, "-20", "low risk")}
	}
	e, err = audit.IntegratedEffort(65, 1, list, integration(t, "20"))
	require.NoError(t, err)
	assertDays(t, "11", e.Initial)

	list[2].Adjustments = []audit.Adjustment{adjust(t, "-30.01", "a")}
	_, err = audit.IntegratedEffort(65, 1, list, integration(t, "20"))
	require.ErrorIs(t, err, audit.ErrReductionCap)
	assert.Contains(t, err.Error(), "standards[2].adjustments: −30.01 % in total is more than the 30 % the ohs_medium table allows")
}

// Rounding never takes the reductions together past the tables' caps and
// then 20 %: 1 personnel, QMS + EMS medium, each −30 %, then −20 %: (1.5 +
// 2.5) × 0.7 × 0.8 = 2.24 would round to 2 (a 50 % cut); it is 2.5.
func TestIntegratedEffortCapWinsOverRounding(t *testing.T) {
	list := standards(t, "qms", "ems_medium")
	for i := range list {
		list[i].Adjustments = []audit.Adjustment{adjust(t, "-30", "a")}
	}
	e, err := audit.IntegratedEffort(1, 1, list, integration(t, "20"))
	require.NoError(t, err)
	assertDays(t, "2.5", e.Initial)
	assertDays(t, "1", e.Surveillance) // (0.5 + 0.833…) × 0.56 = 0.746… would round to 0.5
	assert.Contains(t, e.Basis, "initial: 2 would cut more than the tables' caps and then 20 % for integration; raised to 2.5 person-days")
	assert.Contains(t, e.Basis, "surveillance: 0.5 would cut more than the tables' caps and then 20 % for integration; raised to 1 person-day")

	// Without the MD 5 reductions the 20 % is not held against rounding,
	// as in the published example (13.6 → 13.5 is a 20.6 % cut).
	e, err = audit.IntegratedEffort(65, 1, standards(t, "qms", "ems_medium", "ohs_medium"), integration(t, "20"))
	require.NoError(t, err)
	for _, line := range e.Basis {
		assert.NotContains(t, line, "would cut more than")
	}
}

// Multi-site [MD1]: the sampling is written once; a table's time per sampled
// site is added after the rounding, named by the table, and not reduced.
func TestIntegratedEffortMultiSite(t *testing.T) {
	e, err := audit.IntegratedEffort(65, 10, standards(t, "qms", "ems_medium", "ohs_medium"), integration(t, "20"))
	require.NoError(t, err)
	assertDays(t, "13.5", e.Initial)
	assert.Equal(t, "10 sites: 9 besides the head office; sampled 3 (initial, ⌈√n⌉), 2 (surveillance, ⌈0.6√n⌉), 3 (recertification, ⌈0.8√n⌉) (IAF MD 1)",
		e.Basis[len(e.Basis)-1])

	// A caller's table for a standard of its own that charges per site.
	c := audit.AfterSalesTimeTable().Config()
	c.Name, c.Standard = "service_ms", "service"
	service := audit.MustNewTimeTable(c)
	list := append(standards(t, "qms"), audit.StandardAudit{Table: service})
	e, err = audit.IntegratedEffort(120, 10, list, integration(t, "10"))
	require.NoError(t, err)
	// (7 + 8.5) × 0.9 = 13.95 → 14, + 3 × 0.5; surveillance (2.333… + 3) ×
	// 0.9 = 4.8 → 5, + 2 × 0.5.
	assertDays(t, "15.5", e.Initial)
	assertDays(t, "6", e.Surveillance)
	assert.True(t, e.Stage1.Add(e.Stage2).Equal(e.Initial))
	assert.Contains(t, e.Basis, "service_ms: stage 2: +1.5 person-days for 3 sampled sites × 0.5")
	assert.Contains(t, e.Basis, "service_ms: surveillance: +1 person-day for 2 sampled sites × 0.5")
	assert.Contains(t, e.Basis, "service_ms: recertification: +1.5 person-days for 3 sampled sites × 0.5")
}

// A caller's table that goes beyond 10 700 personnel integrates as a
// built-in does.
func TestIntegratedEffortCallerTable(t *testing.T) {
	c := builtinTable(t, "ems_medium").Config()
	c.Name = "ems_medium_extended"
	c.Bands = append(c.Bands, audit.Band{From: 10701, To: 13500, Initial: daysOf(t, "29")})
	ems := audit.MustNewTimeTable(c)
	qms := audit.QMSTimeTable().Config()
	qms.Name = "qms_extended"
	qms.Bands = append(qms.Bands, audit.Band{From: 10701, To: 13500, Initial: daysOf(t, "23")})
	list := []audit.StandardAudit{{Table: audit.MustNewTimeTable(qms)}, {Table: ems}}
	e, err := audit.IntegratedEffort(12000, 1, list, integration(t, "15"))
	require.NoError(t, err)
	assertDays(t, "44", e.Initial) // (23 + 29) × 0.85 = 44.2 → 44
}

func TestIntegratedEffortErrors(t *testing.T) {
	qms := audit.QMSTimeTable()
	ems := builtinTable(t, "ems_medium")
	ohs := builtinTable(t, "ohs_high")
	good := func() []audit.StandardAudit { return standards(t, "qms", "ems_medium", "ohs_high") }
	cases := []struct {
		name      string
		personnel int
		sites     int
		standards []audit.StandardAudit
		g         audit.Integration
		kind      error
		field     string
		msg       string
	}{
		{"no personnel", 0, 1, good(), integration(t, "20"), audit.ErrInvalidPersonnel, "personnel", "0 is below 1"},
		{"no sites", 65, 0, good(), integration(t, "20"), audit.ErrInvalidSites, "sites", "0: there is at least the head office"},
		{"one standard", 65, 1, standards(t, "qms"), integration(t, "20"), audit.ErrInvalidIntegration, "standards", "1: an integrated audit combines 2 to 20 standards"},
		{"no standards", 65, 1, nil, audit.Integration{}, audit.ErrInvalidIntegration, "standards", "0: an integrated audit combines"},
		{"too many standards", 65, 1, make([]audit.StandardAudit, 21), audit.Integration{}, audit.ErrInvalidIntegration, "standards", "21: "},
		{"the same standard twice", 65, 1, standards(t, "qms", "ems_medium", "ems_high"), integration(t, "20"),
			audit.ErrInvalidIntegration, "standards[2].table", "ems_high is a second ems table (standards[1] is ems_medium); each standard counts once"},
		{"the same table twice", 65, 1, standards(t, "qms", "qms"), audit.Integration{},
			audit.ErrInvalidIntegration, "standards[1].table", "qms is a second qms table (standards[0] is qms)"},
		{"after-sales is not a management system", 65, 1, standards(t, "qms", "after_sales"), audit.Integration{},
			audit.ErrInvalidIntegration, "standards[1].table", "the after_sales table states no management-system standard"},
		{"a zero table", 65, 1, []audit.StandardAudit{{Table: qms}, {}}, audit.Integration{},
			audit.ErrInvalidTimeTable, "standards[1].table", "the zero TimeTable"},
		{"personnel beyond a table", 10701, 1, good(), integration(t, "20"),
			audit.ErrBeyondTable, "standards[0].table", "10701 personnel is beyond the qms table, which ends at 10700"},
		{"reduction above 20 %", 65, 1, good(), integration(t, "20.01"), audit.ErrInvalidIntegration, "integration.reduction", "20.01 % must be from 0 to 20"},
		{"negative reduction", 65, 1, good(), integration(t, "-5"), audit.ErrInvalidIntegration, "integration.reduction", "-5 % must be from 0 to 20"},
		{"reduction with three places", 65, 1, good(), integration(t, "10.125"), audit.ErrInvalidIntegration, "integration.reduction", "has more than two decimal places"},
		{"absurd reduction", 65, 1, good(), audit.Integration{Reduction: decimal.New(1, 1_000_000_000), Reason: "r"},
			audit.ErrInvalidIntegration, "integration.reduction", "must be from 0 to 20"},
		{"reduction without a reason", 65, 1, good(), audit.Integration{Reduction: decimal.NewFromInt(10), Reason: " "},
			audit.ErrInvalidIntegration, "integration.reason", `" " is blank; a reduction for integration must say why`},
		{"reason not UTF-8", 65, 1, good(), audit.Integration{Reason: "\xff"}, audit.ErrInvalidIntegration, "integration.reason", "is not valid UTF-8"},
		{"a standard's adjustment without a reason", 65, 1, []audit.StandardAudit{{Table: qms}, {Table: ems, Adjustments: []audit.Adjustment{adjust(t, "-5", "")}}},
			audit.Integration{}, audit.ErrInvalidAdjustment, "standards[1].adjustments[0].reason", "empty (percent -5 %)"},
		{"a standard's reduction above its cap", 65, 1, []audit.StandardAudit{{Table: ohs, Adjustments: []audit.Adjustment{adjust(t, "-31", "a")}}, {Table: qms}},
			audit.Integration{}, audit.ErrReductionCap, "standards[0].adjustments", "−31 % in total is more than the 30 %"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			before := fmt.Sprint(c.standards)
			e, err := audit.IntegratedEffort(c.personnel, c.sites, c.standards, c.g)
			require.ErrorIs(t, err, c.kind)
			assert.True(t, e.IsZero())
			var fe *errs.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, c.field, fe.Field)
			assert.Contains(t, err.Error(), c.msg)
			assert.True(t, strings.HasPrefix(err.Error(), "audit: "), err.Error())
			assert.Equal(t, before, fmt.Sprint(c.standards), "nothing changed")
		})
	}

	t.Run("every problem is reported", func(t *testing.T) {
		list := standards(t, "qms", "ems_medium", "ems_low", "after_sales")
		_, err := audit.IntegratedEffort(0, 0, list, integration(t, "25"))
		for _, want := range []error{audit.ErrInvalidPersonnel, audit.ErrInvalidSites, audit.ErrInvalidIntegration} {
			assert.ErrorIs(t, err, want)
		}
		for _, field := range []string{"personnel", "sites", "integration.reduction", "standards[2].table", "standards[3].table"} {
			assert.Contains(t, err.Error(), ": "+field+": ")
		}
		_, err = audit.IntegratedEffort(20000, 1, []audit.StandardAudit{{Table: qms}, {Table: ems}}, audit.Integration{})
		assert.Contains(t, err.Error(), "standards[0].table: 20000 personnel")
		assert.Contains(t, err.Error(), "standards[1].table: 20000 personnel")
	})
}

func TestIntegrationValidate(t *testing.T) {
	for _, ok := range []audit.Integration{
		{},
		{Reason: "assessed: little integration"},
		{Reduction: decimal.NewFromInt(20), Reason: "one system"},
		{Reduction: decimal.RequireFromString("12.5"), Reason: "shared documentation"},
		{Reduction: decimal.RequireFromString("20.000"), Reason: "by value"},
	} {
		assert.NoError(t, ok.Validate(), "%+v", ok)
	}
	err := audit.Integration{Reduction: decimal.NewFromInt(30)}.Validate()
	assert.ErrorContains(t, err, "audit: invalid integrated audit: reduction: 30 % must be from 0 to 20")
	assert.ErrorContains(t, err, "audit: invalid integrated audit: reason: \"\" is blank")
	var list interface{ Unwrap() []error }
	require.True(t, errors.As(err, &list))
	assert.Len(t, list.Unwrap(), 2, "both problems")

	a := audit.Integration{Reduction: decimal.RequireFromString("20.0"), Reason: "x"}
	assert.True(t, a.Equal(audit.Integration{Reduction: decimal.NewFromInt(20), Reason: "x"}))
	assert.False(t, a.Equal(audit.Integration{Reduction: decimal.NewFromInt(20), Reason: "y"}))
	assert.False(t, a.Equal(audit.Integration{Reduction: decimal.NewFromInt(10), Reason: "x"}))

	s := audit.StandardAudit{Table: audit.QMSTimeTable(), Adjustments: []audit.Adjustment{adjust(t, "-10", "a")}}
	assert.True(t, s.Equal(audit.StandardAudit{Table: audit.QMSTimeTable(), Adjustments: []audit.Adjustment{adjust(t, "-10.00", "a")}}))
	assert.False(t, s.Equal(audit.StandardAudit{Table: audit.QMSTimeTable()}))
	assert.False(t, s.Equal(audit.StandardAudit{Table: builtinTable(t, "ems_low"), Adjustments: s.Adjustments}))
}

// integratedOracle states the rule of integrated audit time independently,
// in decimals, for tables that print only the initial time and cap
// reductions at 30 %: each table figure × its adjustments, summed, × (1 −
// reduction), rounded once to the half day, no lower than the tables'
// figures × 0.7 × 0.8 (rounded up to the half day) and a day.
func integratedOracle(t testing.TB, personnel int, list []audit.StandardAudit, reduction decimal.Decimal, share func(decimal.Decimal) decimal.Decimal) decimal.Decimal {
	hundred := decimal.NewFromInt(100)
	var sum, least decimal.Decimal
	for _, s := range list {
		band := bandOf(t, s.Table, personnel)
		total := decimal.Zero
		for _, a := range s.Adjustments {
			total = total.Add(a.Percent)
		}
		sum = sum.Add(band.Initial.Mul(hundred.Add(total)).DivRound(hundred, 30))
		least = least.Add(band.Initial.Mul(decimal.RequireFromString("0.56")))
	}
	// The share is taken of the sums, not of each figure: a third of a sum
	// that is a quarter day exactly is exact in decimals, while three
	// thirds each cut at 30 places add up to just below it.
	sum, least = share(sum), share(least)
	got := roundHalfDay(sum.Mul(hundred.Sub(reduction)).DivRound(hundred, 30))
	two := decimal.NewFromInt(2)
	if floor := least.Mul(two).Ceil().Div(two); got.LessThan(floor) {
		got = floor
	}
	return got
}

func FuzzIntegratedEffort(f *testing.F) {
	f.Add(65, 1, uint8(7), uint8(2), uint8(2), "", "", "", "20")
	f.Add(15, 3, uint8(7), uint8(2), uint8(1), "-10", "", "5", "20")
	f.Add(1, 1, uint8(3), uint8(2), uint8(3), "-30", "-30", "", "20")
	f.Add(10700, 500, uint8(6), uint8(4), uint8(3), "100", "-30", "-30", "0")
	f.Add(0, 0, uint8(1), uint8(9), uint8(4), "x", "-31", "", "21")
	f.Fuzz(func(t *testing.T, personnel, sites int, mask, emsC, ohsC uint8, p1, p2, p3, reduction string) {
		var list []audit.StandardAudit
		percents := []string{p1, p2, p3}
		ems, emsErr := audit.EMSTimeTable(audit.Complexity(emsC))
		ohs, ohsErr := audit.OHSTimeTable(audit.Complexity(ohsC))
		for i, table := range []audit.TimeTable{audit.QMSTimeTable(), ems, ohs} {
			if mask&(1<<i) == 0 {
				continue
			}
			s := audit.StandardAudit{Table: table}
			if p, err := decimal.NewFromString(percents[i]); err == nil {
				s.Adjustments = []audit.Adjustment{{Reason: "r", Percent: p}}
			}
			list = append(list, s)
		}
		r, err := decimal.NewFromString(reduction)
		if err != nil {
			r = decimal.Zero
		}
		e, err := audit.IntegratedEffort(personnel, sites, list, audit.Integration{Reduction: r, Reason: "why"})
		if err != nil {
			assert.True(t, e.IsZero())
			if len(list) >= 2 && ((mask&2 != 0 && emsErr != nil) || (mask&4 != 0 && ohsErr != nil)) {
				assert.ErrorIs(t, err, audit.ErrInvalidTimeTable)
			}
			return
		}
		require.NoError(t, e.Validate())
		assert.True(t, e.Stage1.Add(e.Stage2).Equal(e.Initial))
		half := decimal.New(5, -1)
		assert.True(t, e.Stage1.GreaterThanOrEqual(half) && e.Stage2.GreaterThanOrEqual(half))
		third := func(d decimal.Decimal) decimal.Decimal { return d.DivRound(decimal.NewFromInt(3), 30) }
		same := func(d decimal.Decimal) decimal.Decimal { return d }
		assertDays(t, integratedOracle(t, personnel, list, r, same).String(), e.Initial, "initial")
		assertDays(t, integratedOracle(t, personnel, list, r, third).String(), e.Surveillance, "surveillance")
	})
}

// A table that allows no reduction (MaxReduction 0) holds its figures in
// the floor whole: the integration's 20 % is the only cut rounding is held
// to.
func TestIntegratedEffortTableWithoutReductions(t *testing.T) {
	c := audit.QMSTimeTable().Config()
	c.Name, c.MaxReduction = "qms_strict", audit.Share{}
	strict := audit.MustNewTimeTable(c)
	c = builtinTable(t, "ems_medium").Config()
	c.Name, c.MaxReduction = "ems_strict", audit.Share{}
	list := []audit.StandardAudit{{Table: strict}, {Table: audit.MustNewTimeTable(c)}}
	// 1 personnel: (1.5 + 2.5) × 0.8 = 3.2 → 3 would cut 25 %: raised to
	// 3.5; surveillance (0.5 + 0.833…) × 0.8 = 1.066… → 1 (1.066… at least:
	// raised to 1.5).
	e, err := audit.IntegratedEffort(1, 1, list, integration(t, "20"))
	require.NoError(t, err)
	assertDays(t, "3.5", e.Initial)
	assertDays(t, "1.5", e.Surveillance)
	list[0].Adjustments = []audit.Adjustment{adjust(t, "-0.01", "a")}
	_, err = audit.IntegratedEffort(1, 1, list, integration(t, "20"))
	assert.ErrorIs(t, err, audit.ErrReductionCap)
}
