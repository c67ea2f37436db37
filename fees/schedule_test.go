package fees_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/aftersales/certification/internal/jsontest"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
)

func TestDefaultSchedule(t *testing.T) {
	// The committee's schedule [committee]: yuan, before VAT.
	s := fees.DefaultSchedule()
	require.NoError(t, s.Validate())
	assert.Equal(t, "CNY", s.Currency)
	assertMoney(t, "1000.00 CNY", s.Application)
	assertMoney(t, "3000.00 CNY", s.PersonDay)
	assertMoney(t, "2000.00 CNY", s.Registration)
	assertMoney(t, "2000.00 CNY", s.AnnualFee)
	assertMoney(t, "100.00 CNY", s.ExtraCopy)
	assertDecimal(t, "0.06", s.VATRate)
	assert.False(t, s.PricesIncludeVAT)
	assert.Equal(t, "after_sales", s.TimeTable.Name())
	assert.True(t, s.TimeTable.Equal(audit.AfterSalesTimeTable()))
}

func TestScheduleValidate(t *testing.T) {
	usd, err := fees.NewMoney("10", "USD")
	require.NoError(t, err)
	cases := []struct {
		name   string
		change func(*fees.Schedule)
		want   []string
		is     []error
	}{
		{"unknown currency", func(s *fees.Schedule) { s.Currency = "cny" }, []string{"currency"}, []error{fees.ErrUnknownCurrency}},
		{"negative price", func(s *fees.Schedule) { s.PersonDay = cny(t, "-1") }, []string{"person_day", "negative"}, nil},
		{"missing price", func(s *fees.Schedule) { s.ExtraCopy = fees.Money{} }, []string{"extra_copy", "missing"}, nil},
		{"price in another currency", func(s *fees.Schedule) { s.AnnualFee = usd }, []string{"annual_fee", "USD"}, []error{fees.ErrCurrencyMismatch}},
		{"negative VAT", func(s *fees.Schedule) { s.VATRate = decimal.RequireFromString("-0.01") }, []string{"vat_rate"}, nil},
		{"VAT of 1", func(s *fees.Schedule) { s.VATRate = decimal.NewFromInt(1) }, []string{"vat_rate"}, nil},
		{"VAT of 1.00", func(s *fees.Schedule) { s.VATRate = decimal.RequireFromString("1.00") }, []string{"vat_rate"}, nil},
		{"VAT of 13", func(s *fees.Schedule) { s.VATRate = decimal.NewFromInt(13) }, []string{"vat_rate"}, nil},
		{"zero time table", func(s *fees.Schedule) { s.TimeTable = audit.TimeTable{} }, []string{"time_table"}, []error{audit.ErrInvalidTimeTable}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := fees.DefaultSchedule()
			tc.change(&s)
			err := s.Validate()
			require.ErrorIs(t, err, fees.ErrInvalidSchedule)
			for _, w := range tc.want {
				assert.Contains(t, err.Error(), w)
			}
			for _, e := range tc.is {
				assert.ErrorIs(t, err, e)
			}
			_, qerr := s.Quote(fees.Request{Personnel: 120, Part: fees.Cycle})
			assert.ErrorIs(t, qerr, fees.ErrInvalidSchedule, "Quote refuses an invalid schedule")
		})
	}
	t.Run("every problem is reported", func(t *testing.T) {
		s := fees.DefaultSchedule()
		s.Application = cny(t, "-1")
		s.Registration = usd
		s.VATRate = decimal.NewFromInt(2)
		err := s.Validate()
		require.Error(t, err)
		for _, w := range []string{"application", "registration", "vat_rate"} {
			assert.Contains(t, err.Error(), w)
		}
	})
	t.Run("free items and no VAT are valid", func(t *testing.T) {
		s := fees.DefaultSchedule()
		s.ExtraCopy = cny(t, "0")
		s.VATRate = decimal.Zero
		assert.NoError(t, s.Validate())
		s.VATRate = decimal.RequireFromString("0.9999")
		assert.NoError(t, s.Validate())
	})
}

const defaultScheduleJSON = `{
  "currency": "CNY",
  "application": {"amount": "1000.00", "currency": "CNY"},
  "person_day": {"amount": "3000.00", "currency": "CNY"},
  "registration": {"amount": "2000.00", "currency": "CNY"},
  "annual_fee": {"amount": "2000.00", "currency": "CNY"},
  "extra_copy": {"amount": "100.00", "currency": "CNY"},
  "vat_rate": "0.06",
  "prices_include_vat": false,
  "time_table": "after_sales"
}`

// assertSchedule checks got against want with [fees.Schedule.Equal],
// printing both as JSON when they differ.
func assertSchedule(t *testing.T, want, got fees.Schedule) {
	t.Helper()
	if !want.Equal(got) {
		w, _ := json.Marshal(want)
		g, _ := json.Marshal(got)
		t.Errorf("schedules differ:\nwant %s\ngot  %s", w, g)
	}
}

func TestScheduleEqual(t *testing.T) {
	qms := audit.QMSTimeTable()
	usd, err := fees.NewMoney("1000.00", "USD")
	require.NoError(t, err)
	t.Run("equal", func(t *testing.T) {
		for _, tc := range []struct {
			name   string
			change func(*fees.Schedule)
		}{
			{"itself", func(*fees.Schedule) {}},
			{"VAT rate with trailing zeros", func(s *fees.Schedule) { s.VATRate = decimal.RequireFromString("0.0600") }},
			{"a price built from minor units", func(s *fees.Schedule) {
				m, err := fees.MoneyFromMinor(3000_00, "CNY")
				require.NoError(t, err)
				s.PersonDay = m
			}},
			{"a rebuilt time table", func(s *fees.Schedule) {
				table, err := audit.NewTimeTable(audit.AfterSalesTimeTable().Config())
				require.NoError(t, err)
				s.TimeTable = table
			}},
		} {
			t.Run(tc.name, func(t *testing.T) {
				s := fees.DefaultSchedule()
				tc.change(&s)
				assert.True(t, fees.DefaultSchedule().Equal(s))
				assert.True(t, s.Equal(fees.DefaultSchedule()))
			})
		}
	})
	t.Run("different", func(t *testing.T) {
		for _, tc := range []struct {
			name   string
			change func(*fees.Schedule)
		}{
			{"currency", func(s *fees.Schedule) { s.Currency = "USD" }},
			{"application", func(s *fees.Schedule) { s.Application = cny(t, "1000.01") }},
			{"person_day", func(s *fees.Schedule) { s.PersonDay = cny(t, "2999.99") }},
			{"registration", func(s *fees.Schedule) { s.Registration = cny(t, "0") }},
			{"annual_fee", func(s *fees.Schedule) { s.AnnualFee = cny(t, "2500") }},
			{"extra_copy", func(s *fees.Schedule) { s.ExtraCopy = cny(t, "50") }},
			{"price currency", func(s *fees.Schedule) { s.Application = usd }},
			{"vat_rate", func(s *fees.Schedule) { s.VATRate = decimal.RequireFromString("0.03") }},
			{"prices_include_vat", func(s *fees.Schedule) { s.PricesIncludeVAT = true }},
			{"time_table", func(s *fees.Schedule) { s.TimeTable = qms }},
			{"zero schedule", func(s *fees.Schedule) { *s = fees.Schedule{} }},
		} {
			t.Run(tc.name, func(t *testing.T) {
				s := fees.DefaultSchedule()
				tc.change(&s)
				assert.False(t, fees.DefaultSchedule().Equal(s))
				assert.False(t, s.Equal(fees.DefaultSchedule()))
			})
		}
	})
	t.Run("zero equals zero", func(t *testing.T) {
		assert.True(t, fees.Schedule{}.Equal(fees.Schedule{}))
	})
}

func TestScheduleJSON(t *testing.T) {
	data, err := json.Marshal(fees.DefaultSchedule())
	require.NoError(t, err)
	assert.JSONEq(t, defaultScheduleJSON, string(data))

	var s fees.Schedule
	require.NoError(t, json.Unmarshal([]byte(defaultScheduleJSON), &s))
	assertSchedule(t, fees.DefaultSchedule(), s)

	t.Run("the VAT rate may be a JSON number", func(t *testing.T) {
		var s fees.Schedule
		require.NoError(t, json.Unmarshal([]byte(strings.Replace(defaultScheduleJSON, `"0.06"`, `0.06`, 1)), &s))
		assertSchedule(t, fees.DefaultSchedule(), s)
	})

	t.Run("custom table round trips in full", func(t *testing.T) {
		c := audit.AfterSalesTimeTable().Config()
		c.Name = "shanghai_cb"
		c.Bands[5].Initial = decimal.NewFromInt(9)
		table, err := audit.NewTimeTable(c)
		require.NoError(t, err)
		in := fees.DefaultSchedule()
		in.TimeTable = table
		in.PricesIncludeVAT = true
		in.VATRate = decimal.RequireFromString("0.03")
		data, err := json.Marshal(in)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"bands"`)
		var out fees.Schedule
		require.NoError(t, json.Unmarshal(data, &out))
		assertSchedule(t, in, out)
	})
	t.Run("an invalid schedule does not encode", func(t *testing.T) {
		_, err := json.Marshal(fees.Schedule{})
		assert.ErrorIs(t, err, fees.ErrInvalidSchedule)
	})

	edit := func(old, new string) string {
		require.Contains(t, defaultScheduleJSON, old)
		return strings.Replace(defaultScheduleJSON, old, new, 1)
	}
	bad := []struct{ name, data, field string }{
		{"unknown field", edit(`"currency": "CNY",`, `"currency": "CNY", "discount": "5",`), "discount"},
		{"duplicate key", edit(`"vat_rate": "0.06",`, `"vat_rate": "0.06", "vat_rate": "0.03",`), "vat_rate"},
		{"number for an amount", edit(`{"amount": "3000.00", "currency": "CNY"}`, `{"amount": 3000, "currency": "CNY"}`), `person_day: invalid JSON document: field "amount": want string`},
		{"exponent in an amount", edit(`"1000.00"`, `"1e3"`), "application"},
		{"exponent in the VAT rate", edit(`"0.06"`, `"6e-2"`), "vat_rate"},
		{"exponent in the VAT rate written as a number", edit(`"0.06"`, `6e-2`), "vat_rate"},
		{"null price", edit(`{"amount": "2000.00", "currency": "CNY"}`, `null`), "registration: is missing"},
		{"null currency", edit(`"currency": "CNY",`, `"currency": null,`), "currency: is missing"},
		{"null VAT rate", edit(`"vat_rate": "0.06"`, `"vat_rate": null`), "vat_rate: is missing"},
		{"null time table", edit(`"time_table": "after_sales"`, `"time_table": null`), "time_table: is missing"},
		{"number for the currency", edit(`"currency": "CNY",`, `"currency": 156,`), "want string, got JSON number"},
		{"absurd amount", edit(`"100.00"`, `"`+strings.Repeat("9", 300)+`"`), "extra_copy"},
		{"absurd VAT rate", edit(`"0.06"`, `"0.`+strings.Repeat("0", 300)+`6"`), "vat_rate"},
		{"three places", edit(`"2000.00", "currency": "CNY"}`, `"2000.001", "currency": "CNY"}`), "registration"},
		{"negative price", edit(`"2000.00"`, `"-2000.00"`), "registration"},
		{"price in another currency", edit(`{"amount": "100.00", "currency": "CNY"}`, `{"amount": "100.00", "currency": "USD"}`), "extra_copy"},
		{"VAT rate of 1", edit(`"0.06"`, `"1"`), "vat_rate"},
		{"unknown table", edit(`"after_sales"`, `"iso9001"`), "time_table"},
		{"missing field", edit(`"prices_include_vat": false,`, ``), "prices_include_vat"},
		{"string for a bool", edit(`"prices_include_vat": false`, `"prices_include_vat": "false"`), "prices_include_vat"},
		{"unknown currency", edit(`"currency": "CNY",`, `"currency": "RMB",`), "currency"},
		{"trailing data", defaultScheduleJSON + `{}`, "after"},
		{"not an object", `[]`, "want object, got JSON array"},
		{"null", `null`, "fees: invalid schedule: invalid JSON document: null, where a value is required"},
	}
	for _, tc := range bad {
		t.Run("error/"+tc.name, func(t *testing.T) {
			got := fees.DefaultSchedule()
			got.VATRate = decimal.RequireFromString("0.03")
			err := got.UnmarshalJSON([]byte(tc.data))
			require.Error(t, err)
			assert.ErrorIs(t, err, fees.ErrInvalidSchedule)
			assert.Contains(t, err.Error(), tc.field)
			assertDecimal(t, "0.03", got.VATRate, "receiver unchanged")
		})
	}
}

func FuzzScheduleJSON(f *testing.F) {
	f.Add([]byte(defaultScheduleJSON))
	f.Add([]byte(`{"currency":"JPY","application":{"amount":"1000","currency":"JPY"},"person_day":{"amount":"30000","currency":"JPY"},"registration":{"amount":"0","currency":"JPY"},"annual_fee":{"amount":"1","currency":"JPY"},"extra_copy":{"amount":"5","currency":"JPY"},"vat_rate":"0.1","prices_include_vat":true,"time_table":"qms"}`))
	f.Add([]byte(`{"currency":"CNY"}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var s fees.Schedule
		if err := json.Unmarshal(data, &s); err != nil {
			return
		}
		// Whatever decodes is valid, encodes, and decodes to the same.
		if err := s.Validate(); err != nil {
			t.Fatalf("decoded an invalid schedule: %v", err)
		}
		jsontest.RoundTrip(t, s)
		// A valid schedule quotes without panicking.
		if _, err := s.Quote(fees.Request{Personnel: 120, Part: fees.Cycle, Discount: decimal.NewFromInt(5)}); err != nil &&
			!errors.Is(err, fees.ErrAmountTooLarge) && !errors.Is(err, audit.ErrBeyondTable) {
			t.Fatalf("Quote: %v", err)
		}
	})
}
