package audit

// SampleSize returns how many of sites sites besides the head office an
// audit of the given kind samples [MD1]; the head office is always visited
// and not counted. With n = sites:
//
//   - Stage1 and Stage2 (the initial audit): ⌈√n⌉;
//   - Surveillance: ⌈0.6 √n⌉;
//   - Recertification: ⌈0.8 √n⌉;
//   - Special: ⌈0.6 √n⌉, as a surveillance audit (IAF MD 1 sets no figure
//     for special audits; a CB that samples more can add to it).
//
// Every figure is computed in integers, with no floating point: ⌈c √n⌉ is
// the smallest k with 100 k² ≥ 100 c² n. For 9 sites: 3, 2 (1.8 → 2) and 3
// (2.4 → 3).
//
// SampleSize returns 0 for n ≤ 0 (a single-site organisation samples no
// other site) and for a Kind that is not valid: callers check
// [Kind.IsValid] first when the kind comes from outside.
func SampleSize(sites int, kind Kind) int {
	if sites <= 0 {
		return 0
	}
	var c2 int // 100 c², so that 100 k² ≥ c2 n
	switch kind {
	case Stage1, Stage2:
		c2 = 100
	case Surveillance, Special:
		c2 = 36
	case Recertification:
		c2 = 64
	default:
		return 0
	}
	// k² ≥ c2·n/100 ⟺ k² ≥ ⌈c2·n/100⌉, computed without overflow.
	n := uint64(sites)
	q := uint64(c2)*(n/100) + (uint64(c2)*(n%100)+99)/100
	return int(ceilSqrt(q))
}

// ceilSqrt returns the smallest k with k² ≥ q.
func ceilSqrt(q uint64) uint64 {
	if q == 0 {
		return 0
	}
	// Binary search over k in [1, 2³²]: (2³²)² exceeds every uint64 q.
	lo, hi := uint64(1), uint64(1)<<32
	for lo < hi {
		mid := lo + (hi-lo)/2
		if mid*mid >= q || mid >= 1<<32 {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
