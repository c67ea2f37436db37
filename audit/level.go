package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/enum"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// Level is the grade an audit score earns under GB/T 27922 [27922]: from
// NotRated (below 达标, not certifiable) up to FiveStar. Levels are ordered:
// a larger value is a better grade. The zero Level is unknown and invalid.
type Level uint8

// The levels, worst first.
const (
	NotRated  Level = iota + 1 // 未达标: below the 达标 threshold, not certifiable
	Compliant                  // 达标
	ThreeStar                  // 三星
	FourStar                   // 四星
	FiveStar                   // 五星
)

var levelLabels = enum.New[Level]("audit", "level",
	enum.Label{Code: "not_rated", Chinese: "未达标", English: "Not rated"},
	enum.Label{Code: "compliant", Chinese: "达标", English: "Compliant"},
	enum.Label{Code: "three_star", Chinese: "三星", English: "Three stars"},
	enum.Label{Code: "four_star", Chinese: "四星", English: "Four stars"},
	enum.Label{Code: "five_star", Chinese: "五星", English: "Five stars"},
).Wrapping(ErrUnknownCode)

// Levels returns every level, worst first.
func Levels() []Level { return levelLabels.Values() }

// ParseLevel returns the level whose code is code ("not_rated", "compliant",
// "three_star", "four_star", "five_star"). An unknown code is an error
// ("audit: unknown level ...") naming it.
func ParseLevel(code string) (Level, error) { return levelLabels.Parse(code) }

// String returns the level's code, such as "three_star", or "level(N)" for an
// unknown value.
func (l Level) String() string { return levelLabels.String(l) }

// Chinese returns the level's Chinese name, such as "三星".
func (l Level) Chinese() string { return levelLabels.Label(l).Chinese }

// English returns the level's English name, such as "Three stars".
func (l Level) English() string { return levelLabels.Label(l).English }

// IsValid reports whether l is one of the named levels.
func (l Level) IsValid() bool { return levelLabels.Valid(l) }

// MarshalText returns the level's code; an unknown level is an error.
func (l Level) MarshalText() ([]byte, error) { return levelLabels.Marshal(l) }

// UnmarshalText parses a level code; on error l is unchanged.
func (l *Level) UnmarshalText(text []byte) error { return levelLabels.Unmarshal(l, text) }

// Certifiable reports whether the level allows certification: Compliant (达标)
// or better.
func (l Level) Certifiable() bool { return l.IsValid() && l >= Compliant }

// Stars returns the number of stars of the level: 3, 4 or 5 for the star
// levels, 0 otherwise.
func (l Level) Stars() int {
	switch l {
	case ThreeStar:
		return 3
	case FourStar:
		return 4
	case FiveStar:
		return 5
	default:
		return 0
	}
}

// AtLeast reports whether l is a valid level at least as good as other. An
// unknown level is never at least anything.
func (l Level) AtLeast(other Level) bool {
	return l.IsValid() && other.IsValid() && l >= other
}

// ErrInvalidGrading is matched by errors about grading thresholds and by
// [Grading.Grade] errors about its dates.
var ErrInvalidGrading = errors.New("audit: invalid grading")

// Grading turns a score into a [Level]: it holds the inclusive lower bound of
// each certifiable level (data, not code: a CB with other thresholds builds
// its own with [NewGrading]) and the option "stars only after a year at 达标"
// [27922]. The zero Grading is invalid; use [DefaultGrading] or
// [NewGrading]. A Grading is immutable and safe for concurrent use.
type Grading struct {
	bounds            [4]decimal.Decimal // Compliant, ThreeStar, FourStar, FiveStar
	hundredths        [4]int64           // the bounds in hundredths
	starsAfterOneYear bool
}

// DefaultGrading returns the GB/T 27922 grades [27922]: 达标 from 70, 三星
// from 80, 四星 from 90, 五星 from 95 (each bound included), with stars
// awarded at once (the one-year option off).
func DefaultGrading() Grading {
	g, err := NewGrading(decimal.NewFromInt(70), decimal.NewFromInt(80), decimal.NewFromInt(90), decimal.NewFromInt(95))
	if err != nil {
		panic("audit.DefaultGrading: " + err.Error())
	}
	return g
}

// NewGrading returns a grading with the given inclusive lower bounds for
// Compliant (达标), ThreeStar, FourStar and FiveStar; a score below compliant
// is NotRated. The one-year option is off; turn it on with
// [Grading.WithStarsAfterOneYear].
//
// Errors (all reported, joined, each matching [ErrInvalidGrading]): a bound
// not above 0 or above 100, a bound with more than two decimal places (scores
// have two), bounds not strictly ascending.
func NewGrading(compliant, threeStar, fourStar, fiveStar decimal.Decimal) (Grading, error) {
	bounds := [4]decimal.Decimal{compliant, threeStar, fourStar, fiveStar}
	names := [4]Level{Compliant, ThreeStar, FourStar, FiveStar}
	var errs []error
	for i, b := range bounds {
		if !scInRange(b) {
			errs = append(errs, fmt.Errorf("%w: %s bound %s is out of range", ErrInvalidGrading, names[i], scShow(b)))
			continue
		}
		if !b.IsPositive() || b.GreaterThan(scHundred) {
			errs = append(errs, fmt.Errorf("%w: %s bound %s must be above 0 and at most 100", ErrInvalidGrading, names[i], b))
		}
		if !scTwoPlaces(b) {
			errs = append(errs, fmt.Errorf("%w: %s bound %s has more than two decimal places", ErrInvalidGrading, names[i], b))
		}
		if i > 0 && scInRange(bounds[i-1]) && !b.GreaterThan(bounds[i-1]) {
			errs = append(errs, fmt.Errorf("%w: %s bound %s must be above the %s bound %s", ErrInvalidGrading, names[i], b, names[i-1], bounds[i-1]))
		}
	}
	if len(errs) > 0 {
		return Grading{}, errors.Join(errs...)
	}
	g := Grading{bounds: bounds}
	for i, b := range bounds {
		g.hundredths[i], _ = scHundredths(b) // two places, at most 100: exact
	}
	return g, nil
}

// WithStarsAfterOneYear returns a copy of g with the option "stars only after
// a year at 达标" set to on. With the option on, [Grading.Grade] caps a star
// score at Compliant until the holder has held 达标 for a full year.
func (g Grading) WithStarsAfterOneYear(on bool) Grading {
	g.starsAfterOneYear = on
	return g
}

// StarsAfterOneYear reports whether the option "stars only after a year at
// 达标" is on.
func (g Grading) StarsAfterOneYear() bool { return g.starsAfterOneYear }

// IsValid reports whether g was built by [NewGrading] or [DefaultGrading]
// (the zero Grading is not valid).
func (g Grading) IsValid() bool { return g.bounds[0].IsPositive() }

// Threshold returns the inclusive lower bound of level l, and false for
// NotRated (which has no lower bound) or an unknown level.
func (g Grading) Threshold(l Level) (decimal.Decimal, bool) {
	switch l {
	case Compliant, ThreeStar, FourStar, FiveStar:
		return g.bounds[l-Compliant], true
	default:
		return decimal.Decimal{}, false
	}
}

// Equal reports whether g and other have the same bounds and option.
func (g Grading) Equal(other Grading) bool {
	for i := range g.bounds {
		if !g.bounds[i].Equal(other.bounds[i]) {
			return false
		}
	}
	return g.starsAfterOneYear == other.starsAfterOneYear
}

// Level returns the level the score reaches: the best level whose lower bound
// is at most score, NotRated below the 达标 bound. It ignores the one-year
// option (see [Grading.Grade]). The zero Grading rates every score NotRated.
func (g Grading) Level(score decimal.Decimal) Level {
	if !g.IsValid() {
		return NotRated
	}
	if e := score.Exponent(); e > scMaxExponent {
		// At least 10^10000 in size: above every bound when positive.
		if score.IsPositive() {
			return FiveStar
		}
		return NotRated
	} else if e < -scMaxExponent && score.NumDigits()+int(e) < -2 {
		// Smaller than 0.01 in size: below every bound (bounds are positive).
		return NotRated
	}
	if h, ok := scHundredths(score); ok {
		return g.level(h)
	}
	level := NotRated
	for i, b := range g.bounds {
		if score.GreaterThanOrEqual(b) {
			level = Compliant + Level(i)
		}
	}
	return level
}

// level is [Grading.Level] for a score in hundredths; g must be valid.
func (g Grading) level(score int64) Level {
	level := NotRated
	for i, b := range g.hundredths {
		if score >= b {
			level = Compliant + Level(i)
		}
	}
	return level
}

// Grade returns the level a holder may be granted for score on the date on.
// compliantSince is the date from which the holder has held 达标 (or better)
// without a break; pass the zero time when it has not held it (a first
// certification). With the one-year option off, Grade is [Grading.Level].
// With it on, a star level is capped at Compliant unless on is at least one
// year (calendar.AddYears, clamped: Feb 29 + 1 year = Feb 28) after
// compliantSince.
//
// Errors (matching [ErrInvalidGrading]): a zero on; a compliantSince after
// on; an invalid (zero) Grading.
func (g Grading) Grade(score decimal.Decimal, compliantSince, on time.Time) (Level, error) {
	if !g.IsValid() {
		return 0, fmt.Errorf("%w: the zero grading has no thresholds", ErrInvalidGrading)
	}
	if on.IsZero() {
		return 0, fmt.Errorf("%w: grading date is zero", ErrInvalidGrading)
	}
	if !compliantSince.IsZero() && calendar.After(compliantSince, on) {
		return 0, fmt.Errorf("%w: compliant since %s is after the grading date %s",
			ErrInvalidGrading, calendar.Format(compliantSince), calendar.Format(on))
	}
	level := g.Level(score)
	if !g.starsAfterOneYear || level.Stars() == 0 {
		return level, nil
	}
	if compliantSince.IsZero() || calendar.Before(on, calendar.AddYears(compliantSince, 1)) {
		return Compliant, nil
	}
	return level, nil
}

// gradingWire is the JSON form of a Grading: the bounds as decimal strings
// with two places, keyed by the level's code. Missing bounds are nil.
type gradingWire struct {
	Compliant         *string `json:"compliant"`
	ThreeStar         *string `json:"three_star"`
	FourStar          *string `json:"four_star"`
	FiveStar          *string `json:"five_star"`
	StarsAfterOneYear bool    `json:"stars_after_one_year"`
}

// wire returns g's JSON form; g must be valid.
func (g Grading) wire() *gradingWire {
	bound := func(i int) *string {
		s := g.bounds[i].StringFixed(2)
		return &s
	}
	return &gradingWire{
		Compliant: bound(0), ThreeStar: bound(1), FourStar: bound(2), FiveStar: bound(3),
		StarsAfterOneYear: g.starsAfterOneYear,
	}
}

// grading parses and validates w with [NewGrading]; every error matches
// [ErrInvalidGrading] and names the field.
func (w *gradingWire) grading() (Grading, error) {
	var bounds [4]decimal.Decimal
	var errs []error
	for i, f := range []*string{w.Compliant, w.ThreeStar, w.FourStar, w.FiveStar} {
		name := Compliant + Level(i) // the field's name is the level's code
		if f == nil {
			errs = append(errs, fmt.Errorf("%w: %s is missing", ErrInvalidGrading, name))
			continue
		}
		d, err := scParsePoints(*f)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: %s: %w", ErrInvalidGrading, name, err))
			continue
		}
		bounds[i] = d
	}
	if len(errs) > 0 {
		return Grading{}, errors.Join(errs...)
	}
	g, err := NewGrading(bounds[0], bounds[1], bounds[2], bounds[3])
	if err != nil {
		return Grading{}, err
	}
	return g.WithStarsAfterOneYear(w.StarsAfterOneYear), nil
}

// MarshalJSON writes g as {"compliant":"70.00","three_star":"80.00",
// "four_star":"90.00","five_star":"95.00","stars_after_one_year":false}:
// each inclusive lower bound as a decimal string with two places, keyed by
// its level's code, and the one-year option. The zero Grading is an error
// matching [ErrInvalidGrading].
func (g Grading) MarshalJSON() ([]byte, error) {
	if !g.IsValid() {
		return nil, fmt.Errorf("%w: the zero grading has no thresholds", ErrInvalidGrading)
	}
	return json.Marshal(g.wire())
}

// UnmarshalJSON reads what MarshalJSON writes, strictly, and builds the
// grading with [NewGrading] and [Grading.WithStarsAfterOneYear], so that JSON
// never yields a grading they refuse. The four bounds are required, each a
// JSON string holding a plain decimal with at most two places ("70",
// "92.5"; no exponent, no plus sign, no spaces); stars_after_one_year may be
// left out (off, as by default). Unknown fields, repeated keys, wrong types
// and trailing data are errors. Every error matches [ErrInvalidGrading] and
// names the field. On error *g is unchanged.
func (g *Grading) UnmarshalJSON(data []byte) error {
	var w gradingWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidGrading, err)
	}
	out, err := w.grading()
	if err != nil {
		return err
	}
	*g = out
	return nil
}
