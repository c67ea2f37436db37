package calendar_test

import (
	"fmt"
	"time"

	"github.com/aftersales/certification/internal/calendar"
)

func ExampleAddMonths() {
	jan31 := time.Date(2024, time.January, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(calendar.Format(calendar.AddMonths(jan31, 1)))
	aug31 := time.Date(2024, time.August, 31, 0, 0, 0, 0, time.UTC)
	fmt.Println(calendar.Format(calendar.AddMonths(aug31, 6)))
	// Output:
	// 2024-02-29
	// 2025-02-28
}

func ExampleDate() {
	cst := time.FixedZone("CST", 8*3600)
	at := time.Date(2026, time.March, 10, 0, 30, 0, 0, cst)
	fmt.Println(calendar.Format(calendar.Date(at)), "not", calendar.Format(at.UTC()))
	// Output: 2026-03-10 not 2026-03-09
}
