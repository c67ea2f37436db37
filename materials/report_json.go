package materials

import (
	"encoding/json"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/aftersales/certification/internal/text"
)

// problemWire is the JSON form of a Problem.
type problemWire struct {
	Kind        string `json:"kind,omitempty"`
	KindChinese string `json:"kind_chinese,omitempty"`
	KindEnglish string `json:"kind_english,omitempty"`
	Reason      string `json:"reason"`
	Title       string `json:"title,omitempty"`
	Date        string `json:"date,omitempty"`
	End         string `json:"end,omitempty"`
	Section     string `json:"section,omitempty"`
	Reference   string `json:"reference,omitempty"`
	Rule        string `json:"rule,omitempty"`
	Detail      string `json:"detail,omitempty"`
	Message     string `json:"message,omitempty"`
}

// MarshalJSON writes p as the package doc's JSON section shows, empty
// fields left out; "message" is [Problem.Error], written for readers and
// ignored when reading. A problem that [Problem.UnmarshalJSON] would refuse
// is an error matching [ErrInvalidReport].
func (p Problem) MarshalJSON() ([]byte, error) {
	if err := errOf(p.check); err != nil {
		return nil, err
	}
	w := problemWire{Kind: string(p.Kind), KindChinese: p.KindChinese, KindEnglish: p.KindEnglish, Reason: p.Reason.String(),
		Title: p.Title, Date: calendar.Format(p.Date), End: calendar.Format(p.End), Reference: p.Reference, Rule: p.Rule,
		Detail: p.Detail, Message: p.Error()}
	if p.Section != 0 {
		w.Section = p.Section.String()
	}
	return json.Marshal(w)
}

// problemDecoder is the jsonx.Decoder of a problem, made once.
var problemDecoder = jsonx.NewDecoder(ErrInvalidReport, build(problemWire.problem, Problem.check))

// UnmarshalJSON reads the form MarshalJSON writes, strictly: a reason is
// required; unknown codes, dates that are not YYYY-MM-DD or not usable, text
// that is not valid UTF-8, and kind names on a built-in kind or without a
// kind are errors matching [ErrInvalidReport]. Dates become midnight UTC. On
// error p is unchanged.
func (p *Problem) UnmarshalJSON(data []byte) error {
	return problemDecoder.Unmarshal(data, p)
}

// problem converts w, adding to l what cannot be read.
func (w problemWire) problem(l *errs.List) Problem {
	p := Problem{Kind: Kind(w.Kind), KindChinese: w.KindChinese, KindEnglish: w.KindEnglish, Title: w.Title,
		Reference: w.Reference, Rule: w.Rule, Detail: w.Detail,
		Reason: parseCode(l, ErrInvalidReport, "reason", "reason", w.Reason, ParseReason),
		Date:   parseDate(l, ErrInvalidReport, "date", w.Date), End: parseDate(l, ErrInvalidReport, "end", w.End)}
	if w.Section != "" {
		p.Section = parseCode(l, ErrInvalidReport, "section", "section", w.Section, ParseSection)
	}
	return p
}

// check adds to l what keeps p from being written and read back.
func (p Problem) check(l *errs.List) {
	if !p.Reason.IsValid() {
		l.New(ErrInvalidReport, "reason", "%s is unknown", p.Reason)
	}
	if p.Kind != "" {
		checkKindCode(l, ErrInvalidReport, "kind", p.Kind)
	}
	p.checkKindNames(l)
	if p.Section != 0 && !p.Section.IsValid() {
		l.New(ErrInvalidReport, "section", "%s is unknown", p.Section)
	}
	for _, f := range [...]struct {
		field string
		t     time.Time
	}{{"date", p.Date}, {"end", p.End}} {
		if !f.t.IsZero() {
			l.Wrap(ErrInvalidReport, f.field, calendar.Check(f.t))
		}
	}
	for _, f := range [...]struct{ field, s string }{{"title", p.Title}, {"reference", p.Reference}, {"rule", p.Rule}, {"detail", p.Detail}} {
		l.Wrap(ErrInvalidReport, f.field, text.Valid(f.s))
	}
}

// checkKindNames adds to l the problems of p's kind names: both or neither,
// neither on a built-in kind or without a kind, and not blank.
func (p Problem) checkKindNames(l *errs.List) {
	if p.KindChinese == "" && p.KindEnglish == "" {
		return
	}
	if _, builtIn := p.Kind.builtIn(); builtIn || p.Kind == "" {
		l.New(ErrInvalidReport, "kind_chinese", "names a kind that is built in or not given (%s)", errs.Quote(string(p.Kind)))
		return
	}
	l.Wrap(ErrInvalidReport, "kind_chinese", text.Required(p.KindChinese))
	l.Wrap(ErrInvalidReport, "kind_english", text.Required(p.KindEnglish))
}

// resultWire is the JSON form of a Result. Satisfied is a pointer, so
// that a missing or null one is an error, never a silent false.
type resultWire struct {
	Kind      string     `json:"kind"`
	Optional  bool       `json:"optional,omitempty"`
	Satisfied *bool      `json:"satisfied"`
	Used      []Material `json:"used,omitempty"`
	Problems  []Problem  `json:"problems,omitempty"`
	Warnings  []Problem  `json:"warnings,omitempty"`
}

// reportWire is the JSON form of a Report.
type reportWire struct {
	AsOf     string       `json:"as_of,omitempty"`
	Complete *bool        `json:"complete"`
	Results  []resultWire `json:"results,omitempty"`
	Unused   []Material   `json:"unused,omitempty"`
	General  []Problem    `json:"general,omitempty"`
}

// MarshalJSON writes r as the package doc's JSON section shows, materials
// as [Material.MarshalJSON] writes them and problems as
// [Problem.MarshalJSON] does. "complete" is [Report.Complete], written for
// readers and checked when reading. A report that [Report.UnmarshalJSON]
// would refuse is an error matching [ErrInvalidReport].
func (r Report) MarshalJSON() ([]byte, error) {
	if err := errOf(r.check); err != nil {
		return nil, err
	}
	complete := r.Complete()
	w := reportWire{AsOf: calendar.Format(r.AsOf), Complete: &complete, Unused: r.Unused, General: r.General}
	if r.Results != nil {
		w.Results = make([]resultWire, len(r.Results))
		for i, res := range r.Results {
			w.Results[i] = resultWire{Kind: string(res.Kind), Optional: res.Optional, Satisfied: &res.Satisfied,
				Used: res.Used, Problems: res.Problems, Warnings: res.Warnings}
		}
	}
	return json.Marshal(w)
}

// reportDecoder is the jsonx.Decoder of a report, made once.
var reportDecoder = jsonx.NewDecoder(ErrInvalidReport, build(reportWire.report, Report.check))

// UnmarshalJSON reads the form MarshalJSON writes, strictly, and refuses a
// report that Check could not have made (see the package doc's JSON
// section). Errors match [ErrInvalidReport]. Dates become midnight UTC. On
// error r is unchanged.
func (r *Report) UnmarshalJSON(data []byte) error {
	return reportDecoder.Unmarshal(data, r)
}

// report converts w, adding to l what cannot be read, a result's
// "satisfied" that is missing, and a "complete" that is missing or does not
// match the report.
func (w reportWire) report(l *errs.List) Report {
	r := Report{Unused: w.Unused, General: w.General, AsOf: parseDate(l, ErrInvalidReport, "as_of", w.AsOf)}
	if w.Results != nil {
		r.Results = make([]Result, len(w.Results))
		for i, res := range w.Results {
			if res.Satisfied == nil {
				l.Missing(ErrInvalidReport, errs.Index("results", i)+".satisfied")
			}
			r.Results[i] = Result{Kind: Kind(res.Kind), Optional: res.Optional, Satisfied: res.Satisfied != nil && *res.Satisfied,
				Used: res.Used, Problems: res.Problems, Warnings: res.Warnings}
		}
	}
	switch {
	case w.Complete == nil:
		l.Missing(ErrInvalidReport, "complete")
	case *w.Complete != r.Complete():
		l.New(ErrInvalidReport, "complete", "is %t but the report says %t", *w.Complete, r.Complete())
	}
	return r
}

// check adds to l what keeps r from being a report that Check could have
// made, and so from being written and read back.
func (r Report) check(l *errs.List) {
	if !r.AsOf.IsZero() {
		l.Wrap(ErrInvalidReport, "as_of", calendar.Check(r.AsOf))
	}
	if r.AsOf.IsZero() && len(r.Results) > 0 {
		l.New(ErrInvalidReport, "results", "given without a check date (as_of)")
	}
	for i, res := range r.Results {
		res.check(l, errs.Index("results", i))
	}
}

// check adds to l what keeps res, the result at field, from being one that
// Check could have made.
func (res Result) check(l *errs.List, field string) {
	checkKindCode(l, ErrInvalidReport, field+".kind", res.Kind)
	switch {
	case !res.Kind.IsValid():
	case (res.Satisfied || res.Optional) && len(res.Problems) > 0:
		l.New(ErrInvalidReport, field, "%s is satisfied or optional but has problems", res.Kind)
	case !res.Satisfied && !res.Optional && len(res.Problems) == 0:
		l.New(ErrInvalidReport, field, "%s is required and not satisfied but has no problems", res.Kind)
	}
}
