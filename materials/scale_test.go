package materials

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// scaleAsOf is the check date of the scaling tests.
var scaleAsOf = time.Date(2026, 5, 15, 0, 0, 0, 0, time.UTC)

// manyMaterials returns n materials of every kind: distinct titles, dates
// spread over several years, some expired, some without their sections, and
// every seventh a copy of one provided earlier (a duplicate).
func manyMaterials(n int) []Material {
	kinds := Kinds()
	out := make([]Material, 0, n)
	for i := range n {
		if i%7 == 3 && i >= 14 {
			out = append(out, cloneMaterial(out[i-14]))
			continue
		}
		k := kinds[i%len(kinds)]
		m := Material{Kind: k, Title: k.String() + " #" + strconv.Itoa(i), IssuedOn: calendar.AddDays(scaleAsOf, -(i % 1500))}
		if i%5 == 0 {
			m.ValidUntil = calendar.AddDays(scaleAsOf, i%200-100)
			if calendar.Before(m.ValidUntil, m.IssuedOn) {
				m.ValidUntil = m.IssuedOn
			}
		}
		switch k {
		case BusinessLicense:
			m.Reference = "91310000132260250X"
		case OrganizationCode:
			m.Reference = "132260250"
		case LegalRepID:
			m.Reference = "11010519491231002X"
		case TrainingRecords:
			if i%3 != 0 {
				m.Sections = []Section{Plan, Content, AssessmentResults}
			}
		case SatisfactionReport:
			m.Covers = Period{From: calendar.AddYears(m.IssuedOn, -1), To: calendar.AddDays(m.IssuedOn, -1)}
			if i%4 != 0 {
				m.Sections = []Section{DataAnalysis, ImprovementMeasures}
			}
		}
		out = append(out, m)
	}
	return out
}

var scaleSink Report

// BenchmarkCheckScaling checks n and 8n materials against the default
// checklist: the time per operation should grow about 8 times, not 64.
func BenchmarkCheckScaling(b *testing.B) {
	for _, n := range []int{1000, 8000} {
		ms := manyMaterials(n)
		cl := AfterSalesService()
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				scaleSink = cl.Check(ms, scaleAsOf)
			}
		})
	}
}

// TestCheckGrowsLinearly counts the work of a check (materials visited and
// compared) for n and 8n materials: it must grow about 8 times (n log n
// allows a little more), not 64 times as comparing every material with every
// other did. The allocations must not grow faster than the materials either.
func TestCheckGrowsLinearly(t *testing.T) {
	const n = 1000
	cl := AfterSalesService()
	steps := func(ms []Material) int {
		var ck checker
		rep := ck.check(cl, ms, scaleAsOf)
		require.NotEmpty(t, rep.Results)
		return ck.steps
	}
	small, large := manyMaterials(n), manyMaterials(8*n)
	s1, s8 := steps(small), steps(large)
	require.GreaterOrEqual(t, s1, n, "every material is visited at least once")
	ratio := float64(s8) / float64(s1)
	t.Logf("steps: %d for %d materials, %d for %d: %.2f×", s1, n, s8, 8*n, ratio)
	assert.GreaterOrEqual(t, ratio, 8.0, "the work cannot grow slower than the materials")
	assert.LessOrEqual(t, ratio, 12.0, "the work grows faster than n log n")

	a1 := testing.AllocsPerRun(1, func() { scaleSink = cl.Check(small, scaleAsOf) })
	a8 := testing.AllocsPerRun(1, func() { scaleSink = cl.Check(large, scaleAsOf) })
	t.Logf("allocations: %.0f for %d materials, %.0f for %d", a1, n, a8, 8*n)
	assert.LessOrEqual(t, a8, 12*a1, "allocations grow faster than the materials")
}

// TestCheckMatchesReference checks random dossiers against random
// checklists with both the grouped Check and the first, quadratic
// implementation (referenceCheck): the reports must be identical. The
// dossiers are small and full of repeats, near-repeats (the same calendar
// date at another time of day or in another location) and invalid
// materials, so that every path of the duplicate detection and of the year
// windows is taken.
func TestCheckMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(27922, 2011))
	for i := range 3000 {
		cl := randomChecklist(rng)
		asOf := randomCheckDate(rng)
		ms := randomDossier(rng, asOf)
		want := referenceCheck(cl, ms, asOf)
		got := cl.Check(ms, asOf)
		if !assert.Equal(t, want, got, "case %d: %d materials on %s", i, len(ms), asOf) {
			return
		}
	}
}

var shanghai = time.FixedZone("CST", 8*3600)

// randomCheckDate returns a check date around 2026, a leap day, or zero.
func randomCheckDate(rng *rand.Rand) time.Time {
	switch rng.IntN(10) {
	case 0:
		return time.Time{}
	case 1:
		return time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	case 2:
		return time.Date(2026, 3, 31, 23, 30, 0, 0, shanghai)
	}
	return calendar.AddDays(scaleAsOf, rng.IntN(800)-400)
}

// randomDate returns a date within days of base, at a random time of day
// in UTC or Shanghai.
func randomDate(rng *rand.Rand, base time.Time, days int) time.Time {
	d := calendar.AddDays(base, rng.IntN(2*days+1)-days)
	loc := time.UTC
	if rng.IntN(2) == 0 {
		loc = shanghai
	}
	y, m, day := d.Date()
	return time.Date(y, m, day, rng.IntN(24), rng.IntN(60), 0, 0, loc)
}

// sameDayElsewhere returns t's calendar date at another time of day or in
// another location: Equal treats it as the same date.
func sameDayElsewhere(rng *rand.Rand, t time.Time) time.Time {
	if t.IsZero() {
		return t
	}
	y, m, d := t.Date()
	loc := time.UTC
	if t.Location() == time.UTC {
		loc = shanghai
	}
	return time.Date(y, m, d, rng.IntN(24), 0, 0, 0, loc)
}

// randomDossier returns up to 30 materials; many of their dates fall on, or
// a day off, the edges of the 12-month windows that end on asOf.
func randomDossier(rng *rand.Rand, asOf time.Time) []Material {
	if asOf.IsZero() {
		asOf = scaleAsOf
	}
	date := func(base time.Time, days int) time.Time {
		if rng.IntN(3) == 0 {
			edge := calendar.AddMonths(asOf, -12*rng.IntN(5))
			return randomDate(rng, edge, 1)
		}
		return randomDate(rng, base, days)
	}
	titles := []string{"a", "b", "报告", " ", ""}
	refs := []string{"", "91310000132260250X", "91310000132260250Y", "132260250", "11010519491231002X", "11010519491231002x",
		"E12345678", "310104201002281235", "H12345678"}
	n := rng.IntN(30)
	ms := make([]Material, 0, n)
	for range n {
		if len(ms) > 0 && rng.IntN(3) == 0 {
			m := cloneMaterial(ms[rng.IntN(len(ms))])
			switch rng.IntN(4) {
			case 0: // the same calendar dates, read elsewhere
				m.IssuedOn = sameDayElsewhere(rng, m.IssuedOn)
				m.ValidUntil = sameDayElsewhere(rng, m.ValidUntil)
				m.Covers = Period{From: sameDayElsewhere(rng, m.Covers.From), To: sameDayElsewhere(rng, m.Covers.To)}
			case 1: // a near-repeat
				m.Title += "x"
			case 2:
				m.Sections = append(m.Sections[:0:0], Sections()[:rng.IntN(3)]...)
			case 3:
				m.ReferenceType = ReferenceCheck(rng.IntN(4))
			}
			ms = append(ms, m)
			continue
		}
		m := Material{
			Kind:      randomKinds[rng.IntN(len(randomKinds))],
			Title:     titles[rng.IntN(len(titles))],
			Reference: refs[rng.IntN(len(refs))],
		}
		if rng.IntN(3) == 0 {
			m.ReferenceType = ReferenceCheck(rng.IntN(9)) // 8 is unknown
		}
		if rng.IntN(12) != 0 {
			m.IssuedOn = date(asOf, 1200)
		}
		if rng.IntN(2) == 0 && !m.IssuedOn.IsZero() {
			m.ValidUntil = date(m.IssuedOn, 400)
		}
		switch rng.IntN(4) {
		case 0:
			to := date(asOf, 1000)
			m.Covers = Period{From: calendar.AddYears(to, -1), To: to}
		case 1:
			if rng.IntN(4) == 0 {
				m.Covers = Period{To: date(asOf, 100)}
			}
		}
		for _, s := range Sections() {
			if rng.IntN(3) != 0 {
				m.Sections = append(m.Sections, s)
			}
		}
		if rng.IntN(20) == 0 {
			m.Sections = append(m.Sections, Section(9))
		}
		ms = append(ms, m)
	}
	return ms
}

// randomKinds are the kinds of the random materials: the built-in ones,
// those of randomChecklist's own, one no checklist knows, and two that are
// not spelled as kind codes.
var randomKinds = append(Kinds(), "quality_policy", "internal_audit_records", "unknown_kind", "", "Quality_Manual")

func randomChecklist(rng *rand.Rand) Checklist {
	cl := AfterSalesService()
	reqs := cl.Requirements
	if rng.IntN(3) == 0 { // a checklist with kinds of its own
		own := ISO9001()
		cl.Kinds = own.Kinds[:2+rng.IntN(4)]
		for _, d := range cl.Kinds {
			reqs = append(reqs, Requirement{Kind: d.Code})
		}
	}
	rng.Shuffle(len(reqs), func(i, j int) { reqs[i], reqs[j] = reqs[j], reqs[i] })
	reqs = reqs[:1+rng.IntN(len(reqs))]
	for i := range reqs {
		randomizeRequirement(rng, &reqs[i], cl.Kinds)
	}
	if rng.IntN(20) == 0 {
		reqs = append(reqs, reqs[0]) // invalid: a kind asked for twice
	}
	cl.Requirements = reqs
	return cl
}

// randomizeRequirement changes some of r's rules at random, and may add a
// stand-in of a built-in kind or of one of own.
func randomizeRequirement(rng *rand.Rand, r *Requirement, own []KindDef) {
	if rng.IntN(3) == 0 {
		r.Count = rng.IntN(4)
	}
	if rng.IntN(3) == 0 {
		r.YearsCovered = rng.IntN(5)
	}
	if rng.IntN(4) == 0 {
		r.LatestWithinMonths = []int{1, 12, 24}[rng.IntN(3)]
	}
	if rng.IntN(5) == 0 {
		r.Optional = !r.Optional
	}
	if rng.IntN(4) == 0 {
		r.WarnWithinDays = []int{0, 30, 90, 400}[rng.IntN(4)]
	}
	if r.Reference == CheckResidentID && rng.IntN(2) == 0 {
		r.MinAge = rng.IntN(30)
		r.OtherReferences = nil
	}
	if rng.IntN(4) == 0 {
		k := Kinds()[rng.IntN(len(Kinds()))]
		if len(own) > 0 && rng.IntN(2) == 0 {
			k = own[rng.IntN(len(own))].Code
		}
		if k != r.Kind {
			r.SatisfiedBy = append(r.SatisfiedBy, StandIn{Kind: k, Reference: ReferenceCheck(rng.IntN(4))})
		}
	}
}
