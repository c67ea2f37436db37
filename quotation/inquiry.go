package quotation

import (
	"encoding/json"
	"time"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

// Inquiry is what a quotation answers (询价): who asks, for what, and until
// when the answer may stand. A sales tool reads one from a form or a JSON
// body and makes the quotation with [New]. The zero Inquiry is not valid.
type Inquiry struct {
	// Customer is the company the quotation is for.
	Customer Customer
	// Request is what is quoted, on the schedule given to [New].
	Request fees.Request
	// ValidUntil is the last day the quotation stands (see the package
	// documentation, # Validity); the zero time asks for the default,
	// [DefaultValidDays] after the issue date.
	ValidUntil time.Time
}

// Validate reports every problem of in that needs no schedule and no issue
// date, nil when there is none, each matching [ErrInvalidInquiry] and
// naming the field by its path: the customer's problems
// ([Customer.Validate], "customer.name", also [ErrInvalidCustomer]), the
// request's ([fees.Request.Validate], "request.discount", also
// fees.ErrInvalidRequest), and a last valid day outside 0001-01-02 to 9999-12-31.
// [New] adds what needs the schedule and the issue date.
func (in Inquiry) Validate() error {
	var l errs.List
	l.Add(errs.Wrap(ErrInvalidInquiry, "customer", in.Customer.Validate()))
	l.Add(errs.Wrap(ErrInvalidInquiry, "request", in.Request.Validate()))
	if !in.ValidUntil.IsZero() {
		l.Add(checkValidUntil(in.ValidUntil))
	}
	return l.Err()
}

// checkValidUntil returns the problem of a last valid day that is given: a
// date outside 0001-01-02 to 9999-12-31.
func checkValidUntil(t time.Time) error {
	return errs.Wrap(ErrInvalidInquiry, "valid_until", calendar.Check(t))
}

// Equal reports whether in and o are the same inquiry: the same customer,
// equal requests ([fees.Request.Equal]) and the same last valid day (the
// calendar date, each read in its own location), or both the default.
func (in Inquiry) Equal(o Inquiry) bool {
	return in.Customer == o.Customer && in.Request.Equal(o.Request) && calendar.Equal(in.ValidUntil, o.ValidUntil)
}

// IsZero reports whether in is the zero Inquiry.
func (in Inquiry) IsZero() bool { return in.Equal(Inquiry{}) }

// inquiryWire is an Inquiry in JSON: customer and request are required,
// valid_until is left out for the default.
type inquiryWire struct {
	Customer   json.RawMessage `json:"customer"`
	Request    json.RawMessage `json:"request"`
	ValidUntil *string         `json:"valid_until,omitempty"`
}

// MarshalJSON writes in as
//
//	{"customer":{"name":"…","credit_code":"…"},"request":{"personnel":120,"part":"cycle"},
//	 "valid_until":"2026-04-09"}
//
// the customer as [Customer.MarshalJSON] and the request as
// [fees.Request.MarshalJSON] write them, and valid_until only when it is
// not the default. An inquiry that fails [Inquiry.Validate] is an error.
func (in Inquiry) MarshalJSON() ([]byte, error) {
	if err := in.Validate(); err != nil {
		return nil, err
	}
	var w inquiryWire
	var err error
	if w.Customer, err = json.Marshal(in.Customer); err != nil {
		return nil, err
	}
	if w.Request, err = json.Marshal(in.Request); err != nil {
		return nil, err
	}
	if !in.ValidUntil.IsZero() {
		day := calendar.Format(in.ValidUntil)
		w.ValidUntil = &day
	}
	return json.Marshal(w)
}

// inquiryDecoder is the jsonx.Decoder of an inquiry, made once.
var inquiryDecoder = jsonx.NewDecoder(ErrInvalidInquiry, readInquiry)

// UnmarshalJSON reads what [Inquiry.MarshalJSON] writes, strictly (see the
// package documentation, # JSON): customer and request are required,
// valid_until ("YYYY-MM-DD") may be left out or null for the default. The
// result is checked with [Inquiry.Validate]. Errors match
// [ErrInvalidInquiry] and name the field by its path ("customer.name",
// "request.discount"). On error in is unchanged.
func (in *Inquiry) UnmarshalJSON(data []byte) error {
	return inquiryDecoder.Unmarshal(data, in)
}

// readInquiry reads the inquiry w states and checks it with
// [Inquiry.Validate].
func readInquiry(w *inquiryWire) (Inquiry, error) {
	var l errs.List
	v := w.inquiry(&l, ErrInvalidInquiry)
	if err := l.Err(); err != nil {
		return Inquiry{}, err
	}
	return v, v.Validate()
}

// inquiry reads the members of w, adding to l, as problems of the given
// kind, each that is missing or bad.
func (w *inquiryWire) inquiry(l *errs.List, kind error) Inquiry {
	var v Inquiry
	member(l, kind, "customer", w.Customer, &v.Customer)
	member(l, kind, "request", w.Request, &v.Request)
	if w.ValidUntil != nil {
		var err error
		v.ValidUntil, err = calendar.Parse(*w.ValidUntil)
		l.Wrap(kind, "valid_until", err)
	}
	return v
}

// member reads a required member raw with dst's own UnmarshalJSON, which
// leaves dst as it was on error, adding to l its problems at their full
// path under field.
func member(l *errs.List, kind error, field string, raw json.RawMessage, dst json.Unmarshaler) {
	if len(raw) == 0 || string(raw) == "null" {
		l.Missing(kind, field)
		return
	}
	l.Add(errs.Wrap(kind, field, dst.UnmarshalJSON(raw)))
}
