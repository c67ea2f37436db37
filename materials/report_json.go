package materials

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/aftersales/certification/internal/jsonx"
)

// ErrInvalidReport is matched by errors decoding a [Report] or a [Problem]
// from JSON.
var ErrInvalidReport = errors.New("materials: invalid report")

// problemWire is the JSON form of a Problem.
type problemWire struct {
	Kind      string `json:"kind,omitempty"`
	Reason    Reason `json:"reason"`
	Title     string `json:"title,omitempty"`
	Date      string `json:"date,omitempty"`
	End       string `json:"end,omitempty"`
	Section   string `json:"section,omitempty"`
	Reference string `json:"reference,omitempty"`
	Rule      string `json:"rule,omitempty"`
	Detail    string `json:"detail,omitempty"`
	Message   string `json:"message,omitempty"`
}

// MarshalJSON writes p as
// {"kind":"business_license","reason":"expired","title":…,"date":"2026-03-31","message":"materials: business_license …: expired: valid until 2026-03-31"}
// with empty fields left out. "message" is [Problem.Error], written for
// readers; it is ignored when reading. An unknown Reason, Kind or Section is
// an error.
func (p Problem) MarshalJSON() ([]byte, error) {
	if !p.Reason.IsValid() {
		return nil, fmt.Errorf("%w: problem with unknown reason %d", ErrInvalidReport, uint8(p.Reason))
	}
	w := problemWire{Reason: p.Reason, Title: p.Title, Date: formatDate(p.Date), End: formatDate(p.End),
		Reference: p.Reference, Rule: p.Rule, Detail: p.Detail, Message: p.Error()}
	if p.Kind != 0 {
		b, err := p.Kind.MarshalText()
		if err != nil {
			return nil, err
		}
		w.Kind = string(b)
	}
	if p.Section != 0 {
		b, err := p.Section.MarshalText()
		if err != nil {
			return nil, err
		}
		w.Section = string(b)
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly, refusing
// unknown reasons, kinds and sections and dates that are not YYYY-MM-DD.
// Dates become midnight UTC. On error p is unchanged.
func (p *Problem) UnmarshalJSON(data []byte) error {
	var w problemWire
	if err := jsonx.Decode(data, &w); err != nil {
		return decodeError{ErrInvalidReport, err}
	}
	var errs []error
	got := Problem{Reason: w.Reason, Title: w.Title, Reference: w.Reference, Rule: w.Rule, Detail: w.Detail}
	if !got.Reason.IsValid() {
		errs = append(errs, fmt.Errorf("%w: problem has no reason", ErrInvalidReport))
	}
	if w.Kind != "" {
		k, err := ParseKind(w.Kind)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: problem with unknown kind %q", ErrInvalidReport, w.Kind))
		}
		got.Kind = k
	}
	if w.Section != "" {
		s, err := ParseSection(w.Section)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: problem with unknown section %q", ErrInvalidReport, w.Section))
		}
		got.Section = s
	}
	got.Date = parseOptionalDate(&errs, ErrInvalidReport, "problem date", w.Date)
	got.End = parseOptionalDate(&errs, ErrInvalidReport, "problem end", w.End)
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	*p = got
	return nil
}

// resultWire is the JSON form of a Result.
type resultWire struct {
	Kind      Kind       `json:"kind"`
	Optional  bool       `json:"optional,omitempty"`
	Satisfied bool       `json:"satisfied"`
	Used      []Material `json:"used,omitempty"`
	Problems  []Problem  `json:"problems,omitempty"`
	Warnings  []Problem  `json:"warnings,omitempty"`
}

// reportWire is the JSON form of a Report.
type reportWire struct {
	AsOf     string       `json:"as_of,omitempty"`
	Complete bool         `json:"complete"`
	Results  []resultWire `json:"results,omitempty"`
	Unused   []Material   `json:"unused,omitempty"`
	General  []Problem    `json:"general,omitempty"`
}

// MarshalJSON writes r as
// {"as_of":"2026-05-01","complete":false,"results":[{"kind":…,"satisfied":…,"used":[…],"problems":[…],"warnings":[…]}],"unused":[…],"general":[…]}
// with materials as [Material.MarshalJSON] writes them and problems as
// [Problem.MarshalJSON] does. "complete" is [Report.Complete], written for
// readers and checked when reading.
func (r Report) MarshalJSON() ([]byte, error) {
	w := reportWire{AsOf: formatDate(r.AsOf), Complete: r.Complete(), Unused: r.Unused, General: r.General}
	if r.Results != nil {
		w.Results = make([]resultWire, len(r.Results))
		for i, res := range r.Results {
			w.Results[i] = resultWire(res)
		}
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly: unknown fields,
// repeated keys, unknown codes, invalid materials and dates that are not
// YYYY-MM-DD are errors, and so are results without a check date, a result
// without a kind, a result that is satisfied or optional yet has blocking
// problems, a required result that is not satisfied yet has none, and a
// "complete" that does not match the report. Dates become midnight UTC. On error r is unchanged.
func (r *Report) UnmarshalJSON(data []byte) error {
	var w reportWire
	if err := jsonx.Decode(data, &w); err != nil {
		return decodeError{ErrInvalidReport, err}
	}
	var errs []error
	got := Report{Unused: w.Unused, General: w.General}
	got.AsOf = parseOptionalDate(&errs, ErrInvalidReport, "as_of", w.AsOf)
	if w.Results != nil {
		got.Results = make([]Result, len(w.Results))
		if got.AsOf.IsZero() && len(w.Results) > 0 {
			errs = append(errs, fmt.Errorf("%w: results without a check date", ErrInvalidReport))
		}
		for i, res := range w.Results {
			switch {
			case !res.Kind.IsValid():
				errs = append(errs, fmt.Errorf("%w: result %d has no kind", ErrInvalidReport, i+1))
			case (res.Satisfied || res.Optional) && len(res.Problems) > 0:
				errs = append(errs, fmt.Errorf("%w: result %d (%s) is satisfied or optional but has problems", ErrInvalidReport, i+1, res.Kind))
			case !res.Satisfied && !res.Optional && len(res.Problems) == 0:
				errs = append(errs, fmt.Errorf("%w: result %d (%s) is required and not satisfied but has no problems", ErrInvalidReport, i+1, res.Kind))
			}
			got.Results[i] = Result(res)
		}
	}
	if len(errs) == 0 && got.Complete() != w.Complete {
		errs = append(errs, fmt.Errorf("%w: \"complete\" is %t but the report says %t", ErrInvalidReport, w.Complete, got.Complete()))
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	*r = got
	return nil
}
