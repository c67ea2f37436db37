package jsonx

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"github.com/aftersales/certification/internal/errs"
)

// This file holds Decode's one pass over a document: the checks of
// checkDuplicates and the decoder's refusal of unknown fields in a single
// read, driven by the type the document decodes into, followed by
// json.Unmarshal, which neither copies the document nor builds a decoder.
// The pass keeps what it reads on the call stack, so that checking a small
// value allocates nothing. FuzzTypedPass holds it to the plain rule,
// decodeStream, and gives way to it where it is unsure: a struct with
// embedded fields or a tag name encoding/json would not use, nesting deeper
// than maxTypedDepth, anything that is not one JSON value.
//
// A value decoded by a type's own UnmarshalJSON is read for duplicate keys
// and their spelling like any other, so that an error names its path from
// the root; its fields are that type's to check (with Decode), as they were
// the decoder's.

var (
	unmarshalerType     = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
)

// maxTypedDepth is the deepest nesting the pass reads; a deeper document is
// checked by the plain rule, whose containers are kept on the heap.
const maxTypedDepth = 64

// fewKeys is how many keys of one object the pass keeps on the stack.
const fewKeys = 16

// typedPass reads the document's first value as decoded into t and checks
// it: duplicate keys and their spelling as checkDuplicates does, and
// unknown fields of the structs it fills as the decoder does. It returns
// the end of the value; ok is false when the pass gives way to the plain
// rule. plan holds what is known of the types, worked out beforehand
// (typed_fast.go); nil: the pass reflects on each as it meets it.
func typedPass(data []byte, t reflect.Type, plan map[reflect.Type]planned) (end int, ok bool, err error) {
	c := dupChecker{data: data, plan: plan}
	if ok, err := c.typed(t, nil, 0); !ok || err != nil {
		return 0, false, err
	}
	end = c.pos
	c.skipSpace()
	return end, c.pos == len(data), nil
}

// node is an open container on the way to the value being read, for the
// paths in messages.
type node struct {
	parent *node
	object bool
	key    []byte // in an object, the current key
	index  int    // in an array, the current index
}

// path returns the path of the container n, such as "$.list[1]", as
// dupChecker.path writes it.
func (n *node) path() string {
	if n.parent == nil {
		return "$"
	}
	p := n.parent
	if !p.object {
		return p.path() + "[" + strconv.Itoa(p.index) + "]"
	}
	return p.path() + "." + pathKey(p.key)
}

// typed reads one value at c.pos (after white space) decoded into t (nil:
// anything), inside the container parent. ok is false when the pass gives
// way to the plain rule.
func (c *dupChecker) typed(t reflect.Type, parent *node, depth int) (ok bool, err error) {
	c.skipSpace()
	if c.pos >= len(c.data) {
		return false, nil
	}
	switch c.data[c.pos] {
	case '{', '[':
		if depth == maxTypedDepth {
			return false, nil
		}
		fill, fields := c.filled(t)
		if c.data[c.pos] == '{' {
			return c.typedObject(fill, fields, parent, depth+1)
		}
		return c.typedArray(fill, parent, depth+1)
	case '"':
		_, _, ok = c.str()
		return ok, nil
	}
	start := c.pos
	for c.pos < len(c.data) && !delimiter(c.data[c.pos]) {
		c.pos++
	}
	return c.pos > start, nil
}

// filled returns the struct, map, slice or array type a container decoded
// into t fills, whose members the pass checks; nil for anything else (a
// type that decodes itself, an interface, a json.RawMessage), whose keys it
// checks only for duplicates and spelling.
func filled(t reflect.Type) reflect.Type {
	if t == nil {
		return nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if pt := reflect.PointerTo(t); pt.Implements(unmarshalerType) || pt.Implements(textUnmarshalerType) {
		return nil
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map, reflect.Slice, reflect.Array:
		return t
	}
	return nil
}

// typedObject reads the object at c.pos, filling t (a struct or map; nil or
// anything else: no member type); known holds the fields of a struct t
// when the plan has them.
func (c *dupChecker) typedObject(t reflect.Type, known *structFields, parent *node, depth int) (ok bool, err error) {
	var loaded structFields
	fields := known
	switch {
	case t == nil, t.Kind() == reflect.Map:
	case t.Kind() != reflect.Struct:
		t = nil
	case known != nil:
	case !loaded.load(t):
		return false, nil
	default:
		fields = &loaded
	}
	c.pos++
	n := node{parent: parent, object: true}
	var few [fewKeys][]byte
	keys := few[:0]
	var many map[string]struct{}
	c.skipSpace()
	if c.pos < len(c.data) && c.data[c.pos] == '}' {
		c.pos++
		return true, nil
	}
	for {
		key, ok, err := c.typedKey(&n)
		if !ok || err != nil {
			return false, err
		}
		if keys, many, ok = seenBefore(keys, many, key); ok {
			return false, duplicateKey(key, n.path())
		}
		n.key = key
		member, err := fields.member(t, key)
		if err != nil {
			return false, err
		}
		if ok, err := c.typed(member, &n, depth); !ok || err != nil {
			return false, err
		}
		if end, ok := c.separator('}'); !ok || end {
			return ok, nil
		}
	}
}

// typedArray reads the array at c.pos, filling t (a slice or array; nil or
// anything else: no element type). The elements past a Go array's length
// have no type: encoding/json discards them without looking for unknown
// fields.
func (c *dupChecker) typedArray(t reflect.Type, parent *node, depth int) (ok bool, err error) {
	var elem reflect.Type
	typedElems := -1 // how many elements have elem; -1: all
	if t != nil && (t.Kind() == reflect.Slice || t.Kind() == reflect.Array) {
		elem = t.Elem()
	}
	if elem != nil && t.Kind() == reflect.Array {
		typedElems = t.Len()
	}
	c.pos++
	n := node{parent: parent}
	c.skipSpace()
	if c.pos < len(c.data) && c.data[c.pos] == ']' {
		c.pos++
		return true, nil
	}
	for ; ; n.index++ {
		if n.index == typedElems {
			elem = nil
		}
		if ok, err := c.typed(elem, &n, depth); !ok || err != nil {
			return false, err
		}
		if end, ok := c.separator(']'); !ok || end {
			return ok, nil
		}
	}
}

// separator reads the comma after a member (end is false) or the closing
// byte (end is true); ok is false for anything else.
func (c *dupChecker) separator(closing byte) (end, ok bool) {
	c.skipSpace()
	if c.pos >= len(c.data) {
		return false, false
	}
	b := c.data[c.pos]
	c.pos++
	return b == closing, b == closing || b == ','
}

// typedKey reads a key and its colon in the object n and checks its
// spelling, as dupChecker.key does.
func (c *dupChecker) typedKey(n *node) (key []byte, ok bool, err error) {
	key, ok, err = c.readKey(n.path)
	if !ok || err != nil {
		return nil, false, err
	}
	return key, c.colon(), nil
}

// seenBefore reports whether key is among an object's keys, kept in keys
// and, past maxListedKeys, in many, and adds it.
func seenBefore(keys [][]byte, many map[string]struct{}, key []byte) ([][]byte, map[string]struct{}, bool) {
	if many != nil {
		if _, ok := many[string(key)]; ok {
			return keys, many, true
		}
		many[string(key)] = struct{}{}
		return keys, many, false
	}
	for _, k := range keys {
		if string(k) == string(key) {
			return keys, many, true
		}
	}
	keys = append(keys, key)
	if len(keys) > maxListedKeys {
		many = make(map[string]struct{}, 2*maxListedKeys)
		for _, k := range keys {
			many[string(k)] = struct{}{}
		}
	}
	return keys, many, false
}

// maxFields is the most fields of a struct the pass keeps on the stack; a
// struct with more is checked by the plain rule.
const maxFields = 32

// structFields are the JSON names and types of a struct's fields, as
// encoding/json fills them.
type structFields struct {
	n     int
	names [maxFields]string
	types [maxFields]reflect.Type
}

// load reads t's fields, and reports whether encoding/json fills them by
// the names member finds: at most maxFields, no embedded field, every tag
// name made of letters, digits and underscores, and no name used twice.
func (f *structFields) load(t reflect.Type) bool {
	if t.NumField() > maxFields {
		return false
	}
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Anonymous {
			return false
		}
		name, ok := jsonName(sf)
		if !ok {
			continue
		}
		for j := 0; j < len(name); j++ {
			if b := name[j] | 0x20; (b < 'a' || b > 'z') && (name[j] < '0' || name[j] > '9') && name[j] != '_' {
				return false
			}
		}
		for _, other := range f.names[:f.n] {
			if strings.EqualFold(other, name) {
				return false
			}
		}
		f.names[f.n], f.types[f.n] = name, sf.Type
		f.n++
	}
	return true
}

// member returns the type a member named key of an object filling t
// decodes into: the field's in a struct, matched as encoding/json matches
// it (exactly, else ignoring case; an unknown field is an error, the
// decoder's), the element type in a map, anything otherwise.
func (f *structFields) member(t reflect.Type, key []byte) (reflect.Type, error) {
	switch {
	case t == nil:
		return nil, nil
	case t.Kind() == reflect.Map:
		return t.Elem(), nil
	}
	folded := -1
	for i, name := range f.names[:f.n] {
		if name == string(key) {
			return f.types[i], nil
		}
		if folded < 0 && strings.EqualFold(name, string(key)) {
			folded = i
		}
	}
	if folded < 0 {
		return nil, fmt.Errorf("%w: unknown field %s", ErrInvalid, errs.Quote(string(key)))
	}
	return f.types[folded], nil
}

// jsonName returns the name encoding/json gives field f, and false for a
// field it skips.
func jsonName(f reflect.StructField) (string, bool) {
	if !f.IsExported() {
		return "", false
	}
	tag := f.Tag.Get("json")
	if tag == "-" {
		return "", false
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		name = f.Name
	}
	return name, true
}
