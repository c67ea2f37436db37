package audit

import (
	"errors"
	"strconv"
	"strings"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/text"
	"github.com/shopspring/decimal"
)

// ErrInvalidTimeTable is the kind of every problem of a time table: one that
// breaks the rules of [NewTimeTable] (each problem names its field, such as
// "bands[3].initial"), the zero TimeTable, or a document that does not decode.
var ErrInvalidTimeTable = errors.New("audit: invalid time table")

// ErrUnknownTimeTable is the kind of the error for a name that is no built-in
// table ([TimeTableByName]) and for a complexity category that a standard's
// table does not have ([EMSTimeTable], [OHSTimeTable]).
var ErrUnknownTimeTable = errors.New("audit: unknown time table")

// Limits on the data of a time table, so that every computation stays exact
// in 64-bit integers (see the package documentation, "Time tables").
const (
	maxBandDays         = 10000 // the most days of any figure, and of PerSampledSite
	maxShareDenominator = 10000 // the largest denominator of a Share
	maxNameLength       = 64    // the longest Name or Standard code
)

// Share is an exact fraction Num/Den from 0 to 1, such as 1/3 for the
// surveillance time of IAF MD 5 or 30/100 for 30 %; see the package
// documentation, "Time tables". The zero Share (0/0) is 0.
type Share struct {
	Num, Den int64 // numerator and denominator: the share is Num/Den
}

// percentShare returns the share p/100.
func percentShare(p int64) Share { return Share{Num: p, Den: 100} }

// IsZero reports whether s is 0 (the zero Share or 0/Den).
func (s Share) IsZero() bool { return s.Num == 0 }

// Equal reports whether s and o are the same fraction (3/10 equals 30/100).
func (s Share) Equal(o Share) bool {
	if s.IsZero() || o.IsZero() {
		return s.IsZero() && o.IsZero()
	}
	return s.Num*o.Den == o.Num*s.Den
}

// check returns what is wrong with s, nil when it is the zero Share or a
// fraction from 0 to 1 (below 1 when belowOne) with a denominator from 1 to
// maxShareDenominator.
func (s Share) check(belowOne bool) error {
	switch {
	case s.Num == 0 && s.Den == 0:
		return nil
	case s.Den < 1 || s.Den > maxShareDenominator || s.Num < 0 || s.Num > s.Den:
		return errors.New(s.String() + " must be a fraction between 0 and 1 with a denominator from 1 to " +
			strconv.Itoa(maxShareDenominator))
	case belowOne && s.Num == s.Den:
		return errors.New(s.String() + " must be below 1")
	}
	return nil
}

// String returns s as "Num/Den", such as "1/3"; the zero Share is "0/1".
func (s Share) String() string {
	if s.Num == 0 && s.Den == 0 {
		return "0/1"
	}
	return strconv.FormatInt(s.Num, 10) + "/" + strconv.FormatInt(s.Den, 10)
}

// label returns s as a percentage when that is exact ("30 %"), else as the
// fraction ("1/3").
func (s Share) label() string {
	if s.Den > 0 && (s.Num*100)%s.Den == 0 {
		return strconv.FormatInt(s.Num*100/s.Den, 10) + " %"
	}
	return s.String()
}

// MarshalText writes s as "Num/Den".
func (s Share) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText reads "Num/Den" (digits only, no sign or spaces). A malformed
// text is an error matching [ErrInvalidTimeTable] and leaves *s unchanged;
// the range is checked where the share is used (by [NewTimeTable]).
func (s *Share) UnmarshalText(text []byte) error {
	parsed, err := parseShare(string(text))
	if err != nil {
		return errs.New(ErrInvalidTimeTable, "", "%v", err)
	}
	*s = parsed
	return nil
}

// parseShare reads "Num/Den": one to nine digits on either side of the slash.
func parseShare(s string) (Share, error) {
	num, den, ok := strings.Cut(s, "/")
	n, okNum := parseShareTerm(num)
	d, okDen := parseShareTerm(den)
	if !ok || !okNum || !okDen {
		return Share{}, errors.New(errs.Quote(s) + " is not a fraction such as \"1/3\"")
	}
	return Share{Num: n, Den: d}, nil
}

// parseShareTerm reads one to nine ASCII digits.
func parseShareTerm(s string) (int64, bool) {
	if s == "" || len(s) > 9 || strings.TrimLeft(s, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.ParseInt(s, 10, 64)
	return n, err == nil
}

// Band is one row of a time table [committee], [MD5]: the person-days for
// an organisation in a range of effective personnel, each figure a number of
// half days. A figure left at zero is the table's share of the initial time
// (see the package documentation, "Time tables").
type Band struct {
	From, To        int             // the range of effective personnel, both included
	Initial         decimal.Decimal // the initial audit, stage 1 + stage 2; above 0
	DocReview       decimal.Decimal // the planning and document review (stage 1) part of Initial
	Surveillance    decimal.Decimal // each surveillance audit
	Recertification decimal.Decimal // the recertification audit
}

// Equal reports whether b and o hold the same range and figures.
func (b Band) Equal(o Band) bool {
	return b.From == o.From && b.To == o.To && b.Initial.Equal(o.Initial) && b.DocReview.Equal(o.DocReview) &&
		b.Surveillance.Equal(o.Surveillance) && b.Recertification.Equal(o.Recertification)
}

// TimeTableConfig is everything a [TimeTable] is built from. Get one from
// [TimeTable.Config], change it and build a new table with [NewTimeTable].
type TimeTableConfig struct {
	// Name is the table's code, such as "after_sales": lowercase letters,
	// digits and underscores. Fee schedules and schemes name a built-in by it.
	Name string
	// Source is a human label for where the figures come from, written into
	// Effort's Basis, such as "after-sales committee table".
	Source string
	// Standard is the code of the management-system standard the table is
	// for, such as "qms" or "ems"; empty for a table of no such standard.
	// Integrated audit time counts each standard once [MD11].
	Standard string
	// Bands are the rows, ascending from 1 personnel with no gaps or overlaps.
	Bands []Band
	// StageOneShare is stage 1's share of the initial time for bands without
	// a DocReview figure (CB practice: 30 %).
	StageOneShare Share
	// SurveillanceShare is the surveillance share of the initial time for
	// bands without a Surveillance figure (IAF MD 5: 1/3).
	SurveillanceShare Share
	// RecertificationShare is the recertification share of the initial
	// time for bands without a Recertification figure (IAF MD 5: 2/3).
	RecertificationShare Share
	// PerSampledSite is the time added for each sampled site besides the
	// head office, in half days (after-sales: 0.5; zero adds nothing).
	PerSampledSite decimal.Decimal
	// MaxReduction is the largest total reduction adjustments may make
	// (IAF MD 5: 30 %); it must be below 1.
	MaxReduction Share
}

// TimeTable maps effective personnel to audit time in person-days. It is an
// immutable value, safe for concurrent use; build one with [NewTimeTable] or
// take a built-in ([TimeTableByName]). The zero TimeTable is not valid:
// [TimeTable.Validate] reports it and [TimeTable.Effort] refuses it.
type TimeTable struct {
	name, source, standard string
	rows                   []tableRow
	stageOne               Share
	surveillance           Share
	recert                 Share
	perSite                int64 // half days
	maxReduction           Share
	// Basis lines and words that do not depend on the call, built once.
	stageOneLine, surveillanceLine, recertLine string
	capLimit                                   string // "30 % of the table time"
}

// tableRow is a band in half days; 0 in docReview, surveillance or recert means
// "from the share". line and stageOneLine are its Basis lines, built once.
type tableRow struct {
	from, to                                 int
	initial, docReview, surveillance, recert int64
	line, stageOneLine                       string
}

// NewTimeTable validates c and builds a time table from a copy of it. It
// reports every problem, each matching [ErrInvalidTimeTable] and naming its
// field in the JSON spelling ("bands[2].initial"):
//   - name not 1 to 64 lowercase letters, digits and underscores; source
//     blank or not valid UTF-8; standard not empty or such a code;
//   - no bands; the first band not starting at 1; a band with To below From;
//     a gap or an overlap between neighbours;
//   - an Initial figure not above 0; any figure negative, above 10 000 days
//     or not a multiple of a half day; DocReview not below Initial;
//   - a share outside 0–1 or with a denominator outside 1–10 000; a zero
//     share where a band leaves its figure to it; a StageOneShare or
//     MaxReduction of 1;
//   - PerSampledSite negative, above 10 000 days or not in half days.
func NewTimeTable(c TimeTableConfig) (TimeTable, error) {
	var problems errs.List
	checkTableText(c, &problems)
	t := TimeTable{
		name: c.Name, source: c.Source, standard: c.Standard,
		stageOne: c.StageOneShare, surveillance: c.SurveillanceShare, recert: c.RecertificationShare,
		maxReduction: c.MaxReduction,
	}
	checkShares(c, &problems)
	var err error
	if t.perSite, err = halvesOf(c.PerSampledSite, maxBandDays, false); err != nil {
		problems.Wrap(ErrInvalidTimeTable, "per_sampled_site", err)
	}
	t.rows = buildRows(c, &problems)
	if problems.Len() > 0 {
		return TimeTable{}, problems.Err()
	}
	t.stageOneLine = "stage 1: " + t.stageOne.label() + " of the initial time (the table gives no document review)"
	t.surveillanceLine = "surveillance: " + t.surveillance.label() + " of the initial time"
	t.recertLine = "recertification: " + t.recert.label() + " of the initial time"
	t.capLimit = t.maxReduction.label() + " of the table time"
	return t, nil
}

// checkTableText checks the name, source and standard of c.
func checkTableText(c TimeTableConfig, problems *errs.List) {
	if !isTableCode(c.Name) {
		problems.New(ErrInvalidTimeTable, "name", "%s must be 1 to %d lowercase letters, digits and underscores",
			errs.Quote(c.Name), maxNameLength)
	}
	if err := text.Required(c.Source); err != nil {
		problems.New(ErrInvalidTimeTable, "source", "%v", err)
	}
	if c.Standard != "" && !isTableCode(c.Standard) {
		problems.New(ErrInvalidTimeTable, "standard", "%s must be empty or 1 to %d lowercase letters, digits and underscores",
			errs.Quote(c.Standard), maxNameLength)
	}
}

// isTableCode reports whether s is 1 to maxNameLength lowercase ASCII letters,
// digits and underscores.
func isTableCode(s string) bool {
	return s != "" && len(s) <= maxNameLength && strings.Trim(s, "abcdefghijklmnopqrstuvwxyz0123456789_") == ""
}

// checkShares checks every share of c on its own, and that a share a band
// relies on is above 0.
func checkShares(c TimeTableConfig, problems *errs.List) {
	needStageOne, needSurveillance, needRecert := false, false, false
	for _, b := range c.Bands {
		needStageOne = needStageOne || b.DocReview.IsZero()
		needSurveillance = needSurveillance || b.Surveillance.IsZero()
		needRecert = needRecert || b.Recertification.IsZero()
	}
	for _, s := range []struct {
		field    string
		share    Share
		belowOne bool // a share of 1 is refused too
		needed   bool // a band leaves its figure to the share
		figure   string
	}{
		{"stage_one_share", c.StageOneShare, true, needStageOne, "doc review"},
		{"surveillance_share", c.SurveillanceShare, false, needSurveillance, "surveillance"},
		{"recertification_share", c.RecertificationShare, false, needRecert, "recertification"},
		{"max_reduction", c.MaxReduction, true, false, ""},
	} {
		if err := s.share.check(s.belowOne); err != nil {
			problems.Wrap(ErrInvalidTimeTable, s.field, err)
		} else if s.needed && s.share.IsZero() {
			problems.New(ErrInvalidTimeTable, s.field, "is needed (a band has no %s figure) and must be above 0", s.figure)
		}
	}
}

// buildRows checks the bands of c and converts them to rows.
func buildRows(c TimeTableConfig, problems *errs.List) []tableRow {
	if len(c.Bands) == 0 {
		problems.New(ErrInvalidTimeTable, "bands", "no bands")
		return nil
	}
	rows := make([]tableRow, 0, len(c.Bands))
	next := 1 // the personnel the next band must start at
	for i, b := range c.Bands {
		at := errs.Index("bands", i)
		checkBandRange(b, i, next, at, problems)
		if b.To >= next {
			next = b.To + 1
		}
		rows = append(rows, buildRow(b, c.Source, at, problems))
	}
	return rows
}

// checkBandRange checks that band i starts where the bands before it end
// (next) and does not end before it starts.
func checkBandRange(b Band, i, next int, at string, problems *errs.List) {
	from := errs.Path(at, "from")
	switch {
	case i == 0 && b.From != 1:
		problems.New(ErrInvalidTimeTable, from, "%d: the first band must start at 1 personnel", b.From)
	case i > 0 && b.From > next:
		problems.New(ErrInvalidTimeTable, from, "%d leaves a gap after %d personnel", b.From, next-1)
	case i > 0 && b.From < next:
		problems.New(ErrInvalidTimeTable, from, "%d overlaps or precedes the band before, which ends at %d", b.From, next-1)
	}
	if b.To < b.From {
		problems.New(ErrInvalidTimeTable, errs.Path(at, "to"), "%d ends before it starts at %d", b.To, b.From)
	}
}

// buildRow checks the figures of one band and converts them to half days.
func buildRow(b Band, source, at string, problems *errs.List) tableRow {
	halves := func(field string, d decimal.Decimal, positive bool) int64 {
		h, err := halvesOf(d, maxBandDays, positive)
		problems.Wrap(ErrInvalidTimeTable, errs.Path(at, field), err)
		return h
	}
	r := tableRow{
		from: b.From, to: b.To,
		initial:      halves("initial", b.Initial, true),
		docReview:    halves("doc_review", b.DocReview, false),
		surveillance: halves("surveillance", b.Surveillance, false),
		recert:       halves("recertification", b.Recertification, false),
	}
	if r.initial > 0 && r.docReview >= r.initial {
		problems.New(ErrInvalidTimeTable, errs.Path(at, "doc_review"), "%s must be below the initial %s",
			dec.Show(b.DocReview), dec.Show(b.Initial))
	}
	r.line = strconv.Itoa(b.From) + "–" + strconv.Itoa(b.To) + " personnel: " + personDays(r.initial) + " (" + source + ")"
	if r.docReview > 0 {
		r.stageOneLine = "stage 1: " + personDays(r.docReview) + ", the table's document review"
	}
	return r
}

// MustNewTimeTable is [NewTimeTable] for tests and package defaults: it
// panics, naming the call, where NewTimeTable returns an error.
func MustNewTimeTable(c TimeTableConfig) TimeTable {
	t, err := NewTimeTable(c)
	if err != nil {
		panic("audit.MustNewTimeTable(" + strconv.Quote(c.Name) + "): " + err.Error())
	}
	return t
}

// Validate reports whether t is a usable table: nil for every table that
// [NewTimeTable] built, an error matching [ErrInvalidTimeTable] for the zero
// TimeTable.
func (t TimeTable) Validate() error {
	if t.IsZero() {
		return errs.New(ErrInvalidTimeTable, "", "the zero TimeTable has no bands; build one with NewTimeTable")
	}
	return nil
}

// IsZero reports whether t is the zero TimeTable.
func (t TimeTable) IsZero() bool { return len(t.rows) == 0 }

// Name returns the table's code, such as "after_sales".
func (t TimeTable) Name() string { return t.name }

// MaxPersonnel returns the largest effective personnel the table covers (0
// for the zero TimeTable).
func (t TimeTable) MaxPersonnel() int {
	if t.IsZero() {
		return 0
	}
	return t.rows[len(t.rows)-1].to
}

// Config returns a copy of everything t was built from, to read or to change
// and pass to [NewTimeTable].
func (t TimeTable) Config() TimeTableConfig {
	c := TimeTableConfig{
		Name: t.name, Source: t.source, Standard: t.standard, Bands: make([]Band, len(t.rows)),
		StageOneShare: t.stageOne, SurveillanceShare: t.surveillance, RecertificationShare: t.recert,
		PerSampledSite: fromHalves(t.perSite), MaxReduction: t.maxReduction,
	}
	for i, r := range t.rows {
		c.Bands[i] = Band{
			From: r.from, To: r.to, Initial: fromHalves(r.initial), DocReview: fromHalves(r.docReview),
			Surveillance: fromHalves(r.surveillance), Recertification: fromHalves(r.recert),
		}
	}
	return c
}

// Equal reports whether t and o hold the same name, source, standard, bands
// and rules.
func (t TimeTable) Equal(o TimeTable) bool {
	if t.name != o.name || t.source != o.source || t.standard != o.standard || t.perSite != o.perSite ||
		!t.stageOne.Equal(o.stageOne) || !t.surveillance.Equal(o.surveillance) || !t.recert.Equal(o.recert) ||
		!t.maxReduction.Equal(o.maxReduction) || len(t.rows) != len(o.rows) {
		return false
	}
	for i, a := range t.rows {
		b := o.rows[i]
		if a.from != b.from || a.to != b.to || a.initial != b.initial || a.docReview != b.docReview ||
			a.surveillance != b.surveillance || a.recert != b.recert {
			return false
		}
	}
	return true
}
