package audit

// SampleSize returns how many of sites sites besides the head office an
// audit of the given kind samples, by the rule of the package documentation
// ("Sampling", [MD1]): for 9 sites, 3 at the initial audit (Stage1 and
// Stage2), 2 at a surveillance or special audit and 3 at recertification.
//
// SampleSize returns 0 for sites ≤ 0 (a single-site organisation samples no
// other site) and for a Kind that is not valid: callers check
// [Kind.IsValid] first when the kind comes from outside.
func SampleSize(sites int, kind Kind) int {
	if sites <= 0 {
		return 0
	}
	// ⌈c √n⌉ is the smallest k with 100 k² ≥ 100 c² n, computed in integers.
	var c2 int // 100 c²
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
	// Binary search over k in [1, 2³²]: (2³²)² exceeds every uint64 q, and
	// every mid is below 2³², so mid² does not overflow.
	lo, hi := uint64(1), uint64(1)<<32
	for lo < hi {
		mid := lo + (hi-lo)/2
		if mid*mid >= q {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}
