package fees_test

import (
	"encoding/json"
	"slices"
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
	Item      fees.Item  `json:"item"`
	Year      int        `json:"year"`
	Quantity  string     `json:"quantity"`
	Unit      fees.Unit  `json:"unit"`
	UnitPrice fees.Money `json:"unit_price"`
	Amount    fees.Money `json:"amount"`
}

type forgedQuote struct {
	Part        fees.Part    `json:"part"`
	Currency    string       `json:"currency"`
	Lines       []forgedLine `json:"lines"`
	Net         fees.Money   `json:"net"`
	VATRate     string       `json:"vat_rate"`
	VATIncluded bool         `json:"vat_included"`
	VAT         fees.Money   `json:"vat"`
	Total       fees.Money   `json:"total"`
	Effort      audit.Effort `json:"effort"`
}

func forgedJSON(t *testing.T, q fees.Quote) []byte {
	t.Helper()
	w := forgedQuote{Part: q.Part, Currency: q.Currency, Net: q.Net, VATRate: q.VATRate.String(),
		VATIncluded: q.VATIncluded, VAT: q.VAT, Total: q.Total, Effort: q.Effort}
	for _, l := range q.Lines {
		w.Lines = append(w.Lines, forgedLine{l.Item, l.Year, l.Quantity.String(), l.Unit, l.UnitPrice, l.Amount})
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
		t.Run(tc.name, func(t *testing.T) {
			q := tc.from
			q.Lines = slices.Clone(tc.from.Lines)
			q.Effort.Basis = slices.Clone(tc.from.Effort.Basis)
			tc.forge(&q)
			reprice(t, &q)

			err := q.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, fees.ErrInvalidQuote)
			assert.Contains(t, err.Error(), tc.want)

			data := forgedJSON(t, q)
			got := base
			err = json.Unmarshal(data, &got)
			require.Error(t, err, "decoding %s", data)
			assert.ErrorIs(t, err, fees.ErrInvalidQuote)
			assert.Contains(t, err.Error(), tc.want)
			assert.True(t, got.Equal(base), "receiver unchanged")
		})
	}
	t.Run("the forger writes what MarshalJSON writes", func(t *testing.T) {
		for _, q := range []fees.Quote{base, hugeQuote} {
			want, err := json.Marshal(q)
			require.NoError(t, err)
			assert.JSONEq(t, string(want), string(forgedJSON(t, q)))
		}
	})
}
