package audit

import (
	"encoding/json"
	"errors"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// Certifiable reports whether l allows certification: Compliant (达标) or
// better [27922].
func (l Level) Certifiable() bool { return l.IsValid() && l >= Compliant }

// ErrInvalidGrading is matched by errors about grading thresholds and by
// [Grading.Grade] errors about its dates.
var ErrInvalidGrading = errors.New("audit: invalid grading")

// Grading turns a score into a [Level] by thresholds held as data, with the
// option "stars only after a year at 达标" [27922] (package documentation,
// "Scoring and grades"). The zero Grading is invalid; use [DefaultGrading]
// or [NewGrading]. A Grading is immutable and safe for concurrent use.
type Grading struct {
	bounds            [4]int64 // of Compliant, ThreeStar, FourStar, FiveStar, in hundredths
	starsAfterOneYear bool
}

// graded are the levels that have a lower bound, in the order of
// Grading.bounds; each one's code names its field in JSON and in errors.
var graded = [4]Level{Compliant, ThreeStar, FourStar, FiveStar}

// DefaultGrading returns the GB/T 27922 grades [27922]: 达标 from 70, 三星
// from 80, 四星 from 90, 五星 from 95, with the one-year option off.
func DefaultGrading() Grading { return defaultGrading }

var defaultGrading = mustNewGrading(decimal.NewFromInt(70), decimal.NewFromInt(80),
	decimal.NewFromInt(90), decimal.NewFromInt(95))

func mustNewGrading(compliant, threeStar, fourStar, fiveStar decimal.Decimal) Grading {
	g, err := NewGrading(compliant, threeStar, fourStar, fiveStar)
	if err != nil {
		panic("audit.NewGrading: " + err.Error())
	}
	return g
}

// NewGrading returns a grading with the given inclusive lower bounds for
// Compliant (达标), ThreeStar, FourStar and FiveStar; a score below compliant
// is NotRated. The one-year option is off; turn it on with
// [Grading.WithStarsAfterOneYear].
//
// Errors (all reported, each a [FieldError] matching [ErrInvalidGrading],
// named by the level's code): a bound not above 0 or above 100, with more
// than two decimal places, or not above the bound before it.
func NewGrading(compliant, threeStar, fourStar, fiveStar decimal.Decimal) (Grading, error) {
	bounds := [4]decimal.Decimal{compliant, threeStar, fourStar, fiveStar}
	var g Grading
	var problems errs.List
	for i, b := range bounds {
		field := graded[i].String()
		h, ok := hundredths(b)
		switch {
		case !ok:
			problems.Wrap(ErrInvalidGrading, field, pointsSpec.Check(b))
		case h <= 0 || h > 100_00:
			problems.New(ErrInvalidGrading, field, "bound %s must be above 0 and at most 100", b)
		case i > 0 && g.bounds[i-1] > 0 && h <= g.bounds[i-1]:
			problems.New(ErrInvalidGrading, field, "bound %s must be above the %s bound %s", b, graded[i-1], bounds[i-1])
		}
		if ok && h > 0 {
			g.bounds[i] = h
		}
	}
	if err := problems.Err(); err != nil {
		return Grading{}, err
	}
	return g, nil
}

// WithStarsAfterOneYear returns a copy of g with the option "stars only after
// a year at 达标" set to on (see [Grading.Grade]).
func (g Grading) WithStarsAfterOneYear(on bool) Grading {
	g.starsAfterOneYear = on
	return g
}

// StarsAfterOneYear reports whether the option "stars only after a year at
// 达标" is on.
func (g Grading) StarsAfterOneYear() bool { return g.starsAfterOneYear }

// IsValid reports whether g was built by [NewGrading] or [DefaultGrading]
// (the zero Grading is not valid).
func (g Grading) IsValid() bool { return g.bounds[0] > 0 }

// Threshold returns the inclusive lower bound of level l, and false for
// NotRated (which has no lower bound) or an unknown level.
func (g Grading) Threshold(l Level) (decimal.Decimal, bool) {
	if l < Compliant || l > FiveStar {
		return decimal.Decimal{}, false
	}
	return pointsOf(g.bounds[l-Compliant]), true
}

// Equal reports whether g and other have the same bounds and option.
func (g Grading) Equal(other Grading) bool {
	return g.bounds == other.bounds && g.starsAfterOneYear == other.starsAfterOneYear
}

// Level returns the level score reaches: the best level whose lower bound is
// at most score, NotRated below the 达标 bound. It ignores the one-year
// option (see [Grading.Grade]). The zero Grading rates every score NotRated.
// A score of any size or precision is graded without being expanded.
func (g Grading) Level(score decimal.Decimal) Level {
	if !g.IsValid() || score.Sign() <= 0 {
		return NotRated
	}
	if h, ok := hundredths(score); ok {
		return g.level(h)
	}
	// Not a points figure: too large, or more than two places.
	whole := int64(score.NumDigits()) + int64(score.Exponent()) // score < 10^whole
	switch {
	case whole > int64(pointsSpec.Int): // at least 10^7: above every bound
		return FiveStar
	case whole < -1: // below 0.01: below every bound
		return NotRated
	}
	// Bounds have two places: the score reaches the levels its first two
	// places reach. The exponent is at least −whole − NumDigits here, so
	// truncating costs no more than the coefficient's own length.
	h, _ := hundredths(score.Truncate(2))
	return g.level(h)
}

// level is [Grading.Level] for a score in hundredths; g must be valid.
func (g Grading) level(score int64) Level {
	level := NotRated
	for i, b := range g.bounds {
		if score >= b {
			level = graded[i]
		}
	}
	return level
}

// Grade returns the level a holder may be granted for score on the date on
// (package documentation, "Scoring and grades"). compliantSince is the date
// from which the holder has held 达标 (or better) without a break; the zero
// time when it has not held it (a first certification). With the one-year
// option off, Grade is [Grading.Level].
//
// Errors (matching [ErrInvalidGrading]): the zero Grading; a zero on; a
// date outside the years 1–9999; a compliantSince after on.
func (g Grading) Grade(score decimal.Decimal, compliantSince, on time.Time) (Level, error) {
	if err := g.checkGradeDates(compliantSince, on); err != nil {
		return 0, err
	}
	level := g.Level(score)
	if !g.starsAfterOneYear || level < ThreeStar {
		return level, nil
	}
	if compliantSince.IsZero() || calendar.Before(on, calendar.AddYears(compliantSince, 1)) {
		return Compliant, nil
	}
	return level, nil
}

// checkGradeDates reports what stands in the way of grading on on.
func (g Grading) checkGradeDates(compliantSince, on time.Time) error {
	var problems errs.List
	if !g.IsValid() {
		problems.New(ErrInvalidGrading, "", "the zero grading has no thresholds")
	}
	if err := calendar.Check(on); err != nil {
		problems.New(ErrInvalidGrading, "", "grading date %v", err)
	}
	if compliantSince.IsZero() {
		return problems.Err()
	}
	if err := calendar.Check(compliantSince); err != nil {
		problems.New(ErrInvalidGrading, "", "compliant since %v", err)
	} else if !on.IsZero() && calendar.After(compliantSince, on) {
		problems.New(ErrInvalidGrading, "", "compliant since %s is after the grading date %s",
			calendar.Format(compliantSince), calendar.Format(on))
	}
	return problems.Err()
}

// gradingWire is the JSON form of a Grading: the bounds keyed by their
// level's code. Missing bounds are nil.
type gradingWire struct {
	Compliant         *dec.Literal `json:"compliant"`
	ThreeStar         *dec.Literal `json:"three_star"`
	FourStar          *dec.Literal `json:"four_star"`
	FiveStar          *dec.Literal `json:"five_star"`
	StarsAfterOneYear bool         `json:"stars_after_one_year"`
}

// wire returns g's JSON form; g must be valid.
func (g Grading) wire() *gradingWire {
	return &gradingWire{
		Compliant: pointsText(pointsOf(g.bounds[0])), ThreeStar: pointsText(pointsOf(g.bounds[1])),
		FourStar: pointsText(pointsOf(g.bounds[2])), FiveStar: pointsText(pointsOf(g.bounds[3])),
		StarsAfterOneYear: g.starsAfterOneYear,
	}
}

// grading builds the Grading w describes with [NewGrading]; every error
// matches [ErrInvalidGrading] and names the field.
func (w *gradingWire) grading() (Grading, error) {
	var bounds [4]decimal.Decimal
	var problems errs.List
	for i, l := range [4]*dec.Literal{w.Compliant, w.ThreeStar, w.FourStar, w.FiveStar} {
		bounds[i] = pointsSpec.Read(l, ErrInvalidGrading, graded[i].String(), &problems)
	}
	if err := problems.Err(); err != nil {
		return Grading{}, err
	}
	g, err := NewGrading(bounds[0], bounds[1], bounds[2], bounds[3])
	if err != nil {
		return Grading{}, err
	}
	return g.WithStarsAfterOneYear(w.StarsAfterOneYear), nil
}

// MarshalJSON writes g as the package documentation ("JSON") shows. The
// zero Grading is an error matching [ErrInvalidGrading].
func (g Grading) MarshalJSON() ([]byte, error) {
	if !g.IsValid() {
		return nil, errs.New(ErrInvalidGrading, "", "the zero grading has no thresholds")
	}
	return json.Marshal(g.wire())
}

// gradingDecoder is the jsonx.Decoder of a grading, made once.
var gradingDecoder = jsonx.NewDecoder(ErrInvalidGrading, (*gradingWire).grading)

// UnmarshalJSON reads what MarshalJSON writes, strictly, and builds the
// grading with [NewGrading] (package documentation, "JSON"). On error *g is
// unchanged.
func (g *Grading) UnmarshalJSON(data []byte) error {
	return gradingDecoder.Unmarshal(data, g)
}
