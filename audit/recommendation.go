package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/enum"
	"github.com/aftersales/certification/internal/jsonx"
)

// Recommendation is what the audit team recommends to the certification
// decision after stage 2 [17021], [CNCA].
type Recommendation uint8

// The recommendations. Value 0 is reserved for "unknown".
const (
	// Certify (推荐认证): the score reaches 达标 and every nonconformity is
	// settled (majors verified, minors' plans accepted), the findings for
	// the special deduction items included.
	Certify Recommendation = iota + 1
	// CertifyOnceRectified (整改后推荐): the score reaches 达标 but some
	// nonconformities or special deduction items are not settled yet, and
	// the time to verify the majors has not run out.
	CertifyOnceRectified
	// RepeatStage2 (重新进行第二阶段审核): a major was not verified within the
	// policy's months of the last day of stage 2.
	RepeatStage2
	// Refuse (不推荐): the score is below 达标.
	Refuse
)

var recommendationLabels = enum.New[Recommendation]("audit", "recommendation",
	enum.Label{Code: "certify", Chinese: "推荐认证", English: "Certify"},
	enum.Label{Code: "certify_once_rectified", Chinese: "整改后推荐", English: "Certify once rectified"},
	enum.Label{Code: "repeat_stage2", Chinese: "重新进行第二阶段审核", English: "Repeat stage 2"},
	enum.Label{Code: "refuse", Chinese: "不推荐", English: "Refuse"},
).Wrapping(ErrUnknownCode)

// Recommendations returns every recommendation, best first.
func Recommendations() []Recommendation { return recommendationLabels.Values() }

// ParseRecommendation returns the recommendation whose code is code
// ("certify", "certify_once_rectified", "repeat_stage2", "refuse"). An
// unknown code is an error that names it.
func ParseRecommendation(code string) (Recommendation, error) {
	return recommendationLabels.Parse(code)
}

// String returns the recommendation's code, such as "repeat_stage2", or
// "recommendation(N)" for an unknown value.
func (r Recommendation) String() string { return recommendationLabels.String(r) }

// Chinese returns the recommendation's Chinese name, such as "整改后推荐".
func (r Recommendation) Chinese() string { return recommendationLabels.Label(r).Chinese }

// English returns the recommendation's English name, such as "Certify once
// rectified".
func (r Recommendation) English() string { return recommendationLabels.Label(r).English }

// IsValid reports whether r is one of the named recommendations.
func (r Recommendation) IsValid() bool { return recommendationLabels.Valid(r) }

// MarshalText returns the recommendation's code; an unknown value is an error.
func (r Recommendation) MarshalText() ([]byte, error) { return recommendationLabels.Marshal(r) }

// UnmarshalText parses a recommendation code; on error r is unchanged.
func (r *Recommendation) UnmarshalText(text []byte) error {
	return recommendationLabels.Unmarshal(r, text)
}

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

// Validate reports what is wrong with d, all problems joined, each matching
// [ErrInvalidDecision]: an unknown recommendation; no reasons; a blank
// reason (the problems decoding would refuse). Every Decision that [Recommend] returns is valid.
func (d Decision) Validate() error {
	var errs []error
	if !d.Recommendation.IsValid() {
		errs = append(errs, fmt.Errorf("%w: unknown recommendation %d", ErrInvalidDecision, uint8(d.Recommendation)))
	}
	errs = append(errs, checkReasons(d.Reasons)...)
	return errors.Join(errs...)
}

// checkReasons reports an empty list and every blank reason.
func checkReasons(reasons []string) []error {
	var errs []error
	if len(reasons) == 0 {
		errs = append(errs, fmt.Errorf("%w: reasons are empty", ErrInvalidDecision))
	}
	for i, r := range reasons {
		if strings.TrimSpace(r) == "" {
			errs = append(errs, fmt.Errorf("%w: reasons[%d] is blank", ErrInvalidDecision, i))
		}
	}
	return errs
}

type decisionWire struct {
	Recommendation *string  `json:"recommendation"`
	Reasons        []string `json:"reasons"`
}

// MarshalJSON writes d as {"recommendation":"certify_once_rectified",
// "reasons":["score 85.50 (three_star) reaches compliant",…]}: the
// recommendation as its code, the reasons in order. A decision that fails
// [Decision.Validate] is an error, so that what is written reads back.
func (d Decision) MarshalJSON() ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, err
	}
	code := d.Recommendation.String()
	return json.Marshal(decisionWire{Recommendation: &code, Reasons: d.Reasons})
}

// UnmarshalJSON reads what MarshalJSON writes, strictly: the recommendation
// a known code, the reasons a non-empty list of non-blank strings; unknown
// fields, repeated keys, wrong types and trailing data are errors. Every
// error matches [ErrInvalidDecision] and names the field (an unknown code
// also matches [ErrUnknownCode]). On error *d is unchanged.
func (d *Decision) UnmarshalJSON(data []byte) error {
	var w decisionWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidDecision, err)
	}
	var out Decision
	var errs []error
	if w.Recommendation == nil {
		errs = append(errs, fmt.Errorf("%w: recommendation is missing", ErrInvalidDecision))
	} else if r, err := ParseRecommendation(*w.Recommendation); err != nil {
		errs = append(errs, fmt.Errorf("%w: recommendation: %w", ErrInvalidDecision, err))
	} else {
		out.Recommendation = r
	}
	if w.Reasons == nil {
		errs = append(errs, fmt.Errorf("%w: reasons are missing", ErrInvalidDecision))
	} else {
		errs = append(errs, checkReasons(w.Reasons)...)
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	out.Reasons = slices.Clip(w.Reasons)
	*d = out
	return nil
}

// ErrCannotRecommend is matched by every error [Recommend] returns.
var ErrCannotRecommend = errors.New("audit: cannot recommend")

// Recommend returns the recommendation after the stage 2 audit stage2, as it
// stands at the end of day on [17021], [CNCA]. In order:
//
//  1. Refuse when the score's level is not certifiable (below 达标);
//  2. RepeatStage2 when on is after [RectificationPolicy.VerifyMajorsBy]
//     (the last day of stage 2 + RepeatStage2Months, clamped; that day
//     itself is still in time) and a major was not verified (or closed) by
//     then — a major verified later does not save stage 2;
//  3. CertifyOnceRectified when a major is not verified, a minor has no
//     accepted plan yet, or a special deduction item of the result has no
//     settled finding (each named in the reasons, a finding with "overdue"
//     when it is past its due date with no action, and with the deduction
//     item it rectifies) [27922];
//  4. Certify otherwise.
//
// Observations never stand in the way.
//
// Errors (matching [ErrCannotRecommend]): an audit that is not a stage 2
// audit; an audit without a result; an invalid policy; a zero on, or one
// before the audit's last day.
func Recommend(stage2 Audit, policy RectificationPolicy, on time.Time) (Decision, error) {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrCannotRecommend}, args...)...))
	}
	if stage2.kind != Stage2 {
		bad("audit kind is %s, not stage2", stage2.kind)
	}
	result, scored := stage2.Result()
	if stage2.kind.IsValid() && !scored {
		bad("the audit has no result")
	}
	if err := policy.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("%w: %w", ErrCannotRecommend, err))
	}
	switch {
	case on.IsZero():
		bad("date is zero")
	case stage2.kind.IsValid() && calendar.Before(on, stage2.lastDay):
		bad("date %s is before the audit's last day %s", calendar.Format(on), calendar.Format(stage2.lastDay))
	}
	if len(errs) > 0 {
		return Decision{}, errors.Join(errs...)
	}

	score := fmt.Sprintf("score %s (%s)", result.Score.StringFixed(2), result.Level)
	if !result.Level.Certifiable() {
		return Decision{Recommendation: Refuse, Reasons: []string{score + " is below compliant"}}, nil
	}

	deadline := policy.VerifyMajorsBy(stage2.lastDay)
	var lateMajors, unsettledMajors, others, deductions []string
	for _, code := range result.Deductions {
		if !slices.ContainsFunc(stage2.findings, func(f Finding) bool { return f.deduction == code }) {
			deductions = append(deductions, fmt.Sprintf("deduction item %s has no finding: raise it as a nonconformity to rectify", code))
		}
	}
	for _, f := range stage2.findings {
		if f.severity == Major && calendar.After(on, deadline) && !f.SettledOn(deadline) {
			lateMajors = append(lateMajors, fmt.Sprintf("major finding %s (clause %s) was %s on %s",
				f.id, f.clause, f.StatusOn(deadline), calendar.Format(deadline)))
		}
		if f.SettledOn(on) {
			continue
		}
		about := "clause " + f.clause
		if f.deduction != "" {
			about += ", deduction item " + f.deduction
		}
		reason := fmt.Sprintf("%s finding %s (%s) is %s", f.severity, f.id, about, f.StatusOn(on))
		if f.OverdueOn(on) {
			reason += fmt.Sprintf(", overdue since %s", calendar.Format(calendar.AddDays(f.dueOn, 1)))
		}
		if f.severity == Major {
			unsettledMajors = append(unsettledMajors, reason+": it must be verified")
		} else {
			others = append(others, reason+": its action plan must be accepted")
		}
	}
	switch {
	case len(lateMajors) > 0:
		reasons := []string{fmt.Sprintf("majors were not verified by %s (%d months after the last day of stage 2, %s)",
			calendar.Format(deadline), policy.RepeatStage2Months, calendar.Format(stage2.lastDay))}
		return Decision{Recommendation: RepeatStage2, Reasons: append(reasons, lateMajors...)}, nil
	case len(unsettledMajors) > 0 || len(others) > 0 || len(deductions) > 0:
		reasons := []string{score + " reaches compliant"}
		reasons = append(reasons, unsettledMajors...)
		reasons = append(reasons, others...)
		reasons = append(reasons, deductions...)
		if len(unsettledMajors) > 0 {
			reasons = append(reasons, fmt.Sprintf("majors must be verified by %s", calendar.Format(deadline)))
		}
		return Decision{Recommendation: CertifyOnceRectified, Reasons: reasons}, nil
	}
	reasons := []string{score + " reaches compliant"}
	majors, minors := 0, 0
	for _, f := range stage2.findings {
		switch f.severity {
		case Major:
			majors++
		case Minor:
			minors++
		}
	}
	if majors > 0 {
		reasons = append(reasons, rcAll(majors, "major finding is verified", "major findings are verified"))
	}
	if minors > 0 {
		reasons = append(reasons, rcAll(minors, "minor finding has an accepted action plan",
			"minor findings have accepted action plans"))
	}
	if majors == 0 && minors == 0 {
		reasons = append(reasons, "no nonconformities")
	}
	if n := len(result.Deductions); n > 0 {
		reasons = append(reasons, rcAll(n, "deduction item is rectified", "deduction items are rectified"))
	}
	return Decision{Recommendation: Certify, Reasons: slices.Clip(reasons)}, nil
}

// rcAll writes "the 1 <one>" or "all n <many>".
func rcAll(n int, one, many string) string {
	if n == 1 {
		return "the 1 " + one
	}
	return fmt.Sprintf("all %d %s", n, many)
}
