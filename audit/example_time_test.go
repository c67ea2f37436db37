package audit_test

import (
	"fmt"
	"strings"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
)

func ExampleTimeTable_Effort() {
	table := audit.AfterSalesTimeTable()
	e, err := table.Effort(150, audit.Adjustment{Reason: "single repetitive process", Percent: decimal.NewFromInt(-10)})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("initial:", e.Initial, "= stage 1", e.Stage1, "+ stage 2", e.Stage2)
	fmt.Println("surveillance:", e.Surveillance, "recertification:", e.Recertification)
	for _, line := range e.Basis {
		fmt.Println("-", line)
	}

	_, err = table.Effort(150, audit.Adjustment{Reason: "low risk", Percent: decimal.NewFromInt(-35)})
	fmt.Println(err)
	// Output:
	// initial: 8.5 = stage 1 1.5 + stage 2 7
	// surveillance: 3 recertification: 5.5
	// - 126–175 personnel: 9.5 person-days (after-sales committee table)
	// - stage 1: 1.5 person-days, the table's document review
	// - −10 %: single repetitive process
	// - rounded initial 8.55 → 8.5
	// - rounded stage 1 1.35 → 1.5
	// - rounded surveillance 3.15 → 3
	// - rounded recertification 5.4 → 5.5
	// audit: total reduction above the cap: adjustments: −35 % in total is more than the 30 % the after_sales table allows (IAF MD 5)
}

func ExampleTimeTable_Effort_qms() {
	e, _ := audit.QMSTimeTable().Effort(100)
	fmt.Println(e.Initial, e.Stage1, e.Stage2, e.Surveillance, e.Recertification)
	// Output:
	// 7 2 5 2.5 4.5
}

func ExampleTimeTable_MultiSiteEffort() {
	// A head office and 9 fixed service outlets.
	e, _ := audit.AfterSalesTimeTable().MultiSiteEffort(120, 10)
	fmt.Println("initial:", e.Initial, "surveillance:", e.Surveillance, "recertification:", e.Recertification)
	for _, line := range e.Basis {
		fmt.Println("-", line)
	}
	// Output:
	// initial: 10 surveillance: 4 recertification: 6.5
	// - 86–125 personnel: 8.5 person-days (after-sales committee table)
	// - stage 1: 1.5 person-days, the table's document review
	// - 10 sites: 9 besides the head office; sampled 3 (initial, ⌈√n⌉), 2 (surveillance, ⌈0.6√n⌉), 3 (recertification, ⌈0.8√n⌉) (IAF MD 1)
	// - stage 2: +1.5 person-days for 3 sampled sites × 0.5
	// - surveillance: +1 person-day for 2 sampled sites × 0.5
	// - recertification: +1.5 person-days for 3 sampled sites × 0.5
}

func ExampleSampleSize() {
	for _, n := range []int{1, 9, 10, 25} {
		fmt.Println(n, audit.SampleSize(n, audit.Stage2), audit.SampleSize(n, audit.Surveillance),
			audit.SampleSize(n, audit.Recertification))
	}
	// Output:
	// 1 1 1 1
	// 9 3 2 3
	// 10 4 2 3
	// 25 5 3 4
}

func ExampleEffectivePersonnel() {
	n, _ := audit.EffectivePersonnel(100,
		audit.PartTime{Headcount: 30, HoursPerDay: decimal.NewFromInt(4)},
		audit.PartTime{Headcount: 5, HoursPerDay: decimal.RequireFromString("2.5")})
	fmt.Println(n) // 100 + ⌈15 + 1.5625⌉
	// Output:
	// 117
}

func ExampleTimeTableByName() {
	table, _ := audit.TimeTableByName("ems_medium")
	fmt.Println(table.Name(), table.MaxPersonnel(), "personnel at most:", table.Config().Source)
	_, err := audit.TimeTableByName("ems")
	fmt.Println(err)
	// Output:
	// ems_medium 10700 personnel at most: IAF MD 5 EMS table, medium complexity
	// audit: unknown time table: "ems" is not a built-in table (after_sales, qms, ems_high, ems_medium, ems_low, ems_limited, ohs_high, ohs_medium, ohs_low)
}

func ExampleEMSTimeTable() {
	ems, _ := audit.EMSTimeTable(audit.LimitedComplexity)
	e, _ := ems.Effort(700)
	fmt.Println(ems.Name(), e.Initial, e.Stage1, e.Stage2, e.Surveillance, e.Recertification)
	_, err := audit.OHSTimeTable(audit.LimitedComplexity)
	fmt.Println(err)
	// Output:
	// ems_limited 6.5 2 4.5 2 4.5
	// audit: unknown time table: complexity: limited: the OH&S table has the categories high, medium and low
}

// One audit of a QMS, an EMS and an OH&S management system at 65 effective
// personnel, integrated as one system (IAF MD 11): (5 + 6 + 6) × 0.8 = 13.6,
// rounded once to 13.5 person-days.
func ExampleIntegratedEffort() {
	ems, _ := audit.EMSTimeTable(audit.MediumComplexity)
	ohs, _ := audit.OHSTimeTable(audit.MediumComplexity)
	e, err := audit.IntegratedEffort(65, 1,
		[]audit.StandardAudit{{Table: audit.QMSTimeTable()}, {Table: ems}, {Table: ohs}},
		audit.Integration{Reduction: decimal.NewFromInt(20), Reason: "one management system: shared manual, one management review"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("initial:", e.Initial, "= stage 1", e.Stage1, "+ stage 2", e.Stage2)
	fmt.Println("surveillance:", e.Surveillance, "recertification:", e.Recertification)
	for _, line := range e.Basis {
		if !strings.Contains(line, " of the initial time") { // the shares, three times
			fmt.Println("-", line)
		}
	}
	// Output:
	// initial: 13.5 = stage 1 4 + stage 2 9.5
	// surveillance: 4.5 recertification: 9
	// - integrated audit of 3 standards (IAF MD 11): each standard's time on its own, summed, reduced for integration, rounded once
	// - qms: 46–65 personnel: 5 person-days (IAF MD 5 QMS table)
	// - qms: initial 5, stage 1 1.5, surveillance 1.666…, recertification 3.333…
	// - ems_medium: 46–65 personnel: 6 person-days (IAF MD 5 EMS table, medium complexity)
	// - ems_medium: initial 6, stage 1 1.8, surveillance 2, recertification 4
	// - ohs_medium: 46–65 personnel: 6 person-days (IAF MD 5 OH&S table, medium complexity)
	// - ohs_medium: initial 6, stage 1 1.8, surveillance 2, recertification 4
	// - sum: initial 17, stage 1 5.1, surveillance 5.666…, recertification 11.333…
	// - integration −20 %: one management system: shared manual, one management review (IAF MD 11)
	// - rounded initial 13.6 → 13.5
	// - rounded stage 1 4.08 → 4
	// - rounded surveillance 4.533… → 4.5
	// - rounded recertification 9.066… → 9
}

// The committee's table prints its own split between document review
// (stage 1) and on-site time (stage 2), and it is used as printed.
func ExampleTimeTable_Effort_stages() {
	for _, personnel := range []int{10, 11, 46} {
		e, _ := audit.AfterSalesTimeTable().Effort(personnel)
		fmt.Println(personnel, "personnel:", e.Initial, "=", e.Stage1, "+", e.Stage2, "|", e.Basis[1])
	}
	// Output:
	// 10 personnel: 3 = 1 + 2 | stage 1: 1 person-day, the table's document review
	// 11 personnel: 4 = 1 + 3 | stage 1: 1 person-day, the table's document review
	// 46 personnel: 6.5 = 1.5 + 5 | stage 1: 1.5 person-days, the table's document review
}
