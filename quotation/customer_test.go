package quotation_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/materials"
	"github.com/aftersales/certification/quotation"
)

func TestCustomerValidate(t *testing.T) {
	t.Run("valid", func(t *testing.T) {
		for name, c := range map[string]quotation.Customer{
			"with a contact":    customer,
			"without a contact": {Name: "深圳某某电子有限公司", CreditCode: "91440300708461136T"},
		} {
			assert.NoError(t, c.Validate(), name)
		}
	})
	cases := []struct {
		name   string
		edit   func(*quotation.Customer)
		fields []string
		also   error
	}{
		{"blank name", func(c *quotation.Customer) { c.Name = " \u3000 " }, []string{"name"}, nil},
		{"empty name", func(c *quotation.Customer) { c.Name = "" }, []string{"name"}, nil},
		{"name not UTF-8", func(c *quotation.Customer) { c.Name = "上海\xff" }, []string{"name"}, nil},
		{"name on two lines", func(c *quotation.Customer) { c.Name = "上海\n申联" }, []string{"name"}, nil},
		{"invalid credit code", func(c *quotation.Customer) { c.CreditCode = "91310000132260250Y" }, []string{"credit_code"}, materials.ErrInvalidReference},
		{"credit code missing", func(c *quotation.Customer) { c.CreditCode = "" }, []string{"credit_code"}, materials.ErrInvalidReference},
		{"blank contact", func(c *quotation.Customer) { c.Contact = "  " }, []string{"contact"}, nil},
		{"contact with a tab", func(c *quotation.Customer) { c.Contact = "王经理\t021" }, []string{"contact"}, nil},
		{"everything", func(c *quotation.Customer) { *c = quotation.Customer{Contact: "\x00"} }, []string{"name", "credit_code", "contact"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := customer
			tc.edit(&c)
			err := c.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, quotation.ErrInvalidCustomer)
			assert.Equal(t, tc.fields, fields(t, err))
			if tc.also != nil {
				assert.ErrorIs(t, err, tc.also)
			}
		})
	}
}

func TestCustomerJSON(t *testing.T) {
	data, err := json.Marshal(customer)
	require.NoError(t, err)
	assert.JSONEq(t, `{"name":"上海申联家电售后服务有限公司","credit_code":"91310000132260250X","contact":"王经理 021-5555 0100"}`, string(data))
	noContact := quotation.Customer{Name: customer.Name, CreditCode: customer.CreditCode}
	data, err = json.Marshal(noContact)
	require.NoError(t, err)
	assert.NotContains(t, string(data), "contact")
	jsontest.RoundTrip(t, customerValue{noContact})

	_, err = json.Marshal(quotation.Customer{})
	assert.ErrorIs(t, err, quotation.ErrInvalidCustomer)

	bad := []struct {
		name, data, field string
	}{
		{"name missing", `{"credit_code":"91310000132260250X"}`, "name"},
		{"name null", `{"name":null,"credit_code":"91310000132260250X"}`, "name"},
		{"credit code null", `{"name":"A","credit_code":null}`, "credit_code"},
		{"blank name", `{"name":" ","credit_code":"91310000132260250X"}`, "name"},
		{"invalid credit code", `{"name":"A","credit_code":"91310000132260250Y"}`, "credit_code"},
		{"unknown field", `{"name":"A","credit_code":"91310000132260250X","phone":"1"}`, ""},
		{"duplicate key", `{"name":"A","name":"B","credit_code":"91310000132260250X"}`, ""},
		{"name a number", `{"name":1,"credit_code":"91310000132260250X"}`, ""},
		{"not an object", `[]`, ""},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			c := customer
			err := json.Unmarshal([]byte(tc.data), &c)
			require.Error(t, err)
			assert.ErrorIs(t, err, quotation.ErrInvalidCustomer)
			assert.Equal(t, customer, c, "unchanged on error")
			if tc.field != "" {
				assert.Equal(t, []string{tc.field}, fields(t, err))
			}
		})
	}
}

func FuzzCustomerJSON(f *testing.F) {
	for _, c := range []quotation.Customer{customer, {Name: "<script>", CreditCode: "914403001922038216"}} {
		data, err := json.Marshal(c)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"name":"\u0000","credit_code":"91310000132260250X"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c quotation.Customer
		if err := c.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, quotation.ErrInvalidCustomer) {
				t.Fatalf("decoding error without ErrInvalidCustomer: %v", err)
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("decoded an invalid customer: %v", err)
		}
		if strings.ContainsAny(c.Name, "\n\r") {
			t.Fatalf("decoded a name on two lines: %q", c.Name)
		}
		jsontest.RoundTrip(t, customerValue{c})
	})
}

// customerValue gives a Customer the Equal method jsontest.RoundTrip needs.
type customerValue struct{ quotation.Customer }

func (c customerValue) Equal(o customerValue) bool { return c.Customer == o.Customer }

func (c customerValue) MarshalJSON() ([]byte, error) { return c.Customer.MarshalJSON() }

func (c *customerValue) UnmarshalJSON(data []byte) error { return c.Customer.UnmarshalJSON(data) }
