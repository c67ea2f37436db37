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
// fields in the order MarshalJSON documents, written by encoding/json, each
// effort by its own MarshalJSON.
func plainQuoteJSON(q *Quote) ([]byte, error) {
	type label struct {
		Chinese string `json:"chinese"`
		English string `json:"english"`
	}
	type line struct {
		Item         Item     `json:"item"`
		Standards    []string `json:"standards,omitempty"`
		Year         int      `json:"year"`
		Quantity     string   `json:"quantity"`
		Unit         Unit     `json:"unit"`
		UnitPrice    Money    `json:"unit_price"`
		Amount       Money    `json:"amount"`
		Label        *label   `json:"label,omitempty"`
		Discountable bool     `json:"discountable,omitempty"`
	}
	type integration struct {
		Reduction string `json:"reduction"`
		Reason    string `json:"reason,omitempty"`
	}
	type bundleAudit struct {
		Standards   []string     `json:"standards"`
		Integration *integration `json:"integration,omitempty"`
		Effort      audit.Effort `json:"effort"`
	}
	type doc struct {
		Part        Part          `json:"part"`
		Currency    string        `json:"currency"`
		Lines       []line        `json:"lines"`
		Net         Money         `json:"net"`
		VATRate     string        `json:"vat_rate"`
		VATIncluded bool          `json:"vat_included"`
		VAT         Money         `json:"vat"`
		Total       Money         `json:"total"`
		Effort      *audit.Effort `json:"effort,omitempty"`
		Audits      []bundleAudit `json:"audits,omitempty"`
	}
	codes := func(s StandardSet) []string {
		var out []string
		for x := range s.All() {
			out = append(out, x.String())
		}
		return out
	}
	d := doc{Part: q.Part, Currency: q.Currency, Lines: []line{}, Net: q.Net, VATRate: q.VATRate.String(),
		VATIncluded: q.VATIncluded, VAT: q.VAT, Total: q.Total}
	if len(q.Audits) == 0 {
		d.Effort = &q.Effort
	}
	for _, l := range q.Lines {
		pl := line{l.Item, codes(l.Standards), l.Year, l.Quantity.String(), l.Unit, l.UnitPrice, l.Amount, nil, l.Discountable}
		if l.Label != nil {
			pl.Label = &label{l.Label.Chinese, l.Label.English}
		}
		d.Lines = append(d.Lines, pl)
	}
	for _, a := range q.Audits {
		pa := bundleAudit{Standards: codes(a.Standards), Effort: a.Effort}
		if !a.Integration.Equal(audit.Integration{}) {
			pa.Integration = &integration{a.Integration.Reduction.String(), a.Integration.Reason}
		}
		d.Audits = append(d.Audits, pa)
	}
	return json.Marshal(d)
}

// randomQuotes returns n valid quotes of random requests on several
// schedules (a fixed seed, so that a failure is reproducible), with
// adjustment reasons and labels that need escaping in JSON, bundles and
// custom lines.
func randomQuotes(t testing.TB, n int) []Quote {
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
	labels := []Label{{"加急费", "Expedited review"}, {"翻译费 <&>", `"Translation" \ fee`}, {"培训", "Training "}}
	var out []Quote
	for range n {
		s := schedules[rng.IntN(len(schedules))]
		r := Request{Personnel: 1 + rng.IntN(10700), Sites: rng.IntN(40), Part: Parts()[rng.IntN(4)],
			ExtraCopies: rng.IntN(3), Discount: decimal.New(rng.Int64N(10001), -2)}
		if rng.IntN(2) == 0 {
			r.Travel = Money{units: rng.Int64N(1_000_000), cur: s.Application.cur}
		}
		adjustments := func() []audit.Adjustment {
			if rng.IntN(2) == 0 {
				return nil
			}
			return []audit.Adjustment{{Reason: reasons[rng.IntN(len(reasons))], Percent: decimal.New(rng.Int64N(4001)-2000, -2)}}
		}
		if rng.IntN(2) == 0 {
			r.Standards, r.Integration = randomBundle(rng, adjustments, reasons)
		} else {
			r.Adjustments = adjustments()
		}
		for range rng.IntN(3) {
			r.Custom = append(r.Custom, CustomLine{Label: labels[rng.IntN(len(labels))],
				Quantity: decimal.New(1+rng.Int64N(20000), -2), Price: Money{units: rng.Int64N(100_000), cur: s.Application.cur},
				Discountable: rng.IntN(2) == 0})
		}
		q, err := s.Quote(r)
		require.NoError(t, err, "%+v", r)
		out = append(out, q)
	}
	return out
}

// randomBundle returns the standards and integration of a random bundle.
func randomBundle(rng *rand.Rand, adjustments func() []audit.Adjustment, reasons []string) ([]BundleStandard, *audit.Integration) {
	var standards []BundleStandard
	for _, s := range Standards() {
		if rng.IntN(3) == 0 {
			continue
		}
		b := BundleStandard{Standard: s, Adjustments: adjustments()}
		if s == EMS || s == OHS {
			b.Complexity = audit.Complexity(1 + rng.IntN(3))
		}
		standards = append(standards, b)
	}
	if len(standards) == 0 {
		standards = []BundleStandard{{Standard: QMS}}
	}
	rng.Shuffle(len(standards), func(i, j int) { standards[i], standards[j] = standards[j], standards[i] })
	if (standardsOf(standards)&managementSystems).len() < 2 || rng.IntN(2) == 0 {
		return standards, nil
	}
	return standards, &audit.Integration{Reduction: decimal.New(rng.Int64N(2001), -2), Reason: reasons[rng.IntN(len(reasons))]}
}

func TestAppendQuoteEqualsPlain(t *testing.T) {
	for _, q := range randomQuotes(t, 500) {
		want, err := plainQuoteJSON(&q)
		require.NoError(t, err)
		efforts := []audit.Effort{q.Effort}
		if len(q.Audits) > 0 {
			efforts = nil
		}
		for _, a := range q.Audits {
			efforts = append(efforts, a.Effort)
		}
		var encoded [][]byte
		for _, e := range efforts {
			data, err := e.MarshalJSON()
			require.NoError(t, err)
			encoded = append(encoded, data)
		}
		got := appendQuote(nil, &q, encoded)
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

// TestEnumCodesAreTheLabels: the fragments the quote writer appends are
// the enums' codes and the currencies' as encoding/json writes them.
func TestEnumCodesAreTheLabels(t *testing.T) {
	quoted := func(v any) string { data, err := json.Marshal(v); require.NoError(t, err); return string(data) }
	for _, v := range Items() {
		assert.Equal(t, `{"item":`+quoted(v), codeOf(itemField, v))
	}
	for _, v := range Units() {
		assert.Equal(t, `","unit":`+quoted(v)+`,"unit_price":`, codeOf(unitField, v))
	}
	for _, v := range Parts() {
		assert.Equal(t, v.String(), codeOf(partCode, v))
	}
	for _, v := range Standards() {
		assert.Equal(t, quoted(v), codeOf(standardCode, v))
	}
	for _, code := range Currencies() {
		m := MustNewMoney("1", code)
		assert.Equal(t, `","currency":`+quoted(code)+`}`, currencyTail[m.cur])
	}
	assert.Equal(t, "", codeOf(itemField, Item(0)))
	assert.Equal(t, "", codeOf(itemField, Item(255)))
}

// TestAppendFixedEqualsStringFixed: a Money's digits are decimal's
// StringFixed of its amount, in every currency, from the bounds inwards.
func TestAppendFixedEqualsStringFixed(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for cur := 1; cur < len(currencies); cur++ {
		c := currencies[cur]
		units := []int64{0, 1, -1, 5, -5, 9, 10, 99, 100, 101, 12345, c.limit - 1, -(c.limit - 1)}
		for range 2000 {
			units = append(units, rng.Int64N(c.limit), -rng.Int64N(c.limit), rng.Int64N(100_000))
		}
		for _, u := range units {
			m := Money{units: u, cur: uint8(cur)}
			require.Equal(t, m.Amount().StringFixed(c.minor), string(m.appendFixed([]byte{})), "%d minor units of %s", u, c.code)
		}
	}
}
