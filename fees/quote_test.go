package fees_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/jsontest"
)

// wantLine is a line written as text: "item year quantity unit amount".
func lineText(l fees.Line) string {
	return fmt.Sprintf("%s %d %s %s %s", l.Item, l.Year, l.Quantity.String(), l.UnitPrice.Amount().StringFixed(2), l.Amount.Amount().StringFixed(2))
}

func linesText(q fees.Quote) []string {
	out := make([]string, len(q.Lines))
	for i, l := range q.Lines {
		out[i] = lineText(l)
	}
	return out
}

func quote(t *testing.T, s fees.Schedule, r fees.Request) fees.Quote {
	t.Helper()
	q, err := s.Quote(r)
	require.NoError(t, err)
	require.NoError(t, q.Validate())
	return q
}

// TestQuoteCheckFigures holds the brief's check figures [brief] on the
// committee's default schedule [committee].
func TestQuoteCheckFigures(t *testing.T) {
	s := fees.DefaultSchedule()
	t.Run("120 personnel, cycle", func(t *testing.T) {
		q := quote(t, s, fees.Request{Personnel: 120, Part: fees.Cycle})
		assert.Equal(t, []string{
			"application 1 1 1000.00 1000.00",
			"initial_audit 1 8.5 3000.00 25500.00",
			"registration 1 1 2000.00 2000.00",
			"annual_fee 1 1 2000.00 2000.00",
			"surveillance_audit 2 3 3000.00 9000.00",
			"annual_fee 2 1 2000.00 2000.00",
			"surveillance_audit 3 3 3000.00 9000.00",
			"annual_fee 3 1 2000.00 2000.00",
		}, linesText(q))
		assert.Equal(t, "8.5 person-days × 3000.00", q.Lines[1].EnglishBasis())
		assert.Equal(t, "3 person-days × 3000.00", q.Lines[4].EnglishBasis())
		assert.Equal(t, "8.5 人日 × 3000.00", q.Lines[1].ChineseBasis())
		assertMoney(t, "52500.00 CNY", q.Net)
		assertMoney(t, "3150.00 CNY", q.VAT)
		assertMoney(t, "55650.00 CNY", q.Total)
		assert.Equal(t, "CNY", q.Currency)
		assert.Equal(t, fees.Cycle, q.Part)
		assertDecimal(t, "8.5", q.Effort.Initial)
		assertDecimal(t, "3", q.Effort.Surveillance)
		words, err := q.Total.Uppercase()
		require.NoError(t, err)
		assert.Equal(t, "人民币伍万伍仟陆佰伍拾元整", words)
		// Year 1 = 1000 + 25500 + 2000 + 2000; years 2 and 3 = 3 × 3000 + 2000.
		byYear := map[int]int64{}
		for _, l := range q.Lines {
			byYear[l.Year] += l.Amount.MinorUnits()
		}
		assert.Equal(t, map[int]int64{1: 30500_00, 2: 11000_00, 3: 11000_00}, byYear)
	})
	t.Run("1200 personnel, initial", func(t *testing.T) {
		q := quote(t, s, fees.Request{Personnel: 1200, Part: fees.Initial})
		assert.Equal(t, []string{
			"application 1 1 1000.00 1000.00",
			"initial_audit 1 16 3000.00 48000.00",
			"registration 1 1 2000.00 2000.00",
			"annual_fee 1 1 2000.00 2000.00",
		}, linesText(q))
		assertMoney(t, "53000.00 CNY", q.Net)
		assertMoney(t, "3180.00 CNY", q.VAT)
		assertMoney(t, "56180.00 CNY", q.Total)
	})
}

func TestQuoteParts(t *testing.T) {
	s := fees.DefaultSchedule()
	cases := []struct {
		name  string
		r     fees.Request
		lines []string
		net   string
	}{
		{"surveillance: one year, labelled year 2", fees.Request{Personnel: 120, Part: fees.Surveillance}, []string{
			"surveillance_audit 2 3 3000.00 9000.00",
			"annual_fee 2 1 2000.00 2000.00",
		}, "11000.00 CNY"},
		{"recertification: no application fee, registration again", fees.Request{Personnel: 120, Part: fees.Recertification}, []string{
			"recertification_audit 1 5 3000.00 15000.00",
			"registration 1 1 2000.00 2000.00",
			"annual_fee 1 1 2000.00 2000.00",
		}, "19000.00 CNY"},
		{"sites: 0 is the head office only", fees.Request{Personnel: 120, Sites: 0, Part: fees.Initial}, []string{
			"application 1 1 1000.00 1000.00",
			"initial_audit 1 8.5 3000.00 25500.00",
			"registration 1 1 2000.00 2000.00",
			"annual_fee 1 1 2000.00 2000.00",
		}, "30500.00 CNY"},
		// 5 sites: 4 besides the head office; ⌈√4⌉ = 2 sampled at the initial
		// audit, 0.5 person-day each [MD1], [committee].
		{"five sites", fees.Request{Personnel: 120, Sites: 5, Part: fees.Initial}, []string{
			"application 1 1 1000.00 1000.00",
			"initial_audit 1 9.5 3000.00 28500.00",
			"registration 1 1 2000.00 2000.00",
			"annual_fee 1 1 2000.00 2000.00",
		}, "33500.00 CNY"},
		// −10 % of 8.5 = 7.65 → 7.5; of 3 = 2.7 → 2.5 (half days, [MD5]).
		{"adjustment", fees.Request{Personnel: 120, Part: fees.Initial, Adjustments: []audit.Adjustment{
			{Reason: "single repetitive process", Percent: decimal.NewFromInt(-10)}}}, []string{
			"application 1 1 1000.00 1000.00",
			"initial_audit 1 7.5 3000.00 22500.00",
			"registration 1 1 2000.00 2000.00",
			"annual_fee 1 1 2000.00 2000.00",
		}, "27500.00 CNY"},
		{"extra copies, travel and a discount", fees.Request{Personnel: 120, Part: fees.Initial, ExtraCopies: 2,
			Travel: cny(t, "1234.56"), Discount: decimal.RequireFromString("12.5")}, []string{
			"application 1 1 1000.00 1000.00",
			"initial_audit 1 8.5 3000.00 25500.00",
			"registration 1 1 2000.00 2000.00",
			"annual_fee 1 1 2000.00 2000.00",
			"extra_copy 1 2 100.00 200.00",
			"travel 0 1 1234.56 1234.56",
			// 12.5 % of 30700.00 (travel excluded) = 3837.50
			"discount 0 -12.5 30700.00 -3837.50",
		}, "28097.06 CNY"},
		{"discount rounds half up", fees.Request{Personnel: 1, Part: fees.Surveillance,
			Discount: decimal.RequireFromString("0.0001")}, []string{
			"surveillance_audit 2 1.5 3000.00 4500.00",
			"annual_fee 2 1 2000.00 2000.00",
			// 0.0001 % of 6500.00 = 0.0065 → 0.01
			"discount 0 -0.0001 6500.00 -0.01",
		}, "6499.99 CNY"},
		{"extra copies on a surveillance go in its year", fees.Request{Personnel: 120, Part: fees.Surveillance, ExtraCopies: 1}, []string{
			"surveillance_audit 2 3 3000.00 9000.00",
			"annual_fee 2 1 2000.00 2000.00",
			"extra_copy 2 1 100.00 100.00",
		}, "11100.00 CNY"},
		{"full discount", fees.Request{Personnel: 120, Part: fees.Surveillance, Discount: decimal.NewFromInt(100)}, []string{
			"surveillance_audit 2 3 3000.00 9000.00",
			"annual_fee 2 1 2000.00 2000.00",
			"discount 0 -100 11000.00 -11000.00",
		}, "0.00 CNY"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q := quote(t, s, tc.r)
			assert.Equal(t, tc.lines, linesText(q))
			assertMoney(t, tc.net, q.Net)
		})
	}
	t.Run("units and bases", func(t *testing.T) {
		q := quote(t, s, fees.Request{Personnel: 120, Part: fees.Initial, ExtraCopies: 2,
			Travel: cny(t, "800"), Discount: decimal.NewFromInt(10)})
		var units, english, chinese []string
		for _, l := range q.Lines {
			units = append(units, l.Unit.String())
			english = append(english, l.EnglishBasis())
			chinese = append(chinese, l.ChineseBasis())
		}
		assert.Equal(t, []string{"application", "person_day", "certificate", "year", "copy", "at_cost", "percent"}, units)
		assert.Equal(t, []string{
			"1 application × 1000.00",
			"8.5 person-days × 3000.00",
			"1 certificate × 2000.00",
			"1 year × 2000.00",
			"2 copies × 100.00",
			"at cost, caller's estimate: 800.00",
			"10 % of 30700.00",
		}, english)
		assert.Equal(t, []string{
			"1 次 × 1000.00",
			"8.5 人日 × 3000.00",
			"1 张 × 2000.00",
			"1 年 × 2000.00",
			"2 份 × 100.00",
			"实报实销，预估 800.00",
			"30700.00 的 10 %",
		}, chinese)
	})
}

func TestQuoteVAT(t *testing.T) {
	t.Run("half up on the net", func(t *testing.T) {
		s := fees.DefaultSchedule()
		s.Application = cny(t, "0.25") // 3000 + 0.25 + … : VAT on x.25 × 0.06 = …0.015 → …0.02
		s.PersonDay = cny(t, "0")
		s.Registration = cny(t, "0")
		s.AnnualFee = cny(t, "0")
		q := quote(t, s, fees.Request{Personnel: 1, Part: fees.Initial})
		assertMoney(t, "0.25 CNY", q.Net)
		assertMoney(t, "0.02 CNY", q.VAT) // 0.015 rounds half up
		assertMoney(t, "0.27 CNY", q.Total)
	})
	t.Run("small-scale taxpayer 3 %", func(t *testing.T) {
		s := fees.DefaultSchedule()
		s.VATRate = decimal.RequireFromString("0.03")
		q := quote(t, s, fees.Request{Personnel: 120, Part: fees.Cycle})
		assertMoney(t, "52500.00 CNY", q.Net)
		assertMoney(t, "1575.00 CNY", q.VAT)
		assertMoney(t, "54075.00 CNY", q.Total)
	})
	t.Run("prices include VAT: extracted", func(t *testing.T) {
		s := fees.DefaultSchedule()
		s.PricesIncludeVAT = true
		q := quote(t, s, fees.Request{Personnel: 120, Part: fees.Cycle})
		// 52500 × 0.06 / 1.06 = 2971.698… → 2971.70
		assertMoney(t, "52500.00 CNY", q.Total)
		assertMoney(t, "2971.70 CNY", q.VAT)
		assertMoney(t, "49528.30 CNY", q.Net)
		assert.True(t, q.VATIncluded)
	})
	t.Run("no VAT", func(t *testing.T) {
		s := fees.DefaultSchedule()
		s.VATRate = decimal.Zero
		q := quote(t, s, fees.Request{Personnel: 120, Part: fees.Cycle})
		assertMoney(t, "0.00 CNY", q.VAT)
		assert.True(t, q.Net.Equal(q.Total))
	})
}

func TestQuoteErrors(t *testing.T) {
	s := fees.DefaultSchedule()
	usd, err := fees.NewMoney("10", "USD")
	require.NoError(t, err)
	cases := []struct {
		name string
		r    fees.Request
		is   []error
		text string
	}{
		{"zero personnel", fees.Request{Part: fees.Cycle}, []error{fees.ErrInvalidRequest, audit.ErrInvalidPersonnel}, "personnel: 0 is below 1"},
		{"negative personnel", fees.Request{Personnel: -3, Part: fees.Cycle}, []error{fees.ErrInvalidRequest, audit.ErrInvalidPersonnel}, "personnel: -3 is below 1"},
		{"unknown part", fees.Request{Personnel: 120}, []error{fees.ErrInvalidRequest, fees.ErrUnknownCode}, "part: part 0 is not one of initial, surveillance, recertification, cycle"},
		{"part past the last", fees.Request{Personnel: 120, Part: fees.Cycle + 1}, []error{fees.ErrInvalidRequest, fees.ErrUnknownCode}, "part"},
		{"negative discount", fees.Request{Personnel: 120, Part: fees.Cycle, Discount: decimal.NewFromInt(-1)}, []error{fees.ErrInvalidRequest}, "discount: -1 % is outside 0–100"},
		{"discount above 100", fees.Request{Personnel: 120, Part: fees.Cycle, Discount: decimal.RequireFromString("100.01")}, []error{fees.ErrInvalidRequest}, "outside 0–100"},
		{"discount with a huge exponent", fees.Request{Personnel: 120, Part: fees.Cycle, Discount: decimal.New(1, 1_000_000)}, []error{fees.ErrInvalidRequest}, "discount"},
		{"discount with absurd places", fees.Request{Personnel: 120, Part: fees.Cycle, Discount: decimal.New(1, -1_000_000)}, []error{fees.ErrInvalidRequest}, "decimal places"},
		{"travel in another currency", fees.Request{Personnel: 120, Part: fees.Cycle, Travel: usd}, []error{fees.ErrInvalidRequest, fees.ErrCurrencyMismatch}, "travel"},
		{"negative travel", fees.Request{Personnel: 120, Part: fees.Cycle, Travel: cny(t, "-1")}, []error{fees.ErrInvalidRequest}, "travel"},
		{"negative extra copies", fees.Request{Personnel: 120, Part: fees.Cycle, ExtraCopies: -1}, []error{fees.ErrInvalidRequest}, "extra_copies: -1 is outside"},
		{"negative sites", fees.Request{Personnel: 120, Part: fees.Cycle, Sites: -1}, []error{fees.ErrInvalidRequest}, "sites: -1 is outside"},
		// The time table's refusals are problems of the request.
		{"beyond the table", fees.Request{Personnel: 10701, Part: fees.Cycle}, []error{fees.ErrInvalidRequest, audit.ErrBeyondTable}, "fees: invalid request: personnel: 10701 personnel is beyond the after_sales table"},
		{"reduction above the cap", fees.Request{Personnel: 120, Part: fees.Cycle, Adjustments: []audit.Adjustment{
			{Reason: "simple", Percent: decimal.NewFromInt(-31)}}}, []error{fees.ErrInvalidRequest, audit.ErrReductionCap}, "fees: invalid request: adjustments: −31 % in total is more than the 30 %"},
		{"increase above the table's limit", fees.Request{Personnel: 120, Part: fees.Cycle, Adjustments: []audit.Adjustment{
			{Reason: "complex", Percent: decimal.NewFromInt(60)}, {Reason: "remote", Percent: decimal.NewFromInt(60)}}},
			[]error{fees.ErrInvalidRequest, audit.ErrInvalidAdjustment}, "fees: invalid request: adjustments: +120 % in total is above +100 %"},
		{"adjustment without a reason", fees.Request{Personnel: 120, Part: fees.Cycle, Adjustments: []audit.Adjustment{
			{Reason: " ", Percent: decimal.NewFromInt(-5)}}}, []error{fees.ErrInvalidRequest, audit.ErrInvalidAdjustment}, "adjustments[0].reason: empty"},
		{"adjustment above +100 %", fees.Request{Personnel: 120, Part: fees.Cycle, Adjustments: []audit.Adjustment{
			{Reason: "complex", Percent: decimal.NewFromInt(101)}}}, []error{fees.ErrInvalidRequest, audit.ErrInvalidAdjustment}, "101"},
		{"adjustment with an absurd exponent", fees.Request{Personnel: 120, Part: fees.Cycle, Adjustments: []audit.Adjustment{
			{Reason: "complex", Percent: decimal.New(1, 1_000_000)}}}, []error{fees.ErrInvalidRequest, audit.ErrInvalidAdjustment}, "adjustments[0].percent: 1e1000000 %"},
		{"extra copies past the limit", fees.Request{Personnel: 120, Part: fees.Cycle, ExtraCopies: fees.MaxExtraCopies + 1}, []error{fees.ErrInvalidRequest}, "extra_copies: 1000001 is outside 0–1000000"},
		{"absurd extra copies", fees.Request{Personnel: 120, Part: fees.Cycle, ExtraCopies: 1 << 60}, []error{fees.ErrInvalidRequest}, "extra_copies: 1152921504606846976"},
		{"sites past the limit", fees.Request{Personnel: 120, Part: fees.Cycle, Sites: fees.MaxSites + 1}, []error{fees.ErrInvalidRequest}, "sites: 1000001 is outside 0–1000000"},
		// Its effort had 2^31 sampled sites, more person-days than a quote's
		// JSON form holds, so the quote could not be encoded.
		{"a request with 2^62 sites", fees.Request{Personnel: 120, Part: fees.Cycle, Sites: 1 << 62}, []error{fees.ErrInvalidRequest}, "sites: 4611686018427387904"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q, err := s.Quote(tc.r)
			require.Error(t, err)
			for _, e := range tc.is {
				assert.ErrorIs(t, err, e)
			}
			assert.Contains(t, err.Error(), tc.text)
			assert.True(t, strings.HasPrefix(err.Error(), "fees: invalid request: "), err.Error())
			assert.True(t, q.IsZero(), "no quote on error")
		})
	}
	t.Run("an amount out of bounds", func(t *testing.T) {
		big := fees.DefaultSchedule()
		big.PersonDay = cny(t, "999999999999999.99")
		q, err := big.Quote(fees.Request{Personnel: 120, Part: fees.Cycle})
		assert.ErrorIs(t, err, fees.ErrAmountTooLarge)
		assert.ErrorIs(t, err, fees.ErrInvalidRequest)
		assert.Contains(t, err.Error(), "initial_audit line")
		assert.True(t, q.Equal(fees.Quote{}), "no quote on error")
	})
	t.Run("the limits themselves", func(t *testing.T) {
		q := quote(t, s, fees.Request{Personnel: 120, Part: fees.Cycle, Sites: fees.MaxSites, ExtraCopies: fees.MaxExtraCopies})
		assertDecimal(t, "508.5", q.Effort.Initial, "8.5 + 1000 sampled sites × 0.5")
		assert.Equal(t, "1000000 copies × 100.00", q.Lines[8].EnglishBasis())
		_, err := json.Marshal(q)
		assert.NoError(t, err)
	})
	t.Run("every problem is reported", func(t *testing.T) {
		_, err := s.Quote(fees.Request{Personnel: 0, Sites: -1, ExtraCopies: -1, Discount: decimal.NewFromInt(101)})
		require.Error(t, err)
		for _, w := range []string{"personnel", "sites", "extra_copies", "discount", "part"} {
			assert.Contains(t, err.Error(), w)
		}
	})
	t.Run("the request is not changed", func(t *testing.T) {
		adj := []audit.Adjustment{{Reason: "simple", Percent: decimal.NewFromInt(-5)}}
		r := fees.Request{Personnel: 120, Part: fees.Cycle, Adjustments: adj}
		_ = quote(t, s, r)
		assert.Equal(t, "simple", adj[0].Reason)
		assertDecimal(t, "-5", adj[0].Percent)
	})
}

func TestQuoteJSON(t *testing.T) {
	s := fees.DefaultSchedule()
	q := quote(t, s, fees.Request{Personnel: 120, Part: fees.Cycle, ExtraCopies: 1, Travel: cny(t, "900"), Discount: decimal.NewFromInt(5)})
	data, err := json.Marshal(q)
	require.NoError(t, err)
	assert.Contains(t, string(data), `"net":{"amount":"50870.00","currency":"CNY"}`)
	assert.Contains(t, string(data), `{"item":"initial_audit","year":1,"quantity":"8.5","unit":"person_day","unit_price":{"amount":"3000.00","currency":"CNY"},"amount":{"amount":"25500.00","currency":"CNY"}}`)
	assert.Contains(t, string(data), `{"item":"discount","year":0,"quantity":"-5","unit":"percent","unit_price":{"amount":"52600.00","currency":"CNY"},"amount":{"amount":"-2630.00","currency":"CNY"}}`)
	assert.NotContains(t, string(data), `"basis":"`, "the bases are derived, not encoded")

	var back fees.Quote
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Equal(q), "JSON round trip")

	edit := func(old, new string) string {
		require.Contains(t, string(data), old)
		return strings.Replace(string(data), old, new, 1)
	}
	bad := []struct{ name, data, want string }{
		{"net off by a fen", edit(`"net":{"amount":"50870.00"`, `"net":{"amount":"50870.01"`), "net"},
		{"total not net + VAT", edit(`"total":{"amount":"`, `"total":{"amount":"1`), "total"},
		{"wrong VAT", edit(`"vat":{"amount":"3052.20"`, `"vat":{"amount":"3052.21"`), "vat"},
		{"line amount not quantity × price", edit(`"quantity":"8.5"`, `"quantity":"8"`), "lines[1].amount"},
		{"unknown item", edit(`"item":"application"`, `"item":"consulting"`), "lines[0].item"},
		{"line in another currency", edit(`"unit_price":{"amount":"1000.00","currency":"CNY"}`, `"unit_price":{"amount":"1000.00","currency":"USD"}`), "lines[0].unit_price"},
		{"year out of range", edit(`"year":3`, `"year":4`), "year"},
		{"unknown part", edit(`"part":"cycle"`, `"part":"all"`), "part"},
		{"exponent in a quantity", edit(`"quantity":"8.5"`, `"quantity":"85e-1"`), "lines[1].quantity"},
		{"exponent in a quantity written as a number", edit(`"quantity":"8.5"`, `"quantity":85e-1`), "lines[1].quantity"},
		{"unknown unit", edit(`"unit":"person_day"`, `"unit":"hour"`), "lines[1].unit"},
		{"a unit that is not the item's", edit(`"unit":"person_day"`, `"unit":"year"`), "lines[1].unit: year; initial_audit lines count person_day"},
		{"missing unit", edit(`"unit":"application",`, ``), "lines[0].unit: is missing"},
		{"null unit", edit(`"unit":"application"`, `"unit":null`), "lines[0].unit: is missing"},
		{"null amount", edit(`"net":{"amount":"50870.00","currency":"CNY"}`, `"net":null`), "net: is missing"},
		{"null effort", string(data[:strings.Index(string(data), `,"effort":`)]) + `,"effort":null}`, "effort: is missing"},
		{"null lines", string(data[:strings.Index(string(data), `"lines":`)]) + `"lines":null` + string(data[strings.Index(string(data), `,"net":`):]), "lines: is missing"},
		{"null line", edit(`"lines":[{"item":"application","year":1,"quantity":"1","unit":"application","unit_price":{"amount":"1000.00","currency":"CNY"},"amount":{"amount":"1000.00","currency":"CNY"}}`, `"lines":[null`), "lines[0].item: is missing"},
		{"a basis", edit(`"unit":"application"`, `"unit":"application","basis":"1 application × 1000.00"`), `unknown field "basis"`},
		{"unknown field", edit(`"part":"cycle"`, `"part":"cycle","note":""`), "note"},
		{"duplicate key", edit(`"part":"cycle"`, `"part":"cycle","part":"cycle"`), "duplicate"},
		{"missing effort", string(data[:strings.Index(string(data), `,"effort":`)]) + "}", "effort"},
		{"effort that breaks its rules", edit(`"stage2":"7.0"`, `"stage2":"7.5"`), "effort"},
	}
	for _, tc := range bad {
		t.Run("error/"+tc.name, func(t *testing.T) {
			got := back
			err := json.Unmarshal([]byte(tc.data), &got)
			require.Error(t, err)
			assert.ErrorIs(t, err, fees.ErrInvalidQuote)
			assert.Contains(t, err.Error(), tc.want)
			assert.True(t, got.Equal(back), "receiver unchanged")
		})
	}
	t.Run("an invalid quote does not encode", func(t *testing.T) {
		_, err := json.Marshal(fees.Quote{})
		assert.ErrorIs(t, err, fees.ErrInvalidQuote)
	})
}

// TestQuoteProperties checks the invariants of a quote — the lines add up
// to the net (or the total), Net + VAT = Total, a Quoter quotes as the
// schedule does, JSON round trips — on random valid requests (a fixed seed,
// so that a failure is reproducible).
func TestQuoteProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2026))
	schedules := []fees.Schedule{fees.DefaultSchedule()}
	incl := fees.DefaultSchedule()
	incl.PricesIncludeVAT = true
	incl.VATRate = decimal.RequireFromString("0.03")
	schedules = append(schedules, incl)
	odd := fees.DefaultSchedule()
	odd.PersonDay = cny(t, "2999.99")
	odd.Application = cny(t, "0.01")
	odd.VATRate = decimal.RequireFromString("0.0675")
	odd.TimeTable = audit.QMSTimeTable()
	schedules = append(schedules, odd)

	var quoters []fees.Quoter
	for _, s := range schedules {
		quoters = append(quoters, fees.MustNewQuoter(s))
	}
	for i := range 2000 {
		si := rng.IntN(len(schedules))
		s := schedules[si]
		r := fees.Request{
			Personnel:   1 + rng.IntN(10700),
			Sites:       rng.IntN(30),
			Part:        fees.Parts()[rng.IntN(len(fees.Parts()))],
			ExtraCopies: rng.IntN(4),
			Discount:    decimal.New(rng.Int64N(10001), -2), // 0.00 … 100.00
		}
		if rng.IntN(2) == 0 {
			m, err := fees.MoneyFromMinor(rng.Int64N(1_000_000), "CNY")
			require.NoError(t, err)
			r.Travel = m
		}
		if rng.IntN(3) == 0 {
			r.Adjustments = []audit.Adjustment{{Reason: "random", Percent: decimal.New(rng.Int64N(5001)-3000, -2)}}
		}
		if rng.IntN(20) == 0 { // up to the limits
			r.Sites, r.ExtraCopies = rng.IntN(fees.MaxSites+1), rng.IntN(fees.MaxExtraCopies+1)
		}
		if rng.IntN(3) == 0 { // a bundle
			r.Standards, r.Adjustments = randomStandards(rng), nil
			if rng.IntN(2) == 0 && len(r.Standards) > 2 {
				r.Integration = &audit.Integration{Reduction: decimal.New(rng.Int64N(2001), -2), Reason: "integrated"}
			}
		}
		for range rng.IntN(3) {
			m, err := fees.MoneyFromMinor(rng.Int64N(10_000_000), "CNY")
			require.NoError(t, err)
			r.Custom = append(r.Custom, fees.CustomLine{Label: fees.Label{Chinese: "其他", English: "Other"},
				Quantity: decimal.New(1+rng.Int64N(9_999_999_999), -4), Price: m, Discountable: rng.IntN(2) == 0})
		}
		name := fmt.Sprintf("case %d: %+v", i, r)
		q, err := s.Quote(r)
		require.NoError(t, err, name)
		require.NoError(t, q.Validate(), name)
		viaQuoter, err := quoters[si].Quote(r)
		require.NoError(t, err, name)
		require.True(t, viaQuoter.Equal(q), name)

		var sum int64
		for _, l := range q.Lines {
			sum += l.Amount.MinorUnits()
			assert.Equal(t, 2, places(l.Amount), name)
			assert.Equal(t, 2, places(l.UnitPrice), name)
			assert.Equal(t, "CNY", l.Amount.Currency(), name)
		}
		if s.PricesIncludeVAT {
			assert.Equal(t, sum, q.Total.MinorUnits(), "lines sum to the total: "+name)
		} else {
			assert.Equal(t, sum, q.Net.MinorUnits(), "lines sum to the net: "+name)
		}
		assert.Equal(t, q.Total.MinorUnits(), q.Net.MinorUnits()+q.VAT.MinorUnits(), "net + VAT = total: "+name)
		for _, m := range []fees.Money{q.Net, q.VAT, q.Total} {
			assert.Equal(t, 2, places(m), name)
		}
		assert.False(t, q.Net.IsNegative(), name)

		jsontest.RoundTrip(t, q)
	}
}

// randomStandards returns after-sales service and every management system,
// each of a random complexity where it has one, in a random order.
func randomStandards(rng *rand.Rand) []fees.BundleStandard {
	out := []fees.BundleStandard{{Standard: fees.AfterSales}, {Standard: fees.QMS},
		{Standard: fees.EMS, Complexity: audit.Complexity(1 + rng.IntN(4))}, {Standard: fees.OHS, Complexity: audit.Complexity(1 + rng.IntN(3))}}
	rng.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out[:1+rng.IntN(len(out))]
}

// places returns the decimal places m prints with.
func places(m fees.Money) int {
	text, _, _ := strings.Cut(m.String(), " ")
	_, frac, _ := strings.Cut(text, ".")
	return len(frac)
}

// FuzzQuoteJSON checks that decoding never panics, that what it accepts is
// valid, and that an accepted quote re-encodes to bytes that decode to an
// Equal quote and encode to the same bytes again.
func FuzzQuoteJSON(f *testing.F) {
	incl := fees.DefaultSchedule()
	incl.PricesIncludeVAT = true
	for _, seed := range []struct {
		s fees.Schedule
		r fees.Request
	}{
		{fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Cycle, Discount: decimal.NewFromInt(5), Travel: fees.MustNewMoney("10", "CNY")}},
		{fees.DefaultSchedule(), fees.Request{Personnel: 1200, Sites: 9, Part: fees.Initial, ExtraCopies: 1}},
		{fees.DefaultSchedule(), fees.Request{Personnel: 5, Part: fees.Surveillance, ExtraCopies: 3, Discount: decimal.RequireFromString("12.5")}},
		{incl, fees.Request{Personnel: 120, Part: fees.Recertification, Travel: fees.MustNewMoney("0.01", "CNY"), Discount: decimal.NewFromInt(100)}},
		{fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Cycle, Sites: fees.MaxSites, ExtraCopies: fees.MaxExtraCopies}},
		{fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Cycle, Standards: []fees.BundleStandard{{Standard: fees.AfterSales},
			{Standard: fees.QMS}, {Standard: fees.EMS, Complexity: audit.MediumComplexity}},
			Integration: &audit.Integration{Reduction: decimal.NewFromInt(15), Reason: "integrated"}, Discount: decimal.NewFromInt(10),
			Custom: []fees.CustomLine{{Label: fees.Label{Chinese: "加急费", English: "Expedited"}, Quantity: decimal.NewFromInt(1),
				Price: fees.MustNewMoney("500", "CNY"), Discountable: true}}}},
		{fees.DefaultSchedule(), fees.Request{Personnel: 5, Part: fees.Surveillance, Standards: []fees.BundleStandard{
			{Standard: fees.OHS, Complexity: audit.LowComplexity}, {Standard: fees.QMS}}}},
	} {
		q, err := seed.s.Quote(seed.r)
		if err != nil {
			f.Fatal(err)
		}
		data, err := json.Marshal(q)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var q fees.Quote
		if err := q.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, fees.ErrInvalidQuote) {
				t.Fatalf("decoding error without ErrInvalidQuote: %v", err)
			}
			return
		}
		if err := q.Validate(); err != nil {
			t.Fatalf("decoded an invalid quote: %v", err)
		}
		jsontest.RoundTrip(t, q)
	})
}

func TestEnums(t *testing.T) {
	assert.Len(t, fees.Items(), 10)
	assert.Len(t, fees.Parts(), 4)
	assert.Len(t, fees.Units(), 8)
	for _, it := range fees.Items() {
		back, err := fees.ParseItem(it.String())
		require.NoError(t, err)
		assert.Equal(t, it, back)
		assert.NotEmpty(t, it.Chinese())
		assert.NotEmpty(t, it.English())
	}
	for _, u := range fees.Units() {
		back, err := fees.ParseUnit(u.String())
		require.NoError(t, err)
		assert.Equal(t, u, back)
		assert.NotEmpty(t, u.Chinese())
		assert.NotEmpty(t, u.English())
	}
	assert.Equal(t, "注册及证书费", fees.Registration.Chinese())
	assert.Equal(t, "Registration and certificate", fees.Registration.English())
	assert.Equal(t, "人日", fees.PerPersonDay.Chinese())
	assert.Equal(t, "person-day", fees.PerPersonDay.English())
	assert.Equal(t, []string{"initial", "surveillance", "recertification", "cycle"}, func() []string {
		var out []string
		for _, p := range fees.Parts() {
			out = append(out, p.String())
		}
		return out
	}())
	var p fees.Part
	require.NoError(t, p.UnmarshalText([]byte("cycle")))
	assert.Equal(t, fees.Cycle, p)
	err := p.UnmarshalText([]byte("everything"))
	assert.ErrorIs(t, err, fees.ErrUnknownCode)
	assert.Equal(t, fees.Cycle, p, "unchanged on error")
	_, err = fees.Part(0).MarshalText()
	assert.ErrorIs(t, err, fees.ErrUnknownCode)
	var it fees.Item
	assert.ErrorIs(t, it.UnmarshalText([]byte("fee")), fees.ErrUnknownCode)
	_, err = fees.Item(99).MarshalText()
	assert.ErrorIs(t, err, fees.ErrUnknownCode)
	assert.Equal(t, "item(99)", fees.Item(99).String())
	_, err = fees.ParsePart(strconv.Itoa(1))
	assert.ErrorIs(t, err, fees.ErrUnknownCode)
	var u fees.Unit
	assert.ErrorIs(t, u.UnmarshalText([]byte("hour")), fees.ErrUnknownCode)
	assert.Equal(t, fees.Unit(0), u)
	_, err = fees.Unit(0).MarshalText()
	assert.ErrorIs(t, err, fees.ErrUnknownCode)
}
