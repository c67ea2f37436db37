package audit

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// Errors of audit time. Each error returned by [TimeTable.Effort] and
// [TimeTable.MultiSiteEffort] matches one of them (or [ErrInvalidTimeTable]
// for the zero TimeTable) and names the bad input.
var (
	// ErrInvalidPersonnel: effective personnel of zero or less, or part-time
	// figures that give no personnel [MD5].
	ErrInvalidPersonnel = errors.New("audit: invalid effective personnel")
	// ErrBeyondTable: more personnel than the table's last band; a caller
	// can build a longer table with NewTimeTable.
	ErrBeyondTable = errors.New("audit: personnel beyond the time table")
	// ErrReductionCap: adjustments that reduce the time by more than the
	// table allows (IAF MD 5: 30 %).
	ErrReductionCap = errors.New("audit: total reduction above the cap")
	// ErrInvalidAdjustment: an adjustment without a reason, a percent at or
	// below −100, above +100 or with more than two decimal places, or a
	// total increase above +100 %.
	ErrInvalidAdjustment = errors.New("audit: invalid adjustment")
	// ErrInvalidSites: a site count below 1 (the head office counts).
	ErrInvalidSites = errors.New("audit: invalid number of sites")
)

// MaxIncrease is the largest total increase, in percent, that adjustments
// may make: the table time at most doubled. IAF MD 5 sets no upper bound;
// where more is needed the table does not fit the client, and a caller can
// supply one that does.
const MaxIncrease = 100

// Adjustment changes the table time by a percentage for a stated reason
// [MD5]. Adjustments add up; the total may reduce the
// time by at most the table's MaxReduction (IAF MD 5: 30 %) and increase it
// by at most [MaxIncrease] %.
type Adjustment struct {
	// Reason is why the time changes, such as "single repetitive process";
	// it is written into Effort's Basis. Empty or blank is an error.
	Reason string
	// Percent is the change in percent of the table time: −10 means 10 %
	// less, 5 means 5 % more, 0 changes nothing. It must be above −100 and
	// at most +100, with at most two decimal places.
	Percent decimal.Decimal
}

// Validate checks one adjustment on its own: a reason that is not blank and
// is valid UTF-8, and a percent above −100 and at most +100 with at most two
// decimal places. Errors match [ErrInvalidAdjustment]. The limits on the
// total of several adjustments (the table's MaxReduction, [MaxIncrease]) are
// checked by [TimeTable.Effort], which knows the table.
func (a Adjustment) Validate() error {
	if strings.TrimSpace(a.Reason) == "" {
		return fmt.Errorf("%w: reason: empty (percent %s %%); every adjustment must say why",
			ErrInvalidAdjustment, scShow(a.Percent))
	}
	if !utf8.ValidString(a.Reason) {
		return fmt.Errorf("%w: reason: %q is not valid UTF-8", ErrInvalidAdjustment, a.Reason)
	}
	// The exponent first, so that comparing never expands an absurd one.
	if !scInRange(a.Percent) || a.Percent.LessThanOrEqual(ttMinusHundred) || a.Percent.GreaterThan(ttPlusHundred) {
		return fmt.Errorf("%w: percent: %s %% (%q) must be above −100 and at most +100",
			ErrInvalidAdjustment, scShow(a.Percent), a.Reason)
	}
	if !a.Percent.Shift(2).IsInteger() {
		return fmt.Errorf("%w: percent: %s %% (%q) has more than two decimal places",
			ErrInvalidAdjustment, scShow(a.Percent), a.Reason)
	}
	return nil
}

// Equal reports whether a and o have the same reason and the same percent
// (compared by value: −10 equals −10.00).
func (a Adjustment) Equal(o Adjustment) bool {
	return a.Reason == o.Reason && a.Percent.Equal(o.Percent)
}

// Effort is the audit time for one client [committee], [MD5]. Every
// figure is in person-days of 8 hours and a multiple of a half day. The zero
// Effort is valid ([Effort.Validate]) and holds no time.
type Effort struct {
	// Initial is the initial certification audit, Stage1 + Stage2 exactly.
	Initial decimal.Decimal
	// Stage1 is the planning and document review part of Initial.
	Stage1 decimal.Decimal
	// Stage2 is the on-site part of Initial.
	Stage2 decimal.Decimal
	// Surveillance is each yearly surveillance audit.
	Surveillance decimal.Decimal
	// Recertification is the recertification audit.
	Recertification decimal.Decimal
	// Basis is the justification a CB gives the client, one line per step:
	// the band and table, shares used, each adjustment with its reason, each
	// rounding that changed a value, caps and multi-site additions.
	Basis []string
}

// Equal reports whether e and o hold the same figures and Basis lines.
func (e Effort) Equal(o Effort) bool {
	if !e.Initial.Equal(o.Initial) || !e.Stage1.Equal(o.Stage1) || !e.Stage2.Equal(o.Stage2) ||
		!e.Surveillance.Equal(o.Surveillance) || !e.Recertification.Equal(o.Recertification) {
		return false
	}
	return slices.Equal(e.Basis, o.Basis)
}

// Effort returns the audit time for an organisation with the given effective
// personnel (see [EffectivePersonnel]), after the adjustments, by the rules
// of the package documentation: the band's figures or the table's shares
// ("Audit time"), the split between the stages ("Stage 1 and stage 2") and
// one rounding per figure that never cuts past the reduction cap
// ("Rounding"). Basis says where each figure came from.
//
// Errors: [ErrInvalidTimeTable] for the zero TimeTable; [ErrInvalidPersonnel]
// for personnel below 1; [ErrBeyondTable] above the last band;
// [ErrInvalidAdjustment] for an adjustment without a reason, a percent at or
// below −100, above +100 or with more than two decimal places, or a total
// increase above [MaxIncrease] %; [ErrReductionCap] for a total reduction
// above the table's MaxReduction (exactly the cap is allowed).
func (t TimeTable) Effort(personnel int, adj ...Adjustment) (Effort, error) {
	return t.effort(personnel, 1, adj)
}

// MultiSiteEffort is [TimeTable.Effort] for an organisation with sites
// sites, the head office included. Of the n = sites − 1 other sites, the
// audits sample [SampleSize](n, kind) [MD1]; each sampled site adds the
// table's PerSampledSite (after-sales: 0.5 person-day per fixed service
// outlet) to stage 2 and the initial time (Stage2 sample), to the
// surveillance time (Surveillance sample) and to the recertification time
// (Recertification sample), after rounding. With one site it equals Effort.
//
// Errors: those of Effort, and [ErrInvalidSites] for sites below 1.
func (t TimeTable) MultiSiteEffort(personnel, sites int, adj ...Adjustment) (Effort, error) {
	if sites < 1 {
		return Effort{}, fmt.Errorf("%w: %d sites: there is at least the head office", ErrInvalidSites, sites)
	}
	return t.effort(personnel, sites, adj)
}

// ttExact is an exact figure in half days: num/den.
type ttExact struct{ num, den int64 }

// rounded returns the nearest whole number of half days, a half (an exact
// quarter day) up. num and den are never negative.
func (x ttExact) rounded() int64 { return (2*x.num + x.den) / (2 * x.den) }

func (x ttExact) exact() bool { return x.num%x.den == 0 }

const ttPercentUnit = 10000 // adjustments are held in hundredths of a percent

func (t TimeTable) effort(personnel, sites int, adj []Adjustment) (Effort, error) {
	if err := t.Validate(); err != nil {
		return Effort{}, err
	}
	if personnel < 1 {
		return Effort{}, fmt.Errorf("%w: %d personnel: it must be at least 1", ErrInvalidPersonnel, personnel)
	}
	var b *ttBand
	for i := range t.bands {
		if personnel <= t.bands[i].to {
			b = &t.bands[i]
			break
		}
	}
	if b == nil {
		return Effort{}, fmt.Errorf("%w: %d personnel is beyond the %s table, which ends at %d; a caller can supply a longer table",
			ErrBeyondTable, personnel, t.name, t.MaxPersonnel())
	}
	total, err := t.sumAdjustments(adj)
	if err != nil {
		return Effort{}, err
	}

	basis := make([]string, 1, 8+len(adj))
	basis[0] = b.line
	factor := ttPercentUnit + total // the adjusted time is factor/10000 of the table time

	// The table figures before adjustment (kept for the reduction cap): the
	// band's own figure, or the table's share of the initial time where the
	// band leaves it out. Basis says which.
	fromBand := func(own int64, ownLine string, share Share, shareLine string) ttExact {
		if own != 0 {
			if ownLine != "" {
				basis = append(basis, ownLine)
			}
			return ttExact{own, 1}
		}
		basis = append(basis, shareLine)
		return ttExact{b.initial * share.Num, share.Den}
	}
	initialBase := ttExact{b.initial, 1}
	stage1Base := fromBand(b.docReview, b.stageOneLine, t.stageOne, t.stageOneLine)
	survBase := fromBand(b.surveillance, "", t.surveillance, t.surveillanceLine)
	recertBase := fromBand(b.recert, "", t.recert, t.recertLine)
	// adjusted is a table figure after the adjustments, still exact.
	adjusted := func(base ttExact) ttExact { return ttExact{base.num * factor, base.den * ttPercentUnit} }
	for _, a := range adj {
		basis = append(basis, ttPercentLabel(a.Percent)+": "+strings.TrimSpace(a.Reason))
	}
	if len(adj) > 1 {
		basis = append(basis, "total adjustment "+ttHundredthsLabel(total))
	}

	// floor is the least a figure may come to after a reduction: the table
	// figure (base, before adjustments) less the table's MaxReduction, in
	// whole half days rounded up, so that rounding never takes a reduction
	// past the cap [MD5].
	floor := func(base ttExact) int64 {
		if total >= 0 {
			return 0
		}
		num := base.num * (t.maxReduction.Den - t.maxReduction.Num)
		den := base.den * t.maxReduction.Den
		return (num + den - 1) / den
	}
	round := func(what string, x ttExact, least int64) int64 {
		h := x.rounded()
		if !x.exact() {
			var buf [64]byte
			line := append(buf[:0], "rounded "...)
			line = append(line, what...)
			line = append(line, ' ')
			line = ttAppendExact(line, x)
			line = append(line, " → "...)
			line = ttAppendHalves(line, h)
			basis = append(basis, string(line))
		}
		if h < least {
			h = least
			basis = append(basis, what+": at least "+ttPersonDays(least))
		}
		return h
	}
	// atCap raises a rounded figure that would cut more than the table's
	// MaxReduction back to the least it may be.
	atCap := func(what string, h int64, base ttExact) int64 {
		if f := floor(base); h < f {
			basis = append(basis, what+": "+ttFormatHalves(h)+" would cut more than "+t.maxReduction.label()+
				" of the table time; raised to "+ttPersonDays(f))
			return f
		}
		return h
	}
	ih := atCap("initial", round("initial", adjusted(initialBase), 2), initialBase)
	s1h := round("stage 1", adjusted(stage1Base), 1)
	sh := atCap("surveillance", round("surveillance", adjusted(survBase), 1), survBase)
	rh := atCap("recertification", round("recertification", adjusted(recertBase), 1), recertBase)

	// Stage 2 is the rest of the initial time, at least a half day.
	if s1h > ih-1 {
		s1h = ih - 1
		basis = append(basis, "stage 1: capped at "+ttPersonDays(s1h)+" so that stage 2 keeps at least a half day")
	}
	s2h := ih - s1h

	if n := sites - 1; n > 0 {
		k2, ks, kr := SampleSize(n, Stage2), SampleSize(n, Surveillance), SampleSize(n, Recertification)
		basis = append(basis, strconv.Itoa(sites)+" sites: "+strconv.Itoa(n)+" besides the head office; sampled "+
			strconv.Itoa(k2)+" (initial, ⌈√n⌉), "+strconv.Itoa(ks)+" (surveillance, ⌈0.6√n⌉), "+
			strconv.Itoa(kr)+" (recertification, ⌈0.8√n⌉) (IAF MD 1)")
		if t.perSite > 0 {
			per := ttFormatHalves(t.perSite)
			add := func(what string, k int) int64 {
				h := t.perSite * int64(k)
				sampled := " sampled sites × "
				if k == 1 {
					sampled = " sampled site × "
				}
				basis = append(basis, what+": +"+ttPersonDays(h)+" for "+strconv.Itoa(k)+sampled+per)
				return h
			}
			a2 := add("stage 2", k2)
			ih += a2
			s2h += a2
			sh += add("surveillance", ks)
			rh += add("recertification", kr)
		}
	}
	return Effort{
		Initial: ttHalfDays(ih), Stage1: ttHalfDays(s1h), Stage2: ttHalfDays(s2h),
		Surveillance: ttHalfDays(sh), Recertification: ttHalfDays(rh), Basis: basis,
	}, nil
}

var (
	ttMinusHundred = decimal.NewFromInt(-100)
	ttPlusHundred  = decimal.NewFromInt(100)
)

// sumAdjustments checks each adjustment and returns their total in
// hundredths of a percent.
func (t TimeTable) sumAdjustments(adj []Adjustment) (int64, error) {
	var total int64
	for i, a := range adj {
		if err := a.Validate(); err != nil {
			return 0, fmt.Errorf("adjustment %d: %w", i+1, err)
		}
		total += a.Percent.Shift(2).IntPart()
	}
	if total > MaxIncrease*100 {
		return 0, fmt.Errorf("%w: total increase %s is above +%d %%; supply a table that fits the client",
			ErrInvalidAdjustment, ttHundredthsLabel(total), MaxIncrease)
	}
	// −total/10000 > Num/Den; the zero Share (0/0) allows no reduction.
	if -total*max(t.maxReduction.Den, 1) > t.maxReduction.Num*ttPercentUnit {
		return 0, fmt.Errorf("%w: total reduction %s is more than the %s allowed by the %s table (IAF MD 5)",
			ErrReductionCap, ttHundredthsLabel(total), t.maxReduction.label(), t.name)
	}
	return total, nil
}

// ttPercentLabel writes a percent with its sign: "−10 %", "+5 %", "0 %".
func ttPercentLabel(p decimal.Decimal) string {
	switch p.Sign() {
	case -1:
		return "−" + p.Neg().String() + " %"
	case 1:
		return "+" + p.String() + " %"
	default:
		return "0 %"
	}
}

// ttHundredthsLabel writes hundredths of a percent with its sign: −1500 → "−15 %".
func ttHundredthsLabel(h int64) string { return ttPercentLabel(decimal.New(h, -2)) }

// ttHalfDayCache holds the decimals for 0 to 200 days in half days, built
// once, so that Effort allocates no decimal for common figures. Decimals are
// immutable; sharing them is safe.
var ttHalfDayCache = func() [401]decimal.Decimal {
	var c [401]decimal.Decimal
	for i := range c {
		c[i] = decimal.New(int64(i)*5, -1)
	}
	return c
}()

// ttHalfDays returns h half days as a decimal number of days.
func ttHalfDays(h int64) decimal.Decimal {
	if h >= 0 && h < int64(len(ttHalfDayCache)) {
		return ttHalfDayCache[h]
	}
	return decimal.New(h*5, -1)
}

// ttPersonDays writes h half days with the unit: 17 → "8.5 person-days",
// 2 → "1 person-day".
func ttPersonDays(h int64) string {
	if h == 2 {
		return "1 person-day"
	}
	return ttFormatHalves(h) + " person-days"
}

// ttFormatHalves writes h half days as days: 17 → "8.5", 32 → "16".
func ttFormatHalves(h int64) string {
	var buf [24]byte
	return string(ttAppendHalves(buf[:0], h))
}

// ttAppendHalves appends h half days as days: 17 → "8.5", 32 → "16".
func ttAppendHalves(b []byte, h int64) []byte {
	b = strconv.AppendInt(b, h/2, 10)
	if h%2 != 0 {
		b = append(b, ".5"...)
	}
	return b
}

// ttAppendExact appends the exact figure x (in half days) in days, with up
// to four decimal places, or three and "…" when it does not end there:
// 8.55, 2.333….
func ttAppendExact(b []byte, x ttExact) []byte {
	num, den := x.num, 2*x.den
	b = strconv.AppendInt(b, num/den, 10)
	rem := num % den
	if rem == 0 {
		return b
	}
	b = append(b, '.')
	for i := 0; i < 4; i++ {
		rem *= 10
		if i == 3 && rem%den != 0 {
			return append(b, "…"...)
		}
		b = append(b, byte('0'+rem/den))
		rem %= den
		if rem == 0 {
			return b
		}
	}
	return b
}

type effortWire struct {
	Initial         string   `json:"initial"`
	Stage1          string   `json:"stage1"`
	Stage2          string   `json:"stage2"`
	Surveillance    string   `json:"surveillance"`
	Recertification string   `json:"recertification"`
	Basis           []string `json:"basis"`
}

// ttDaysText writes d with one decimal place ("8.5", "16.0"), or exactly
// when one place would lose digits (an Effort that [TimeTable.Effort] did
// not build).
func ttDaysText(d decimal.Decimal) string {
	if d.Shift(1).IsInteger() {
		return d.StringFixed(1)
	}
	return d.String()
}

// ErrInvalidEffort is matched by the errors of [Effort.Validate],
// [Effort.MarshalJSON] and [Effort.UnmarshalJSON].
var ErrInvalidEffort = errors.New("audit: effort: invalid")

// ttMaxEffortDays bounds every figure of an Effort: the JSON form has at
// most 9 integer digits.
var ttMaxEffortDays = decimal.New(1, 9)

// Validate reports what is wrong with e, every problem joined, each matching
// [ErrInvalidEffort] and naming the figure: a figure that is negative, not a
// multiple of a half day or of 10^9 days or more, and Stage1 + Stage2 ≠
// Initial. Every Effort that [TimeTable.Effort] returns is valid, and so is
// the zero Effort.
func (e Effort) Validate() error {
	var errs []error
	ok := true
	for _, f := range []struct {
		what string
		d    decimal.Decimal
	}{{"initial", e.Initial}, {"stage1", e.Stage1}, {"stage2", e.Stage2},
		{"surveillance", e.Surveillance}, {"recertification", e.Recertification}} {
		// The exponent first, so that no absurd one is expanded.
		if !scInRange(f.d) || f.d.IsNegative() || !f.d.LessThan(ttMaxEffortDays) || !f.d.Mul(ttTwo).IsInteger() {
			errs = append(errs, fmt.Errorf("%w: %s %s must be a multiple of a half day from 0 to below 10^9",
				ErrInvalidEffort, f.what, scShow(f.d)))
			ok = false
		}
	}
	if ok && !e.Stage1.Add(e.Stage2).Equal(e.Initial) {
		errs = append(errs, fmt.Errorf("%w: stage1 %s + stage2 %s must equal initial %s",
			ErrInvalidEffort, e.Stage1, e.Stage2, e.Initial))
	}
	return errors.Join(errs...)
}

// MarshalJSON writes e as {"initial":"8.5","stage1":"1.5","stage2":"7.0",
// "surveillance":"3.0","recertification":"5.0","basis":[…]}: figures as
// strings with one decimal place, Basis as a list (never null). An Effort
// that fails [Effort.Validate] is an error, so what is written can be read
// back.
func (e Effort) MarshalJSON() ([]byte, error) {
	if err := e.Validate(); err != nil {
		return nil, err
	}
	basis := e.Basis
	if basis == nil {
		basis = []string{}
	}
	return json.Marshal(effortWire{
		Initial: ttDaysText(e.Initial), Stage1: ttDaysText(e.Stage1), Stage2: ttDaysText(e.Stage2),
		Surveillance: ttDaysText(e.Surveillance), Recertification: ttDaysText(e.Recertification), Basis: basis,
	})
}

// UnmarshalJSON reads what MarshalJSON writes, strictly: every field
// present, figures as non-negative decimal strings in half days, Stage1 +
// Stage2 = Initial ([Effort.Validate]); unknown fields, repeated keys and
// trailing data are errors. Errors match [ErrInvalidEffort]. On error *e is
// unchanged.
func (e *Effort) UnmarshalJSON(data []byte) error {
	var w struct {
		Initial         *string  `json:"initial"`
		Stage1          *string  `json:"stage1"`
		Stage2          *string  `json:"stage2"`
		Surveillance    *string  `json:"surveillance"`
		Recertification *string  `json:"recertification"`
		Basis           []string `json:"basis"`
	}
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidEffort, err)
	}
	var errs []error
	parse := func(what string, s *string) decimal.Decimal {
		if s == nil {
			errs = append(errs, fmt.Errorf("%w: %s is missing", ErrInvalidEffort, what))
			return decimal.Decimal{}
		}
		d, err := ttParseDays(*s)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: %s: %w", ErrInvalidEffort, what, err))
		}
		return d
	}
	out := Effort{
		Initial: parse("initial", w.Initial), Stage1: parse("stage1", w.Stage1), Stage2: parse("stage2", w.Stage2),
		Surveillance: parse("surveillance", w.Surveillance), Recertification: parse("recertification", w.Recertification),
		Basis: w.Basis,
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := out.Validate(); err != nil {
		return err
	}
	*e = out
	return nil
}
