package application

import (
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/enum"
)

// DeadlineKind says what a [Deadline] is for. The zero DeadlineKind is not
// valid.
//
// A DeadlineKind's code is stable: rectification_due, stage2_repeat_limit,
// surveillance_due, recertification_application, expiry.
type DeadlineKind uint8

// The kinds of deadline. Value 0 is reserved for "unknown".
const (
	// RectificationDue (整改期限): the due date of a nonconformity that has no
	// action submitted yet (shared/DOMAIN.md §5).
	RectificationDue DeadlineKind = iota + 1
	// Stage2RepeatLimit (第二阶段审核重做期限): the last day to verify the majors
	// before stage 2 must be repeated (§5).
	Stage2RepeatLimit
	// SurveillanceDue (监督审核到期): a surveillance audit of the certificate
	// (§6; certificate.SurveillanceDue).
	SurveillanceDue
	// RecertificationApplication (再认证申请): the day to apply for
	// recertification by (§6).
	RecertificationApplication
	// Expiry (证书到期): the certificate's expiry date (§6).
	Expiry
)

var deadlineLabels = enum.New[DeadlineKind]("application", "deadline kind",
	enum.Label{Code: "rectification_due", Chinese: "整改期限", English: "Rectification due"},
	enum.Label{Code: "stage2_repeat_limit", Chinese: "第二阶段审核重做期限", English: "Stage 2 repeat limit"},
	enum.Label{Code: "surveillance_due", Chinese: "监督审核到期", English: "Surveillance due"},
	enum.Label{Code: "recertification_application", Chinese: "再认证申请", English: "Recertification application"},
	enum.Label{Code: "expiry", Chinese: "证书到期", English: "Expiry"},
).Wrapping(ErrUnknownCode)

// String returns k's stable code, such as "rectification_due", or
// "deadline kind(N)" for a value that is not valid.
func (k DeadlineKind) String() string { return deadlineLabels.String(k) }

// Chinese returns k's Chinese name, such as "整改期限"; empty when k is not
// valid.
func (k DeadlineKind) Chinese() string { return deadlineLabels.Label(k).Chinese }

// English returns k's English name, such as "Rectification due"; empty when
// k is not valid.
func (k DeadlineKind) English() string { return deadlineLabels.Label(k).English }

// IsValid reports whether k is one of the declared kinds.
func (k DeadlineKind) IsValid() bool { return deadlineLabels.Valid(k) }

// MarshalText returns k's code. A DeadlineKind that is not valid is an error.
func (k DeadlineKind) MarshalText() ([]byte, error) { return deadlineLabels.Marshal(k) }

// UnmarshalText sets *k to the kind whose code is text. An unknown code is an
// error and leaves *k unchanged.
func (k *DeadlineKind) UnmarshalText(text []byte) error { return deadlineLabels.Unmarshal(k, text) }

// ParseDeadlineKind returns the kind whose code is code. An unknown code is
// an error that names it.
func ParseDeadlineKind(code string) (DeadlineKind, error) { return deadlineLabels.Parse(code) }

// Deadline is the next date someone must act by.
type Deadline struct {
	Kind    DeadlineKind // what the deadline is for
	Due     time.Time    // the last day to act
	Finding uuid.UUID    // the finding, for RectificationDue; uuid.Nil otherwise
	Overdue bool         // asOf is after Due and it is still open
}

// NextDeadline returns the earliest open deadline on the date asOf, and false
// when there is none:
//
//   - in Rectification, the earliest of the due dates of nonconformities with
//     no action submitted by asOf (even when overdue; see Deadline.Overdue)
//     and, while a major is not verified, the stage 2 repeat limit (the last
//     day of stage 2 plus the policy's months, 6 by default); none once every
//     action is in and every major verified (the body's move);
//   - in Certified, the certificate's next milestone (certificate.NextDue):
//     a surveillance audit, the recertification application or the expiry;
//   - in every other state, none.
//
// Errors: a zero asOf ([ErrInvalidDate]); a certificate milestone of a kind
// this package does not know.
func (a Application) NextDeadline(asOf time.Time) (Deadline, bool, error) {
	if asOf.IsZero() {
		return Deadline{}, false, fmt.Errorf("%w: next deadline on a zero date", ErrInvalidDate)
	}
	switch a.state {
	case Rectification:
		d, ok := a.rectificationDeadline(asOf)
		return d, ok, nil
	case Certified:
		m, ok := a.cert.NextDue(asOf)
		if !ok {
			return Deadline{}, false, nil
		}
		var kind DeadlineKind
		switch m.Kind {
		case certificate.SurveillanceDue:
			kind = SurveillanceDue
		case certificate.RecertificationApplication:
			kind = RecertificationApplication
		case certificate.Expiry:
			kind = Expiry
		default:
			return Deadline{}, false, fmt.Errorf("application: unknown certificate milestone %s", m.Kind)
		}
		return Deadline{Kind: kind, Due: m.Deadline, Overdue: calendar.After(asOf, m.Deadline)}, true, nil
	default:
		return Deadline{}, false, nil
	}
}

func (a Application) rectificationDeadline(asOf time.Time) (Deadline, bool) {
	var best Deadline
	consider := func(d Deadline) {
		if best.Kind == 0 || calendar.Before(d.Due, best.Due) {
			best = d
		}
	}
	// Every finding's transitions are dated on or before the latest step, so
	// a major not settled on that day is not settled at all.
	last := a.LastDate()
	majorOpen := false
	for _, f := range a.stage2.Findings() {
		if !f.Severity().Nonconformity() {
			continue
		}
		if f.Severity() == audit.Major && !f.SettledOn(last) {
			majorOpen = true
		}
		if s := f.StatusOn(asOf); s == audit.Open {
			consider(Deadline{Kind: RectificationDue, Due: f.DueOn(), Finding: f.ID(), Overdue: calendar.After(asOf, f.DueOn())})
		}
	}
	limit := a.repeatLimit()
	if majorOpen {
		consider(Deadline{Kind: Stage2RepeatLimit, Due: limit, Overdue: calendar.After(asOf, limit)})
	}
	return best, best.Kind != 0
}
