package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"

	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// ErrInvalidScorecard is matched by every error [NewScorecard] and
// [Scorecard.WithGrading] return, and by [Scorecard.Score] on the zero
// Scorecard.
var ErrInvalidScorecard = errors.New("audit: invalid scorecard")

// ErrUnknownScorecard is returned by [ScorecardByName] (and so by
// [Scorecard.UnmarshalJSON]) for a name that is not a built-in scorecard.
var ErrUnknownScorecard = errors.New("audit: unknown scorecard")

// Group is a first-level indicator of a scorecard (GB/T 27922: 售后服务体系,
// 商品服务, 顾客服务). Its points are the sum of its indicators' points
// ([Scorecard.GroupPoints]).
type Group struct {
	Code    string // stable snake_case code, such as "service_system"
	Chinese string // Chinese name, such as "售后服务体系"
	English string // English name, such as "After-sales service system"
}

// Indicator is a scored (second-level) indicator of a scorecard: an auditor
// awards it between 0 and Points, or excludes it when it does not apply.
type Indicator struct {
	Code    string          // stable snake_case code, such as "staffing"
	Group   string          // code of its first-level Group, such as "service_system"
	Points  decimal.Decimal // maximum points, positive, at most two decimal places
	Chinese string          // Chinese name, such as "人员配置"
	English string          // English name, such as "Staffing"
	// Placeholder marks points that are not from the standard but a stated
	// placeholder [27922] (the split of goods service 35 and customer
	// service 25 was not found in public sources).
	Placeholder bool
}

// Equal reports whether i and other are the same indicator (points compared
// as numbers).
func (i Indicator) Equal(other Indicator) bool {
	return i.Code == other.Code && i.Group == other.Group && i.Points.Equal(other.Points) &&
		i.Chinese == other.Chinese && i.English == other.English && i.Placeholder == other.Placeholder
}

// Scorecard is a list of scored indicators grouped under first-level groups,
// with the [Grading] that turns a score into a [Level]. It is immutable and
// safe for concurrent use; its accessors return copies. The zero Scorecard
// has no indicators and cannot score.
type Scorecard struct {
	groups     []Group
	indicators []Indicator
	index      map[string]int // indicator code → position in indicators
	points     []int64        // each indicator's points in hundredths, in order
	total      int64          // the sum of points
	grading    Grading
}

// NewScorecard returns a scorecard with the given groups (in order), scored
// indicators (in order) and grading. Its total need not be 100: a score is a
// percentage of the applicable points [27922]; it may be at most
// 1 000 000 points.
//
// Errors (all reported, joined, each matching [ErrInvalidScorecard]): no
// groups or no indicators; a group or indicator code that is empty, not
// snake_case (a–z, 0–9, "_", starting with a letter) or repeated (codes
// are unique across groups and indicators); an empty Chinese or English
// name, or one that is not valid UTF-8 (JSON could not keep it); an
// indicator whose group is not listed; a group without indicators;
// points not positive or with more than two decimal places; a total above
// 1 000 000 points; an invalid (zero) grading.
func NewScorecard(groups []Group, indicators []Indicator, grading Grading) (Scorecard, error) {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidScorecard}, args...)...))
	}
	if len(groups) == 0 {
		bad("no groups")
	}
	if len(indicators) == 0 {
		bad("no indicators")
	}
	if !grading.IsValid() {
		bad("grading has no thresholds (use DefaultGrading or NewGrading)")
	}
	// Codes are unique across groups and indicators; both need both names.
	seen := make(map[string]bool, len(groups)+len(indicators))
	checkEntry := func(what string, i int, code, chinese, english string) {
		if !scValidCode(code) {
			bad("%s %d: code %q must be snake_case", what, i, code)
		} else if seen[code] {
			bad("%s %d: code %q is repeated", what, i, code)
		}
		seen[code] = true
		if chinese == "" || english == "" {
			bad("%s %q: Chinese and English names are required", what, code)
		} else if !utf8.ValidString(chinese) || !utf8.ValidString(english) {
			bad("%s %q: names must be valid UTF-8", what, code)
		}
	}
	groupUsed := make(map[string]bool, len(groups))
	for i, g := range groups {
		checkEntry("group", i, g.Code, g.Chinese, g.English)
		groupUsed[g.Code] = false
	}
	index := make(map[string]int, len(indicators))
	points := make([]int64, len(indicators))
	var total int64
	tooMany := false
	for i, ind := range indicators {
		checkEntry("indicator", i, ind.Code, ind.Chinese, ind.English)
		index[ind.Code] = i
		if _, ok := groupUsed[ind.Group]; !ok {
			bad("indicator %q: group %q is not listed", ind.Code, ind.Group)
		} else {
			groupUsed[ind.Group] = true
		}
		switch {
		case !scInRange(ind.Points):
			bad("indicator %q: points %s are out of range", ind.Code, scShow(ind.Points))
		case !ind.Points.IsPositive():
			bad("indicator %q: points %s must be positive", ind.Code, ind.Points)
		case !scTwoPlaces(ind.Points):
			bad("indicator %q: points %s have more than two decimal places", ind.Code, ind.Points)
		default:
			h, ok := scHundredths(ind.Points)
			if !ok || h > scMaxTotal-total {
				tooMany = true
				continue
			}
			points[i] = h
			total += h
		}
	}
	if tooMany {
		bad("the points add up to more than %s", scFormatPoints(scMaxTotal))
	}
	for _, g := range groups {
		if used, ok := groupUsed[g.Code]; ok && !used && scValidCode(g.Code) {
			bad("group %q has no indicators", g.Code)
			groupUsed[g.Code] = true // report once even if the code is repeated
		}
	}
	if len(errs) > 0 {
		return Scorecard{}, errors.Join(errs...)
	}
	return Scorecard{
		groups:     append([]Group(nil), groups...),
		indicators: append([]Indicator(nil), indicators...),
		index:      index,
		points:     points,
		total:      total,
		grading:    grading,
	}, nil
}

// MustScorecard is [NewScorecard] for tests and package-level defaults: it
// panics, naming the call, when NewScorecard fails.
func MustScorecard(groups []Group, indicators []Indicator, grading Grading) Scorecard {
	s, err := NewScorecard(groups, indicators, grading)
	if err != nil {
		panic("audit.MustScorecard: " + err.Error())
	}
	return s
}

// The first-level group codes of [GBT27922].
const (
	GroupServiceSystem   = "service_system"   // 售后服务体系, 40 points
	GroupGoodsService    = "goods_service"    // 商品服务, 35 points
	GroupCustomerService = "customer_service" // 顾客服务, 25 points
)

// GBT27922 returns the GB/T 27922-2011 scorecard [27922] with
// [DefaultGrading]: three first-level groups worth 100 points and 15 scored
// second-level indicators.
//
//	service_system   售后服务体系 40: organization 组织架构 4, staffing 人员配置 6,
//	                 resources 资源配置 6, specifications 规范要求 6,
//	                 supervision 监督 7, improvement 改进 5, service_culture 服务文化 6
//	goods_service    商品服务 35: product_information 商品信息 5,
//	                 technical_support 技术支持 6, delivery_installation 配送安装 6,
//	                 repair 维修 6, quality_assurance 质量保证 6, recycling 废弃商品回收 6
//	customer_service 顾客服务 25: customer_relations 顾客关系 12,
//	                 complaint_handling 投诉处理 13
//
// PLACEHOLDER: the split of goods service (35) and customer service (25) among
// their indicators was not found in public sources; 5/6/6/6/6/6 and 12/13
// are a stated placeholder, marked [Indicator.Placeholder]. A CB with the real
// split builds its own card with [NewScorecard].
func GBT27922() Scorecard { return gbt27922 }

// GBT27922Name is the stable name of the [GBT27922] scorecard, by which
// [ScorecardByName] and JSON ("gbt27922") refer to it.
const GBT27922Name = "gbt27922"

// ScorecardByName returns the built-in scorecard with the given name:
// "gbt27922" ([GBT27922], with [DefaultGrading]). Any other name is an error
// matching [ErrUnknownScorecard].
func ScorecardByName(name string) (Scorecard, error) {
	switch name {
	case GBT27922Name:
		return gbt27922, nil
	default:
		return Scorecard{}, fmt.Errorf("%w %q: the built-in scorecard is %q", ErrUnknownScorecard, name, GBT27922Name)
	}
}

var gbt27922 = MustScorecard(
	[]Group{
		{Code: GroupServiceSystem, Chinese: "售后服务体系", English: "After-sales service system"},
		{Code: GroupGoodsService, Chinese: "商品服务", English: "Goods service"},
		{Code: GroupCustomerService, Chinese: "顾客服务", English: "Customer service"},
	},
	[]Indicator{
		scIndicatorOf("organization", GroupServiceSystem, 4, "组织架构", "Organisational structure", false),
		scIndicatorOf("staffing", GroupServiceSystem, 6, "人员配置", "Staffing", false),
		scIndicatorOf("resources", GroupServiceSystem, 6, "资源配置", "Resources", false),
		scIndicatorOf("specifications", GroupServiceSystem, 6, "规范要求", "Service specifications", false),
		scIndicatorOf("supervision", GroupServiceSystem, 7, "监督", "Supervision", false),
		scIndicatorOf("improvement", GroupServiceSystem, 5, "改进", "Improvement", false),
		scIndicatorOf("service_culture", GroupServiceSystem, 6, "服务文化", "Service culture", false),
		scIndicatorOf("product_information", GroupGoodsService, 5, "商品信息", "Product information", true),
		scIndicatorOf("technical_support", GroupGoodsService, 6, "技术支持", "Technical support", true),
		scIndicatorOf("delivery_installation", GroupGoodsService, 6, "配送安装", "Delivery and installation", true),
		scIndicatorOf("repair", GroupGoodsService, 6, "维修", "Repair", true),
		scIndicatorOf("quality_assurance", GroupGoodsService, 6, "质量保证", "Quality assurance", true),
		scIndicatorOf("recycling", GroupGoodsService, 6, "废弃商品回收", "Recycling of discarded goods", true),
		scIndicatorOf("customer_relations", GroupCustomerService, 12, "顾客关系", "Customer relations", true),
		scIndicatorOf("complaint_handling", GroupCustomerService, 13, "投诉处理", "Complaint handling", true),
	},
	DefaultGrading(),
)

func scIndicatorOf(code, group string, points int64, zh, en string, placeholder bool) Indicator {
	return Indicator{Code: code, Group: group, Points: decimal.NewFromInt(points), Chinese: zh, English: en, Placeholder: placeholder}
}

// Groups returns a copy of the scorecard's first-level groups, in order.
func (s Scorecard) Groups() []Group { return append([]Group(nil), s.groups...) }

// Indicators returns a copy of the scorecard's scored indicators, in order.
func (s Scorecard) Indicators() []Indicator { return append([]Indicator(nil), s.indicators...) }

// Indicator returns the indicator with the given code, and false when there
// is none.
func (s Scorecard) Indicator(code string) (Indicator, bool) {
	i, ok := s.index[code]
	if !ok {
		return Indicator{}, false
	}
	return s.indicators[i], true
}

// Group returns the group with the given code, and false when there is none.
func (s Scorecard) Group(code string) (Group, bool) {
	for _, g := range s.groups {
		if g.Code == code {
			return g, true
		}
	}
	return Group{}, false
}

// GroupPoints returns the points of a group (the sum of its indicators'
// points), and false when there is no such group.
func (s Scorecard) GroupPoints(code string) (decimal.Decimal, bool) {
	if _, ok := s.Group(code); !ok {
		return decimal.Decimal{}, false
	}
	sum := decimal.Zero
	for _, ind := range s.indicators {
		if ind.Group == code {
			sum = sum.Add(ind.Points)
		}
	}
	return sum, true
}

// Total returns the sum of all indicators' points (100 for [GBT27922]).
func (s Scorecard) Total() decimal.Decimal { return scPoints(s.total) }

// Equal reports whether s and other hold the same groups and indicators in
// the same order (points compared as numbers) and the same grading.
func (s Scorecard) Equal(other Scorecard) bool {
	if len(s.groups) != len(other.groups) || len(s.indicators) != len(other.indicators) ||
		!s.grading.Equal(other.grading) {
		return false
	}
	for i := range s.groups {
		if s.groups[i] != other.groups[i] {
			return false
		}
	}
	for i := range s.indicators {
		if !s.indicators[i].Equal(other.indicators[i]) {
			return false
		}
	}
	return true
}

// Grading returns the grading the scorecard applies to its scores.
func (s Scorecard) Grading() Grading { return s.grading }

// WithGrading returns a copy of s that grades with g. An invalid (zero)
// grading, or a zero s, is an error matching [ErrInvalidScorecard]; s is
// unchanged either way.
func (s Scorecard) WithGrading(g Grading) (Scorecard, error) {
	if len(s.indicators) == 0 {
		return Scorecard{}, fmt.Errorf("%w: the zero scorecard has no indicators", ErrInvalidScorecard)
	}
	if !g.IsValid() {
		return Scorecard{}, fmt.Errorf("%w: grading has no thresholds (use DefaultGrading or NewGrading)", ErrInvalidScorecard)
	}
	s.grading = g
	return s, nil
}

type scGroupWire struct {
	Code    string `json:"code"`
	Chinese string `json:"chinese"`
	English string `json:"english"`
}

type scIndicatorWire struct {
	Code        string  `json:"code"`
	Group       string  `json:"group"`
	Points      *string `json:"points"`
	Chinese     string  `json:"chinese"`
	English     string  `json:"english"`
	Placeholder bool    `json:"placeholder"`
}

type scWire struct {
	Groups     []scGroupWire     `json:"groups"`
	Indicators []scIndicatorWire `json:"indicators"`
	Grading    *gradingWire      `json:"grading"`
}

// MarshalJSON writes the whole scorecard:
//
//	{"groups":[{"code":"service_system","chinese":"售后服务体系","english":"After-sales service system"},…],
//	 "indicators":[{"code":"organization","group":"service_system","points":"4.00",
//	   "chinese":"组织架构","english":"Organisational structure","placeholder":false},…],
//	 "grading":{"compliant":"70.00",…}}
//
// in order, points as decimal strings with two places, the grading as
// [Grading.MarshalJSON] writes it. A built-in card is written in full too,
// never by its name. The zero Scorecard is an error matching
// [ErrInvalidScorecard].
func (s Scorecard) MarshalJSON() ([]byte, error) {
	if len(s.indicators) == 0 || !s.grading.IsValid() {
		return nil, fmt.Errorf("%w: the zero scorecard has no indicators; build one with NewScorecard", ErrInvalidScorecard)
	}
	w := scWire{
		Groups:     make([]scGroupWire, len(s.groups)),
		Indicators: make([]scIndicatorWire, len(s.indicators)),
		Grading:    s.grading.wire(),
	}
	for i, g := range s.groups {
		w.Groups[i] = scGroupWire(g)
	}
	for i, ind := range s.indicators {
		points := ind.Points.StringFixed(2)
		w.Indicators[i] = scIndicatorWire{Code: ind.Code, Group: ind.Group, Points: &points,
			Chinese: ind.Chinese, English: ind.English, Placeholder: ind.Placeholder}
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads what MarshalJSON writes, strictly, and builds the card
// with [NewScorecard] (and its grading with [NewGrading]), so that JSON never
// yields a scorecard they refuse. A JSON string alone, such as "gbt27922",
// names a built-in card ([ScorecardByName]; an unknown name matches
// [ErrUnknownScorecard]).
//
// Groups, indicators and grading are required; each indicator's points are
// a JSON string holding a plain decimal with at most two places ("6",
// "6.5"; no exponent, sign or spaces); "placeholder" and the grading's
// "stars_after_one_year" may be left out (false). Unknown fields, repeated
// keys, wrong types and trailing data are errors. Every error matches
// [ErrInvalidScorecard] and names the field, such as
// "indicators[3].points" or "grading: ... three_star"; errors in the
// grading also match [ErrInvalidGrading]. On error *s is unchanged.
func (s *Scorecard) UnmarshalJSON(data []byte) error {
	var name *string // nil for JSON null, which is not a name
	if err := jsonx.Decode(data, &name); err == nil && name != nil {
		built, err := ScorecardByName(*name)
		if err != nil {
			return err
		}
		*s = built
		return nil
	}
	var w scWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidScorecard, err)
	}
	var errs []error
	groups := make([]Group, len(w.Groups))
	for i, g := range w.Groups {
		groups[i] = Group(g)
	}
	indicators := make([]Indicator, len(w.Indicators))
	for i, ind := range w.Indicators {
		indicators[i] = Indicator{Code: ind.Code, Group: ind.Group, Chinese: ind.Chinese, English: ind.English,
			Placeholder: ind.Placeholder}
		at := "indicators[" + strconv.Itoa(i) + "].points"
		if ind.Points == nil {
			errs = append(errs, fmt.Errorf("%w: %s is missing", ErrInvalidScorecard, at))
			continue
		}
		p, err := scParsePoints(*ind.Points)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: %s: %w", ErrInvalidScorecard, at, err))
			continue
		}
		indicators[i].Points = p
	}
	var grading Grading
	if w.Grading == nil {
		errs = append(errs, fmt.Errorf("%w: grading is missing", ErrInvalidScorecard))
	} else if g, err := w.Grading.grading(); err != nil {
		errs = append(errs, fmt.Errorf("%w: grading: %w", ErrInvalidScorecard, err))
	} else {
		grading = g
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	built, err := NewScorecard(groups, indicators, grading)
	if err != nil {
		return err
	}
	*s = built
	return nil
}

// scValidCode reports whether code is snake_case: a lowercase letter, then
// lowercase letters, digits and underscores.
func scValidCode(code string) bool {
	return code != "" && code[0] >= 'a' && code[0] <= 'z' && scSnakeChars(code)
}

// scSnakeChars reports whether s is made only of lowercase letters, digits
// and underscores (true for "").
func scSnakeChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

// scMaxExponent bounds the decimal exponent of points, bounds and scores
// (the same bound shopspring applies when parsing), so that a decimal built
// with an absurd exponent (decimal.New(1, 1e7)) is rejected quickly instead
// of being expanded into millions of digits.
const scMaxExponent = 10000

// scInRange reports whether d's exponent is within ±scMaxExponent.
func scInRange(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -scMaxExponent && e <= scMaxExponent
}

// scShow prints d for a message: plainly when its exponent is small, as
// coefficient "e" exponent otherwise (never expanding it).
func scShow(d decimal.Decimal) string {
	if e := d.Exponent(); e < -30 || e > 30 {
		return fmt.Sprintf("%se%d", d.Coefficient(), e)
	}
	return d.String()
}

// scTwoPlaces reports whether d has at most two decimal places.
func scTwoPlaces(d decimal.Decimal) bool {
	return d.Exponent() >= -2 || d.Equal(d.Truncate(2))
}
