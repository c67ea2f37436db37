package jsonx_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

// errInvalidCount is the kind of a count's problems, and errOdd the
// problem its build reports, to be returned as it is.
var (
	errInvalidCount = errors.New("test: invalid count")
	errOdd          = errs.New(errInvalidCount, "n", "is odd")
)

// count is a value with a wire form and a rule: n is required and even.
type count struct{ n int }

type countWire struct {
	N *int `json:"n"`
}

func (w *countWire) count() (count, error) {
	switch {
	case w.N == nil:
		return count{}, errs.New(errInvalidCount, "n", "is missing")
	case *w.N%2 != 0:
		return count{}, errOdd
	}
	return count{n: *w.N}, nil
}

func TestUnmarshal(t *testing.T) {
	got := count{n: 8}
	require.NoError(t, jsonx.Unmarshal([]byte(`{"n":4}`), errInvalidCount, (*countWire).count, &got))
	assert.Equal(t, count{n: 4}, got)
}

// A null document is refused before build sees it: a value is required.
func TestUnmarshalRefusesNull(t *testing.T) {
	built := false
	build := func(w *countWire) (count, error) { built = true; return w.count() }
	got := count{n: 8}
	err := jsonx.Unmarshal([]byte(" null "), errInvalidCount, build, &got)
	assert.EqualError(t, err, "test: invalid count: invalid JSON document: null, where a value is required")
	assert.ErrorIs(t, err, errInvalidCount)
	assert.ErrorIs(t, err, jsonx.ErrInvalid)
	assert.False(t, built, "build called")
	assert.Equal(t, count{n: 8}, got, "unchanged")
}

// A document Decode refuses is a problem of the kind that reads as Decode's
// own message after the kind; a problem build reports is returned as it
// is. Either way the value is unchanged.
func TestUnmarshalErrors(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     string // the message of a problem build reports; "" for Decode's
	}{
		{"null document", `null`, ""},
		{"unknown field", `{"n":2,"m":1}`, ""},
		{"duplicate key", `{"n":2,"n":4}`, ""},
		{"wrong type", `{"n":"2"}`, ""},
		{"not an object", `[2]`, ""},
		{"trailing data", `{"n":2} {}`, ""},
		{"member missing", `{}`, "test: invalid count: n: is missing"},
		{"member refused", `{"n":3}`, "test: invalid count: n: is odd"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			decodeErr := jsonx.Decode([]byte(tc.in), new(countWire))
			got := count{n: 8}
			err := jsonx.Unmarshal([]byte(tc.in), errInvalidCount, (*countWire).count, &got)
			assert.ErrorIs(t, err, errInvalidCount)
			if tc.want == "" {
				require.Error(t, decodeErr, "Decode refuses it")
				assert.ErrorIs(t, err, jsonx.ErrInvalid)
				assert.EqualError(t, err, "test: invalid count: "+decodeErr.Error())
			} else {
				require.NoError(t, decodeErr, "Decode accepts it")
				assert.NotErrorIs(t, err, jsonx.ErrInvalid)
				assert.EqualError(t, err, tc.want)
			}
			assert.Equal(t, count{n: 8}, got, "unchanged")
		})
	}
}

// A build error is returned as it is, not wrapped again.
func TestUnmarshalReturnsBuildErrorAsItIs(t *testing.T) {
	got := count{n: 8}
	err := jsonx.Unmarshal([]byte(`{"n":3}`), errInvalidCount, (*countWire).count, &got)
	assert.Same(t, errOdd, err)
	assert.Equal(t, count{n: 8}, got)
}

// Unmarshal allocates what Decode and build written out inline do.
func TestUnmarshalAllocatesAsInline(t *testing.T) {
	data := []byte(`{"n":4}`)
	var sink count
	helper := testing.AllocsPerRun(100, func() {
		if err := jsonx.Unmarshal(data, errInvalidCount, (*countWire).count, &sink); err != nil {
			t.Fatal(err)
		}
	})
	inline := testing.AllocsPerRun(100, func() {
		var w countWire
		if err := jsonx.Decode(data, &w); err != nil {
			t.Fatal(errs.Wrap(errInvalidCount, "", err))
		}
		v, err := w.count()
		if err != nil {
			t.Fatal(err)
		}
		sink = v
	})
	assert.LessOrEqual(t, helper, inline)
}
