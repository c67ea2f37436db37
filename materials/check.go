package materials

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// Check checks the provided materials against c on the date asOf (read in
// its own location) and reports, per requirement, what met it and what is
// wrong, by the rules of the package doc's Rules section. It never fails:
// what keeps it from checking (a check date that is not usable, an invalid
// checklist, an invalid or repeated material) is a problem of the report.
// The provided slice is not changed and the report shares no memory with
// it.
func (c Checklist) Check(provided []Material, asOf time.Time) Report {
	var ck checker
	return ck.check(c, provided, asOf)
}

// checker is one run of [Checklist.Check]. It groups the usable materials
// by kind once, so that each requirement looks only at its own kind and a
// check grows with the number of materials as n log n (the sort that finds
// duplicates), not n².
type checker struct {
	c        Checklist
	provided []Material
	asOf     time.Time
	// groups numbers the kinds the checklist asks for, as a requirement or
	// a stand-in; the usable materials of group g are order[start[g]:start[g+1]],
	// indexes into provided in the order provided.
	groups map[Kind]int
	order  []int
	start  []int
	// steps counts the materials visited and the comparisons made, so that
	// tests can see how the work grows with the number of materials.
	steps int
}

// check is [Checklist.Check].
func (ck *checker) check(c Checklist, provided []Material, asOf time.Time) Report {
	if p, ok := checkDateProblem(asOf); !ok {
		return Report{General: []Problem{p}}
	}
	rep := Report{AsOf: asOf}
	var invalid errs.List
	c.check(&invalid)
	if invalid.Len() > 0 {
		rep.General = []Problem{{Reason: ReasonInvalidChecklist, Detail: summary(&invalid)}}
		return rep
	}
	ck.c, ck.provided, ck.asOf = c, provided, asOf
	usable := ck.usable(&rep)
	ck.group(usable)
	rep.Results = make([]Result, len(c.Requirements))
	for i, r := range c.Requirements {
		rep.Results[i] = ck.requirement(r)
	}
	for i, m := range provided {
		ck.steps++
		if _, asked := ck.groups[m.Kind]; usable[i] && !asked {
			rep.Unused = append(rep.Unused, cloneMaterial(m))
		}
	}
	c.nameKinds(&rep)
	return rep
}

// checkDateProblem returns the problem of a check date that is not usable,
// with ok false, or ok true.
func checkDateProblem(asOf time.Time) (p Problem, ok bool) {
	switch err := calendar.Check(asOf); {
	case err == nil:
		return Problem{}, true
	case asOf.IsZero():
		return Problem{Reason: ReasonInvalidDate}, false
	default:
		return Problem{Reason: ReasonInvalidDate, Detail: err.Error()}, false
	}
}

// summary returns the problems of l on one line, "field: problem; …", and
// how many more when l counted more than it lists.
func summary(l *errs.List) string {
	err := l.Err()
	list := []error{err}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		list = j.Unwrap()
	}
	parts := make([]string, 0, len(list)+1)
	for _, e := range list {
		if fe, ok := e.(*FieldError); ok && fe.Field != "" {
			parts = append(parts, fe.Field+": "+fe.Err.Error())
		} else if ok {
			parts = append(parts, fe.Err.Error())
		} else {
			parts = append(parts, e.Error())
		}
	}
	if more := l.Len() - len(list); more > 0 {
		parts = append(parts, "and "+strconv.Itoa(more)+" more")
	}
	return strings.Join(parts, "; ")
}

// usable reports which provided materials take part in the check: those
// that pass [Material.Validate] and are not equal to an earlier one. It
// adds a problem to rep.General for each of the others, in the order
// provided.
func (ck *checker) usable(rep *Report) []bool {
	usable := make([]bool, len(ck.provided))
	var invalid []Problem // by index, for the general problems in order
	var valid []int
	for i, m := range ck.provided {
		ck.steps++
		var l errs.List
		m.check(&l)
		if l.Len() == 0 {
			usable[i] = true
			valid = append(valid, i)
			continue
		}
		if invalid == nil {
			invalid = make([]Problem, len(ck.provided))
		}
		invalid[i] = invalidMaterial(m, &l)
	}
	duplicate := ck.markDuplicates(usable, valid)
	if invalid != nil || duplicate {
		for i, m := range ck.provided {
			if invalid != nil && invalid[i].Reason != 0 {
				rep.General = append(rep.General, invalid[i])
			} else if !usable[i] {
				rep.General = append(rep.General, Problem{Kind: m.Kind, Reason: ReasonDuplicate, Title: m.Title})
			}
		}
	}
	return usable
}

// invalidMaterial returns the report's problem about m, whose problems l
// holds: its kind when spelled as a code, its title made valid UTF-8 (so
// that the report can be written and read back), and l's problems.
func invalidMaterial(m Material, l *errs.List) Problem {
	kind := m.Kind
	if !kind.IsValid() {
		kind = ""
	}
	title := strings.ToValidUTF8(m.Title, "\uFFFD")
	return Problem{Kind: kind, Reason: ReasonInvalidMaterial, Title: title, Detail: summary(l)}
}

// markDuplicates marks as not usable each of the valid materials that is
// equal to one provided earlier, and reports whether there was any. Equal
// materials are next to each other once sorted, the first one provided
// first (ties go by index), and that one is kept.
func (ck *checker) markDuplicates(usable []bool, valid []int) bool {
	provided := ck.provided
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
	return duplicate
}

// group numbers the kinds the checklist asks for and sorts the indexes of
// the usable materials of those kinds by kind (a counting sort, which keeps
// the order provided within a kind).
func (ck *checker) group(usable []bool) {
	n := len(ck.c.Requirements)
	for _, r := range ck.c.Requirements {
		n += len(r.SatisfiedBy)
	}
	ck.groups = make(map[Kind]int, n)
	for _, r := range ck.c.Requirements {
		ck.addGroup(r.Kind)
		for _, s := range r.SatisfiedBy {
			ck.addGroup(s.Kind)
		}
	}
	counts := make([]int, len(ck.groups))
	for i, m := range ck.provided {
		if g, ok := ck.groups[m.Kind]; ok && usable[i] {
			ck.steps++
			counts[g]++
		}
	}
	ck.start = make([]int, len(counts)+1)
	for g, n := range counts {
		ck.start[g+1] = ck.start[g] + n
	}
	next := slices.Clone(ck.start[:len(counts)])
	ck.order = make([]int, ck.start[len(counts)])
	for i, m := range ck.provided {
		if g, ok := ck.groups[m.Kind]; ok && usable[i] {
			ck.order[next[g]] = i
			next[g]++
		}
	}
}

// addGroup gives kind k the next group number, unless it has one.
func (ck *checker) addGroup(k Kind) {
	if _, ok := ck.groups[k]; !ok {
		ck.groups[k] = len(ck.groups)
	}
}

// ofKind returns the indexes of the usable materials of kind k, in the order
// provided.
func (ck *checker) ofKind(k Kind) []int {
	g, ok := ck.groups[k]
	if !ok {
		return nil
	}
	return ck.order[ck.start[g]:ck.start[g+1]]
}

// compareMaterials orders materials so that [Material.Equal] ones compare
// as 0: by kind, title, reference and its type, the calendar dates (no date
// first) and the sections.
func compareMaterials(a, b Material) int {
	if c := cmp.Or(strings.Compare(string(a.Kind), string(b.Kind)), strings.Compare(a.Title, b.Title),
		strings.Compare(a.Reference, b.Reference), cmp.Compare(a.ReferenceType, b.ReferenceType)); c != 0 {
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

// nameKinds gives every problem of rep about a kind of c's own the names c
// gives that kind.
func (c Checklist) nameKinds(rep *Report) {
	if len(c.Kinds) == 0 {
		return
	}
	own := make(map[Kind]KindDef, len(c.Kinds))
	for _, d := range c.Kinds {
		own[d.Code] = d
	}
	name := func(list []Problem) {
		for i := range list {
			if d, ok := own[list[i].Kind]; ok {
				list[i].KindChinese, list[i].KindEnglish = d.Chinese, d.English
			}
		}
	}
	name(rep.General)
	for i := range rep.Results {
		name(rep.Results[i].Problems)
		name(rep.Results[i].Warnings)
	}
}
