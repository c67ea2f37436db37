package materials

import "github.com/aftersales/certification/internal/jsonx"

// This file decodes a material's JSON without reflection: a large dossier
// is thousands of materials, and reading each through encoding/json
// (checked for syntax, duplicate keys and unknown fields, then decoded by
// reflection) was most of the cost of decoding an application that holds
// one. decodeMaterialFast reads the form MarshalJSON writes (the plain
// form jsonx.Scanner reads); any other input, and every malformed one, is
// left to the plain rule (materialDecoder), which decodes it or says what is wrong.
// FuzzMaterialFast holds it to that rule: whatever it reads, the plain rule
// reads to the same wire form.

// decodeMaterialFast reads data into w when it is one JSON object of a
// material's members, each at most once and spelled exactly, whose text
// values are strings, whose "covers" is an object of "from" and "to" and
// whose "sections" is an array of strings, with nothing but white space
// around it. ok is false
// for anything else, and w is then not to be used.
func decodeMaterialFast(data []byte, w *materialWire) (ok bool) {
	s := jsonx.Scan(data)
	return s.Object(func(key []byte) (uint64, bool) { return materialMember(&s, key, w) }) && s.End()
}

// materialMember reads the value of member key into w and returns the member's
// bit, to tell a repeated member; ok is false for an unknown member or a
// value not in the plain form.
func materialMember(s *jsonx.Scanner, key []byte, w *materialWire) (bit uint64, ok bool) {
	switch string(key) {
	case "kind":
		w.Kind, ok = s.String()
		return 1 << 0, ok
	case "title":
		w.Title, ok = s.String()
		return 1 << 1, ok
	case "issued_on":
		w.IssuedOn, ok = s.String()
		return 1 << 2, ok
	case "valid_until":
		w.ValidUntil, ok = s.String()
		return 1 << 3, ok
	case "covers":
		w.Covers = &periodWire{}
		return 1 << 4, s.Object(func(key []byte) (uint64, bool) { return periodMember(s, key, w.Covers) })
	case "sections":
		w.Sections, ok = s.Strings()
		return 1 << 5, ok
	case "reference":
		w.Reference, ok = s.String()
		return 1 << 6, ok
	case "reference_type":
		w.ReferenceType, ok = s.String()
		return 1 << 7, ok
	}
	return 0, false
}

// periodMember reads the value of member key of a period into p.
func periodMember(s *jsonx.Scanner, key []byte, p *periodWire) (bit uint64, ok bool) {
	switch string(key) {
	case "from":
		p.From, ok = s.String()
		return 1 << 0, ok
	case "to":
		p.To, ok = s.String()
		return 1 << 1, ok
	}
	return 0, false
}
