package certificate

import (
	"encoding/json"
	"errors"
	"fmt"

	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/google/uuid"
)

// The JSON form of a certificate: the grant, the policy, the history, and
// the values that follow from them (current number, level, cycle start and
// expiry), which decoding recomputes and compares.
type certificateWire struct {
	Grant      grantWire   `json:"grant"`
	Policy     Policy      `json:"policy"`
	Number     string      `json:"number"`
	Level      audit.Level `json:"level"`
	CycleStart string      `json:"cycle_start"`
	ExpiresOn  string      `json:"expires_on"`
	Events     []eventWire `json:"events"`
}

type grantWire struct {
	ID         uuid.UUID   `json:"id"`
	Number     string      `json:"number"`
	Holder     string      `json:"holder"`
	CreditCode string      `json:"credit_code"`
	Scope      string      `json:"scope"`
	Standard   string      `json:"standard"`
	Level      audit.Level `json:"level"`
	DecidedOn  string      `json:"decided_on"`
	IssuedOn   string      `json:"issued_on"`
	Address    string      `json:"address,omitempty"`
	Body       string      `json:"body,omitempty"`
}

type eventWire struct {
	Kind   EventKind    `json:"kind"`
	On     string       `json:"on"`
	Reason string       `json:"reason,omitempty"`
	Level  *audit.Level `json:"level,omitempty"`
}

// MarshalJSON writes the certificate as an object with its grant, policy and
// events, and the current number, level, cycle start and expiry. The grant's
// optional "address" and "body" are left out when empty. Dates are
// "YYYY-MM-DD"; their locations are not kept. The zero Certificate is an
// error.
func (c Certificate) MarshalJSON() ([]byte, error) {
	if len(c.timeline) == 0 {
		return nil, fmt.Errorf("%w: cannot encode the zero Certificate", ErrInvalidGrant)
	}
	g := c.grant
	w := certificateWire{
		Grant: grantWire{
			ID: g.ID, Number: g.Number, Holder: g.Holder, CreditCode: g.CreditCode,
			Scope: g.Scope, Standard: g.Standard, Level: g.Level,
			DecidedOn: calendar.Format(g.DecidedOn), IssuedOn: calendar.Format(g.IssuedOn),
			Address: g.Address, Body: g.Body,
		},
		Policy:     c.policy,
		Number:     c.Number(),
		Level:      c.Level(),
		CycleStart: calendar.Format(c.CycleStart()),
		ExpiresOn:  calendar.Format(c.ExpiresOn()),
		Events:     make([]eventWire, len(c.events)),
	}
	for i, e := range c.events {
		ew := eventWire{Kind: e.Kind, On: calendar.Format(e.On), Reason: e.Reason}
		if e.Kind.takesLevel() {
			level := e.Level
			ew.Level = &level
		}
		w.Events[i] = ew
	}
	return json.Marshal(w)
}

// UnmarshalJSON decodes a certificate strictly (unknown or repeated keys and
// trailing data are errors), issues it again with [Issue] and replays its
// events in order through the same rules as the event methods, so that it
// refuses anything those would refuse: events out of order or impossible, a
// reason or level on an event that takes none, a restoration recorded as a
// recertification or the reverse. It then compares the stated number,
// level, cycle start and expiry with those that follow ([ErrInconsistent]).
// A missing or empty "address" or "body" is not given, as "" is for [Issue];
// a blank one is refused. Dates decode as midnight UTC. On error *c is
// unchanged.
func (c *Certificate) UnmarshalJSON(data []byte) error {
	var w certificateWire
	if err := jsonx.Decode(data, &w); err != nil {
		if errors.Is(err, jsonx.ErrInvalid) {
			return fmt.Errorf("certificate: %w", err)
		}
		return err
	}
	decided, err1 := parseDate(ErrInvalidGrant, "grant.decided_on", w.Grant.DecidedOn)
	issued, err2 := parseDate(ErrInvalidGrant, "grant.issued_on", w.Grant.IssuedOn)
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	out, err := Issue(w.Policy, Grant{
		ID: w.Grant.ID, Number: w.Grant.Number, Holder: w.Grant.Holder, CreditCode: w.Grant.CreditCode,
		Scope: w.Grant.Scope, Standard: w.Grant.Standard, Level: w.Grant.Level,
		DecidedOn: decided, IssuedOn: issued, Address: w.Grant.Address, Body: w.Grant.Body,
	})
	if err != nil {
		return err
	}
	for i, e := range w.Events {
		field := fmt.Sprintf("events[%d]", i)
		on, err := parseDate(ErrInvalidEvent, field+".on", e.On)
		if err != nil {
			return err
		}
		if !e.Kind.takesReason() && e.Reason != "" {
			return fmt.Errorf("%w: %s: a %s takes no reason", ErrInvalidEvent, field, e.Kind)
		}
		var level audit.Level
		if e.Level != nil {
			if !e.Kind.takesLevel() {
				return fmt.Errorf("%w: %s: a %s takes no level", ErrInvalidEvent, field, e.Kind)
			}
			level = *e.Level
		}
		call := e.Kind
		if call == Restoration {
			call = Recertification
		}
		if !call.IsValid() {
			return fmt.Errorf("%w: %s: unknown event kind", ErrInvalidEvent, field)
		}
		got, err := out.apply(call, on, e.Reason, level)
		if err != nil {
			return fmt.Errorf("%w (%s)", err, field)
		}
		if got != e.Kind {
			return fmt.Errorf("%w: %s: recorded as %s but decided on %s it is a %s",
				ErrInconsistent, field, e.Kind, e.On, got)
		}
	}
	var errs []error
	check := func(name, stated, follows string) {
		if stated != follows {
			errs = append(errs, fmt.Errorf("%w: %s %q does not follow from the grant, policy and events (%q)", ErrInconsistent, name, stated, follows))
		}
	}
	check("number", w.Number, out.Number())
	check("level", w.Level.String(), out.Level().String())
	check("cycle_start", w.CycleStart, calendar.Format(out.CycleStart()))
	check("expires_on", w.ExpiresOn, calendar.Format(out.ExpiresOn()))
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	*c = out
	return nil
}

// parseDate reads a JSON date "YYYY-MM-DD" as midnight UTC.
func parseDate(sentinel error, field, s string) (time.Time, error) {
	t, err := calendar.Parse(s, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("%w: %s %q is not a date YYYY-MM-DD", sentinel, field, s)
	}
	return t, nil
}
