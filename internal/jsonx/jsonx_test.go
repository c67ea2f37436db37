package jsonx_test

import (
	"testing"

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
	f.Fuzz(func(t *testing.T, data []byte) {
		var d doc
		_ = jsonx.Decode(data, &d)
	})
}
