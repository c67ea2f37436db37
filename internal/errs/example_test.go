package errs_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/aftersales/certification/internal/errs"
)

func ExampleWrap() {
	errInvalidRequest := errors.New("fees: invalid request")
	errInvalidInquiry := errors.New("quotation: invalid inquiry")
	inner := errs.New(errInvalidRequest, "discount", "%s %% is outside 0–100", "120")
	err := errs.Wrap(errInvalidInquiry, "request", inner)
	fmt.Println(err)
	var fe *errs.FieldError
	fmt.Println(errors.As(err, &fe), fe.Field)
	fmt.Println(errors.Is(err, errInvalidInquiry), errors.Is(err, errInvalidRequest))
	// Output:
	// quotation: invalid inquiry: request.discount: 120 % is outside 0–100
	// true request.discount
	// true true
}

func ExampleList() {
	errInvalidCard := errors.New("audit: invalid scorecard")
	var problems errs.List
	for i := range 25 {
		problems.New(errInvalidCard, errs.Index("indicators", i), "%s must be snake_case", errs.Quote(strings.Repeat("X", 50)))
	}
	lines := strings.Split(problems.Err().Error(), "\n")
	fmt.Println(problems.Len(), len(lines))
	fmt.Println(lines[0])
	fmt.Println(lines[len(lines)-1])
	// Output:
	// 25 21
	// audit: invalid scorecard: indicators[0]: "XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"… (50 bytes) must be snake_case
	// (and 5 more problems)
}
