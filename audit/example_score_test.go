package audit_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
)

func ExampleScorecard_Score() {
	card := audit.GBT27922()
	points := func(s string) decimal.Decimal { return decimal.RequireFromString(s) }
	e := audit.Evaluation{
		Awarded: map[string]decimal.Decimal{
			"organization": points("4"), "staffing": points("5"), "resources": points("5.5"),
			"specifications": points("5"), "supervision": points("6"), "improvement": points("4"),
			"service_culture": points("5"), "product_information": points("4.5"),
			"technical_support": points("5"), "delivery_installation": points("5"),
			"repair": points("5"), "quality_assurance": points("5.5"),
			"customer_relations": points("10"), "complaint_handling": points("11"),
		},
		Excluded:   []string{"recycling"}, // the company sells no goods that are taken back
		Bonus:      true,
		Deductions: []string{"unresolved_complaint"}, // also raised as a finding to rectify
	}
	r, err := card.Score(e)
	if err != nil {
		fmt.Println(err)
		return
	}
	// 80.5 of 94 applicable points = 85.638… % → 85.64, +1 bonus, −1 deduction.
	fmt.Println("applicable:", r.Applicable.StringFixed(2))
	fmt.Println("awarded:   ", r.Awarded.StringFixed(2))
	fmt.Println("score:     ", r.Score.StringFixed(2))
	fmt.Println("level:     ", r.Level, r.Level.Chinese())
	fmt.Println("deductions:", r.Deductions)

	delete(e.Awarded, "repair")
	e.Awarded["staffing"] = points("7")
	_, err = card.Score(e)
	fmt.Println(err)
	// Output:
	// applicable: 94.00
	// awarded:    80.50
	// score:      85.64
	// level:      three_star 三星
	// deductions: [unresolved_complaint]
	// audit: invalid evaluation: awarded.staffing: 7 is above the maximum 6
	// audit: invalid evaluation: awarded.repair: not scored: award points (0 included) or exclude it
}

// A Result checks itself: a score its points do not give, or a level its
// score and grading do not give, is refused, in code and in JSON alike.
func ExampleResult_Validate() {
	r, _ := audit.GBT27922().Score(exampleEvaluation(0))
	fmt.Println("scored:", r.Awarded, "of", r.Applicable, "→", r.Score, r.Level)

	forged := r
	forged.Score, forged.Level = decimal.NewFromInt(100), audit.FiveStar
	fmt.Println(forged.Validate())

	forged = r
	forged.Level = audit.FiveStar
	fmt.Println(forged.Validate())
	// Output:
	// scored: 0 of 100 → 0 not_rated
	// audit: invalid result: score: 100 does not follow from 0 of 100 points, no bonus and 0 deduction items: they give 0.00
	// audit: invalid result: level: five_star does not follow from score 0 under the grading: it is not_rated
}

// exampleEvaluation awards every GB/T 27922 indicator the same percent of
// its points.
func exampleEvaluation(percent int64) audit.Evaluation {
	e := audit.Evaluation{Awarded: map[string]decimal.Decimal{}}
	for _, ind := range audit.GBT27922().Indicators() {
		e.Awarded[ind.Code] = ind.Points.Mul(decimal.NewFromInt(percent)).Shift(-2)
	}
	return e
}

func ExampleGrading_Grade() {
	g := audit.DefaultGrading().WithStarsAfterOneYear(true)
	score := decimal.RequireFromString("96.5")
	since := time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, on := range []time.Time{
		time.Date(2026, 3, 9, 0, 0, 0, 0, time.UTC),
		time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC),
	} {
		level, _ := g.Grade(score, since, on)
		fmt.Println(on.Format("2006-01-02"), level.Chinese())
	}
	// Output:
	// 2026-03-09 达标
	// 2026-03-10 五星
}

// A CB loads its own scorecard from JSON; decoding checks it as NewScorecard
// does, so a card with a mistake is refused with the field named. Points
// are a JSON string or number holding a plain decimal.
func ExampleScorecard_UnmarshalJSON() {
	doc := `{
	  "groups": [{"code": "service", "chinese": "服务", "english": "Service"}],
	  "indicators": [
	    {"code": "response", "group": "service", "points": "60", "chinese": "响应", "english": "Response"},
	    {"code": "repair", "group": "service", "points": 40, "chinese": "维修", "english": "Repair"}
	  ],
	  "grading": {"compliant": "75", "three_star": "85", "four_star": "92", "five_star": "97"}
	}`
	var card audit.Scorecard
	if err := json.Unmarshal([]byte(doc), &card); err != nil {
		fmt.Println(err)
		return
	}
	bound, _ := card.Grading().Threshold(audit.Compliant)
	fmt.Println("indicators:", len(card.Indicators()), "total:", card.Total(), "compliant from:", bound)

	var builtIn audit.Scorecard
	_ = json.Unmarshal([]byte(`"gbt27922"`), &builtIn)
	fmt.Println("gbt27922 is GBT27922():", builtIn.Equal(audit.GBT27922()))

	bad := strings.Replace(doc, `"points": 40`, `"points": 40.005`, 1)
	fmt.Println(json.Unmarshal([]byte(bad), &card))
	// Output:
	// indicators: 2 total: 100 compliant from: 75
	// gbt27922 is GBT27922(): true
	// audit: invalid scorecard: indicators[1].points: 40.005 has more than 2 decimal places
}
