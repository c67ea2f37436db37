package quotation_test

import (
	"errors"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/quotation"
)

var (
	issued   = time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	idA      = uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
	idB      = uuid.MustParse("9f2c4e1a-7b3d-4c5e-8f60-1a2b3c4d5e6f")
	idC      = uuid.MustParse("0e1d2c3b-4a59-4687-9786-a5b4c3d2e1f0")
	shanghai = time.FixedZone("CST", 8*60*60)
	customer = quotation.Customer{Name: "上海申联家电售后服务有限公司", CreditCode: "91310000132260250X", Contact: "王经理 021-5555 0100"}
	cycle    = fees.Request{Personnel: 120, Sites: 1, Part: fees.Cycle}
)

// ask returns the inquiry of the test customer for r, with the default
// validity.
func ask(r fees.Request) quotation.Inquiry {
	return quotation.Inquiry{Customer: customer, Request: r}
}

// brief returns the quotation of the brief's case on the default schedule.
func brief(t testing.TB) quotation.Quotation {
	t.Helper()
	q, err := quotation.New(idA, issued, fees.DefaultSchedule(), ask(cycle))
	require.NoError(t, err)
	return q
}

// fields returns the field of every problem of err, in order, as a form
// finds them: each problem of the list, and errors.As on it.
func fields(t testing.TB, err error) []string {
	t.Helper()
	problems := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		problems = j.Unwrap()
	}
	var out []string
	for _, p := range problems {
		var fe *quotation.FieldError
		require.True(t, errors.As(p, &fe), "%v is not a FieldError", p)
		out = append(out, fe.Field)
	}
	return out
}

// usd returns the default schedule's prices in US dollars.
func usd() fees.Schedule {
	s := fees.DefaultSchedule()
	s.Currency = "USD"
	for _, p := range []*fees.Money{&s.Application, &s.PersonDay, &s.Registration, &s.AnnualFee, &s.ExtraCopy} {
		*p = fees.MustNewMoney(p.Amount().String(), "USD")
	}
	return s
}

// date returns midnight of a date in loc.
func date(y int, m time.Month, d int, loc *time.Location) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}
