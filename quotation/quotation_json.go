package quotation

import (
	"encoding/json"
	"time"

	"github.com/google/uuid"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

// quotationWire is a Quotation in JSON. Every member is required but
// total_in_words, which a CNY quotation has and no other.
type quotationWire struct {
	ID           *string         `json:"id"`
	Number       *string         `json:"number"`
	IssuedOn     *string         `json:"issued_on"`
	ValidUntil   *string         `json:"valid_until"`
	Customer     json.RawMessage `json:"customer"`
	Schedule     json.RawMessage `json:"schedule"`
	Request      json.RawMessage `json:"request"`
	Quote        json.RawMessage `json:"quote"`
	Subtotals    []subtotalWire  `json:"subtotals"`
	TotalInWords *string         `json:"total_in_words,omitempty"`
}

// subtotalWire is a [Subtotal] in JSON: both members are required.
type subtotalWire struct {
	Year   *int            `json:"year"`
	Amount json.RawMessage `json:"amount"`
}

// MarshalJSON writes q as an object with snake_case members, dates written
// "YYYY-MM-DD", the customer, schedule, request and quote as their own
// MarshalJSON methods write them, and what follows from them (the number,
// the subtotals, the total in capitals) beside them:
//
//	{"id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","number":"Q-20260310-6BA7B8109DAD",
//	 "issued_on":"2026-03-10","valid_until":"2026-04-09","customer":{…},"schedule":{…},
//	 "request":{…},"quote":{…},"subtotals":[{"year":1,"amount":{…}},…],
//	 "total_in_words":"人民币伍万伍仟陆佰伍拾元整"}
//
// total_in_words is left out of a quotation in another currency than CNY.
// The zero Quotation is an error.
func (q Quotation) MarshalJSON() ([]byte, error) {
	if q.id == uuid.Nil {
		return nil, errs.New(ErrInvalidQuotation, "", "cannot encode the zero Quotation")
	}
	return appendQuotation(&q) // fast.go
}

// quotationDecoder is the jsonx.Decoder of a quotation, made once.
var quotationDecoder = jsonx.NewDecoder(ErrInvalidQuotation, (*quotationWire).quotation)

// UnmarshalJSON reads what [Quotation.MarshalJSON] writes, strictly (see the
// package documentation, # JSON), and makes the quotation again with [New]
// from its ID, issue date, schedule, customer, request and last valid day:
// the stated quote, number, subtotals and total in capitals must be those
// that follow. Errors match [ErrInvalidQuotation] and name the field by its
// path ("customer.credit_code", "quote.total"); a problem New reports also
// matches what New's error matches. Dates decode as midnight UTC. On error q
// is unchanged.
func (q *Quotation) UnmarshalJSON(data []byte) error {
	return quotationDecoder.Unmarshal(data, q)
}

// quotation reads the members of w, makes the quotation they state with New
// and checks what w states besides.
func (w *quotationWire) quotation() (Quotation, error) {
	var l errs.List
	id := readID(&l, w.ID)
	issued := requiredDate(&l, "issued_on", w.IssuedOn)
	until := requiredDate(&l, "valid_until", w.ValidUntil)
	in := (&inquiryWire{Customer: w.Customer, Request: w.Request}).inquiry(&l, ErrInvalidQuotation)
	in.ValidUntil = until
	var s fees.Schedule
	member(&l, ErrInvalidQuotation, "schedule", w.Schedule, &s)
	var stated fees.Quote
	member(&l, ErrInvalidQuotation, "quote", w.Quote, &stated)
	required(&l, ErrInvalidQuotation, "number", w.Number, new(string))
	if w.Subtotals == nil {
		l.Missing(ErrInvalidQuotation, "subtotals")
	}
	if err := l.Err(); err != nil {
		return Quotation{}, err
	}
	v, err := New(id, issued, s, in)
	if err != nil {
		return Quotation{}, errs.Wrap(ErrInvalidQuotation, "", err)
	}
	return v, v.checkStated(w, stated)
}

// readID reads the required canonical UUID member id.
func readID(l *errs.List, text *string) uuid.UUID {
	var id jsonx.UUID
	if text == nil {
		l.Missing(ErrInvalidQuotation, "id")
		return uuid.Nil
	}
	l.Wrap(ErrInvalidQuotation, "id", id.UnmarshalText([]byte(*text)))
	return uuid.UUID(id)
}

// requiredDate reads a required date member.
func requiredDate(l *errs.List, field string, text *string) time.Time {
	if text == nil {
		l.Missing(ErrInvalidQuotation, field)
		return time.Time{}
	}
	t, err := calendar.Parse(*text)
	l.Wrap(ErrInvalidQuotation, field, err)
	return t
}

// checkStated reports what w states that does not follow from q: the quote
// (stated), the number, the subtotals and the total in capitals.
func (q Quotation) checkStated(w *quotationWire, stated fees.Quote) error {
	var l errs.List
	if !stated.Equal(q.quote) {
		l.New(ErrInvalidQuotation, "quote", "does not follow from the request under the schedule (total %s, the schedule gives %s)",
			stated.Total, q.quote.Total)
	}
	if *w.Number != q.Number() {
		l.New(ErrInvalidQuotation, "number", "%s, but the ID and the issue date give %s", errs.Quote(*w.Number), q.Number())
	}
	l.Add(q.checkSubtotals(w.Subtotals))
	switch {
	case q.words == "" && w.TotalInWords != nil:
		l.New(ErrInvalidQuotation, "total_in_words", "a quotation in %s has no total in Chinese capitals", q.quote.Currency)
	case q.words != "" && w.TotalInWords == nil:
		l.Missing(ErrInvalidQuotation, "total_in_words")
	case q.words != "" && *w.TotalInWords != q.words:
		l.New(ErrInvalidQuotation, "total_in_words", "%s, but the total %s is %s", errs.Quote(*w.TotalInWords), q.quote.Total, q.words)
	}
	return l.Err()
}

// checkSubtotals reports stated subtotals that are not q's.
func (q Quotation) checkSubtotals(stated []subtotalWire) error {
	if len(stated) != len(q.subtotals) {
		return errs.New(ErrInvalidQuotation, "subtotals", "%d, but the quote's lines fall in %d years", len(stated), len(q.subtotals))
	}
	var l errs.List
	for i, s := range stated {
		at := errs.Index("subtotals", i)
		var got Subtotal
		required(&l, ErrInvalidQuotation, errs.Path(at, "year"), s.Year, &got.Year)
		member(&l, ErrInvalidQuotation, errs.Path(at, "amount"), s.Amount, &got.Amount)
		if l.Len() == 0 && got != q.subtotals[i] {
			l.New(ErrInvalidQuotation, at, "year %d, %s, but the quote's lines give year %d, %s",
				got.Year, got.Amount, q.subtotals[i].Year, q.subtotals[i].Amount)
		}
	}
	return l.Err()
}
