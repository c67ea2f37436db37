package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/aftersales/certification/internal/text"
)

// Decision is a recommendation with the reasons for it, so that a CB can
// see why.
type Decision struct {
	// Recommendation is what the audit team recommends.
	Recommendation Recommendation
	// Reasons are the reasons for it, in English, one short sentence each,
	// such as "score 85.50 (three_star) reaches compliant"; never empty in
	// a Decision that Recommend returns.
	Reasons []string
}

// ErrInvalidDecision is matched by every error [Decision.Validate],
// [Decision.MarshalJSON] and [Decision.UnmarshalJSON] return.
var ErrInvalidDecision = errors.New("audit: invalid decision")

// Validate reports what is wrong with d, every problem a [FieldError]
// matching [ErrInvalidDecision]: an unknown recommendation; no reasons; a
// reason that is blank or not valid UTF-8. Every Decision that [Recommend]
// and [RecommendUngraded] return is valid.
func (d Decision) Validate() error {
	var problems errs.List
	if !d.Recommendation.IsValid() {
		problems.New(ErrInvalidDecision, "recommendation", "unknown recommendation %d", uint8(d.Recommendation))
	}
	checkReasons(d.Reasons, &problems)
	return problems.Err()
}

// checkReasons reports an empty list and every reason that is not text.
func checkReasons(reasons []string, problems *errs.List) {
	if len(reasons) == 0 {
		problems.New(ErrInvalidDecision, "reasons", "are empty")
	}
	for i, r := range reasons {
		problems.Wrap(ErrInvalidDecision, errs.Index("reasons", i), text.Required(r))
	}
}

type decisionWire struct {
	Recommendation *string  `json:"recommendation"`
	Reasons        []string `json:"reasons"`
}

// MarshalJSON writes d as {"recommendation":"certify_once_rectified",
// "reasons":["score 85.50 (three_star) reaches compliant",…]}. A decision
// that fails [Decision.Validate] is an error, so that what is written reads
// back.
func (d Decision) MarshalJSON() ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	code := d.Recommendation.String()
	return json.Marshal(decisionWire{Recommendation: &code, Reasons: d.Reasons})
}

// decisionDecoder is the jsonx.Decoder of a decision, made once.
var decisionDecoder = jsonx.NewDecoder(ErrInvalidDecision, (*decisionWire).decision)

// UnmarshalJSON reads what MarshalJSON writes, strictly (package
// documentation, "JSON"): the recommendation a known code, the reasons a
// non-empty list of non-blank strings. On error *d is unchanged.
func (d *Decision) UnmarshalJSON(data []byte) error {
	return decisionDecoder.Unmarshal(data, d)
}

// decision reads and checks the decision w states.
func (w *decisionWire) decision() (Decision, error) {
	var out Decision
	var problems errs.List
	if w.Recommendation == nil {
		problems.Missing(ErrInvalidDecision, "recommendation")
	} else if r, err := ParseRecommendation(*w.Recommendation); err != nil {
		problems.Wrap(ErrInvalidDecision, "recommendation", err)
	} else {
		out.Recommendation = r
	}
	if w.Reasons == nil {
		problems.Missing(ErrInvalidDecision, "reasons")
	} else {
		checkReasons(w.Reasons, &problems)
	}
	if err := problems.Err(); err != nil {
		return Decision{}, err
	}
	out.Reasons = slices.Clip(w.Reasons)
	return out, nil
}

// ErrCannotRecommend is matched by every error [Recommend] and
// [RecommendUngraded] return.
var ErrCannotRecommend = errors.New("audit: cannot recommend")

// Recommend returns the recommendation after the scored stage 2 audit
// stage2 of a graded scheme, as it stands at the end of day on [17021],
// [CNCA], [27922], with its reasons (package documentation, "The
// recommendation"): Refuse below 达标, then RepeatStage2, CertifyOnceRectified
// or Certify on the findings and the special deduction items.
//
// Errors (matching [ErrCannotRecommend]): an audit that is not a stage 2
// audit; an audit without a result (a scheme without a grade uses
// [RecommendUngraded]); an invalid policy; a zero on, one outside the
// years 1–9999 or one before the audit's last day.
func Recommend(stage2 Audit, policy RectificationPolicy, on time.Time) (Decision, error) {
	result, scored := stage2.Result()
	var problems errs.List
	if stage2.kind.IsValid() && !scored {
		problems.New(ErrCannotRecommend, "", "the audit has no result")
	}
	checkRecommendation(stage2, policy, on, &problems)
	if err := problems.Err(); err != nil {
		return Decision{}, err
	}
	score := fmt.Sprintf("score %s (%s)", result.Score.StringFixed(2), result.Level)
	if !result.Level.Certifiable() {
		return Decision{Recommendation: Refuse, Reasons: []string{score + " is below compliant"}}, nil
	}
	review := reviewFindings(stage2, policy, on)
	review.deductions = len(result.Deductions)
	review.missing = missingDeductions(stage2, result)
	return review.decision(score + " reaches compliant"), nil
}

// RecommendUngraded returns the recommendation after the stage 2 audit
// stage2 of a scheme without a grade (no scorecard), as it stands at the
// end of day on [17021], [CNCA]: decided on the findings alone (package
// documentation, "The recommendation"), it is RepeatStage2,
// CertifyOnceRectified or Certify, never Refuse.
//
// Errors (matching [ErrCannotRecommend]): an audit that is not a stage 2
// audit; an audit with a result (a graded scheme uses [Recommend]); an
// invalid policy; a zero on, one outside the years 1–9999 or one before
// the audit's last day.
func RecommendUngraded(stage2 Audit, policy RectificationPolicy, on time.Time) (Decision, error) {
	var problems errs.List
	if _, scored := stage2.Result(); scored {
		problems.New(ErrCannotRecommend, "", "the audit has a result: a scheme without a grade decides on findings alone (a graded scheme uses Recommend)")
	}
	checkRecommendation(stage2, policy, on, &problems)
	if err := problems.Err(); err != nil {
		return Decision{}, err
	}
	return reviewFindings(stage2, policy, on).decision("no grade: the scheme decides on the findings alone"), nil
}

// checkRecommendation reports what stands in the way of recommending on on
// after stage2 under policy, the result aside.
func checkRecommendation(stage2 Audit, policy RectificationPolicy, on time.Time, problems *errs.List) {
	if stage2.kind != Stage2 {
		problems.New(ErrCannotRecommend, "", "audit kind is %s, not stage2", stage2.kind)
	}
	problems.Wrap(ErrCannotRecommend, "", policy.Validate())
	if err := calendar.Check(on); err != nil {
		problems.New(ErrCannotRecommend, "", "date %v", err)
	} else if stage2.kind.IsValid() && calendar.Before(on, stage2.lastDay) {
		problems.New(ErrCannotRecommend, "", "date %s is before the audit's last day %s", calendar.Format(on), calendar.Format(stage2.lastDay))
	}
}

// findingsReview is where the findings of a stage 2 audit stand on a day,
// each unsettled one named.
type findingsReview struct {
	policy         RectificationPolicy
	lastDay        time.Time // the last day of stage 2
	deadline       time.Time // the last day to verify the majors
	late           []string  // majors not verified by the deadline, once it has passed
	majors, others []string  // unsettled majors; unsettled minors
	nMajor, nMinor int       // the majors and minors
	deductions     int       // the special deduction items of the result
	missing        []string  // deduction items with no finding
}

// reviewFindings reviews the findings of stage2 at the end of day on.
func reviewFindings(stage2 Audit, policy RectificationPolicy, on time.Time) findingsReview {
	r := findingsReview{policy: policy, lastDay: stage2.lastDay, deadline: policy.VerifyMajorsBy(stage2.lastDay)}
	for _, f := range stage2.findings {
		switch f.severity {
		case Major:
			r.nMajor++
			if calendar.After(on, r.deadline) && !f.SettledOn(r.deadline) {
				r.late = append(r.late, fmt.Sprintf("major finding %s (clause %s) was %s on %s",
					f.id, f.clause, f.StatusOn(r.deadline), calendar.Format(r.deadline)))
			}
		case Minor:
			r.nMinor++
		}
		if f.SettledOn(on) {
			continue
		}
		if f.severity == Major {
			r.majors = append(r.majors, unsettled(f, on)+": it must be verified")
		} else {
			r.others = append(r.others, unsettled(f, on)+": its action plan must be accepted")
		}
	}
	return r
}

// unsettled names a finding not settled on on, and says when it is overdue.
func unsettled(f Finding, on time.Time) string {
	about := "clause " + f.clause
	if f.deduction != "" {
		about += ", deduction item " + f.deduction
	}
	reason := fmt.Sprintf("%s finding %s (%s) is %s", f.severity, f.id, about, f.StatusOn(on))
	if f.OverdueOn(on) {
		reason += fmt.Sprintf(", overdue since %s", calendar.Format(calendar.AddDays(f.dueOn, 1)))
	}
	return reason
}

// missingDeductions names each special deduction item of r that no finding
// of stage2 rectifies [27922].
func missingDeductions(stage2 Audit, r Result) []string {
	linked := make(map[string]bool, len(r.Deductions))
	for _, f := range stage2.findings {
		linked[f.deduction] = true
	}
	var missing []string
	for _, code := range r.Deductions {
		if !linked[code] {
			missing = append(missing, fmt.Sprintf("deduction item %s has no finding: raise it as a nonconformity to rectify", code))
		}
	}
	return missing
}

// decision is the recommendation the review gives, basis its first reason:
// RepeatStage2 when a major was late, CertifyOnceRectified while anything
// is unsettled, Certify otherwise.
func (r findingsReview) decision(basis string) Decision {
	switch {
	case len(r.late) > 0:
		reasons := []string{fmt.Sprintf("majors were not verified by %s (%d months after the last day of stage 2, %s)",
			calendar.Format(r.deadline), r.policy.RepeatStage2Months, calendar.Format(r.lastDay))}
		return Decision{Recommendation: RepeatStage2, Reasons: append(reasons, r.late...)}
	case len(r.majors)+len(r.others)+len(r.missing) > 0:
		reasons := slices.Concat([]string{basis}, r.majors, r.others, r.missing)
		if len(r.majors) > 0 {
			reasons = append(reasons, fmt.Sprintf("majors must be verified by %s", calendar.Format(r.deadline)))
		}
		return Decision{Recommendation: CertifyOnceRectified, Reasons: reasons}
	}
	reasons := []string{basis}
	if r.nMajor > 0 {
		reasons = append(reasons, all(r.nMajor, "major finding is verified", "major findings are verified"))
	}
	if r.nMinor > 0 {
		reasons = append(reasons, all(r.nMinor, "minor finding has an accepted action plan", "minor findings have accepted action plans"))
	}
	if r.nMajor == 0 && r.nMinor == 0 {
		reasons = append(reasons, "no nonconformities")
	}
	if r.deductions > 0 {
		reasons = append(reasons, all(r.deductions, "deduction item is rectified", "deduction items are rectified"))
	}
	return Decision{Recommendation: Certify, Reasons: slices.Clip(reasons)}
}

// all writes "the 1 <one>" or "all n <many>".
func all(n int, one, many string) string {
	if n == 1 {
		return "the 1 " + one
	}
	return fmt.Sprintf("all %d %s", n, many)
}
