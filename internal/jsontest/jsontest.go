package jsontest

import (
	"bytes"
	"encoding/json"
	"testing"
)

// RoundTrip fails t unless v encodes, its encoding decodes to a value that
// is Equal to v, and that value encodes to the same bytes. It returns the
// encoding.
func RoundTrip[T interface{ Equal(T) bool }](t testing.TB, v T) []byte {
	t.Helper()
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("cannot encode %+v: %v", v, err)
	}
	var back T
	if err := json.Unmarshal(out, &back); err != nil {
		t.Fatalf("cannot decode own output %s: %v", out, err)
	}
	if !back.Equal(v) {
		t.Fatalf("round trip changed the value: %s", out)
	}
	again, err := json.Marshal(back)
	if err != nil {
		t.Fatalf("cannot encode after the round trip: %v", err)
	}
	if !bytes.Equal(out, again) {
		t.Fatalf("re-encoding differs:\n%s\n%s", out, again)
	}
	return out
}
