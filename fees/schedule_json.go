package fees

import (
	"encoding/json"
	"maps"
	"slices"
	"strconv"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

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
	table, err := timeTableJSON(s.TimeTable)
	if err != nil {
		return nil, errs.Wrap(ErrInvalidSchedule, "time_table", err)
	}
	b := strconv.AppendQuote(append(make([]byte, 0, 512), `{"currency":`...), s.Currency)
	for _, p := range schedulePrices {
		b = p.field(&s).appendJSON(append(append(append(b, `,"`...), p.name...), `":`...))
	}
	b = append(appendDecimal(append(b, `,"vat_rate":"`...), s.VATRate), '"')
	b = strconv.AppendBool(append(b, `,"prices_include_vat":`...), s.PricesIncludeVAT)
	b = append(append(append(b, `,"time_table":`...), table...), '}')
	return b, nil
}

// timeTableJSON writes t by its name when it is a built-in table, else in
// full.
func timeTableJSON(t audit.TimeTable) ([]byte, error) {
	if builtin, err := audit.TimeTableByName(t.Name()); err == nil && builtin.Equal(t) {
		return json.Marshal(t.Name())
	}
	return t.MarshalJSON()
}

// scheduleDecoder is the jsonx.Decoder of a schedule, made once.
var scheduleDecoder = jsonx.NewDecoder(ErrInvalidSchedule, scheduleFields)

// UnmarshalJSON reads what [Schedule.MarshalJSON] writes, strictly (see the
// package documentation, # JSON): every field is required, the VAT rate may
// also be a JSON number, and the time table is a built-in's name, such as
// "after_sales", or a whole table as [audit.TimeTable.UnmarshalJSON] reads
// it. The result is then checked with [Schedule.Validate]. Errors match
// [ErrInvalidSchedule] and name the field. On error s is unchanged.
func (s *Schedule) UnmarshalJSON(data []byte) error {
	return scheduleDecoder.Unmarshal(data, s)
}

// scheduleFields reads a schedule's fields from the members of its JSON
// object, reporting each that is missing, bad or unknown, and checks the
// result with [Schedule.Validate].
func scheduleFields(members *map[string]json.RawMessage) (Schedule, error) {
	d := decoder{kind: ErrInvalidSchedule}
	fields := *members
	take := func(name string) json.RawMessage {
		raw := fields[name]
		delete(fields, name)
		return raw
	}
	var v Schedule
	d.value("currency", take("currency"), &v.Currency)
	for _, p := range schedulePrices {
		d.unmarshal(p.name, take(p.name), p.field(&v))
	}
	var rate *dec.Literal
	d.value("vat_rate", take("vat_rate"), &rate)
	if rate != nil {
		d.decimal("vat_rate", rate, &v.VATRate)
	}
	d.value("prices_include_vat", take("prices_include_vat"), &v.PricesIncludeVAT)
	d.unmarshal("time_table", take("time_table"), &v.TimeTable)
	for _, name := range slices.Sorted(maps.Keys(fields)) {
		d.list.New(ErrInvalidSchedule, "", "unknown field %s", errs.Quote(name))
	}
	if err := d.list.Err(); err != nil {
		return Schedule{}, err
	}
	return v, v.Validate()
}
