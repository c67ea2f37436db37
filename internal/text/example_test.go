package text_test

import (
	"fmt"

	"github.com/aftersales/certification/internal/text"
)

func Example() {
	fmt.Println(text.Required("售后服务"))
	fmt.Println(text.Required(" \u3000"))
	fmt.Println(text.Optional(""))
	fmt.Println(text.Valid("GB/T 27922 \xff5.1"))
	// Output:
	// <nil>
	// is blank
	// <nil>
	// is not valid UTF-8
}
