package application

import (
	"encoding/json"
	"slices"

	"github.com/google/uuid"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/aftersales/certification/materials"
)

// The JSON form of an application (see "JSON" in the package doc). Pointers
// tell a missing or null member from an empty one where a member is
// required.
type applicationWire struct {
	ID          *jsonx.UUID              `json:"id"`
	Applicant   *applicantWire           `json:"applicant"`
	Created     *string                  `json:"created"`
	State       *string                  `json:"state"`
	History     *[]recordWire            `json:"history"`
	Materials   materialList             `json:"materials,omitempty"`
	Request     *fees.Request            `json:"request,omitempty"`
	Quote       *fees.Quote              `json:"quote,omitempty"`
	Audits      []audit.Audit            `json:"audits,omitempty"`
	Certificate *certificate.Certificate `json:"certificate,omitempty"`
}

type applicantWire struct {
	Name                string `json:"name"`
	CreditCode          string `json:"credit_code"`
	LegalRepresentative string `json:"legal_representative,omitempty"`
	Address             string `json:"address,omitempty"`
	Personnel           int    `json:"personnel"`
	Sites               int    `json:"sites"`
	Scope               string `json:"scope,omitempty"`
}

// The lists of a document that can be long (fast.go).
type (
	materialList = list[materials.Material, *materials.Material]
	findingList  = list[audit.Finding, *audit.Finding]
)

// recordWire is one step of the history with the inputs it was given.
type recordWire struct {
	Event         string        `json:"event"`
	From          string        `json:"from"`
	To            string        `json:"to"`
	On            string        `json:"on"`
	Actor         string        `json:"actor"`
	Reasons       []string      `json:"reasons,omitempty"`
	Materials     materialList  `json:"materials,omitempty"`
	Request       *fees.Request `json:"request,omitempty"`
	Quote         *fees.Quote   `json:"quote,omitempty"`
	Findings      findingList   `json:"findings,omitempty"`
	Result        *audit.Result `json:"result,omitempty"`
	CertificateID *jsonx.UUID   `json:"certificate_id,omitempty"`
	Number        string        `json:"number,omitempty"`
}

// wire returns the JSON form of a.
func (a Application) wire() applicationWire {
	id, created, state := jsonx.UUID(a.id), calendar.Format(a.created), a.state.String()
	history := make([]recordWire, len(a.steps))
	for i, s := range a.steps {
		history[i] = s.wire()
	}
	w := applicationWire{
		ID: &id, Applicant: (*applicantWire)(&a.applicant), Created: &created, State: &state, History: &history,
		Materials: a.materials, Audits: a.Audits(),
	}
	if a.quoted {
		w.Request, w.Quote = &a.request, &a.quote
	}
	if a.certified {
		w.Certificate = &a.cert
	}
	return w
}

// wire returns the JSON form of s.
func (s step) wire() recordWire {
	r := recordWire{
		Event: s.Event.String(), From: s.From.String(), To: s.To.String(), On: calendar.Format(s.On), Actor: s.Actor.String(),
		Reasons: s.Reasons, Materials: s.materials, Findings: s.findings, Number: s.number,
	}
	switch s.Event {
	case Accept:
		r.Request, r.Quote = &s.request, &s.quote
	case Certify:
		id := jsonx.UUID(s.certID)
		r.CertificateID = &id
		if !s.result.IsZero() {
			r.Result = &s.result
		}
	}
	return r
}

// MarshalJSON writes the application as a document (see "JSON" in the
// package doc). The zero Application is an error.
func (a Application) MarshalJSON() ([]byte, error) {
	if a.IsZero() {
		return nil, errs.New(ErrInvalidDocument, "", "cannot encode the zero Application")
	}
	return json.Marshal(a.wire())
}

// UnmarshalJSON decodes a document written by MarshalJSON under the default
// scheme, [AfterSalesScheme], as [Decode] does. On error a is unchanged.
func (a *Application) UnmarshalJSON(data []byte) error {
	out, err := Decode(data, AfterSalesScheme())
	if err != nil {
		return err
	}
	*a = out
	return nil
}

// Decode decodes a document written by [Application.MarshalJSON] for an
// application under scheme s: strictly, starting a new application with
// [New] and replaying every recorded step through the same methods code
// calls, then holding the document's state and stated parts to what the
// replay gives (see "JSON" in the package doc).
//
// Errors are [*FieldError]s of kind [ErrInvalidDocument] naming the member
// ("history[4]", "certificate") and wrapping the cause: for a step the
// lifecycle refuses, the step's own error (so that, say, [ErrGuard] or
// [ErrInvalidTransition] also matches).
func Decode(data []byte, s Scheme) (Application, error) {
	var w applicationWire
	if decodeDocumentFast(data, &w) { // document_fast.go: the same wire, read once
		return w.application(s)
	}
	return decodePlain(data, s)
}

// documentPlan is the jsonx.Plan of a document's wire form, made once.
var documentPlan = jsonx.PlanOf[applicationWire]()

// decodePlain is Decode's plain rule: the document decoded strictly into
// its wire form (a decoding error is one of the document, as jsonx.Unmarshal
// reports it), then rebuilt under s.
func decodePlain(data []byte, s Scheme) (Application, error) {
	var w applicationWire
	if err := documentPlan.Decode(data, &w); err != nil {
		return Application{}, errs.Wrap(ErrInvalidDocument, "", err)
	}
	return w.application(s)
}

// application rebuilds the application w records under s: [New], every
// recorded step replayed, and the stated parts held to the replay.
func (w *applicationWire) application(s Scheme) (Application, error) {
	if err := w.checkPresent(); err != nil {
		return Application{}, err
	}
	a, err := w.start(s)
	if err != nil {
		return Application{}, err
	}
	if a, err = a.replayHistory(*w.History); err != nil {
		return Application{}, err
	}
	if err := w.checkStated(a); err != nil {
		return Application{}, err
	}
	return a, nil
}

// checkPresent reports the required members that are missing or null.
func (w *applicationWire) checkPresent() error {
	var l errs.List
	for _, m := range [...]struct {
		field string
		ok    bool
	}{
		{"id", w.ID != nil}, {"applicant", w.Applicant != nil}, {"created", w.Created != nil},
		{"state", w.State != nil}, {"history", w.History != nil},
	} {
		if !m.ok {
			l.Missing(ErrInvalidDocument, m.field)
		}
	}
	return l.Err()
}

// start returns the application the document starts as: [New] with its
// id, applicant and creation date under s.
func (w *applicationWire) start(s Scheme) (Application, error) {
	created, err := calendar.Parse(*w.Created)
	if err != nil {
		return Application{}, errs.Wrap(ErrInvalidDocument, "created", err)
	}
	applicant := Applicant(*w.Applicant)
	if err := applicant.Validate(); err != nil {
		return Application{}, errs.Wrap(ErrInvalidDocument, "applicant", err)
	}
	a, err := New(uuid.UUID(*w.ID), applicant, s, created)
	if err != nil {
		return Application{}, errs.Wrap(ErrInvalidDocument, "", err)
	}
	return a, nil
}

// replayHistory takes every recorded step on a, in order, and requires each
// to move between the states and by the actor it records.
func (a Application) replayHistory(history []recordWire) (Application, error) {
	a.replaying = true
	for i, r := range history {
		field := errs.Index("history", i)
		rec, err := r.record()
		if err != nil {
			return Application{}, errs.Wrap(ErrInvalidDocument, field, err)
		}
		next, err := a.replay(rec.Event, r)
		if err != nil {
			return Application{}, errs.Wrap(ErrInvalidDocument, field, err)
		}
		got := next.steps[len(next.steps)-1].Record
		if got.From != rec.From || got.To != rec.To || got.Actor != rec.Actor {
			return Application{}, errs.New(ErrInvalidDocument, field, "%s recorded %s → %s by %s, the replay gives %s → %s by %s",
				r.Event, r.From, r.To, r.Actor, got.From, got.To, got.Actor)
		}
		a = next
	}
	a.replaying = false
	a.steps = slices.Clip(a.steps)
	return a, nil
}

// checkStated requires the document's state and stated parts to be those
// of the replayed application a, compared with their Equal methods.
func (w *applicationWire) checkStated(a Application) error {
	state, err := ParseState(*w.State)
	if err != nil {
		return errs.Wrap(ErrInvalidDocument, "state", err)
	}
	if state != a.state {
		return errs.New(ErrInvalidDocument, "state", "%s, but the history replays to %s", state, a.state)
	}
	var l errs.List
	for _, p := range [...]struct {
		field string
		same  bool
	}{
		{"materials", slices.EqualFunc(w.Materials, a.materials, materials.Material.Equal)},
		{"request", (w.Request == nil) == !a.quoted && (w.Request == nil || w.Request.Equal(a.request))},
		{"quote", (w.Quote == nil) == !a.quoted && (w.Quote == nil || w.Quote.Equal(a.quote))},
		{"audits", slices.EqualFunc(w.Audits, a.Audits(), audit.Audit.Equal)},
		{"certificate", (w.Certificate == nil) == !a.certified && (w.Certificate == nil || w.Certificate.Equal(a.cert))},
	} {
		if !p.same {
			l.New(ErrInvalidDocument, p.field, "does not follow from the history")
		}
	}
	return l.Err()
}
