package jsonx

import (
	"encoding/json"
	"slices"
	"unicode/utf8"
)

// This file holds the reader of the module's fast paths: hand-written
// decoders that read, without reflection, the documents an encoder of the
// module writes (in any member order, with any white space), and give way
// to the plain rule (Unmarshal, Decode) for any other input. A Scanner
// reads only the plain form of JSON: strings (the text of one with escapes
// as encoding/json reads it; keys and Text without escapes); integers in
// JSON's grammar; objects whose keys the caller names, each at most once;
// and, for a member a wire struct keeps raw, any value of that form
// (Plain). It never says what is wrong: a fast path that meets anything
// else returns false, and the plain rule decodes the input or says what is
// wrong with it. Each fast path is held to its plain rule by a fuzz target
// of its package.

// Scanner reads a document from its start, for a fast path.
type Scanner struct {
	data []byte
	pos  int
}

// Scan returns a Scanner at the start of data; for data larger than
// MaxSize, which the plain rule refuses whole, a Scanner that reads nothing.
func Scan(data []byte) Scanner {
	if len(data) > MaxSize {
		return Scanner{}
	}
	return Scanner{data: data}
}

// space skips JSON white space.
func (s *Scanner) space() { s.pos = spaceEnd(s.data, s.pos) }

// Next reads the byte c after white space, if it is there.
func (s *Scanner) Next(c byte) bool {
	s.space()
	if s.pos < len(s.data) && s.data[s.pos] == c {
		s.pos++
		return true
	}
	return false
}

// End reports whether only white space is left.
func (s *Scanner) End() bool {
	s.space()
	return s.pos == len(s.data)
}

// Text reads a string with no escape and no control character whose bytes
// are valid UTF-8, so that its text is its bytes, and returns those bytes
// (a part of the document, not a copy).
func (s *Scanner) Text() ([]byte, bool) {
	s.space()
	if s.pos >= len(s.data) || s.data[s.pos] != '"' {
		return nil, false
	}
	start := s.pos + 1
	ascii := true
	for i := start; i < len(s.data); i++ {
		switch c := s.data[i]; {
		case c == '"':
			text := s.data[start:i]
			if !ascii && !utf8.Valid(text) {
				return nil, false
			}
			s.pos = i + 1
			return text, true
		case c == '\\' || c < 0x20:
			return nil, false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	return nil, false
}

// String reads a string and returns its text: a string Text reads as a
// copy of its bytes; one with escapes as encoding/json unquotes it (the
// plain rule's own reading), so that an escaped character (which
// encoding/json writes for <, > and &) does not send a whole document to the
// plain rule.
func (s *Scanner) String() (string, bool) {
	if text, ok := s.Text(); ok {
		return string(text), true
	}
	end := stringEnd(s.data, s.pos)
	if end == len(s.data) || s.data[s.pos] != '"' {
		return "", false
	}
	var text string
	if json.Unmarshal(s.data[s.pos:end+1], &text) != nil {
		return "", false
	}
	s.pos = end + 1
	return text, true
}

// Strings reads an array of strings, each as String reads it; an empty
// array is an empty slice, not nil, as encoding/json decodes it.
func (s *Scanner) Strings() ([]string, bool) {
	out := []string{}
	ok := s.Array(func() bool {
		v, ok := s.String()
		out = append(out, v)
		return ok
	})
	return out, ok
}

// Int reads a JSON number that is an integer of at most 18 digits, written
// as JSON writes one: an optional minus sign, no leading zero, no fraction
// or exponent.
func (s *Scanner) Int() (int64, bool) {
	s.space()
	i, neg := s.pos, false
	if i < len(s.data) && s.data[i] == '-' {
		i, neg = i+1, true
	}
	start := i
	var n int64
	for ; i < len(s.data) && s.data[i] >= '0' && s.data[i] <= '9'; i++ {
		n = n*10 + int64(s.data[i]-'0')
	}
	digits := i - start
	if digits == 0 || digits > 18 || digits > 1 && s.data[start] == '0' || i < len(s.data) && !delimiter(s.data[i]) {
		return 0, false
	}
	s.pos = i
	if neg {
		n = -n
	}
	return n, true
}

// Bool reads true or false.
func (s *Scanner) Bool() (v, ok bool) {
	switch {
	case s.literal("true"):
		return true, true
	case s.literal("false"):
		return false, true
	}
	return false, false
}

// literal reads the literal word after white space, if it is there.
func (s *Scanner) literal(word string) bool {
	s.space()
	end := s.pos + len(word)
	if end > len(s.data) || string(s.data[s.pos:end]) != word || end < len(s.data) && !delimiter(s.data[end]) {
		return false
	}
	s.pos = end
	return true
}

// Object reads an object whose members member reads: it is given each key
// after its colon, reads the member's value and returns the member's bit
// (one of 64), so that a key given twice is refused, and false for a key it
// does not know or a value it cannot read.
func (s *Scanner) Object(member func(key []byte) (bit uint64, ok bool)) bool {
	if !s.Next('{') {
		return false
	}
	if s.Next('}') {
		return true
	}
	var seen uint64
	for {
		key, ok := s.Text()
		if !ok || !s.Next(':') {
			return false
		}
		bit, ok := member(key)
		if !ok || bit == 0 || seen&bit != 0 {
			return false
		}
		seen |= bit
		if s.Next('}') {
			return true
		}
		if !s.Next(',') {
			return false
		}
	}
}

// Array reads an array whose elements elem reads, one at each call.
func (s *Scanner) Array(elem func() bool) bool {
	if !s.Next('[') {
		return false
	}
	if s.Next(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if s.Next(']') {
			return true
		}
		if !s.Next(',') {
			return false
		}
	}
}

// Objects reads an array of objects into a slice, the members of each
// element read by member as [Scanner.Object] reads them; an empty array is
// an empty slice, not nil, as encoding/json decodes it.
func Objects[T any](s *Scanner, member func(key []byte, v *T) (bit uint64, ok bool)) ([]T, bool) {
	out := []T{}
	ok := s.Array(func() bool {
		out = append(out, *new(T))
		v := &out[len(out)-1]
		return s.Object(func(key []byte) (uint64, bool) { return member(key, v) })
	})
	return out, ok
}

// Value reads any value and returns its bytes, without the white space
// around it, as encoding/json hands them to a type's own UnmarshalJSON. It
// finds the value's end and checks nothing else: the type's method is to
// check them, as the plain rule leaves it to. A value that is not JSON may
// end in the wrong place, which that check then refuses.
func (s *Scanner) Value() ([]byte, bool) {
	s.space()
	start := s.pos
	if start == len(s.data) {
		return nil, false
	}
	switch s.data[start] {
	case '{', '[', '"':
	default: // a number or a literal, up to the next delimiter
		end := start
		for end < len(s.data) && !delimiter(s.data[end]) {
			end++
		}
		s.pos = end
		return s.data[start:end], end > start
	}
	depth := 0
	for i := start; i < len(s.data); i++ {
		switch s.data[i] {
		case '"':
			if i = stringEnd(s.data, i); i == len(s.data) {
				return nil, false
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
		}
		if depth == 0 { // the string or the container opened at start ends here
			s.pos = i + 1
			return s.data[start:s.pos], true
		}
	}
	return nil, false
}

// maxPlainDepth is the deepest nesting Plain reads.
const maxPlainDepth = 16

// Plain reads a value written in the plain form and returns its bytes,
// without the white space around it, for a member a wire struct keeps raw
// (a json.RawMessage): strings as String reads them, numbers in JSON's
// grammar, true, false and null, and arrays and objects of them, an
// object's keys lower snake_case and each given once, at most 16 of them,
// every value inside at most 15 of them (an empty one may be the 16th).
// What it reads, Decode reads to the same bytes.
func (s *Scanner) Plain() ([]byte, bool) {
	s.space()
	start := s.pos
	if !s.plain(0) {
		return nil, false
	}
	return s.data[start:s.pos], true
}

// plain reads a value in the plain form, depth containers deep.
func (s *Scanner) plain(depth int) bool {
	s.space()
	if s.pos >= len(s.data) || depth == maxPlainDepth {
		return false
	}
	switch s.data[s.pos] {
	case '{':
		var few [fewKeys][]byte
		keys := few[:0]
		return s.Object(func(key []byte) (uint64, bool) {
			if !snakeCase(key) || len(keys) == len(few) || slices.ContainsFunc(keys, func(k []byte) bool { return string(k) == string(key) }) {
				return 0, false
			}
			keys = append(keys, key)
			return 1 << len(keys), s.plain(depth + 1)
		})
	case '[':
		return s.Array(func() bool { return s.plain(depth + 1) })
	case '"':
		_, ok := s.String()
		return ok
	case 't':
		return s.literal("true")
	case 'f':
		return s.literal("false")
	case 'n':
		return s.literal("null")
	}
	return s.number()
}

// number reads a number in JSON's grammar:
// -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?, followed by a delimiter or
// the end.
func (s *Scanner) number() bool {
	i := s.pos
	if i < len(s.data) && s.data[i] == '-' {
		i++
	}
	switch {
	case i < len(s.data) && s.data[i] == '0':
		i++
	case i < len(s.data) && s.data[i] >= '1' && s.data[i] <= '9':
		i = digitsEnd(s.data, i)
	default:
		return false
	}
	if i < len(s.data) && s.data[i] == '.' {
		if i = digitsEnd(s.data, i+1); s.data[i-1] == '.' {
			return false
		}
	}
	if i < len(s.data) && (s.data[i] == 'e' || s.data[i] == 'E') {
		i++
		if i < len(s.data) && (s.data[i] == '+' || s.data[i] == '-') {
			i++
		}
		start := i
		if i = digitsEnd(s.data, i); i == start {
			return false
		}
	}
	if i < len(s.data) && !delimiter(s.data[i]) {
		return false
	}
	s.pos = i
	return true
}

// digitsEnd returns the index after the digits that start at data[i].
func digitsEnd(data []byte, i int) int {
	for i < len(data) && data[i] >= '0' && data[i] <= '9' {
		i++
	}
	return i
}

// stringEnd returns the index of the closing quote of the JSON string that
// opens at data[i], or len(data) when it does not end.
func stringEnd(data []byte, i int) int {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return len(data)
}
