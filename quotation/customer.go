package quotation

import (
	"cmp"
	"encoding/json"

	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/aftersales/certification/internal/text"
	"github.com/aftersales/certification/materials"
)

// Customer is the company a quotation is addressed to (see the package
// documentation, # Customers). The zero Customer is not valid.
type Customer struct {
	// Name is the registered name, as on the business licence.
	Name string
	// CreditCode is the unified social credit code (统一社会信用代码).
	CreditCode string
	// Contact is the person to reply to, free text such as "王经理
	// 021-5555 0100"; optional, "" when not given.
	Contact string
}

// Validate reports every problem of c (see the package documentation,
// # Customers), nil when there is none, each matching [ErrInvalidCustomer]
// and naming the field: a name that is blank, not valid UTF-8 or not one
// line, a credit code that materials.ValidateCreditCode refuses (also
// matching materials.ErrInvalidReference), and a contact that is given but
// is blank, not valid UTF-8 or not one line.
func (c Customer) Validate() error {
	var l errs.List
	l.Wrap(ErrInvalidCustomer, "name", cmp.Or(text.Required(c.Name), text.OneLine(c.Name)))
	l.Wrap(ErrInvalidCustomer, "credit_code", materials.ValidateCreditCode(c.CreditCode))
	l.Wrap(ErrInvalidCustomer, "contact", cmp.Or(text.Optional(c.Contact), text.OneLine(c.Contact)))
	return l.Err()
}

// IsZero reports whether c is the zero Customer.
func (c Customer) IsZero() bool { return c == Customer{} }

// customerWire is a Customer in JSON: name and credit_code are required,
// contact is left out when not given.
type customerWire struct {
	Name       *string `json:"name"`
	CreditCode *string `json:"credit_code"`
	Contact    string  `json:"contact,omitempty"`
}

// MarshalJSON writes c as {"name":"…","credit_code":"…","contact":"…"},
// contact only when given. A customer that fails [Customer.Validate] is an
// error.
func (c Customer) MarshalJSON() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(customerWire{Name: &c.Name, CreditCode: &c.CreditCode, Contact: c.Contact})
}

// customerDecoder is the jsonx.Decoder of a customer, made once.
var customerDecoder = jsonx.NewDecoder(ErrInvalidCustomer, (*customerWire).customer)

// UnmarshalJSON reads what [Customer.MarshalJSON] writes, strictly (see the
// package documentation, # JSON), and checks the result with
// [Customer.Validate]. Errors match [ErrInvalidCustomer] and name the
// field. On error c is unchanged.
func (c *Customer) UnmarshalJSON(data []byte) error {
	return customerDecoder.Unmarshal(data, c)
}

// customer reads the members of w and checks the result with
// [Customer.Validate].
func (w *customerWire) customer() (Customer, error) {
	var l errs.List
	v := Customer{Contact: w.Contact}
	required(&l, ErrInvalidCustomer, "name", w.Name, &v.Name)
	required(&l, ErrInvalidCustomer, "credit_code", w.CreditCode, &v.CreditCode)
	if err := l.Err(); err != nil {
		return Customer{}, err
	}
	return v, v.Validate()
}

// required reads a required member src of a document of the given kind into
// dst, adding to l that it is missing when it was left out or null.
func required[T any](l *errs.List, kind error, field string, src *T, dst *T) {
	if src == nil {
		l.Missing(kind, field)
		return
	}
	*dst = *src
}
