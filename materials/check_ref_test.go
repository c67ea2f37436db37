package materials

import (
	"strconv"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// This file keeps the first, quadratic implementation of Check (every
// material compared with every earlier one, every requirement scanning every
// material) as a reference: TestCheckMatchesReference checks that the
// grouped implementation reports exactly what it did. Only the loops are
// kept here; the rules of a single material are the package's own.

func referenceCheck(c Checklist, provided []Material, asOf time.Time) Report {
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
	usable := make([]bool, len(provided))
	for i, m := range provided {
		var l errs.List
		if m.check(&l); l.Len() > 0 {
			rep.General = append(rep.General, invalidMaterial(m, &l))
			continue
		}
		if refIsDuplicate(provided, usable, i) {
			rep.General = append(rep.General, Problem{Kind: m.Kind, Reason: ReasonDuplicate, Title: m.Title})
			continue
		}
		usable[i] = true
	}
	rep.Results = make([]Result, len(c.Requirements))
	for i, r := range c.Requirements {
		rep.Results[i] = refRequirementCheck(r, provided, usable, asOf)
	}
	for i, m := range provided {
		if usable[i] && !refAsksFor(c, m.Kind) {
			rep.Unused = append(rep.Unused, cloneMaterial(m))
		}
	}
	c.nameKinds(&rep)
	return rep
}

func refIsDuplicate(provided []Material, usable []bool, i int) bool {
	for j := range i {
		if usable[j] && provided[j].Equal(provided[i]) {
			return true
		}
	}
	return false
}

func refAsksFor(c Checklist, k Kind) bool {
	for _, r := range c.Requirements {
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

func refRequirementCheck(r Requirement, provided []Material, usable []bool, asOf time.Time) Result {
	res := Result{Kind: r.Kind, Optional: r.Optional}
	var problems []Problem
	candidates := 0
	var counted []int
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
	var structural []Problem
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
				if refContains(counted, i) {
					countedHere = true
					if !refContains(inYears, i) {
						inYears = append(inYears, i)
					}
				}
			}
			if !countedHere {
				met = false
			}
			if !anyHere && candidates > 0 {
				loc := asOf.Location()
				structural = append(structural, Problem{Kind: r.Kind, Reason: ReasonInsufficientCoverage,
					Date: usableDate(calendar.AddDays(start, 1), loc), End: usableDate(end, loc)})
			}
		}
		counted = refSort(inYears)
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
	} else if s, ok := refStandIn(r, provided, usable, asOf); ok {
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
			var kept []Problem
			for _, p := range res.Warnings {
				if p.Reason != ReasonMissing {
					kept = append(kept, p)
				}
			}
			res.Warnings = kept
		}
	}
	return res
}

func refStandIn(r Requirement, provided []Material, usable []bool, asOf time.Time) (Material, bool) {
	for _, s := range r.SatisfiedBy {
		for i, m := range provided {
			if !usable[i] || m.Kind != s.Kind || m.notYetValid(asOf) || m.expired(asOf) {
				continue
			}
			if _, ok := referenceProblem(s.Reference, nil, 0, m, asOf); ok {
				return m, true
			}
		}
	}
	return Material{}, false
}

func refContains(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func refSort(list []int) []int {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && list[j] < list[j-1]; j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
	return list
}
