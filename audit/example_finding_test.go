package audit_test

import (
	"fmt"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/google/uuid"
)

// A major nonconformity from the closing meeting of stage 2 to its closure.
func Example_findingLife() {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	policy := audit.DefaultRectification()

	stage2, _ := audit.NewAudit(audit.Stage2, day("2026-03-09"), day("2026-03-10"))
	id := uuid.MustParse("0f8d3b52-6a1e-4c47-9a55-3d1c2b7e9f01")
	stage2, err := stage2.Raise(id, audit.Major, "GB/T 27922-2011 5.3.2",
		"Complaints are not tracked to closure", "4 of 12 sampled complaints have no closure record", policy)
	if err != nil {
		fmt.Println(err)
		return
	}
	f, _ := stage2.Finding(id)
	fmt.Println(f.Severity().Chinese(), f.Status(), "due", f.DueOn().Format("2006-01-02"))

	// Closing before verification is refused and changes nothing.
	if _, err := f.Close(day("2026-03-20")); err != nil {
		fmt.Println(err)
	}

	f, _ = f.SubmitAction(day("2026-04-02"), "Complaint log reworked; hotline staff retrained")
	fmt.Println(f.Status(), "on", f.ActionSubmittedOn().Format("2006-01-02"))
	f, _ = f.Verify(day("2026-04-16"))
	fmt.Println(f.Status(), "on", f.VerifiedOn().Format("2006-01-02"))
	f, _ = f.Close(day("2026-04-17"))
	fmt.Println(f.Status(), "on", f.ClosedOn().Format("2006-01-02"))
	fmt.Println("on 2026-04-10 it was", f.StatusOn(day("2026-04-10")))

	stage2, _ = stage2.UpdateFindings(f)
	g, _ := stage2.Finding(id)
	fmt.Println("recorded:", g.Status())
	// Output:
	// 严重不符合 open due 2026-04-09
	// audit: finding transition not allowed: close finding 0f8d3b52-6a1e-4c47-9a55-3d1c2b7e9f01 (major, open): a major must be verified before it is closed
	// action_submitted on 2026-04-02
	// verified on 2026-04-16
	// closed on 2026-04-17
	// on 2026-04-10 it was action_submitted
	// recorded: closed
}

func ExampleFinding_OverdueOn() {
	f, _ := audit.NewFinding(uuid.MustParse("5f0c7d8e-0000-4000-8000-000000000009"), audit.Minor,
		"5.2.1", "No training plan for 2026", "Training file holds 2025 only",
		time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC), audit.DefaultRectification())
	for _, day := range []string{"2026-04-09", "2026-04-10"} {
		d, _ := time.Parse("2006-01-02", day)
		fmt.Println(day, "overdue:", f.OverdueOn(d))
	}
	// Output:
	// 2026-04-09 overdue: false
	// 2026-04-10 overdue: true
}

func ExampleRecommend() {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	policy := audit.DefaultRectification()
	stage2, _ := audit.NewAudit(audit.Stage2, day("2026-03-09"), day("2026-03-10"))
	stage2, _ = stage2.Raise(uuid.MustParse("0f8d3b52-6a1e-4c47-9a55-3d1c2b7e9f01"), audit.Major,
		"GB/T 27922-2011 5.3.2", "Complaints are not tracked to closure", "4 of 12 sampled complaints open", policy)
	result, _ := audit.GBT27922().Score(exampleEvaluation(86))
	stage2, _ = stage2.WithResult(result)
	for _, on := range []string{"2026-04-20", "2026-09-10", "2026-09-11"} {
		d, _ := audit.Recommend(stage2, policy, day(on))
		fmt.Println(on, d.Recommendation, d.Recommendation.Chinese())
		fmt.Println("  " + d.Reasons[len(d.Reasons)-1])
	}
	// Output:
	// 2026-04-20 certify_once_rectified 整改后推荐
	//   majors must be verified by 2026-09-10
	// 2026-09-10 certify_once_rectified 整改后推荐
	//   majors must be verified by 2026-09-10
	// 2026-09-11 repeat_stage2 重新进行第二阶段审核
	//   major finding 0f8d3b52-6a1e-4c47-9a55-3d1c2b7e9f01 (clause GB/T 27922-2011 5.3.2) was open on 2026-09-10
}

// A scheme without a grade (no scorecard) is decided on the findings alone:
// the stage 2 audit has no result, and the recommendation is to certify
// once every major is verified and every minor has an accepted plan.
func ExampleRecommendUngraded() {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	policy := audit.DefaultRectification()
	stage2, _ := audit.NewAudit(audit.Stage2, day("2026-03-09"), day("2026-03-10"))
	id := uuid.MustParse("0f8d3b52-6a1e-4c47-9a55-3d1c2b7e9f02")
	stage2, _ = stage2.Raise(id, audit.Minor, "ISO 9001:2015 7.5.3", "Records are not protected", "2 of 8 records editable", policy)
	d, _ := audit.RecommendUngraded(stage2, policy, day("2026-03-10"))
	fmt.Println(d.Recommendation, d.Reasons)

	f, _ := stage2.Finding(id)
	f, _ = f.SubmitAction(day("2026-03-20"), "Access rights restricted")
	f, _ = f.Accept(day("2026-03-23"))
	stage2, _ = stage2.UpdateFindings(f)
	d, _ = audit.RecommendUngraded(stage2, policy, day("2026-03-23"))
	fmt.Println(d.Recommendation, d.Reasons)
	// Output:
	// certify_once_rectified [no grade: the scheme decides on the findings alone minor finding 0f8d3b52-6a1e-4c47-9a55-3d1c2b7e9f02 (clause ISO 9001:2015 7.5.3) is open: its action plan must be accepted]
	// certify [no grade: the scheme decides on the findings alone the 1 minor finding has an accepted action plan]
}

// A special deduction item is also a nonconformity to rectify: the finding
// raised for it names the item, and certification waits until it is
// settled.
func Example_deductionItem() {
	day := func(s string) time.Time { t, _ := time.Parse("2006-01-02", s); return t }
	policy := audit.DefaultRectification()
	e := exampleEvaluation(100)
	e.Deductions = []string{"unresolved_complaint"}
	result, _ := audit.GBT27922().Score(e)
	fmt.Println("score", result.Score, result.Level, "deductions", result.Deductions)

	stage2, _ := audit.NewAudit(audit.Stage2, day("2026-03-09"), day("2026-03-10"))
	stage2, _ = stage2.WithResult(result)
	d, _ := audit.Recommend(stage2, policy, day("2026-03-11"))
	fmt.Println(d.Recommendation, "—", d.Reasons[1])

	id := uuid.MustParse("0f8d3b52-6a1e-4c47-9a55-3d1c2b7e9f02")
	f, _ := audit.NewFinding(id, audit.Minor, "GB/T 27922-2011 5.4.2", "A complaint was left unresolved",
		"Complaint 2026-017 open for 90 days", day("2026-03-10"), policy)
	f, _ = f.WithDeduction("unresolved_complaint")
	stage2, _ = stage2.WithFinding(f)
	d, _ = audit.Recommend(stage2, policy, day("2026-03-11"))
	fmt.Println(d.Recommendation, "—", d.Reasons[1])

	f, _ = f.SubmitAction(day("2026-03-20"), "Complaint closed; escalation rule added")
	f, _ = f.Accept(day("2026-03-25"))
	stage2, _ = stage2.UpdateFindings(f)
	d, _ = audit.Recommend(stage2, policy, day("2026-03-25"))
	fmt.Println(d.Recommendation, "—", d.Reasons[len(d.Reasons)-1])
	// Output:
	// score 99 five_star deductions [unresolved_complaint]
	// certify_once_rectified — deduction item unresolved_complaint has no finding: raise it as a nonconformity to rectify
	// certify_once_rectified — minor finding 0f8d3b52-6a1e-4c47-9a55-3d1c2b7e9f02 (clause GB/T 27922-2011 5.4.2, deduction item unresolved_complaint) is open: its action plan must be accepted
	// certify — the 1 deduction item is rectified
}
