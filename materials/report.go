package materials

import (
	"slices"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// Report is the outcome of [Checklist.Check]: one [Result] per requirement,
// in checklist order, and the problems that belong to no single
// requirement (see the package doc's Reports section).
type Report struct {
	// AsOf is the check date; zero when it was not usable.
	AsOf time.Time
	// Results holds one result per requirement, in checklist order; empty
	// when the check date is not usable or the checklist is invalid.
	Results []Result
	// Unused lists the materials of kinds the checklist does not ask for.
	Unused []Material
	// General lists the problems that belong to no single requirement; they
	// all block.
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
	// Used lists the materials that count for the requirement, or the
	// stand-in that met it in their place.
	Used []Material
	// Problems lists what blocks the requirement.
	Problems []Problem
	// Warnings lists what does not block.
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
	out := slices.Clone(r.General)
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

// Err returns nil when the report is complete, and otherwise its blocking
// problems in the order of [Report.Problems]: the first 20 one by one and
// how many more (see the package doc's Errors section), each matching the
// sentinel of its Reason. A report with no results and no problems (the
// zero Report) is not complete: its error matches [ErrInvalidDate].
func (r Report) Err() error {
	if r.Complete() {
		return nil
	}
	var l errs.List
	for _, p := range r.General {
		l.Add(p)
	}
	for _, res := range r.Results {
		for _, p := range res.Problems {
			l.Add(p)
		}
	}
	if l.Len() == 0 {
		return Problem{Reason: ReasonInvalidDate}
	}
	return l.Err()
}

// Result returns the result for kind k, if the checklist had a requirement
// for it.
func (r Report) Result(k Kind) (Result, bool) {
	i := slices.IndexFunc(r.Results, func(res Result) bool { return res.Kind == k })
	if i < 0 {
		return Result{}, false
	}
	return r.Results[i], true
}

// IsZero reports whether r is the zero Report.
func (r Report) IsZero() bool { return r.Equal(Report{}) }

// Equal reports whether r and o say the same: the same check date, and
// equal results, unused materials and general problems in the same order
// (materials by [Material.Equal], problems by [Problem.Equal]; a nil and
// an empty list are the same).
func (r Report) Equal(o Report) bool {
	return calendar.Equal(r.AsOf, o.AsOf) && slices.EqualFunc(r.Results, o.Results, Result.equal) &&
		slices.EqualFunc(r.Unused, o.Unused, Material.Equal) && slices.EqualFunc(r.General, o.General, Problem.Equal)
}

// IsZero reports whether r is the zero Result.
func (r Result) IsZero() bool { return r.equal(Result{}) }

// equal reports whether r and o are the same result.
func (r Result) equal(o Result) bool {
	return r.Kind == o.Kind && r.Optional == o.Optional && r.Satisfied == o.Satisfied &&
		slices.EqualFunc(r.Used, o.Used, Material.Equal) &&
		slices.EqualFunc(r.Problems, o.Problems, Problem.Equal) && slices.EqualFunc(r.Warnings, o.Warnings, Problem.Equal)
}
