package application

import (
	"encoding/json"
	"strconv"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

// schemeWire is a Scheme on the wire. Each part is kept raw and handed to
// the part's own decoder; "scorecard" and "body" are optional.
type schemeWire struct {
	Checklist     json.RawMessage `json:"checklist"`
	TimeTable     json.RawMessage `json:"time_table"`
	Scorecard     json.RawMessage `json:"scorecard,omitempty"`
	Fees          json.RawMessage `json:"fees"`
	Certificate   json.RawMessage `json:"certificate"`
	Rectification json.RawMessage `json:"rectification"`
	Standard      *string         `json:"standard"`
	Scope         *string         `json:"scope"`
	Body          string          `json:"body,omitempty"`
}

// MarshalJSON writes s as an object with one snake_case member per part,
// each written by the part's own MarshalJSON (see "JSON" in the package
// doc); a built-in time table or scorecard is written by its name, a zero
// scorecard and an empty body not at all. A scheme that fails
// [Scheme.Validate] is an error, so that what is written can be read back.
func (s Scheme) MarshalJSON() ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	var l errs.List
	w := schemeWire{
		Checklist: marshalPart(&l, "checklist", s.Checklist),
		TimeTable: builtinOr(&l, "time_table", s.TimeTable.Name(), s.TimeTable,
			func(name string) bool {
				b, err := audit.TimeTableByName(name)
				return err == nil && b.Equal(s.TimeTable)
			}),
		Fees:          marshalPart(&l, "fees", s.Fees),
		Certificate:   marshalPart(&l, "certificate", s.Certificate),
		Rectification: marshalPart(&l, "rectification", s.Rectification),
		Standard:      &s.Standard, Scope: &s.Scope, Body: s.Body,
	}
	if s.graded() {
		w.Scorecard = builtinOr(&l, "scorecard", audit.GBT27922Name, s.Scorecard,
			func(name string) bool {
				b, err := audit.ScorecardByName(name)
				return err == nil && b.Equal(s.Scorecard)
			})
	}
	if err := l.Err(); err != nil {
		return nil, err
	}
	return json.Marshal(w)
}

// marshalPart returns the JSON form of part m of a scheme, adding to l the
// problem when it has none.
func marshalPart(l *errs.List, field string, m json.Marshaler) json.RawMessage {
	b, err := m.MarshalJSON()
	l.Wrap(ErrInvalidScheme, field, err)
	return b
}

// builtinOr returns name as a JSON string when isBuiltin says that the part
// is the built-in one of that name, and the part in full otherwise.
func builtinOr(l *errs.List, field, name string, m json.Marshaler, isBuiltin func(string) bool) json.RawMessage {
	if isBuiltin(name) {
		return json.RawMessage(strconv.Quote(name))
	}
	return marshalPart(l, field, m)
}

// schemeDecoder is the jsonx.Decoder of a scheme, made once.
var schemeDecoder = jsonx.NewDecoder(ErrInvalidScheme, (*schemeWire).scheme)

// UnmarshalJSON reads what [Scheme.MarshalJSON] writes, strictly (see
// "JSON" in the package doc): each part by its own UnmarshalJSON, which
// checks it as its constructor does, then the whole with [Scheme.Validate].
// Every error is a [*FieldError] of kind [ErrInvalidScheme] naming the
// member and wrapping the part's error (so that, say,
// fees.ErrInvalidSchedule matches too); the problems of every part are
// reported together. On error s is unchanged.
func (s *Scheme) UnmarshalJSON(data []byte) error {
	return schemeDecoder.Unmarshal(data, s)
}

// scheme reads each part of w with the part's own UnmarshalJSON and checks
// the whole with [Scheme.Validate].
func (w *schemeWire) scheme() (Scheme, error) {
	var v Scheme
	var l errs.List
	for _, p := range [...]struct {
		field    string
		raw      json.RawMessage
		dst      json.Unmarshaler
		optional bool
	}{
		{"checklist", w.Checklist, &v.Checklist, false},
		{"time_table", w.TimeTable, &v.TimeTable, false},
		{"scorecard", w.Scorecard, &v.Scorecard, true},
		{"fees", w.Fees, &v.Fees, false},
		{"certificate", w.Certificate, &v.Certificate, false},
		{"rectification", w.Rectification, &v.Rectification, false},
	} {
		switch {
		case p.raw == nil && !p.optional:
			l.Missing(ErrInvalidScheme, p.field)
		case p.raw != nil:
			l.Wrap(ErrInvalidScheme, p.field, p.dst.UnmarshalJSON(p.raw))
		}
	}
	v.Standard, v.Scope, v.Body = requiredText(&l, "standard", w.Standard), requiredText(&l, "scope", w.Scope), w.Body
	if err := l.Err(); err != nil {
		return Scheme{}, err
	}
	return v, v.Validate()
}

// requiredText returns *t, adding to l that field is missing when t is nil.
func requiredText(l *errs.List, field string, t *string) string {
	if t == nil {
		l.Missing(ErrInvalidScheme, field)
		return ""
	}
	return *t
}
