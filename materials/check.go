package materials

import (
	"cmp"
	"errors"
	"slices"
	"sort"
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
// [ErrInvalidReference], [ErrUnderage], [ErrOutdated], [ErrInvalidMaterial],
// [ErrDuplicate], [ErrInvalidDate], [ErrInvalidChecklist]) and reads like
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
//   - its Reference, when the requirement names a check: as the identifier
//     its ReferenceType names, which must be the requirement's Reference or
//     one of its OtherReferences (otherwise [ErrInvalidReference], Rule
//     RuleNotAccepted), or as the Reference when it names none; the format
//     ([ErrInvalidReference]); for a resident ID, a birth date after asOf
//     ([ErrInvalidReference], Rule RuleBirthDate) or a holder younger than
//     MinAge on asOf ([ErrUnderage], Rule RuleMinimumAge).
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
	var ck checker
	return ck.check(c, provided, asOf)
}

// checker is one run of [Checklist.Check]. It groups the usable materials
// by kind once, so that each requirement looks only at its own kind and a
// check grows with the number of materials as n log n (the sort that finds
// duplicates), not n².
type checker struct {
	provided []Material
	asOf     time.Time
	// order holds the indexes into provided of the usable materials, grouped
	// by kind and, within a kind, in the order provided; the group of kind k
	// is order[start[k]:start[k+1]].
	order []int
	start []int
	// steps counts the materials visited and the comparisons made, so that
	// tests can see how the work grows with the number of materials.
	steps int
}

// check is [Checklist.Check].
func (ck *checker) check(c Checklist, provided []Material, asOf time.Time) Report {
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
	ck.provided, ck.asOf = provided, asOf
	usable := ck.usable(&rep)
	ck.group(usable)
	rep.Results = make([]Result, len(c))
	for i, r := range c {
		rep.Results[i] = ck.requirement(r)
	}
	asked := c.kindsAskedFor()
	for i, m := range provided {
		ck.steps++
		if usable[i] && !asked[m.Kind] {
			rep.Unused = append(rep.Unused, cloneMaterial(m))
		}
	}
	return rep
}

// usable reports which provided materials take part in the check: those
// that pass [Material.Validate] and are not equal to an earlier one. It
// adds a problem to rep.General for each of the others, in the order
// provided.
func (ck *checker) usable(rep *Report) []bool {
	provided := ck.provided
	usable := make([]bool, len(provided))
	var valid []int
	var invalid []Problem // by index, for the general problems in order
	for i, m := range provided {
		ck.steps++
		msgs := m.problems()
		if len(msgs) == 0 {
			usable[i] = true
			valid = append(valid, i)
			continue
		}
		kind := m.Kind
		if !kind.IsValid() {
			kind = 0
			msgs[0] = "has an unknown kind " + strconv.Itoa(int(m.Kind))
		}
		if invalid == nil {
			invalid = make([]Problem, len(provided))
		}
		invalid[i] = Problem{Kind: kind, Reason: ReasonInvalidMaterial, Title: m.Title, Detail: strings.Join(msgs, "; ")}
	}
	// Equal materials are next to each other once sorted, the first one
	// provided first (ties go by index), and that one is kept.
	slices.SortFunc(valid, func(a, b int) int {
		ck.steps++
		if c := compareMaterials(provided[a], provided[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	duplicate := false
	for j := 1; j < len(valid); j++ {
		ck.steps++
		if compareMaterials(provided[valid[j-1]], provided[valid[j]]) == 0 {
			usable[valid[j]] = false
			duplicate = true
		}
	}
	if invalid != nil || duplicate {
		for i, m := range provided {
			switch {
			case invalid != nil && invalid[i].Reason != 0:
				rep.General = append(rep.General, invalid[i])
			case !usable[i]:
				rep.General = append(rep.General, Problem{Kind: m.Kind, Reason: ReasonDuplicate, Title: m.Title})
			}
		}
	}
	return usable
}

// group sorts the indexes of the usable materials by kind (a counting
// sort, which keeps the order provided within a kind).
func (ck *checker) group(usable []bool) {
	var counts []int // counts[k] = number of usable materials of kind k
	n := 0
	for i, m := range ck.provided {
		if !usable[i] {
			continue
		}
		ck.steps++
		for int(m.Kind) >= len(counts) {
			counts = append(counts, 0)
		}
		counts[m.Kind]++
		n++
	}
	ck.start = make([]int, len(counts)+1)
	for k, c := range counts {
		ck.start[k+1] = ck.start[k] + c
	}
	next := append([]int(nil), ck.start[:len(counts)]...)
	ck.order = make([]int, n)
	for i, m := range ck.provided {
		if usable[i] {
			ck.order[next[m.Kind]] = i
			next[m.Kind]++
		}
	}
}

// ofKind returns the indexes of the usable materials of kind k, in the order
// provided.
func (ck *checker) ofKind(k Kind) []int {
	if int(k)+1 >= len(ck.start) {
		return nil
	}
	return ck.order[ck.start[k]:ck.start[k+1]]
}

// compareMaterials orders materials so that [Material.Equal] ones compare
// as 0: by kind, title, reference and its type, the calendar dates (no date
// first) and the sections.
func compareMaterials(a, b Material) int {
	if c := cmp.Compare(a.Kind, b.Kind); c != 0 {
		return c
	}
	if c := strings.Compare(a.Title, b.Title); c != 0 {
		return c
	}
	if c := strings.Compare(a.Reference, b.Reference); c != 0 {
		return c
	}
	if c := cmp.Compare(a.ReferenceType, b.ReferenceType); c != 0 {
		return c
	}
	for _, d := range [...][2]time.Time{{a.IssuedOn, b.IssuedOn}, {a.ValidUntil, b.ValidUntil}, {a.Covers.From, b.Covers.From}, {a.Covers.To, b.Covers.To}} {
		if c := compareDates(d[0], d[1]); c != 0 {
			return c
		}
	}
	return slices.Compare(a.Sections, b.Sections)
}

// compareDates orders calendar dates, the zero time first, so that it
// returns 0 exactly when [sameDate] holds.
func compareDates(a, b time.Time) int {
	switch az, bz := a.IsZero(), b.IsZero(); {
	case az && bz:
		return 0
	case az:
		return -1
	case bz:
		return 1
	}
	return calendar.Compare(a, b)
}

// kindsAskedFor returns the set of kinds c asks for, itself or as a
// stand-in, indexed by kind.
func (c Checklist) kindsAskedFor() *[256]bool {
	var asked [256]bool
	for _, r := range c {
		asked[r.Kind] = true
		for _, s := range r.SatisfiedBy {
			asked[s.Kind] = true
		}
	}
	return &asked
}

// requirement checks one requirement.
func (ck *checker) requirement(r Requirement) Result {
	provided, asOf := ck.provided, ck.asOf
	res := Result{Kind: r.Kind, Optional: r.Optional}
	group := ck.ofKind(r.Kind)
	var problems []Problem // of this kind's materials, and of the requirement
	candidates := len(group)
	counts := make([]bool, len(group)) // counts[j]: group[j] counts
	var counted []int                  // indexes into provided of the materials that count
	for j, i := range group {
		ck.steps++
		before := len(problems)
		problems = r.appendMaterialProblems(problems, provided[i], asOf)
		if len(problems) == before {
			counts[j] = true
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
		// Year k runs from the day after bounds[k] to bounds[k-1]; the years
		// are contiguous, so each material falls in at most one.
		bounds := make([]time.Time, r.YearsCovered+1)
		for k := range bounds {
			bounds[k] = calendar.AddMonths(asOf, -12*k)
		}
		anyIn := make([]bool, r.YearsCovered+1)     // anyIn[k]: a material of year k
		countedIn := make([]bool, r.YearsCovered+1) // countedIn[k]: a counted material of year k
		inYears := counted[:0:0]
		for j, i := range group {
			ck.steps++
			d := coverageDate(provided[i], asOf)
			// The first year whose start lies before d; d is never after asOf.
			k := 1 + sort.Search(r.YearsCovered, func(y int) bool { return calendar.After(d, bounds[y+1]) })
			if k > r.YearsCovered {
				continue
			}
			anyIn[k] = true
			if counts[j] {
				countedIn[k] = true
				inYears = append(inYears, i)
			}
		}
		for k := 1; k <= r.YearsCovered; k++ {
			if !countedIn[k] {
				met = false
			}
			if !anyIn[k] && candidates > 0 {
				structural = append(structural, Problem{Kind: r.Kind, Reason: ReasonInsufficientCoverage, Date: calendar.AddDays(bounds[k], 1), End: bounds[k-1]})
			}
		}
		counted = inYears
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
			ck.steps++
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
	} else if s, ok := ck.standIn(r); ok {
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
	if p, ok := referenceProblem(r.Reference, r.OtherReferences, r.MinAge, m, asOf); !ok {
		problems = append(problems, p)
	}
	return problems
}

// referenceProblem checks the identifier m carries against a requirement
// that asks for check, or for one of others when m names it in its
// ReferenceType, and wants the person it names to be at least minAge on
// asOf. It returns the first problem found, with ok false, or ok true.
// When check is zero nothing is asked and nothing is checked.
func referenceProblem(check ReferenceCheck, others []ReferenceCheck, minAge int, m Material, asOf time.Time) (p Problem, ok bool) {
	if check == 0 {
		return Problem{}, true
	}
	p = Problem{Kind: m.Kind, Reason: ReasonInvalidReference, Title: m.Title, Reference: m.Reference}
	if t := m.ReferenceType; t != 0 && t != check {
		if !slices.Contains(others, t) {
			accepted := check.English()
			for _, o := range others {
				accepted += ", " + o.English()
			}
			p.Rule = RuleNotAccepted
			p.Detail = "the " + t.English() + " is not accepted: want the " + accepted
			return p, false
		}
		check = t
	}
	if err := check.Validate(m.Reference); err != nil {
		p.Detail = err.Error()
		var re *ReferenceError
		if errors.As(err, &re) {
			p.Rule = re.Rule
			p.Detail = re.Identifier + " " + quoteInput(m.Reference) + ": " + re.Detail
		}
		return p, false
	}
	if check != CheckResidentID {
		return Problem{}, true
	}
	birth, _ := birthDate(m.Reference)
	birth = time.Date(birth.Year(), birth.Month(), birth.Day(), 0, 0, 0, 0, asOf.Location())
	if calendar.After(birth, asOf) {
		p.Rule = RuleBirthDate
		p.Date = birth
		p.Detail = IdentifierResidentID + " " + quoteInput(m.Reference) + ": birth date " + calendar.Format(birth) +
			" at positions 7-14 is after the check date " + calendar.Format(asOf)
		return p, false
	}
	if adult := calendar.AddYears(birth, minAge); minAge > 0 && calendar.Before(asOf, adult) {
		return Problem{Kind: m.Kind, Reason: ReasonUnderage, Title: m.Title, Reference: m.Reference, Rule: RuleMinimumAge,
			Date: birth, End: adult, Detail: "minimum age " + strconv.Itoa(minAge)}, false
	}
	return Problem{}, true
}

// notYetValid reports whether m was issued after asOf.
func (m Material) notYetValid(asOf time.Time) bool { return calendar.After(m.IssuedOn, asOf) }

// expired reports whether m's ValidUntil is before asOf; a zero ValidUntil
// never expires.
func (m Material) expired(asOf time.Time) bool {
	return !m.ValidUntil.IsZero() && calendar.Before(m.ValidUntil, asOf)
}

// standIn returns the first material that stands in for r: valid on the
// check date, as every counted material must be, and passing the stand-in's
// reference check (with no other references and no minimum age).
func (ck *checker) standIn(r Requirement) (Material, bool) {
	for _, s := range r.SatisfiedBy {
		for _, i := range ck.ofKind(s.Kind) {
			ck.steps++
			m := ck.provided[i]
			if m.notYetValid(ck.asOf) || m.expired(ck.asOf) {
				continue
			}
			if _, ok := referenceProblem(s.Reference, nil, 0, m, ck.asOf); ok {
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
