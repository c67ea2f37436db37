package audit

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

// ErrInvalidPolicy is matched by every error [RectificationPolicy.Validate]
// returns.
var ErrInvalidPolicy = errors.New("audit: invalid rectification policy")

// Bounds on a [RectificationPolicy], so that a typo cannot push a deadline
// decades away.
const (
	maxResponseDays       = 366 // longest response time, in days
	maxRepeatStage2Months = 24  // longest time to verify majors, in months
)

// RectificationPolicy holds the time limits for dealing with findings
// [17021], [CNCA] (package documentation, "Findings and rectification").
type RectificationPolicy struct {
	// ResponseDays is the time, in calendar days from the audit's last day,
	// for the auditee to send correction and corrective-action evidence for
	// a nonconformity: 1 to 366.
	ResponseDays int
	// RepeatStage2Months is the time, in months from the last day of stage 2,
	// within which every major nonconformity must be verified; after it,
	// stage 2 must be repeated: 1 to 24.
	RepeatStage2Months int
}

// DefaultRectification returns the default policy [CNCA], [17021]: 30 days
// to respond, majors verified within 6 months of the last day of stage 2.
func DefaultRectification() RectificationPolicy {
	return RectificationPolicy{ResponseDays: 30, RepeatStage2Months: 6}
}

// Validate reports what is wrong with p, every problem a [FieldError]
// matching [ErrInvalidPolicy]: ResponseDays not within 1 to 366;
// RepeatStage2Months not within 1 to 24.
func (p RectificationPolicy) Validate() error {
	var problems errs.List
	if p.ResponseDays < 1 || p.ResponseDays > maxResponseDays {
		problems.New(ErrInvalidPolicy, "response_days", "%d must be between 1 and %d", p.ResponseDays, maxResponseDays)
	}
	if p.RepeatStage2Months < 1 || p.RepeatStage2Months > maxRepeatStage2Months {
		problems.New(ErrInvalidPolicy, "repeat_stage2_months", "%d must be between 1 and %d", p.RepeatStage2Months, maxRepeatStage2Months)
	}
	return problems.Err()
}

// DueOn returns the date by which evidence for a nonconformity found in an
// audit that ended on lastDay is due: lastDay + ResponseDays calendar days
// (2026-03-10 + 30 days = 2026-04-09). The result is midnight in lastDay's
// location. It does not validate p; see [RectificationPolicy.Validate].
func (p RectificationPolicy) DueOn(lastDay time.Time) time.Time {
	return calendar.AddDays(lastDay, p.ResponseDays)
}

// VerifyMajorsBy returns the last date on which the majors of a stage 2
// audit that ended on stage2LastDay can be verified without repeating
// stage 2: the same day RepeatStage2Months on, clamped to the end of a
// shorter month (2024-08-31 + 6 months = 2025-02-28). The day itself is
// still within the limit.
func (p RectificationPolicy) VerifyMajorsBy(stage2LastDay time.Time) time.Time {
	return calendar.AddMonths(stage2LastDay, p.RepeatStage2Months)
}

type rectificationWire struct {
	ResponseDays       *int `json:"response_days"`
	RepeatStage2Months *int `json:"repeat_stage2_months"`
}

// MarshalJSON writes p as {"response_days":30,"repeat_stage2_months":6}. A
// policy that fails [RectificationPolicy.Validate] is an error, so that what
// is written reads back.
func (p RectificationPolicy) MarshalJSON() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(rectificationWire{ResponseDays: &p.ResponseDays, RepeatStage2Months: &p.RepeatStage2Months})
}

// rectificationPolicyDecoder is the jsonx.Decoder of a rectification policy, made once.
var rectificationPolicyDecoder = jsonx.NewDecoder(ErrInvalidPolicy, (*rectificationWire).policy)

// UnmarshalJSON reads what MarshalJSON writes, strictly (package
// documentation, "JSON"), and checks the policy with
// [RectificationPolicy.Validate]. On error *p is unchanged.
func (p *RectificationPolicy) UnmarshalJSON(data []byte) error {
	return rectificationPolicyDecoder.Unmarshal(data, p)
}

// policy reads the policy w states and checks it with
// [RectificationPolicy.Validate].
func (w *rectificationWire) policy() (RectificationPolicy, error) {
	var problems errs.List
	if w.ResponseDays == nil {
		problems.Missing(ErrInvalidPolicy, "response_days")
	}
	if w.RepeatStage2Months == nil {
		problems.Missing(ErrInvalidPolicy, "repeat_stage2_months")
	}
	if err := problems.Err(); err != nil {
		return RectificationPolicy{}, err
	}
	out := RectificationPolicy{ResponseDays: *w.ResponseDays, RepeatStage2Months: *w.RepeatStage2Months}
	return out, out.Validate()
}
