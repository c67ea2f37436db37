package jsonx

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The plain rule for fast.go's Scanner is encoding/json: whatever the
// Scanner reads, encoding/json reads to the same text, number or extent.

func TestScanner(t *testing.T) {
	t.Run("text", func(t *testing.T) {
		for doc, want := range map[string]string{`"abc"`: "abc", ` "认证" `: "认证", `""`: ""} {
			s := Scan([]byte(doc))
			got, ok := s.String()
			assert.True(t, ok && got == want && s.End(), doc)
		}
		for _, doc := range []string{`"a\"b"`, `"a\nb"`, "\"a\nb\"", "\"\xff\"", `"abc`, `abc`, ``} {
			s := Scan([]byte(doc))
			_, ok := s.Text()
			assert.False(t, ok, doc)
		}
	})
	t.Run("larger than MaxSize", func(t *testing.T) {
		s := Scan(append([]byte(`"a"`), bytes.Repeat([]byte(" "), MaxSize)...))
		_, ok := s.String()
		assert.False(t, ok, "the plain rule refuses such a document whole")
	})
	t.Run("string", func(t *testing.T) {
		for doc, want := range map[string]string{`"abc"`: "abc", ` "a\"b" `: `a"b`, `"A\u0026B \u003c认证\u003e"`: "A&B <认证>",
			`"\\\/\b\f\n\r\t"`: "\\/\b\f\n\r\t", `"\ud83d\ude00"`: "😀"} {
			s := Scan([]byte(doc))
			got, ok := s.String()
			assert.True(t, ok && got == want && s.End(), doc)
		}
		for _, doc := range []string{`"a\x"`, `"a\u12"`, "\"a\nb\"", `"a\"`, `"abc`, `abc`, ``, ` `} {
			s := Scan([]byte(doc))
			_, ok := s.String()
			assert.False(t, ok, doc)
		}
	})
	t.Run("int", func(t *testing.T) {
		for doc, want := range map[string]int64{`0`: 0, `-0`: 0, `120`: 120, ` -7 `: -7, `999999999999999999`: 999999999999999999} {
			s := Scan([]byte(doc))
			got, ok := s.Int()
			assert.True(t, ok && got == want && s.End(), doc)
		}
		for _, doc := range []string{`01`, `-`, `1.5`, `1e3`, `+1`, `1000000000000000000`, `12x`, `"1"`, ``} {
			s := Scan([]byte(doc))
			_, ok := s.Int()
			assert.False(t, ok, doc)
		}
	})
	t.Run("bool", func(t *testing.T) {
		for doc, want := range map[string]bool{`true`: true, ` false `: false} {
			s := Scan([]byte(doc))
			got, ok := s.Bool()
			assert.True(t, ok && got == want && s.End(), doc)
		}
		for _, doc := range []string{`truex`, `tru`, `null`, `"true"`} {
			s := Scan([]byte(doc))
			_, ok := s.Bool()
			assert.False(t, ok, doc)
		}
	})
	t.Run("object", func(t *testing.T) {
		read := func(doc string) (a, b string, ok bool) {
			s := Scan([]byte(doc))
			ok = s.Object(func(key []byte) (uint64, bool) {
				var ok bool
				switch string(key) {
				case "a":
					a, ok = s.String()
					return 1, ok
				case "b":
					b, ok = s.String()
					return 2, ok
				}
				return 0, false
			}) && s.End()
			return a, b, ok
		}
		a, b, ok := read(` { "b" : "2" , "a" : "1" } `)
		assert.True(t, ok && a == "1" && b == "2")
		_, _, ok = read(`{}`)
		assert.True(t, ok)
		for _, doc := range []string{`{"a":"1","a":"2"}`, `{"c":"1"}`, `{"a":1}`, `{"a":"1",}`, `{"a":"1"`, `{"a" "1"}`, `[]`} {
			_, _, ok := read(doc)
			assert.False(t, ok, doc)
		}
	})
	t.Run("array", func(t *testing.T) {
		read := func(doc string) (out []int64, ok bool) {
			s := Scan([]byte(doc))
			ok = s.Array(func() bool {
				n, ok := s.Int()
				out = append(out, n)
				return ok
			}) && s.End()
			return out, ok
		}
		out, ok := read(` [ 1 , 2 ] `)
		assert.True(t, ok)
		assert.Equal(t, []int64{1, 2}, out)
		_, ok = read(`[]`)
		assert.True(t, ok)
		for _, doc := range []string{`[1,]`, `[1 2]`, `[1`, `{}`, `["1"]`} {
			_, ok := read(doc)
			assert.False(t, ok, doc)
		}
	})
	t.Run("strings", func(t *testing.T) {
		s := Scan([]byte(` [ "a" , "认证" ] `))
		got, ok := s.Strings()
		assert.True(t, ok && s.End())
		assert.Equal(t, []string{"a", "认证"}, got)
		s = Scan([]byte(`[]`))
		got, ok = s.Strings()
		assert.True(t, ok && got != nil && len(got) == 0, "an empty array is an empty slice")
		for _, doc := range []string{`["a",1]`, "[\"a\n\"]", `[null]`, `null`, `"a"`} {
			s := Scan([]byte(doc))
			_, ok := s.Strings()
			assert.False(t, ok, doc)
		}
	})
	t.Run("objects", func(t *testing.T) {
		type pair struct{ A, B string }
		member := func(s *Scanner) func(key []byte, p *pair) (uint64, bool) {
			return func(key []byte, p *pair) (bit uint64, ok bool) {
				switch string(key) {
				case "a":
					p.A, ok = s.String()
					return 1, ok
				case "b":
					p.B, ok = s.String()
					return 2, ok
				}
				return 0, false
			}
		}
		s := Scan([]byte(` [ {"a":"1","b":"2"} , {"b":"3"} ] `))
		got, ok := Objects(&s, member(&s))
		assert.True(t, ok && s.End())
		assert.Equal(t, []pair{{"1", "2"}, {"", "3"}}, got)
		s = Scan([]byte(`[]`))
		got, ok = Objects(&s, member(&s))
		assert.True(t, ok && got != nil && len(got) == 0, "an empty array is an empty slice")
		for _, doc := range []string{`[{"a":"1"},{"c":"2"}]`, `[{"a":"1","a":"1"}]`, `[null]`, `null`, `[{"a":1}]`, `{}`} {
			s := Scan([]byte(doc))
			_, ok := Objects(&s, member(&s))
			assert.False(t, ok, doc)
		}
	})
	t.Run("plain", func(t *testing.T) {
		for _, doc := range []string{
			`{"amount":"30210.00","currency":"CNY"}`, ` {"a":[1,-0.5,2e10,1E-3,true,false,null,"x",{}],"b_2":{"c":[]}} `,
			`0`, `-0`, `"认证"`, `[]`, `{"basis":["OH\u0026S","a\tb"]}`,
		} {
			s := Scan([]byte(doc))
			got, ok := s.Plain()
			assert.True(t, ok && s.End(), doc)
			assert.Equal(t, strings.TrimSpace(doc), string(got), doc)
		}
		for _, doc := range []string{
			`{"a":1,"a":2}`, `{"A":1}`, `{"a-b":1}`, `{"":1}`, "{\"a\":\"\n\"}", `{"a":"\x"}`, `{"\u0061":1}`, `01`, `1.`, `.5`, `1e`, `1e+`, `+1`, `-`, `1x`,
			`tru`, `nul`, `{"a":1,}`, `[1,]`, `{"a"}`, strings.Repeat("[", 17) + strings.Repeat("]", 17),
			`{"a":1,"b":2,"c":3,"d":4,"e":5,"f":6,"g":7,"h":8,"i":9,"j":10,"k":11,"l":12,"m":13,"n":14,"o":15,"p":16,"q":17}`,
		} {
			s := Scan([]byte(doc))
			_, ok := s.Plain()
			assert.False(t, ok && s.End(), doc)
		}
	})
	t.Run("value", func(t *testing.T) {
		for doc, want := range map[string]string{
			` {"a":[1,{"b":"}]"}],"c":null} , `: `{"a":[1,{"b":"}]"}],"c":null}`,
			`"a\"]"x`:                           `"a\"]"`,
			`-12.5e3]`:                          `-12.5e3`,
			`null`:                              `null`,
			` [ ] `:                             `[ ]`,
		} {
			s := Scan([]byte(doc))
			got, ok := s.Value()
			assert.True(t, ok, doc)
			assert.Equal(t, want, string(got), doc)
		}
		for _, doc := range []string{``, ` `, `,`, `]`, `{"a":1`, `"abc`, `{"a":"}`} {
			s := Scan([]byte(doc))
			_, ok := s.Value()
			assert.False(t, ok, doc)
		}
	})
}

// FuzzScanner holds the Scanner to encoding/json: a string it reads is the
// text encoding/json reads; an integer, the number; and a value it reads
// from a JSON value is that value whole.
func FuzzScanner(f *testing.F) {
	for _, seed := range []string{`"abc"`, `"认证"`, `"a\"b"`, `0`, `-12`, `01`, `1e3`, `true`, `{"a":[1,{"b":"}"}]}`, ` [ ] `, `null`,
		`{"a":1,"a":2}`, `{"a":{"b":1,"B":2}}`, `[{"amount":"1.00","currency":"CNY"},-0.5e+3]`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s := Scan(data)
		if text, ok := s.String(); ok && s.End() {
			var want string
			if err := json.Unmarshal(data, &want); err != nil || want != text {
				t.Fatalf("%q: String %q, encoding/json %q %v", data, text, want, err)
			}
		}
		s = Scan(data)
		if n, ok := s.Int(); ok && s.End() {
			var want int64
			if err := json.Unmarshal(data, &want); err != nil || want != n {
				t.Fatalf("%q: Int %d, encoding/json %d %v", data, n, want, err)
			}
		}
		s = Scan(data)
		if b, ok := s.Bool(); ok && s.End() {
			var want bool
			if err := json.Unmarshal(data, &want); err != nil || want != b {
				t.Fatalf("%q: Bool %v, encoding/json %v %v", data, b, want, err)
			}
		}
		s = Scan(data)
		if v, ok := s.Plain(); ok && s.End() { // as a member a wire struct keeps raw
			var w struct {
				V json.RawMessage `json:"v"`
			}
			err := Decode([]byte(`{"v":`+string(data)+`}`), &w)
			if err != nil || !bytes.Equal(w.V, v) || !bytes.Equal(v, bytes.TrimSpace(data)) {
				t.Fatalf("%q: Plain %q, Decode %q %v", data, v, w.V, err)
			}
		}
		if json.Valid(data) {
			s = Scan(data)
			v, ok := s.Value()
			if !ok || !s.End() || !bytes.Equal(v, bytes.TrimSpace(data)) {
				t.Fatalf("%q: Value %q %v", data, v, ok)
			}
		}
	})
}
