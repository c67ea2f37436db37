package materials

import (
	"bytes"
	"encoding/json"

	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

// kindDefWire is the JSON form of a KindDef.
type kindDefWire struct {
	Code    string `json:"code"`
	Chinese string `json:"chinese"`
	English string `json:"english"`
}

// standInWire is the JSON form of a StandIn.
type standInWire struct {
	Kind      string `json:"kind"`
	Reference string `json:"reference,omitempty"`
}

// requirementWire is the JSON form of a Requirement. Every field but kind
// is optional: its zero value means what the Go zero value means.
type requirementWire struct {
	Kind               string        `json:"kind"`
	Optional           bool          `json:"optional,omitempty"`
	Count              int           `json:"count,omitempty"`
	YearsCovered       int           `json:"years_covered,omitempty"`
	LatestWithinMonths int           `json:"latest_within_months,omitempty"`
	Sections           []string      `json:"sections,omitempty"`
	Reference          string        `json:"reference,omitempty"`
	OtherReferences    []string      `json:"other_references,omitempty"`
	MinAge             int           `json:"min_age,omitempty"`
	WarnWithinDays     int           `json:"warn_within_days,omitempty"`
	SatisfiedBy        []standInWire `json:"satisfied_by,omitempty"`
}

// checklistWire is the JSON object form of a Checklist, written when it
// defines kinds of its own.
type checklistWire struct {
	Kinds        []kindDefWire     `json:"kinds,omitempty"`
	Requirements []requirementWire `json:"requirements"`
}

// MarshalJSON writes d as {"code":…,"chinese":…,"english":…}. A definition
// that a checklist could not hold (see the package doc's Kinds section) is
// an error matching [ErrInvalidChecklist].
func (d KindDef) MarshalJSON() ([]byte, error) {
	if err := errOf(d.check); err != nil {
		return nil, err
	}
	return json.Marshal(d.wire())
}

// kindDefDecoder is the jsonx.Decoder of a kind's definition, made once.
var kindDefDecoder = jsonx.NewDecoder(ErrInvalidChecklist, build(kindDefWire.kindDef, KindDef.check))

// UnmarshalJSON reads the form [KindDef.MarshalJSON] writes, strictly, and
// checks it as MarshalJSON does. On error d is unchanged.
func (d *KindDef) UnmarshalJSON(data []byte) error {
	return kindDefDecoder.Unmarshal(data, d)
}

func (w kindDefWire) kindDef(*errs.List) KindDef {
	return KindDef{Code: Kind(w.Code), Chinese: w.Chinese, English: w.English}
}

func (d KindDef) wire() kindDefWire {
	return kindDefWire{Code: string(d.Code), Chinese: d.Chinese, English: d.English}
}

// MarshalJSON writes s as {"kind":"business_license","reference":"credit_code"},
// leaving reference out when it is zero (no check). A kind not spelled as a
// code or an unknown identifier is an error matching [ErrInvalidChecklist].
func (s StandIn) MarshalJSON() ([]byte, error) {
	if err := errOf(s.check); err != nil {
		return nil, err
	}
	return json.Marshal(s.wire())
}

// standInDecoder is the jsonx.Decoder of a stand-in, made once.
var standInDecoder = jsonx.NewDecoder(ErrInvalidChecklist,
	build(func(w standInWire, l *errs.List) StandIn { return w.standIn(l, "") }, StandIn.check))

// UnmarshalJSON reads the form [StandIn.MarshalJSON] writes, strictly: kind
// is required, reference is optional. Errors match [ErrInvalidChecklist]. On
// error s is unchanged.
func (s *StandIn) UnmarshalJSON(data []byte) error {
	return standInDecoder.Unmarshal(data, s)
}

func (s StandIn) wire() standInWire {
	return standInWire{Kind: string(s.Kind), Reference: referenceCode(s.Reference)}
}

// standIn converts w, naming fields after prefix.
func (w standInWire) standIn(l *errs.List, prefix string) StandIn {
	return StandIn{Kind: Kind(w.Kind), Reference: parseReference(l, ErrInvalidChecklist, errs.Path(prefix, "reference"), w.Reference)}
}

// MarshalJSON writes r with snake_case fields and enums as their codes, as
// the package doc's JSON section shows; every field but kind is left out
// when it is zero or empty. A requirement that fails [Requirement.Validate]
// is an error, so that what is written can always be read back.
func (r Requirement) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(r.wire())
}

// wire returns the JSON form of r, which must be valid.
func (r Requirement) wire() requirementWire {
	w := requirementWire{
		Kind:               string(r.Kind),
		Optional:           r.Optional,
		Count:              r.Count,
		YearsCovered:       r.YearsCovered,
		LatestWithinMonths: r.LatestWithinMonths,
		Reference:          referenceCode(r.Reference),
		MinAge:             r.MinAge,
		WarnWithinDays:     r.WarnWithinDays,
	}
	for _, s := range r.Sections {
		w.Sections = append(w.Sections, s.String())
	}
	for _, c := range r.OtherReferences {
		w.OtherReferences = append(w.OtherReferences, c.String())
	}
	for _, s := range r.SatisfiedBy {
		w.SatisfiedBy = append(w.SatisfiedBy, s.wire())
	}
	return w
}

// requirementDecoder is the jsonx.Decoder of a requirement, made once.
var requirementDecoder = jsonx.NewDecoder(ErrInvalidChecklist,
	build(func(w requirementWire, l *errs.List) Requirement { return w.requirement(l, "") }, Requirement.check))

// UnmarshalJSON reads the form [Requirement.MarshalJSON] writes, strictly,
// and checks the result with [Requirement.Validate]: kind is required,
// every other field absent means its Go zero value. Errors match
// [ErrInvalidChecklist] and name the field. On error r is unchanged.
func (r *Requirement) UnmarshalJSON(data []byte) error {
	return requirementDecoder.Unmarshal(data, r)
}

// requirement converts w, naming fields after prefix; the result is not
// yet validated.
func (w requirementWire) requirement(l *errs.List, prefix string) Requirement {
	r := Requirement{
		Kind:               Kind(w.Kind),
		Optional:           w.Optional,
		Count:              w.Count,
		YearsCovered:       w.YearsCovered,
		LatestWithinMonths: w.LatestWithinMonths,
		Reference:          parseReference(l, ErrInvalidChecklist, errs.Path(prefix, "reference"), w.Reference),
		MinAge:             w.MinAge,
		WarnWithinDays:     w.WarnWithinDays,
	}
	for i, code := range w.Sections {
		r.Sections = append(r.Sections, parseCode(l, ErrInvalidChecklist, errs.Path(prefix, errs.Index("sections", i)), "section", code, ParseSection))
	}
	for i, code := range w.OtherReferences {
		field := errs.Path(prefix, errs.Index("other_references", i))
		r.OtherReferences = append(r.OtherReferences, parseCode(l, ErrInvalidChecklist, field, "identifier", code, ParseReferenceCheck))
	}
	for i, sw := range w.SatisfiedBy {
		r.SatisfiedBy = append(r.SatisfiedBy, sw.standIn(l, errs.Path(prefix, errs.Index("satisfied_by", i))))
	}
	return r
}

// MarshalJSON writes c as the package doc's JSON section shows: a JSON
// array of requirements, in order, when c defines no kinds of its own, and
// otherwise an object {"kinds":[…],"requirements":[…]}. A checklist that
// fails [Checklist.Validate] is an error, so that what is written can
// always be read back.
func (c Checklist) MarshalJSON() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	reqs := make([]requirementWire, len(c.Requirements))
	for i, r := range c.Requirements {
		reqs[i] = r.wire()
	}
	if len(c.Kinds) == 0 {
		return json.Marshal(reqs)
	}
	w := checklistWire{Kinds: make([]kindDefWire, len(c.Kinds)), Requirements: reqs}
	for i, d := range c.Kinds {
		w.Kinds[i] = d.wire()
	}
	return json.Marshal(w)
}

// requirementsDecoder is the jsonx.Decoder of a checklist in its array form, made once.
var requirementsDecoder = jsonx.NewDecoder(ErrInvalidChecklist, build(requirementsWire.checklist, Checklist.check))

// checklistDecoder is the jsonx.Decoder of a checklist, made once.
var checklistDecoder = jsonx.NewDecoder(ErrInvalidChecklist, build(checklistWire.checklist, Checklist.check))

// UnmarshalJSON reads either form [Checklist.MarshalJSON] writes, strictly,
// and checks the whole with [Checklist.Validate], so decoding never yields a
// checklist that Validate refuses. Errors match [ErrInvalidChecklist] and
// name the field as Validate does ("requirements[2].sections[1]", also in
// the array form). On error c is unchanged.
func (c *Checklist) UnmarshalJSON(data []byte) error {
	if trimmed := bytes.TrimLeft(data, " \t\r\n"); len(trimmed) > 0 && trimmed[0] == '[' {
		return requirementsDecoder.Unmarshal(data, c)
	}
	return checklistDecoder.Unmarshal(data, c)
}

// requirementsWire is the JSON array form of a Checklist, written when it
// defines no kinds of its own.
type requirementsWire []requirementWire

// checklist converts w, adding to l what cannot be read.
func (w requirementsWire) checklist(l *errs.List) Checklist {
	return checklistWire{Requirements: w}.checklist(l)
}

// checklist converts w, adding to l what cannot be read; the result is not
// yet validated.
func (w checklistWire) checklist(l *errs.List) Checklist {
	var c Checklist
	for _, d := range w.Kinds {
		c.Kinds = append(c.Kinds, d.kindDef(l))
	}
	for i, rw := range w.Requirements {
		c.Requirements = append(c.Requirements, rw.requirement(l, errs.Index("requirements", i)))
	}
	return c
}

// parseReference parses an optional identifier code, "" being none, adding
// to l a problem of the given kind when it names nothing.
func parseReference(l *errs.List, kind error, field, code string) ReferenceCheck {
	if code == "" {
		return 0
	}
	return parseCode(l, kind, field, "identifier", code, ParseReferenceCheck)
}

// referenceCode returns c's code, or "" for none.
func referenceCode(c ReferenceCheck) string {
	if c == 0 {
		return ""
	}
	return c.String()
}
