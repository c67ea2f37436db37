package certificate

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLifecycleTable: every event the methods can record has exactly one
// row in every status a certificate can be in on an event's day; a row
// either leads to a status or is refused by a rule; and the final statuses
// are those that refuse every event.
func TestLifecycleTable(t *testing.T) {
	statuses := []Status{Valid, Suspended, Expired, Withdrawn, Cancelled}
	calls := []EventKind{Surveillance, Suspension, Reinstatement, Withdrawal, Cancellation, Recertification}
	for _, s := range statuses {
		for _, call := range calls {
			kind := recorded(call, s)
			n := 0
			for _, row := range lifecycle {
				if row.from == s && row.event == kind {
					n++
					assert.True(t, (row.to == 0) != (row.refused == nil), "%s in %s: a status or a rule, not both", kind, s)
				}
			}
			assert.Equal(t, 1, n, "%s in %s", kind, s)
		}
	}
	for _, row := range lifecycle {
		_, ok := step(row.from, row.event)
		assert.True(t, ok)
		assert.NotEqual(t, NotYetValid, row.from, "an event before the issue is out of order, not a row")
	}
	assert.Len(t, lifecycle, len(statuses)*len(calls))
	for _, s := range Statuses() {
		assert.Equal(t, s == Withdrawn || s == Cancelled, s.Final(), "%s", s)
	}
	assert.Equal(t, Restoration, recorded(Recertification, Expired))
	assert.Equal(t, Recertification, recorded(Recertification, Withdrawn))
}
