package audit

import (
	"errors"
	"math/big"
	"slices"
	"strconv"
	"strings"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
	"github.com/shopspring/decimal"
)

// ErrInvalidIntegration is the kind of the problems of an integrated audit
// that are not those of one standard's time: fewer than two standards or
// more than twenty, a table of no management-system standard, the same
// standard twice, and an integration reduction out of range or without a
// reason [MD11].
var ErrInvalidIntegration = errors.New("audit: invalid integrated audit")

const (
	maxIntegration         = 20 // the largest reduction for integration, in percent [MD11]
	maxIntegratedStandards = 20 // the most standards of one integrated audit
)

// maxIntegrationPercent is maxIntegration as a decimal.
var maxIntegrationPercent = decimal.NewFromInt(maxIntegration)

// Integration is the reduction of an integrated audit's time for the level
// of integration of the client's management system [MD11]; see the package
// documentation, "Integrated audit time". The zero Integration reduces
// nothing.
type Integration struct {
	// Reduction is the percent by which the summed time is reduced: from 0
	// to 20, two places at most.
	Reduction decimal.Decimal
	// Reason is why, as the CB records it; required when Reduction is
	// above 0.
	Reason string
}

// Validate reports every problem of g, each matching [ErrInvalidIntegration]
// and naming its field: a reduction below 0, above 20 or with more than two
// decimal places ("reduction"); a reason that is not valid UTF-8, or blank
// when there is a reduction ("reason").
func (g Integration) Validate() error {
	var problems errs.List
	r := g.Reduction
	switch {
	case r.Sign() < 0 || (r.Sign() > 0 && (compareGuard.Check(r) != nil || r.GreaterThan(maxIntegrationPercent))):
		problems.New(ErrInvalidIntegration, "reduction", "%s %% must be from 0 to %d", dec.Show(r), maxIntegration)
	case adjustmentSpec.Check(r) != nil:
		problems.New(ErrInvalidIntegration, "reduction", "%s %% has more than two decimal places", dec.Show(r))
	}
	check := text.Optional
	if r.Sign() > 0 {
		check = text.Required
	}
	if err := check(g.Reason); err != nil {
		problems.New(ErrInvalidIntegration, "reason", "%s %v; a reduction for integration must say why", errs.Quote(g.Reason), err)
	}
	return problems.Err()
}

// Equal reports whether g and o have the same reduction (by value) and
// reason.
func (g Integration) Equal(o Integration) bool {
	return g.Reduction.Equal(o.Reduction) && g.Reason == o.Reason
}

// StandardAudit is one standard of an integrated audit [MD11]: its time
// table, such as [QMSTimeTable] or [EMSTimeTable](MediumComplexity), and the
// adjustments for that standard.
type StandardAudit struct {
	Table       TimeTable
	Adjustments []Adjustment
}

// Equal reports whether s and o have equal tables and adjustments.
func (s StandardAudit) Equal(o StandardAudit) bool {
	return s.Table.Equal(o.Table) && slices.EqualFunc(s.Adjustments, o.Adjustments, Adjustment.Equal)
}

// IntegratedEffort returns the audit time of one integrated audit of
// several management-system standards at an organisation with the given
// effective personnel and sites, by the rules of the package documentation
// ("Integrated audit time"): each standard's time on its own with its
// adjustments, summed, reduced for integration and rounded once. Basis shows
// each standard's figures, the sum and the reduction.
//
// Errors, every problem reported: those of [TimeTable.MultiSiteEffort] for
// the personnel, the sites and each standard (under "standards[i]", such as
// "standards[1].table" for personnel beyond its table or
// "standards[1].adjustments[0].reason"); [ErrInvalidTimeTable] for a zero
// table; [ErrInvalidIntegration] for fewer than two standards or more than
// twenty ("standards"), a table of no management-system standard or the
// same standard twice ("standards[i].table"), and what
// [Integration.Validate] refuses ("integration.reduction",
// "integration.reason").
func IntegratedEffort(personnel, sites int, standards []StandardAudit, integration Integration) (Effort, error) {
	var problems errs.List
	checkIntegration(personnel, sites, standards, integration, &problems)
	if problems.Len() > 0 {
		return Effort{}, problems.Err()
	}
	b := basis{lines: make([]string, 0, 12+4*len(standards))}
	b.add("integrated audit of " + strconv.Itoa(len(standards)) +
		" standards (IAF MD 11): each standard's time on its own, summed, reduced for integration, rounded once")
	var sum, floor [figureCount]big.Rat
	for i, s := range standards {
		adjusted, table, err := s.figures(personnel, errs.Index("standards", i), &b)
		if err != nil {
			problems.Add(err)
			continue
		}
		for f := range figureCount {
			sum[f].Add(&sum[f], adjusted[f].rat())
			floor[f].Add(&floor[f], table[f].less(s.Table.maxReduction).rat())
		}
	}
	if problems.Len() > 0 {
		return Effort{}, problems.Err()
	}
	b.add("sum: " + figuresText(&sum))
	b.integration(integration)
	e := b.reduceAndRound(&sum, &floor, hundredthsOf(integration.Reduction))
	k := b.sample(sites)
	for _, s := range standards {
		b.prefix = s.Table.name + ": "
		b.siteTime(&e, s.Table.perSite, k)
	}
	return e.effort(b.lines), nil
}

// reduceAndRound reduces the summed figures by reduction (hundredths of a
// percent) and rounds each once, no lower than floor (the tables' figures
// less their caps) less the most the integration may take, and splits the
// stages.
func (b *basis) reduceAndRound(sum, floor *[figureCount]big.Rat, reduction int64) effortHalves {
	reduced := big.NewRat(percentUnit-reduction, percentUnit)
	leastShare := big.NewRat(100-maxIntegration, 100)
	var h [figureCount]int64
	for f := range figureCount {
		h[f] = b.roundRat(f, sum[f].Mul(&sum[f], reduced))
		if f != stageOneFigure {
			least := ceilHalves(floor[f].Mul(&floor[f], leastShare))
			h[f] = b.withinCap(f, h[f], least, "the tables' caps and then "+strconv.Itoa(maxIntegration)+" % for integration")
		}
	}
	return b.splitStages(h)
}

// checkIntegration reports the problems of an integrated audit's input that
// need no computation.
func checkIntegration(personnel, sites int, standards []StandardAudit, g Integration, problems *errs.List) {
	problems.Add(checkPersonnel(personnel))
	problems.Add(checkSites(sites))
	problems.Wrap(ErrInvalidIntegration, "integration", g.Validate())
	if n := len(standards); n < 2 || n > maxIntegratedStandards {
		problems.New(ErrInvalidIntegration, "standards", "%d: an integrated audit combines 2 to %d standards",
			n, maxIntegratedStandards)
		return
	}
	for i, s := range standards {
		field := errs.Path(errs.Index("standards", i), "table")
		first := slices.IndexFunc(standards[:i], func(o StandardAudit) bool { return o.Table.standard == s.Table.standard })
		switch {
		case s.Table.IsZero():
			problems.Wrap(ErrInvalidTimeTable, field, s.Table.Validate())
		case s.Table.standard == "":
			problems.New(ErrInvalidIntegration, field,
				"the %s table states no management-system standard; IAF MD 11 integrates management systems only", s.Table.name)
		case first >= 0:
			problems.New(ErrInvalidIntegration, field, "%s is a second %s table (standards[%d] is %s); each standard counts once",
				s.Table.name, s.Table.standard, first, standards[first].Table.name)
		}
	}
}

// figures returns the standard's figures after its adjustments and before
// them (the table's), exactly, and writes its Basis lines, each starting
// with the table's name. Errors name the field under at.
func (s StandardAudit) figures(personnel int, at string, b *basis) (adjusted, table [figureCount]exactHalves, err error) {
	t := s.Table
	r, err := t.rowFor(personnel, errs.Path(at, "table"))
	if err != nil {
		return adjusted, table, err
	}
	total, err := t.adjustmentTotal(s.Adjustments, at)
	if err != nil {
		return adjusted, table, err
	}
	b.prefix = t.name + ": "
	defer func() { b.prefix = "" }()
	table = t.tableFigures(r, b)
	b.adjustments(s.Adjustments, total)
	var exact [figureCount]big.Rat
	for f, x := range table {
		adjusted[f] = x.adjusted(total)
		exact[f].SetFrac64(adjusted[f].num, adjusted[f].den)
	}
	b.add(figuresText(&exact))
	return adjusted, table, nil
}

// integration writes the reduction for integration and its reason.
func (b *basis) integration(g Integration) {
	line := "integration " + signedPercent(-hundredthsOf(g.Reduction))
	if reason := strings.TrimSpace(g.Reason); reason != "" {
		line += ": " + reason
	}
	b.add(line + " (IAF MD 11)")
}

// roundRat rounds figure f, exactly r half days, to the nearest half day
// [MD5], no lower than its floor, and writes what changed it.
func (b *basis) roundRat(f int, r *big.Rat) int64 {
	h := nearestHalves(r)
	if !r.IsInt() {
		var buf [32]byte
		b.rounded(f, appendRat(buf[:0], r), h)
	}
	return b.atLeast(f, h)
}

// figuresText writes exact figures (in half days) as days: "initial 17,
// stage 1 5.1, surveillance 5.666…, recertification 11.333…".
func figuresText(x *[figureCount]big.Rat) string {
	var line []byte
	for f := range figureCount {
		if f > 0 {
			line = append(line, ", "...)
		}
		line = append(line, figureNames[f]...)
		line = append(line, ' ')
		line = appendRat(line, &x[f])
	}
	return string(line)
}

// rat returns x as a rational number of half days.
func (x exactHalves) rat() *big.Rat { return big.NewRat(x.num, x.den) }

// nearestHalves returns r (half days, not negative) rounded to the nearest
// whole half day, an exact half up: ⌊(2·num + den) / (2·den)⌋.
func nearestHalves(r *big.Rat) int64 {
	num := new(big.Int).Lsh(r.Num(), 1)
	num.Add(num, r.Denom())
	den := new(big.Int).Lsh(r.Denom(), 1)
	return num.Quo(num, den).Int64()
}

// ceilHalves returns the least whole number of half days at or above r (not
// negative).
func ceilHalves(r *big.Rat) int64 {
	num := new(big.Int).Add(r.Num(), r.Denom())
	num.Sub(num, big.NewInt(1))
	return num.Quo(num, r.Denom()).Int64()
}

// appendRat appends r (half days, not negative) in days as appendFraction
// does, or with three places and "…" where its terms are too long for it.
func appendRat(b []byte, r *big.Rat) []byte {
	if r.Num().IsInt64() && r.Denom().IsInt64() && r.Denom().Int64() <= 1e17 {
		return appendFraction(b, exactHalves{r.Num().Int64(), r.Denom().Int64()})
	}
	days := new(big.Rat).Quo(r, big.NewRat(2, 1))
	return append(append(b, days.FloatString(3)...), "…"...)
}
