package jsonx_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type inner struct {
	B string `json:"b"`
}

type doc struct {
	A     string  `json:"a"`
	In    inner   `json:"in"`
	List  []inner `json:"list"`
	Count int     `json:"count"`
}

func TestDecode(t *testing.T) {
	var d doc
	require.NoError(t, jsonx.Decode([]byte(`{"a":"x","in":{"b":"y"},"list":[{"b":"1"},{"b":"2"}],"count":3}`), &d))
	assert.Equal(t, "x", d.A)
	assert.Equal(t, "2", d.List[1].B)

	bad := map[string]string{
		"duplicate at top":     `{"a":"x","a":"y"}`,
		"duplicate nested":     `{"in":{"b":"1","b":"2"}}`,
		"duplicate in array":   `{"list":[{"b":"1"},{"b":"1","b":"2"}]}`,
		"unknown field":        `{"a":"x","z":1}`,
		"unknown nested field": `{"in":{"c":"1"}}`,
		"number for string":    `{"a":1}`,
		"string for number":    `{"count":"1"}`,
		"trailing data":        `{"a":"x"} {}`,
		"empty":                ``,
		"truncated":            `{"a":"x"`,
		"not json":             `nonsense`,
		"key in another case":  `{"A":"x"}`,
		"case variant after":   `{"a":"x","A":"y"}`,
		"nested case variant":  `{"in":{"B":"y"}}`,
		"kelvin sign":          "{\"\u212a\":\"x\"}",
		"empty key":            `{"":"x"}`,
	}
	for name, in := range bad {
		t.Run(name, func(t *testing.T) {
			var got doc
			err := jsonx.Decode([]byte(in), &got)
			assert.ErrorIs(t, err, jsonx.ErrInvalid)
		})
	}
	var got doc
	err := jsonx.Decode([]byte(`{"list":[{"b":"1"},{"b":"1","b":"2"}]}`), &got)
	assert.ErrorContains(t, err, `duplicate key "b" in $.list[1]`)
	err = jsonx.Decode([]byte(`{"a":"x","z":1}`), &got)
	assert.ErrorContains(t, err, `unknown field "z"`)
	err = jsonx.Decode([]byte(`{"a":"x","A":"y"}`), &got)
	assert.ErrorContains(t, err, `unknown field "A" in $`)
	err = jsonx.Decode([]byte(`{"count":"1"}`), &got)
	assert.ErrorContains(t, err, `field "count"`)
	// The same key in sibling objects is fine.
	require.NoError(t, jsonx.Decode([]byte(`{"list":[{"b":"1"},{"b":"2"}],"in":{"b":"3"}}`), &got))
}

func TestDecodeTooLarge(t *testing.T) {
	big := make([]byte, jsonx.MaxSize+1)
	var d doc
	assert.ErrorIs(t, jsonx.Decode(big, &d), jsonx.ErrInvalid)
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(`{"a":"x","in":{"b":"y"},"list":[{"b":"1"}],"count":3}`))
	f.Add([]byte(`{"a":"x","a":"y"}`))
	f.Add([]byte(`[[[{}]]]`))
	// doc has no UnmarshalJSON of its own, so every error is about the
	// document's shape; what Decode accepts is one valid JSON value that
	// encoding/json decodes to the same doc.
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		err := jsonx.Decode(data, &d)
		if err != nil {
			if !errors.Is(err, jsonx.ErrInvalid) {
				t.Fatalf("%q: %v does not match ErrInvalid", data, err)
			}
			return
		}
		var want doc
		if !json.Valid(data) || json.Unmarshal(data, &want) != nil {
			t.Fatalf("%q accepted, but encoding/json refuses it", data)
		}
		assert.Equal(t, want, d)
	})
}

func TestDecodeKeysSpelledWithEscapes(t *testing.T) {
	bad := map[string]string{
		`{"a":"x","\u0061":"y"}`:          `duplicate key "a" in $`,
		`{"in":{"b":"1","\u0062":"2"}}`:   `duplicate key "b" in $.in`,
		`{"\u0041":"x"}`:                  `unknown field "A" in $`,
		"{\"a\":\"x\",\"\xff\":1}":        "unknown field \"\ufffd\" in $",
		`{"a":"{\"a\":1,\"a\":2}","a":1}`: `duplicate key "a" in $`,
	}
	for in, want := range bad {
		t.Run(in, func(t *testing.T) {
			var got doc
			err := jsonx.Decode([]byte(in), &got)
			assert.ErrorIs(t, err, jsonx.ErrInvalid)
			assert.ErrorContains(t, err, want)
		})
	}
	// Braces, quotes and keys inside string values are text, not structure.
	var got doc
	require.NoError(t, jsonx.Decode([]byte(`{"a":"{\"a\":1,\"a\":2} \\\"","in":{"b":"]}"}}`), &got))
	assert.Equal(t, `{"a":1,"a":2} \"`, got.A)
}

// referenceDuplicates is the token-by-token duplicate check jsonx used
// before it read the bytes itself; FuzzDecodeDuplicates holds Decode to it.
// Keys in messages are cut as errs.Quote cuts them (a key of 41 bytes,
// testdata/fuzz/FuzzDecodeDuplicates/53963d7faff727f7, was quoted whole).
func referenceDuplicates(data []byte) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		object  bool
		keys    map[string]bool
		path    string
		wantKey bool
		index   int
	}
	var stack []*frame
	var pendingKey string
	childPath := func() string {
		if len(stack) == 0 {
			return "$"
		}
		top := stack[len(stack)-1]
		if top.object {
			key := pendingKey
			if len(key) > errs.MaxQuoted {
				key = key[:errs.MaxQuoted] + "…"
			}
			return top.path + "." + key
		}
		return top.path + "[" + strconv.Itoa(top.index) + "]"
	}
	afterValue := func() {
		if len(stack) == 0 {
			return
		}
		if top := stack[len(stack)-1]; top.object {
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
			return fmt.Errorf("syntax: %w", err)
		}
		if len(stack) > 0 {
			if top := stack[len(stack)-1]; top.object && top.wantKey {
				if d, ok := tok.(json.Delim); ok && d == '}' {
					stack = stack[:len(stack)-1]
					afterValue()
					continue
				}
				key, _ := tok.(string)
				if !regexp.MustCompile(`^[a-z0-9_]+$`).MatchString(key) {
					return fmt.Errorf("%w: unknown field %s in %s (fields are lower snake_case, matched exactly)", jsonx.ErrInvalid, errs.Quote(key), top.path)
				}
				if top.keys[key] {
					return fmt.Errorf("%w: duplicate key %s in %s", jsonx.ErrInvalid, errs.Quote(key), top.path)
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

// FuzzDecodeDuplicates checks Decode's key checks against
// referenceDuplicates: the same error for a repeated or misspelt key, an
// error for what is not JSON, none for one valid value with neither.
func FuzzDecodeDuplicates(f *testing.F) {
	for _, s := range []string{
		`{"a":"x","in":{"b":"y"},"list":[{"b":"1"},{"b":"1","b":"2"}],"count":3}`,
		`{"a":1,"\u0061":2}`, `[[{"x":[{"y":1,"z":{"y":2}}],"x":3}]]`, `{"A":1}`,
		`{"a":"}\"{","b":[1,-2.5e3,true,null]}`, `{"a":tru,"a":2}`, `{} {"a":1,"a":2}`,
		"{\"\xff\":1}", `{"a":[],"b":{},"a":0}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v any
		err := jsonx.Decode(data, &v)
		ref := referenceDuplicates(data)
		switch {
		case ref != nil && errors.Is(ref, jsonx.ErrInvalid):
			require.Error(t, err)
			assert.Equal(t, ref.Error(), err.Error())
		case ref != nil || !json.Valid(data):
			assert.ErrorIs(t, err, jsonx.ErrInvalid)
		default:
			assert.NoError(t, err)
		}
	})
}

func TestDecodeManyKeys(t *testing.T) {
	object := func(n int, extra string) []byte {
		var b strings.Builder
		b.WriteString(`{"in":{"b":"1"}`)
		for i := range n {
			fmt.Fprintf(&b, `,"k%d":%d`, i, i)
		}
		return []byte(b.String() + extra + `}`)
	}
	var v any
	require.NoError(t, jsonx.Decode(object(100, ""), &v))
	for _, extra := range []string{`,"k3":0`, `,"k99":0`, `,"in":{}`, `,"x":{"k1":1,"k1":2}`} {
		err := jsonx.Decode(object(100, extra), &v)
		assert.ErrorIs(t, err, jsonx.ErrInvalid, extra)
		assert.ErrorContains(t, err, "duplicate key", extra)
	}
}

func TestDecodeErrorsGiveOffsets(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"truncated", `{"a":"x"`, "ends early, at byte 8"},
		{"truncated in a string", `{"a":"x`, "ends early, at byte 7"},
		{"syntax", `{"a":"x",}`, "(at byte 10)"},
		{"trailing", `{"a":"x"} {}`, "data after the first value, at byte 10"},
		{"type", `{"count":"1"}`, "at byte 12"},
		{"empty", ``, "empty document"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var d doc
			err := jsonx.Decode([]byte(c.in), &d)
			require.ErrorIs(t, err, jsonx.ErrInvalid)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestDecodeErrorsShowShortKeys(t *testing.T) {
	long := strings.Repeat("k", 1<<20)
	for name, in := range map[string]string{
		"unknown snake_case key": `{"` + long + `":1}`,
		"not snake_case":         `{"` + strings.ToUpper(long) + `":1}`,
		"duplicate":              `{"` + long + `":1,"` + long + `":2}`,
		"path":                   `{"in":{"` + long + `":{"x":1,"x":2}}}`,
	} {
		t.Run(name, func(t *testing.T) {
			var d any
			if name == "unknown snake_case key" {
				d = &doc{}
			} else {
				d = &map[string]any{}
			}
			err := jsonx.Decode([]byte(in), d)
			require.ErrorIs(t, err, jsonx.ErrInvalid)
			assert.Less(t, len(err.Error()), 300, "the message echoes a short prefix of the key")
		})
	}
}

func TestUUIDCanonical(t *testing.T) {
	type w struct {
		ID jsonx.UUID `json:"id"`
	}
	const id = "3b9e5f0c-2a41-4d7e-9c3a-6f1d2e8b7a10"
	var got w
	require.NoError(t, jsonx.Decode([]byte(`{"id":"`+id+`"}`), &got))
	out, err := json.Marshal(got)
	require.NoError(t, err)
	assert.Equal(t, `{"id":"`+id+`"}`, string(out))

	for _, spelling := range []string{
		strings.ToUpper(id),
		"{" + id + "}",
		"urn:uuid:" + id,
		strings.ReplaceAll(id, "-", ""),
		"",
		"not a uuid",
	} {
		before := got
		err := jsonx.Decode([]byte(`{"id":"`+spelling+`"}`), &got)
		assert.ErrorIs(t, err, jsonx.ErrInvalid, spelling)
		assert.Equal(t, before, got, "unchanged on error")
	}
}

// TestDecodeTypeErrorsNameNoGoType: a value of the wrong JSON type is
// reported by the JSON value wanted, never by a Go type (a package's wire
// struct, jsonx.UUID), which means nothing to the document's author.
func TestDecodeTypeErrorsNameNoGoType(t *testing.T) {
	type withID struct {
		ID   jsonx.UUID `json:"id"`
		In   inner      `json:"in"`
		List []inner    `json:"list"`
		N    *int       `json:"n"`
		OK   bool       `json:"ok"`
	}
	for _, c := range []struct{ in, want string }{
		{`{"id":1}`, `field "id": want string, got JSON number`},
		{`{"in":"x"}`, `field "in": want object, got JSON string`},
		{`{"list":{}}`, `field "list": want array, got JSON object`},
		{`{"n":"1"}`, `field "n": want int, got JSON string`},
		{`{"ok":0}`, `field "ok": want bool, got JSON number`},
		{`{"in":{"b":2}}`, `field "in.b": want string, got JSON number`},
	} {
		t.Run(c.in, func(t *testing.T) {
			var v withID
			err := jsonx.Decode([]byte(c.in), &v)
			require.ErrorIs(t, err, jsonx.ErrInvalid)
			assert.ErrorContains(t, err, c.want)
			assert.NotContains(t, err.Error(), "jsonx.")
			assert.NotContains(t, err.Error(), "inner")
		})
	}
}
