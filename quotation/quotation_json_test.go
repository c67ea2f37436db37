package quotation_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/quotation"
)

func TestQuotationJSON(t *testing.T) {
	data := jsontest.RoundTrip(t, brief(t))
	for _, want := range []string{
		`{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","number":"Q-20260310-6BA7B8109DAD","issued_on":"2026-03-10","valid_until":"2026-04-09",`,
		`"customer":{"name":"上海申联家电售后服务有限公司","credit_code":"91310000132260250X","contact":"王经理 021-5555 0100"},`,
		`"schedule":{"currency":"CNY",`, `"time_table":"after_sales"}`, `"request":{"personnel":120,"sites":1,"part":"cycle"},`,
		`"quote":{"part":"cycle","currency":"CNY","lines":[`,
		`"subtotals":[{"year":1,"amount":{"amount":"30500.00","currency":"CNY"}},{"year":2,"amount":{"amount":"11000.00","currency":"CNY"}},{"year":3,"amount":{"amount":"11000.00","currency":"CNY"}}],`,
		`"total_in_words":"人民币伍万伍仟陆佰伍拾元整"}`,
	} {
		assert.Contains(t, string(data), want)
	}

	t.Run("other currencies have no total in words", func(t *testing.T) {
		q, err := quotation.New(idA, issued, usd(), ask(cycle))
		require.NoError(t, err)
		assert.NotContains(t, string(jsontest.RoundTrip(t, q)), "total_in_words")
	})
	t.Run("dates decode as midnight UTC", func(t *testing.T) {
		q, err := quotation.New(idA, time.Date(2026, 3, 10, 0, 30, 0, 0, shanghai), fees.DefaultSchedule(), ask(cycle))
		require.NoError(t, err)
		data, err := json.Marshal(q)
		require.NoError(t, err)
		var back quotation.Quotation
		require.NoError(t, json.Unmarshal(data, &back))
		assert.Equal(t, date(2026, 3, 10, time.UTC), back.IssuedOn())
		assert.True(t, back.Equal(q))
	})
	t.Run("the zero Quotation", func(t *testing.T) {
		_, err := json.Marshal(quotation.Quotation{})
		assert.ErrorIs(t, err, quotation.ErrInvalidQuotation)
	})
}

// TestQuotationJSONRefusesWhatDoesNotFollow changes one member of a good
// document at a time: each change is refused, names its field, and leaves
// the receiver as it was.
func TestQuotationJSONRefusesWhatDoesNotFollow(t *testing.T) {
	good, err := json.Marshal(brief(t))
	require.NoError(t, err)
	cases := []struct {
		name, old, new string
		fields         []string
		also           error
	}{
		{"a changed total", `"total":{"amount":"55650.00"`, `"total":{"amount":"55651.00"`, []string{"quote.total"}, fees.ErrInvalidQuote},
		{"a quote for another request", `"request":{"personnel":120,`, `"request":{"personnel":60,`, []string{"quote", "subtotals[0]", "total_in_words"}, nil},
		{"another number", `"number":"Q-20260310-6BA7B8109DAD"`, `"number":"Q-20260310-000000000001"`, []string{"number"}, nil},
		{"a changed subtotal", `{"year":2,"amount":{"amount":"11000.00"`, `{"year":2,"amount":{"amount":"11000.01"`, []string{"subtotals[1]"}, nil},
		{"a subtotal left out", `,{"year":3,"amount":{"amount":"11000.00","currency":"CNY"}}]`, `]`, []string{"subtotals"}, nil},
		{"a subtotal without its year", `{"year":3,`, `{`, []string{"subtotals[2].year"}, nil},
		{"other words", `"total_in_words":"人民币伍万伍仟陆佰伍拾元整"`, `"total_in_words":"人民币伍万伍仟陆佰伍拾元"`, []string{"total_in_words"}, nil},
		{"words left out", `,"total_in_words":"人民币伍万伍仟陆佰伍拾元整"`, ``, []string{"total_in_words"}, nil},
		{"a blank customer", `"name":"上海申联家电售后服务有限公司"`, `"name":" "`, []string{"customer.name"}, quotation.ErrInvalidCustomer},
		{"an invalid credit code", `"credit_code":"91310000132260250X"`, `"credit_code":"91310000132260250Y"`, []string{"customer.credit_code"}, quotation.ErrInvalidCustomer},
		{"valid until before the issue date", `"valid_until":"2026-04-09"`, `"valid_until":"2026-03-09"`, []string{"valid_until"}, quotation.ErrInvalidInquiry},
		{"valid until left out", `"valid_until":"2026-04-09",`, ``, []string{"valid_until"}, nil},
		{"a bad issue date", `"issued_on":"2026-03-10"`, `"issued_on":"2026-02-30"`, []string{"issued_on"}, nil},
		{"an ID in upper case", `"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8"`, `"id":"6BA7B810-9DAD-11D1-80B4-00C04FD430C8"`, []string{"id"}, nil},
		{"the nil ID", `"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8"`, `"id":"00000000-0000-0000-0000-000000000000"`, []string{"id"}, nil},
		{"a null schedule", `"schedule":{"currency":"CNY",`, `"schedule":null,"x":{"currency":"CNY",`, []string{""}, nil},
		{"a bad VAT rate", `"vat_rate":"0.06","prices_include_vat"`, `"vat_rate":"1.06","prices_include_vat"`, []string{"schedule.vat_rate"}, fees.ErrInvalidSchedule},
		{"a discount above 100", `"part":"cycle"},"quote"`, `"part":"cycle","discount":"120"},"quote"`, []string{"request.discount"}, fees.ErrInvalidRequest},
		{"an unknown field", `{"id":`, `{"note":"x","id":`, []string{""}, nil},
		{"a duplicate key", `{"id":`, `{"number":"x","id":`, []string{""}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			require.Contains(t, string(good), tc.old)
			data := strings.Replace(string(good), tc.old, tc.new, 1)
			q := brief(t)
			err := q.UnmarshalJSON([]byte(data))
			require.Error(t, err)
			assert.ErrorIs(t, err, quotation.ErrInvalidQuotation)
			assert.Equal(t, tc.fields, fields(t, err))
			if tc.also != nil {
				assert.ErrorIs(t, err, tc.also)
			}
			assert.True(t, q.Equal(brief(t)), "unchanged on error")
		})
	}
	t.Run("words on a quotation in dollars", func(t *testing.T) {
		q, err := quotation.New(idA, issued, usd(), ask(cycle))
		require.NoError(t, err)
		data, err := json.Marshal(q)
		require.NoError(t, err)
		data = []byte(strings.Replace(string(data), `}]}`, `}],"total_in_words":"人民币伍万伍仟陆佰伍拾元整"}`, 1))
		err = new(quotation.Quotation).UnmarshalJSON(data)
		assert.ErrorIs(t, err, quotation.ErrInvalidQuotation)
		assert.Equal(t, []string{"total_in_words"}, fields(t, err))
	})
	t.Run("every member missing", func(t *testing.T) {
		err := new(quotation.Quotation).UnmarshalJSON([]byte(`{}`))
		assert.Equal(t, []string{"id", "issued_on", "valid_until", "customer", "request", "schedule", "quote", "number", "subtotals"}, fields(t, err))
	})
}

func FuzzQuotationJSON(f *testing.F) {
	incl := fees.DefaultSchedule()
	incl.PricesIncludeVAT = true
	for _, seed := range []struct {
		s fees.Schedule
		r fees.Request
	}{
		{fees.DefaultSchedule(), cycle},
		{fees.DefaultSchedule(), fees.Request{Personnel: 1200, Sites: 9, Part: fees.Initial, ExtraCopies: 1, Travel: fees.MustNewMoney("1800", "CNY")}},
		{incl, fees.Request{Personnel: 5, Part: fees.Recertification, Discount: decimal.RequireFromString("12.5"),
			Adjustments: []audit.Adjustment{{Reason: "one process", Percent: decimal.NewFromInt(-10)}}}},
		{usd(), fees.Request{Personnel: 120, Part: fees.Surveillance}},
	} {
		data, err := json.Marshal(quotation.MustNew(idA, issued, seed.s, ask(seed.r)))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var q quotation.Quotation
		if err := q.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, quotation.ErrInvalidQuotation) {
				t.Fatalf("decoding error without ErrInvalidQuotation: %v", err)
			}
			return
		}
		again, err := quotation.New(q.ID(), q.IssuedOn(), q.Schedule(),
			quotation.Inquiry{Customer: q.Customer(), Request: q.Request(), ValidUntil: q.ValidUntil()})
		if err != nil || !again.Equal(q) {
			t.Fatalf("decoded a quotation that New does not make: %v", err)
		}
		jsontest.RoundTrip(t, q)
	})
}
