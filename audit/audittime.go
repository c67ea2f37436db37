package audit

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/aftersales/certification/internal/errs"
)

// Errors of audit time. Every error of [TimeTable.Effort],
// [TimeTable.MultiSiteEffort] and [IntegratedEffort] matches one of them (or
// [ErrInvalidTimeTable] for the zero TimeTable) and names the field at fault.
var (
	// ErrInvalidPersonnel: effective personnel below 1, or part-time
	// figures that give no personnel [MD5].
	ErrInvalidPersonnel = errors.New("audit: invalid effective personnel")
	// ErrBeyondTable: more personnel than the table's last band; a caller
	// can build a longer table with NewTimeTable.
	ErrBeyondTable = errors.New("audit: personnel beyond the time table")
	// ErrReductionCap: adjustments that reduce the time by more than the
	// table allows (IAF MD 5: 30 %).
	ErrReductionCap = errors.New("audit: total reduction above the cap")
	// ErrInvalidAdjustment: an adjustment without a reason or with a percent
	// out of range, or a total increase above +100 %.
	ErrInvalidAdjustment = errors.New("audit: invalid adjustment")
	// ErrInvalidSites: a site count below 1 (the head office counts).
	ErrInvalidSites = errors.New("audit: invalid number of sites")
)

// Effort returns the audit time of an organisation with the given effective
// personnel ([EffectivePersonnel]) after the adjustments, by the rules of the
// package documentation ("Audit time", "Adjustments", "Stage 1 and stage 2",
// "Rounding"); Basis says where each figure came from.
//
// Errors: [ErrInvalidTimeTable] for the zero TimeTable; [ErrInvalidPersonnel]
// for personnel below 1 ("personnel"); [ErrBeyondTable] above the last band
// ("personnel"); [ErrInvalidAdjustment] for an adjustment that fails
// [Adjustment.Validate] ("adjustments[i].reason", "adjustments[i].percent")
// or a total increase above +100 % ("adjustments"); [ErrReductionCap] for a
// total reduction above the table's MaxReduction ("adjustments").
func (t TimeTable) Effort(personnel int, adj ...Adjustment) (Effort, error) {
	return t.effort(personnel, 1, adj)
}

// MultiSiteEffort is [TimeTable.Effort] for an organisation with sites
// sites, the head office included, sampled and charged per site as the
// package documentation says ("Sampling"). With one site it equals Effort.
//
// Errors: those of Effort, and [ErrInvalidSites] for sites below 1 ("sites").
func (t TimeTable) MultiSiteEffort(personnel, sites int, adj ...Adjustment) (Effort, error) {
	if err := checkSites(sites); err != nil {
		return Effort{}, err
	}
	return t.effort(personnel, sites, adj)
}

// effort is the audit time of one table, step by step as the package
// documentation states the rules.
func (t TimeTable) effort(personnel, sites int, adj []Adjustment) (Effort, error) {
	if err := t.Validate(); err != nil {
		return Effort{}, err
	}
	if err := checkPersonnel(personnel); err != nil {
		return Effort{}, err
	}
	r, err := t.rowFor(personnel, "personnel")
	if err != nil {
		return Effort{}, err
	}
	total, err := t.adjustmentTotal(adj, "")
	if err != nil {
		return Effort{}, err
	}
	b := basis{lines: make([]string, 0, 8+len(adj))}
	table := t.tableFigures(r, &b)
	b.adjustments(adj, total)
	var h [figureCount]int64
	for i, x := range table {
		h[i] = b.round(i, x.adjusted(total))
		if i != stageOneFigure && total < 0 {
			h[i] = b.withinCap(i, h[i], x.less(t.maxReduction).ceil(), t.capLimit)
		}
	}
	e := b.splitStages(h)
	b.siteTime(&e, t.perSite, b.sample(sites))
	return e.effort(b.lines), nil
}

// checkPersonnel refuses effective personnel below 1 [MD5].
func checkPersonnel(personnel int) error {
	if personnel < 1 {
		return errs.New(ErrInvalidPersonnel, "personnel", "%d is below 1", personnel)
	}
	return nil
}

// checkSites refuses a site count below 1 (the head office counts).
func checkSites(sites int) error {
	if sites < 1 {
		return errs.New(ErrInvalidSites, "sites", "%d: there is at least the head office", sites)
	}
	return nil
}

// rowFor returns the band that holds personnel (at least 1), or an error
// matching [ErrBeyondTable] that names field.
func (t *TimeTable) rowFor(personnel int, field string) (*tableRow, error) {
	if i := slices.IndexFunc(t.rows, func(r tableRow) bool { return personnel <= r.to }); i >= 0 {
		return &t.rows[i], nil
	}
	return nil, errs.New(ErrBeyondTable, field, "%d personnel is beyond the %s table, which ends at %d; a caller can supply a longer table",
		personnel, t.name, t.MaxPersonnel())
}

// The figures a table gives, in the order Basis reports them.
const (
	initialFigure = iota
	stageOneFigure
	surveillanceFigure
	recertFigure
	figureCount
)

// figureNames name the figures in Basis lines.
var figureNames = [figureCount]string{"initial", "stage 1", "surveillance", "recertification"}

// leastHalves are the floors of the figures: the initial time at least a day
// (a half day for each stage), every other figure at least a half day.
var leastHalves = [figureCount]int64{2, 1, 1, 1}

// tableFigures returns the figures of band r before any adjustment: the
// band's own, or the table's share of the initial time where the band leaves
// one out. Basis gets the band and where each figure came from.
func (t *TimeTable) tableFigures(r *tableRow, b *basis) [figureCount]exactHalves {
	b.add(r.line)
	initial := exactHalves{r.initial, 1}
	figure := func(own int64, ownLine string, share Share, shareLine string) exactHalves {
		if own != 0 {
			if ownLine != "" {
				b.add(ownLine)
			}
			return exactHalves{own, 1}
		}
		b.add(shareLine)
		return initial.of(share)
	}
	return [figureCount]exactHalves{
		initial,
		figure(r.docReview, r.stageOneLine, t.stageOne, t.stageOneLine),
		figure(r.surveillance, "", t.surveillance, t.surveillanceLine),
		figure(r.recert, "", t.recert, t.recertLine),
	}
}

// basis collects the Basis lines of one computation. While prefix is set
// (the table's name in an integrated audit, "qms: "), every line added gets
// it.
type basis struct {
	lines  []string
	prefix string
}

// add appends one line.
func (b *basis) add(line string) {
	if b.prefix != "" {
		line = b.prefix + line
	}
	b.lines = append(b.lines, line)
}

// adjustments writes each adjustment with its reason, and their total when
// there are several.
func (b *basis) adjustments(adj []Adjustment, total int64) {
	for _, a := range adj {
		b.add(signedPercent(hundredthsOf(a.Percent)) + ": " + strings.TrimSpace(a.Reason))
	}
	if len(adj) > 1 {
		b.add("total adjustment " + signedPercent(total))
	}
}

// round rounds figure i, exactly x, to the nearest half day [MD5], no lower
// than its floor, and writes what changed it.
func (b *basis) round(i int, x exactHalves) int64 {
	h := x.nearest()
	if !x.whole() {
		var buf [32]byte
		b.rounded(i, appendFraction(buf[:0], x), h)
	}
	return b.atLeast(i, h)
}

// rounded writes "rounded <figure> <exact> → <rounded>".
func (b *basis) rounded(i int, exact []byte, h int64) {
	var buf [96]byte
	line := append(buf[:0], "rounded "...)
	line = append(line, figureNames[i]...)
	line = append(line, ' ')
	line = append(line, exact...)
	line = append(line, " → "...)
	b.add(string(appendHalves(line, h)))
}

// atLeast raises h to figure i's floor.
func (b *basis) atLeast(i int, h int64) int64 {
	if least := leastHalves[i]; h < least {
		b.add(figureNames[i] + ": at least " + personDays(least))
		return least
	}
	return h
}

// withinCap raises a rounded figure that would cut more than the reductions
// allow (limit says what they allow) to the least it may be, floor: the cap
// wins over rounding [MD5].
func (b *basis) withinCap(i int, h, floor int64, limit string) int64 {
	if h < floor {
		b.add(figureNames[i] + ": " + formatHalves(h) + " would cut more than " + limit + "; raised to " + personDays(floor))
		return floor
	}
	return h
}

// splitStages makes stage 2 the rest of the initial time, capping stage 1 so
// that stage 2 keeps at least a half day.
func (b *basis) splitStages(h [figureCount]int64) effortHalves {
	initial, stage1 := h[initialFigure], h[stageOneFigure]
	if stage1 > initial-1 {
		stage1 = initial - 1
		b.add("stage 1: capped at " + personDays(stage1) + " so that stage 2 keeps at least a half day")
	}
	return effortHalves{initial: initial, stage1: stage1, stage2: initial - stage1,
		surveillance: h[surveillanceFigure], recert: h[recertFigure]}
}

// sampled is how many sites besides the head office the initial audit, each
// surveillance and the recertification sample.
type sampled struct{ initial, surveillance, recert int }

// sample returns the sites the audits of an organisation with sites sites
// sample [MD1], and writes them; nothing for a single site.
func (b *basis) sample(sites int) sampled {
	n := sites - 1
	if n < 1 {
		return sampled{}
	}
	k := sampled{SampleSize(n, Stage2), SampleSize(n, Surveillance), SampleSize(n, Recertification)}
	b.add(strconv.Itoa(sites) + " sites: " + strconv.Itoa(n) + " besides the head office; sampled " +
		strconv.Itoa(k.initial) + " (initial, ⌈√n⌉), " + strconv.Itoa(k.surveillance) + " (surveillance, ⌈0.6√n⌉), " +
		strconv.Itoa(k.recert) + " (recertification, ⌈0.8√n⌉) (IAF MD 1)")
	return k
}

// siteTime adds perSite half days for each sampled site to stage 2 (and so
// the initial time), surveillance and recertification [committee], and
// writes each addition.
func (b *basis) siteTime(e *effortHalves, perSite int64, k sampled) {
	if perSite == 0 || k.initial == 0 {
		return
	}
	add := func(what string, n int) int64 {
		h := perSite * int64(n)
		b.add(what + ": +" + personDays(h) + " for " + sampledSites(n) + " × " + formatHalves(perSite))
		return h
	}
	stage2 := add("stage 2", k.initial)
	e.initial += stage2
	e.stage2 += stage2
	e.surveillance += add("surveillance", k.surveillance)
	e.recert += add("recertification", k.recert)
}
