package audit_test

import (
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestGBT27922Figures pins every figure of shared/DOMAIN.md §4: the three
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
		scAssertDecimal(t, w.points, got[i].Points, w.code)
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
		scAssertDecimal(t, g.points, points, g.code)
		byCode, ok := card.Group(g.code)
		require.True(t, ok)
		assert.Equal(t, groups[i], byCode)
	}
	scAssertDecimal(t, "100", card.Total())
	assert.True(t, card.Grading().Equal(audit.DefaultGrading()))

	_, ok := card.Indicator("service_system")
	assert.False(t, ok, "groups are not scored indicators")
	_, ok = card.Group("staffing")
	assert.False(t, ok)
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
	scAssertDecimal(t, "4", card.Indicators()[0].Points)
	assert.Equal(t, "service_system", card.Groups()[0].Code)
	assert.Equal(t, "organization", audit.GBT27922().Indicators()[0].Code)
}

func scGroups() []audit.Group {
	return []audit.Group{{Code: "g", Chinese: "组", English: "Group"}}
}

func scIndicator(code, points string) audit.Indicator {
	return audit.Indicator{Code: code, Group: "g", Points: decimal.RequireFromString(points), Chinese: "项", English: "Item"}
}

func TestNewScorecard(t *testing.T) {
	t.Run("valid, total need not be 100", func(t *testing.T) {
		in := []audit.Indicator{scIndicator("a", "3"), scIndicator("b", "2.5")}
		card, err := audit.NewScorecard(scGroups(), in, audit.DefaultGrading())
		require.NoError(t, err)
		scAssertDecimal(t, "5.5", card.Total())
		in[0].Code = "changed"
		assert.Equal(t, "a", card.Indicators()[0].Code, "the constructor copies its input")
	})

	g := scGroups()
	tests := []struct {
		name       string
		groups     []audit.Group
		indicators []audit.Indicator
		grading    audit.Grading
		want       []string
	}{
		{"nothing", nil, nil, audit.DefaultGrading(), []string{"no groups", "no indicators"}},
		{"zero grading", g, []audit.Indicator{scIndicator("a", "1")}, audit.Grading{}, []string{"grading has no thresholds"}},
		{"bad codes", []audit.Group{{Code: "G", Chinese: "组", English: "G"}}, []audit.Indicator{
			{Code: "", Group: "G", Points: decimal.NewFromInt(1), Chinese: "x", English: "x"},
			{Code: "1a", Group: "G", Points: decimal.NewFromInt(1), Chinese: "x", English: "x"},
			{Code: "a-b", Group: "G", Points: decimal.NewFromInt(1), Chinese: "x", English: "x"},
		}, audit.DefaultGrading(), []string{`group 0: code "G" must be snake_case`, `indicator 0: code "" must be snake_case`, `indicator 1: code "1a" must be snake_case`, `indicator 2: code "a-b" must be snake_case`}},
		{"repeated codes", append(g, audit.Group{Code: "g", Chinese: "组", English: "G"}), []audit.Indicator{scIndicator("a", "1"), scIndicator("a", "2"), scIndicator("g", "1")},
			audit.DefaultGrading(), []string{`group 1: code "g" is repeated`, `indicator 1: code "a" is repeated`, `indicator 2: code "g" is repeated`}},
		{"unknown group", g, []audit.Indicator{scIndicator("a", "1"), {Code: "b", Group: "h", Points: decimal.NewFromInt(1), Chinese: "x", English: "x"}},
			audit.DefaultGrading(), []string{`indicator "b": group "h" is not listed`}},
		{"empty group", append(g, audit.Group{Code: "h", Chinese: "组", English: "H"}), []audit.Indicator{scIndicator("a", "1")},
			audit.DefaultGrading(), []string{`group "h" has no indicators`}},
		{"names", []audit.Group{{Code: "g"}}, []audit.Indicator{{Code: "a", Group: "g", Points: decimal.NewFromInt(1)}},
			audit.DefaultGrading(), []string{`group "g": Chinese and English names are required`, `indicator "a": Chinese and English names are required`}},
		{"points", g, []audit.Indicator{scIndicator("a", "0"), scIndicator("b", "-1"), scIndicator("c", "1.005")},
			audit.DefaultGrading(), []string{`indicator "a": points 0 must be positive`, `indicator "b": points -1 must be positive`, `indicator "c": points 1.005 have more than two decimal places`}},
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

func TestMustScorecardPanics(t *testing.T) {
	defer func() {
		r := recover()
		require.NotNil(t, r)
		assert.Contains(t, r, "audit.MustScorecard: ")
	}()
	audit.MustScorecard(nil, nil, audit.DefaultGrading())
}

func TestScorecardWithGrading(t *testing.T) {
	strict, err := audit.NewGrading(scDec(t, "75"), scDec(t, "85"), scDec(t, "92"), scDec(t, "97"))
	require.NoError(t, err)
	card, err := audit.GBT27922().WithGrading(strict)
	require.NoError(t, err)
	assert.True(t, card.Grading().Equal(strict))
	assert.True(t, audit.GBT27922().Grading().Equal(audit.DefaultGrading()), "the default card is unchanged")

	r, err := card.Score(scFull(t, card, "72"))
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
	in[0].Points = scDec(t, "4.00")
	samePoints, err := audit.NewScorecard(card.Groups(), in, audit.DefaultGrading())
	require.NoError(t, err)
	assert.True(t, samePoints.Equal(card), "4.00 points equal 4")

	differ := map[string]audit.Scorecard{
		"points": rebuild(func(g []audit.Group, in []audit.Indicator) ([]audit.Group, []audit.Indicator) {
			in[0].Points = scDec(t, "4.5")
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
	assert.ErrorContains(t, err, `group "g": names must be valid UTF-8`)
	assert.ErrorContains(t, err, `indicator "a": names must be valid UTF-8`)
}
