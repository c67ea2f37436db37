package quotation

import (
	"encoding/hex"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// DefaultValidDays is how many days after its issue date a quotation stands
// when its inquiry names no last day: the 30th day after the issue date is
// the last valid day (see the package documentation, # Validity).
const DefaultValidDays = 30

// Quotation is a quote as a certification body sends it (报价单): its
// number, customer, issue date and last valid day, the schedule and request
// it prices, the quote, per-year subtotals and the total in Chinese capitals
// (see the package documentation). It is an immutable value built by [New];
// the zero Quotation is not valid.
type Quotation struct {
	id        uuid.UUID
	issuedOn  time.Time
	inquiry   Inquiry // ValidUntil always set
	schedule  fees.Schedule
	quote     fees.Quote
	subtotals []Subtotal
	words     string // "" unless the currency is CNY
}

// Subtotal is what the lines of one year of a quote add up to.
type Subtotal struct {
	// Year is the year of the lines, 1 to 3, or 0 for the lines of the
	// whole quote (travel, the discount).
	Year int
	// Amount is the sum of the year's lines, before VAT unless the
	// schedule's prices include it.
	Amount fees.Money
}

// New makes the quotation with the caller's ID, issued on issuedOn, that
// answers in by pricing its request on s (see the package documentation,
// # Quotations and # Validity).
//
// Errors, all reported at once: a uuid.Nil ID, a zero issue date or one
// outside 0001-01-02 to 9999-12-31, a schedule that [fees.Schedule.Validate]
// refuses ("schedule.vat_rate", also fees.ErrInvalidSchedule) and a default
// last valid day after 9999 match [ErrInvalidQuotation]; the problems of in
// ([Inquiry.Validate]), a last valid day before the issue date, what the
// schedule refuses in the request ("request.personnel", also
// fees.ErrInvalidRequest and audit's errors) and a CNY total that cannot be
// written in Chinese capitals (also fees.ErrUppercase) match
// [ErrInvalidInquiry].
func New(id uuid.UUID, issuedOn time.Time, s fees.Schedule, in Inquiry) (Quotation, error) {
	var l errs.List
	if id == uuid.Nil {
		l.New(ErrInvalidQuotation, "id", "is the nil UUID")
	}
	dateErr := errs.Wrap(ErrInvalidQuotation, "issued_on", calendar.Check(issuedOn))
	l.Add(dateErr)
	l.Add(errs.Wrap(ErrInvalidInquiry, "customer", in.Customer.Validate()))
	if dateErr == nil {
		issuedOn = calendar.Date(issuedOn)
		in.ValidUntil = lastValidDay(&l, issuedOn, in.ValidUntil)
	}
	q, err := s.Quote(in.Request) // checks the schedule, then the request on it
	if errors.Is(err, fees.ErrInvalidSchedule) {
		l.Add(errs.Wrap(ErrInvalidQuotation, "schedule", err))
		err = in.Request.Validate() // what needs no schedule
	}
	l.Add(errs.Wrap(ErrInvalidInquiry, "request", err))
	if err := l.Err(); err != nil {
		return Quotation{}, err
	}
	in.Request = in.Request.Clone()
	return price(id, issuedOn, s, in, q)
}

// price completes a quotation whose every input is valid with the figures
// that follow from its quote.
func price(id uuid.UUID, issuedOn time.Time, s fees.Schedule, in Inquiry, q fees.Quote) (Quotation, error) {
	v := Quotation{id: id, issuedOn: issuedOn, inquiry: in, schedule: s, quote: q}
	var err error
	if v.subtotals, err = subtotals(q.Lines); err != nil {
		return Quotation{}, errs.Wrap(ErrInvalidInquiry, "request", err)
	}
	if q.Currency == "CNY" {
		if v.words, err = q.Total.Uppercase(); err != nil {
			return Quotation{}, errs.Wrap(ErrInvalidInquiry, "request", err)
		}
	}
	return v, nil
}

// MustNew is [New] for tests and package-level values: it panics, naming
// the call, where New returns an error.
func MustNew(id uuid.UUID, issuedOn time.Time, s fees.Schedule, in Inquiry) Quotation {
	q, err := New(id, issuedOn, s, in)
	if err != nil {
		panic("quotation.MustNew: " + err.Error())
	}
	return q
}

// lastValidDay returns the last day a quotation issued on issuedOn stands:
// until, or for the zero time the default (see the package documentation,
// # Validity). It adds to l a day outside 0001-01-02 to 9999-12-31 or before the
// issue date.
func lastValidDay(l *errs.List, issuedOn, until time.Time) time.Time {
	if !until.IsZero() {
		if err := checkValidUntil(until); err != nil {
			l.Add(err)
			return time.Time{}
		}
		if calendar.Before(until, issuedOn) {
			l.New(ErrInvalidInquiry, "valid_until", "%s is before the issue date %s", calendar.Format(until), calendar.Format(issuedOn))
			return time.Time{}
		}
		return calendar.Date(until)
	}
	until = calendar.AddDays(issuedOn, DefaultValidDays)
	if !calendar.InRange(until) {
		l.New(ErrInvalidQuotation, "valid_until", "the default, %d days after the issue date %s, is after the year %d",
			DefaultValidDays, calendar.Format(issuedOn), calendar.MaxYear)
	}
	return until
}

// subtotals adds up the lines of each year, years 1 to 3 in order, then the
// lines of the whole quote (year 0), leaving out years without lines.
func subtotals(lines []fees.Line) ([]Subtotal, error) {
	var out []Subtotal
	for _, year := range [...]int{1, 2, 3, 0} {
		found := false
		var sum fees.Money
		for _, l := range lines {
			if l.Year != year {
				continue
			}
			var err error
			if sum, err = sum.Add(l.Amount); err != nil {
				return nil, err
			}
			found = true
		}
		if found {
			out = append(out, Subtotal{Year: year, Amount: sum})
		}
	}
	return out, nil
}

// ID returns the caller's ID of the quotation.
func (q Quotation) ID() uuid.UUID { return q.id }

// Number returns the quotation's number, such as "Q-20260310-6BA7B8109DAD"
// (see the package documentation, # Numbers); "" for the zero Quotation.
func (q Quotation) Number() string {
	if q.id == uuid.Nil {
		return ""
	}
	return "Q-" + q.issuedOn.Format("20060102") + "-" + strings.ToUpper(hex.EncodeToString(q.id[:6]))
}

// IssuedOn returns the issue date, midnight in the location it was given in.
func (q Quotation) IssuedOn() time.Time { return q.issuedOn }

// ValidUntil returns the last day the quotation stands, midnight in the
// location it was given in (the issue date's for the default).
func (q Quotation) ValidUntil() time.Time { return q.inquiry.ValidUntil }

// ValidOn reports whether the quotation stands on day: from its issue date
// to its last valid day, both included, the calendar date of day read in its
// own location. The zero Quotation stands on no day.
func (q Quotation) ValidOn(day time.Time) bool {
	return q.id != uuid.Nil && calendar.Within(day, q.issuedOn, q.inquiry.ValidUntil)
}

// Customer returns the customer the quotation is for.
func (q Quotation) Customer() Customer { return q.inquiry.Customer }

// Request returns the request the quotation prices.
func (q Quotation) Request() fees.Request { return q.inquiry.Request.Clone() }

// Schedule returns the schedule the request is priced on.
func (q Quotation) Schedule() fees.Schedule { return q.schedule }

// Quote returns the quote: the lines, the net, the VAT and the total.
func (q Quotation) Quote() fees.Quote { return q.quote.Clone() }

// Subtotals returns what the lines of each year add up to: years 1 to 3 in
// order, then the lines of the whole quote (year 0); a year without lines
// has no subtotal. They add up to the quote's net, or to its total when the
// schedule's prices include VAT.
func (q Quotation) Subtotals() []Subtotal { return slices.Clone(q.subtotals) }

// TotalInWords returns the total in Chinese capitals as
// [fees.Money.Uppercase] writes it, such as "人民币伍万伍仟陆佰伍拾元整"; "" when
// the quotation is not in CNY, which is the only currency the rules write
// [PBOC].
func (q Quotation) TotalInWords() string { return q.words }

// Equal reports whether q and o are the same quotation: the same ID,
// customer and dates (calendar dates, each read in its own location), and
// equal schedules, requests and quotes ([fees.Schedule.Equal],
// [fees.Request.Equal], [fees.Quote.Equal]); what follows from them follows.
func (q Quotation) Equal(o Quotation) bool {
	return q.id == o.id && calendar.Equal(q.issuedOn, o.issuedOn) && q.inquiry.Equal(o.inquiry) &&
		q.schedule.Equal(o.schedule) && q.quote.Equal(o.quote)
}

// IsZero reports whether q is the zero Quotation.
func (q Quotation) IsZero() bool { return q.Equal(Quotation{}) }
