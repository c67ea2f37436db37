package audit

import (
	"encoding/json"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// bandWire is a Band in JSON: from, to and initial required, the other
// figures left out (or null) when the band leaves them to a share.
type bandWire struct {
	From            *int         `json:"from"`
	To              *int         `json:"to"`
	Initial         *dec.Literal `json:"initial"`
	DocReview       *dec.Literal `json:"doc_review,omitempty"`
	Surveillance    *dec.Literal `json:"surveillance,omitempty"`
	Recertification *dec.Literal `json:"recertification,omitempty"`
}

// tableWire is a TimeTable in JSON; every field but standard is required
// and may not be null.
type tableWire struct {
	Name                 *string      `json:"name"`
	Source               *string      `json:"source"`
	Standard             string       `json:"standard,omitempty"`
	Bands                *[]bandWire  `json:"bands"`
	StageOneShare        *string      `json:"stage_one_share"`
	SurveillanceShare    *string      `json:"surveillance_share"`
	RecertificationShare *string      `json:"recertification_share"`
	PerSampledSite       *dec.Literal `json:"per_sampled_site"`
	MaxReduction         *string      `json:"max_reduction"`
}

// MarshalJSON writes the whole table: name, source, standard (left out when
// empty), bands (figures as strings with one decimal place, such as "8.5"; a
// figure left to a share is left out) and the shares as "Num/Den". The zero
// TimeTable is an error.
func (t TimeTable) MarshalJSON() ([]byte, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	bands := make([]bandWire, len(t.rows))
	optional := func(h int64) *dec.Literal {
		if h == 0 {
			return nil
		}
		return daysLiteral(h)
	}
	for i, r := range t.rows {
		bands[i] = bandWire{From: &r.from, To: &r.to, Initial: daysLiteral(r.initial),
			DocReview: optional(r.docReview), Surveillance: optional(r.surveillance), Recertification: optional(r.recert)}
	}
	share := func(s Share) *string { text := s.String(); return &text }
	return json.Marshal(tableWire{
		Name: &t.name, Source: &t.source, Standard: t.standard, Bands: &bands,
		StageOneShare: share(t.stageOne), SurveillanceShare: share(t.surveillance),
		RecertificationShare: share(t.recert), PerSampledSite: daysLiteral(t.perSite), MaxReduction: share(t.maxReduction),
	})
}

// timeTableDecoder is the jsonx.Decoder of a time table, made once.
var timeTableDecoder = jsonx.NewDecoder(ErrInvalidTimeTable, (*tableWire).timeTable)

// UnmarshalJSON reads what MarshalJSON writes, strictly (unknown fields,
// repeated keys, a required field absent or null and trailing data are
// errors; figures may be strings or numbers), and validates it as
// [NewTimeTable] does. A JSON string alone, such as "after_sales", names a
// built-in table ([TimeTableByName]). Errors match [ErrInvalidTimeTable] (or
// [ErrUnknownTimeTable]) and name the field. On error *t is unchanged.
func (t *TimeTable) UnmarshalJSON(data []byte) error {
	if named, err := byName(data, TimeTableByName, t); named {
		return err
	}
	return timeTableDecoder.Unmarshal(data, t)
}

// timeTable builds the table w describes with [NewTimeTable].
func (w *tableWire) timeTable() (TimeTable, error) {
	c, err := w.config()
	if err != nil {
		return TimeTable{}, err
	}
	return NewTimeTable(c)
}

// config reads w into a TimeTableConfig, reporting every field that is
// missing or does not parse.
func (w tableWire) config() (TimeTableConfig, error) {
	var problems errs.List
	required := func(field string, s *string) string {
		if s == nil {
			problems.Missing(ErrInvalidTimeTable, field)
			return ""
		}
		return *s
	}
	share := func(field string, s *string) Share {
		if s == nil {
			problems.Missing(ErrInvalidTimeTable, field)
			return Share{}
		}
		parsed, err := parseShare(*s)
		problems.Wrap(ErrInvalidTimeTable, field, err)
		return parsed
	}
	c := TimeTableConfig{
		Name: required("name", w.Name), Source: required("source", w.Source), Standard: w.Standard,
		StageOneShare: share("stage_one_share", w.StageOneShare), SurveillanceShare: share("surveillance_share", w.SurveillanceShare),
		RecertificationShare: share("recertification_share", w.RecertificationShare), MaxReduction: share("max_reduction", w.MaxReduction),
		PerSampledSite: tableDays("per_sampled_site", w.PerSampledSite, false, &problems),
	}
	if w.Bands == nil {
		problems.Missing(ErrInvalidTimeTable, "bands")
	} else {
		c.Bands = make([]Band, len(*w.Bands))
		for i, b := range *w.Bands {
			c.Bands[i] = b.band(errs.Index("bands", i), &problems)
		}
	}
	return c, problems.Err()
}

// band reads b, reporting every field under at that is missing or does not
// parse.
func (b bandWire) band(at string, problems *errs.List) Band {
	count := func(field string, n *int) int {
		if n == nil {
			problems.Missing(ErrInvalidTimeTable, errs.Path(at, field))
			return 0
		}
		return *n
	}
	return Band{
		From: count("from", b.From), To: count("to", b.To),
		Initial:         tableDays(errs.Path(at, "initial"), b.Initial, false, problems),
		DocReview:       tableDays(errs.Path(at, "doc_review"), b.DocReview, true, problems),
		Surveillance:    tableDays(errs.Path(at, "surveillance"), b.Surveillance, true, problems),
		Recertification: tableDays(errs.Path(at, "recertification"), b.Recertification, true, problems),
	}
}

// tableDays reads a number of days of a time table; nil is 0 when optional and
// missing otherwise.
func tableDays(field string, l *dec.Literal, optional bool, problems *errs.List) decimal.Decimal {
	if l == nil && optional {
		return decimal.Decimal{}
	}
	return daysSpec.Read(l, ErrInvalidTimeTable, field, problems)
}
