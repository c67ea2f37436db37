package audit_test

import (
	"encoding/binary"
	"errors"
	"fmt"
	"runtime"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// idOf returns the n-th test ID, a canonical version 4 UUID.
func idOf(n int) uuid.UUID {
	var id uuid.UUID
	binary.BigEndian.PutUint64(id[8:], uint64(n))
	id[6], id[8] = 0x40, 0x80 // version 4, RFC 4122 variant
	return id
}

// manyFindings returns a stage 2 audit with n minor findings raised on its
// last day, and each of them with an action submitted: the updates of one
// rectification step that answers them all.
func manyFindings(t testing.TB, n int) (audit.Audit, []audit.Finding) {
	t.Helper()
	last := dayOf(t, "2026-03-10")
	findings := make([]audit.Finding, n)
	updates := make([]audit.Finding, n)
	for i := range findings {
		f, err := audit.NewFinding(idOf(i+1), audit.Minor, "5.1", "statement", "evidence", last, audit.DefaultRectification())
		require.NoError(t, err)
		findings[i] = f
		updates[i], err = f.SubmitAction(dayOf(t, "2026-04-01"), "plan")
		require.NoError(t, err)
	}
	a, err := audit.NewAudit(audit.Stage2, last, last, findings...)
	require.NoError(t, err)
	return a, updates
}

func TestUpdateFindings(t *testing.T) {
	a, updates := manyFindings(t, 5)
	before, _ := manyFindings(t, 5)

	t.Run("several at once", func(t *testing.T) {
		b, err := a.UpdateFindings(updates[1], updates[3])
		require.NoError(t, err)
		for i, f := range b.Findings() {
			want := audit.Open
			if i == 1 || i == 3 {
				want = audit.ActionSubmitted
			}
			assert.Equal(t, want, f.Status(), "finding %d", i)
		}
		assert.True(t, a.Equal(before), "the receiver is unchanged")
	})
	t.Run("the same as one update after another", func(t *testing.T) {
		accepted, err := updates[2].Accept(dayOf(t, "2026-04-02"))
		require.NoError(t, err)
		batch, err := a.UpdateFindings(updates...)
		require.NoError(t, err)
		batch, err = batch.UpdateFindings(accepted, updates[0])
		require.NoError(t, err)
		oneByOne := a
		for _, u := range append(append([]audit.Finding(nil), updates...), accepted, updates[0]) {
			oneByOne, err = oneByOne.UpdateFindings(u)
			require.NoError(t, err)
		}
		assert.True(t, batch.Equal(oneByOne))
	})
	t.Run("a later update of the same finding wins", func(t *testing.T) {
		accepted, err := updates[2].Accept(dayOf(t, "2026-04-02"))
		require.NoError(t, err)
		b, err := a.UpdateFindings(updates[2], accepted)
		require.NoError(t, err)
		got, _ := b.Finding(idOf(3))
		assert.Equal(t, audit.Accepted, got.Status())
		b, err = a.UpdateFindings(accepted, updates[2])
		require.NoError(t, err)
		got, _ = b.Finding(idOf(3))
		assert.Equal(t, audit.ActionSubmitted, got.Status())
	})
	t.Run("no updates", func(t *testing.T) {
		b, err := a.UpdateFindings()
		require.NoError(t, err)
		assert.True(t, b.Equal(a))
	})

	other, err := audit.NewFinding(idOf(2), audit.Major, "5.1", "statement", "evidence", dayOf(t, "2026-03-10"), audit.DefaultRectification())
	require.NoError(t, err)
	stranger := openFinding(t, majorID, audit.Major)
	bad := []struct {
		name    string
		updates []audit.Finding
		fields  []string
		want    []string
	}{
		{"an unknown finding among good ones", []audit.Finding{updates[0], stranger, updates[4]},
			[]string{"updates[1]"}, []string{"no finding " + majorID.String() + " in the audit"}},
		{"a fixed part changed", []audit.Finding{updates[0], other},
			[]string{"updates[1]"}, []string{"may only record transitions"}},
		{"every problem reported", []audit.Finding{stranger, updates[1], other},
			[]string{"updates[0]", "updates[2]"}, []string{"no finding", "may only record transitions"}},
	}
	for _, tc := range bad {
		t.Run(tc.name, func(t *testing.T) {
			for _, many := range []bool{false, true} {
				list := tc.updates
				if many { // enough updates to use the index instead of a scan
					list = append(append([]audit.Finding(nil), updates...), tc.updates...)
				}
				got, err := a.UpdateFindings(list...)
				require.ErrorIs(t, err, audit.ErrInvalidAudit)
				assert.True(t, got.Equal(before), "all or nothing: the audit is unchanged")
				assert.True(t, a.Equal(before))
				for _, w := range tc.want {
					assert.ErrorContains(t, err, w)
				}
				if many {
					continue
				}
				problems := []error{err}
				if j, ok := err.(interface{ Unwrap() []error }); ok {
					problems = j.Unwrap()
				}
				require.Len(t, problems, len(tc.fields))
				for i, field := range tc.fields {
					var fe *audit.FieldError
					require.True(t, errors.As(problems[i], &fe))
					assert.Equal(t, field, fe.Field)
				}
			}
		})
	}
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
// (each update copied every finding): UpdateFindings is linear. Twice the
// findings, all updated at once, allocate about twice the bytes; a
// quadratic update would allocate four times as many, as updating them one
// by one does.
func TestUpdateFindingsIsLinear(t *testing.T) {
	bytesFor := func(n int, batch bool) uint64 {
		a, updates := manyFindings(t, n)
		return allocatedBytes(func() {
			if batch {
				got, err := a.UpdateFindings(updates...)
				if err != nil {
					t.Fatal(err)
				}
				auditSink = got
				return
			}
			for _, u := range updates {
				var err error
				if a, err = a.UpdateFindings(u); err != nil {
					t.Fatal(err)
				}
			}
			auditSink = a
		})
	}
	small, large := bytesFor(1500, true), bytesFor(3000, true)
	ratio := float64(large) / float64(small)
	t.Logf("one batch: %d bytes for 1500 findings, %d for 3000 (×%.2f)", small, large, ratio)
	assert.Less(t, ratio, 2.6, "twice the findings allocate about twice the bytes")
	assert.Less(t, large, uint64(3000*1024), "3000 findings updated at once allocate about a megabyte, not gigabytes")

	// The test can tell: updating one by one grows as the square.
	small, large = bytesFor(200, false), bytesFor(400, false)
	ratio = float64(large) / float64(small)
	t.Logf("one by one: %d bytes for 200 findings, %d for 400 (×%.2f)", small, large, ratio)
	assert.Greater(t, ratio, 3.4)
}

var auditSink audit.Audit

// BenchmarkUpdateFindings updates findings of a stage 2 audit with 3 000
// of them: one finding; all of them in one batch; and, as the baseline
// measured in the same run, all of them one by one (each update copies
// every finding).
func BenchmarkUpdateFindings(b *testing.B) {
	const n = 3000
	a, updates := manyFindings(b, n)
	b.Run("one_of_3000", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			got, err := a.UpdateFindings(updates[n/2])
			if err != nil {
				b.Fatal(err)
			}
			auditSink = got
		}
	})
	for _, size := range []int{300, n} {
		b.Run(fmt.Sprintf("batch_of_%d", size), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				got, err := a.UpdateFindings(updates[:size]...)
				if err != nil {
					b.Fatal(err)
				}
				auditSink = got
			}
		})
	}
	b.Run("one_by_one_3000_baseline", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			got := a
			for _, u := range updates {
				var err error
				if got, err = got.UpdateFindings(u); err != nil {
					b.Fatal(err)
				}
			}
			auditSink = got
		}
	})
}
