package jsonx_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/internal/jsonx"
)

// AppendString writes what encoding/json writes.

func TestAppendStringEqualsEncoding(t *testing.T) {
	for _, s := range []string{"", "plain", "86–125 personnel: 8.5 person-days (after-sales committee table)", "单一重复的过程",
		`"quoted"`, `back\slash`, "<tag>", "a & b", "new\nline", "\t", "\x00", "\x7f", "\u2028", "\u2029", "\xff", "é\xc3"} {
		want, err := json.Marshal(s)
		require.NoError(t, err)
		assert.Equal(t, string(want), string(jsonx.AppendString(nil, s)), "%q", s)
		assert.Equal(t, "x"+string(want), string(jsonx.AppendString([]byte("x"), s)), "appends: %q", s)
	}
}

func FuzzAppendString(f *testing.F) {
	f.Add("86–125 personnel")
	f.Add("<\u2028\xff>")
	f.Fuzz(func(t *testing.T, s string) {
		want, _ := json.Marshal(s)
		if got := jsonx.AppendString(nil, s); string(got) != string(want) {
			t.Fatalf("%q: %s, encoding/json %s", s, got, want)
		}
	})
}
