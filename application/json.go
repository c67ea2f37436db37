package application

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/google/uuid"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/aftersales/certification/materials"
)

// ErrInvalidDocument is matched by every error [Decode] and
// [Application.UnmarshalJSON] return: a document that is not well formed,
// whose steps the lifecycle refuses, or whose stated state, materials,
// quote, audits or certificate do not follow from its history.
var ErrInvalidDocument = errors.New("application: invalid document")

type applicantWire struct {
	Name                string `json:"name"`
	CreditCode          string `json:"credit_code"`
	LegalRepresentative string `json:"legal_representative,omitempty"`
	Address             string `json:"address,omitempty"`
	Personnel           int    `json:"personnel"`
	Sites               int    `json:"sites"`
	Scope               string `json:"scope,omitempty"`
}

type recordWire struct {
	Event         Event                `json:"event"`
	From          State                `json:"from"`
	To            State                `json:"to"`
	On            string               `json:"on"`
	Actor         Actor                `json:"actor"`
	Reasons       []string             `json:"reasons,omitempty"`
	Materials     []materials.Material `json:"materials,omitempty"`
	Request       *fees.Request        `json:"request,omitempty"`
	Quote         *fees.Quote          `json:"quote,omitempty"`
	Findings      []audit.Finding      `json:"findings,omitempty"`
	Result        *audit.Result        `json:"result,omitempty"`
	CertificateID *uuid.UUID           `json:"certificate_id,omitempty"`
	Number        string               `json:"number,omitempty"`
}

type applicationWire struct {
	ID          uuid.UUID                `json:"id"`
	Applicant   applicantWire            `json:"applicant"`
	Created     string                   `json:"created"`
	State       State                    `json:"state"`
	History     []recordWire             `json:"history"`
	Materials   []materials.Material     `json:"materials,omitempty"`
	Request     *fees.Request            `json:"request,omitempty"`
	Quote       *fees.Quote              `json:"quote,omitempty"`
	Audits      []audit.Audit            `json:"audits,omitempty"`
	Certificate *certificate.Certificate `json:"certificate,omitempty"`
}

func (a Application) wire() applicationWire {
	w := applicationWire{
		ID: a.id,
		Applicant: applicantWire{
			Name: a.applicant.Name, CreditCode: a.applicant.CreditCode,
			LegalRepresentative: a.applicant.LegalRepresentative, Address: a.applicant.Address,
			Personnel: a.applicant.Personnel, Sites: a.applicant.Sites, Scope: a.applicant.Scope,
		},
		Created:   calendar.Format(a.created),
		State:     a.state,
		History:   make([]recordWire, len(a.steps)),
		Materials: a.materials,
		Audits:    a.Audits(),
	}
	for i, s := range a.steps {
		r := recordWire{
			Event: s.Event, From: s.From, To: s.To, On: calendar.Format(s.On), Actor: s.Actor,
			Reasons: s.Reasons, Materials: s.materials, Findings: s.findings, Number: s.number,
		}
		switch s.Event {
		case Accept:
			req, q := s.request, s.quote
			r.Request, r.Quote = &req, &q
		case Certify:
			res, id := s.result, s.certID
			r.Result, r.CertificateID = &res, &id
		}
		w.History[i] = r
	}
	if a.quoted {
		req, q := a.request, a.quote
		w.Request, w.Quote = &req, &q
	}
	if a.certified {
		c := a.cert
		w.Certificate = &c
	}
	return w
}

// MarshalJSON writes the application as a document: its id, applicant,
// creation date and state; its history, each step with the inputs it was
// given (materials, quote request and quote, findings, result, certificate
// id and number) so that it can be replayed; and what the steps brought in:
// the latest materials, the accepted request and quote, the stage 2 audits
// and the certificate. Dates are "YYYY-MM-DD". The scheme is not written: it
// is the body's rules, kept by the caller (see [Decode]). The zero
// Application is an error.
func (a Application) MarshalJSON() ([]byte, error) {
	if !a.state.IsValid() {
		return nil, fmt.Errorf("application: cannot encode the zero application")
	}
	return json.Marshal(a.wire())
}

// UnmarshalJSON decodes a document written by MarshalJSON under the default
// scheme, [AfterSalesScheme]; see [Decode], which it calls. On error a is
// unchanged.
func (a *Application) UnmarshalJSON(data []byte) error {
	out, err := Decode(data, AfterSalesScheme())
	if err != nil {
		return err
	}
	*a = out
	return nil
}

// Decode decodes a document written by [Application.MarshalJSON] for an
// application under scheme s. It never trusts the document's state: it
// starts a new application with [New] and replays every recorded step
// through the same methods code calls, with the recorded inputs, then
// requires each step's states, date and actor, the final state, and
// everything the document states (materials, quote, audits, certificate) to
// be what the replay produced. Decoding is strict (internal/jsonx: unknown
// fields, repeated keys and trailing data are errors). Dates decode as
// midnight UTC: the original location is not kept.
//
// Errors match [ErrInvalidDocument] and wrap the cause: the step's own error
// (so that, say, [ErrGuard] or [ErrInvalidTransition] also matches) for a
// history that the lifecycle refuses.
func Decode(data []byte, s Scheme) (Application, error) {
	var w applicationWire
	if err := jsonx.Decode(data, &w); err != nil {
		return Application{}, fmt.Errorf("%w: %w", ErrInvalidDocument, err)
	}
	created, err := calendar.Parse(w.Created, nil)
	if err != nil {
		return Application{}, fmt.Errorf("%w: created: %w", ErrInvalidDocument, err)
	}
	a, err := New(w.ID, Applicant{
		Name: w.Applicant.Name, CreditCode: w.Applicant.CreditCode,
		LegalRepresentative: w.Applicant.LegalRepresentative, Address: w.Applicant.Address,
		Personnel: w.Applicant.Personnel, Sites: w.Applicant.Sites, Scope: w.Applicant.Scope,
	}, s, created)
	if err != nil {
		return Application{}, fmt.Errorf("%w: %w", ErrInvalidDocument, err)
	}
	a.replaying = true
	for i, r := range w.History {
		next, err := a.replay(r)
		if err != nil {
			return Application{}, fmt.Errorf("%w: history[%d] %s: %w", ErrInvalidDocument, i, r.Event, err)
		}
		got := next.steps[len(next.steps)-1].Record
		if got.From != r.From || got.To != r.To || got.Actor != r.Actor {
			return Application{}, fmt.Errorf("%w: history[%d] %s: recorded %s → %s by %s, the replay gives %s → %s by %s",
				ErrInvalidDocument, i, r.Event, r.From, r.To, r.Actor, got.From, got.To, got.Actor)
		}
		a = next
	}
	a.replaying = false
	a.steps = slices.Clip(a.steps)
	if a.state != w.State {
		return Application{}, fmt.Errorf("%w: state %s, but the history replays to %s", ErrInvalidDocument, w.State, a.state)
	}
	want, err := json.Marshal(w)
	if err != nil {
		return Application{}, fmt.Errorf("%w: %w", ErrInvalidDocument, err)
	}
	got, err := json.Marshal(a.wire())
	if err != nil {
		return Application{}, fmt.Errorf("%w: %w", ErrInvalidDocument, err)
	}
	if !bytes.Equal(want, got) {
		return Application{}, fmt.Errorf("%w: the stated materials, quote, audits or certificate do not follow from the history", ErrInvalidDocument)
	}
	return a, nil
}

// stepFields lists, for each event, the recordWire fields that carry its
// inputs; any other field set on a record of that event is refused.
var stepFields = map[Event][]string{
	Submit:                {"materials"},
	Return:                {"reasons"},
	Resubmit:              {"materials"},
	Accept:                {"request", "quote"},
	StartDocumentReview:   nil,
	StartOnSiteAudit:      nil,
	CompleteOnSiteAudit:   {"findings"},
	RequireRectification:  {"findings"},
	SubmitRectification:   {"findings"},
	ReviewRectification:   {"findings"},
	CompleteRectification: nil,
	RepeatStage2:          nil,
	Certify:               {"result", "certificate_id", "number"},
	Reject:                {"reasons"},
	Withdraw:              {"reasons"},
}

// checkFields refuses an unknown event, and a field set on r that does not
// belong to r's event.
func (r recordWire) checkFields() error {
	fields, ok := stepFields[r.Event]
	if !ok {
		return fmt.Errorf("unknown event %s", r.Event)
	}
	present := [...]struct {
		name string
		set  bool
	}{
		{"reasons", len(r.Reasons) > 0}, {"materials", len(r.Materials) > 0}, {"request", r.Request != nil},
		{"quote", r.Quote != nil}, {"findings", len(r.Findings) > 0}, {"result", r.Result != nil},
		{"certificate_id", r.CertificateID != nil}, {"number", r.Number != ""},
	}
	for _, p := range present {
		if p.set && !slices.Contains(fields, p.name) {
			return fmt.Errorf("field %q does not belong to this step", p.name)
		}
	}
	return nil
}

// replay applies one recorded step to a through the step's method.
func (a Application) replay(r recordWire) (Application, error) {
	on, err := calendar.Parse(r.On, nil)
	if err != nil {
		return a, err
	}
	if err := r.checkFields(); err != nil {
		return a, err
	}
	reason := func() (string, error) {
		if len(r.Reasons) != 1 {
			return "", fmt.Errorf("want exactly one reason, got %d", len(r.Reasons))
		}
		return r.Reasons[0], nil
	}
	switch r.Event {
	case Submit:
		return a.Submit(on, r.Materials)
	case Resubmit:
		return a.Resubmit(on, r.Materials)
	case Return:
		return a.Return(on, r.Reasons)
	case Accept:
		if r.Request == nil || r.Quote == nil {
			return a, errors.New("accept needs a request and a quote")
		}
		return a.Accept(on, *r.Request, *r.Quote)
	case StartDocumentReview:
		return a.StartDocumentReview(on)
	case StartOnSiteAudit:
		return a.StartOnSiteAudit(on)
	case CompleteOnSiteAudit:
		return a.CompleteOnSiteAudit(on, r.Findings)
	case RequireRectification:
		return a.RequireRectification(on, r.Findings)
	case SubmitRectification:
		return a.SubmitRectification(on, r.Findings)
	case ReviewRectification:
		return a.ReviewRectification(on, r.Findings)
	case CompleteRectification:
		return a.CompleteRectification(on)
	case RepeatStage2:
		return a.RepeatStage2(on)
	case Certify:
		if r.Result == nil || r.CertificateID == nil {
			return a, errors.New("certify needs a result and a certificate id")
		}
		return a.Certify(on, *r.Result, *r.CertificateID, r.Number)
	case Reject, Withdraw:
		why, err := reason()
		if err != nil {
			return a, err
		}
		if r.Event == Reject {
			return a.Reject(on, why)
		}
		return a.Withdraw(on, why)
	default:
		return a, fmt.Errorf("unknown event %s", r.Event)
	}
}
