package jsonx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/aftersales/certification/internal/errs"
)

// MaxSize is the largest document Decode accepts, in bytes.
const MaxSize = 8 << 20

// ErrInvalid is matched by every error Decode returns about the document's
// shape (as opposed to errors from the target's own UnmarshalJSON methods,
// which are returned as they are, wrapped with the path where possible).
var ErrInvalid = errors.New("invalid JSON document")

// errNull is the problem of a JSON null where a value is required: a value's
// own UnmarshalJSON is given the null of a member or an element, and a
// value is never silently left zero.
var errNull = fmt.Errorf("%w: null, where a value is required", ErrInvalid)

// Decode decodes data into v. It refuses a document larger than [MaxSize],
// anything but exactly one JSON value, an object with the same key twice (at
// any depth), fields that v does not have, and a null document (v is a
// value that must be given). Errors name the offending key
// or path where encoding/json lets them be found, give the byte offset of a
// syntax error or a truncated document, and show at most a short prefix of
// any key.
func Decode(data []byte, v any) error {
	return decode(data, v, nil)
}

// decode is Decode with the plan of v's type, nil when there is none.
func decode(data []byte, v any, plan map[reflect.Type]planned) error {
	if err := checkWhole(data); err != nil {
		return err
	}
	end, ok, err := typedPass(data, reflect.TypeOf(v), plan)
	if err != nil {
		return err
	}
	if ok {
		err := json.Unmarshal(data[:end], v)
		if _, syntax := err.(*json.SyntaxError); !syntax {
			return decodeError(err, len(data))
		}
	}
	return decodeStream(data, v)
}

// checkWhole refuses a document larger than MaxSize and a null document,
// before the document is read.
func checkWhole(data []byte) error {
	if len(data) > MaxSize {
		return fmt.Errorf("%w: %d bytes, more than %d", ErrInvalid, len(data), MaxSize)
	}
	if string(bytes.TrimSpace(data)) == "null" {
		return errNull
	}
	return nil
}

// decodeStream is Decode's plain rule after checkWhole: the duplicate keys
// of the whole document, then a decoder that refuses unknown fields, then
// no data after the first value. The typed pass (typed.go) gives way to it
// where it is unsure, and a document that is not JSON gets its messages
// from it.
func decodeStream(data []byte, v any) error {
	if err := checkDuplicates(data); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return decodeError(err, len(data))
	}
	if rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n"); len(rest) > 0 {
		return fmt.Errorf("%w: data after the first value, at byte %d", ErrInvalid, len(data)-len(rest))
	}
	return nil
}

// decodeError restates an error of encoding/json's decoder as one of
// ErrInvalid, with the byte offset where the decoder has one (the end of the
// document, size, for one cut short). Errors of the target's own
// UnmarshalJSON methods are returned as they are.
func decodeError(err error, size int) error {
	if err == nil {
		return nil
	}
	var typeErr *json.UnmarshalTypeError
	var syntaxErr *json.SyntaxError
	switch {
	case errors.As(err, &typeErr):
		return fmt.Errorf("%w: field %s: want %s, got JSON %s at byte %d", ErrInvalid, errs.Quote(typeErr.Field), kindOf(typeErr.Type), typeErr.Value, typeErr.Offset)
	case errors.As(err, &syntaxErr):
		return fmt.Errorf("%w: %v (at byte %d)", ErrInvalid, syntaxErr, syntaxErr.Offset)
	case errors.Is(err, io.EOF) && size == 0:
		return fmt.Errorf("%w: empty document", ErrInvalid)
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%w: the document ends early, at byte %d", ErrInvalid, size)
	}
	if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field ") {
		name, uerr := strconv.Unquote(strings.TrimPrefix(msg, "json: unknown field "))
		if uerr != nil {
			name = strings.TrimPrefix(msg, "json: unknown field ")
		}
		return fmt.Errorf("%w: unknown field %s", ErrInvalid, errs.Quote(name))
	}
	return err
}

// checkDuplicates reports the first object key that appears twice in the
// same object, or that is not lower snake_case, with its path. It reads the
// bytes once, keeps no copy of a key that has no escape, and builds a path
// only for the error. It does not check the syntax: at the first byte that
// is not JSON it stops and returns nil, and the decoder reports the syntax
// error. Every value of a stream is read, as a decoder would.
func checkDuplicates(data []byte) error {
	c := dupChecker{data: data}
	for {
		c.skipSpace()
		if c.pos >= len(data) {
			return nil
		}
		ok, err := c.value()
		if err != nil || !ok {
			return err
		}
	}
}

// dupChecker is the state of one checkDuplicates call.
type dupChecker struct {
	data []byte
	pos  int
	// stack holds the open containers, outermost first.
	stack []dupFrame
	// keys holds the keys read so far in every open object: an object's
	// keys are keys[frame.first:] while it is the innermost one.
	keys [][]byte
	// plan holds, for the typed pass, what is known of the types it
	// meets (typed_fast.go); nil when nothing is.
	plan map[reflect.Type]planned
}

// dupFrame is one open container.
type dupFrame struct {
	object bool
	first  int    // index into keys of this object's first key
	index  int    // in an array, the index of the current element
	key    []byte // in an object, the current key
	// many holds the object's keys once there are more than
	// maxListedKeys; keys[first:] then stops growing.
	many map[string]struct{}
}

func (c *dupChecker) skipSpace() { c.pos = spaceEnd(c.data, c.pos) }

// spaceEnd returns the index of the first byte from data[i] on that is not
// JSON white space, len(data) when there is none.
func spaceEnd(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// value reads one value starting at c.pos (after white space). ok is false
// when the bytes are not JSON.
func (c *dupChecker) value() (ok bool, err error) {
	base := len(c.stack)
	for {
		opened, ok, err := c.begin()
		if !ok || err != nil {
			return false, err
		}
		if opened {
			continue // a member of the container follows
		}
		more, ok, err := c.after(base)
		if !ok || err != nil {
			return false, err
		}
		if !more {
			return true, nil
		}
	}
}

// begin reads a string, a number or a literal at c.pos, or opens a
// container: opened reports a container with members, whose first key (in
// an object) has been read; an empty container is read whole. ok is false
// when the bytes are not JSON.
func (c *dupChecker) begin() (opened, ok bool, err error) {
	c.skipSpace()
	if c.pos >= len(c.data) {
		return false, false, nil
	}
	switch b := c.data[c.pos]; b {
	case '{', '[':
		c.pos++
		c.stack = append(c.stack, dupFrame{object: b == '{', first: len(c.keys)})
		closing := byte('}')
		if b == '[' {
			closing = ']'
		}
		c.skipSpace()
		if c.pos < len(c.data) && c.data[c.pos] == closing {
			c.pos++
			c.pop()
			return false, true, nil
		}
		if b == '[' {
			return true, true, nil
		}
		ok, err := c.key()
		return true, ok, err
	case '"':
		_, _, ok := c.str()
		return false, ok, nil
	}
	start := c.pos
	for c.pos < len(c.data) && !delimiter(c.data[c.pos]) {
		c.pos++
	}
	return false, c.pos > start, nil
}

// after reads what follows a value inside the containers opened since
// base: a separator, after which more is true and the next member follows
// (its key read, in an object), or the end of one or more containers. more
// is false when the containers since base are all closed. ok is false when
// the bytes are not JSON.
func (c *dupChecker) after(base int) (more, ok bool, err error) {
	for len(c.stack) > base {
		c.skipSpace()
		if c.pos >= len(c.data) {
			return false, false, nil
		}
		top := &c.stack[len(c.stack)-1]
		b := c.data[c.pos]
		c.pos++
		switch {
		case b == ',' && top.object:
			ok, err := c.key()
			return true, ok, err
		case b == ',':
			top.index++
			return true, true, nil
		case b == '}' && top.object, b == ']' && !top.object:
			c.pop()
		default:
			return false, false, nil
		}
	}
	return false, true, nil
}

// delimiter reports whether b ends a number or a literal.
func delimiter(b byte) bool {
	switch b {
	case ',', ':', ']', '}', '[', '{', '"', ' ', '\t', '\n', '\r':
		return true
	}
	return false
}

// pop closes the innermost container.
func (c *dupChecker) pop() {
	top := c.stack[len(c.stack)-1]
	if top.object {
		c.keys = c.keys[:top.first]
	}
	c.stack = c.stack[:len(c.stack)-1]
}

// key reads a key and its colon in the innermost object and checks it.
func (c *dupChecker) key() (ok bool, err error) {
	key, ok, err := c.readKey(c.path)
	if !ok || err != nil {
		return false, err
	}
	top := &c.stack[len(c.stack)-1]
	if c.seen(top, key) {
		return false, duplicateKey(key, c.path())
	}
	top.key = key
	return c.colon(), nil
}

// readKey reads the key at c.pos (after white space), unescaped as the
// decoder reads it, and checks its spelling; path gives the path of its
// object for the message. ok is false when the bytes are not a JSON string.
func (c *dupChecker) readKey(path func() string) (key []byte, ok bool, err error) {
	c.skipSpace()
	if c.pos >= len(c.data) || c.data[c.pos] != '"' {
		return nil, false, nil
	}
	raw, plain, ok := c.str()
	if !ok {
		return nil, false, nil
	}
	key = raw[1 : len(raw)-1]
	if !plain { // unescaped as the decoder does, invalid UTF-8 as U+FFFD
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return nil, false, nil
		}
		key = []byte(s)
	}
	if !snakeCase(key) {
		return nil, false, fmt.Errorf("%w: unknown field %s in %s (fields are lower snake_case, matched exactly)", ErrInvalid, errs.Quote(string(key)), path())
	}
	return key, true, nil
}

// colon reads the colon after a key; false when there is none.
func (c *dupChecker) colon() bool {
	c.skipSpace()
	if c.pos >= len(c.data) || c.data[c.pos] != ':' {
		return false
	}
	c.pos++
	return true
}

// duplicateKey is the problem of key repeated in the object at path.
func duplicateKey(key []byte, path string) error {
	return fmt.Errorf("%w: duplicate key %s in %s", ErrInvalid, errs.Quote(string(key)), path)
}

// maxListedKeys is the most keys an object keeps in a list; past it they
// go into a map, so that a large object is not checked in quadratic time.
const maxListedKeys = 32

// seen reports whether key is already in the object top, and adds it, as
// seenBefore does for the typed pass: the object's keys are
// c.keys[top.first:], the tail of c.keys, since top is the innermost object.
func (c *dupChecker) seen(top *dupFrame, key []byte) bool {
	keys, many, dup := seenBefore(c.keys[top.first:], top.many, key)
	top.many = many
	if len(keys) > len(c.keys)-top.first { // key went into the list
		c.keys = append(c.keys[:top.first], keys...)
	}
	return dup
}

// str reads a string starting at its opening quote and returns it with its
// quotes; plain reports that it is ASCII with no escape, so that its bytes
// between the quotes are its text. ok is false when it does not end.
func (c *dupChecker) str() (raw []byte, plain, ok bool) {
	start := c.pos
	plain = true
	for i := start + 1; i < len(c.data); i++ {
		switch b := c.data[i]; {
		case b == '\\':
			plain = false
			i++
		case b == '"':
			c.pos = i + 1
			return c.data[start:c.pos], plain, true
		case b >= 0x80:
			plain = false
		}
	}
	return nil, false, false
}

// path returns the path of the innermost open container, such as
// "$.list[1]"; a key longer than errs.MaxQuoted is cut short.
func (c *dupChecker) path() string {
	p := "$"
	for i := 1; i < len(c.stack); i++ {
		if parent := c.stack[i-1]; parent.object {
			p += "." + pathKey(parent.key)
		} else {
			p += "[" + strconv.Itoa(parent.index) + "]"
		}
	}
	return p
}

// pathKey writes an object's key for a path: a key longer than
// errs.MaxQuoted bytes is cut short. Keys in paths are lower snake_case, so
// the cut falls between characters.
func pathKey(key []byte) string {
	if len(key) > errs.MaxQuoted {
		return string(key[:errs.MaxQuoted]) + "…"
	}
	return string(key)
}

// snakeCase reports whether key is spelled as every field of the module's
// JSON documents is: one or more lower-case ASCII letters, digits and
// underscores. encoding/json matches keys case-insensitively, so without
// this check {"Name":…} would fill the field "name", and "NAME" after
// "name" would silently replace it.
func snakeCase(key []byte) bool {
	if len(key) == 0 {
		return false
	}
	for i := 0; i < len(key); i++ {
		c := key[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}
