package materials

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/jsonx"
)

// ErrInvalidMaterial is matched by every error of [Material.Validate] and by
// report problems about a material that fails it.
var ErrInvalidMaterial = errors.New("materials: invalid material")

// Period is a span of calendar dates, both ends included, such as the months
// a satisfaction survey covers. The zero Period means "not stated".
type Period struct {
	From, To time.Time // first and last day, both included; both zero or both set
}

// IsZero reports whether p is the zero Period (neither end set).
func (p Period) IsZero() bool { return p.From.IsZero() && p.To.IsZero() }

// Validate returns nil for the zero Period or a period with both ends set,
// in the years 1–9999, and To on or after From; otherwise an error matching
// [ErrInvalidMaterial].
func (p Period) Validate() error {
	if msg := p.problem(); msg != "" {
		return fmt.Errorf("%w: period %s", ErrInvalidMaterial, msg)
	}
	return nil
}

// problem describes what is wrong with p, or returns "".
func (p Period) problem() string {
	switch {
	case p.IsZero():
		return ""
	case p.From.IsZero():
		return "has an end (" + calendar.Format(p.To) + ") but no start"
	case p.To.IsZero():
		return "has a start (" + calendar.Format(p.From) + ") but no end"
	case !inYears(p.From):
		return "starts on " + calendar.Format(p.From) + ", " + outsideYears
	case !inYears(p.To):
		return "ends on " + calendar.Format(p.To) + ", " + outsideYears
	case calendar.Before(p.To, p.From):
		return "ends on " + calendar.Format(p.To) + ", before it starts on " + calendar.Format(p.From)
	}
	return ""
}

// Equal reports whether p and o are the same calendar dates (each read in
// its own location).
func (p Period) Equal(o Period) bool { return sameDate(p.From, o.From) && sameDate(p.To, o.To) }

// Material is the metadata of one document an applicant hands in
// (shared/DOMAIN.md §2). Dates are calendar dates read in their own
// location.
type Material struct {
	// Kind is what the document is, such as [BusinessLicense]; it must be
	// a known Kind.
	Kind Kind
	// Title is the document's name as the applicant gives it; it must not
	// be empty or blank.
	Title string
	// IssuedOn is the issue date. It is required: a document without an
	// issue date cannot be checked against a date. A document issued after
	// the check date is not yet valid.
	IssuedOn time.Time
	// ValidUntil is the last day the document is valid, on or after
	// IssuedOn; the zero ValidUntil means no end date (长期).
	ValidUntil time.Time
	// Covers is the period the document reports on (a survey's year, say);
	// it may be zero.
	Covers Period
	// Sections lists the sections the document contains, each known and
	// listed once.
	Sections []Section
	// Reference is the identifier printed on the document, such as a credit
	// code or a resident ID number; it may be empty. Whether it is checked,
	// and how, is up to the [Requirement] ([Requirement.Reference]).
	Reference string
	// ReferenceType says which identifier Reference is, when the
	// requirement accepts more than one (a legal representative may sign
	// with a passport instead of a resident ID, see
	// [Requirement.OtherReferences]); zero means the one the requirement
	// asks for first.
	ReferenceType ReferenceCheck
}

// Validate checks m on its own, without a date, and returns every problem
// joined (nil when there is none), each matching [ErrInvalidMaterial]:
//   - an unknown Kind;
//   - an empty or whitespace-only Title, or a Title or Reference that is
//     not valid UTF-8;
//   - a zero IssuedOn;
//   - an IssuedOn, ValidUntil or Covers date outside the years 1–9999
//     (JSON writes dates as YYYY-MM-DD and could not read such a date back);
//   - a ValidUntil before IssuedOn;
//   - a Covers period with only one end, or with To before From;
//   - an unknown or repeated Section;
//   - an unknown ReferenceType.
//
// Reference is not checked here: which identifier a document carries depends
// on the requirement (see [Requirement.Reference]).
func (m Material) Validate() error {
	msgs := m.problems()
	if len(msgs) == 0 {
		return nil
	}
	errs := make([]error, len(msgs))
	for i, msg := range msgs {
		errs[i] = fmt.Errorf("%w: %s %s", ErrInvalidMaterial, m.name(), msg)
	}
	return errors.Join(errs...)
}

// problems lists what is wrong with m on its own, in words, or nil.
func (m Material) problems() []string {
	var msgs []string
	if !m.Kind.IsValid() {
		msgs = append(msgs, "has an unknown kind")
	}
	if strings.TrimSpace(m.Title) == "" {
		msgs = append(msgs, "has an empty title")
	} else if !utf8.ValidString(m.Title) {
		msgs = append(msgs, "has a title that is not valid UTF-8")
	}
	if !utf8.ValidString(m.Reference) {
		msgs = append(msgs, "has a reference that is not valid UTF-8")
	}
	if !m.ReferenceType.IsValid() {
		msgs = append(msgs, "has an unknown reference type "+strconv.Itoa(int(m.ReferenceType)))
	}
	switch {
	case m.IssuedOn.IsZero():
		msgs = append(msgs, "has no issue date")
	case !inYears(m.IssuedOn):
		msgs = append(msgs, "has an issue date "+calendar.Format(m.IssuedOn)+" "+outsideYears)
	case !m.ValidUntil.IsZero() && !inYears(m.ValidUntil):
		msgs = append(msgs, "is valid until "+calendar.Format(m.ValidUntil)+", "+outsideYears)
	case !m.ValidUntil.IsZero() && calendar.Before(m.ValidUntil, m.IssuedOn):
		msgs = append(msgs, "is valid until "+calendar.Format(m.ValidUntil)+", before its issue date "+calendar.Format(m.IssuedOn))
	}
	if msg := m.Covers.problem(); msg != "" {
		msgs = append(msgs, "covers a period that "+msg)
	}
	for i, s := range m.Sections {
		switch {
		case !s.IsValid():
			msgs = append(msgs, "has an unknown section "+s.String())
		case indexSection(m.Sections[:i], s) >= 0:
			msgs = append(msgs, "lists section "+s.String()+" twice")
		}
	}
	return msgs
}

// name returns the kind and quoted title of m for messages.
func (m Material) name() string { return m.Kind.String() + " " + quoteInput(m.Title) }

// HasSection reports whether m lists section s.
func (m Material) HasSection(s Section) bool { return indexSection(m.Sections, s) >= 0 }

// Equal reports whether m and o describe the same document: the same kind,
// title, reference and reference type, the same calendar dates, and the
// same sections in the same order (a nil and an empty list are the same).
func (m Material) Equal(o Material) bool {
	if m.Kind != o.Kind || m.Title != o.Title || m.Reference != o.Reference || m.ReferenceType != o.ReferenceType ||
		!sameDate(m.IssuedOn, o.IssuedOn) || !sameDate(m.ValidUntil, o.ValidUntil) ||
		!m.Covers.Equal(o.Covers) || len(m.Sections) != len(o.Sections) {
		return false
	}
	for i := range m.Sections {
		if m.Sections[i] != o.Sections[i] {
			return false
		}
	}
	return true
}

// periodWire is the JSON form of a Period.
type periodWire struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// materialWire is the JSON form of a Material.
type materialWire struct {
	Kind       string      `json:"kind"`
	Title      string      `json:"title"`
	IssuedOn   string      `json:"issued_on"`
	ValidUntil string      `json:"valid_until,omitempty"`
	Covers     *periodWire `json:"covers,omitempty"`
	Sections   []string    `json:"sections,omitempty"`
	Reference  string      `json:"reference,omitempty"`
	// ReferenceType is the code of a non-zero ReferenceType.
	ReferenceType string `json:"reference_type,omitempty"`
}

// MarshalJSON writes m as
// {"kind":"business_license","title":…,"issued_on":"2024-01-02","valid_until":…,"covers":{"from":…,"to":…},"sections":[…],"reference":…,"reference_type":…}
// with dates as YYYY-MM-DD and the reference type as its code
// ("passport"); valid_until, covers, sections, reference and reference_type
// are left out when zero or empty. An invalid material (see [Material.Validate])
// is an error, so that what is written can always be read back.
func (m Material) MarshalJSON() ([]byte, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	return json.Marshal(m.wire())
}

func (m Material) wire() materialWire {
	w := materialWire{
		Kind:       m.Kind.String(),
		Title:      m.Title,
		IssuedOn:   calendar.Format(m.IssuedOn),
		ValidUntil: formatDate(m.ValidUntil),
		Reference:  m.Reference,
	}
	if m.ReferenceType != 0 {
		w.ReferenceType = m.ReferenceType.String()
	}
	for _, s := range m.Sections {
		w.Sections = append(w.Sections, s.String())
	}
	if !m.Covers.IsZero() {
		w.Covers = &periodWire{From: calendar.Format(m.Covers.From), To: calendar.Format(m.Covers.To)}
	}
	return w
}

// UnmarshalJSON reads the form MarshalJSON writes, strictly (unknown fields,
// repeated keys and trailing data are errors), and validates the result with
// [Material.Validate]. Dates become midnight UTC: the location of the
// original is not kept. An absent or empty valid_until is no end date, an
// absent or empty reference_type the zero ReferenceType. On
// error m is unchanged.
func (m *Material) UnmarshalJSON(data []byte) error {
	var w materialWire
	if err := jsonx.Decode(data, &w); err != nil {
		return decodeError{ErrInvalidMaterial, err}
	}
	got, err := w.material()
	if err != nil {
		return err
	}
	*m = got
	return nil
}

func (w materialWire) material() (Material, error) {
	var errs []error
	date := func(field, s string) time.Time { return parseOptionalDate(&errs, ErrInvalidMaterial, field, s) }
	kind, err := ParseKind(w.Kind)
	if err != nil {
		errs = append(errs, fmt.Errorf("%w: unknown kind %q", ErrInvalidMaterial, w.Kind))
	}
	m := Material{
		Kind:       kind,
		Title:      w.Title,
		IssuedOn:   date("issued_on", w.IssuedOn),
		ValidUntil: date("valid_until", w.ValidUntil),
		Reference:  w.Reference,
	}
	if w.ReferenceType != "" {
		t, err := ParseReferenceCheck(w.ReferenceType)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: unknown reference_type %q", ErrInvalidMaterial, w.ReferenceType))
		}
		m.ReferenceType = t
	}
	if w.Covers != nil {
		m.Covers = Period{From: date("covers.from", w.Covers.From), To: date("covers.to", w.Covers.To)}
		if m.Covers.IsZero() {
			errs = append(errs, fmt.Errorf("%w: covers is given but empty", ErrInvalidMaterial))
		}
	}
	for _, code := range w.Sections {
		sec, err := ParseSection(code)
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: unknown section %q", ErrInvalidMaterial, code))
		}
		m.Sections = append(m.Sections, sec)
	}
	if len(errs) > 0 {
		return Material{}, errors.Join(errs...)
	}
	if err := m.Validate(); err != nil {
		return Material{}, err
	}
	return m, nil
}

// outsideYears ends a message about a date that [inYears] refuses.
const outsideYears = "outside the years 1–9999"

// inYears reports whether t's calendar date lies in the years 1 to 9999, the
// dates that print as YYYY-MM-DD and parse back.
func inYears(t time.Time) bool {
	y := t.Year()
	return y >= 1 && y <= 9999
}

// indexSection returns the index of s in list, or -1.
func indexSection(list []Section, s Section) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// sameDate reports whether a and b are both zero or the same calendar date.
func sameDate(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return a.IsZero() == b.IsZero()
	}
	return calendar.Same(a, b)
}

// formatDate formats a date as YYYY-MM-DD, or "" for the zero time.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return calendar.Format(t)
}

// parseOptionalDate parses a YYYY-MM-DD date, or returns the zero time for
// "", adding an error matching sentinel and naming field to errs when s is
// not a date.
func parseOptionalDate(errs *[]error, sentinel error, field, s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := calendar.Parse(s, nil)
	if err != nil {
		*errs = append(*errs, fmt.Errorf("%w: %s %q is not a YYYY-MM-DD date", sentinel, field, s))
	}
	return t
}

// decodeError wraps an error met while decoding JSON so that it matches
// both the category sentinel and the original error, without repeating the
// package prefix when the original already has one.
type decodeError struct {
	sentinel, err error
}

func (e decodeError) Error() string {
	msg := e.err.Error()
	if strings.HasPrefix(msg, "materials: ") {
		return msg
	}
	return e.sentinel.Error() + ": " + msg
}

func (e decodeError) Unwrap() []error { return []error{e.sentinel, e.err} }
