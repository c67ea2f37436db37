package dec_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
)

func ExampleSpec_Parse() {
	percent := dec.Spec{Int: 3, Places: 2, Signed: true}
	for _, s := range []string{"-12.5", "1.00000000000", "1e2", "12.345"} {
		d, err := percent.Parse(s)
		fmt.Println(d, err)
	}
	// Output:
	// -12.5 <nil>
	// 1 <nil>
	// 0 "1e2" is not a plain decimal such as "8.5" (digits and one optional point; no plus sign, exponent or spaces; at most 64 characters)
	// 0 12.345 has more than 2 decimal places
}

func ExampleSpec_Read() {
	errInvalid := errors.New("fees: invalid request")
	var doc struct {
		Discount *dec.Literal `json:"discount"`
		Rate     *dec.Literal `json:"rate"`
	}
	_ = json.Unmarshal([]byte(`{"discount":12.5,"rate":null}`), &doc)
	percent := dec.Spec{Int: 3, Places: 2}
	var problems errs.List
	fmt.Println(percent.Read(doc.Discount, errInvalid, "discount", &problems))
	fmt.Println(percent.Read(doc.Rate, errInvalid, "rate", &problems))
	fmt.Println(problems.Err())
	// Output:
	// 12.5
	// 0
	// fees: invalid request: rate: is missing
}
