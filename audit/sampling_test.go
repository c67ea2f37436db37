package audit_test

import (
	"math"
	"math/big"
	"strconv"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/stretchr/testify/assert"
)

// IAF MD 1 sample sizes [MD1]: ⌈√n⌉ at the initial
// audit, ⌈0.6√n⌉ at surveillance, ⌈0.8√n⌉ at recertification.
func TestSampleSize(t *testing.T) {
	cases := []struct {
		n                     int
		initial, surv, recert int
	}{
		{1, 1, 1, 1},    // 0.6 → 1, 0.8 → 1
		{2, 2, 1, 2},    // 1.414: 0.849 → 1, 1.131 → 2
		{4, 2, 2, 2},    // 2: 1.2 → 2, 1.6 → 2
		{5, 3, 2, 2},    // 2.236: 1.342 → 2, 1.789 → 2
		{9, 3, 2, 3},    // 3: 1.8 → 2, 2.4 → 3
		{10, 4, 2, 3},   // 3.162: 1.897 → 2, 2.530 → 3
		{16, 4, 3, 4},   // 4: 2.4 → 3, 3.2 → 4
		{25, 5, 3, 4},   // 5: exactly 3 and exactly 4, where floats give 3.0000000000000004
		{26, 6, 4, 5},   // 5.099: 3.059 → 4, 4.079 → 5
		{100, 10, 6, 8}, // exactly 6 and 8
		{101, 11, 7, 9}, // 10.05: 6.03 → 7, 8.04 → 9
		{2500, 50, 30, 40},
		{2501, 51, 31, 41},
	}
	for _, c := range cases {
		t.Run(strconv.Itoa(c.n), func(t *testing.T) {
			assert.Equal(t, c.initial, audit.SampleSize(c.n, audit.Stage1), "stage 1")
			assert.Equal(t, c.initial, audit.SampleSize(c.n, audit.Stage2), "stage 2")
			assert.Equal(t, c.surv, audit.SampleSize(c.n, audit.Surveillance), "surveillance")
			assert.Equal(t, c.recert, audit.SampleSize(c.n, audit.Recertification), "recertification")
			assert.Equal(t, c.surv, audit.SampleSize(c.n, audit.Special), "special audits sample as surveillance")
		})
	}
}

func TestSampleSizeEdges(t *testing.T) {
	for _, k := range audit.Kinds() {
		for _, n := range []int{0, -1, math.MinInt} {
			assert.Equal(t, 0, audit.SampleSize(n, k), "%s %d", k, n)
		}
	}
	for _, k := range []audit.Kind{0, audit.Special + 1, 255} {
		assert.Equal(t, 0, audit.SampleSize(100, k), "invalid kind %d", k)
	}
}

// Against an independent statement in big integers: the smallest k with
// 100 k² ≥ c n, for c = 100, 36, 64.
func TestSampleSizeAgainstBigIntegers(t *testing.T) {
	smallest := func(n int64, c int64) int {
		cn := new(big.Int).Mul(big.NewInt(c), big.NewInt(n))
		k := new(big.Int).Sqrt(new(big.Int).Quo(cn, big.NewInt(100)))
		for {
			if new(big.Int).Mul(big.NewInt(100), new(big.Int).Mul(k, k)).Cmp(cn) >= 0 {
				break
			}
			k.Add(k, big.NewInt(1))
		}
		for k.Sign() > 0 {
			prev := new(big.Int).Sub(k, big.NewInt(1))
			if new(big.Int).Mul(big.NewInt(100), new(big.Int).Mul(prev, prev)).Cmp(cn) < 0 {
				break
			}
			k = prev
		}
		return int(k.Int64())
	}
	check := func(n int) {
		assert.Equal(t, smallest(int64(n), 100), audit.SampleSize(n, audit.Stage2), "initial %d", n)
		assert.Equal(t, smallest(int64(n), 36), audit.SampleSize(n, audit.Surveillance), "surveillance %d", n)
		assert.Equal(t, smallest(int64(n), 64), audit.SampleSize(n, audit.Recertification), "recertification %d", n)
	}
	for n := 1; n <= 3000; n++ {
		check(n)
	}
	for _, n := range []int{1 << 31, 1<<31 + 1, 1 << 40, 1<<62 - 1, math.MaxInt - 1, math.MaxInt} {
		check(n)
	}
}

func FuzzSampleSize(f *testing.F) {
	f.Add(9, uint8(3))
	f.Add(math.MaxInt, uint8(2))
	f.Fuzz(func(t *testing.T, n int, kind uint8) {
		k := audit.SampleSize(n, audit.Kind(kind))
		if n <= 0 || !audit.Kind(kind).IsValid() {
			assert.Equal(t, 0, k)
			return
		}
		assert.GreaterOrEqual(t, k, 1)
		assert.LessOrEqual(t, k, audit.SampleSize(n, audit.Stage2))
		assert.LessOrEqual(t, k, n, "never more sites than there are")
	})
}
