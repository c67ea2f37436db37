package jsonx

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// MaxSize is the largest document Decode accepts, in bytes.
const MaxSize = 8 << 20

// ErrInvalid is matched by every error Decode returns about the document's
// shape (as opposed to errors from the target's own UnmarshalJSON methods,
// which are returned as they are, wrapped with the path where possible).
var ErrInvalid = errors.New("invalid JSON document")

// Decode decodes data into v. It refuses a document larger than [MaxSize],
// anything but exactly one JSON value, an object with the same key twice (at
// any depth), and fields that v does not have. Errors name the offending key
// or path where encoding/json lets them be found.
func Decode(data []byte, v any) error {
	if len(data) > MaxSize {
		return fmt.Errorf("%w: %d bytes, more than %d", ErrInvalid, len(data), MaxSize)
	}
	if err := checkDuplicates(data); err != nil {
		return err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return fmt.Errorf("%w: field %q: want %s, got JSON %s", ErrInvalid, typeErr.Field, typeErr.Type, typeErr.Value)
		}
		var syntaxErr *json.SyntaxError
		if errors.As(err, &syntaxErr) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		if msg := err.Error(); strings.HasPrefix(msg, "json: unknown field ") {
			return fmt.Errorf("%w: unknown field %s", ErrInvalid, strings.TrimPrefix(msg, "json: unknown field "))
		}
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return fmt.Errorf("%w: data after the first value", ErrInvalid)
	}
	return nil
}

// checkDuplicates walks the token stream and reports the first object key
// that appears twice in the same object, with its path.
func checkDuplicates(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	type frame struct {
		object  bool
		keys    map[string]bool
		path    string
		wantKey bool
		index   int
	}
	var stack []*frame
	path := func() string {
		if len(stack) == 0 {
			return "$"
		}
		return stack[len(stack)-1].path
	}
	// childPath is the path of the value about to be read in the top frame.
	var pendingKey string
	childPath := func() string {
		if len(stack) == 0 {
			return "$"
		}
		top := stack[len(stack)-1]
		if top.object {
			return top.path + "." + pendingKey
		}
		return top.path + "[" + strconv.Itoa(top.index) + "]"
	}
	afterValue := func() {
		if len(stack) == 0 {
			return
		}
		top := stack[len(stack)-1]
		if top.object {
			top.wantKey = true
		} else {
			top.index++
		}
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("%w: %v", ErrInvalid, err)
		}
		if len(stack) > 0 {
			top := stack[len(stack)-1]
			if top.object && top.wantKey {
				if d, ok := tok.(json.Delim); ok && d == '}' {
					stack = stack[:len(stack)-1]
					afterValue()
					continue
				}
				key, _ := tok.(string)
				if !snakeCase(key) {
					return fmt.Errorf("%w: unknown field %q in %s (fields are lower snake_case, matched exactly)", ErrInvalid, key, path())
				}
				if top.keys[key] {
					return fmt.Errorf("%w: duplicate key %q in %s", ErrInvalid, key, path())
				}
				top.keys[key] = true
				pendingKey = key
				top.wantKey = false
				continue
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{object: true, keys: map[string]bool{}, path: childPath(), wantKey: true})
		case json.Delim('['):
			stack = append(stack, &frame{path: childPath()})
		case json.Delim(']'):
			stack = stack[:len(stack)-1]
			afterValue()
		default:
			afterValue()
		}
	}
}

// snakeCase reports whether key is spelled as every field of the module's
// JSON documents is: one or more lower-case ASCII letters, digits and
// underscores. encoding/json matches keys case-insensitively, so without
// this check {"Name":…} would fill the field "name", and "NAME" after
// "name" would silently replace it.
func snakeCase(key string) bool {
	if key == "" {
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
