package quotation_test

import (
	"testing"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/quotation"
)

// option returns a quotation of the test customer for r on s.
func option(t *testing.T, id uuid.UUID, s fees.Schedule, r fees.Request) quotation.Quotation {
	t.Helper()
	q, err := quotation.New(id, issued, s, ask(r))
	require.NoError(t, err)
	return q
}

// row writes a comparison row as "item year: amounts | differences".
func row(r quotation.Row) string {
	s := r.English + " " + yearOf(r.Year) + ":"
	for _, a := range r.Amounts {
		if a.Currency() == "" {
			s += " —"
		} else {
			s += " " + a.Amount().StringFixed(2)
		}
	}
	s += " |"
	for _, d := range r.Differences {
		s += " " + d.Amount().StringFixed(2)
	}
	return s
}

func yearOf(y int) string { return string(rune('0' + y)) }

func TestCompare(t *testing.T) {
	s := fees.DefaultSchedule()
	initial := fees.Request{Personnel: 120, Part: fees.Initial}
	discounted := cycle
	discounted.Discount = decimal.NewFromInt(10)
	sites := cycle
	sites.Sites = 9
	cases := []struct {
		name   string
		a, b   fees.Request
		lines  []string
		totals []string
	}{
		{"initial only against the whole cycle", initial, cycle, []string{
			"Application fee 1: 1000.00 1000.00 | 0.00 0.00",
			"Initial audit 1: 25500.00 25500.00 | 0.00 0.00",
			"Registration and certificate 1: 2000.00 2000.00 | 0.00 0.00",
			"Annual fee 1: 2000.00 2000.00 | 0.00 0.00",
			"Surveillance audit 2: — 9000.00 | 0.00 9000.00",
			"Annual fee 2: — 2000.00 | 0.00 2000.00",
			"Surveillance audit 3: — 9000.00 | 0.00 9000.00",
			"Annual fee 3: — 2000.00 | 0.00 2000.00",
		}, []string{
			"Net 0: 30500.00 52500.00 | 0.00 22000.00",
			"VAT 0: 1830.00 3150.00 | 0.00 1320.00",
			"Total 0: 32330.00 55650.00 | 0.00 23320.00",
		}},
		{"with and without a discount", discounted, cycle, []string{
			"Application fee 1: 1000.00 1000.00 | 0.00 0.00",
			"Initial audit 1: 25500.00 25500.00 | 0.00 0.00",
			"Registration and certificate 1: 2000.00 2000.00 | 0.00 0.00",
			"Annual fee 1: 2000.00 2000.00 | 0.00 0.00",
			"Surveillance audit 2: 9000.00 9000.00 | 0.00 0.00",
			"Annual fee 2: 2000.00 2000.00 | 0.00 0.00",
			"Surveillance audit 3: 9000.00 9000.00 | 0.00 0.00",
			"Annual fee 3: 2000.00 2000.00 | 0.00 0.00",
			"Discount 0: -5250.00 — | 0.00 5250.00",
		}, []string{
			"Net 0: 47250.00 52500.00 | 0.00 5250.00",
			"VAT 0: 2835.00 3150.00 | 0.00 315.00",
			"Total 0: 50085.00 55650.00 | 0.00 5565.00",
		}},
		{"a discounted initial against the cycle: the discount stays last", fees.Request{Personnel: 120, Part: fees.Initial, Discount: decimal.NewFromInt(10)}, cycle, []string{
			"Application fee 1: 1000.00 1000.00 | 0.00 0.00",
			"Initial audit 1: 25500.00 25500.00 | 0.00 0.00",
			"Registration and certificate 1: 2000.00 2000.00 | 0.00 0.00",
			"Annual fee 1: 2000.00 2000.00 | 0.00 0.00",
			"Surveillance audit 2: — 9000.00 | 0.00 9000.00",
			"Annual fee 2: — 2000.00 | 0.00 2000.00",
			"Surveillance audit 3: — 9000.00 | 0.00 9000.00",
			"Annual fee 3: — 2000.00 | 0.00 2000.00",
			"Discount 0: -3050.00 — | 0.00 3050.00",
		}, nil},
		{"one site against nine", cycle, sites, []string{
			"Application fee 1: 1000.00 1000.00 | 0.00 0.00",
			"Initial audit 1: 25500.00 30000.00 | 0.00 4500.00",
			"Registration and certificate 1: 2000.00 2000.00 | 0.00 0.00",
			"Annual fee 1: 2000.00 2000.00 | 0.00 0.00",
			"Surveillance audit 2: 9000.00 12000.00 | 0.00 3000.00",
			"Annual fee 2: 2000.00 2000.00 | 0.00 0.00",
			"Surveillance audit 3: 9000.00 12000.00 | 0.00 3000.00",
			"Annual fee 3: 2000.00 2000.00 | 0.00 0.00",
		}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a, b := option(t, idA, s, tc.a), option(t, idB, s, tc.b)
			c, err := quotation.NewComparison(a, b)
			require.NoError(t, err)
			var lines, totals []string
			for _, r := range c.Lines() {
				lines = append(lines, row(r))
			}
			for _, r := range c.Totals() {
				totals = append(totals, row(r))
			}
			assert.Equal(t, tc.lines, lines)
			if tc.totals != nil {
				assert.Equal(t, tc.totals, totals)
			}
			require.Len(t, c.Options(), 2)
			assert.True(t, c.Options()[0].Equal(a))
			assert.True(t, c.Options()[1].Equal(b))
			// Every option's amounts add up to its net: no line lost or counted twice.
			for i, o := range c.Options() {
				var sum fees.Money
				for _, r := range c.Lines() {
					sum, err = sum.Add(r.Amounts[i])
					require.NoError(t, err)
				}
				assert.True(t, sum.Equal(o.Quote().Net))
			}
		})
	}
}

func TestCompareThree(t *testing.T) {
	s := fees.DefaultSchedule()
	copies := fees.Request{Personnel: 120, Part: fees.Initial, ExtraCopies: 2}
	travel := cycle
	travel.Travel = fees.MustNewMoney("1800", "CNY")
	c, err := quotation.NewComparison(option(t, idA, s, copies), option(t, idB, s, cycle), option(t, idC, s, travel))
	require.NoError(t, err)
	var got []string
	for _, r := range c.Lines() {
		got = append(got, row(r))
	}
	assert.Equal(t, []string{
		"Application fee 1: 1000.00 1000.00 1000.00 | 0.00 0.00 0.00",
		"Initial audit 1: 25500.00 25500.00 25500.00 | 0.00 0.00 0.00",
		"Registration and certificate 1: 2000.00 2000.00 2000.00 | 0.00 0.00 0.00",
		"Annual fee 1: 2000.00 2000.00 2000.00 | 0.00 0.00 0.00",
		"Extra certificate copy 1: 200.00 — — | 0.00 -200.00 -200.00",
		"Surveillance audit 2: — 9000.00 9000.00 | 0.00 9000.00 9000.00",
		"Annual fee 2: — 2000.00 2000.00 | 0.00 2000.00 2000.00",
		"Surveillance audit 3: — 9000.00 9000.00 | 0.00 9000.00 9000.00",
		"Annual fee 3: — 2000.00 2000.00 | 0.00 2000.00 2000.00",
		"Travel and lodging 0: — — 1800.00 | 0.00 0.00 1800.00",
	}, got)
	rows := c.Lines()
	rows[0].Amounts[0] = fees.Money{}
	assert.Equal(t, "1000.00 CNY", c.Lines()[0].Amounts[0].String(), "rows are the caller's copies")
}

func TestCompareErrors(t *testing.T) {
	s := fees.DefaultSchedule()
	a := option(t, idA, s, cycle)
	other := customer
	other.Name = "深圳某某电子有限公司"
	otherCustomer, err := quotation.New(idB, issued, s, quotation.Inquiry{Customer: other, Request: cycle})
	require.NoError(t, err)
	cases := []struct {
		name    string
		options []quotation.Quotation
		fields  []string
	}{
		{"none", nil, []string{"options"}},
		{"one", []quotation.Quotation{a}, []string{"options"}},
		{"two currencies", []quotation.Quotation{a, option(t, idB, usd(), cycle)}, []string{"options[1].quote.currency"}},
		{"two customers", []quotation.Quotation{a, otherCustomer}, []string{"options[1].customer"}},
		{"the same quotation twice", []quotation.Quotation{a, option(t, idB, s, cycle), a}, []string{"options[2].id"}},
		{"the zero Quotation", []quotation.Quotation{a, {}}, []string{"options[1]"}},
		{"a zero first option", []quotation.Quotation{{}, a}, []string{"options[0]"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := quotation.NewComparison(tc.options...)
			require.Error(t, err)
			assert.ErrorIs(t, err, quotation.ErrInvalidComparison)
			assert.Equal(t, tc.fields, fields(t, err))
			assert.Empty(t, c.Options())
		})
	}
}
