package quotation

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
)

// marshalWire is the plain rule appendQuotation is held to: the wire
// struct, each part encoded by json.Marshal, the whole by json.Marshal.
func marshalWire(t *testing.T, q Quotation) []byte {
	t.Helper()
	id, number := q.id.String(), q.Number()
	issued, until := calendar.Format(q.issuedOn), calendar.Format(q.inquiry.ValidUntil)
	w := quotationWire{ID: &id, Number: &number, IssuedOn: &issued, ValidUntil: &until}
	if q.words != "" {
		w.TotalInWords = &q.words
	}
	var err error
	for dst, v := range map[*json.RawMessage]any{&w.Customer: q.inquiry.Customer, &w.Schedule: q.schedule, &w.Request: q.inquiry.Request, &w.Quote: q.quote} {
		*dst, err = json.Marshal(v)
		require.NoError(t, err)
	}
	for _, s := range q.subtotals {
		amount, err := json.Marshal(s.Amount)
		require.NoError(t, err)
		w.Subtotals = append(w.Subtotals, subtotalWire{Year: &s.Year, Amount: amount})
	}
	data, err := json.Marshal(w)
	require.NoError(t, err)
	return data
}

// TestAppendQuotationIsMarshal checks that MarshalJSON writes the bytes
// json.Marshal writes for the wire struct, escapes included: quotations of
// every part, in CNY and not, with travel, copies, a discount, custom lines
// and a bundle, and a customer, labels and a reason with quotes, <, >, &
// and the line separator.
func TestAppendQuotationIsMarshal(t *testing.T) {
	cny := func(s string) fees.Money { return fees.MustNewMoney(s, "CNY") }
	usd := fees.DefaultSchedule()
	usd.Currency = "USD"
	for _, p := range []*fees.Money{&usd.Application, &usd.PersonDay, &usd.Registration, &usd.AnnualFee, &usd.ExtraCopy} {
		*p = fees.MustNewMoney(p.Amount().String(), "USD")
	}
	odd := Customer{Name: `R&D "<Shanghai>" 公司`, CreditCode: "91310000132260250X", Contact: "王经理\u2028021-5555 0100 & co"}
	plain := Customer{Name: "上海申联家电售后服务有限公司", CreditCode: "91310000132260250X"}
	bundle := fees.Request{Personnel: 120, Sites: 2, Part: fees.Cycle, Standards: []fees.BundleStandard{
		{Standard: fees.AfterSales}, {Standard: fees.QMS}, {Standard: fees.EMS, Complexity: audit.MediumComplexity}},
		Integration: &audit.Integration{Reduction: decimal.NewFromInt(15), Reason: `one <integrated> "system" & more`}}
	custom := fees.Request{Personnel: 45, Part: fees.Initial, Travel: cny("1800"), ExtraCopies: 2, Discount: decimal.RequireFromString("12.5"),
		Custom: []fees.CustomLine{
			{Label: fees.Label{Chinese: "差旅<补贴>", English: `Travel "allowance" & <meals>`}, Quantity: decimal.NewFromInt(3), Price: cny("250.50"), Discountable: true},
			{Label: fees.Label{Chinese: "研发&评审", English: "R&D review"}, Quantity: decimal.NewFromInt(1), Price: cny("300")},
			{Label: fees.Label{Chinese: "翻译", English: "Translation\u2029"}, Quantity: decimal.RequireFromString("1.5"), Price: cny("800")}}}
	ampersand := bundle // & alone, which encoding/json escapes too
	ampersand.Integration = &audit.Integration{Reduction: decimal.NewFromInt(10), Reason: "QMS & EMS"}
	cases := []struct {
		schedule fees.Schedule
		in       Inquiry
	}{
		{fees.DefaultSchedule(), Inquiry{Customer: plain, Request: fees.Request{Personnel: 120, Sites: 1, Part: fees.Cycle}}},
		{fees.DefaultSchedule(), Inquiry{Customer: odd, Request: fees.Request{Personnel: 8, Part: fees.Initial}}},
		{fees.DefaultSchedule(), Inquiry{Customer: odd, Request: fees.Request{Personnel: 3000, Sites: 12, Part: fees.Surveillance}}},
		{fees.DefaultSchedule(), Inquiry{Customer: plain, Request: fees.Request{Personnel: 600, Part: fees.Recertification}}},
		{fees.DefaultSchedule(), Inquiry{Customer: odd, Request: custom}},
		{fees.DefaultSchedule(), Inquiry{Customer: odd, Request: bundle}},
		{usd, Inquiry{Customer: plain, Request: fees.Request{Personnel: 120, Part: fees.Cycle}}},
		{fees.DefaultSchedule(), Inquiry{Customer: Customer{Name: "A&B", CreditCode: plain.CreditCode}, Request: ampersand}},
	}
	issued := time.Date(2026, 3, 10, 0, 0, 0, 0, time.FixedZone("CST", 8*60*60))
	for i, c := range cases {
		q, err := New(uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), issued, c.schedule, c.in)
		require.NoError(t, err, "case %d", i)
		got, err := q.MarshalJSON()
		require.NoError(t, err)
		assert.Equal(t, string(marshalWire(t, q)), string(got), "case %d", i)
	}
}
