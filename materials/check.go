package materials

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/certification/internal/calendar"
)

// Report is the outcome of [Checklist.Check]: one [Result] per requirement,
// in checklist order, and the problems that belong to no single
// requirement.
type Report struct {
	// AsOf is the check date; zero when it was not usable (zero, or outside
	// the years 1–9999).
	AsOf time.Time
	// Results holds one result per requirement, in checklist order. It is
	// empty when the check date is zero or the checklist is invalid.
	Results []Result
	// Unused lists the materials of kinds the checklist does not ask for
	// (neither as a requirement nor as a stand-in). They are not problems.
	Unused []Material
	// General lists the problems that belong to no single requirement: a
	// zero or out-of-range check date, an invalid checklist, a material that fails
	// [Material.Validate], a material provided twice. They all block.
	General []Problem
}

// Result is what a check found for one requirement.
type Result struct {
	// Kind is the requirement's Kind.
	Kind Kind
	// Optional repeats the requirement's Optional: when true, nothing here
	// blocks.
	Optional bool
	// Satisfied reports whether the requirement is met.
	Satisfied bool
	// Used lists the materials that count for the requirement (each passed
	// the checks of a single material; when the requirement is not met they
	// were not enough), or the stand-in that met it in their place.
	Used []Material
	// Problems lists what blocks the requirement (always empty for an
	// optional requirement).
	Problems []Problem
	// Warnings lists what does not block: a material ending soon, the
	// problems of an optional requirement, and the problems of extra
	// materials when the requirement is met by others.
	Warnings []Problem
}

// Complete reports whether the check found no blocking problem.
func (r Report) Complete() bool {
	if len(r.General) > 0 || len(r.Results) == 0 {
		return false
	}
	for _, res := range r.Results {
		if len(res.Problems) > 0 {
			return false
		}
	}
	return true
}

// Problems returns every blocking problem: the general ones first, then
// each requirement's in checklist order.
func (r Report) Problems() []Problem {
	out := append([]Problem(nil), r.General...)
	for _, res := range r.Results {
		out = append(out, res.Problems...)
	}
	return out
}

// Warnings returns every warning, in checklist order. Warnings never make a
// report incomplete.
func (r Report) Warnings() []Problem {
	var out []Problem
	for _, res := range r.Results {
		out = append(out, res.Warnings...)
	}
	return out
}

// Err returns nil when the report is complete, and otherwise every blocking
// problem joined with errors.Join, in the order of [Report.Problems]. Each
// problem matches the sentinel of its Reason ([ErrMissing], [ErrExpired],
// [ErrNotYetValid], [ErrInsufficientCoverage], [ErrMissingSection],
// [ErrInvalidReference], [ErrOutdated], [ErrInvalidMaterial], [ErrDuplicate],
// [ErrInvalidDate], [ErrInvalidChecklist]) and reads like
// `materials: business_license "营业执照": expired: valid until 2026-03-31`.
// A report with no results and no problems (the zero Report) is not
// complete: its error matches [ErrInvalidDate].
func (r Report) Err() error {
	if r.Complete() {
		return nil
	}
	problems := r.Problems()
	if len(problems) == 0 {
		return Problem{Reason: ReasonInvalidDate}
	}
	errs := make([]error, len(problems))
	for i, p := range problems {
		errs[i] = p
	}
	return errors.Join(errs...)
}

// Result returns the result for kind k, if the checklist had a requirement
// for it.
func (r Report) Result(k Kind) (Result, bool) {
	for _, res := range r.Results {
		if res.Kind == k {
			return res, true
		}
	}
	return Result{}, false
}

// Check checks the provided materials against c on the date asOf (read in
// its own location) and reports, per requirement, what met it and what is
// wrong. It never fails: a zero asOf, one outside the years 1–9999 (the
// report's AsOf is then zero) or an invalid checklist is a problem in
// [Report.General], and so is each material that fails [Material.Validate]
// or repeats an earlier one (it is then left out of the check). The
// provided slice is not changed and the report shares no memory with it.
//
// For each requirement, each material of its kind is checked on asOf:
//   - issued after asOf: not yet valid ([ErrNotYetValid]);
//   - ValidUntil before asOf: expired ([ErrExpired]); a zero ValidUntil
//     never expires;
//   - every section the requirement lists ([ErrMissingSection]);
//   - its Reference, when the requirement names a check
//     ([ErrInvalidReference]).
//
// A material with none of these problems counts. The requirement is met
// when at least Count materials count, each of the last YearsCovered years
// has one, and the latest was issued within LatestWithinMonths. Otherwise a
// stand-in (SatisfiedBy) can meet it. When nothing of the kind was provided,
// fewer than Count, or fewer than Count that count within the years covered,
// and no stand-in fits, it is missing ([ErrMissing]); a year with nothing at
// all is [ErrInsufficientCoverage]; a latest material too old is
// [ErrOutdated]. When the requirement is met, the problems of the materials
// that did not count become warnings. Optional requirements report
// everything as warnings. A counted material that ends within
// WarnWithinDays of asOf is a warning ([ErrExpiresSoon]).
func (c Checklist) Check(provided []Material, asOf time.Time) Report {
	if asOf.IsZero() {
		return Report{General: []Problem{{Reason: ReasonInvalidDate}}}
	}
	if !inYears(asOf) {
		return Report{General: []Problem{{Reason: ReasonInvalidDate, Detail: calendar.Format(asOf) + " is " + outsideYears}}}
	}
	rep := Report{AsOf: asOf}
	if err := c.Validate(); err != nil {
		rep.General = []Problem{{Reason: ReasonInvalidChecklist, Detail: strings.ReplaceAll(stripPrefix(err.Error(), ErrInvalidChecklist), "\n"+ErrInvalidChecklist.Error()+": ", "; ")}}
		return rep
	}
	usable := make([]bool, len(provided))
	for i, m := range provided {
		if msgs := m.problems(); len(msgs) > 0 {
			kind := m.Kind
			if !kind.IsValid() {
				kind = 0
				msgs[0] = "has an unknown kind " + strconv.Itoa(int(m.Kind))
			}
			rep.General = append(rep.General, Problem{Kind: kind, Reason: ReasonInvalidMaterial, Title: m.Title, Detail: strings.Join(msgs, "; ")})
			continue
		}
		if isDuplicate(provided, usable, i) {
			rep.General = append(rep.General, Problem{Kind: m.Kind, Reason: ReasonDuplicate, Title: m.Title})
			continue
		}
		usable[i] = true
	}
	rep.Results = make([]Result, len(c))
	for i, r := range c {
		rep.Results[i] = r.check(provided, usable, asOf)
	}
	for i, m := range provided {
		if usable[i] && !c.asksFor(m.Kind) {
			rep.Unused = append(rep.Unused, cloneMaterial(m))
		}
	}
	return rep
}

// isDuplicate reports whether provided[i] equals an earlier usable material.
func isDuplicate(provided []Material, usable []bool, i int) bool {
	for j := range i {
		if usable[j] && provided[j].Equal(provided[i]) {
			return true
		}
	}
	return false
}

// asksFor reports whether c asks for kind k, itself or as a stand-in.
func (c Checklist) asksFor(k Kind) bool {
	for _, r := range c {
		if r.Kind == k {
			return true
		}
		for _, s := range r.SatisfiedBy {
			if s.Kind == k {
				return true
			}
		}
	}
	return false
}

// check checks one requirement.
func (r Requirement) check(provided []Material, usable []bool, asOf time.Time) Result {
	res := Result{Kind: r.Kind, Optional: r.Optional}
	var problems []Problem // of this kind's materials, and of the requirement
	candidates := 0
	var counted []int // indexes into provided of the materials that count
	for i, m := range provided {
		if !usable[i] || m.Kind != r.Kind {
			continue
		}
		candidates++
		before := len(problems)
		problems = r.appendMaterialProblems(problems, m, asOf)
		if len(problems) == before {
			counted = append(counted, i)
		}
	}
	met := len(counted) >= r.count()
	var structural []Problem // problems of the requirement as a whole
	if candidates == 0 {
		structural = append(structural, Problem{Kind: r.Kind, Reason: ReasonMissing, Detail: r.standInDetail()})
	} else if candidates < r.count() {
		structural = append(structural, Problem{Kind: r.Kind, Reason: ReasonMissing, Detail: strconv.Itoa(candidates) + " of " + strconv.Itoa(r.count()) + " provided"})
	}
	if r.YearsCovered > 0 {
		inYears := counted[:0:0]
		for k := 1; k <= r.YearsCovered; k++ {
			start, end := calendar.AddMonths(asOf, -12*k), calendar.AddMonths(asOf, -12*(k-1))
			anyHere, countedHere := false, false
			for i, m := range provided {
				if !usable[i] || m.Kind != r.Kind {
					continue
				}
				d := coverageDate(m, asOf)
				if !calendar.After(d, start) || calendar.After(d, end) {
					continue
				}
				anyHere = true
				if containsInt(counted, i) {
					countedHere = true
					if !containsInt(inYears, i) {
						inYears = append(inYears, i)
					}
				}
			}
			if !countedHere {
				met = false
			}
			if !anyHere && candidates > 0 {
				structural = append(structural, Problem{Kind: r.Kind, Reason: ReasonInsufficientCoverage, Date: calendar.AddDays(start, 1), End: end})
			}
		}
		counted = sortInts(inYears)
		if len(counted) < r.count() {
			met = false
			if candidates >= r.count() {
				structural = append(structural, Problem{Kind: r.Kind, Reason: ReasonMissing,
					Detail: strconv.Itoa(len(counted)) + " of " + strconv.Itoa(r.count()) + " within the last " + strconv.Itoa(r.YearsCovered) + " years"})
			}
		}
	}
	if r.LatestWithinMonths > 0 && len(counted) > 0 {
		latest := counted[0]
		for _, i := range counted[1:] {
			if calendar.After(provided[i].IssuedOn, provided[latest].IssuedOn) {
				latest = i
			}
		}
		cutoff := calendar.AddMonths(asOf, -r.LatestWithinMonths)
		if calendar.Before(provided[latest].IssuedOn, cutoff) {
			met = false
			structural = append(structural, Problem{Kind: r.Kind, Reason: ReasonOutdated, Title: provided[latest].Title, Date: calendar.Date(provided[latest].IssuedOn), End: cutoff})
		}
	}
	if met {
		res.Satisfied = true
		res.Warnings = problems
		res.Used = make([]Material, 0, len(counted))
		for _, i := range counted {
			res.Used = append(res.Used, cloneMaterial(provided[i]))
		}
	} else if s, ok := r.standIn(provided, usable, asOf); ok {
		res.Satisfied = true
		res.Warnings = problems
		res.Used = []Material{cloneMaterial(s)}
	} else {
		res.Problems = append(problems, structural...)
		for _, i := range counted {
			res.Used = append(res.Used, cloneMaterial(provided[i]))
		}
	}
	if r.WarnWithinDays > 0 {
		for _, m := range res.Used {
			if m.Kind == r.Kind && !m.ValidUntil.IsZero() && calendar.DaysBetween(asOf, m.ValidUntil) <= r.WarnWithinDays {
				res.Warnings = append(res.Warnings, Problem{Kind: r.Kind, Reason: ReasonExpiresSoon, Title: m.Title, Date: calendar.Date(m.ValidUntil),
					Detail: "within " + strconv.Itoa(r.WarnWithinDays) + " days of " + calendar.Format(asOf)})
			}
		}
	}
	if r.Optional {
		res.Warnings = append(res.Warnings, res.Problems...)
		res.Problems = nil
		if candidates == 0 && !res.Satisfied {
			// Nothing optional provided is not even a warning.
			res.Warnings = dropReason(res.Warnings, ReasonMissing)
		}
	}
	return res
}

// appendMaterialProblems appends what keeps m from counting for r on asOf.
func (r Requirement) appendMaterialProblems(problems []Problem, m Material, asOf time.Time) []Problem {
	if m.notYetValid(asOf) {
		problems = append(problems, Problem{Kind: m.Kind, Reason: ReasonNotYetValid, Title: m.Title, Date: calendar.Date(m.IssuedOn)})
	}
	if m.expired(asOf) {
		problems = append(problems, Problem{Kind: m.Kind, Reason: ReasonExpired, Title: m.Title, Date: calendar.Date(m.ValidUntil)})
	}
	for _, s := range r.Sections {
		if !m.HasSection(s) {
			problems = append(problems, Problem{Kind: m.Kind, Reason: ReasonMissingSection, Title: m.Title, Section: s})
		}
	}
	if err := r.Reference.Validate(m.Reference); err != nil {
		p := Problem{Kind: m.Kind, Reason: ReasonInvalidReference, Title: m.Title, Reference: m.Reference, Detail: err.Error()}
		var re *ReferenceError
		if errors.As(err, &re) {
			p.Rule = re.Rule
			p.Detail = re.Identifier + " " + quoteInput(m.Reference) + ": " + re.Detail
		}
		problems = append(problems, p)
	}
	return problems
}

// notYetValid reports whether m was issued after asOf.
func (m Material) notYetValid(asOf time.Time) bool { return calendar.After(m.IssuedOn, asOf) }

// expired reports whether m's ValidUntil is before asOf; a zero ValidUntil
// never expires.
func (m Material) expired(asOf time.Time) bool {
	return !m.ValidUntil.IsZero() && calendar.Before(m.ValidUntil, asOf)
}

// standIn returns the first material that stands in for r on asOf: valid
// on asOf, as every counted material must be, and passing the stand-in's
// reference check.
func (r Requirement) standIn(provided []Material, usable []bool, asOf time.Time) (Material, bool) {
	for _, s := range r.SatisfiedBy {
		for i, m := range provided {
			if !usable[i] || m.Kind != s.Kind || m.notYetValid(asOf) || m.expired(asOf) {
				continue
			}
			if s.Reference.Validate(m.Reference) == nil {
				return m, true
			}
		}
	}
	return Material{}, false
}

// standInDetail says which stand-ins were looked for, for a missing
// requirement.
func (r Requirement) standInDetail() string {
	if len(r.SatisfiedBy) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("and no ")
	for i, s := range r.SatisfiedBy {
		if i > 0 {
			b.WriteString(" or ")
		}
		b.WriteString(s.Kind.String())
		if s.Reference != 0 {
			b.WriteString(" with a valid " + s.Reference.English())
		}
	}
	b.WriteString(" stands in")
	return b.String()
}

// coverageDate is the date a material counts for in YearsCovered: the end
// of its Covers period (its issue date when Covers is zero), no later than
// asOf.
func coverageDate(m Material, asOf time.Time) time.Time {
	d := m.IssuedOn
	if !m.Covers.IsZero() {
		d = m.Covers.To
	}
	return calendar.Min(d, asOf)
}

// cloneMaterial returns m with its own copy of Sections.
func cloneMaterial(m Material) Material {
	if m.Sections != nil {
		m.Sections = append([]Section(nil), m.Sections...)
	}
	return m
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

// sortInts sorts a short list in place (insertion sort) and returns it.
func sortInts(list []int) []int {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j] < list[j-1]; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	return list
}

// dropReason returns list without the problems of reason r.
func dropReason(list []Problem, r Reason) []Problem {
	out := list[:0]
	for _, p := range list {
		if p.Reason != r {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// stripPrefix removes the leading "sentinel: " from msg.
func stripPrefix(msg string, sentinel error) string {
	return strings.TrimPrefix(msg, sentinel.Error()+": ")
}
