package fees_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
)

// forgedLine and forgedQuote write a quote in the wire form of
// Quote.MarshalJSON without validating it, so that a test can hand
// UnmarshalJSON a quote that Schedule.Quote never returns.
type forgedLine struct {
	Item         fees.Item    `json:"item"`
	Standards    []string     `json:"standards,omitempty"`
	Year         int          `json:"year"`
	Quantity     string       `json:"quantity"`
	Unit         fees.Unit    `json:"unit"`
	UnitPrice    fees.Money   `json:"unit_price"`
	Amount       fees.Money   `json:"amount"`
	Label        *forgedLabel `json:"label,omitempty"`
	Discountable bool         `json:"discountable,omitempty"`
}

type forgedLabel struct {
	Chinese string `json:"chinese"`
	English string `json:"english"`
}

type forgedIntegration struct {
	Reduction string `json:"reduction"`
	Reason    string `json:"reason,omitempty"`
}

type forgedAudit struct {
	Standards   []string           `json:"standards"`
	Integration *forgedIntegration `json:"integration,omitempty"`
	Effort      audit.Effort       `json:"effort"`
}

type forgedQuote struct {
	Part        fees.Part     `json:"part"`
	Currency    string        `json:"currency"`
	Lines       []forgedLine  `json:"lines"`
	Net         fees.Money    `json:"net"`
	VATRate     string        `json:"vat_rate"`
	VATIncluded bool          `json:"vat_included"`
	VAT         fees.Money    `json:"vat"`
	Total       fees.Money    `json:"total"`
	Effort      *audit.Effort `json:"effort,omitempty"`
	Audits      []forgedAudit `json:"audits,omitempty"`
}

// codes returns the codes of the standards of s.
func codes(s fees.StandardSet) []string {
	var out []string
	for x := range s.All() {
		out = append(out, x.String())
	}
	return out
}

func forgedJSON(t *testing.T, q fees.Quote) []byte {
	t.Helper()
	w := forgedQuote{Part: q.Part, Currency: q.Currency, Net: q.Net, VATRate: q.VATRate.String(),
		VATIncluded: q.VATIncluded, VAT: q.VAT, Total: q.Total}
	if len(q.Audits) == 0 || !q.Effort.IsZero() {
		w.Effort = &q.Effort
	}
	for _, l := range q.Lines {
		fl := forgedLine{l.Item, codes(l.Standards), l.Year, l.Quantity.String(), l.Unit, l.UnitPrice, l.Amount, nil, l.Discountable}
		if l.Label != nil {
			fl.Label = &forgedLabel{l.Label.Chinese, l.Label.English}
		}
		w.Lines = append(w.Lines, fl)
	}
	for _, a := range q.Audits {
		fa := forgedAudit{Standards: codes(a.Standards), Effort: a.Effort}
		if !a.Integration.Equal(audit.Integration{}) {
			fa.Integration = &forgedIntegration{a.Integration.Reduction.String(), a.Integration.Reason}
		}
		w.Audits = append(w.Audits, fa)
	}
	data, err := json.Marshal(w)
	require.NoError(t, err)
	return data
}

// reprice sets Net, VAT and Total from the lines as a quote before VAT has
// them, so that a forgery adds up and only the rule it breaks refuses it.
func reprice(t *testing.T, q *fees.Quote) {
	t.Helper()
	var sum int64
	for _, l := range q.Lines {
		sum += l.Amount.MinorUnits()
	}
	net, err := fees.MoneyFromMinor(sum, q.Currency)
	require.NoError(t, err)
	vat, err := net.Mul(q.VATRate)
	require.NoError(t, err)
	total, err := net.Add(vat)
	require.NoError(t, err)
	q.Net, q.VAT, q.Total = net, vat, total
}

// TestQuoteForgeries holds one regression test for each kind of quote that
// decoding used to accept although Schedule.Quote never returns it: each
// forgery adds up (net, VAT and total follow from its lines), is refused by
// Validate and by UnmarshalJSON, and leaves the receiver as it was.
func TestQuoteForgeries(t *testing.T) {
	base := quote(t, fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Cycle, ExtraCopies: 2,
		Travel: cny(t, "900"), Discount: decimal.NewFromInt(5)})
	require.Len(t, base.Lines, 11)
	const copies, travel, discount = 8, 9, 10
	// set replaces a line's quantity, unit price and amount.
	set := func(l *fees.Line, qty, price, amount string) {
		l.Quantity, l.UnitPrice, l.Amount = decimal.RequireFromString(qty), cny(t, price), cny(t, amount)
	}

	// huge prices a quote whose lines overflow before the discount brings
	// them back: Schedule.Quote refuses to add them up.
	huge := fees.DefaultSchedule()
	huge.Application, huge.PersonDay = cny(t, "900000000000000"), cny(t, "0")
	huge.Registration, huge.AnnualFee = cny(t, "0"), cny(t, "0")
	hugeQuote := quote(t, huge, fees.Request{Personnel: 120, Part: fees.Initial, Discount: decimal.NewFromInt(100)})

	cases := []struct {
		name  string
		from  fees.Quote
		forge func(q *fees.Quote)
		want  string
	}{
		{"negative travel", base, func(q *fees.Quote) {
			set(&q.Lines[travel], "1", "-900", "-900")
		}, "lines[9].unit_price: travel -900.00 CNY is not positive"},
		{"zero travel", base, func(q *fees.Quote) {
			set(&q.Lines[travel], "1", "0", "0")
		}, "travel 0.00 CNY is not positive"},
		{"discount without the lines it discounts", base, func(q *fees.Quote) {
			q.Lines = slices.Delete(q.Lines, copies, copies+1) // the base still counts the copies
		}, "lines[9].unit_price: the discount is taken from 52700.00 CNY, not from the lines it discounts, which add up to 52500.00 CNY"},
		{"a discount alone", base, func(q *fees.Quote) {
			q.Lines = q.Lines[discount:]
		}, "a cycle quote has application here"},
		{"fee line in year 0", base, func(q *fees.Quote) {
			q.Lines[3].Year = 0
		}, "lines[3].year: annual_fee in year 0; a cycle quote has it in year 1"},
		{"fee line in another year", base, func(q *fees.Quote) {
			q.Lines[5].Year = 3
		}, "lines[5].year: annual_fee in year 3; a cycle quote has it in year 2"},
		{"extra copies in year 0", base, func(q *fees.Quote) {
			q.Lines[copies].Year = 0
		}, "lines[8].year: extra_copy in year 0; a cycle quote has it in year 1"},
		{"travel in a year", base, func(q *fees.Quote) {
			q.Lines[travel].Year = 1
		}, "lines[9].year: travel in year 1; a cycle quote has it in year 0"},
		{"discount in a year", base, func(q *fees.Quote) {
			q.Lines[discount].Year = 3
		}, "lines[10].year: discount in year 3; a cycle quote has it in year 0"},
		{"lines out of order", base, func(q *fees.Quote) {
			q.Lines[travel], q.Lines[discount] = q.Lines[discount], q.Lines[travel]
		}, "lines[10].item: travel cannot follow"},
		{"a line the part does not have", base, func(q *fees.Quote) {
			q.Lines[0].Item = fees.RecertificationAudit
		}, "lines[0].item: recertification_audit; a cycle quote has application here"},
		{"zero quantity", base, func(q *fees.Quote) {
			set(&q.Lines[copies], "0", "100", "0")
		}, "lines[8].quantity: 0 copies; want a whole number from 1 to 1000000"},
		{"negative quantity", base, func(q *fees.Quote) {
			set(&q.Lines[copies], "-2", "100", "-200")
		}, "lines[8].quantity: -2 copies"},
		{"fractional copies", base, func(q *fees.Quote) {
			set(&q.Lines[copies], "1.5", "100", "150")
		}, "lines[8].quantity: 1.5 copies"},
		{"negative person-days", base, func(q *fees.Quote) {
			set(&q.Lines[4], "-3", "3000", "-9000")
		}, "lines[4].quantity: -3 person-days is not positive"},
		{"person-days that are not the effort's", base, func(q *fees.Quote) {
			set(&q.Lines[4], "2", "3000", "6000")
		}, "lines[4].quantity: 2 person-days is not the effort's figure for it, 3"},
		{"a fee charged twice", base, func(q *fees.Quote) {
			set(&q.Lines[0], "2", "1000", "2000")
		}, "lines[0].quantity: 2; want 1 for application"},
		{"a positive discount", base, func(q *fees.Quote) {
			set(&q.Lines[discount], "5", "52700", "2635")
		}, "lines[10].quantity: 5; a discount is from −100 to below 0 %"},
		{"a discount above 100 %", base, func(q *fees.Quote) {
			set(&q.Lines[discount], "-150", "52700", "-79050")
		}, "lines[10].quantity: -150"},
		{"a discount with 11 places", base, func(q *fees.Quote) {
			set(&q.Lines[discount], "-5.00000000001", "52700", "-2635")
		}, "lines[10].quantity: -5.00000000001 has more than 10 decimal places"},
		{"a negative price", base, func(q *fees.Quote) {
			set(&q.Lines[0], "1", "-1000", "-1000")
		}, "lines[0].unit_price: -1000.00 CNY is negative"},
		{"two person-day rates", base, func(q *fees.Quote) {
			set(&q.Lines[4], "3", "2000", "6000")
		}, "lines[4].unit_price: 2000.00 CNY is not the person-day rate of lines[1], 3000.00 CNY"},
		{"two annual fees", base, func(q *fees.Quote) {
			set(&q.Lines[7], "1", "1000", "1000")
		}, "lines[7].unit_price: 1000.00 CNY is not the annual fee of lines[3], 2000.00 CNY"},
		{"a unit that is not the item's", base, func(q *fees.Quote) {
			q.Lines[1].Unit = fees.PerYear // 8.5 × 3000.00 all the same
		}, "lines[1].unit: year; initial_audit lines count person_day"},
		{"a discount counted in copies", base, func(q *fees.Quote) {
			q.Lines[discount].Unit = fees.PerCopy
		}, "lines[10].unit: copy; discount lines count percent"},
		{"travel counted in years", base, func(q *fees.Quote) {
			q.Lines[travel].Unit = fees.PerYear
		}, "lines[9].unit: year; travel lines count at_cost"},
		{"effort without its basis", base, func(q *fees.Quote) {
			q.Effort.Basis = nil
		}, "effort.basis: none"},
		{"effort with a blank basis line", base, func(q *fees.Quote) {
			q.Effort.Basis = []string{" "}
		}, "effort.basis[0]: is blank"},
		{"a quote whose lines overflow before the discount", hugeQuote, func(q *fees.Quote) {
			tr := fees.Line{Item: fees.Travel, Quantity: decimal.NewFromInt(1), Unit: fees.AtCost,
				UnitPrice: cny(t, "900000000000000"), Amount: cny(t, "900000000000000")}
			q.Lines = slices.Insert(q.Lines, len(q.Lines)-1, tr)
		}, "lines[4]: the sum of the lines: fees: amount too large"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { assertForgeryRefused(t, tc.from, tc.forge, tc.want) })
	}
	t.Run("the forger writes what MarshalJSON writes", func(t *testing.T) {
		for _, q := range []fees.Quote{base, hugeQuote} {
			want, err := json.Marshal(q)
			require.NoError(t, err)
			assert.JSONEq(t, string(want), string(forgedJSON(t, q)))
		}
	})
}

// assertForgeryRefused forges a copy of from, sets its totals from its
// lines, and checks that Validate and UnmarshalJSON refuse it saying want,
// and that a refused decoding leaves the receiver as it was.
func assertForgeryRefused(t *testing.T, from fees.Quote, forge func(q *fees.Quote), want string) {
	t.Helper()
	q := from
	q.Lines = slices.Clone(from.Lines)
	q.Effort.Basis = slices.Clone(from.Effort.Basis)
	q.Audits = slices.Clone(from.Audits)
	forge(&q)
	reprice(t, &q)

	err := q.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, fees.ErrInvalidQuote)
	assert.Contains(t, err.Error(), want)

	data := forgedJSON(t, q)
	got := from
	err = json.Unmarshal(data, &got)
	require.Error(t, err, "decoding %s", data)
	assert.ErrorIs(t, err, fees.ErrInvalidQuote)
	assert.Contains(t, err.Error(), want)
	assert.True(t, got.Equal(from), "receiver unchanged")
}

// TestBundleAndCustomForgeries holds the forgeries of the lines and audits
// of bundles and of custom lines: each is refused by Validate and by
// UnmarshalJSON.
func TestBundleAndCustomForgeries(t *testing.T) {
	base := quote(t, fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Initial, Standards: threeStandards(),
		Integration: integration(15, "integrated"), Travel: cny(t, "900"), Discount: decimal.NewFromInt(10),
		Custom: []fees.CustomLine{
			{Label: fees.Label{Chinese: "加急费", English: "Expedited review"}, Quantity: decimal.NewFromInt(1), Price: cny(t, "500"), Discountable: true},
			{Label: fees.Label{Chinese: "资料翻译", English: "Translation"}, Quantity: decimal.NewFromInt(3), Price: cny(t, "300")},
		}})
	require.Len(t, base.Lines, 13)
	const custom, other, travel, discount = 9, 10, 11, 12
	all := fees.Request{Personnel: 120, Part: fees.Initial, Standards: append(threeStandards(),
		fees.BundleStandard{Standard: fees.OHS, Complexity: audit.LowComplexity}), Integration: integration(10, "integrated")}
	four := quote(t, fees.DefaultSchedule(), all)
	all.Integration = nil
	separate := quote(t, fees.DefaultSchedule(), all)
	set := func(l *fees.Line, qty, price, amount string) {
		l.Quantity, l.UnitPrice, l.Amount = decimal.RequireFromString(qty), cny(t, price), cny(t, amount)
	}
	cases := []struct {
		name  string
		from  fees.Quote
		forge func(q *fees.Quote)
		want  string
	}{
		{"a line for another standard", base, func(q *fees.Quote) { q.Lines[4].Standards = q.Lines[5].Standards },
			`lines[4].standards: registration for "iso14001"; this initial line is for "iso9001"`},
		{"a certificate without its registration", base, func(q *fees.Quote) { q.Lines = slices.Delete(q.Lines, 5, 6) },
			"lines[5].item: annual_fee; a initial quote has registration here"},
		{"after-sales service integrated", base, func(q *fees.Quote) {
			q.Audits[1].Standards |= q.Audits[0].Standards
			q.Audits = q.Audits[1:]
		}, "after-sales service is audited on its own, never integrated"},
		{"audits out of order", base, func(q *fees.Quote) { q.Audits[0], q.Audits[1] = q.Audits[1], q.Audits[0] },
			"audits[1].standards: after_sales after iso9001+iso14001; audits follow the order of the standards"},
		{"a standard audited twice", base, func(q *fees.Quote) { q.Audits = append(q.Audits, q.Audits[0]) },
			"audits[2].standards: after_sales again"},
		{"an audit of no standard", base, func(q *fees.Quote) { q.Audits[0].Standards = 0 }, "audits[0].standards: "},
		{"a reduction for integration on an audit of one standard", base, func(q *fees.Quote) { q.Audits[0].Integration = q.Audits[1].Integration },
			"audits[0].integration: an audit of after_sales alone has no reduction for integration"},
		{"a reduction for integration above 20 %", base, func(q *fees.Quote) { q.Audits[1].Integration.Reduction = decimal.NewFromInt(21) },
			"audits[1].integration.reduction: 21 % must be from 0 to 20"},
		{"an effort beside the audits", base, func(q *fees.Quote) { q.Effort = q.Audits[0].Effort },
			"effort: a bundle quote has its audit time in audits"},
		{"an audit without the basis of its effort", base, func(q *fees.Quote) { q.Audits[1].Effort.Basis = nil },
			"audits[1].effort.basis: none"},
		{"a management system left out of the integrated audit", four, func(q *fees.Quote) {
			q.Audits[1].Standards = separate.Audits[2].Standards | separate.Audits[3].Standards
			q.Audits = slices.Insert(q.Audits, 1, separate.Audits[1])
		}, "audits: iso14001+iso45001 are integrated and iso9001 not"},
		{"two registration fees", base, func(q *fees.Quote) { set(&q.Lines[4], "1", "1000", "1000") },
			"lines[4].unit_price: 1000.00 CNY is not the registration fee of lines[3], 2000.00 CNY"},
		{"audit days that are not the integrated audit's", base, func(q *fees.Quote) { set(&q.Lines[2], "15", "3000", "45000") },
			"lines[2].quantity: 15 person-days is not the effort's figure for it, 13"},
		{"a label on a fee line", base, func(q *fees.Quote) { q.Lines[0].Label = &fees.Label{Chinese: "申请", English: "Application"} },
			"lines[0].label: application has one; only a custom line has its own label"},
		{"a fee line that says it is discountable", base, func(q *fees.Quote) { q.Lines[6].Discountable = true },
			"lines[6].discountable: annual_fee says so"},
		{"a custom line without its label", base, func(q *fees.Quote) { q.Lines[custom].Label = nil },
			"lines[9].label: is missing"},
		{"a custom line with a blank label", base, func(q *fees.Quote) { q.Lines[custom].Label = &fees.Label{Chinese: " ", English: "Expedited"} },
			`lines[9].label.chinese: " " is blank`},
		{"a custom line with a label of two lines", base, func(q *fees.Quote) {
			q.Lines[custom].Label = &fees.Label{Chinese: "加急", English: "Expedited\nreview"}
		},
			"lines[9].label.english"},
		{"a custom line in a year", base, func(q *fees.Quote) { q.Lines[custom].Year = 1 },
			"lines[9].year: custom in year 1; a initial quote has it in year 0"},
		{"a custom line for a standard", base, func(q *fees.Quote) { q.Lines[custom].Standards = q.Lines[3].Standards },
			"lines[9].standards"},
		{"a custom line after travel", base, func(q *fees.Quote) { q.Lines[other], q.Lines[travel] = q.Lines[travel], q.Lines[other] },
			"lines[11].item: custom cannot follow"},
		{"a custom line of nothing", base, func(q *fees.Quote) { set(&q.Lines[other], "0", "300", "0") },
			"lines[10].quantity: 0 is not above 0"},
		{"a custom line of a million", base, func(q *fees.Quote) { set(&q.Lines[other], "1000000", "0", "0") },
			"lines[10].quantity: 1000000 has more than 6 integer digits"},
		{"a custom line of five places", base, func(q *fees.Quote) { set(&q.Lines[other], "1.00001", "300", "300") },
			"lines[10].quantity: 1.00001 has more than 4 decimal places"},
		{"a custom line at a negative price", base, func(q *fees.Quote) { set(&q.Lines[other], "3", "-300", "-900") },
			"lines[10].unit_price: -300.00 CNY is negative"},
		{"a custom line whose amount is not its price", base, func(q *fees.Quote) { set(&q.Lines[other], "3", "300", "600") },
			"lines[10].amount: 600.00 CNY is not 3 item × 300.00 CNY = 900.00 CNY"},
		{"a custom line moved out of the discount base", base, func(q *fees.Quote) { q.Lines[custom].Discountable = false },
			"lines[12].unit_price: the discount is taken from 78000.00 CNY, not from the lines it discounts, which add up to 77500.00 CNY"},
		{"21 custom lines", base, func(q *fees.Quote) {
			q.Lines = slices.Insert(q.Lines, other, slices.Repeat([]fees.Line{q.Lines[other]}, 19)...)
		}, "lines: 21 custom lines; a quote has at most 20"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { assertForgeryRefused(t, tc.from, tc.forge, tc.want) })
	}
	t.Run("the forger writes what MarshalJSON writes", func(t *testing.T) {
		for _, q := range []fees.Quote{base, four, separate} {
			want, err := json.Marshal(q)
			require.NoError(t, err)
			assert.JSONEq(t, string(want), string(forgedJSON(t, q)))
		}
	})
	t.Run("a bundle quote's JSON with an effort", func(t *testing.T) {
		data, err := json.Marshal(base)
		require.NoError(t, err)
		doc := strings.Replace(string(data), `,"audits":`, `,"effort":`+string(mustJSON(t, base.Audits[0].Effort))+`,"audits":`, 1)
		var got fees.Quote
		err = json.Unmarshal([]byte(doc), &got)
		assert.ErrorIs(t, err, fees.ErrInvalidQuote)
		assert.ErrorContains(t, err, "effort: a bundle quote has its audit time in audits")
		err = json.Unmarshal([]byte(strings.Replace(string(data), `"audits":[`, `"audits":[],"x":[`, 1)), &got)
		assert.ErrorIs(t, err, fees.ErrInvalidQuote)
		for _, tc := range []struct{ from, to, want string }{
			{`"standards":["iso9001","iso14001"],"year"`, `"standards":["iso9001","iso9001"],"year"`, "lines[2].standards[1]: iso9001 again"},
			{`"standards":["iso9001","iso14001"],"year"`, `"standards":["iso27001"],"year"`, `lines[2].standards[0]: "iso27001" is not a known standard`},
			{`"label":{"chinese":"加急费",`, `"label":{`, "lines[9].label.chinese: is missing"},
			{`,"audits":[{"standards":["after_sales"],`, `,"audits":[{`, "audits[0].standards: is missing"},
		} {
			require.Contains(t, string(data), tc.from)
			err := json.Unmarshal([]byte(strings.Replace(string(data), tc.from, tc.to, 1)), &got)
			assert.ErrorIs(t, err, fees.ErrInvalidQuote)
			assert.ErrorContains(t, err, tc.want)
		}
	})
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	data, err := json.Marshal(v)
	require.NoError(t, err)
	return data
}
