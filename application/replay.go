package application

import (
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// inputs lists the members of a history record that carry the inputs of
// step e; any other input member set on a record of e is refused.
func (e Event) inputs() []string {
	switch e {
	case Submit, Resubmit:
		return []string{"materials"}
	case Return, Reject, Withdraw:
		return []string{"reasons"}
	case Accept:
		return []string{"request", "quote"}
	case CompleteOnSiteAudit, RequireRectification, SubmitRectification, ReviewRectification:
		return []string{"findings"}
	case Certify:
		return []string{"result", "certificate_id", "number"}
	}
	return nil
}

// record reads the event, states and actor r records, each code naming its
// member when it is not one.
func (r recordWire) record() (Record, error) {
	var rec Record
	var l errs.List
	var err error
	rec.Event, err = ParseEvent(r.Event)
	l.Wrap(ErrInvalidDocument, "event", err)
	rec.From, err = ParseState(r.From)
	l.Wrap(ErrInvalidDocument, "from", err)
	rec.To, err = ParseState(r.To)
	l.Wrap(ErrInvalidDocument, "to", err)
	rec.Actor, err = ParseActor(r.Actor)
	l.Wrap(ErrInvalidDocument, "actor", err)
	return rec, l.Err()
}

// checkInputs refuses an input member set on r that does not belong to its
// event e.
func (r recordWire) checkInputs(e Event) error {
	inputs := e.inputs()
	var l errs.List
	for _, m := range [...]struct {
		field string
		set   bool
	}{
		{"reasons", len(r.Reasons) > 0}, {"materials", len(r.Materials) > 0}, {"request", r.Request != nil},
		{"quote", r.Quote != nil}, {"findings", len(r.Findings) > 0}, {"result", r.Result != nil},
		{"certificate_id", r.CertificateID != nil}, {"number", r.Number != ""},
	} {
		if m.set && !slices.Contains(inputs, m.field) {
			l.New(ErrInvalidDocument, m.field, "does not belong to a %s step", e)
		}
	}
	return l.Err()
}

// replay takes the recorded step r of event e on a through the step's
// method.
func (a Application) replay(e Event, r recordWire) (Application, error) {
	on, err := calendar.Parse(r.On)
	if err != nil {
		return a, errs.Wrap(ErrInvalidDocument, "on", err)
	}
	if err := r.checkInputs(e); err != nil {
		return a, err
	}
	switch e {
	case Submit:
		return a.Submit(on, r.Materials)
	case Resubmit:
		return a.Resubmit(on, r.Materials)
	case Return:
		return a.Return(on, r.Reasons)
	case Reject, Withdraw:
		return a.replayWithReason(e, on, r.Reasons)
	case Accept:
		if r.Request == nil || r.Quote == nil {
			return a, errs.New(ErrInvalidDocument, "", "an accept step needs a request and a quote")
		}
		return a.Accept(on, *r.Request, *r.Quote)
	case Certify:
		return a.replayCertify(on, r)
	}
	return a.replayPlain(e, on, r.Findings)
}

// replayWithReason takes a Reject or Withdraw step, which has exactly one
// reason.
func (a Application) replayWithReason(e Event, on time.Time, reasons []string) (Application, error) {
	if len(reasons) != 1 {
		return a, errs.New(ErrInvalidDocument, "reasons", "want exactly one reason, got %d", len(reasons))
	}
	if e == Reject {
		return a.Reject(on, reasons[0])
	}
	return a.Withdraw(on, reasons[0])
}

// replayCertify takes a Certify step; its result is absent under a scheme
// without a grade.
func (a Application) replayCertify(on time.Time, r recordWire) (Application, error) {
	if r.CertificateID == nil {
		return a, errs.Missing(ErrInvalidDocument, "certificate_id")
	}
	var result audit.Result
	if r.Result != nil {
		result = *r.Result
	}
	return a.Certify(on, result, uuid.UUID(*r.CertificateID), r.Number)
}

// replayPlain takes a step that needs no more than its date and, for some,
// findings.
func (a Application) replayPlain(e Event, on time.Time, findings []audit.Finding) (Application, error) {
	switch e {
	case StartDocumentReview:
		return a.StartDocumentReview(on)
	case StartOnSiteAudit:
		return a.StartOnSiteAudit(on)
	case CompleteOnSiteAudit:
		return a.CompleteOnSiteAudit(on, findings)
	case RequireRectification:
		return a.RequireRectification(on, findings)
	case SubmitRectification:
		return a.SubmitRectification(on, findings)
	case ReviewRectification:
		return a.ReviewRectification(on, findings)
	case CompleteRectification:
		return a.CompleteRectification(on)
	case RepeatStage2:
		return a.RepeatStage2(on)
	}
	return a, errs.New(ErrInvalidDocument, "event", "unknown event %s", e)
}
