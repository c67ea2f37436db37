package materials

import "unicode/utf8"

// This file decodes a material's JSON without reflection: a large dossier
// is thousands of materials, and reading each through encoding/json
// (checked for syntax, duplicate keys and unknown fields, then decoded by
// reflection) was most of the cost of decoding an application that holds
// one. decodeMaterialFast reads the plain form MarshalJSON writes and
// nothing else; any other input, and every malformed one, is left to the
// plain rule (jsonx.Unmarshal), which decodes it or says what is wrong.
// FuzzMaterialFast holds it to that rule: whatever it reads, the plain rule
// reads to the same wire form.

// decodeMaterialFast reads data into w when it is one JSON object of a
// material's members, each at most once and spelled exactly, whose text
// values are strings without escapes or control characters (valid UTF-8),
// whose "covers" is an object of "from" and "to" and whose "sections" is an
// array of such strings, with nothing but white space around it. ok is false
// for anything else, and w is then not to be used.
func decodeMaterialFast(data []byte, w *materialWire) (ok bool) {
	s := fastScan{data: data}
	var seen uint8
	if !s.next('{') {
		return false
	}
	if s.next('}') {
		return s.end()
	}
	for {
		key, ok := s.str()
		if !ok || !s.next(':') {
			return false
		}
		bit, ok := s.member(key, w)
		if !ok || seen&bit != 0 {
			return false
		}
		seen |= bit
		if s.next('}') {
			return s.end()
		}
		if !s.next(',') {
			return false
		}
	}
}

// member reads the value of member key into w and returns the member's
// bit, to tell a repeated member; ok is false for an unknown member or a
// value not in the plain form.
func (s *fastScan) member(key string, w *materialWire) (bit uint8, ok bool) {
	switch key {
	case "kind":
		w.Kind, ok = s.str()
		return 1 << 0, ok
	case "title":
		w.Title, ok = s.str()
		return 1 << 1, ok
	case "issued_on":
		w.IssuedOn, ok = s.str()
		return 1 << 2, ok
	case "valid_until":
		w.ValidUntil, ok = s.str()
		return 1 << 3, ok
	case "covers":
		w.Covers, ok = s.period()
		return 1 << 4, ok
	case "sections":
		w.Sections, ok = s.strings()
		return 1 << 5, ok
	case "reference":
		w.Reference, ok = s.str()
		return 1 << 6, ok
	case "reference_type":
		w.ReferenceType, ok = s.str()
		return 1 << 7, ok
	}
	return 0, false
}

// period reads {"from":…,"to":…}, each member at most once.
func (s *fastScan) period() (*periodWire, bool) {
	p := &periodWire{}
	if !s.next('{') {
		return nil, false
	}
	if s.next('}') {
		return p, true
	}
	var from, to bool
	for {
		key, ok := s.str()
		if !ok || !s.next(':') {
			return nil, false
		}
		switch {
		case key == "from" && !from:
			p.From, ok = s.str()
			from = true
		case key == "to" && !to:
			p.To, ok = s.str()
			to = true
		default:
			return nil, false
		}
		if !ok {
			return nil, false
		}
		if s.next('}') {
			return p, true
		}
		if !s.next(',') {
			return nil, false
		}
	}
}

// strings reads an array of plain strings.
func (s *fastScan) strings() ([]string, bool) {
	if !s.next('[') {
		return nil, false
	}
	out := []string{}
	if s.next(']') {
		return out, true
	}
	for {
		v, ok := s.str()
		if !ok {
			return nil, false
		}
		out = append(out, v)
		if s.next(']') {
			return out, true
		}
		if !s.next(',') {
			return nil, false
		}
	}
}

// fastScan reads a JSON document from its start.
type fastScan struct {
	data []byte
	pos  int
}

// space skips JSON white space.
func (s *fastScan) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

// next reads the byte c after white space, if it is there.
func (s *fastScan) next(c byte) bool {
	s.space()
	if s.pos < len(s.data) && s.data[s.pos] == c {
		s.pos++
		return true
	}
	return false
}

// end reports whether only white space is left.
func (s *fastScan) end() bool {
	s.space()
	return s.pos == len(s.data)
}

// str reads a string with no escape and no control character whose bytes
// are valid UTF-8, so that its text is its bytes.
func (s *fastScan) str() (string, bool) {
	s.space()
	if s.pos >= len(s.data) || s.data[s.pos] != '"' {
		return "", false
	}
	start := s.pos + 1
	for i := start; i < len(s.data); i++ {
		switch c := s.data[i]; {
		case c == '"':
			text := s.data[start:i]
			if !utf8.Valid(text) {
				return "", false
			}
			s.pos = i + 1
			return string(text), true
		case c == '\\' || c < 0x20:
			return "", false
		}
	}
	return "", false
}
