package enum_test

import (
	"errors"
	"fmt"

	"github.com/aftersales/certification/internal/enum"
)

func ExampleTable_Parse() {
	type grade uint8
	errUnknownCode := errors.New("audit: unknown code")
	grades := enum.New[grade](errUnknownCode, "level",
		enum.Label{Code: "compliant", Chinese: "达标", English: "Compliant"},
		enum.Label{Code: "five_star", Chinese: "五星", English: "Five stars"},
	)
	g, _ := grades.Parse("five_star")
	fmt.Println(uint8(g), grades.Label(g).Chinese)
	_, err := grades.Parse("six_star")
	fmt.Println(err)
	// Output:
	// 2 五星
	// audit: unknown code: "six_star" is not a known level (want compliant or five_star)
}
