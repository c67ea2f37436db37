package quotation_test

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/materials"
	"github.com/aftersales/certification/quotation"
)

func TestNewBriefCase(t *testing.T) {
	q := brief(t)
	assert.Equal(t, idA, q.ID())
	assert.Equal(t, "Q-20260310-6BA7B8109DAD", q.Number())
	assert.Equal(t, customer, q.Customer())
	assert.True(t, q.Request().Equal(cycle))
	assert.True(t, q.Schedule().Equal(fees.DefaultSchedule()))
	want, err := fees.DefaultSchedule().Quote(cycle)
	require.NoError(t, err)
	assert.True(t, q.Quote().Equal(want))
	assert.Equal(t, "55650.00 CNY", q.Quote().Total.String())
	assert.Equal(t, "人民币伍万伍仟陆佰伍拾元整", q.TotalInWords())
	assert.Equal(t, date(2026, 3, 10, time.UTC), q.IssuedOn())
	assert.Equal(t, date(2026, 4, 9, time.UTC), q.ValidUntil())

	subtotals := q.Subtotals()
	require.Len(t, subtotals, 3)
	for i, want := range []struct {
		year   int
		amount string
	}{{1, "30500.00 CNY"}, {2, "11000.00 CNY"}, {3, "11000.00 CNY"}} {
		assert.Equal(t, want.year, subtotals[i].Year)
		assert.Equal(t, want.amount, subtotals[i].Amount.String())
	}
}

// TestSubtotals checks that the subtotals add up to the lines, year 0 (travel
// and the discount) last, and with prices that include VAT to the total.
func TestSubtotals(t *testing.T) {
	incl := fees.DefaultSchedule()
	incl.PricesIncludeVAT = true
	cases := []struct {
		name     string
		schedule fees.Schedule
		request  fees.Request
		years    []int
	}{
		{"initial", fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Initial}, []int{1}},
		{"surveillance", fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Surveillance}, []int{2}},
		{"cycle with travel, copies and a discount", fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Cycle,
			Travel: fees.MustNewMoney("1800", "CNY"), ExtraCopies: 2, Discount: decimal.RequireFromString("12.5")}, []int{1, 2, 3, 0}},
		{"prices include VAT", incl, fees.Request{Personnel: 60, Part: fees.Cycle, Discount: decimal.NewFromInt(3)}, []int{1, 2, 3, 0}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q, err := quotation.New(idA, issued, tc.schedule, ask(tc.request))
			require.NoError(t, err)
			var years []int
			var sum fees.Money
			for _, s := range q.Subtotals() {
				years = append(years, s.Year)
				sum, err = sum.Add(s.Amount)
				require.NoError(t, err)
			}
			assert.Equal(t, tc.years, years)
			want := q.Quote().Net
			if tc.schedule.PricesIncludeVAT {
				want = q.Quote().Total
			}
			assert.True(t, sum.Equal(want), "subtotals add up to %s, want %s", sum, want)
		})
	}
}

// TestValidity checks the last valid day at its edges: the default 30th day
// after the issue date across month ends and a leap day, a day of the
// caller's own, the issue date itself, and ValidOn on both sides of each end.
func TestValidity(t *testing.T) {
	cases := []struct {
		name          string
		issued, until time.Time
		want          time.Time
	}{
		{"default", issued, time.Time{}, date(2026, 4, 9, time.UTC)},
		{"default across February", date(2026, 1, 31, time.UTC), time.Time{}, date(2026, 3, 2, time.UTC)},
		{"default across a leap February", date(2024, 1, 31, time.UTC), time.Time{}, date(2024, 3, 1, time.UTC)},
		{"default across the year", date(2026, 12, 15, time.UTC), time.Time{}, date(2027, 1, 14, time.UTC)},
		{"default, the last that fits", date(9999, 12, 1, time.UTC), time.Time{}, date(9999, 12, 31, time.UTC)},
		{"in Shanghai after midnight", time.Date(2026, 3, 10, 0, 30, 0, 0, shanghai), time.Time{}, date(2026, 4, 9, shanghai)},
		{"the caller's day", issued, date(2026, 6, 30, time.UTC), date(2026, 6, 30, time.UTC)},
		{"the issue date itself", issued, issued.Add(15 * time.Hour), issued},
		{"a day read in its own location", issued, time.Date(2026, 3, 10, 23, 0, 0, 0, shanghai), date(2026, 3, 10, shanghai)},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			in := ask(cycle)
			in.ValidUntil = tc.until
			q, err := quotation.New(idA, tc.issued, fees.DefaultSchedule(), in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, q.ValidUntil())
			start := q.IssuedOn()
			assert.True(t, q.ValidOn(start), "valid on its issue date")
			assert.True(t, q.ValidOn(tc.want.Add(23*time.Hour)), "valid all its last day")
			assert.False(t, q.ValidOn(start.Add(-time.Minute)), "not valid before its issue date")
			assert.False(t, q.ValidOn(tc.want.Add(24*time.Hour)), "not valid after its last day")
		})
	}
	assert.False(t, quotation.Quotation{}.ValidOn(issued), "the zero Quotation stands on no day")
}

// args are the arguments of New.
type args struct {
	id       uuid.UUID
	issued   time.Time
	schedule fees.Schedule
	inquiry  quotation.Inquiry
}

func TestNewErrors(t *testing.T) {
	cases := []struct {
		name   string
		edit   func(*args)
		fields []string
		kind   error
		also   []error
	}{
		{"blank customer", func(a *args) { a.inquiry.Customer.Name = "\t" },
			[]string{"customer.name"}, quotation.ErrInvalidInquiry, []error{quotation.ErrInvalidCustomer}},
		{"invalid credit code", func(a *args) { a.inquiry.Customer.CreditCode = "9131000013226025" },
			[]string{"customer.credit_code"}, quotation.ErrInvalidInquiry, []error{materials.ErrInvalidReference}},
		{"valid until before the issue date", func(a *args) { a.inquiry.ValidUntil = date(2026, 3, 9, time.UTC) },
			[]string{"valid_until"}, quotation.ErrInvalidInquiry, nil},
		{"valid until before the issue date, each read in its own location", func(a *args) {
			a.issued = time.Date(2026, 3, 10, 0, 30, 0, 0, shanghai)
			a.inquiry.ValidUntil = time.Date(2026, 3, 9, 20, 0, 0, 0, time.UTC) // 2026-03-10 04:00 in Shanghai
		}, []string{"valid_until"}, quotation.ErrInvalidInquiry, nil},
		{"valid until after 9999", func(a *args) { a.inquiry.ValidUntil = date(10000, 1, 1, time.UTC) },
			[]string{"valid_until"}, quotation.ErrInvalidInquiry, nil},
		{"the default after 9999", func(a *args) { a.issued = date(9999, 12, 2, time.UTC) },
			[]string{"valid_until"}, quotation.ErrInvalidQuotation, nil},
		{"nil ID", func(a *args) { a.id = uuid.Nil }, []string{"id"}, quotation.ErrInvalidQuotation, nil},
		{"zero issue date", func(a *args) { a.issued = time.Time{} }, []string{"issued_on"}, quotation.ErrInvalidQuotation, nil},
		{"issue date after 9999", func(a *args) { a.issued = date(10000, 1, 1, time.UTC) }, []string{"issued_on"}, quotation.ErrInvalidQuotation, nil},
		{"invalid schedule", func(a *args) { a.schedule.VATRate = decimal.NewFromInt(2) },
			[]string{"schedule.vat_rate"}, quotation.ErrInvalidQuotation, []error{fees.ErrInvalidSchedule}},
		{"discount above 100", func(a *args) { a.inquiry.Request.Discount = decimal.NewFromInt(101) },
			[]string{"request.discount"}, quotation.ErrInvalidInquiry, []error{fees.ErrInvalidRequest}},
		{"discount above 100 and an invalid schedule", func(a *args) {
			a.inquiry.Request.Discount = decimal.NewFromInt(101)
			a.schedule.VATRate = decimal.NewFromInt(-1)
		}, []string{"schedule.vat_rate", "request.discount"}, quotation.ErrInvalidInquiry, nil},
		{"personnel beyond the table", func(a *args) { a.inquiry.Request.Personnel = 10701 },
			[]string{"request.personnel"}, quotation.ErrInvalidInquiry, []error{fees.ErrInvalidRequest, audit.ErrBeyondTable}},
		{"a custom line with a negative price", func(a *args) {
			a.inquiry.Request.Custom = []fees.CustomLine{{Label: fees.Label{Chinese: "资料费", English: "Materials"},
				Quantity: decimal.NewFromInt(1), Price: fees.MustNewMoney("-50", "CNY")}}
		}, []string{"request.custom[0].price"}, quotation.ErrInvalidInquiry, []error{fees.ErrInvalidRequest}},
		{"travel in another currency", func(a *args) { a.inquiry.Request.Travel = fees.MustNewMoney("100", "USD") },
			[]string{"request.travel"}, quotation.ErrInvalidInquiry, []error{fees.ErrCurrencyMismatch}},
		{"a total too large for capitals", func(a *args) { a.inquiry.Request.Travel = fees.MustNewMoney("1000000000000", "CNY") },
			[]string{"request"}, quotation.ErrInvalidInquiry, []error{fees.ErrUppercase}},
		{"every problem at once", func(a *args) {
			*a = args{inquiry: quotation.Inquiry{ValidUntil: date(2026, 3, 1, time.UTC)}, schedule: fees.DefaultSchedule()}
			a.schedule.PersonDay = fees.Money{}
		}, []string{"id", "issued_on", "customer.name", "customer.credit_code", "schedule.person_day", "request.part", "request.personnel"},
			quotation.ErrInvalidQuotation, []error{quotation.ErrInvalidInquiry}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := args{id: idA, issued: issued, schedule: fees.DefaultSchedule(), inquiry: ask(cycle)}
			tc.edit(&a)
			q, err := quotation.New(a.id, a.issued, a.schedule, a.inquiry)
			require.Error(t, err)
			assert.True(t, q.IsZero(), "nothing made")
			assert.ErrorIs(t, err, tc.kind)
			assert.Equal(t, tc.fields, fields(t, err))
			for _, also := range tc.also {
				assert.ErrorIs(t, err, also)
			}
		})
	}
}

// TestNewChangesNothing checks that a quotation keeps its own copies: what
// the caller changes afterwards, in what it passed or what it got back, does
// not change the quotation.
func TestNewChangesNothing(t *testing.T) {
	r := fees.Request{Personnel: 120, Part: fees.Cycle, Adjustments: []audit.Adjustment{{Reason: "one process", Percent: decimal.NewFromInt(-10)}}}
	q, err := quotation.New(idA, issued, fees.DefaultSchedule(), ask(r))
	require.NoError(t, err)
	before, subtotal := q.Quote(), q.Subtotals()[0].Amount
	r.Adjustments[0].Reason = "changed"
	got := q.Request()
	got.Adjustments[0].Percent = decimal.NewFromInt(-30)
	quote := q.Quote()
	quote.Lines[0].Amount = fees.MustNewMoney("1", "CNY")
	quote.Effort.Basis[0] = "changed"
	q.Subtotals()[0].Amount = fees.MustNewMoney("1", "CNY")
	assert.Equal(t, "one process", q.Request().Adjustments[0].Reason)
	assert.True(t, q.Request().Adjustments[0].Percent.Equal(decimal.NewFromInt(-10)))
	assert.True(t, q.Quote().Equal(before))
	assert.True(t, q.Subtotals()[0].Amount.Equal(subtotal))
}

func TestOtherCurrency(t *testing.T) {
	q, err := quotation.New(idA, issued, usd(), ask(cycle))
	require.NoError(t, err)
	assert.Equal(t, "", q.TotalInWords(), "only renminbi is written in capitals")
	assert.Equal(t, "US$55,650.00", q.Quote().Total.WithSymbol())
}

func TestEqual(t *testing.T) {
	a := brief(t)
	b, err := quotation.New(idA, time.Date(2026, 3, 10, 9, 0, 0, 0, shanghai), fees.DefaultSchedule(),
		quotation.Inquiry{Customer: customer, Request: cycle, ValidUntil: date(2026, 4, 9, shanghai)})
	require.NoError(t, err)
	assert.True(t, a.Equal(b), "the same calendar dates in another location")
	c, err := quotation.New(idB, issued, fees.DefaultSchedule(), ask(cycle))
	require.NoError(t, err)
	assert.False(t, a.Equal(c))
	assert.True(t, quotation.Quotation{}.IsZero())
	assert.False(t, a.IsZero())
	assert.Equal(t, "", quotation.Quotation{}.Number())
}

func TestMustNew(t *testing.T) {
	assert.NotPanics(t, func() { quotation.MustNew(idA, issued, fees.DefaultSchedule(), ask(cycle)) })
	assert.PanicsWithValue(t, "quotation.MustNew: quotation: invalid quotation: id: is the nil UUID", func() {
		quotation.MustNew(uuid.Nil, issued, fees.DefaultSchedule(), ask(cycle))
	})
}
