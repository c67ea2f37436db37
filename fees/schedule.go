package fees

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// ErrInvalidSchedule is matched by every problem [Schedule.Validate] and
// schedule decoding report.
var ErrInvalidSchedule = errors.New("fees: invalid schedule")

// Schedule is a certification body's prices and the audit time table they
// apply to (see the package documentation). All prices are in Currency, before VAT
// unless PricesIncludeVAT says otherwise. A Schedule is a plain value: build
// one, change a field of a copy, and call [Schedule.Validate];
// [Schedule.Quote] validates it again before it prices anything.
//
// The zero Schedule is not valid: it has no currency, no prices and no time
// table.
type Schedule struct {
	// Currency is the ISO 4217 code every price is in, such as "CNY".
	Currency string
	// Application is the application fee, charged once at the initial
	// certification (申请费).
	Application Money
	// PersonDay is the audit fee per person-day (审核费 per 人日).
	PersonDay Money
	// Registration is the registration and certificate fee, charged at the
	// initial certification and again at recertification (注册及证书费).
	Registration Money
	// AnnualFee is charged every year of the cycle (年金).
	AnnualFee Money
	// ExtraCopy is the price of each certificate copy beyond the first.
	ExtraCopy Money
	// VATRate is the VAT rate as a fraction: 0.06 for general taxpayers,
	// 0.03 for small-scale ones. It is in [0, 1), with at most 10 decimal
	// places.
	VATRate decimal.Decimal
	// PricesIncludeVAT says that the prices above already include VAT; a
	// quote then extracts the VAT instead of adding it (see the package
	// documentation, # VAT).
	PricesIncludeVAT bool
	// TimeTable gives the person-days the audit lines are priced on.
	TimeTable audit.TimeTable
}

// Package-level values of the default schedule, built once and never
// modified.
var (
	defaultVATRate = decimal.New(6, -2)
)

// DefaultSchedule returns the committee's schedule [committee], whose
// prices, VAT and time table the package documentation lists (# Schedules
// and quotes).
func DefaultSchedule() Schedule {
	return Schedule{
		Currency:         "CNY",
		Application:      Money{units: 1000_00, cur: cnyIndex},
		PersonDay:        Money{units: 3000_00, cur: cnyIndex},
		Registration:     Money{units: 2000_00, cur: cnyIndex},
		AnnualFee:        Money{units: 2000_00, cur: cnyIndex},
		ExtraCopy:        Money{units: 100_00, cur: cnyIndex},
		VATRate:          defaultVATRate,
		PricesIncludeVAT: false,
		TimeTable:        audit.AfterSalesTimeTable(),
	}
}

// cnyIndex is CNY's row in the currency table.
const cnyIndex = 1

// priceNames are the JSON names of a schedule's prices, in the order of
// [Schedule.prices]; messages name the prices by them.
var priceNames = [...]string{"application", "person_day", "registration", "annual_fee", "extra_copy"}

// prices returns s's prices in the order of priceNames.
func (s *Schedule) prices() [len(priceNames)]Money {
	return [...]Money{s.Application, s.PersonDay, s.Registration, s.AnnualFee, s.ExtraCopy}
}

// priceFields returns pointers to s's prices in the order of priceNames.
func (s *Schedule) priceFields() [len(priceNames)]*Money {
	return [...]*Money{&s.Application, &s.PersonDay, &s.Registration, &s.AnnualFee, &s.ExtraCopy}
}

// Validate reports every problem of s, joined, nil when there is none. Each
// problem matches [ErrInvalidSchedule] and names the field (by its JSON
// name, such as "person_day"): an unknown currency (also
// [ErrUnknownCurrency]), a missing price (the zero Money), a price in another
// currency (also [ErrCurrencyMismatch]), a negative price, a VAT rate
// outside [0, 1) or with more than 10 decimal places (what decoding reads),
// and a time table that fails [audit.TimeTable.Validate].
func (s Schedule) Validate() error {
	errs := s.validatePrices(nil)
	if err := s.TimeTable.Validate(); err != nil {
		errs = append(errs, fmt.Errorf("%w: time_table: %w", ErrInvalidSchedule, err))
	}
	return errors.Join(errs...)
}

// Equal reports whether s and o are the same schedule: the same currency,
// every price equal ([Money.Equal]), the same VAT rate by value (0.06 equals
// 0.060), the same PricesIncludeVAT and time tables that are
// [audit.TimeTable.Equal].
func (s Schedule) Equal(o Schedule) bool {
	if s.Currency != o.Currency || !s.VATRate.Equal(o.VATRate) || s.PricesIncludeVAT != o.PricesIncludeVAT {
		return false
	}
	op := o.prices()
	for i, p := range s.prices() {
		if !p.Equal(op[i]) {
			return false
		}
	}
	return s.TimeTable.Equal(o.TimeTable)
}

// validatePrices appends the problems of everything but the time table. It
// allocates nothing when there are none.
func (s *Schedule) validatePrices(errs []error) []error {
	cur, err := lookupCurrency(s.Currency)
	if err != nil {
		errs = append(errs, fmt.Errorf("%w: currency: %w", ErrInvalidSchedule, err))
	}
	for i, p := range s.prices() {
		name := priceNames[i]
		switch {
		case p.cur == 0:
			errs = append(errs, fmt.Errorf("%w: %s: missing (the zero Money); a free item is 0.00 in the schedule currency", ErrInvalidSchedule, name))
		case cur != 0 && p.cur != cur:
			errs = append(errs, fmt.Errorf("%w: %s: %s is not in the schedule currency %s: %w", ErrInvalidSchedule, name, p, s.Currency, ErrCurrencyMismatch))
		}
		if p.units < 0 {
			errs = append(errs, fmt.Errorf("%w: %s: %s is negative", ErrInvalidSchedule, name, p))
		}
	}
	if err := checkRate(s.VATRate); err != nil {
		errs = append(errs, fmt.Errorf("%w: vat_rate: %w", ErrInvalidSchedule, err))
	}
	return errs
}

// scheduleWire is a Schedule on the wire. Every field is required.
type scheduleWire struct {
	Currency         *string         `json:"currency"`
	Application      *moneyWire      `json:"application"`
	PersonDay        *moneyWire      `json:"person_day"`
	Registration     *moneyWire      `json:"registration"`
	AnnualFee        *moneyWire      `json:"annual_fee"`
	ExtraCopy        *moneyWire      `json:"extra_copy"`
	VATRate          *string         `json:"vat_rate"`
	PricesIncludeVAT *bool           `json:"prices_include_vat"`
	TimeTable        json.RawMessage `json:"time_table"`
}

// prices returns pointers to w's prices in the order of priceNames.
func (w *scheduleWire) prices() [len(priceNames)]**moneyWire {
	return [...]**moneyWire{&w.Application, &w.PersonDay, &w.Registration, &w.AnnualFee, &w.ExtraCopy}
}

// MarshalJSON writes s with snake_case fields, each price as a [Money]
// object, the VAT rate as a decimal string and the time table by its name
// when it is a built-in one ([audit.TimeTableByName]), else in full as
// [audit.TimeTable.MarshalJSON] writes it:
//
//	{"currency":"CNY","application":{"amount":"1000.00","currency":"CNY"},
//	 "person_day":{…},"registration":{…},"annual_fee":{…},"extra_copy":{…},
//	 "vat_rate":"0.06","prices_include_vat":false,"time_table":"after_sales"}
//
// A schedule that fails [Schedule.Validate] is an error.
func (s Schedule) MarshalJSON() ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	w := scheduleWire{
		Currency:         &s.Currency,
		VATRate:          ptr(s.VATRate.String()),
		PricesIncludeVAT: &s.PricesIncludeVAT,
	}
	if builtin, err := audit.TimeTableByName(s.TimeTable.Name()); err == nil && builtin.Equal(s.TimeTable) {
		w.TimeTable = json.RawMessage(strconv.Quote(s.TimeTable.Name()))
	} else {
		table, err := s.TimeTable.MarshalJSON()
		if err != nil {
			return nil, fmt.Errorf("%w: time_table: %w", ErrInvalidSchedule, err)
		}
		w.TimeTable = table
	}
	dst := w.prices()
	for i, p := range s.prices() {
		*dst[i] = p.wire()
	}
	return json.Marshal(w)
}

func ptr[T any](v T) *T { return &v }

// UnmarshalJSON reads what [Schedule.MarshalJSON] writes, strictly (unknown
// fields, duplicate keys, a number where a string is expected and trailing
// data are errors), and then validates the result with [Schedule.Validate].
// Every field is required. The time table is a built-in's name, such as
// "after_sales", or a whole table as [audit.TimeTable.UnmarshalJSON] reads
// it. The VAT rate is a plain decimal string ("0.06":
// digits, one optional point, at most 3 integer digits and 10 places, no
// sign or exponent). Each error matches [ErrInvalidSchedule] and names the
// field. On error s is unchanged.
func (s *Schedule) UnmarshalJSON(data []byte) error {
	var w scheduleWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidSchedule, err)
	}
	var v Schedule
	var errs []error
	missing := func(field string) {
		errs = append(errs, fmt.Errorf("%w: %s: missing", ErrInvalidSchedule, field))
	}
	if w.Currency == nil {
		missing("currency")
	} else {
		v.Currency = *w.Currency
	}
	dst := v.priceFields()
	for i, src := range w.prices() {
		name := priceNames[i]
		if *src == nil {
			missing(name)
			continue
		}
		m, err := (*src).toMoney()
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: %s: %w", ErrInvalidSchedule, name, err))
			continue
		}
		*dst[i] = m
	}
	if w.VATRate == nil {
		missing("vat_rate")
	} else if r, err := parseRate(*w.VATRate); err != nil {
		errs = append(errs, fmt.Errorf("%w: vat_rate: %w", ErrInvalidSchedule, err))
	} else {
		v.VATRate = r
	}
	if w.PricesIncludeVAT == nil {
		missing("prices_include_vat")
	} else {
		v.PricesIncludeVAT = *w.PricesIncludeVAT
	}
	if w.TimeTable == nil {
		missing("time_table")
	} else if err := v.TimeTable.UnmarshalJSON(w.TimeTable); err != nil {
		errs = append(errs, fmt.Errorf("%w: time_table: %w", ErrInvalidSchedule, err))
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := v.Validate(); err != nil {
		return err
	}
	*s = v
	return nil
}

// parseRate reads a non-negative plain decimal with at most 3 integer
// digits and 10 places, checked before decimal parsing.
func parseRate(s string) (decimal.Decimal, error) {
	if !plainDecimal(s, 3, maxRatePlaces) {
		return decimal.Decimal{}, fmt.Errorf("%s: want a plain decimal such as \"0.06\" (digits, one optional point, at most 3 integer digits and 10 places)", strconv.Quote(s))
	}
	return decimal.NewFromString(s)
}
