package fees_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/jsontest"
)

func customLine(t testing.TB, chinese, english, quantity, price string, discountable bool) fees.CustomLine {
	return fees.CustomLine{Label: fees.Label{Chinese: chinese, English: english},
		Quantity: decimal.RequireFromString(quantity), Price: cny(t, price), Discountable: discountable}
}

// TestCustomLines prices caller-priced lines with the rest: in the order
// given, after extra copies and before travel, each Quantity × Price
// rounded once, in the discount base only when asked, taxed like the rest.
func TestCustomLines(t *testing.T) {
	r := fees.Request{Personnel: 120, Part: fees.Initial, ExtraCopies: 1, Travel: cny(t, "1800"), Discount: decimal.NewFromInt(5),
		Custom: []fees.CustomLine{
			customLine(t, "加急费", "Expedited review", "1", "500", true),
			customLine(t, "培训（人天）", "Training (person-days)", "2.5", "333.33", false),
			customLine(t, "赠送资料", "Free handbook", "1", "0", true),
		}}
	q := quote(t, fees.DefaultSchedule(), r)
	assert.Equal(t, []string{
		"application 1 1 1000.00 1000.00",
		"initial_audit 1 8.5 3000.00 25500.00",
		"registration 1 1 2000.00 2000.00",
		"annual_fee 1 1 2000.00 2000.00",
		"extra_copy 1 1 100.00 100.00",
		"custom 0 1 500.00 500.00",
		"custom 0 2.5 333.33 833.33", // 833.325 rounds half up
		"custom 0 1 0.00 0.00",
		"travel 0 1 1800.00 1800.00",
		"discount 0 -5 31100.00 -1555.00", // 30600 + 500 (+ 0.00): the lines in the base
	}, linesText(q))
	// 31100 + 833.33 + 1800 − 1555 = 32178.33; VAT once, on the net with
	// the custom lines: 1930.6998 → 1930.70.
	assertMoney(t, "32178.33 CNY", q.Net)
	assertMoney(t, "1930.70 CNY", q.VAT)
	assertMoney(t, "34109.03 CNY", q.Total)

	l := q.Lines[6]
	assert.Equal(t, fees.Custom, l.Item)
	assert.Equal(t, fees.PerItem, l.Unit)
	assert.Equal(t, "培训（人天）", l.ChineseName())
	assert.Equal(t, "Training (person-days)", l.EnglishName())
	assert.Equal(t, "2.5 items × 333.33", l.EnglishBasis())
	assert.Equal(t, "2.5 项 × 333.33", l.ChineseBasis())
	assert.Equal(t, "1 item × 500.00", q.Lines[5].EnglishBasis())
	assert.True(t, q.Lines[5].Discountable)
	assert.False(t, l.Discountable)
	assert.Equal(t, "申请费", q.Lines[0].ChineseName(), "an ordinary line is named by its item")
	assert.Equal(t, "Travel and lodging", q.Lines[8].EnglishName())

	t.Run("the quote has its own labels", func(t *testing.T) {
		r.Custom[0].Label.English = "changed"
		assert.Equal(t, "Expedited review", q.Lines[5].EnglishName())
		r.Custom[0].Label.English = "Expedited review"
	})
	t.Run("JSON both ways", func(t *testing.T) {
		data := jsontest.RoundTrip(t, q)
		assert.Contains(t, string(data), `{"item":"custom","year":0,"quantity":"2.5","unit":"item","unit_price":{"amount":"333.33","currency":"CNY"},"amount":{"amount":"833.33","currency":"CNY"},"label":{"chinese":"培训（人天）","english":"Training (person-days)"}}`)
		assert.Contains(t, string(data), `"label":{"chinese":"加急费","english":"Expedited review"},"discountable":true}`)
		jsontest.RoundTrip(t, r)
	})
	t.Run("prices that include VAT", func(t *testing.T) {
		s := fees.DefaultSchedule()
		s.PricesIncludeVAT = true
		q := quote(t, s, fees.Request{Personnel: 120, Part: fees.Initial, Custom: []fees.CustomLine{customLine(t, "加急费", "Expedited", "1", "530", false)}})
		// 30500 + 530 = 31030 gross; VAT 31030 × 0.06 / 1.06 = 1756.42
		assertMoney(t, "31030.00 CNY", q.Total)
		assertMoney(t, "1756.42 CNY", q.VAT)
	})
	t.Run("the most custom lines", func(t *testing.T) {
		many := fees.Request{Personnel: 120, Part: fees.Cycle, Standards: []fees.BundleStandard{{Standard: fees.AfterSales},
			{Standard: fees.QMS}, {Standard: fees.EMS, Complexity: 2}, {Standard: fees.OHS, Complexity: 2}},
			ExtraCopies: 1, Travel: cny(t, "1"), Discount: decimal.NewFromInt(1)}
		for range fees.MaxCustomLines {
			many.Custom = append(many.Custom, customLine(t, "项", "item", "999999.9999", "1", true))
		}
		q := quote(t, fees.DefaultSchedule(), many)
		assert.Len(t, q.Lines, 1+7*4+1+fees.MaxCustomLines+2, "the most lines a quote has")
		jsontest.RoundTrip(t, q)
	})
}

// TestCustomErrors: each bad custom line is a FieldError naming its field,
// under ErrInvalidRequest.
func TestCustomErrors(t *testing.T) {
	usd, err := fees.NewMoney("10", "USD")
	require.NoError(t, err)
	with := func(change func(c *fees.CustomLine)) fees.Request {
		r := fees.Request{Personnel: 120, Part: fees.Cycle, Custom: []fees.CustomLine{
			customLine(t, "加急费", "Expedited", "1", "500", true), customLine(t, "翻译", "Translation", "1", "300", false),
			customLine(t, "培训", "Training", "2", "1000", false)}}
		change(&r.Custom[2])
		return r
	}
	cases := []struct {
		name  string
		r     fees.Request
		is    error
		field string
		text  string
	}{
		{"a negative price", with(func(c *fees.CustomLine) { c.Price = cny(t, "-0.01") }), nil, "custom[2].price", "-0.01 CNY is negative"},
		{"no price", with(func(c *fees.CustomLine) { c.Price = fees.Money{} }), nil, "custom[2].price", "missing (the zero Money)"},
		{"a price in another currency", with(func(c *fees.CustomLine) { c.Price = usd }), fees.ErrCurrencyMismatch, "custom[2].price", "10.00 USD is not in the schedule currency CNY"},
		{"a blank Chinese name", with(func(c *fees.CustomLine) { c.Label.Chinese = " \u3000" }), nil, "custom[2].label.chinese", "is blank"},
		{"no English name", with(func(c *fees.CustomLine) { c.Label.English = "" }), nil, "custom[2].label.english", `"" is blank`},
		{"a name that is not UTF-8", with(func(c *fees.CustomLine) { c.Label.English = "Tra\xffining" }), nil, "custom[2].label.english", "is not valid UTF-8"},
		{"a name of two lines", with(func(c *fees.CustomLine) { c.Label.Chinese = "培训\n第二行" }), nil, "custom[2].label.chinese", "write it on one line"},
		{"a name with a tab", with(func(c *fees.CustomLine) { c.Label.English = "Training\t2 days" }), nil, "custom[2].label.english", "control character"},
		{"a name of 101 characters", with(func(c *fees.CustomLine) { c.Label.Chinese = strings.Repeat("培", 101) }), nil, "custom[2].label.chinese", "has 101 characters, more than 100"},
		{"no quantity", with(func(c *fees.CustomLine) { c.Quantity = decimal.Decimal{} }), nil, "custom[2].quantity", "0 is not above 0"},
		{"a negative quantity", with(func(c *fees.CustomLine) { c.Quantity = decimal.NewFromInt(-1) }), nil, "custom[2].quantity", "-1 is not above 0"},
		{"a million", with(func(c *fees.CustomLine) { c.Quantity = decimal.NewFromInt(1_000_000) }), nil, "custom[2].quantity", "1000000 has more than 6 integer digits"},
		{"five places", with(func(c *fees.CustomLine) { c.Quantity = decimal.RequireFromString("0.00001") }), nil, "custom[2].quantity", "0.00001 has more than 4 decimal places"},
		{"an absurd exponent", with(func(c *fees.CustomLine) { c.Quantity = decimal.New(1, 1_000_000) }), nil, "custom[2].quantity", "1e1000000 has more than 6 integer digits"},
		{"an amount out of bounds", with(func(c *fees.CustomLine) {
			c.Quantity, c.Price = decimal.NewFromInt(999_999), cny(t, "999999999999")
		}), fees.ErrAmountTooLarge, "custom[2]", "the custom line: fees: amount too large"},
		{"21 custom lines", func() fees.Request {
			r := with(func(*fees.CustomLine) {})
			for len(r.Custom) <= fees.MaxCustomLines {
				r.Custom = append(r.Custom, r.Custom[0])
			}
			return r
		}(), nil, "custom", "21 lines; a request has at most 20"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := cloneRequest(tc.r)
			q, err := fees.DefaultSchedule().Quote(tc.r)
			require.Error(t, err)
			assert.ErrorIs(t, err, fees.ErrInvalidRequest)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
			var fe *fees.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, tc.field, fe.Field)
			assert.Contains(t, err.Error(), tc.text)
			assert.True(t, q.IsZero())
			assert.True(t, tc.r.Equal(before), "the request is as it was")
		})
	}
}

func TestCustomRequestJSON(t *testing.T) {
	var r fees.Request
	require.NoError(t, json.Unmarshal([]byte(`{"personnel":120,"part":"initial","custom":[
		{"label":{"chinese":"加急费","english":"Expedited review"},"quantity":1,"price":{"amount":"500.00","currency":"CNY"},"discountable":true},
		{"label":{"chinese":"翻译","english":"Translation"},"quantity":"2.5","price":{"amount":"300","currency":"CNY"}}]}`), &r))
	assert.True(t, r.Equal(fees.Request{Personnel: 120, Part: fees.Initial, Custom: []fees.CustomLine{
		customLine(t, "加急费", "Expedited review", "1", "500", true), customLine(t, "翻译", "Translation", "2.5", "300", false)}}))
	data := jsontest.RoundTrip(t, r)
	assert.Contains(t, string(data), `"custom":[{"label":{"chinese":"加急费","english":"Expedited review"},"quantity":"1","price":{"amount":"500.00","currency":"CNY"},"discountable":true},{"label":{"chinese":"翻译","english":"Translation"},"quantity":"2.5","price":{"amount":"300.00","currency":"CNY"}}]`)

	for _, tc := range []struct{ name, custom, text string }{
		{"no label", `{"quantity":"1","price":{"amount":"1","currency":"CNY"}}`, "custom[0].label: is missing"},
		{"no English name", `{"label":{"chinese":"费"},"quantity":"1","price":{"amount":"1","currency":"CNY"}}`, "custom[0].label.english: is missing"},
		{"no quantity", `{"label":{"chinese":"费","english":"fee"},"price":{"amount":"1","currency":"CNY"}}`, "custom[0].quantity: is missing"},
		{"no price", `{"label":{"chinese":"费","english":"fee"},"quantity":"1"}`, "custom[0].price: is missing"},
		{"a null price", `{"label":{"chinese":"费","english":"fee"},"quantity":"1","price":null}`, "custom[0].price: is missing"},
		{"a price as a number", `{"label":{"chinese":"费","english":"fee"},"quantity":"1","price":{"amount":1,"currency":"CNY"}}`, "custom[0].price"},
		{"a quantity with an exponent", `{"label":{"chinese":"费","english":"fee"},"quantity":"1e3","price":{"amount":"1","currency":"CNY"}}`, `custom[0].quantity: "1e3" is not a plain decimal`},
		{"a negative price", `{"label":{"chinese":"费","english":"fee"},"quantity":"1","price":{"amount":"-1","currency":"CNY"}}`, "custom[0].price: -1.00 CNY is negative"},
		{"an unknown field", `{"label":{"chinese":"费","english":"fee"},"quantity":"1","price":{"amount":"1","currency":"CNY"},"year":1}`, `unknown field "year"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := fees.Request{Personnel: 7, Part: fees.Surveillance}
			err := json.Unmarshal([]byte(`{"personnel":1,"part":"initial","custom":[`+tc.custom+`]}`), &r)
			require.Error(t, err)
			assert.ErrorIs(t, err, fees.ErrInvalidRequest)
			assert.Contains(t, err.Error(), tc.text)
			assert.True(t, r.Equal(fees.Request{Personnel: 7, Part: fees.Surveillance}), "unchanged")
		})
	}
	t.Run("21 lines", func(t *testing.T) {
		line := `{"label":{"chinese":"费","english":"fee"},"quantity":"1","price":{"amount":"1","currency":"CNY"}}`
		err := json.Unmarshal([]byte(`{"personnel":1,"part":"initial","custom":[`+strings.Repeat(line+",", 20)+line+`]}`), &r)
		assert.ErrorContains(t, err, "custom: 21 lines; a request has at most 20")
	})
}
