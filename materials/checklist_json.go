package materials

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/aftersales/certification/internal/jsonx"
)

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

// fieldError is an error met while decoding a field of a checklist: it
// reads "materials: invalid checklist: <at>: <what>" and matches both
// [ErrInvalidChecklist] and the original error (such as [ErrUnknownCode]).
type fieldError struct {
	at  string
	err error
}

func (e fieldError) Error() string {
	return ErrInvalidChecklist.Error() + ": " + e.at + ": " + strings.TrimPrefix(e.err.Error(), "materials: ")
}

func (e fieldError) Unwrap() []error { return []error{ErrInvalidChecklist, e.err} }

// errMissing is the cause of a fieldError about a required field left out.
var errMissing = errors.New("missing")

// MarshalJSON writes s as {"kind":"business_license","reference":"credit_code"},
// leaving reference out when it is zero (no check). A stand-in of an unknown
// kind or with an unknown check is an error matching [ErrInvalidChecklist].
func (s StandIn) MarshalJSON() ([]byte, error) {
	w, err := s.wire("stand-in")
	if err != nil {
		return nil, err
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the form [StandIn.MarshalJSON] writes, strictly
// (unknown fields, repeated keys, wrong types and trailing data are errors):
// kind is required, reference is optional (absent or "" is no check). Errors
// match [ErrInvalidChecklist] and name the field. On error s is unchanged.
func (s *StandIn) UnmarshalJSON(data []byte) error {
	var w standInWire
	if err := jsonx.Decode(data, &w); err != nil {
		return decodeError{ErrInvalidChecklist, err}
	}
	got, errs := w.standIn("")
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	*s = got
	return nil
}

// wire returns the JSON form of s, or an error naming at when s cannot be
// written.
func (s StandIn) wire(at string) (standInWire, error) {
	var errs []error
	if !s.Kind.IsValid() {
		errs = append(errs, fmt.Errorf("%w: %s: unknown kind %s", ErrInvalidChecklist, at, s.Kind))
	}
	if !s.Reference.IsValid() {
		errs = append(errs, fmt.Errorf("%w: %s: unknown %s", ErrInvalidChecklist, at, s.Reference))
	}
	if len(errs) > 0 {
		return standInWire{}, errors.Join(errs...)
	}
	return standInWire{Kind: s.Kind.String(), Reference: referenceCode(s.Reference)}, nil
}

// standIn converts w, naming fields after prefix.
func (w standInWire) standIn(prefix string) (StandIn, []error) {
	var errs []error
	s := StandIn{Kind: parseKindField(&errs, prefix+"kind", w.Kind)}
	s.Reference = parseReferenceField(&errs, prefix+"reference", w.Reference)
	return s, errs
}

// MarshalJSON writes r with snake_case fields and enums as their codes:
//
//	{"kind":"training_records","optional":true,"count":1,"years_covered":2,
//	 "latest_within_months":12,"sections":["plan","content"],
//	 "reference":"resident_id","other_references":["passport"],"min_age":18,
//	 "warn_within_days":90,
//	 "satisfied_by":[{"kind":"business_license","reference":"credit_code"}]}
//
// Every field but kind is left out when it is zero or empty. A requirement
// that fails [Requirement.Validate] is an error, so that what is written can
// always be read back.
func (r Requirement) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(r.wire())
}

// wire returns the JSON form of r, which must be valid.
func (r Requirement) wire() requirementWire {
	w := requirementWire{
		Kind:               r.Kind.String(),
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
		w.SatisfiedBy = append(w.SatisfiedBy, standInWire{Kind: s.Kind.String(), Reference: referenceCode(s.Reference)})
	}
	return w
}

// UnmarshalJSON reads the form [Requirement.MarshalJSON] writes, strictly:
// unknown fields, repeated keys, wrong types (a string for a number, a
// fraction for a count) and trailing data are errors. kind is required;
// every other field is optional and absent means the Go zero value (not
// optional, one material, no years, no recency, no sections, no reference
// check and no others, no minimum age, no warning, no stand-ins). The result is then checked with
// [Requirement.Validate]. Errors match [ErrInvalidChecklist] and name the
// field. On error r is unchanged.
func (r *Requirement) UnmarshalJSON(data []byte) error {
	var w requirementWire
	if err := jsonx.Decode(data, &w); err != nil {
		return decodeError{ErrInvalidChecklist, err}
	}
	got, errs := w.requirement("")
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := got.Validate(); err != nil {
		return err
	}
	*r = got
	return nil
}

// requirement converts w, naming fields after prefix; the result is not
// yet validated.
func (w requirementWire) requirement(prefix string) (Requirement, []error) {
	var errs []error
	r := Requirement{
		Kind:               parseKindField(&errs, prefix+"kind", w.Kind),
		Optional:           w.Optional,
		Count:              w.Count,
		YearsCovered:       w.YearsCovered,
		LatestWithinMonths: w.LatestWithinMonths,
		MinAge:             w.MinAge,
		WarnWithinDays:     w.WarnWithinDays,
	}
	for i, code := range w.Sections {
		s, err := ParseSection(code)
		if err != nil {
			errs = append(errs, fieldError{prefix + "sections[" + strconv.Itoa(i) + "]", err})
		}
		r.Sections = append(r.Sections, s)
	}
	r.Reference = parseReferenceField(&errs, prefix+"reference", w.Reference)
	for i, code := range w.OtherReferences {
		field := prefix + "other_references[" + strconv.Itoa(i) + "]"
		if code == "" {
			errs = append(errs, fieldError{field, errMissing})
		}
		r.OtherReferences = append(r.OtherReferences, parseReferenceField(&errs, field, code))
	}
	for i, sw := range w.SatisfiedBy {
		s, more := sw.standIn(prefix + "satisfied_by[" + strconv.Itoa(i) + "].")
		errs = append(errs, more...)
		r.SatisfiedBy = append(r.SatisfiedBy, s)
	}
	return r, errs
}

// MarshalJSON writes c as a JSON array of requirements, each as
// [Requirement.MarshalJSON] writes it, in order. A checklist that fails
// [Checklist.Validate] (an empty one included) is an error, so that what is
// written can always be read back.
func (c Checklist) MarshalJSON() ([]byte, error) {
	if err := c.Validate(); err != nil {
		return nil, err
	}
	w := make([]requirementWire, len(c))
	for i, r := range c {
		w[i] = r.wire()
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads a JSON array of requirements as
// [Requirement.UnmarshalJSON] reads each one, strictly (unknown fields,
// repeated keys, wrong types and trailing data are errors, at any depth),
// and then checks the whole with [Checklist.Validate], so decoding never
// yields a checklist that Validate refuses: null and [] are errors (no
// requirements), and so is a kind asked for twice. Errors match
// [ErrInvalidChecklist] and name the requirement and the field, as in
// `materials: invalid checklist: requirement 3: sections[1]: unknown section "summary": unknown enum value`.
// On error c is unchanged.
func (c *Checklist) UnmarshalJSON(data []byte) error {
	var w []requirementWire
	if err := jsonx.Decode(data, &w); err != nil {
		return decodeError{ErrInvalidChecklist, err}
	}
	got := make(Checklist, len(w))
	var errs []error
	for i, rw := range w {
		r, more := rw.requirement("requirement " + strconv.Itoa(i+1) + ": ")
		errs = append(errs, more...)
		got[i] = r
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := got.Validate(); err != nil {
		return err
	}
	*c = got
	return nil
}

// parseKindField parses a required kind code, adding an error naming field
// to errs when it is missing or unknown.
func parseKindField(errs *[]error, field, code string) Kind {
	if code == "" {
		*errs = append(*errs, fieldError{field, errMissing})
		return 0
	}
	k, err := ParseKind(code)
	if err != nil {
		*errs = append(*errs, fieldError{field, err})
	}
	return k
}

// parseReferenceField parses an optional reference check code ("" is no
// check), adding an error naming field to errs when it is unknown.
func parseReferenceField(errs *[]error, field, code string) ReferenceCheck {
	if code == "" {
		return 0
	}
	c, err := ParseReferenceCheck(code)
	if err != nil {
		*errs = append(*errs, fieldError{field, err})
	}
	return c
}

// referenceCode returns c's code, or "" for no check.
func referenceCode(c ReferenceCheck) string {
	if c == 0 {
		return ""
	}
	return c.String()
}
