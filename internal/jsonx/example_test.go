package jsonx_test

import (
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
