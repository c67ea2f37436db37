package jsonx_test

import (
	"errors"
	"fmt"

	"github.com/aftersales/certification/internal/jsonx"
)

func ExampleDecode() {
	var v struct {
		Name string `json:"name"`
	}
	err := jsonx.Decode([]byte(`{"name":"a","name":"b"}`), &v)
	fmt.Println(err)
	// Output: invalid JSON document: duplicate key "name" in $
}

// A package makes the Decoder of each kind of value once, and its
// UnmarshalJSON calls it.
func ExampleNewDecoder() {
	type name string
	type nameWire struct {
		Name *string `json:"name"`
	}
	errInvalidName := errors.New("example: invalid name")
	decoder := jsonx.NewDecoder(errInvalidName, func(w *nameWire) (name, error) {
		if w.Name == nil || *w.Name == "" {
			return "", fmt.Errorf("%w: name: is missing", errInvalidName)
		}
		return name(*w.Name), nil
	})
	var n name
	fmt.Println(decoder.Unmarshal([]byte(`{"name":"认证"}`), &n), n)
	fmt.Println(decoder.Unmarshal([]byte(`{"name":""}`), &n), n)
	fmt.Println(decoder.Unmarshal([]byte(`{"nam":"x"}`), &n))
	// Output:
	// <nil> 认证
	// example: invalid name: name: is missing 认证
	// example: invalid name: invalid JSON document: unknown field "nam"
}
