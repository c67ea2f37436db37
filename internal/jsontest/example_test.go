package jsontest_test

import (
	"fmt"
	"testing"

	"github.com/aftersales/certification/internal/jsontest"
)

func ExampleRoundTrip() {
	t := &testing.T{}
	out := jsontest.RoundTrip(t, point{X: 1, Y: 2})
	fmt.Println(string(out))
	// Output: {"X":1,"Y":2}
}
