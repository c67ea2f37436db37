package audit

import (
	"encoding/json"
	"errors"
	"slices"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/aftersales/certification/internal/text"
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
// with the [Grading] that turns a score into a [Level] (package
// documentation, "Scoring and grades"). It is immutable and safe for
// concurrent use; its accessors return copies. The zero Scorecard has no
// indicators and cannot score; a scheme without a grade has none.
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
// percentage of the applicable points [27922].
//
// Errors (all reported, each a [FieldError] matching [ErrInvalidScorecard]
// and named by its JSON path, such as "indicators[3].points"): no groups or
// no indicators; a code that is not snake_case (a–z, 0–9, "_", starting
// with a letter) or repeated (codes are unique across groups and
// indicators); a Chinese or English name that is blank or not valid UTF-8;
// an indicator whose group is not listed; a group without indicators;
// points not positive or with more than two decimal places; a total above
// 1 000 000 points; an invalid (zero) grading.
func NewScorecard(groups []Group, indicators []Indicator, grading Grading) (Scorecard, error) {
	b := cardBuilder{
		codes:     make(map[string]bool, len(groups)+len(indicators)),
		groupUsed: make(map[string]bool, len(groups)),
		card: Scorecard{
			groups:     slices.Clone(groups),
			indicators: slices.Clone(indicators),
			index:      make(map[string]int, len(indicators)),
			points:     make([]int64, len(indicators)),
			grading:    grading,
		},
	}
	b.checkShape()
	b.checkGroups()
	b.checkIndicators()
	b.checkGroupsUsed()
	if err := b.problems.Err(); err != nil {
		return Scorecard{}, err
	}
	return b.card, nil
}

// cardBuilder checks a scorecard being built, step by step.
type cardBuilder struct {
	card      Scorecard
	problems  errs.List
	codes     map[string]bool // codes of groups and indicators seen so far
	groupUsed map[string]bool // group code → whether an indicator names it
}

// checkShape: groups, indicators and a grading are required.
func (b *cardBuilder) checkShape() {
	if len(b.card.groups) == 0 {
		b.problems.New(ErrInvalidScorecard, "groups", "is empty: a scorecard needs a group")
	}
	if len(b.card.indicators) == 0 {
		b.problems.New(ErrInvalidScorecard, "indicators", "is empty: a scorecard needs an indicator")
	}
	if !b.card.grading.IsValid() {
		b.problems.New(ErrInvalidScorecard, "grading", "has no thresholds (use DefaultGrading or NewGrading)")
	}
}

// checkEntry checks the code and names of the group or indicator at path.
func (b *cardBuilder) checkEntry(path, code, chinese, english string) {
	switch {
	case !validCode(code):
		b.problems.New(ErrInvalidScorecard, errs.Path(path, "code"), "%s must be snake_case", errs.Quote(code))
	case b.codes[code]:
		b.problems.New(ErrInvalidScorecard, errs.Path(path, "code"), "%s is repeated", errs.Quote(code))
	}
	b.codes[code] = true
	b.problems.Wrap(ErrInvalidScorecard, errs.Path(path, "chinese"), text.Required(chinese))
	b.problems.Wrap(ErrInvalidScorecard, errs.Path(path, "english"), text.Required(english))
}

// checkGroups checks each group's code and names.
func (b *cardBuilder) checkGroups() {
	for i, g := range b.card.groups {
		b.checkEntry(errs.Index("groups", i), g.Code, g.Chinese, g.English)
		b.groupUsed[g.Code] = false
	}
}

// checkIndicators checks each indicator's code, names, group and points,
// and counts the points.
func (b *cardBuilder) checkIndicators() {
	for i, ind := range b.card.indicators {
		path := errs.Index("indicators", i)
		b.checkEntry(path, ind.Code, ind.Chinese, ind.English)
		b.card.index[ind.Code] = i
		if _, ok := b.groupUsed[ind.Group]; ok {
			b.groupUsed[ind.Group] = true
		} else {
			b.problems.New(ErrInvalidScorecard, errs.Path(path, "group"), "%s is not a listed group", errs.Quote(ind.Group))
		}
		h, ok := hundredths(ind.Points)
		switch {
		case !ok:
			b.problems.Wrap(ErrInvalidScorecard, errs.Path(path, "points"), pointsSpec.Check(ind.Points))
		case h <= 0:
			b.problems.New(ErrInvalidScorecard, errs.Path(path, "points"), "%s must be positive", ind.Points)
		default:
			b.card.points[i] = h
			b.card.total += h
		}
	}
	if b.card.total > maxTotal {
		b.problems.New(ErrInvalidScorecard, "indicators", "the points add up to more than %s", formatPoints(maxTotal))
	}
}

// checkGroupsUsed reports every listed group that no indicator names.
func (b *cardBuilder) checkGroupsUsed() {
	for i, g := range b.card.groups {
		if used, ok := b.groupUsed[g.Code]; ok && !used && validCode(g.Code) {
			b.problems.New(ErrInvalidScorecard, errs.Index("groups", i), "group %s has no indicators", errs.Quote(g.Code))
			b.groupUsed[g.Code] = true // report once even if the code is repeated
		}
	}
}

// MustNewScorecard is [NewScorecard] for tests and package-level defaults:
// it panics, naming the call, when NewScorecard fails.
func MustNewScorecard(groups []Group, indicators []Indicator, grading Grading) Scorecard {
	s, err := NewScorecard(groups, indicators, grading)
	if err != nil {
		panic("audit.MustNewScorecard: " + err.Error())
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
// second-level indicators, whose figures the package documentation
// ("Scoring and grades") lists, the split of the 35 and the 25 a marked
// placeholder ([Indicator.Placeholder]).
func GBT27922() Scorecard { return gbt27922 }

// GBT27922Name is the stable name of the [GBT27922] scorecard, by which
// [ScorecardByName] and JSON ("gbt27922") refer to it.
const GBT27922Name = "gbt27922"

// ScorecardByName returns the built-in scorecard with the given name:
// "gbt27922" ([GBT27922], with [DefaultGrading]). Any other name is an error
// matching [ErrUnknownScorecard].
func ScorecardByName(name string) (Scorecard, error) {
	if name != GBT27922Name {
		return Scorecard{}, errs.New(ErrUnknownScorecard, "", "%s: the built-in scorecard is %q", errs.Quote(name), GBT27922Name)
	}
	return gbt27922, nil
}

var gbt27922 = MustNewScorecard(
	[]Group{
		{Code: GroupServiceSystem, Chinese: "售后服务体系", English: "After-sales service system"},
		{Code: GroupGoodsService, Chinese: "商品服务", English: "Goods service"},
		{Code: GroupCustomerService, Chinese: "顾客服务", English: "Customer service"},
	},
	[]Indicator{
		gbtIndicator("organization", GroupServiceSystem, 4, "组织架构", "Organisational structure", false),
		gbtIndicator("staffing", GroupServiceSystem, 6, "人员配置", "Staffing", false),
		gbtIndicator("resources", GroupServiceSystem, 6, "资源配置", "Resources", false),
		gbtIndicator("specifications", GroupServiceSystem, 6, "规范要求", "Service specifications", false),
		gbtIndicator("supervision", GroupServiceSystem, 7, "监督", "Supervision", false),
		gbtIndicator("improvement", GroupServiceSystem, 5, "改进", "Improvement", false),
		gbtIndicator("service_culture", GroupServiceSystem, 6, "服务文化", "Service culture", false),
		gbtIndicator("product_information", GroupGoodsService, 5, "商品信息", "Product information", true),
		gbtIndicator("technical_support", GroupGoodsService, 6, "技术支持", "Technical support", true),
		gbtIndicator("delivery_installation", GroupGoodsService, 6, "配送安装", "Delivery and installation", true),
		gbtIndicator("repair", GroupGoodsService, 6, "维修", "Repair", true),
		gbtIndicator("quality_assurance", GroupGoodsService, 6, "质量保证", "Quality assurance", true),
		gbtIndicator("recycling", GroupGoodsService, 6, "废弃商品回收", "Recycling of discarded goods", true),
		gbtIndicator("customer_relations", GroupCustomerService, 12, "顾客关系", "Customer relations", true),
		gbtIndicator("complaint_handling", GroupCustomerService, 13, "投诉处理", "Complaint handling", true),
	},
	DefaultGrading(),
)

// gbtIndicator is one indicator of the GB/T 27922 card.
func gbtIndicator(code, group string, points int64, zh, en string, placeholder bool) Indicator {
	return Indicator{Code: code, Group: group, Points: decimal.NewFromInt(points), Chinese: zh, English: en, Placeholder: placeholder}
}

// Groups returns a copy of the scorecard's first-level groups, in order.
func (s Scorecard) Groups() []Group { return slices.Clone(s.groups) }

// Indicators returns a copy of the scorecard's scored indicators, in order.
func (s Scorecard) Indicators() []Indicator { return slices.Clone(s.indicators) }

// Indicator returns the indicator with the given code, and false when there
// is none.
func (s Scorecard) Indicator(code string) (Indicator, bool) {
	i, ok := s.index[code]
	if !ok {
		return Indicator{}, false
	}
	return s.indicators[i], true
}

// GroupPoints returns the points of a group (the sum of its indicators'
// points), and false when there is no such group.
func (s Scorecard) GroupPoints(code string) (decimal.Decimal, bool) {
	if !slices.ContainsFunc(s.groups, func(g Group) bool { return g.Code == code }) {
		return decimal.Decimal{}, false
	}
	var sum int64
	for i, ind := range s.indicators {
		if ind.Group == code {
			sum += s.points[i]
		}
	}
	return pointsOf(sum), true
}

// Total returns the sum of all indicators' points (100 for [GBT27922]).
func (s Scorecard) Total() decimal.Decimal { return pointsOf(s.total) }

// IsZero reports whether s is the zero Scorecard, which has no indicators.
func (s Scorecard) IsZero() bool { return len(s.indicators) == 0 }

// Equal reports whether s and other hold the same groups and indicators in
// the same order (points compared as numbers) and the same grading.
func (s Scorecard) Equal(other Scorecard) bool {
	return slices.Equal(s.groups, other.groups) &&
		slices.EqualFunc(s.indicators, other.indicators, Indicator.Equal) &&
		s.grading.Equal(other.grading)
}

// Grading returns the grading the scorecard applies to its scores.
func (s Scorecard) Grading() Grading { return s.grading }

// WithGrading returns a copy of s that grades with g. An invalid (zero)
// grading, or a zero s, is an error matching [ErrInvalidScorecard]; s is
// unchanged either way.
func (s Scorecard) WithGrading(g Grading) (Scorecard, error) {
	switch {
	case s.IsZero():
		return Scorecard{}, errs.New(ErrInvalidScorecard, "", "the zero scorecard has no indicators")
	case !g.IsValid():
		return Scorecard{}, errs.New(ErrInvalidScorecard, "grading", "has no thresholds (use DefaultGrading or NewGrading)")
	}
	s.grading = g
	return s, nil
}

// validCode reports whether code is snake_case, as the codes of groups,
// indicators and special deduction items are: a lowercase letter, then
// lowercase letters, digits and underscores.
func validCode(code string) bool {
	if code == "" || code[0] < 'a' || code[0] > 'z' {
		return false
	}
	for i := 1; i < len(code); i++ {
		if c := code[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

type groupWire struct {
	Code    string `json:"code"`
	Chinese string `json:"chinese"`
	English string `json:"english"`
}

type indicatorWire struct {
	Code        string       `json:"code"`
	Group       string       `json:"group"`
	Points      *dec.Literal `json:"points"`
	Chinese     string       `json:"chinese"`
	English     string       `json:"english"`
	Placeholder bool         `json:"placeholder"`
}

type scorecardWire struct {
	Groups     []groupWire     `json:"groups"`
	Indicators []indicatorWire `json:"indicators"`
	Grading    *gradingWire    `json:"grading"`
}

// MarshalJSON writes the whole scorecard, in order, as the package
// documentation ("JSON") shows; a built-in card is written in full too,
// never by its name. The zero Scorecard is an error matching
// [ErrInvalidScorecard].
func (s Scorecard) MarshalJSON() ([]byte, error) {
	if s.IsZero() {
		return nil, errs.New(ErrInvalidScorecard, "", "the zero scorecard has no indicators; build one with NewScorecard")
	}
	w := scorecardWire{
		Groups:     make([]groupWire, len(s.groups)),
		Indicators: make([]indicatorWire, len(s.indicators)),
		Grading:    s.grading.wire(),
	}
	for i, g := range s.groups {
		w.Groups[i] = groupWire(g)
	}
	for i, ind := range s.indicators {
		w.Indicators[i] = indicatorWire{Code: ind.Code, Group: ind.Group, Points: pointsText(ind.Points),
			Chinese: ind.Chinese, English: ind.English, Placeholder: ind.Placeholder}
	}
	return json.Marshal(w)
}

// scorecardDecoder is the jsonx.Decoder of a scorecard, made once.
var scorecardDecoder = jsonx.NewDecoder(ErrInvalidScorecard, (*scorecardWire).scorecard)

// UnmarshalJSON reads what MarshalJSON writes, strictly, and builds the card
// with [NewScorecard]; a JSON string alone, such as "gbt27922", names a
// built-in card ([ScorecardByName]) (package documentation, "JSON"). On
// error *s is unchanged.
func (s *Scorecard) UnmarshalJSON(data []byte) error {
	if named, err := byName(data, ScorecardByName, s); named {
		return err
	}
	return scorecardDecoder.Unmarshal(data, s)
}

// scorecard builds the Scorecard w describes with [NewScorecard].
func (w scorecardWire) scorecard() (Scorecard, error) {
	var problems errs.List
	groups := make([]Group, len(w.Groups))
	for i, g := range w.Groups {
		groups[i] = Group(g)
	}
	indicators := make([]Indicator, len(w.Indicators))
	for i, ind := range w.Indicators {
		p := pointsSpec.Read(ind.Points, ErrInvalidScorecard, errs.Path(errs.Index("indicators", i), "points"), &problems)
		indicators[i] = Indicator{Code: ind.Code, Group: ind.Group, Points: p, Chinese: ind.Chinese,
			English: ind.English, Placeholder: ind.Placeholder}
	}
	var grading Grading
	if w.Grading == nil {
		problems.Missing(ErrInvalidScorecard, "grading")
	} else if g, err := w.Grading.grading(); err != nil {
		problems.Wrap(ErrInvalidScorecard, "grading", err)
	} else {
		grading = g
	}
	if err := problems.Err(); err != nil {
		return Scorecard{}, err
	}
	return NewScorecard(groups, indicators, grading)
}
