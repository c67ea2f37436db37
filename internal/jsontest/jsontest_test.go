package jsontest_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/aftersales/certification/internal/jsontest"
	"github.com/stretchr/testify/assert"
)

// recorder is a testing.TB that records Fatalf instead of stopping.
type recorder struct {
	testing.TB
	failed string
}

func (r *recorder) Helper() {}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = fmt.Sprintf(format, args...)
	panic(r)
}

type point struct{ X, Y int }

func (p point) Equal(o point) bool { return p == o }

// lossy drops Y on the way out.
type lossy struct{ X, Y int }

func (l lossy) Equal(o lossy) bool { return l == o }
func (l lossy) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct{ X int }{l.X})
}

type broken struct{}

func (broken) Equal(broken) bool            { return true }
func (broken) MarshalJSON() ([]byte, error) { return nil, errors.New("no") }

func TestRoundTrip(t *testing.T) {
	out := jsontest.RoundTrip(t, point{1, 2})
	assert.JSONEq(t, `{"X":1,"Y":2}`, string(out))

	r := &recorder{}
	assert.Panics(t, func() { jsontest.RoundTrip(r, lossy{1, 2}) })
	assert.Contains(t, r.failed, "round trip changed the value")

	r = &recorder{}
	assert.Panics(t, func() { jsontest.RoundTrip(r, broken{}) })
	assert.Contains(t, r.failed, "cannot encode")
}
