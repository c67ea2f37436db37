package jsonx

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
)

// The types the fuzz target decodes into: plain structs nested in structs,
// slices, maps and pointers; fields matched ignoring case; a type that
// decodes itself with Decode; an embedded struct and a tag name
// encoding/json does not use (the plain rule's to check); anything.
type (
	leaf struct {
		B string `json:"b"`
		N *int   `json:"n,omitempty"`
	}
	self struct{ X int }
	tree struct {
		A       string          `json:"a"`
		In      *leaf           `json:"in"`
		List    []leaf          `json:"list"`
		ByName  map[string]leaf `json:"by_name"`
		Raw     json.RawMessage `json:"raw"`
		Self    self            `json:"self"`
		Any     any             `json:"any"`
		Pair    [2]leaf         `json:"pair"`
		Untaged string
		//lint:ignore U1000 an unexported field, which decoding must treat as unknown
		skipped string
		Ignored string `json:"-"`
	}
	embedding struct {
		leaf
		C int `json:"c"`
	}
	oddTag struct {
		D int `json:"d-d"`
	}
)

func (s *self) UnmarshalJSON(data []byte) error {
	var w struct {
		X int `json:"x"`
	}
	if err := Decode(data, &w); err != nil {
		return err
	}
	s.X = w.X
	return nil
}

// plainRule is Decode without its typed pass: checkWhole, then the plain
// rule, decodeStream.
func plainRule(data []byte, v any) error {
	if err := checkWhole(data); err != nil {
		return err
	}
	return decodeStream(data, v)
}

// targets returns a new value of each type the fuzz target decodes into.
func targets() []any {
	return []any{&tree{}, &[]tree{}, &map[string]tree{}, new(any), &embedding{}, &oddTag{}, new(string), new(leaf)}
}

// typedSeeds are the seeds of the fuzz targets of the typed pass.
var typedSeeds = []string{
	`{"a":"x","in":{"b":"y","n":1},"list":[{"b":"1"},{"b":"2"}],"by_name":{"k":{"b":"v"}},"raw":{"q":[1,{"r":2}]},"self":{"x":3},"any":{"z":[{}]},"pair":[{"b":"p"},{"b":"q"}],"untaged":"u"}`,
	`{"a":"x","a":"y"}`, `{"in":{"c":1}}`, `{"self":{"x":1,"y":2}}`, `{"self":{"x":1,"x":2}}`, `{"raw":{"a":1,"a":2}}`,
	`{"by_name":{"K":{"b":"1"}}}`, `{"list":[{"b":"1","b":"2"}]}`, `{"ignored":"x"}`, `{"skipped":"x"}`,
	`[{"a":"x"},{"z":1}]`, `{"t":{"a":"x"}}`, `{"b":"x","c":1}`, `{"d-d":1}`, `"text"`, `{"a":1}`, `{"a":"x"} {}`,
	`{"a":"x"`, ``, ` `, `[[[[[[[[[[[[]]]]]]]]]]]]`, `{"pair":[{"b":"1"},{"b":"2"},{"b":"3"}]}`, `{"pair":[{},{},{"0":1,"z":[{"y":2}]}]}`, `{"list":null,"in":null}`,
	`{"a":"\u0061","\u0061":"b"}`, `{"in":{"B":"x"}}`, "{\"a\":\"x\",\"\xff\":1}", `null`, ` null `,
}

// FuzzTypedPass holds Decode, whose typed pass gives way to the plain rule
// where it is unsure, to the plain rule itself (plainRule): the same
// documents are refused, every refusal matches ErrInvalid where the plain
// rule's does, and what is accepted decodes to the same value.
func FuzzTypedPass(f *testing.F) {
	for _, s := range typedSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		plain, typed := targets(), targets()
		for i := range plain {
			errPlain := plainRule(data, plain[i])
			errTyped := Decode(data, typed[i])
			if (errPlain == nil) != (errTyped == nil) {
				t.Fatalf("%T: plain rule %v, Decode %v", plain[i], errPlain, errTyped)
			}
			if errPlain != nil {
				if errors.Is(errPlain, ErrInvalid) && !errors.Is(errTyped, ErrInvalid) {
					t.Fatalf("%T: plain rule %v, Decode %v does not match ErrInvalid", plain[i], errPlain, errTyped)
				}
				continue
			}
			if !reflect.DeepEqual(plain[i], typed[i]) {
				t.Fatalf("%T: plain rule decodes %+v, Decode %+v", plain[i], plain[i], typed[i])
			}
		}
	})
}

// TestTypedPassKeepsTheMessages checks that the messages of the plain rule
// are those of Decode: paths from the root for keys (also inside a value a
// type decodes itself), the decoder's for unknown fields, offsets for what
// is not JSON.
func TestTypedPassKeepsTheMessages(t *testing.T) {
	for _, in := range []string{
		`{"list":[{"b":"1"},{"b":"1","b":"2"}]}`,
		`{"self":{"x":1,"x":2}}`,
		`{"raw":{"deep":[{"A":1}]}}`,
		`{"in":{"c":1}}`,
		`{"a":"x","zz":1}`,
		`{"a":"x",}`,
		`{"a":"x"`,
		`{"a":"x"} {}`,
		`{"a":1}`,
		``,
	} {
		errPlain := decodeStream([]byte(in), &tree{})
		errTyped := Decode([]byte(in), &tree{})
		if errPlain == nil || errTyped == nil || errPlain.Error() != errTyped.Error() {
			t.Errorf("%s: plain rule %v, Decode %v", in, errPlain, errTyped)
		}
	}
}

// TestDecodeAllocatesAsUnmarshal checks that Decode allocates no more than
// json.Unmarshal of the same value: the checks allocate nothing for a
// small document, and no decoder copies it (json.Decoder allocated a
// buffer of at least 512 bytes and itself for each value, which for the
// thousand materials of a dossier was most of what decoding allocated).
func TestDecodeAllocatesAsUnmarshal(t *testing.T) {
	data := []byte(`{"a":"x","in":{"b":"y"},"list":[{"b":"1"},{"b":"2"}],"by_name":{"k":{"b":"v"}},"pair":[{"b":"p"},{"b":"q"}]}`)
	decode := testing.AllocsPerRun(100, func() {
		var v tree
		if err := Decode(data, &v); err != nil {
			t.Fatal(err)
		}
	})
	unmarshal := testing.AllocsPerRun(100, func() {
		var v tree
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
	})
	if decode > unmarshal {
		t.Errorf("Decode allocates %v times, json.Unmarshal %v", decode, unmarshal)
	}
	deep := []byte(strings.Repeat("[", maxTypedDepth+1) + strings.Repeat("]", maxTypedDepth+1))
	var v any
	if err := Decode(deep, &v); err != nil {
		t.Errorf("a document nested deeper than the pass reads is the plain rule's: %v", err)
	}
}
