package application

import (
	"time"

	"github.com/google/uuid"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
)

// Deadline is the next date someone must act by.
type Deadline struct {
	Kind    DeadlineKind // what the deadline is for
	Due     time.Time    // the last day to act
	Finding uuid.UUID    // the finding, for RectificationDue; uuid.Nil otherwise
	Overdue bool         // asOf is after Due and it is still open
}

// NextDeadline returns the earliest open deadline on the date asOf, and false
// when there is none (see "Deadlines" in the package doc).
//
// Errors: asOf zero or outside 0001-01-02 to 9999-12-31 ([ErrInvalidDate]).
func (a Application) NextDeadline(asOf time.Time) (Deadline, bool, error) {
	if err := checkDate("as_of", asOf); err != nil {
		return Deadline{}, false, err
	}
	switch a.state {
	case Rectification:
		d, ok := a.rectificationDeadline(asOf)
		return d, ok, nil
	case Certified:
		d, ok := a.certificateDeadline(asOf)
		return d, ok, nil
	default:
		return Deadline{}, false, nil
	}
}

// deadlineKind returns the deadline kind of a certificate milestone kind.
func deadlineKind(k certificate.MilestoneKind) DeadlineKind {
	switch k {
	case certificate.SurveillanceDue:
		return SurveillanceDue
	case certificate.RecertificationApplication:
		return RecertificationApplication
	case certificate.Expiry:
		return Expiry
	}
	return 0
}

// certificateDeadline is the certificate's next milestone on asOf.
func (a Application) certificateDeadline(asOf time.Time) (Deadline, bool) {
	m, ok := a.cert.NextDue(asOf)
	if !ok {
		return Deadline{}, false
	}
	return Deadline{Kind: deadlineKind(m.Kind), Due: m.Deadline, Overdue: calendar.After(asOf, m.Deadline)}, true
}

// rectificationDeadline is the earliest of the open findings' due dates and,
// while a major is not settled, the stage 2 repeat limit.
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
		if f.StatusOn(asOf) == audit.Open {
			consider(Deadline{Kind: RectificationDue, Due: f.DueOn(), Finding: f.ID(), Overdue: calendar.After(asOf, f.DueOn())})
		}
	}
	if majorOpen {
		limit := a.repeatLimit()
		consider(Deadline{Kind: Stage2RepeatLimit, Due: limit, Overdue: calendar.After(asOf, limit)})
	}
	return best, best.Kind != 0
}
