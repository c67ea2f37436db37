package materials

import (
	"encoding/json"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

// periodWire is the JSON form of a Period.
type periodWire struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// materialWire is the JSON form of a Material.
type materialWire struct {
	Kind          string      `json:"kind"`
	Title         string      `json:"title"`
	IssuedOn      string      `json:"issued_on"`
	ValidUntil    string      `json:"valid_until,omitempty"`
	Covers        *periodWire `json:"covers,omitempty"`
	Sections      []string    `json:"sections,omitempty"`
	Reference     string      `json:"reference,omitempty"`
	ReferenceType string      `json:"reference_type,omitempty"`
}

// MarshalJSON writes m as the package doc's JSON section shows. An invalid
// material ([Material.Validate]) is an error, so that what is written can
// always be read back.
func (m Material) MarshalJSON() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	w := materialWire{
		Kind:          string(m.Kind),
		Title:         m.Title,
		IssuedOn:      calendar.Format(m.IssuedOn),
		ValidUntil:    calendar.Format(m.ValidUntil),
		Reference:     m.Reference,
		ReferenceType: referenceCode(m.ReferenceType),
	}
	for _, s := range m.Sections {
		w.Sections = append(w.Sections, s.String())
	}
	if !m.Covers.IsZero() {
		w.Covers = &periodWire{From: calendar.Format(m.Covers.From), To: calendar.Format(m.Covers.To)}
	}
	return json.Marshal(w)
}

// materialDecoder is the jsonx.Decoder of a material, made once, with its
// fast path (material_fast.go).
var materialDecoder = jsonx.NewDecoder(ErrInvalidMaterial, buildMaterial).WithFast(decodeMaterialFast)

// UnmarshalJSON reads the form MarshalJSON writes, strictly, and validates
// the result as [Material.Validate] does (see the package doc's JSON
// section). Errors match [ErrInvalidMaterial]. On error m is unchanged.
func (m *Material) UnmarshalJSON(data []byte) error {
	return materialDecoder.Unmarshal(data, m)
}

// buildMaterial is the build step of a material's decoding: convert, then
// check. Made once, as the other decoders' build steps are, not per call.
var buildMaterial = build(materialWire.material, Material.check)

// material converts w, adding to l what cannot be read (a date that is not
// YYYY-MM-DD, an unknown code); the result is not yet validated.
func (w materialWire) material(l *errs.List) Material {
	m := Material{
		Kind:          Kind(w.Kind),
		Title:         w.Title,
		IssuedOn:      parseDate(l, ErrInvalidMaterial, "issued_on", w.IssuedOn),
		ValidUntil:    parseDate(l, ErrInvalidMaterial, "valid_until", w.ValidUntil),
		Reference:     w.Reference,
		ReferenceType: parseReference(l, ErrInvalidMaterial, "reference_type", w.ReferenceType),
	}
	if w.Covers != nil {
		m.Covers = Period{From: parseDate(l, ErrInvalidMaterial, "covers.from", w.Covers.From),
			To: parseDate(l, ErrInvalidMaterial, "covers.to", w.Covers.To)}
		if w.Covers.From == "" && w.Covers.To == "" {
			l.New(ErrInvalidMaterial, "covers", "is given but empty")
		}
	}
	for i, code := range w.Sections {
		m.Sections = append(m.Sections, parseCode(l, ErrInvalidMaterial, errs.Index("sections", i), "section", code, ParseSection))
	}
	return m
}

// build is the build step of [jsonx.Unmarshal] for a value of this
// package: it converts the wire form W to a T with convert, which adds to
// the list what cannot be read, then checks the T with check, and fails
// with every problem found.
func build[W, T any](convert func(W, *errs.List) T, check func(T, *errs.List)) func(*W) (T, error) {
	return func(w *W) (T, error) {
		var l errs.List
		v := convert(*w, &l)
		if l.Len() == 0 {
			check(v, &l)
		}
		if err := l.Err(); err != nil {
			var zero T
			return zero, err
		}
		return v, nil
	}
}

// parseCode parses code, the code of a what, with parse, adding to l an
// error of the given kind that also matches [ErrUnknownCode] when it names
// nothing.
func parseCode[T ~uint8](l *errs.List, kind error, field, what, code string, parse func(string) (T, error)) T {
	v, err := parse(code)
	if err != nil {
		l.Add(errs.Wrap(kind, field, errs.Matching(ErrUnknownCode, "unknown %s %s", what, errs.Quote(code))))
	}
	return v
}

// parseDate reads a date member that may be left out ("" is the zero time)
// with calendar.ParseOptional, adding its problem to l as one of field of a
// value of the given kind.
func parseDate(l *errs.List, kind error, field, s string) time.Time {
	t, err := calendar.ParseOptional(s)
	l.Wrap(kind, field, err)
	return t
}
