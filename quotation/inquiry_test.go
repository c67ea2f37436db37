package quotation_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/materials"
	"github.com/aftersales/certification/quotation"
)

func TestInquiryValidate(t *testing.T) {
	assert.NoError(t, ask(cycle).Validate())
	withDay := ask(cycle)
	withDay.ValidUntil = date(2026, 4, 30, shanghai)
	assert.NoError(t, withDay.Validate())

	cases := []struct {
		name   string
		edit   func(*quotation.Inquiry)
		fields []string
		also   []error
	}{
		{"blank customer", func(in *quotation.Inquiry) { in.Customer.Name = " " }, []string{"customer.name"}, []error{quotation.ErrInvalidCustomer}},
		{"invalid credit code", func(in *quotation.Inquiry) { in.Customer.CreditCode = "91310000132260250Y" },
			[]string{"customer.credit_code"}, []error{quotation.ErrInvalidCustomer, materials.ErrInvalidReference}},
		{"discount above 100", func(in *quotation.Inquiry) { in.Request.Discount = decimal.NewFromInt(120) },
			[]string{"request.discount"}, []error{fees.ErrInvalidRequest}},
		{"no personnel", func(in *quotation.Inquiry) { in.Request.Personnel = 0 },
			[]string{"request.personnel"}, []error{fees.ErrInvalidRequest, audit.ErrInvalidPersonnel}},
		{"valid until after 9999", func(in *quotation.Inquiry) { in.ValidUntil = date(10000, 1, 1, time.UTC) }, []string{"valid_until"}, nil},
		{"everything", func(in *quotation.Inquiry) {
			*in = quotation.Inquiry{ValidUntil: date(1, 1, 1, time.UTC).Add(time.Hour)}
		},
			[]string{"customer.name", "customer.credit_code", "request.part", "request.personnel", "valid_until"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := ask(cycle)
			tc.edit(&in)
			err := in.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, quotation.ErrInvalidInquiry)
			assert.Equal(t, tc.fields, fields(t, err))
			for _, also := range tc.also {
				assert.ErrorIs(t, err, also)
			}
		})
	}
}

func TestInquiryEqual(t *testing.T) {
	a, b := ask(cycle), ask(cycle)
	b.Request.Discount = decimal.RequireFromString("0.0")
	assert.True(t, a.Equal(b), "decimals by value")
	a.ValidUntil = date(2026, 4, 9, shanghai).Add(23 * time.Hour)
	assert.False(t, a.Equal(b), "a day against the default")
	b.ValidUntil = date(2026, 4, 9, time.UTC)
	assert.True(t, a.Equal(b), "the calendar date, each in its own location")
	assert.True(t, quotation.Inquiry{}.IsZero())
	assert.False(t, a.IsZero())
}

func TestInquiryJSON(t *testing.T) {
	in := ask(fees.Request{Personnel: 120, Part: fees.Initial, Discount: decimal.NewFromInt(5)})
	data, err := json.Marshal(in)
	require.NoError(t, err)
	assert.JSONEq(t, `{"customer":{"name":"上海申联家电售后服务有限公司","credit_code":"91310000132260250X","contact":"王经理 021-5555 0100"},
		"request":{"personnel":120,"part":"initial","discount":"5"}}`, string(data))
	jsontest.RoundTrip(t, in)
	in.ValidUntil = date(2026, 4, 30, shanghai)
	data = jsontest.RoundTrip(t, in)
	assert.Contains(t, string(data), `"valid_until":"2026-04-30"`)

	var got quotation.Inquiry
	require.NoError(t, json.Unmarshal([]byte(`{"customer":{"name":"A","credit_code":"91310000132260250X"},
		"request":{"personnel":120,"part":"cycle","discount":12.5},"valid_until":null}`), &got))
	assert.True(t, got.Request.Discount.Equal(decimal.RequireFromString("12.5")), "a discount may be a JSON number")
	assert.True(t, got.ValidUntil.IsZero(), "null is the default")

	_, err = json.Marshal(quotation.Inquiry{})
	assert.ErrorIs(t, err, quotation.ErrInvalidInquiry)

	bad := []struct {
		name, data string
		fields     []string
	}{
		{"blank customer", `{"customer":{"name":"","credit_code":"91310000132260250X"},"request":{"personnel":1,"part":"cycle"}}`, []string{"customer.name"}},
		{"invalid credit code", `{"customer":{"name":"A","credit_code":"X"},"request":{"personnel":1,"part":"cycle"}}`, []string{"customer.credit_code"}},
		{"customer missing", `{"request":{"personnel":1,"part":"cycle"}}`, []string{"customer"}},
		{"request null", `{"customer":{"name":"A","credit_code":"91310000132260250X"},"request":null}`, []string{"request"}},
		{"discount above 100", `{"customer":{"name":"A","credit_code":"91310000132260250X"},"request":{"personnel":1,"part":"cycle","discount":"101"}}`,
			[]string{"request.discount"}},
		{"unknown part", `{"customer":{"name":"A","credit_code":"91310000132260250X"},"request":{"personnel":1,"part":"all"}}`, []string{"request.part"}},
		{"bad date", `{"customer":{"name":"A","credit_code":"91310000132260250X"},"request":{"personnel":1,"part":"cycle"},"valid_until":"2026-4-9"}`,
			[]string{"valid_until"}},
		{"year zero", `{"customer":{"name":"A","credit_code":"91310000132260250X"},"request":{"personnel":1,"part":"cycle"},"valid_until":"0001-01-01"}`,
			[]string{"valid_until"}},
		{"two problems", `{"customer":{"name":" ","credit_code":"91310000132260250X"},"request":{"personnel":0,"part":"cycle"}}`,
			[]string{"customer.name", "request.personnel"}},
		{"unknown field", `{"customer":{"name":"A","credit_code":"91310000132260250X"},"request":{"personnel":1,"part":"cycle"},"id":"x"}`, []string{""}},
		{"trailing data", `{"customer":{"name":"A","credit_code":"91310000132260250X"},"request":{"personnel":1,"part":"cycle"}} {}`, []string{""}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			got := in
			err := got.UnmarshalJSON([]byte(tc.data))
			require.Error(t, err)
			assert.ErrorIs(t, err, quotation.ErrInvalidInquiry)
			assert.Equal(t, tc.fields, fields(t, err))
			assert.True(t, got.Equal(in), "unchanged on error")
		})
	}
}

func FuzzInquiryJSON(f *testing.F) {
	for _, in := range []quotation.Inquiry{
		ask(cycle),
		{Customer: customer, Request: fees.Request{Personnel: 9, Part: fees.Initial, Discount: decimal.RequireFromString("12.5"),
			Adjustments: []audit.Adjustment{{Reason: "one process", Percent: decimal.NewFromInt(-10)}}}, ValidUntil: date(2026, 4, 30, time.UTC)},
	} {
		data, err := json.Marshal(in)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"customer":null,"request":{},"valid_until":"9999-12-31"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var in quotation.Inquiry
		if err := in.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, quotation.ErrInvalidInquiry) {
				t.Fatalf("decoding error without ErrInvalidInquiry: %v", err)
			}
			return
		}
		if err := in.Validate(); err != nil {
			t.Fatalf("decoded an invalid inquiry: %v", err)
		}
		jsontest.RoundTrip(t, in)
	})
}
