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
	for i, name := range findingTexts {
		if string(key) == name {
			*findingText(w, i), ok = s.String()
			return 2 << i, ok
		}
	}
	return 0, false
}

// findingTexts are the names of a finding's text members, in the order
// findingText numbers them.
var findingTexts = [...]string{"severity", "clause", "statement", "evidence", "deduction", "raised_on",
	"due_on", "status", "action", "action_submitted_on", "accepted_on", "verified_on", "closed_on"}

// findingText returns the field of w that holds text member i.
func findingText(w *findingWire, i int) *string {
	return [...]*string{&w.Severity, &w.Clause, &w.Statement, &w.Evidence, &w.Deduction, &w.RaisedOn,
		&w.DueOn, &w.Status, &w.Action, &w.ActionSubmittedOn, &w.AcceptedOn, &w.VerifiedOn, &w.ClosedOn}[i]
}
