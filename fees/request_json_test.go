package fees_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// assertRequest compares every field of two requests, decimals by value.
func assertRequest(t *testing.T, want, got fees.Request) {
	t.Helper()
	assert.Equal(t, want.Personnel, got.Personnel, "personnel")
	assert.Equal(t, want.Sites, got.Sites, "sites")
	assert.Equal(t, want.Part, got.Part, "part")
	assert.True(t, want.Travel.Equal(got.Travel), "travel: want %s %q, got %s %q", want.Travel, want.Travel.Currency(), got.Travel, got.Travel.Currency())
	assertDecimal(t, want.Discount.String(), got.Discount, "discount")
	assert.Equal(t, want.ExtraCopies, got.ExtraCopies, "extra copies")
	if assert.Len(t, got.Adjustments, len(want.Adjustments), "adjustments") {
		for i, a := range want.Adjustments {
			assert.Equal(t, a.Reason, got.Adjustments[i].Reason, "adjustment %d reason", i)
			assertDecimal(t, a.Percent.String(), got.Adjustments[i].Percent, "adjustment %d percent", i)
		}
	}
	assert.True(t, want.Equal(got), "Equal")
}

// fullRequest has every field set to something other than its zero value.
func fullRequest(t testing.TB) fees.Request {
	return fees.Request{
		Personnel: 120,
		Sites:     3,
		Adjustments: []audit.Adjustment{
			{Reason: "单一重复的过程 single repetitive process", Percent: decimal.NewFromInt(-10)},
			{Reason: "complex logistics", Percent: decimal.RequireFromString("2.5")},
		},
		Part:        fees.Cycle,
		Travel:      cny(t, "1800"),
		Discount:    decimal.RequireFromString("7.25"),
		ExtraCopies: 2,
	}
}

func TestRequestJSON(t *testing.T) {
	t.Run("the web form's request", func(t *testing.T) {
		doc := `{"personnel":120,"sites":1,"adjustments":[{"reason":"single repetitive process","percent":"-10"}],
			"part":"cycle","travel":{"amount":"1800.00","currency":"CNY"},"discount":"5","extra_copies":0}`
		var got fees.Request
		require.NoError(t, json.Unmarshal([]byte(doc), &got))
		assertRequest(t, fees.Request{
			Personnel:   120,
			Sites:       1,
			Adjustments: []audit.Adjustment{{Reason: "single repetitive process", Percent: decimal.NewFromInt(-10)}},
			Part:        fees.Cycle,
			Travel:      cny(t, "1800"),
			Discount:    decimal.NewFromInt(5),
		}, got)
	})
	t.Run("every field is written and read back", func(t *testing.T) {
		want := fullRequest(t)
		data, err := json.Marshal(want)
		require.NoError(t, err)
		assert.JSONEq(t, `{"personnel":120,"sites":3,"adjustments":[
			{"reason":"单一重复的过程 single repetitive process","percent":"-10"},
			{"reason":"complex logistics","percent":"2.5"}],
			"part":"cycle","travel":{"amount":"1800.00","currency":"CNY"},"discount":"7.25","extra_copies":2}`, string(data))
		var got fees.Request
		require.NoError(t, json.Unmarshal(data, &got))
		assertRequest(t, want, got)
	})
	t.Run("only personnel and part are required; zero fields are left out", func(t *testing.T) {
		want := fees.Request{Personnel: 120, Part: fees.Cycle}
		data, err := json.Marshal(want)
		require.NoError(t, err)
		assert.JSONEq(t, `{"personnel":120,"part":"cycle"}`, string(data))
		var got fees.Request
		require.NoError(t, json.Unmarshal(data, &got))
		assertRequest(t, want, got)
	})
	t.Run("decimals may be JSON numbers", func(t *testing.T) {
		var got fees.Request
		require.NoError(t, json.Unmarshal([]byte(`{"personnel":120,"part":"cycle","discount":12.5,
			"adjustments":[{"reason":"single repetitive process","percent":-10}]}`), &got))
		assertRequest(t, fees.Request{Personnel: 120, Part: fees.Cycle, Discount: decimal.RequireFromString("12.5"),
			Adjustments: []audit.Adjustment{{Reason: "single repetitive process", Percent: decimal.NewFromInt(-10)}}}, got)
		data, err := json.Marshal(got)
		require.NoError(t, err)
		assert.Contains(t, string(data), `"discount":"12.5"`, "written as a string")
		assert.Contains(t, string(data), `"percent":"-10"`, "written as a string")
	})
	t.Run("zeros and nulls may be written out", func(t *testing.T) {
		var got fees.Request
		require.NoError(t, json.Unmarshal([]byte(`{"personnel":5,"sites":0,"adjustments":null,"part":"initial",
			"travel":null,"discount":"0","extra_copies":0}`), &got))
		assertRequest(t, fees.Request{Personnel: 5, Part: fees.Initial}, got)
		require.NoError(t, json.Unmarshal([]byte(`{"personnel":5,"adjustments":[],"part":"initial","discount":null}`), &got))
		assertRequest(t, fees.Request{Personnel: 5, Part: fees.Initial}, got)
	})
	t.Run("edge values round-trip", func(t *testing.T) {
		for name, r := range map[string]fees.Request{
			"zero travel with a currency": {Personnel: 1, Part: fees.Surveillance, Travel: cny(t, "0")},
			"travel in yen":               {Personnel: 1, Part: fees.Surveillance, Travel: fees.MustNewMoney("35000", "JPY")},
			"full discount":               {Personnel: 1, Part: fees.Recertification, Discount: decimal.NewFromInt(100)},
			"discount with 10 places":     {Personnel: 1, Part: fees.Initial, Discount: decimal.RequireFromString("0.0000000001")},
			"discount written as 5.00":    {Personnel: 1, Part: fees.Initial, Discount: decimal.RequireFromString("5.00")},
			"zero adjustment":             {Personnel: 1, Part: fees.Initial, Adjustments: []audit.Adjustment{{Reason: "none", Percent: decimal.Zero}}},
			"many sites and copies":       {Personnel: 10700, Sites: 25, Part: fees.Cycle, ExtraCopies: 40},
		} {
			t.Run(name, func(t *testing.T) {
				data, err := json.Marshal(r)
				require.NoError(t, err)
				var got fees.Request
				require.NoError(t, json.Unmarshal(data, &got), string(data))
				assertRequest(t, r, got)
			})
		}
	})
	t.Run("a decoded request quotes as the Go one does", func(t *testing.T) {
		var r fees.Request
		require.NoError(t, json.Unmarshal([]byte(`{"personnel":120,"part":"cycle"}`), &r))
		q := quote(t, fees.DefaultSchedule(), r)
		want := quote(t, fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Cycle})
		assert.True(t, q.Equal(want))
		assertMoney(t, "55650.00 CNY", q.Total)
	})
	t.Run("decoding shares nothing between values", func(t *testing.T) {
		doc := []byte(`{"personnel":5,"part":"initial","adjustments":[{"reason":"a","percent":"1"}]}`)
		var a, b fees.Request
		require.NoError(t, json.Unmarshal(doc, &a))
		require.NoError(t, json.Unmarshal(doc, &b))
		a.Adjustments[0].Reason = "changed"
		assert.Equal(t, "a", b.Adjustments[0].Reason)
	})
}

func TestRequestJSONErrors(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		message string
	}{
		{"missing personnel", `{"part":"cycle"}`, "personnel: is missing"},
		{"zero personnel", `{"personnel":0,"part":"cycle"}`, "personnel: 0 is below 1"},
		{"negative personnel", `{"personnel":-3,"part":"cycle"}`, "personnel: -3 is below 1"},
		{"null personnel", `{"personnel":null,"part":"cycle"}`, "personnel: is missing"},
		{"personnel as a string", `{"personnel":"120","part":"cycle"}`, `field "personnel"`},
		{"fractional personnel", `{"personnel":120.5,"part":"cycle"}`, `field "personnel"`},
		{"personnel beyond int64", `{"personnel":1e30,"part":"cycle"}`, `field "personnel"`},
		{"missing part", `{"personnel":120}`, "part: is missing"},
		{"null part", `{"personnel":120,"part":null}`, "part: is missing"},
		{"unknown part", `{"personnel":120,"part":"everything"}`, `part: "everything" is not a known part`},
		{"part as a number", `{"personnel":120,"part":4}`, `field "part"`},
		{"negative sites", `{"personnel":120,"part":"cycle","sites":-1}`, "sites: -1 is outside 0–1000000"},
		{"sites past the limit", `{"personnel":120,"part":"cycle","sites":1000001}`, "sites: 1000001 is outside 0–1000000"},
		{"2^62 sites", `{"personnel":120,"part":"cycle","sites":4611686018427387904}`, "sites: 4611686018427387904 is outside"},
		{"negative extra copies", `{"personnel":120,"part":"cycle","extra_copies":-2}`, "extra_copies: -2 is outside 0–1000000"},
		{"extra copies past the limit", `{"personnel":120,"part":"cycle","extra_copies":1000001}`, "extra_copies: 1000001 is outside 0–1000000"},
		{"negative discount", `{"personnel":120,"part":"cycle","discount":"-1"}`, "discount: -1 % is outside 0–100"},
		{"discount above 100", `{"personnel":120,"part":"cycle","discount":"100.01"}`, "discount: 100.01 % is outside 0–100"},
		{"discount above 100 as a number", `{"personnel":120,"part":"cycle","discount":100.01}`, "discount: 100.01 % is outside 0–100"},
		{"discount with 11 places", `{"personnel":120,"part":"cycle","discount":"5.00000000001"}`, "more than 10 decimal places"},
		{"discount with an exponent", `{"personnel":120,"part":"cycle","discount":"5e1"}`, `discount: "5e1" is not a plain decimal`},
		{"discount as a number with an exponent", `{"personnel":120,"part":"cycle","discount":5e1}`, `discount: "5e1" is not a plain decimal`},
		{"discount as true", `{"personnel":120,"part":"cycle","discount":true}`, `discount: "true" is not a plain decimal`},
		{"empty discount", `{"personnel":120,"part":"cycle","discount":""}`, `discount: "" is not a plain decimal`},
		{"negative travel", `{"personnel":120,"part":"cycle","travel":{"amount":"-1.00","currency":"CNY"}}`, "travel: -1.00 CNY is negative"},
		{"travel with too many places", `{"personnel":120,"part":"cycle","travel":{"amount":"1.001","currency":"CNY"}}`, `travel: "1.001" has more than 2 decimal places`},
		{"travel in an unknown currency", `{"personnel":120,"part":"cycle","travel":{"amount":"1.00","currency":"RMB"}}`, `travel: "RMB": want an upper-case ISO 4217 code`},
		{"travel without a currency", `{"personnel":120,"part":"cycle","travel":{"amount":"1.00"}}`, "travel.currency: is missing"},
		{"travel amount as a number", `{"personnel":120,"part":"cycle","travel":{"amount":1,"currency":"CNY"}}`, `travel: invalid JSON document: field "amount": want string`},
		{"travel as a string", `{"personnel":120,"part":"cycle","travel":"1800 CNY"}`, `want object, got JSON string`},
		{"adjustment without a reason", `{"personnel":120,"part":"cycle","adjustments":[{"percent":"-10"}]}`, "adjustments[0].reason: is missing"},
		{"adjustment with a blank reason", `{"personnel":120,"part":"cycle","adjustments":[{"reason":"ok","percent":"1"},{"reason":"  ","percent":"-10"}]}`, "adjustments[1].reason: empty"},
		{"adjustment percent below −100", `{"personnel":120,"part":"cycle","adjustments":[{"reason":"simple","percent":"-150"}]}`, "adjustments[0].percent: -150 %"},
		{"adjustment percent with three places", `{"personnel":120,"part":"cycle","adjustments":[{"reason":"simple","percent":"-10.005"}]}`, "has more than two decimal places"},
		{"adjustment without a percent", `{"personnel":120,"part":"cycle","adjustments":[{"reason":"simple"}]}`, "adjustments[0].percent: is missing"},
		{"adjustment percent not a decimal", `{"personnel":120,"part":"cycle","adjustments":[{"reason":"simple","percent":"ten"}]}`, `adjustments[0].percent: "ten" is not a plain decimal`},
		{"null adjustment", `{"personnel":120,"part":"cycle","adjustments":[null]}`, "adjustments[0].reason: is missing"},
		{"null reason", `{"personnel":120,"part":"cycle","adjustments":[{"reason":null,"percent":"1"}]}`, "adjustments[0].reason: is missing"},
		{"unknown field", `{"personnel":120,"part":"cycle","vat":"0.06"}`, `unknown field "vat"`},
		{"unknown field in an adjustment", `{"personnel":120,"part":"cycle","adjustments":[{"reason":"a","percent":"1","why":"b"}]}`, `unknown field "why"`},
		{"duplicate key", `{"personnel":120,"personnel":12,"part":"cycle"}`, `duplicate key "personnel" in $`},
		{"duplicate key in an adjustment", `{"personnel":120,"part":"cycle","adjustments":[{"reason":"a","reason":"b","percent":"1"}]}`, `duplicate key "reason" in $.adjustments[0]`},
		{"duplicate key in travel", `{"personnel":120,"part":"cycle","travel":{"amount":"1","amount":"2","currency":"CNY"}}`, `duplicate key "amount" in $.travel`},
		{"an array", `[{"personnel":120,"part":"cycle"}]`, "invalid JSON document"},
		{"null", `null`, "null, where a value is required"},
		{"trailing data", `{"personnel":120,"part":"cycle"} {}`, "data after the first value"},
		{"not JSON", `{"personnel":120,`, "invalid JSON document"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := fullRequest(t)
			// Called directly: json.Unmarshal refuses malformed documents
			// before it calls UnmarshalJSON.
			err := got.UnmarshalJSON([]byte(tc.doc))
			require.Error(t, err)
			assert.ErrorIs(t, err, fees.ErrInvalidRequest)
			assert.True(t, strings.HasPrefix(err.Error(), "fees: invalid request: "), err.Error())
			assert.Contains(t, err.Error(), tc.message)
			assertRequest(t, fullRequest(t), got)
		})
	}
	t.Run("errors match the specific sentinels too", func(t *testing.T) {
		var r fees.Request
		for doc, sentinel := range map[string]error{
			`{"personnel":0,"part":"cycle"}`:                                                audit.ErrInvalidPersonnel,
			`{"personnel":1,"part":"cycles"}`:                                               fees.ErrUnknownCode,
			`{"personnel":1,"part":"cycle","adjustments":[{"reason":"","percent":"1"}]}`:    audit.ErrInvalidAdjustment,
			`{"personnel":1,"part":"cycle","travel":{"amount":"1","currency":"XXX"}}`:       fees.ErrUnknownCurrency,
			`{"personnel":1,"part":"cycle","travel":{"amount":"1.234","currency":"CNY"}}`:   fees.ErrInvalidAmount,
			`{"personnel":1,"part":"cycle","travel":{"amount":"1e3","currency":"CNY"}}`:     fees.ErrInvalidAmount,
			`{"personnel":1,"part":"cycle","travel":{"amount":"1","currency":"CNY","x":1}}`: fees.ErrInvalidRequest,
		} {
			assert.ErrorIs(t, json.Unmarshal([]byte(doc), &r), sentinel, doc)
		}
	})
	t.Run("every problem is reported", func(t *testing.T) {
		var r fees.Request
		err := json.Unmarshal([]byte(`{"personnel":0,"sites":-1,"part":"cycle","discount":"101","extra_copies":-1,
			"adjustments":[{"reason":"","percent":"1"}]}`), &r)
		require.Error(t, err)
		for _, w := range []string{"personnel: ", "sites: -1", "discount: 101", "extra_copies: -1", "adjustments[0].reason: empty"} {
			assert.Contains(t, err.Error(), w)
		}
	})
	t.Run("what needs a schedule is left to Quote", func(t *testing.T) {
		var r fees.Request
		require.NoError(t, json.Unmarshal([]byte(`{"personnel":120,"part":"cycle","travel":{"amount":"10.00","currency":"USD"},
			"adjustments":[{"reason":"simple","percent":"-31"}]}`), &r))
		_, err := fees.DefaultSchedule().Quote(r)
		assert.ErrorIs(t, err, fees.ErrCurrencyMismatch)
	})
}

func TestRequestMarshalRefusesInvalid(t *testing.T) {
	for name, r := range map[string]fees.Request{
		"zero request":          {},
		"no part":               {Personnel: 1},
		"negative sites":        {Personnel: 1, Part: fees.Cycle, Sites: -1},
		"sites past the limit":  {Personnel: 1, Part: fees.Cycle, Sites: fees.MaxSites + 1},
		"copies past the limit": {Personnel: 1, Part: fees.Cycle, ExtraCopies: fees.MaxExtraCopies + 1},
		"discount above 100":    {Personnel: 1, Part: fees.Cycle, Discount: decimal.NewFromInt(101)},
		"absurd discount":       {Personnel: 1, Part: fees.Cycle, Discount: decimal.New(1, -1_000_000)},
		"reason missing":        {Personnel: 1, Part: fees.Cycle, Adjustments: []audit.Adjustment{{Percent: decimal.NewFromInt(-5)}}},
		"reason not UTF-8":      {Personnel: 1, Part: fees.Cycle, Adjustments: []audit.Adjustment{{Reason: "\xff", Percent: decimal.NewFromInt(-5)}}},
		"absurd percent":        {Personnel: 1, Part: fees.Cycle, Adjustments: []audit.Adjustment{{Reason: "x", Percent: decimal.New(1, 40)}}},
		"percent of 21 places":  {Personnel: 1, Part: fees.Cycle, Adjustments: []audit.Adjustment{{Reason: "x", Percent: decimal.New(1, -21)}}},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := json.Marshal(r)
			require.Error(t, err)
			assert.ErrorIs(t, err, fees.ErrInvalidRequest)
		})
	}
}

func TestRequestValidateAndEqual(t *testing.T) {
	require.NoError(t, fullRequest(t).Validate())
	require.NoError(t, fees.Request{Personnel: 1, Part: fees.Initial}.Validate())
	assert.True(t, fees.Request{Personnel: 1, Part: fees.Initial}.Equal(fees.Request{Personnel: 1, Part: fees.Initial, Adjustments: []audit.Adjustment{}}),
		"nil and empty adjustments are the same")
	assert.True(t, fullRequest(t).Equal(func() fees.Request {
		r := fullRequest(t)
		r.Discount = decimal.RequireFromString("7.2500")
		return r
	}()), "decimals compare by value")
	base := fullRequest(t)
	for name, change := range map[string]func(*fees.Request){
		"personnel":         func(r *fees.Request) { r.Personnel++ },
		"sites":             func(r *fees.Request) { r.Sites++ },
		"part":              func(r *fees.Request) { r.Part = fees.Initial },
		"travel amount":     func(r *fees.Request) { r.Travel = cny(t, "1800.01") },
		"travel currency":   func(r *fees.Request) { r.Travel = fees.MustNewMoney("1800", "USD") },
		"no travel":         func(r *fees.Request) { r.Travel = fees.Money{} },
		"discount":          func(r *fees.Request) { r.Discount = decimal.NewFromInt(7) },
		"extra copies":      func(r *fees.Request) { r.ExtraCopies = 0 },
		"adjustment reason": func(r *fees.Request) { r.Adjustments[1].Reason = "other" },
		"adjustment percent": func(r *fees.Request) {
			r.Adjustments[1].Percent = decimal.RequireFromString("2.51")
		},
		"fewer adjustments": func(r *fees.Request) { r.Adjustments = r.Adjustments[:1] },
	} {
		other := fullRequest(t)
		change(&other)
		assert.False(t, base.Equal(other), name)
	}
}

func FuzzRequestJSON(f *testing.F) {
	bundle := fees.Request{Personnel: 65, Part: fees.Cycle, Standards: []fees.BundleStandard{{Standard: fees.AfterSales},
		{Standard: fees.QMS, Adjustments: []audit.Adjustment{{Reason: "simple", Percent: decimal.NewFromInt(-5)}}},
		{Standard: fees.EMS, Complexity: audit.MediumComplexity}}, Integration: &audit.Integration{Reduction: decimal.NewFromInt(20), Reason: "one system"},
		Custom: []fees.CustomLine{{Label: fees.Label{Chinese: "加急费", English: "Expedited"}, Quantity: decimal.RequireFromString("1.5"),
			Price: fees.MustNewMoney("500", "CNY"), Discountable: true}}}
	for _, r := range []fees.Request{fullRequest(f), {Personnel: 120, Part: fees.Cycle}, bundle} {
		data, err := json.Marshal(r)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"personnel":120,"sites":1,"adjustments":[{"reason":"x","percent":"-10"}],"part":"cycle","travel":{"amount":"1800.00","currency":"CNY"},"discount":"5","extra_copies":0}`))
	f.Add([]byte(`{"personnel":1,"part":"initial","discount":"99.9999999999"}`))
	f.Add([]byte(`{"personnel":1,"part":"initial","discount":"0.00000000001"}`))
	f.Add([]byte(`{"personnel":1,"personnel":2}`))
	f.Add([]byte(`null`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := fees.Request{Personnel: 7, Part: fees.Surveillance}
		if err := r.UnmarshalJSON(data); err != nil {
			if !r.Equal(fees.Request{Personnel: 7, Part: fees.Surveillance}) {
				t.Fatalf("failed decode changed the request to %+v", r)
			}
			return
		}
		if err := r.Validate(); err != nil {
			t.Fatalf("decoded an invalid request: %v", err)
		}
		jsontest.RoundTrip(t, r)
	})
}
