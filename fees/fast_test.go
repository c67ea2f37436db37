package fees

// Equivalence tests of fast.go: each writer or check against the plain rule
// it stands in for.

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
)

func TestAppendDecimalEqualsString(t *testing.T) {
	for _, s := range []string{"0", "1", "-1", "8.5", "8.50", "3", "-12.5", "0.06", "0.0600", "100", "1e3", "-0.000001",
		"123456789012345678", "1234567890123456789", "0.1234567890123456789", "-99999999999999999999.5", "1e-18", "1e-19"} {
		d := decimal.RequireFromString(s)
		assert.Equal(t, d.String(), string(appendDecimal(nil, d)), s)
	}
	for _, d := range []decimal.Decimal{decimal.New(0, -40), decimal.New(0, 7), decimal.New(5, 2), decimal.New(-70, -1)} {
		assert.Equal(t, d.String(), string(appendDecimal(nil, d)), "%v e%d", d.Coefficient(), d.Exponent())
	}
	assert.Equal(t, "0", string(appendDecimal(nil, decimal.New(0, -1_000_000_000))), "a zero is 0 whatever its exponent")
}

func FuzzAppendDecimal(f *testing.F) {
	f.Add("85", int32(-1))
	f.Add("-125", int32(-3))
	f.Add("0", int32(-30))
	f.Add("123456789012345678901", int32(-5))
	f.Fuzz(func(t *testing.T, coef string, exp int32) {
		c, ok := new(big.Int).SetString(coef, 10)
		if !ok || len(coef) > 100 || exp < -200 || exp > 200 {
			return
		}
		d := decimal.NewFromBigInt(c, exp)
		if got := string(appendDecimal(nil, d)); got != d.String() {
			t.Fatalf("%se%d: appendDecimal %q, String %q", coef, exp, got, d.String())
		}
	})
}

func FuzzCheckQuantity(f *testing.F) {
	f.Add("85", int32(-1))
	f.Add("-100", int32(0))
	f.Add("10000000000", int32(-11))
	f.Add("1000000000", int32(0))
	f.Add("123456789", int32(-10))
	f.Fuzz(func(t *testing.T, coef string, exp int32) {
		c, ok := new(big.Int).SetString(coef, 10)
		if !ok || len(coef) > 400 {
			return
		}
		d := decimal.NewFromBigInt(c, exp)
		if (checkQuantity(d) == nil) != (quantitySpec.Check(d) == nil) {
			t.Fatalf("%se%d: checkQuantity %v, Check %v", coef, exp, checkQuantity(d), quantitySpec.Check(d))
		}
	})
}

func TestIsOne(t *testing.T) {
	for s, want := range map[string]bool{"1": true, "1.0": false, "-1": false, "10": false, "0.1": false, "0": false} {
		d := decimal.RequireFromString(s)
		assert.Equal(t, want, isOne(d), s)
		if isOne(d) {
			assert.True(t, d.Equal(decOne))
		}
	}
}

// plainQuoteJSON is the plain rule appendQuote stands in for: the quote's
// fields in the order MarshalJSON documents, written by encoding/json, the
// effort by its own MarshalJSON.
func plainQuoteJSON(q *Quote) ([]byte, error) {
	type line struct {
		Item      Item   `json:"item"`
		Year      int    `json:"year"`
		Quantity  string `json:"quantity"`
		Unit      Unit   `json:"unit"`
		UnitPrice Money  `json:"unit_price"`
		Amount    Money  `json:"amount"`
	}
	type doc struct {
		Part        Part         `json:"part"`
		Currency    string       `json:"currency"`
		Lines       []line       `json:"lines"`
		Net         Money        `json:"net"`
		VATRate     string       `json:"vat_rate"`
		VATIncluded bool         `json:"vat_included"`
		VAT         Money        `json:"vat"`
		Total       Money        `json:"total"`
		Effort      audit.Effort `json:"effort"`
	}
	d := doc{Part: q.Part, Currency: q.Currency, Lines: []line{}, Net: q.Net, VATRate: q.VATRate.String(),
		VATIncluded: q.VATIncluded, VAT: q.VAT, Total: q.Total, Effort: q.Effort}
	for _, l := range q.Lines {
		d.Lines = append(d.Lines, line{l.Item, l.Year, l.Quantity.String(), l.Unit, l.UnitPrice, l.Amount})
	}
	return json.Marshal(d)
}

// randomQuotes returns n valid quotes of random requests on several
// schedules (a fixed seed, so that a failure is reproducible), with
// adjustment reasons that need escaping in JSON.
func randomQuotes(t *testing.T, n int) []Quote {
	rng := rand.New(rand.NewPCG(7, 12))
	incl := DefaultSchedule()
	incl.PricesIncludeVAT, incl.VATRate = true, decimal.RequireFromString("0.0300")
	qms := DefaultSchedule()
	qms.TimeTable, qms.Currency = audit.QMSTimeTable(), "JPY"
	jpy, err := lookupCurrency("JPY")
	require.NoError(t, err)
	for _, p := range schedulePrices {
		*p.field(&qms) = Money{units: p.field(&qms).units / 100, cur: jpy}
	}
	schedules := []Schedule{DefaultSchedule(), incl, qms}
	reasons := []string{"single repetitive process", "单一重复的过程", `<remote> & "quoted" \\ sites`, "line\nbreak", "tab\tand \u2028"}
	var out []Quote
	for range n {
		s := schedules[rng.IntN(len(schedules))]
		r := Request{Personnel: 1 + rng.IntN(10700), Sites: rng.IntN(40), Part: Parts()[rng.IntN(4)],
			ExtraCopies: rng.IntN(3), Discount: decimal.New(rng.Int64N(10001), -2)}
		if rng.IntN(2) == 0 {
			r.Travel = Money{units: rng.Int64N(1_000_000), cur: s.Application.cur}
		}
		if rng.IntN(2) == 0 {
			r.Adjustments = []audit.Adjustment{{Reason: reasons[rng.IntN(len(reasons))], Percent: decimal.New(rng.Int64N(4001)-2000, -2)}}
		}
		q, err := s.Quote(r)
		require.NoError(t, err, "%+v", r)
		out = append(out, q)
	}
	return out
}

func TestAppendQuoteEqualsPlain(t *testing.T) {
	for _, q := range randomQuotes(t, 500) {
		want, err := plainQuoteJSON(&q)
		require.NoError(t, err)
		effort, err := q.Effort.MarshalJSON()
		require.NoError(t, err)
		got := appendQuote(nil, &q, effort)
		require.Equal(t, string(want), string(got))
		viaMarshal, err := json.Marshal(q)
		require.NoError(t, err)
		require.Equal(t, string(want), string(viaMarshal))
	}
}

// TestBandEffortsEqualTheTable: for every personnel of the built-in tables
// and of a table of a CB's own, the effort a Quoter looks up is the one the
// table works out.
func TestBandEffortsEqualTheTable(t *testing.T) {
	c := audit.AfterSalesTimeTable().Config()
	c.Name = "own"
	c.Bands[5].Initial, c.Bands[5].Surveillance = decimal.New(9, 0), decimal.New(0, 0)
	own, err := audit.NewTimeTable(c)
	require.NoError(t, err)
	for _, table := range []audit.TimeTable{audit.AfterSalesTimeTable(), audit.QMSTimeTable(), own} {
		s := DefaultSchedule()
		s.TimeTable = table
		q, err := NewQuoter(s)
		require.NoError(t, err)
		require.Len(t, q.p.bands.tops, len(table.Config().Bands), table.Name())
		for personnel := 1; personnel <= table.MaxPersonnel(); personnel++ {
			for _, sites := range []int{0, 1} {
				r := Request{Personnel: personnel, Sites: sites, Part: Cycle}
				got, ok := q.p.bandEffort(&r)
				require.True(t, ok)
				want, err := table.MultiSiteEffort(personnel, 1)
				require.NoError(t, err)
				require.True(t, got.Equal(want), "%s, %d personnel", table.Name(), personnel)
			}
		}
		for _, r := range []Request{
			{Personnel: table.MaxPersonnel() + 1, Part: Cycle},
			{Personnel: 120, Sites: 2, Part: Cycle},
			{Personnel: 120, Part: Cycle, Adjustments: []audit.Adjustment{{Reason: "simple", Percent: decimal.NewFromInt(-10)}}},
		} {
			_, ok := q.p.bandEffort(&r)
			assert.False(t, ok, "%+v: asks the table", r)
		}
	}
}

// TestBandEffortIsACopy: a caller that changes a quote's effort basis
// changes neither the Quoter nor another quote.
func TestBandEffortIsACopy(t *testing.T) {
	q := MustNewQuoter(DefaultSchedule())
	r := Request{Personnel: 120, Part: Cycle}
	first, err := q.Quote(r)
	require.NoError(t, err)
	want := first.Effort.Basis[0]
	first.Effort.Basis[0] = "changed"
	second, err := q.Quote(r)
	require.NoError(t, err)
	assert.Equal(t, want, second.Effort.Basis[0])
}
