package fees_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/jsontest"
)

// bundleLineText writes a line of a bundle: "item standards year quantity
// unit_price amount".
func bundleLineText(l fees.Line) string {
	return fmt.Sprintf("%s %s %d %s %s %s", l.Item, l.Standards, l.Year, l.Quantity, l.UnitPrice.Amount().StringFixed(2),
		l.Amount.Amount().StringFixed(2))
}

func bundleLinesText(q fees.Quote) []string {
	out := make([]string, len(q.Lines))
	for i, l := range q.Lines {
		out[i] = bundleLineText(l)
	}
	return out
}

// threeStandards is the brief's bundle: after-sales service, ISO 9001 and
// ISO 14001 of medium complexity, given in an order of the caller's.
func threeStandards() []fees.BundleStandard {
	return []fees.BundleStandard{
		{Standard: fees.EMS, Complexity: audit.MediumComplexity},
		{Standard: fees.AfterSales},
		{Standard: fees.QMS},
	}
}

func integration(percent int64, reason string) *audit.Integration {
	return &audit.Integration{Reduction: decimal.NewFromInt(percent), Reason: reason}
}

// TestBundleQuoteByHand prices after-sales service + ISO 9001 + ISO 14001
// (medium) for 120 effective personnel, the whole cycle, the management
// systems integrated at 15 %, on the committee's prices; every figure is
// worked out here by hand.
//
// After-sales (committee table, 86–125): initial 8.5, surveillance 3.
// ISO 9001 (MD 5 QMS, 86–125): initial 7, surveillance 7/3. ISO 14001
// medium (86–125): initial 8, surveillance 8/3. Integrated [MD11]: initial
// (7 + 8) × 0.85 = 12.75 → 13; surveillance (7/3 + 8/3) × 0.85 = 4.25 → 4.5
// (a quarter rounds up); recertification (14/3 + 16/3) × 0.85 = 8.5.
func TestBundleQuoteByHand(t *testing.T) {
	r := fees.Request{Personnel: 120, Part: fees.Cycle, Standards: threeStandards(),
		Integration: integration(15, "one management system: shared manual, one internal audit, one management review")}
	q := quote(t, fees.DefaultSchedule(), r)
	assert.Equal(t, []string{
		"application  1 1 1000.00 1000.00",
		"initial_audit after_sales 1 8.5 3000.00 25500.00",
		"initial_audit iso9001+iso14001 1 13 3000.00 39000.00",
		"registration after_sales 1 1 2000.00 2000.00",
		"registration iso9001 1 1 2000.00 2000.00",
		"registration iso14001 1 1 2000.00 2000.00",
		"annual_fee after_sales 1 1 2000.00 2000.00",
		"annual_fee iso9001 1 1 2000.00 2000.00",
		"annual_fee iso14001 1 1 2000.00 2000.00",
		"surveillance_audit after_sales 2 3 3000.00 9000.00",
		"surveillance_audit iso9001+iso14001 2 4.5 3000.00 13500.00",
		"annual_fee after_sales 2 1 2000.00 2000.00",
		"annual_fee iso9001 2 1 2000.00 2000.00",
		"annual_fee iso14001 2 1 2000.00 2000.00",
		"surveillance_audit after_sales 3 3 3000.00 9000.00",
		"surveillance_audit iso9001+iso14001 3 4.5 3000.00 13500.00",
		"annual_fee after_sales 3 1 2000.00 2000.00",
		"annual_fee iso9001 3 1 2000.00 2000.00",
		"annual_fee iso14001 3 1 2000.00 2000.00",
	}, bundleLinesText(q))
	// Year 1: 1000 + 25500 + 39000 + 3 × 2000 + 3 × 2000 = 77500; years 2
	// and 3: 9000 + 13500 + 3 × 2000 = 28500 each; VAT 6 % of 134500.
	assertMoney(t, "134500.00 CNY", q.Net)
	assertMoney(t, "8070.00 CNY", q.VAT)
	assertMoney(t, "142570.00 CNY", q.Total)
	assert.True(t, q.Effort.IsZero(), "a bundle's audit time is in its audits")

	require.Len(t, q.Audits, 2)
	after, ims := q.Audits[0], q.Audits[1]
	assert.Equal(t, "after_sales", after.Standards.String())
	assert.True(t, after.Integration.Equal(audit.Integration{}))
	assertDecimal(t, "8.5", after.Effort.Initial)
	assertDecimal(t, "5", after.Effort.Recertification)
	assert.Equal(t, []fees.Standard{fees.QMS, fees.EMS}, slices.Collect(ims.Standards.All()))
	assert.True(t, ims.Integration.Equal(*r.Integration), "the reduction and its reason are on record")
	for figure, want := range map[string]string{"initial": "13", "stage 1": "4", "surveillance": "4.5", "recertification": "8.5"} {
		got := map[string]decimal.Decimal{"initial": ims.Effort.Initial, "stage 1": ims.Effort.Stage1,
			"surveillance": ims.Effort.Surveillance, "recertification": ims.Effort.Recertification}[figure]
		assertDecimal(t, want, got, figure)
	}
	basis := strings.Join(ims.Effort.Basis, "\n")
	for _, want := range []string{"qms: 86–125 personnel: 7 person-days", "ems_medium: 86–125 personnel: 8 person-days",
		"integration −15 %: one management system", "rounded initial 12.75 → 13", "rounded surveillance 4.25 → 4.5"} {
		assert.Contains(t, basis, want)
	}

	assert.Equal(t, "ISO 9001 + ISO 14001 integrated initial audit", q.Lines[2].EnglishName())
	assert.Equal(t, "ISO 9001 + ISO 14001 一体化初次认证审核费", q.Lines[2].ChineseName())
	assert.Equal(t, "GB/T 27922 registration and certificate", q.Lines[3].EnglishName())
	assert.Equal(t, "ISO 14001 年金", q.Lines[8].ChineseName())
	assert.Equal(t, "Application fee", q.Lines[0].EnglishName(), "one application fee, for no one standard")
	assert.Equal(t, "13 person-days × 3000.00", q.Lines[2].EnglishBasis())

	t.Run("the order of the standards is the caller's affair", func(t *testing.T) {
		reordered := r
		reordered.Standards = slices.Clone(r.Standards)
		slices.Reverse(reordered.Standards)
		assert.True(t, quote(t, fees.DefaultSchedule(), reordered).Equal(q))
	})
	t.Run("a Quoter quotes the same", func(t *testing.T) {
		got, err := fees.MustNewQuoter(fees.DefaultSchedule()).Quote(r)
		require.NoError(t, err)
		assert.True(t, got.Equal(q))
	})
	t.Run("JSON", func(t *testing.T) {
		data := jsontest.RoundTrip(t, q)
		assert.Contains(t, string(data), `{"item":"initial_audit","standards":["iso9001","iso14001"],"year":1,"quantity":"13",`)
		assert.Contains(t, string(data), `"audits":[{"standards":["after_sales"],"effort":{"initial":"8.5",`)
		assert.Contains(t, string(data), `{"standards":["iso9001","iso14001"],"integration":{"reduction":"15","reason":"one management system: shared manual, one internal audit, one management review"},"effort":{"initial":"13.0",`)
		assert.NotContains(t, string(data), `"effort":{"initial":"0.0"`)
		jsontest.RoundTrip(t, r)
	})
}

// TestBundleIntegratedOrSeparate compares the management systems audited
// together with each audited on its own.
func TestBundleIntegratedOrSeparate(t *testing.T) {
	s := fees.DefaultSchedule()
	separate := quote(t, s, fees.Request{Personnel: 120, Part: fees.Cycle, Standards: threeStandards()})
	// ISO 9001: 7, 7/3 = 2.333… → 2.5, 14/3 = 4.666… → 4.5; ISO 14001
	// medium: 8, 8/3 = 2.666… → 2.5, 16/3 = 5.333… → 5.5.
	assert.Equal(t, []string{
		"application  1 1 1000.00 1000.00",
		"initial_audit after_sales 1 8.5 3000.00 25500.00",
		"initial_audit iso9001 1 7 3000.00 21000.00",
		"initial_audit iso14001 1 8 3000.00 24000.00",
	}, bundleLinesText(separate)[:4])
	assert.Equal(t, "surveillance_audit iso9001 2 2.5 3000.00 7500.00", bundleLineText(separate.Lines[11]))
	assert.Equal(t, "surveillance_audit iso14001 2 2.5 3000.00 7500.00", bundleLineText(separate.Lines[12]))
	require.Len(t, separate.Audits, 3)
	assertDecimal(t, "4.5", separate.Audits[1].Effort.Recertification)
	assertDecimal(t, "5.5", separate.Audits[2].Effort.Recertification)
	// Year 1: 1000 + 25500 + 21000 + 24000 + 6000 + 6000 = 83500; years 2
	// and 3: 9000 + 7500 + 7500 + 6000 = 30000 each.
	assertMoney(t, "143500.00 CNY", separate.Net)
	assert.Equal(t, "ISO 9001 initial audit", separate.Lines[2].EnglishName())

	integrated := quote(t, s, fees.Request{Personnel: 120, Part: fees.Cycle, Standards: threeStandards(),
		Integration: integration(15, "integrated system")})
	assertMoney(t, "134500.00 CNY", integrated.Net)
	assert.Len(t, integrated.Lines, len(separate.Lines)-3, "one audit line less a year")

	t.Run("integrated without a reduction rounds once", func(t *testing.T) {
		q := quote(t, s, fees.Request{Personnel: 120, Part: fees.Recertification, Standards: threeStandards(),
			Integration: &audit.Integration{}})
		// 14/3 + 16/3 = 10 exactly, where the separate figures round to
		// 4.5 + 5.5.
		assert.Equal(t, "recertification_audit iso9001+iso14001 1 10 3000.00 30000.00", bundleLineText(q.Lines[1]))
		assert.True(t, q.Audits[1].Integration.Equal(audit.Integration{}))
		jsontest.RoundTrip(t, q)
	})
}

// TestBundleCheckFigures prices IAF MD 11's published examples [MD11].
func TestBundleCheckFigures(t *testing.T) {
	for _, tc := range []struct {
		name      string
		personnel int
		ohs       audit.Complexity
		days      string
		amount    string
	}{
		// (5 + 6 + 6) × 0.8 = 13.6 → 13.5
		{"65 personnel, QMS + EMS medium + OH&S medium", 65, audit.MediumComplexity, "13.5", "40500.00"},
		// (2.5 + 3.5 + 4.5) × 0.8 = 8.4 → 8.5
		{"15 personnel, QMS + EMS medium + OH&S high", 15, audit.HighComplexity, "8.5", "25500.00"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q := quote(t, fees.DefaultSchedule(), fees.Request{Personnel: tc.personnel, Part: fees.Initial,
				Standards: []fees.BundleStandard{{Standard: fees.QMS}, {Standard: fees.EMS, Complexity: audit.MediumComplexity},
					{Standard: fees.OHS, Complexity: tc.ohs}},
				Integration: integration(20, "fully integrated management system")})
			require.Len(t, q.Audits, 1)
			assert.Equal(t, "iso9001+iso14001+iso45001", q.Audits[0].Standards.String())
			line := q.Lines[1]
			assert.Equal(t, "initial_audit iso9001+iso14001+iso45001 1 "+tc.days+" 3000.00 "+tc.amount, bundleLineText(line))
			assert.Equal(t, "ISO 9001 + ISO 14001 + ISO 45001 integrated initial audit", line.EnglishName())
			// application, the audit, three registrations, three annual fees
			assert.Len(t, q.Lines, 8)
		})
	}
}

// TestBundleCombinedDiscount: a combined discount is an input, taken once
// from the bundle's lines but travel and the custom lines outside the base.
func TestBundleCombinedDiscount(t *testing.T) {
	r := fees.Request{Personnel: 120, Part: fees.Initial, Standards: threeStandards(), Integration: integration(15, "integrated"),
		Discount: decimal.NewFromInt(10), Travel: cny(t, "1800"), ExtraCopies: 2,
		Custom: []fees.CustomLine{
			{Label: fees.Label{Chinese: "加急费", English: "Expedited review"}, Quantity: decimal.NewFromInt(1), Price: cny(t, "500"), Discountable: true},
			{Label: fees.Label{Chinese: "资料翻译", English: "Translation"}, Quantity: decimal.NewFromInt(3), Price: cny(t, "300")},
		}}
	q := quote(t, fees.DefaultSchedule(), r)
	tail := bundleLinesText(q)[len(q.Lines)-5:]
	// The base: 1000 + 25500 + 39000 + 3 × 2000 + 3 × 2000 + 2 copies ×
	// 100 + 500 = 78200; 10 % of it is 7820.
	assert.Equal(t, []string{
		"extra_copy  1 2 100.00 200.00",
		"custom  0 1 500.00 500.00",
		"custom  0 3 300.00 900.00",
		"travel  0 1 1800.00 1800.00",
		"discount  0 -10 78200.00 -7820.00",
	}, tail)
	// 78200 + 900 + 1800 − 7820 = 73080; VAT once, on it.
	assertMoney(t, "73080.00 CNY", q.Net)
	assertMoney(t, "4384.80 CNY", q.VAT)
	assertMoney(t, "77464.80 CNY", q.Total)
	assert.Equal(t, "10 % of 78200.00", q.Lines[len(q.Lines)-1].EnglishBasis())
}

// TestBundleParts: surveillance and recertification are priced per year
// for the bundle, with an annual fee for each certificate.
func TestBundleParts(t *testing.T) {
	r := fees.Request{Personnel: 120, Standards: threeStandards(), Integration: integration(15, "integrated")}
	for _, tc := range []struct {
		part fees.Part
		want []string
	}{
		{fees.Surveillance, []string{
			"surveillance_audit after_sales 2 3 3000.00 9000.00",
			"surveillance_audit iso9001+iso14001 2 4.5 3000.00 13500.00",
			"annual_fee after_sales 2 1 2000.00 2000.00",
			"annual_fee iso9001 2 1 2000.00 2000.00",
			"annual_fee iso14001 2 1 2000.00 2000.00",
		}},
		{fees.Recertification, []string{
			"recertification_audit after_sales 1 5 3000.00 15000.00",
			"recertification_audit iso9001+iso14001 1 8.5 3000.00 25500.00",
			"registration after_sales 1 1 2000.00 2000.00",
			"registration iso9001 1 1 2000.00 2000.00",
			"registration iso14001 1 1 2000.00 2000.00",
			"annual_fee after_sales 1 1 2000.00 2000.00",
			"annual_fee iso9001 1 1 2000.00 2000.00",
			"annual_fee iso14001 1 1 2000.00 2000.00",
		}},
	} {
		t.Run(tc.part.String(), func(t *testing.T) {
			r.Part = tc.part
			assert.Equal(t, tc.want, bundleLinesText(quote(t, fees.DefaultSchedule(), r)))
		})
	}
	t.Run("a bundle of one standard", func(t *testing.T) {
		q := quote(t, fees.DefaultSchedule(), fees.Request{Personnel: 120, Part: fees.Initial,
			Standards: []fees.BundleStandard{{Standard: fees.OHS, Complexity: audit.LowComplexity,
				Adjustments: []audit.Adjustment{{Reason: "low-risk office work", Percent: decimal.NewFromInt(-10)}}}}})
		// OH&S low, 86–125: 5.5 × 0.9 = 4.95 → 5
		assert.Equal(t, []string{
			"application  1 1 1000.00 1000.00",
			"initial_audit iso45001 1 5 3000.00 15000.00",
			"registration iso45001 1 1 2000.00 2000.00",
			"annual_fee iso45001 1 1 2000.00 2000.00",
		}, bundleLinesText(q))
		assert.Contains(t, q.Audits[0].Effort.Basis, "−10 %: low-risk office work")
	})
	t.Run("after-sales service on the schedule's own table", func(t *testing.T) {
		c := audit.AfterSalesTimeTable().Config()
		c.Name, c.Source = "own", "a CB's own table"
		c.Bands[5].Initial = decimal.NewFromInt(9)
		s := fees.DefaultSchedule()
		s.TimeTable = audit.MustNewTimeTable(c)
		q := quote(t, s, fees.Request{Personnel: 120, Part: fees.Initial, Standards: threeStandards()})
		assert.Equal(t, "initial_audit after_sales 1 9 3000.00 27000.00", bundleLineText(q.Lines[1]))
	})
}

// TestBundleErrors: each bad bundle is a typed error naming the field, and
// the request is left as it was.
func TestBundleErrors(t *testing.T) {
	bundle := func(change func(r *fees.Request)) fees.Request {
		r := fees.Request{Personnel: 120, Part: fees.Cycle, Standards: threeStandards(), Integration: integration(15, "integrated")}
		change(&r)
		return r
	}
	cases := []struct {
		name  string
		r     fees.Request
		is    []error
		field string
		text  string
	}{
		{"an unknown standard", bundle(func(r *fees.Request) { r.Standards[1].Standard = 9 }),
			[]error{fees.ErrUnknownCode}, "standards[1].standard", "standard 9 is not one of after_sales, iso9001, iso14001, iso45001"},
		{"an unknown complexity", bundle(func(r *fees.Request) { r.Standards[0].Complexity = 9 }),
			[]error{audit.ErrUnknownTimeTable}, "standards[0].complexity", "complexity(9): the EMS table has the categories high, medium, low and limited"},
		{"OH&S of limited complexity", bundle(func(r *fees.Request) {
			r.Standards[1] = fees.BundleStandard{Standard: fees.OHS, Complexity: audit.LimitedComplexity}
		}), []error{audit.ErrUnknownTimeTable}, "standards[1].complexity", "limited: the OH&S table has the categories high, medium and low"},
		{"EMS without its complexity", bundle(func(r *fees.Request) { r.Standards[0].Complexity = 0 }),
			nil, "standards[0].complexity", "standards[0].complexity: is missing"},
		{"a complexity ISO 9001 has not", bundle(func(r *fees.Request) { r.Standards[2].Complexity = audit.HighComplexity }),
			nil, "standards[2].complexity", "high; the iso9001 table has no complexity categories"},
		{"a reduction above 20 %", bundle(func(r *fees.Request) { r.Integration.Reduction = decimal.RequireFromString("20.5") }),
			[]error{audit.ErrInvalidIntegration}, "integration.reduction", "20.5 % must be from 0 to 20"},
		{"a reduction without its reason", bundle(func(r *fees.Request) { r.Integration.Reason = " " }),
			[]error{audit.ErrInvalidIntegration}, "integration.reason", "a reduction for integration must say why"},
		{"the same standard twice", bundle(func(r *fees.Request) {
			r.Standards = append(r.Standards, fees.BundleStandard{Standard: fees.EMS, Complexity: audit.HighComplexity})
		}), nil, "standards[3].standard", "iso14001 again (standards[0]); a bundle has each standard once"},
		{"more standards than there are", bundle(func(r *fees.Request) {
			r.Standards = slices.Repeat(r.Standards, 2)
		}), nil, "standards", "6; a bundle has at most 4, each standard once"},
		{"personnel beyond a table", bundle(func(r *fees.Request) { r.Personnel = 10701 }),
			[]error{audit.ErrBeyondTable}, "personnel", "10701 personnel is beyond the"},
		{"a reduction past a table's cap", bundle(func(r *fees.Request) {
			r.Standards[2].Adjustments = []audit.Adjustment{{Reason: "simple", Percent: decimal.NewFromInt(-31)}}
		}), []error{audit.ErrReductionCap}, "standards[2].adjustments", "more than the 30 % the qms table allows"},
		{"an adjustment without its reason", bundle(func(r *fees.Request) {
			r.Standards[1].Adjustments = []audit.Adjustment{{Reason: "", Percent: decimal.NewFromInt(-5)}}
		}), []error{audit.ErrInvalidAdjustment}, "standards[1].adjustments[0].reason", "every adjustment must say why"},
		{"adjustments beside the standards", bundle(func(r *fees.Request) {
			r.Adjustments = []audit.Adjustment{{Reason: "simple", Percent: decimal.NewFromInt(-5)}}
		}), nil, "adjustments", "a bundle has the adjustments of each standard in standards[i].adjustments"},
		{"an integration of one management system", bundle(func(r *fees.Request) {
			r.Standards = r.Standards[1:]
		}), nil, "integration", "1 management-system standards; an integrated audit combines at least 2"},
		{"an integration without a bundle", fees.Request{Personnel: 120, Part: fees.Cycle, Integration: integration(10, "x")},
			nil, "integration", "only a bundle has one"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := cloneRequest(tc.r)
			q, err := fees.DefaultSchedule().Quote(tc.r)
			require.Error(t, err)
			assert.ErrorIs(t, err, fees.ErrInvalidRequest)
			for _, e := range tc.is {
				assert.ErrorIs(t, err, e)
			}
			var fe *fees.FieldError
			require.True(t, errors.As(err, &fe))
			assert.Equal(t, tc.field, fe.Field)
			assert.Contains(t, err.Error(), tc.text)
			assert.True(t, q.IsZero(), "no quote")
			assert.True(t, tc.r.Equal(before), "the request is as it was")
			if !errors.Is(err, audit.ErrBeyondTable) && !errors.Is(err, audit.ErrReductionCap) {
				assert.Equal(t, err.Error(), tc.r.Validate().Error(), "Validate finds it without a schedule")
			}
		})
	}
}

// cloneRequest copies r deeply enough to tell whether r was changed.
func cloneRequest(r fees.Request) fees.Request {
	c := r
	c.Adjustments = slices.Clone(r.Adjustments)
	c.Standards = slices.Clone(r.Standards)
	for i := range c.Standards {
		c.Standards[i].Adjustments = slices.Clone(c.Standards[i].Adjustments)
	}
	c.Custom = slices.Clone(r.Custom)
	if r.Integration != nil {
		g := *r.Integration
		c.Integration = &g
	}
	return c
}

func TestBundleRequestJSON(t *testing.T) {
	t.Run("round trip", func(t *testing.T) {
		r := fees.Request{Personnel: 65, Part: fees.Cycle, Standards: []fees.BundleStandard{
			{Standard: fees.QMS, Adjustments: []audit.Adjustment{{Reason: "single site", Percent: decimal.NewFromInt(-5)}}},
			{Standard: fees.OHS, Complexity: audit.HighComplexity}},
			Integration: integration(20, "one system")}
		data := jsontest.RoundTrip(t, r)
		assert.JSONEq(t, `{"personnel":65,"part":"cycle","standards":[
			{"standard":"iso9001","adjustments":[{"reason":"single site","percent":"-5"}]},
			{"standard":"iso45001","complexity":"high"}],
			"integration":{"reduction":"20","reason":"one system"}}`, string(data))
	})
	t.Run("a form's bundle", func(t *testing.T) {
		var r fees.Request
		require.NoError(t, json.Unmarshal([]byte(`{"personnel":120,"part":"cycle","standards":[{"standard":"after_sales"},
			{"standard":"iso9001"},{"standard":"iso14001","complexity":"medium"}],"integration":{"reduction":15,"reason":"integrated"}}`), &r))
		assert.True(t, r.Equal(fees.Request{Personnel: 120, Part: fees.Cycle, Standards: []fees.BundleStandard{
			{Standard: fees.AfterSales}, {Standard: fees.QMS}, {Standard: fees.EMS, Complexity: audit.MediumComplexity}},
			Integration: integration(15, "integrated")}))
	})
	for _, tc := range []struct{ name, doc, text string }{
		{"an unknown standard", `{"personnel":1,"part":"cycle","standards":[{"standard":"iso27001"}]}`, `standards[0].standard: "iso27001" is not a known standard`},
		{"an unknown complexity", `{"personnel":1,"part":"cycle","standards":[{"standard":"iso14001","complexity":"extreme"}]}`, `standards[0].complexity: "extreme" is not a known complexity`},
		{"a standard without its code", `{"personnel":1,"part":"cycle","standards":[{"complexity":"high"}]}`, "standards[0].standard: is missing"},
		{"an integration without its reduction", `{"personnel":1,"part":"cycle","standards":[{"standard":"iso9001"},{"standard":"iso14001","complexity":"low"}],"integration":{"reason":"x"}}`, "integration.reduction: is missing"},
		{"a reduction with an exponent", `{"personnel":1,"part":"cycle","standards":[{"standard":"iso9001"},{"standard":"iso14001","complexity":"low"}],"integration":{"reduction":"1e1","reason":"x"}}`, `integration.reduction: "1e1" is not a plain decimal`},
		{"the same standard twice", `{"personnel":1,"part":"cycle","standards":[{"standard":"iso9001"},{"standard":"iso9001"}]}`, "standards[1].standard: iso9001 again"},
		{"five standards", `{"personnel":1,"part":"cycle","standards":[{"standard":"iso9001"},{"standard":"iso9001"},{"standard":"iso9001"},{"standard":"iso9001"},{"standard":"iso9001"}]}`, "standards: 5; a bundle has at most 4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := fees.Request{Personnel: 7, Part: fees.Surveillance}
			err := json.Unmarshal([]byte(tc.doc), &r)
			require.Error(t, err)
			assert.ErrorIs(t, err, fees.ErrInvalidRequest)
			assert.Contains(t, err.Error(), tc.text)
			assert.True(t, r.Equal(fees.Request{Personnel: 7, Part: fees.Surveillance}), "unchanged")
		})
	}
}

func TestStandards(t *testing.T) {
	assert.Equal(t, []string{"after_sales", "iso9001", "iso14001", "iso45001"}, func() []string {
		var out []string
		for _, s := range fees.Standards() {
			out = append(out, s.String())
			assert.NotEmpty(t, s.Chinese())
			assert.NotEmpty(t, s.English())
		}
		return out
	}())
	s, err := fees.ParseStandard("iso14001")
	require.NoError(t, err)
	assert.Equal(t, fees.EMS, s)
	assert.Equal(t, "环境管理体系", s.Chinese())
	_, err = fees.ParseStandard("ISO14001")
	assert.ErrorIs(t, err, fees.ErrUnknownCode)
	_, err = fees.Standard(0).MarshalText()
	assert.ErrorIs(t, err, fees.ErrUnknownCode)

	var set fees.StandardSet
	assert.True(t, set.IsZero())
	assert.Equal(t, "", set.String())
	assert.Empty(t, slices.Collect(set.All()))
	q := quote(t, fees.DefaultSchedule(), fees.Request{Personnel: 1, Part: fees.Initial, Standards: threeStandards(),
		Integration: integration(0, "")})
	set = q.Lines[2].Standards
	assert.True(t, set.Has(fees.QMS) && set.Has(fees.EMS))
	assert.False(t, set.Has(fees.AfterSales) || set.Has(fees.OHS) || set.Has(0) || set.Has(9))
	for range set.All() {
		break // stopping early is allowed
	}
}

// TestClone: a clone of a request or a quote shares nothing with it.
func TestClone(t *testing.T) {
	r := fees.Request{Personnel: 120, Part: fees.Cycle, Standards: threeStandards(), Integration: integration(15, "integrated"),
		Custom: []fees.CustomLine{customLine(t, "加急费", "Expedited", "1", "500", true)}}
	r.Standards[2].Adjustments = []audit.Adjustment{{Reason: "simple", Percent: decimal.NewFromInt(-5)}}
	r.Adjustments = nil
	q := quote(t, fees.DefaultSchedule(), r)
	rc, qc := r.Clone(), q.Clone()
	require.True(t, rc.Equal(r))
	require.True(t, qc.Equal(q))

	r.Standards[0].Standard = fees.OHS
	r.Standards[2].Adjustments[0].Reason = "changed"
	r.Integration.Reason = "changed"
	r.Custom[0].Label.English = "changed"
	q.Lines[0].Year = 9
	q.Lines[len(q.Lines)-1].Label.English = "changed"
	q.Audits[1].Effort.Basis[0] = "changed"
	q.Audits[0].Standards = 0

	assert.Equal(t, fees.EMS, rc.Standards[0].Standard)
	assert.Equal(t, "simple", rc.Standards[2].Adjustments[0].Reason)
	assert.Equal(t, "integrated", rc.Integration.Reason)
	assert.Equal(t, "Expedited", rc.Custom[0].Label.English)
	assert.Equal(t, 1, qc.Lines[0].Year)
	assert.Equal(t, "Expedited", qc.Lines[len(qc.Lines)-1].EnglishName())
	assert.NotEqual(t, "changed", qc.Audits[1].Effort.Basis[0])
	assert.Equal(t, "after_sales", qc.Audits[0].Standards.String())
	assert.NoError(t, qc.Validate())
	assert.True(t, fees.Request{}.Clone().IsZero())
	assert.True(t, fees.Quote{}.Clone().IsZero())
}
