package materials

import (
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/aftersales/certification/internal/calendar"
)

// requirementCheck is the check of one requirement: the materials of its
// kind one by one, then the rules of the requirement as a whole, each a
// step of the package doc's Rules section.
type requirementCheck struct {
	ck    *checker
	r     Requirement
	group []int // the usable materials of the kind, indexes into provided
	// counted lists the materials that count (within the years covered,
	// once that is checked), indexes into provided.
	counted []int
	// problems are those of the materials, structural those of the
	// requirement as a whole; met is whether it is met so far.
	problems, structural []Problem
	met                  bool
}

// requirement checks one requirement.
func (ck *checker) requirement(r Requirement) Result {
	rc := requirementCheck{ck: ck, r: r, group: ck.ofKind(r.Kind)}
	counts := make([]bool, len(rc.group)) // counts[j] reports whether group[j] counts
	rc.eachMaterial(counts)
	rc.enough()
	rc.yearsCovered(counts)
	rc.latestWithin()
	res := rc.result()
	ck.expiryWarnings(r, &res)
	if r.Optional {
		optional(&res, len(rc.group) == 0)
	}
	return res
}

// eachMaterial checks each material of the kind on its own: a material
// with no problem counts, and is marked in counts.
func (rc *requirementCheck) eachMaterial(counts []bool) {
	for j, i := range rc.group {
		rc.ck.steps++
		before := len(rc.problems)
		rc.problems = rc.r.appendMaterialProblems(rc.problems, rc.ck.provided[i], rc.ck.asOf)
		if len(rc.problems) == before {
			counts[j] = true
			rc.counted = append(rc.counted, i)
		}
	}
	rc.met = len(rc.counted) >= rc.r.count()
}

// enough reports a requirement with nothing of its kind, or fewer than its
// Count, as missing.
func (rc *requirementCheck) enough() {
	switch n, need := len(rc.group), rc.r.count(); {
	case n == 0:
		rc.structural = append(rc.structural, Problem{Kind: rc.r.Kind, Reason: ReasonMissing, Detail: rc.r.standInDetail()})
	case n < need:
		rc.structural = append(rc.structural, Problem{Kind: rc.r.Kind, Reason: ReasonMissing,
			Detail: strconv.Itoa(n) + " of " + strconv.Itoa(need) + " provided"})
	}
}

// yearsCovered asks for a counted material (marked in counts) in each of
// the last YearsCovered years; only those count from then on.
func (rc *requirementCheck) yearsCovered(counts []bool) {
	years := rc.r.YearsCovered
	if years <= 0 {
		return
	}
	// Year k runs from the day after bounds[k] to bounds[k-1]; the years are
	// contiguous, so each material falls in at most one.
	asOf := rc.ck.asOf
	bounds := make([]time.Time, years+1)
	for k := range bounds {
		bounds[k] = calendar.AddMonths(asOf, -12*k)
	}
	anyIn := make([]bool, years+1)     // anyIn[k]: a material of year k
	countedIn := make([]bool, years+1) // countedIn[k]: a counted material of year k
	var inYears []int
	for j, i := range rc.group {
		rc.ck.steps++
		d := coverageDate(rc.ck.provided[i], asOf)
		// The first year whose start lies before d; d is never after asOf.
		k := 1 + sort.Search(years, func(y int) bool { return calendar.After(d, bounds[y+1]) })
		if k > years {
			continue
		}
		anyIn[k] = true
		if counts[j] {
			countedIn[k] = true
			inYears = append(inYears, i)
		}
	}
	rc.counted = inYears
	rc.uncoveredYears(bounds, anyIn, countedIn)
}

// uncoveredYears reports each year with nothing at all, and fewer counted
// materials in the years than Count as missing.
func (rc *requirementCheck) uncoveredYears(bounds []time.Time, anyIn, countedIn []bool) {
	r, loc := rc.r, rc.ck.asOf.Location()
	for k := 1; k <= r.YearsCovered; k++ {
		if !countedIn[k] {
			rc.met = false
		}
		if !anyIn[k] && len(rc.group) > 0 {
			rc.structural = append(rc.structural, Problem{Kind: r.Kind, Reason: ReasonInsufficientCoverage,
				Date: usableDate(calendar.AddDays(bounds[k], 1), loc), End: usableDate(bounds[k-1], loc)})
		}
	}
	if len(rc.counted) >= r.count() {
		return
	}
	rc.met = false
	if len(rc.group) >= r.count() {
		rc.structural = append(rc.structural, Problem{Kind: r.Kind, Reason: ReasonMissing,
			Detail: strconv.Itoa(len(rc.counted)) + " of " + strconv.Itoa(r.count()) + " within the last " + strconv.Itoa(r.YearsCovered) + " years"})
	}
}

// latestWithin asks that the latest counted material was issued within
// LatestWithinMonths of the check date.
func (rc *requirementCheck) latestWithin() {
	if rc.r.LatestWithinMonths <= 0 || len(rc.counted) == 0 {
		return
	}
	provided := rc.ck.provided
	rc.ck.steps += len(rc.counted)
	latest := slices.MaxFunc(rc.counted, func(a, b int) int { return calendar.Compare(provided[a].IssuedOn, provided[b].IssuedOn) })
	cutoff := calendar.AddMonths(rc.ck.asOf, -rc.r.LatestWithinMonths)
	if calendar.Before(provided[latest].IssuedOn, cutoff) {
		rc.met = false
		rc.structural = append(rc.structural, Problem{Kind: rc.r.Kind, Reason: ReasonOutdated, Title: provided[latest].Title,
			Date: calendar.Date(provided[latest].IssuedOn), End: cutoff})
	}
}

// result decides: met by its own materials, whose problems are then only
// warnings; else met by a stand-in; else not met, with every problem.
func (rc *requirementCheck) result() Result {
	res := Result{Kind: rc.r.Kind, Optional: rc.r.Optional}
	used := func() []Material {
		out := make([]Material, 0, len(rc.counted))
		for _, i := range rc.counted {
			out = append(out, cloneMaterial(rc.ck.provided[i]))
		}
		return out
	}
	if rc.met {
		res.Satisfied, res.Warnings, res.Used = true, rc.problems, used()
	} else if s, ok := rc.ck.standIn(rc.r); ok {
		res.Satisfied, res.Warnings, res.Used = true, rc.problems, []Material{cloneMaterial(s)}
	} else {
		res.Problems = append(rc.problems, rc.structural...)
		if len(rc.counted) > 0 {
			res.Used = used()
		}
	}
	return res
}

// expiryWarnings warns about each used material of r's own kind that ends
// within r's WarnWithinDays of the check date.
func (ck *checker) expiryWarnings(r Requirement, res *Result) {
	if r.WarnWithinDays <= 0 {
		return
	}
	for _, m := range res.Used {
		if m.Kind == r.Kind && !m.ValidUntil.IsZero() && calendar.DaysBetween(ck.asOf, m.ValidUntil) <= r.WarnWithinDays {
			res.Warnings = append(res.Warnings, Problem{Kind: r.Kind, Reason: ReasonExpiresSoon, Title: m.Title, Date: calendar.Date(m.ValidUntil),
				Detail: "within " + strconv.Itoa(r.WarnWithinDays) + " days of " + calendar.Format(ck.asOf)})
		}
	}
}

// optional makes every problem of an optional requirement a warning;
// nothing provided is not even a warning.
func optional(res *Result, nothingProvided bool) {
	res.Warnings = append(res.Warnings, res.Problems...)
	res.Problems = nil
	if nothingProvided && !res.Satisfied {
		res.Warnings = slices.DeleteFunc(res.Warnings, func(p Problem) bool { return p.Reason == ReasonMissing })
		if len(res.Warnings) == 0 {
			res.Warnings = nil
		}
	}
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
	detail := "and no "
	for i, s := range r.SatisfiedBy {
		if i > 0 {
			detail += " or "
		}
		detail += string(s.Kind)
		if s.Reference != 0 {
			detail += " with a valid " + s.Reference.English()
		}
	}
	return detail + " stands in"
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

// usableDate returns d, a day of a year covered, when it is a usable date
// (calendar.InRange), and otherwise 0001-01-02 in loc: a year covered that
// starts before then is stated as starting then. No day of a year covered
// is after the check date, itself a usable date.
func usableDate(d time.Time, loc *time.Location) time.Time {
	if calendar.InRange(d) {
		return d
	}
	return time.Date(calendar.MinYear, 1, 2, 0, 0, 0, 0, loc)
}
