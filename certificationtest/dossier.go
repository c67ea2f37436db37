package certificationtest

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/materials"
)

// Dossier returns materials that c finds complete on asOf, with no warning,
// built from seed as the package doc's Dossiers section says; with breaks,
// materials in which c finds exactly one problem per break, its reason on
// its kind. Every dossier is checked with c.Check before it is returned.
//
// Errors, each a [*FieldError] matching [ErrInvalidDossier]: a checklist
// that does not validate ("checklist", also matching
// materials.ErrInvalidChecklist); an asOf that is zero or outside
// 0001-01-02 to 9999-12-31 ("as_of"); a zero break, one about a kind the checklist does not
// ask for or only as optional, a second break of one kind, or one the
// requirement gives no hold to ("breaks[i]"); a dossier in which Check does
// not find exactly what it should ("breaks[i]", "breaks" or "as_of"), such
// as a break of a kind that a stand-in meets anyway.
func Dossier(c materials.Checklist, asOf time.Time, seed uint64, breaks ...Break) ([]materials.Material, error) {
	return dossier(c, asOf, seed, creditCode(Enterprise, companyDivision, seed), breaks)
}

// MustDossier is [Dossier] for tests: it panics, naming the call, when
// Dossier fails.
func MustDossier(c materials.Checklist, asOf time.Time, seed uint64, breaks ...Break) []materials.Material {
	ms, err := Dossier(c, asOf, seed, breaks...)
	if err != nil {
		panic("certificationtest.MustDossier: " + err.Error())
	}
	return ms
}

// builder builds the materials of one dossier.
type builder struct {
	c      materials.Checklist
	asOf   time.Time
	seed   uint64
	credit string    // the credit code the materials carry
	l      errs.List // dates the calendar cannot hold
}

// dossier is [Dossier] for a company with the given credit code (a valid
// one), so that an application's materials name its applicant.
func dossier(c materials.Checklist, asOf time.Time, seed uint64, credit string, breaks []Break) ([]materials.Material, error) {
	var l errs.List
	l.Wrap(ErrInvalidDossier, "checklist", c.Validate())
	l.Wrap(ErrInvalidDossier, "as_of", calendar.Check(asOf))
	if err := l.Err(); err != nil {
		return nil, err
	}
	byKind, err := planBreaks(c, breaks)
	if err != nil {
		return nil, err
	}
	b := builder{c: c, asOf: asOf, seed: seed, credit: credit}
	var out []materials.Material
	for _, r := range c.Requirements {
		if !r.Optional {
			out = b.requirement(out, r, byKind[r.Kind])
		}
	}
	if err := b.l.Err(); err != nil {
		return nil, err
	}
	if err := verify(c, out, asOf, breaks); err != nil {
		return nil, err
	}
	return out, nil
}

// slot is one material to build for a requirement: the year it counts for
// (1 the latest; 0 for a requirement that covers no years), and whether
// the break is applied to it.
type slot struct {
	year   int
	broken bool
}

// slots plans the materials of r under the break br (the zero Break for
// none), as the package doc's Dossiers section says.
func slots(r materials.Requirement, br Break) []slot {
	n, years := max(r.Count, 1), r.YearsCovered
	switch {
	case br.reason == materials.ReasonMissing:
		return nil
	case br.reason == materials.ReasonInsufficientCoverage:
		return spread(max(n, years-1), years, br.year)
	case br.perMaterial() && years > 0:
		return append(spread(max(n, years-1), years, years), slot{year: years, broken: true})
	case br.perMaterial():
		out := spread(n, 0, 0)
		out[0].broken = true
		return out
	}
	return spread(max(n, years), years, 0)
}

// spread returns n slots in turn over the years 1..years but skip (0 skips
// none); with years 0, n slots of no year. It returns none when no year is
// left.
func spread(n, years, skip int) []slot {
	var in []int
	for y := 1; y <= years; y++ {
		if y != skip {
			in = append(in, y)
		}
	}
	if years > 0 && len(in) == 0 {
		return nil
	}
	out := make([]slot, n)
	for i := range out {
		if years > 0 {
			out[i].year = in[i%len(in)]
		}
	}
	return out
}

// requirement appends the materials of r under the break br.
func (b *builder) requirement(out []materials.Material, r materials.Requirement, br Break) []materials.Material {
	plan := slots(r, br)
	def, _ := b.c.Kind(r.Kind) // a valid checklist knows every kind it asks for
	for i, s := range plan {
		title := def.Chinese
		if len(plan) > 1 {
			title = fmt.Sprintf("%s %d/%d", def.Chinese, i+1, len(plan))
		}
		out = append(out, b.material(r, br, s, title))
	}
	return out
}

// material builds the material of slot s of r.
func (b *builder) material(r materials.Requirement, br Break, s slot, title string) materials.Material {
	// A material of year k is issued a month before that year ends, and
	// covers the 12 months up to then.
	issued := calendar.AddMonths(b.asOf, -(12*max(s.year-1, 0) + 1))
	m := materials.Material{Kind: r.Kind, Title: title, IssuedOn: issued, Sections: slices.Clone(r.Sections)}
	if r.YearsCovered > 0 {
		m.Covers = materials.Period{From: calendar.AddDays(calendar.AddMonths(issued, -12), 1), To: issued}
	}
	switch {
	case br.reason == materials.ReasonOutdated:
		m.IssuedOn = calendar.Min(issued, calendar.AddMonths(b.asOf, -(r.LatestWithinMonths+1)))
	case s.broken && br.reason == materials.ReasonNotYetValid:
		m.IssuedOn = calendar.AddMonths(b.asOf, 1)
	case s.broken && br.reason == materials.ReasonExpired:
		m.ValidUntil = calendar.AddDays(b.asOf, -1)
	case s.broken && br.reason == materials.ReasonMissingSection:
		m.Sections = slices.DeleteFunc(m.Sections, func(x materials.Section) bool { return x == br.section })
	}
	m.Reference, m.ReferenceType = b.reference(r, br, s.broken)
	return m
}

// reference returns the identifier a material of r carries and, when it is
// not r's Reference, which one it is.
func (b *builder) reference(r materials.Requirement, br Break, broken bool) (string, materials.ReferenceCheck) {
	switch {
	case r.Reference == 0:
		return "", 0
	case broken && br.reason == materials.ReasonUnderage:
		id := b.person(calendar.AddMonths(b.asOf, -(12*r.MinAge - 6)))
		if r.Reference != materials.CheckResidentID {
			return id, materials.CheckResidentID
		}
		return id, 0
	}
	var ref string
	switch r.Reference {
	case materials.CheckCreditCode:
		ref = b.credit
	case materials.CheckOrganizationCode:
		ref = b.credit[8:17]
	case materials.CheckResidentID:
		ref = b.person(calendar.AddYears(b.asOf, -(r.MinAge + 30)))
	default:
		ref, _ = Reference(r.Reference, b.seed) // a valid checklist names known identifiers
	}
	if broken && br.reason == materials.ReasonInvalidReference {
		ref = spoil(r.Reference, ref)
	}
	return ref, 0
}

// person returns the resident ID of a man born on born, or "" (and a
// problem) when born is not a usable date.
func (b *builder) person(born time.Time) string {
	if !calendar.InRange(born) {
		b.l.New(ErrInvalidDossier, "as_of", "%s is too early: a legal representative would be born before the year %d",
			calendar.Format(b.asOf), calendar.MinYear)
		return ""
	}
	return residentID(personDivision, born, Male, b.seed)
}

// spoil returns ref with a wrong check character, or, for an identifier
// without one, its last character replaced by "*".
func spoil(c materials.ReferenceCheck, ref string) string {
	alphabet := "0123456789X"
	switch c {
	case materials.CheckCreditCode:
		alphabet = creditAlphabet
	case materials.CheckOrganizationCode, materials.CheckResidentID, materials.CheckForeignPermanentResidentID:
	default:
		return ref[:len(ref)-1] + "*"
	}
	i := strings.IndexByte(alphabet, ref[len(ref)-1])
	return ref[:len(ref)-1] + string(alphabet[(i+1)%len(alphabet)])
}

// verify checks ms with c on asOf: the report's blocking problems must be
// exactly one per break, its reason on its kind.
func verify(c materials.Checklist, ms []materials.Material, asOf time.Time, breaks []Break) error {
	rep := c.Check(ms, asOf)
	got := rep.Problems()
	for i, b := range breaks {
		on := slices.DeleteFunc(slices.Clone(got), func(p materials.Problem) bool { return p.Kind != b.kind })
		if len(on) != 1 || on[0].Reason != b.reason {
			return errs.New(ErrInvalidDossier, errs.Index("breaks", i), "%s cannot be the only problem of %s: the check finds %s",
				b.name(), b.kind, describe(on, rep, b.kind))
		}
	}
	switch {
	case len(got) == len(breaks):
		return nil
	case len(breaks) == 0:
		return errs.New(ErrInvalidDossier, "as_of", "the dossier built to be complete on %s is not: the check finds %s",
			calendar.Format(asOf), describe(got, rep, ""))
	}
	return errs.New(ErrInvalidDossier, "breaks", "the check finds more problems than the breaks: %s", describe(got, rep, ""))
}

// describe says what the check found: the problems (at most five), or that
// a stand-in met kind k.
func describe(ps []materials.Problem, rep materials.Report, k materials.Kind) string {
	if res, ok := rep.Result(k); ok && len(ps) == 0 && res.Satisfied && len(res.Used) > 0 && res.Used[0].Kind != k {
		return "no problem: a " + string(res.Used[0].Kind) + " stands in for it"
	}
	if len(ps) == 0 {
		return "no problem"
	}
	parts := make([]string, 0, 6)
	for i, p := range ps {
		if i == 5 {
			parts = append(parts, fmt.Sprintf("and %d more", len(ps)-5))
			break
		}
		parts = append(parts, p.Error())
	}
	return strings.Join(parts, "; ")
}
