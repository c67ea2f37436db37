package certificate

import (
	"encoding/json"

	"github.com/aftersales/certification/internal/errs"
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
// from the issue date and there is no restoration window (a
// recertification not decided by the expiry date needs a new initial
// certification). Its tolerance is 0, the regulator's figure, which
// DefaultPolicy shares.
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

// Validate reports every problem with the policy, each a [*FieldError] of
// kind [ErrInvalidPolicy] naming the field as JSON spells it; nil when there
// is none. Beyond each field's range (see [Policy]) and a known anchor, it
// requires that the last surveillance's latest deadline (surveillances ×
// interval + tolerance months) falls inside the cycle, that a restoration
// window is shorter than the surveillance interval (so a restored cycle's
// first surveillance is not due before the decision that restores it), and
// that the recertification lead is shorter than the cycle.
func (p Policy) Validate() error {
	var l errs.List
	okValidity := within(&l, "validity_years", p.ValidityYears, 1, maxValidityYears)
	okCount := within(&l, "surveillances_per_cycle", p.SurveillancesPerCycle, 0, 12*maxValidityYears)
	okInterval := within(&l, "surveillance_interval_months", p.SurveillanceIntervalMonths, p.minInterval(), 12*maxValidityYears)
	if !p.SurveillanceAnchor.IsValid() {
		l.New(ErrInvalidPolicy, "surveillance_anchor", "%d is unknown (want %s or %s)", uint8(p.SurveillanceAnchor), AnchorDecision, AnchorIssue)
	}
	okTolerance := within(&l, "surveillance_tolerance_months", p.SurveillanceToleranceMonths, 0, maxToleranceMonths)
	within(&l, "max_suspension_months", p.MaxSuspensionMonths, 1, maxSuspensionMonths)
	okRestoration := within(&l, "restoration_window_months", p.RestorationWindowMonths, 0, maxRestorationMonths)
	okLead := within(&l, "recertification_lead_months", p.RecertificationLeadMonths, 0, maxLeadMonths)
	if surveilled := okCount && okInterval && p.SurveillancesPerCycle > 0; surveilled {
		if okValidity && okTolerance {
			l.Add(p.checkLastDeadline())
		}
		if okRestoration && p.RestorationWindowMonths >= p.SurveillanceIntervalMonths {
			l.New(ErrInvalidPolicy, "restoration_window_months", "%d months is not shorter than the surveillance interval, %d months",
				p.RestorationWindowMonths, p.SurveillanceIntervalMonths)
		}
	}
	if okValidity && okLead && p.RecertificationLeadMonths >= 12*p.ValidityYears {
		l.New(ErrInvalidPolicy, "recertification_lead_months", "%d months is not shorter than the %d-year cycle", p.RecertificationLeadMonths, p.ValidityYears)
	}
	return l.Err()
}

// within reports whether v lies in lo..hi, and adds the problem to l when it
// does not.
func within(l *errs.List, field string, v, lo, hi int) bool {
	if v < lo || v > hi {
		l.New(ErrInvalidPolicy, field, "%d is outside %d..%d", v, lo, hi)
		return false
	}
	return true
}

// minInterval is the shortest surveillance interval: 1 month when there are
// surveillances, 0 when there are none.
func (p Policy) minInterval() int {
	if p.SurveillancesPerCycle > 0 {
		return 1
	}
	return 0
}

// checkLastDeadline returns the problem with a last surveillance that could
// be due after the cycle ends.
func (p Policy) checkLastDeadline() error {
	last := p.SurveillancesPerCycle*p.SurveillanceIntervalMonths + p.SurveillanceToleranceMonths
	if last < 12*p.ValidityYears {
		return nil
	}
	return errs.New(ErrInvalidPolicy, "surveillances_per_cycle", "the last surveillance deadline (%d × %d + %d months) is not inside the %d-year cycle",
		p.SurveillancesPerCycle, p.SurveillanceIntervalMonths, p.SurveillanceToleranceMonths, p.ValidityYears)
}

// policyWire is the JSON form of a Policy. Pointers tell a missing or null
// field from a zero one: every field is required.
type policyWire struct {
	ValidityYears               *int    `json:"validity_years"`
	SurveillanceIntervalMonths  *int    `json:"surveillance_interval_months"`
	SurveillanceAnchor          *string `json:"surveillance_anchor"`
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
	anchor := p.SurveillanceAnchor.String()
	return json.Marshal(policyWire{
		ValidityYears:               &p.ValidityYears,
		SurveillanceIntervalMonths:  &p.SurveillanceIntervalMonths,
		SurveillanceAnchor:          &anchor,
		SurveillanceToleranceMonths: &p.SurveillanceToleranceMonths,
		SurveillancesPerCycle:       &p.SurveillancesPerCycle,
		MaxSuspensionMonths:         &p.MaxSuspensionMonths,
		RestorationWindowMonths:     &p.RestorationWindowMonths,
		RecertificationLeadMonths:   &p.RecertificationLeadMonths,
	})
}

// policyDecoder is the jsonx.Decoder of a policy, made once.
var policyDecoder = jsonx.NewDecoder(ErrInvalidPolicy, (*policyWire).policy)

// UnmarshalJSON decodes a policy strictly (unknown or repeated keys, missing
// or null fields and trailing data are errors) and validates it with
// [Policy.Validate]; every error is of kind [ErrInvalidPolicy]. On error *p
// is unchanged.
func (p *Policy) UnmarshalJSON(data []byte) error {
	return policyDecoder.Unmarshal(data, p)
}

// policy reads the fields of w, every one required, and checks the result
// with [Policy.Validate].
func (w *policyWire) policy() (Policy, error) {
	var l errs.List
	out := Policy{
		ValidityYears:               required(&l, "validity_years", w.ValidityYears),
		SurveillanceIntervalMonths:  required(&l, "surveillance_interval_months", w.SurveillanceIntervalMonths),
		SurveillanceAnchor:          requiredAnchor(&l, w.SurveillanceAnchor),
		SurveillanceToleranceMonths: required(&l, "surveillance_tolerance_months", w.SurveillanceToleranceMonths),
		SurveillancesPerCycle:       required(&l, "surveillances_per_cycle", w.SurveillancesPerCycle),
		MaxSuspensionMonths:         required(&l, "max_suspension_months", w.MaxSuspensionMonths),
		RestorationWindowMonths:     required(&l, "restoration_window_months", w.RestorationWindowMonths),
		RecertificationLeadMonths:   required(&l, "recertification_lead_months", w.RecertificationLeadMonths),
	}
	if err := l.Err(); err != nil {
		return Policy{}, err
	}
	return out, out.Validate()
}

// required returns *v, and adds a problem to l when the field is missing or
// null.
func required[T any](l *errs.List, field string, v *T) T {
	if v == nil {
		l.Missing(ErrInvalidPolicy, field)
		var zero T
		return zero
	}
	return *v
}

// requiredAnchor returns the anchor named by code, and adds a problem to l
// when it is missing, null or unknown.
func requiredAnchor(l *errs.List, code *string) Anchor {
	const field = "surveillance_anchor"
	c := required(l, field, code)
	if code == nil {
		return 0
	}
	a, err := ParseAnchor(c)
	if err != nil {
		l.Add(errs.Wrap(ErrInvalidPolicy, field, errs.Matching(ErrUnknownCode, "unknown surveillance anchor %s (want %s or %s)", errs.Quote(c), AnchorDecision, AnchorIssue)))
	}
	return a
}
