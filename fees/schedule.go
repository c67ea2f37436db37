package fees

import (
	"fmt"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/shopspring/decimal"
)

// Schedule is a certification body's prices and the audit time table they
// apply to (see the package documentation, # Schedules). It is a plain
// value: build one, change a field of a copy, check it with
// [Schedule.Validate], and price requests with [Schedule.Quote] or, to
// check it once for many quotes, with a [Quoter]. The zero Schedule is not
// valid.
type Schedule struct {
	// Currency is the ISO 4217 code every price is in, such as "CNY".
	Currency string
	// Application is the application fee (申请费).
	Application Money
	// PersonDay is the audit fee per person-day (审核费 per 人日).
	PersonDay Money
	// Registration is the registration and certificate fee (注册及证书费).
	Registration Money
	// AnnualFee is the fee of each year of a certificate (年金).
	AnnualFee Money
	// ExtraCopy is the price of each certificate copy beyond the first.
	ExtraCopy Money
	// VATRate is the VAT rate as a fraction, such as 0.06.
	VATRate decimal.Decimal
	// PricesIncludeVAT says that the prices above include VAT.
	PricesIncludeVAT bool
	// TimeTable gives the person-days the audit lines are priced on.
	TimeTable audit.TimeTable
}

// schedulePrices lists a schedule's prices once, in their JSON order: the
// JSON name, the field, and the items the price is charged for.
var schedulePrices = [...]struct {
	name  string
	field func(*Schedule) *Money
	items []Item
}{
	{"application", func(s *Schedule) *Money { return &s.Application }, []Item{Application}},
	{"person_day", func(s *Schedule) *Money { return &s.PersonDay }, []Item{InitialAudit, SurveillanceAudit, RecertificationAudit}},
	{"registration", func(s *Schedule) *Money { return &s.Registration }, []Item{Registration}},
	{"annual_fee", func(s *Schedule) *Money { return &s.AnnualFee }, []Item{AnnualFee}},
	{"extra_copy", func(s *Schedule) *Money { return &s.ExtraCopy }, []Item{ExtraCopy}},
}

// DefaultSchedule returns the committee's schedule [committee] (see the
// package documentation, # Schedules).
func DefaultSchedule() Schedule {
	yuan := func(y int64) Money { return Money{units: y * 100, cur: cny} }
	return Schedule{
		Currency:         "CNY",
		Application:      yuan(1000),
		PersonDay:        yuan(3000),
		Registration:     yuan(2000),
		AnnualFee:        yuan(2000),
		ExtraCopy:        yuan(100),
		VATRate:          decimal.New(6, -2),
		PricesIncludeVAT: false,
		TimeTable:        audit.AfterSalesTimeTable(),
	}
}

// Validate reports every problem of s, nil when there is none, each
// matching [ErrInvalidSchedule] and naming the field by its JSON name: an
// unknown currency (also [ErrUnknownCurrency]); a price that is missing (the
// zero Money), negative or in another currency (also [ErrCurrencyMismatch]);
// a VAT rate outside [0, 1) or with more than 10 decimal places; a time
// table that fails [audit.TimeTable.Validate].
func (s Schedule) Validate() error {
	var l errs.List
	cur, err := lookupCurrency(s.Currency)
	l.Wrap(ErrInvalidSchedule, "currency", err)
	for _, p := range schedulePrices {
		switch price := *p.field(&s); {
		case price.cur == 0:
			l.New(ErrInvalidSchedule, p.name, "is missing (the zero Money); a free item is 0.00 in the schedule currency")
		case cur != 0 && price.cur != cur:
			l.Wrap(ErrInvalidSchedule, p.name, errs.New(ErrCurrencyMismatch, "", "%s is not in the schedule currency %s", price, s.Currency))
		case price.units < 0:
			l.New(ErrInvalidSchedule, p.name, "%s is negative", price)
		}
	}
	l.Wrap(ErrInvalidSchedule, "vat_rate", checkRate(s.VATRate))
	l.Wrap(ErrInvalidSchedule, "time_table", s.TimeTable.Validate())
	return l.Err()
}

// rateSpec bounds a VAT rate's digits: below 1, at most 10 decimal places.
var rateSpec = dec.Spec{Int: 1, Places: 10}

// checkRate reports what is wrong with a VAT rate, nil when nothing: it is
// from 0 to below 1, with at most 10 decimal places.
func checkRate(r decimal.Decimal) error {
	if err := rateSpec.Check(r); err != nil {
		return fmt.Errorf("%v; want a rate from 0 to below 1", err)
	}
	if r.Sign() > 0 && r.NumDigits()+int(r.Exponent()) > 0 { // r ≥ 1
		return fmt.Errorf("%s is not below 1", dec.Show(r))
	}
	return nil
}

// Equal reports whether s and o are the same schedule: the same currency,
// prices ([Money.Equal]), VAT rate by value (0.06 equals 0.060),
// PricesIncludeVAT and time table ([audit.TimeTable.Equal]).
func (s Schedule) Equal(o Schedule) bool {
	if s.Currency != o.Currency || !s.VATRate.Equal(o.VATRate) || s.PricesIncludeVAT != o.PricesIncludeVAT {
		return false
	}
	for _, p := range schedulePrices {
		if !p.field(&s).Equal(*p.field(&o)) {
			return false
		}
	}
	return s.TimeTable.Equal(o.TimeTable)
}

// IsZero reports whether s is the zero Schedule.
func (s Schedule) IsZero() bool { return s.Equal(Schedule{}) }
