package certificate

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/aftersales/certification/internal/jsonx"
)

// Policy holds a certification body's rules for certificates; the package
// doc states what each figure does. It is plain data: a body with other rules
// builds its own and checks it with [Policy.Validate]; [Issue] refuses a
// policy that does not validate. Periods are whole years or months, added
// with end-of-month clamping. [DefaultPolicy] follows ISO/IEC 17021-1 and
// [CNCA2026Policy] the regulator's 2026 rules.
type Policy struct {
	// ValidityYears is the length of a cycle, 1–10 (3 [17021], [brief]).
	ValidityYears int
	// SurveillanceIntervalMonths is the longest time from the anchor to the
	// first surveillance and between two consecutive ones; it also caps
	// surveillance k at k × interval months after the anchor (12 [17021],
	// [CNCA]).
	SurveillanceIntervalMonths int
	// SurveillanceAnchor is the date the first cycle's surveillances are
	// counted from: [AnchorDecision] [17021] or [AnchorIssue] ([CNCA] 2026).
	// Later cycles count from their start whatever it says.
	SurveillanceAnchor Anchor
	// SurveillanceToleranceMonths is the grace after a due date before the
	// certificate is suspended, 0–3 (0 [CNCA] 2026).
	SurveillanceToleranceMonths int
	// SurveillancesPerCycle is the number of surveillance audits in a cycle,
	// 0 or more (2 [17021]).
	SurveillancesPerCycle int
	// MaxSuspensionMonths is the longest a suspension may last before the
	// certificate is withdrawn, 1–12 (6 [CNCA]).
	MaxSuspensionMonths int
	// RestorationWindowMonths is how long after expiry a recertification
	// may still restore the certificate, 0–12; 0 means never (6 [17021]; 0
	// [CNCA] 2026).
	RestorationWindowMonths int
	// RecertificationLeadMonths is how long before expiry the holder should
	// apply for recertification, 0–12 (3 [brief]).
	RecertificationLeadMonths int
}

// DefaultPolicy returns the ISO/IEC 17021-1 policy [17021]: a 3-year cycle;
// 2 surveillances, the first within 12 months of the certification decision
// and each within 12 months of the one before, with no tolerance; suspension
// of at most 6 months; a 6-month restoration window; a 3-month
// recertification lead.
func DefaultPolicy() Policy {
	return Policy{
		ValidityYears:               3,
		SurveillanceIntervalMonths:  12,
		SurveillanceAnchor:          AnchorDecision,
		SurveillanceToleranceMonths: 0,
		SurveillancesPerCycle:       2,
		MaxSuspensionMonths:         6,
		RestorationWindowMonths:     6,
		RecertificationLeadMonths:   3,
	}
}

// CNCA2026Policy returns the regulator's 2026 policy [CNCA]: as
// [DefaultPolicy], except that the first cycle's surveillances are counted
// from the issue date, with no tolerance, and there is no restoration window
// (a recertification not decided by the expiry date needs a new initial
// certification).
func CNCA2026Policy() Policy {
	p := DefaultPolicy()
	p.SurveillanceAnchor = AnchorIssue
	p.SurveillanceToleranceMonths = 0
	p.RestorationWindowMonths = 0
	return p
}

// Limits of the policy's fields.
const (
	maxValidityYears     = 10
	maxToleranceMonths   = 3
	maxSuspensionMonths  = 12
	maxRestorationMonths = 12
	maxLeadMonths        = 12
)

// Validate reports every problem with the policy, joined, each matching
// [ErrInvalidPolicy]; nil when there is none. Beyond each field's range and a
// known anchor, it requires that the last surveillance's latest deadline
// (surveillances × interval + tolerance months) falls inside the cycle, that a restoration window is
// shorter than the surveillance interval (so a restored cycle's first
// surveillance is not due before the decision that restores it), and that
// the recertification lead is shorter than the cycle.
func (p Policy) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidPolicy}, args...)...))
	}
	within := func(v, lo, hi int) bool { return v >= lo && v <= hi }
	const maxMonths = 12 * maxValidityYears

	okValidity := within(p.ValidityYears, 1, maxValidityYears)
	if !okValidity {
		bad("validity %d years is outside 1..%d", p.ValidityYears, maxValidityYears)
	}
	okCount := within(p.SurveillancesPerCycle, 0, maxMonths)
	if !okCount {
		bad("surveillances per cycle %d is outside 0..%d", p.SurveillancesPerCycle, maxMonths)
	}
	minInterval := 0
	if p.SurveillancesPerCycle > 0 {
		minInterval = 1
	}
	okInterval := within(p.SurveillanceIntervalMonths, minInterval, maxMonths)
	if !okInterval {
		bad("surveillance interval %d months is outside %d..%d", p.SurveillanceIntervalMonths, minInterval, maxMonths)
	}
	if !p.SurveillanceAnchor.IsValid() {
		bad("surveillance anchor %d is unknown (want %s or %s)", uint8(p.SurveillanceAnchor), AnchorDecision, AnchorIssue)
	}
	okTolerance := within(p.SurveillanceToleranceMonths, 0, maxToleranceMonths)
	if !okTolerance {
		bad("surveillance tolerance %d months is outside 0..%d", p.SurveillanceToleranceMonths, maxToleranceMonths)
	}
	if !within(p.MaxSuspensionMonths, 1, maxSuspensionMonths) {
		bad("longest suspension %d months is outside 1..%d", p.MaxSuspensionMonths, maxSuspensionMonths)
	}
	okRestoration := within(p.RestorationWindowMonths, 0, maxRestorationMonths)
	if !okRestoration {
		bad("restoration window %d months is outside 0..%d", p.RestorationWindowMonths, maxRestorationMonths)
	}
	okLead := within(p.RecertificationLeadMonths, 0, maxLeadMonths)
	if !okLead {
		bad("recertification lead %d months is outside 0..%d", p.RecertificationLeadMonths, maxLeadMonths)
	}

	surveilled := okCount && okInterval && p.SurveillancesPerCycle > 0
	if surveilled && okValidity && okTolerance {
		last := p.SurveillancesPerCycle*p.SurveillanceIntervalMonths + p.SurveillanceToleranceMonths
		if last >= 12*p.ValidityYears {
			bad("the last surveillance deadline (%d × %d + %d months) is not inside the %d-year cycle",
				p.SurveillancesPerCycle, p.SurveillanceIntervalMonths, p.SurveillanceToleranceMonths, p.ValidityYears)
		}
	}
	if surveilled && okRestoration && p.RestorationWindowMonths >= p.SurveillanceIntervalMonths {
		bad("restoration window %d months is not shorter than the surveillance interval %d months",
			p.RestorationWindowMonths, p.SurveillanceIntervalMonths)
	}
	if okValidity && okLead && p.RecertificationLeadMonths >= 12*p.ValidityYears {
		bad("recertification lead %d months is not shorter than the %d-year cycle", p.RecertificationLeadMonths, p.ValidityYears)
	}
	return errors.Join(errs...)
}

// policyWire is the JSON form of a Policy. Pointers tell a missing field from
// a zero one: every field is required.
type policyWire struct {
	ValidityYears               *int    `json:"validity_years"`
	SurveillanceIntervalMonths  *int    `json:"surveillance_interval_months"`
	SurveillanceAnchor          *Anchor `json:"surveillance_anchor"`
	SurveillanceToleranceMonths *int    `json:"surveillance_tolerance_months"`
	SurveillancesPerCycle       *int    `json:"surveillances_per_cycle"`
	MaxSuspensionMonths         *int    `json:"max_suspension_months"`
	RestorationWindowMonths     *int    `json:"restoration_window_months"`
	RecertificationLeadMonths   *int    `json:"recertification_lead_months"`
}

// MarshalJSON writes the policy as an object with snake_case keys, such as
// {"validity_years":3,...}; the anchor is written as its code,
// "decision_date" or "issue_date". An invalid policy is an error.
func (p Policy) MarshalJSON() ([]byte, error) {
	if err := p.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(policyWire{
		ValidityYears:               &p.ValidityYears,
		SurveillanceIntervalMonths:  &p.SurveillanceIntervalMonths,
		SurveillanceAnchor:          &p.SurveillanceAnchor,
		SurveillanceToleranceMonths: &p.SurveillanceToleranceMonths,
		SurveillancesPerCycle:       &p.SurveillancesPerCycle,
		MaxSuspensionMonths:         &p.MaxSuspensionMonths,
		RestorationWindowMonths:     &p.RestorationWindowMonths,
		RecertificationLeadMonths:   &p.RecertificationLeadMonths,
	})
}

// UnmarshalJSON decodes a policy strictly (unknown or repeated keys, missing
// fields and trailing data are errors) and validates it with
// [Policy.Validate]. On error *p is unchanged.
func (p *Policy) UnmarshalJSON(data []byte) error {
	var w policyWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidPolicy, err)
	}
	var missing []error
	get := func(name string, v *int) int {
		if v == nil {
			missing = append(missing, fmt.Errorf("%w: missing field %q", ErrInvalidPolicy, name))
			return 0
		}
		return *v
	}
	var anchor Anchor
	if w.SurveillanceAnchor == nil {
		missing = append(missing, fmt.Errorf("%w: missing field %q", ErrInvalidPolicy, "surveillance_anchor"))
	} else {
		anchor = *w.SurveillanceAnchor
	}
	out := Policy{
		ValidityYears:               get("validity_years", w.ValidityYears),
		SurveillanceIntervalMonths:  get("surveillance_interval_months", w.SurveillanceIntervalMonths),
		SurveillanceAnchor:          anchor,
		SurveillanceToleranceMonths: get("surveillance_tolerance_months", w.SurveillanceToleranceMonths),
		SurveillancesPerCycle:       get("surveillances_per_cycle", w.SurveillancesPerCycle),
		MaxSuspensionMonths:         get("max_suspension_months", w.MaxSuspensionMonths),
		RestorationWindowMonths:     get("restoration_window_months", w.RestorationWindowMonths),
		RecertificationLeadMonths:   get("recertification_lead_months", w.RecertificationLeadMonths),
	}
	if len(missing) > 0 {
		return errors.Join(missing...)
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*p = out
	return nil
}
