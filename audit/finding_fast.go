package audit

import "github.com/aftersales/certification/internal/jsonx"

// This file decodes a finding's JSON without reflection: an application
// document holds each finding in its audit and again in every
// rectification step that answers it, and reading each through
// encoding/json (checked for syntax, duplicate keys and unknown fields, then
// decoded by reflection) was a sixth of the cost of decoding a certified
// application. decodeFindingFast reads the form MarshalJSON writes (the
// plain form jsonx.Scanner reads); any other input, and every malformed
// one, is left to the plain rule (findingDecoder), which decodes it or says
// what is wrong.
// FuzzFindingFast holds it to that rule: whatever it reads, the plain rule
// reads to the same wire form.

// decodeFindingFast reads data into w when it is one JSON object of a
// finding's members, each at most once and spelled exactly, whose values
// are strings, the id a UUID in canonical form, with nothing but white
// space around it. ok is false for anything else, and w is then not to be
// used.
func decodeFindingFast(data []byte, w *findingWire) (ok bool) {
	s := jsonx.Scan(data)
	return s.Object(func(key []byte) (uint64, bool) { return findingMember(&s, key, w) }) && s.End()
}

// findingMember reads the value of member key into w and returns the
// member's bit, to tell a repeated member; ok is false for an unknown
// member or a value not in the plain form.
func findingMember(s *jsonx.Scanner, key []byte, w *findingWire) (bit uint64, ok bool) {
	if string(key) == "id" {
		text, ok := s.Text()
		return 1, ok && w.ID.UnmarshalText(text) == nil
	}
	for i, m := range findingTexts {
		if string(key) == m.name {
			*m.field(w), ok = s.String()
			return 2 << i, ok
		}
	}
	return 0, false
}

// findingTexts are a finding's text members: each name and the field of the
// wire form that holds it.
var findingTexts = [...]struct {
	name  string
	field func(w *findingWire) *string
}{
	{"severity", func(w *findingWire) *string { return &w.Severity }},
	{"clause", func(w *findingWire) *string { return &w.Clause }},
	{"statement", func(w *findingWire) *string { return &w.Statement }},
	{"evidence", func(w *findingWire) *string { return &w.Evidence }},
	{"deduction", func(w *findingWire) *string { return &w.Deduction }},
	{"raised_on", func(w *findingWire) *string { return &w.RaisedOn }},
	{"due_on", func(w *findingWire) *string { return &w.DueOn }},
	{"status", func(w *findingWire) *string { return &w.Status }},
	{"action", func(w *findingWire) *string { return &w.Action }},
	{"action_submitted_on", func(w *findingWire) *string { return &w.ActionSubmittedOn }},
	{"accepted_on", func(w *findingWire) *string { return &w.AcceptedOn }},
	{"verified_on", func(w *findingWire) *string { return &w.VerifiedOn }},
	{"closed_on", func(w *findingWire) *string { return &w.ClosedOn }},
}
