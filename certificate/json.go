package certificate

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/google/uuid"
)

// The JSON form of a certificate: the grant, the policy, the history, and
// the values that follow from them (current number, level, cycle start and
// expiry), which decoding recomputes and compares. Pointers tell a missing
// or null member from an empty one: every member but the grant's address,
// body and ungraded is required, and the levels are there exactly when the
// grant is graded.
type certificateWire struct {
	Grant      *grantWire   `json:"grant"`
	Policy     *Policy      `json:"policy"`
	Number     *string      `json:"number"`
	Level      *string      `json:"level,omitempty"`
	CycleStart *string      `json:"cycle_start"`
	ExpiresOn  *string      `json:"expires_on"`
	Events     *[]eventWire `json:"events"`
}

// grantWire is the JSON form of a Grant; an ungraded one has no level.
type grantWire struct {
	ID         *string `json:"id"`
	Number     string  `json:"number"`
	Holder     string  `json:"holder"`
	CreditCode string  `json:"credit_code"`
	Scope      string  `json:"scope"`
	Standard   string  `json:"standard"`
	Level      string  `json:"level,omitempty"`
	DecidedOn  string  `json:"decided_on"`
	IssuedOn   string  `json:"issued_on"`
	Address    string  `json:"address,omitempty"`
	Body       string  `json:"body,omitempty"`
	Ungraded   bool    `json:"ungraded,omitempty"`
}

// eventWire is the JSON form of an Event; only a recertification or a
// restoration of a graded certificate has a level.
type eventWire struct {
	Kind   string  `json:"kind"`
	On     string  `json:"on"`
	Reason string  `json:"reason,omitempty"`
	Level  *string `json:"level,omitempty"`
}

// MarshalJSON writes the certificate as an object with its grant, policy and
// events, and the current number, level, cycle start and expiry (see "JSON"
// in the package doc). The zero Certificate is an error.
func (c Certificate) MarshalJSON() ([]byte, error) {
	if c.IsZero() {
		return nil, errs.New(ErrInvalidCertificate, "", "cannot encode the zero Certificate")
	}
	number := c.Number()
	start, expiry := calendar.Format(c.CycleStart()), calendar.Format(c.ExpiresOn())
	events := make([]eventWire, len(c.events))
	for i, e := range c.events {
		events[i] = eventWire{Kind: e.Kind.String(), On: calendar.Format(e.On), Reason: e.Reason}
		if e.Kind.takesLevel() {
			events[i].Level = c.wireLevel(e.Level)
		}
	}
	return json.Marshal(certificateWire{
		Grant: wireGrant(c.grant), Policy: &c.policy, Number: &number, Level: c.wireLevel(c.Level()),
		CycleStart: &start, ExpiresOn: &expiry, Events: &events,
	})
}

// wireLevel returns the JSON form of a level of c: its code, or nil when c
// is ungraded.
func (c Certificate) wireLevel(l audit.Level) *string {
	if c.grant.Ungraded {
		return nil
	}
	code := l.String()
	return &code
}

// wireGrant returns the JSON form of a grant.
func wireGrant(g Grant) *grantWire {
	id := g.ID.String()
	w := &grantWire{
		ID: &id, Number: g.Number, Holder: g.Holder, CreditCode: g.CreditCode,
		Scope: g.Scope, Standard: g.Standard,
		DecidedOn: calendar.Format(g.DecidedOn), IssuedOn: calendar.Format(g.IssuedOn),
		Address: g.Address, Body: g.Body, Ungraded: g.Ungraded,
	}
	if !g.Ungraded {
		w.Level = g.Level.String()
	}
	return w
}

// certificatePlan is the jsonx.Plan of a certificate's wire form, made once.
var certificatePlan = jsonx.PlanOf[certificateWire]()

// UnmarshalJSON decodes a certificate strictly, issues it again with
// [Issue] and replays its events in order through the same rules as the
// event methods, then compares the stated number, level, cycle start and
// expiry with those that follow (see "JSON" in the package doc). On error *c
// is unchanged.
func (c *Certificate) UnmarshalJSON(data []byte) error {
	var w certificateWire
	if err := certificatePlan.Decode(data, &w); err != nil {
		// Not jsonx.Unmarshal, which would report every problem as one of
		// the certificate: a problem of the policy stays the policy's,
		// named under its member.
		if errors.Is(err, ErrInvalidPolicy) {
			return errs.Wrap(ErrInvalidPolicy, "policy", err)
		}
		return errs.Wrap(ErrInvalidCertificate, "", err)
	}
	if err := w.checkPresent(); err != nil {
		return err
	}
	g, err := w.Grant.grant()
	if err != nil {
		return err
	}
	out, err := Issue(*w.Policy, g)
	if err != nil {
		return errs.Wrap(ErrInvalidGrant, "grant", err)
	}
	for i, e := range *w.Events {
		if err := out.replay(errs.Index("events", i), e); err != nil {
			return err
		}
	}
	if err := w.checkStated(out); err != nil {
		return err
	}
	*c = out
	return nil
}

// checkPresent reports the required members that are missing or null.
func (w *certificateWire) checkPresent() error {
	var l errs.List
	for _, m := range [...]struct {
		field string
		ok    bool
	}{
		{"grant", w.Grant != nil}, {"policy", w.Policy != nil}, {"number", w.Number != nil},
		{"cycle_start", w.CycleStart != nil}, {"expires_on", w.ExpiresOn != nil}, {"events", w.Events != nil},
	} {
		if !m.ok {
			l.Missing(ErrInvalidCertificate, m.field)
		}
	}
	if w.Grant == nil {
		return l.Err()
	}
	if w.Grant.ID == nil {
		l.Missing(ErrInvalidGrant, "grant.id")
	}
	switch graded := !w.Grant.Ungraded; {
	case graded && w.Level == nil:
		l.Missing(ErrInvalidCertificate, "level")
	case !graded && w.Level != nil:
		l.New(ErrInconsistent, "level", "an ungraded certificate states no level")
	}
	return l.Err()
}

// grant returns the grant the JSON form states; its dates are midnight UTC.
// The ID is read only in the canonical form (see jsonx.UUID).
func (w *grantWire) grant() (Grant, error) {
	var l errs.List
	var id jsonx.UUID
	l.Wrap(ErrInvalidGrant, "grant.id", id.UnmarshalText([]byte(*w.ID)))
	var level audit.Level
	switch {
	case w.Ungraded && w.Level != "":
		l.New(ErrInvalidGrant, "grant.level", "an ungraded grant has no level")
	case !w.Ungraded:
		parsed, err := audit.ParseLevel(w.Level)
		l.Wrap(ErrInvalidGrant, "grant.level", err)
		level = parsed
	}
	decided := parseDate(&l, ErrInvalidGrant, "grant.decided_on", w.DecidedOn)
	issued := parseDate(&l, ErrInvalidGrant, "grant.issued_on", w.IssuedOn)
	g := Grant{
		ID: uuid.UUID(id), Number: w.Number, Holder: w.Holder, CreditCode: w.CreditCode,
		Scope: w.Scope, Standard: w.Standard, Level: level,
		DecidedOn: decided, IssuedOn: issued, Address: w.Address, Body: w.Body, Ungraded: w.Ungraded,
	}
	return g, l.Err()
}

// replay records the event that the JSON form e at field states, through
// the same rules as the event methods; the kind recorded must be the kind
// stated.
func (c *Certificate) replay(field string, e eventWire) error {
	kind, err := ParseEventKind(e.Kind)
	if err != nil {
		return errs.Wrap(ErrInvalidEvent, errs.Path(field, "kind"), errs.Matching(ErrUnknownCode, "unknown event kind %s", errs.Quote(e.Kind)))
	}
	var l errs.List
	on := parseDate(&l, ErrInvalidEvent, errs.Path(field, "on"), e.On)
	if !kind.takesReason() && e.Reason != "" {
		l.New(ErrInvalidEvent, errs.Path(field, "reason"), "a %s takes no reason", kind)
	}
	level := parseLevel(&l, field, kind, e.Level)
	if err := l.Err(); err != nil {
		return err
	}
	call := kind
	if call == Restoration {
		call = Recertification
	}
	got, err := c.apply(call, on, e.Reason, level)
	if ee, ok := err.(*EventError); ok {
		ee.Field = field
	}
	switch {
	case err != nil:
		return err
	case got != kind:
		return errs.New(ErrInconsistent, errs.Path(field, "kind"), "recorded as %s, but decided on %s it is a %s", kind, e.On, got)
	}
	return nil
}

// parseLevel returns the level of an event's JSON form, 0 when it has none,
// and adds to l a level on an event that takes none or a level that is not
// one.
func parseLevel(l *errs.List, field string, kind EventKind, code *string) audit.Level {
	if code == nil {
		return 0
	}
	if !kind.takesLevel() {
		l.New(ErrInvalidEvent, errs.Path(field, "level"), "a %s takes no level", kind)
		return 0
	}
	level, err := audit.ParseLevel(*code)
	if err != nil {
		l.Wrap(ErrInvalidEvent, errs.Path(field, "level"), err)
	}
	return level
}

// checkStated compares the number, level, cycle start and expiry the
// document states with those of the certificate it decodes to.
func (w *certificateWire) checkStated(c Certificate) error {
	var l errs.List
	for _, v := range [...]struct{ field, stated, follows string }{
		{"number", *w.Number, c.Number()},
		{"level", deref(w.Level), deref(c.wireLevel(c.Level()))},
		{"cycle_start", *w.CycleStart, calendar.Format(c.CycleStart())},
		{"expires_on", *w.ExpiresOn, calendar.Format(c.ExpiresOn())},
	} {
		if v.stated != v.follows {
			l.New(ErrInconsistent, v.field, "%s does not follow from the grant, policy and events (%s)", errs.Quote(v.stated), errs.Quote(v.follows))
		}
	}
	return l.Err()
}

// deref returns *s, or "" for nil.
func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// parseDate reads a date member with calendar.Parse, adding its problem to l
// as one of field of a value of the given kind.
func parseDate(l *errs.List, kind error, field, s string) time.Time {
	t, err := calendar.Parse(s)
	l.Wrap(kind, field, err)
	return t
}
