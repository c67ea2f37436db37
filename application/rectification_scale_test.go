package application_test

import (
	"encoding/binary"
	"encoding/json"
	"runtime"
	"testing"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
)

// atRectification returns an application in Rectification with n minor
// findings raised on 2026-03-18, and the updates that answer all of them
// in one step (an action submitted for each on 2026-04-08).
func atRectification(t testing.TB, n int) (application.Application, []audit.Finding) {
	t.Helper()
	findings := make([]audit.Finding, n)
	updates := make([]audit.Finding, n)
	for i := range findings {
		var id uuid.UUID
		binary.BigEndian.PutUint64(id[8:], uint64(i+1))
		id[6], id[8] = 0x40, 0x80
		findings[i] = must(audit.NewFinding(id, audit.Minor, "GB/T 27922-2011 5.2.4", "投诉处理记录未记录回访结果",
			"投诉记录无回访记录", day("2026-03-18"), audit.DefaultRectification()))
		updates[i] = must(findings[i].SubmitAction(day("2026-04-08"), "回访制度已补充"))
	}
	a := must(reach(t, application.OnSiteAudit).RequireRectification(day("2026-03-18"), findings))
	return a, updates
}

// allocatedBytes returns the bytes f allocates, read from the runtime's
// cumulative count (which a garbage collection does not lower).
func allocatedBytes(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// Answering 3 000 findings in one rectification step allocated about 2 GB
// (each update copied every finding): the step and its replay are linear.
// Twice the findings allocate about twice the bytes, where a quadratic step
// would allocate four times as many.
func TestRectificationStepIsLinear(t *testing.T) {
	step := func(n int) (uint64, []byte) {
		a, updates := atRectification(t, n)
		var next application.Application
		bytes := allocatedBytes(func() {
			var err error
			next, err = a.SubmitRectification(day("2026-04-08"), updates)
			require.NoError(t, err)
		})
		for _, f := range next.Findings() {
			require.Equal(t, audit.ActionSubmitted, f.Status())
		}
		doc, err := json.Marshal(next)
		require.NoError(t, err)
		return bytes, doc
	}
	replay := func(doc []byte) uint64 {
		return allocatedBytes(func() {
			_, err := application.Decode(doc, application.AfterSalesScheme())
			require.NoError(t, err)
		})
	}
	small, smallDoc := step(1500)
	large, largeDoc := step(3000)
	t.Logf("step: %d bytes for 1500 findings, %d for 3000 (×%.2f)", small, large, float64(large)/float64(small))
	assert.Less(t, float64(large)/float64(small), 2.6)
	assert.Less(t, large, uint64(64<<20), "far from gigabytes")

	small, large = replay(smallDoc), replay(largeDoc)
	t.Logf("replay: %d bytes for 1500 findings, %d for 3000 (×%.2f)", small, large, float64(large)/float64(small))
	assert.Less(t, float64(large)/float64(small), 2.6)
}

// BenchmarkRectificationStep answers 3 000 findings in one
// SubmitRectification step.
func BenchmarkRectificationStep(b *testing.B) {
	a, updates := atRectification(b, 3000)
	b.ReportAllocs()
	for b.Loop() {
		next, err := a.SubmitRectification(day("2026-04-08"), updates)
		if err != nil {
			b.Fatal(err)
		}
		sink = next
	}
}
