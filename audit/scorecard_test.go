package audit_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGBT27922Figures pins every figure of the card [27922]: the three
// groups and their 40/35/25 points, the 15 indicators with their points, the
// placeholder split, and the total of 100.
func TestGBT27922Figures(t *testing.T) {
	card := audit.GBT27922()
	want := []struct {
		code, group, zh string
		points          string
		placeholder     bool
	}{
		{"organization", "service_system", "组织架构", "4", false},
		{"staffing", "service_system", "人员配置", "6", false},
		{"resources", "service_system", "资源配置", "6", false},
		{"specifications", "service_system", "规范要求", "6", false},
		{"supervision", "service_system", "监督", "7", false},
		{"improvement", "service_system", "改进", "5", false},
		{"service_culture", "service_system", "服务文化", "6", false},
		{"product_information", "goods_service", "商品信息", "5", true},
		{"technical_support", "goods_service", "技术支持", "6", true},
		{"delivery_installation", "goods_service", "配送安装", "6", true},
		{"repair", "goods_service", "维修", "6", true},
		{"quality_assurance", "goods_service", "质量保证", "6", true},
		{"recycling", "goods_service", "废弃商品回收", "6", true},
		{"customer_relations", "customer_service", "顾客关系", "12", true},
		{"complaint_handling", "customer_service", "投诉处理", "13", true},
	}
	got := card.Indicators()
	require.Len(t, got, 15)
	for i, w := range want {
		assert.Equal(t, w.code, got[i].Code)
		assert.Equal(t, w.group, got[i].Group, w.code)
		assert.Equal(t, w.zh, got[i].Chinese, w.code)
		assert.NotEmpty(t, got[i].English, w.code)
		assertDecimal(t, w.points, got[i].Points, w.code)
		assert.Equal(t, w.placeholder, got[i].Placeholder, w.code)
		byCode, ok := card.Indicator(w.code)
		require.True(t, ok)
		assert.True(t, byCode.Equal(got[i]))
	}

	groups := card.Groups()
	require.Len(t, groups, 3)
	for i, g := range []struct{ code, zh, points string }{
		{audit.GroupServiceSystem, "售后服务体系", "40"},
		{audit.GroupGoodsService, "商品服务", "35"},
		{audit.GroupCustomerService, "顾客服务", "25"},
	} {
		assert.Equal(t, g.code, groups[i].Code)
		assert.Equal(t, g.zh, groups[i].Chinese)
		points, ok := card.GroupPoints(g.code)
		require.True(t, ok)
		assertDecimal(t, g.points, points, g.code)
	}
	assertDecimal(t, "100", card.Total())
	assert.True(t, card.Grading().Equal(audit.DefaultGrading()))

	_, ok := card.Indicator("service_system")
	assert.False(t, ok, "groups are not scored indicators")
	_, ok = card.GroupPoints("staffing")
	assert.False(t, ok, "indicators are not groups")
	_, ok = card.GroupPoints("nope")
	assert.False(t, ok)
}

func TestScorecardAccessorsReturnCopies(t *testing.T) {
	card := audit.GBT27922()
	ind := card.Indicators()
	ind[0].Points = decimal.NewFromInt(99)
	ind[0].Code = "changed"
	groups := card.Groups()
	groups[0].Code = "changed"
	assert.Equal(t, "organization", card.Indicators()[0].Code)
	assertDecimal(t, "4", card.Indicators()[0].Points)
	assert.Equal(t, "service_system", card.Groups()[0].Code)
	assert.Equal(t, "organization", audit.GBT27922().Indicators()[0].Code)
}

func oneGroup() []audit.Group {
	return []audit.Group{{Code: "g", Chinese: "组", English: "Group"}}
}

func indicatorOf(code, points string) audit.Indicator {
	return audit.Indicator{Code: code, Group: "g", Points: decimal.RequireFromString(points), Chinese: "项", English: "Item"}
}

func TestNewScorecard(t *testing.T) {
	t.Run("valid, total need not be 100", func(t *testing.T) {
		in := []audit.Indicator{indicatorOf("a", "3"), indicatorOf("b", "2.5")}
		card, err := audit.NewScorecard(oneGroup(), in, audit.DefaultGrading())
		require.NoError(t, err)
		assertDecimal(t, "5.5", card.Total())
		in[0].Code = "changed"
		assert.Equal(t, "a", card.Indicators()[0].Code, "the constructor copies its input")
	})
	t.Run("at most 1 000 000 points, scored exactly", func(t *testing.T) {
		in := []audit.Indicator{indicatorOf("a", "999999.99"), indicatorOf("b", "0.01")}
		card, err := audit.NewScorecard(oneGroup(), in, audit.DefaultGrading())
		require.NoError(t, err)
		assertDecimal(t, "1000000", card.Total())
		r, err := card.Score(audit.Evaluation{Awarded: map[string]decimal.Decimal{"a": decimalOf(t, "699999.99"), "b": decimalOf(t, "0.01")}})
		require.NoError(t, err)
		assertDecimal(t, "70", r.Score) // 700000 of 1000000
		assert.Equal(t, audit.Compliant, r.Level)
		r, err = card.Score(audit.Evaluation{Awarded: map[string]decimal.Decimal{"a": decimalOf(t, "699949.99"), "b": decimalOf(t, "0")}})
		require.NoError(t, err)
		assertDecimal(t, "69.99", r.Score) // 69.994999 → 69.99
		assert.Equal(t, audit.NotRated, r.Level)
		assert.NoError(t, r.Validate())
	})

	g := oneGroup()
	tests := []struct {
		name       string
		groups     []audit.Group
		indicators []audit.Indicator
		grading    audit.Grading
		want       []string
	}{
		{"nothing", nil, nil, audit.DefaultGrading(), []string{"groups: is empty", "indicators: is empty"}},
		{"zero grading", g, []audit.Indicator{indicatorOf("a", "1")}, audit.Grading{}, []string{"grading: has no thresholds"}},
		{"bad codes", []audit.Group{{Code: "G", Chinese: "组", English: "G"}}, []audit.Indicator{
			{Code: "", Group: "G", Points: decimal.NewFromInt(1), Chinese: "x", English: "x"},
			{Code: "1a", Group: "G", Points: decimal.NewFromInt(1), Chinese: "x", English: "x"},
			{Code: "a-b", Group: "G", Points: decimal.NewFromInt(1), Chinese: "x", English: "x"},
		}, audit.DefaultGrading(), []string{`groups[0].code: "G" must be snake_case`, `indicators[0].code: "" must be snake_case`, `indicators[1].code: "1a" must be snake_case`, `indicators[2].code: "a-b" must be snake_case`}},
		{"repeated codes", append(g, audit.Group{Code: "g", Chinese: "组", English: "G"}), []audit.Indicator{indicatorOf("a", "1"), indicatorOf("a", "2"), indicatorOf("g", "1")},
			audit.DefaultGrading(), []string{`groups[1].code: "g" is repeated`, `indicators[1].code: "a" is repeated`, `indicators[2].code: "g" is repeated`}},
		{"unknown group", g, []audit.Indicator{indicatorOf("a", "1"), {Code: "b", Group: "h", Points: decimal.NewFromInt(1), Chinese: "x", English: "x"}},
			audit.DefaultGrading(), []string{`indicators[1].group: "h" is not a listed group`}},
		{"empty group", append(g, audit.Group{Code: "h", Chinese: "组", English: "H"}), []audit.Indicator{indicatorOf("a", "1")},
			audit.DefaultGrading(), []string{`groups[1]: group "h" has no indicators`}},
		{"names", []audit.Group{{Code: "g"}}, []audit.Indicator{{Code: "a", Group: "g", Points: decimal.NewFromInt(1)}},
			audit.DefaultGrading(), []string{"groups[0].chinese: is blank", "groups[0].english: is blank", "indicators[0].chinese: is blank", "indicators[0].english: is blank"}},
		{"points", g, []audit.Indicator{indicatorOf("a", "0"), indicatorOf("b", "-1"), indicatorOf("c", "1.005")},
			audit.DefaultGrading(), []string{"indicators[0].points: 0 must be positive", "indicators[1].points: -1 must be positive", "indicators[2].points: 1.005 has more than 2 decimal places"}},
		{"more than 1 000 000 points", g, []audit.Indicator{indicatorOf("a", "999999.99"), indicatorOf("b", "0.02")},
			audit.DefaultGrading(), []string{"the points add up to more than 1000000.00"}},
		{"points too large to count", g, []audit.Indicator{indicatorOf("a", "1e30")},
			audit.DefaultGrading(), []string{"indicators[0].points: 1000000000000000000000000000000 has more than 7 integer digits"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := audit.NewScorecard(tc.groups, tc.indicators, tc.grading)
			require.ErrorIs(t, err, audit.ErrInvalidScorecard)
			for _, w := range tc.want {
				assert.ErrorContains(t, err, w)
			}
		})
	}
}

func TestMustNewScorecardPanics(t *testing.T) {
	defer func() {
		r := recover()
		require.NotNil(t, r)
		assert.Contains(t, r, "audit.MustNewScorecard: ")
	}()
	audit.MustNewScorecard(nil, nil, audit.DefaultGrading())
}

func TestScorecardWithGrading(t *testing.T) {
	strict, err := audit.NewGrading(decimalOf(t, "75"), decimalOf(t, "85"), decimalOf(t, "92"), decimalOf(t, "97"))
	require.NoError(t, err)
	card, err := audit.GBT27922().WithGrading(strict)
	require.NoError(t, err)
	assert.True(t, card.Grading().Equal(strict))
	assert.True(t, audit.GBT27922().Grading().Equal(audit.DefaultGrading()), "the default card is unchanged")

	r, err := card.Score(fullMarks(t, card, "72"))
	require.NoError(t, err)
	assert.Equal(t, audit.NotRated, r.Level, "72 is below the custom 达标 bound of 75")

	_, err = audit.GBT27922().WithGrading(audit.Grading{})
	assert.ErrorIs(t, err, audit.ErrInvalidScorecard)
	_, err = audit.Scorecard{}.WithGrading(strict)
	assert.ErrorIs(t, err, audit.ErrInvalidScorecard)
}

func TestScorecardByName(t *testing.T) {
	got, err := audit.ScorecardByName("gbt27922")
	require.NoError(t, err)
	assert.True(t, got.Equal(audit.GBT27922()))
	assert.Equal(t, "gbt27922", audit.GBT27922Name)
	for _, bad := range []string{"", "GBT27922", "gb/t 27922", " gbt27922", "after_sales"} {
		_, err := audit.ScorecardByName(bad)
		assert.ErrorIs(t, err, audit.ErrUnknownScorecard, bad)
	}
}

func TestScorecardEqual(t *testing.T) {
	card := audit.GBT27922()
	assert.True(t, card.Equal(audit.GBT27922()))
	assert.True(t, audit.Scorecard{}.Equal(audit.Scorecard{}))
	assert.False(t, card.Equal(audit.Scorecard{}))

	rebuild := func(edit func(g []audit.Group, in []audit.Indicator) ([]audit.Group, []audit.Indicator), grading audit.Grading) audit.Scorecard {
		g, in := edit(card.Groups(), card.Indicators())
		out, err := audit.NewScorecard(g, in, grading)
		require.NoError(t, err)
		return out
	}
	same := func(g []audit.Group, in []audit.Indicator) ([]audit.Group, []audit.Indicator) { return g, in }
	assert.True(t, rebuild(same, audit.DefaultGrading()).Equal(card), "rebuilt from its own parts")

	in := card.Indicators()
	in[0].Points = decimalOf(t, "4.00")
	samePoints, err := audit.NewScorecard(card.Groups(), in, audit.DefaultGrading())
	require.NoError(t, err)
	assert.True(t, samePoints.Equal(card), "4.00 points equal 4")

	differ := map[string]audit.Scorecard{
		"points": rebuild(func(g []audit.Group, in []audit.Indicator) ([]audit.Group, []audit.Indicator) {
			in[0].Points = decimalOf(t, "4.5")
			return g, in
		}, audit.DefaultGrading()),
		"placeholder": rebuild(func(g []audit.Group, in []audit.Indicator) ([]audit.Group, []audit.Indicator) {
			in[0].Placeholder = true
			return g, in
		}, audit.DefaultGrading()),
		"indicator name": rebuild(func(g []audit.Group, in []audit.Indicator) ([]audit.Group, []audit.Indicator) {
			in[0].English = "Organization"
			return g, in
		}, audit.DefaultGrading()),
		"group name": rebuild(func(g []audit.Group, in []audit.Indicator) ([]audit.Group, []audit.Indicator) {
			g[0].Chinese = "体系"
			return g, in
		}, audit.DefaultGrading()),
		"indicator order": rebuild(func(g []audit.Group, in []audit.Indicator) ([]audit.Group, []audit.Indicator) {
			in[0], in[1] = in[1], in[0]
			return g, in
		}, audit.DefaultGrading()),
		"fewer indicators": rebuild(func(g []audit.Group, in []audit.Indicator) ([]audit.Group, []audit.Indicator) {
			return g, in[1:]
		}, audit.DefaultGrading()),
		"grading option": rebuild(same, audit.DefaultGrading().WithStarsAfterOneYear(true)),
	}
	for name, other := range differ {
		assert.False(t, card.Equal(other), name)
		assert.False(t, other.Equal(card), name)
	}
}

func TestNewScorecardRefusesNamesThatAreNotUTF8(t *testing.T) {
	_, err := audit.NewScorecard([]audit.Group{{Code: "g", Chinese: "组\xff", English: "Group"}},
		[]audit.Indicator{{Code: "a", Group: "g", Points: decimal.NewFromInt(1), Chinese: "项", English: "Item\xc3"}},
		audit.DefaultGrading())
	require.ErrorIs(t, err, audit.ErrInvalidScorecard)
	assert.ErrorContains(t, err, "groups[0].chinese: is not valid UTF-8")
	assert.ErrorContains(t, err, "indicators[0].english: is not valid UTF-8")
}

// smallCardJSON is a small valid card as a CB would write it; the error cases
// break it.
const smallCardJSON = `{"groups":[{"code":"g","chinese":"组","english":"Group"}],` +
	`"indicators":[{"code":"a","group":"g","points":"3.00","chinese":"项","english":"Item","placeholder":true},` +
	`{"code":"b","group":"g","points":"2.50","chinese":"项二","english":"Item two","placeholder":false}],` +
	`"grading":{"compliant":"60.00","three_star":"75.50","four_star":"85.00","five_star":"97.00","stars_after_one_year":true}}`

func TestScorecardJSON(t *testing.T) {
	t.Run("GBT27922 round trip", func(t *testing.T) {
		data, err := json.Marshal(audit.GBT27922())
		require.NoError(t, err)
		var back audit.Scorecard
		require.NoError(t, json.Unmarshal(data, &back), string(data))
		assert.True(t, back.Equal(audit.GBT27922()))
		// Lossless field by field as well, for what Equal might miss.
		require.Len(t, back.Indicators(), len(audit.GBT27922().Indicators()))
		for i, want := range audit.GBT27922().Indicators() {
			got := back.Indicators()[i]
			assert.Equal(t, want.Code, got.Code)
			assert.Equal(t, want.Group, got.Group)
			assertDecimal(t, want.Points.String(), got.Points, want.Code)
			assert.Equal(t, want.Chinese, got.Chinese)
			assert.Equal(t, want.English, got.English)
			assert.Equal(t, want.Placeholder, got.Placeholder, want.Code)
		}
		assert.Equal(t, audit.GBT27922().Groups(), back.Groups())
		assert.True(t, back.Grading().Equal(audit.DefaultGrading()))
		again, err := json.Marshal(back)
		require.NoError(t, err)
		assert.Equal(t, string(data), string(again))
	})

	t.Run("wire format", func(t *testing.T) {
		data, err := json.Marshal(audit.GBT27922())
		require.NoError(t, err)
		s := string(data)
		assert.True(t, strings.HasPrefix(s, `{"groups":[{"code":"service_system","chinese":"售后服务体系","english":"After-sales service system"},`), s)
		assert.Contains(t, s, `{"code":"organization","group":"service_system","points":"4.00","chinese":"组织架构","english":"Organisational structure","placeholder":false}`)
		assert.Contains(t, s, `{"code":"complaint_handling","group":"customer_service","points":"13.00","chinese":"投诉处理","english":"Complaint handling","placeholder":true}]`)
		assert.True(t, strings.HasSuffix(s, `"grading":{"compliant":"70.00","three_star":"80.00","four_star":"90.00","five_star":"95.00","stars_after_one_year":false}}`), s)
	})

	t.Run("a card a CB writes", func(t *testing.T) {
		var card audit.Scorecard
		require.NoError(t, json.Unmarshal([]byte(smallCardJSON), &card))
		require.Len(t, card.Indicators(), 2)
		assertDecimal(t, "5.5", card.Total())
		assert.True(t, card.Indicators()[0].Placeholder)
		assert.True(t, card.Grading().StarsAfterOneYear())
		bound, ok := card.Grading().Threshold(audit.ThreeStar)
		require.True(t, ok)
		assertDecimal(t, "75.5", bound)
		data, err := json.Marshal(card)
		require.NoError(t, err)
		assert.Equal(t, smallCardJSON, string(data))

		// The optional flags may be left out, and points need no fixed places.
		short := strings.NewReplacer(`,"placeholder":false`, ``, `,"stars_after_one_year":true`, ``, `"2.50"`, `"2.5"`).Replace(smallCardJSON)
		require.NoError(t, json.Unmarshal([]byte(short), &card))
		assert.False(t, card.Indicators()[1].Placeholder)
		assert.False(t, card.Grading().StarsAfterOneYear())
		assertDecimal(t, "2.5", card.Indicators()[1].Points)
	})

	t.Run("a name alone is the built-in card", func(t *testing.T) {
		var card audit.Scorecard
		require.NoError(t, json.Unmarshal([]byte(`"gbt27922"`), &card))
		assert.True(t, card.Equal(audit.GBT27922()))
		err := json.Unmarshal([]byte(`"gbt_27922"`), &card)
		assert.ErrorIs(t, err, audit.ErrUnknownScorecard)
		assert.ErrorContains(t, err, `"gbt_27922"`)
		assert.True(t, card.Equal(audit.GBT27922()), "unchanged after an error")
	})

	t.Run("the zero scorecard does not encode", func(t *testing.T) {
		_, err := json.Marshal(audit.Scorecard{})
		assert.ErrorIs(t, err, audit.ErrInvalidScorecard)
	})

	var ok audit.Scorecard
	require.NoError(t, json.Unmarshal([]byte(smallCardJSON), &ok))
	replace := func(old, new string) string {
		require.Contains(t, smallCardJSON, old)
		return strings.Replace(smallCardJSON, old, new, 1)
	}
	errorCases := []struct {
		name, doc string
		want      []string
		grading   bool // the error also matches ErrInvalidGrading
	}{
		{"points missing", replace(`"points":"3.00",`, ``), []string{"indicators[0].points: is missing"}, false},
		{"points as a number with an exponent", replace(`"points":"3.00"`, `"points":3e0`), []string{`indicators[0].points: "3e0" is not a plain decimal`}, false},
		{"points null", replace(`"points":"3.00"`, `"points":null`), []string{"indicators[0].points: is missing"}, false},
		{"points with an exponent", replace(`"points":"3.00"`, `"points":"3e0"`), []string{`indicators[0].points: "3e0" is not a plain decimal`}, false},
		{"points with three places", replace(`"points":"2.50"`, `"points":"2.505"`), []string{"indicators[1].points: 2.505 has more than 2 decimal places"}, false},
		{"absurd points", replace(`"points":"2.50"`, `"points":"1`+strings.Repeat("0", 30)+`"`), []string{"indicators[1].points: "}, false},
		{"every problem reported", strings.NewReplacer(`"points":"3.00"`, `"points":"x"`, `"points":"2.50"`, `"points":"2.5.0"`, `"compliant":"60.00"`, `"compliant":"sixty"`).Replace(smallCardJSON),
			[]string{`indicators[0].points: "x"`, `indicators[1].points: "2.5.0"`, `grading.compliant: "sixty"`}, true},
		{"points not positive", replace(`"points":"3.00"`, `"points":"-3"`), []string{"indicators[0].points: -3 must be positive"}, false},
		{"placeholder as string", replace(`"placeholder":true`, `"placeholder":"yes"`), []string{`field "indicators.placeholder"`}, false},
		{"unknown indicator field", replace(`"code":"a",`, `"code":"a","weight":1,`), []string{`unknown field "weight"`}, false},
		{"unknown top-level field", replace(`{"groups"`, `{"name":"x","groups"`), []string{`unknown field "name"`}, false},
		{"duplicate key", replace(`"code":"a",`, `"code":"a","code":"c",`), []string{`duplicate key "code" in $.indicators[0]`}, false},
		{"trailing data", smallCardJSON + ` 1`, []string{"data after the first value"}, false},
		{"repeated indicator code", replace(`"code":"b"`, `"code":"a"`), []string{`indicators[1].code: "a" is repeated`}, false},
		{"indicator of an unknown group", replace(`"group":"g","points":"2.50"`, `"group":"h","points":"2.50"`), []string{`indicators[1].group: "h" is not a listed group`}, false},
		{"code not snake_case", replace(`"code":"g"`, `"code":"G"`), []string{`groups[0].code: "G" must be snake_case`}, false},
		{"group without names", replace(`"chinese":"组","english":"Group"`, `"chinese":"","english":"Group"`), []string{"groups[0].chinese: is blank"}, false},
		{"no groups", replace(`"groups":[{"code":"g","chinese":"组","english":"Group"}]`, `"groups":[]`), []string{"groups: is empty"}, false},
		{"indicators null", replace(`"indicators":[`, `"indicators":null,"x":[`), []string{`unknown field "x"`}, false},
		{"grading missing", replace(`,"grading":{"compliant":"60.00","three_star":"75.50","four_star":"85.00","five_star":"97.00","stars_after_one_year":true}`, ``), []string{"grading: is missing"}, false},
		{"grading null", replace(`"grading":{"compliant":"60.00","three_star":"75.50","four_star":"85.00","five_star":"97.00","stars_after_one_year":true}`, `"grading":null`), []string{"grading: is missing"}, false},
		{"grading bound missing", replace(`"compliant":"60.00",`, ``), []string{"grading.compliant: is missing"}, true},
		{"grading bound with an exponent", replace(`"three_star":"75.50"`, `"three_star":"7.55e1"`), []string{`grading.three_star: "7.55e1" is not a plain decimal`}, true},
		{"grading bounds not ascending", replace(`"four_star":"85.00"`, `"four_star":"70.00"`), []string{"grading.four_star: bound 70 must be above the three_star bound 75.5"}, true},
		{"grading bound as a boolean", replace(`"five_star":"97.00"`, `"five_star":true`), []string{`grading.five_star: "true" is not a plain decimal`}, true},
		{"unknown grading field", replace(`"compliant":"60.00",`, `"compliant":"60.00","not_rated":"0",`), []string{`unknown field "not_rated"`}, false},
		{"grading as a name", replace(`"grading":{"compliant":"60.00","three_star":"75.50","four_star":"85.00","five_star":"97.00","stars_after_one_year":true}`, `"grading":"default"`), []string{`field "grading"`}, false},
		{"not an object", `[]`, []string{"invalid JSON document"}, false},
		{"null", `null`, []string{"null, where a value is required"}, false},
		{"a number", `27922`, []string{"invalid JSON document"}, false},
	}
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) {
			got := ok
			err := got.UnmarshalJSON([]byte(c.doc))
			require.ErrorIs(t, err, audit.ErrInvalidScorecard)
			for _, w := range c.want {
				assert.ErrorContains(t, err, w)
			}
			if c.grading {
				assert.ErrorIs(t, err, audit.ErrInvalidGrading)
			}
			assert.True(t, got.Equal(ok), "unchanged after an error")
		})
	}
}

func FuzzScorecardJSON(f *testing.F) {
	data, err := json.Marshal(audit.GBT27922())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(smallCardJSON))
	f.Add([]byte(`"gbt27922"`))
	f.Add([]byte(`{"groups":[{"code":"g","chinese":"组","english":"G"}],"indicators":[{"code":"a","group":"g","points":"0.01","chinese":"x","english":"x"}],` +
		`"grading":{"compliant":"99.97","three_star":"99.98","four_star":"99.99","five_star":"100"}}`))
	f.Add([]byte(`{"groups":[{"code":"g","chinese":"组","english":"G"}],"indicators":[{"code":"a","group":"g","points":1e0,"chinese":"x","english":"x"}],"grading":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		card, ok := checkDocument[audit.Scorecard](t, data, audit.ErrInvalidScorecard, audit.ErrUnknownScorecard)
		if !ok {
			return
		}
		// What decodes is a card NewScorecard accepts...
		rebuilt, err := audit.NewScorecard(card.Groups(), card.Indicators(), card.Grading())
		require.NoError(t, err)
		assert.True(t, rebuilt.Equal(card))
		// And it scores: full points on every indicator give 100.
		e := audit.Evaluation{Awarded: map[string]decimal.Decimal{}}
		for _, ind := range card.Indicators() {
			e.Awarded[ind.Code] = ind.Points
		}
		r, err := card.Score(e)
		require.NoError(t, err)
		assert.True(t, r.Score.Equal(decimal.NewFromInt(100)), "full points score %s", r.Score)
	})
}
