package audit

import (
	"testing"
	"time"

	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestLifecycleTable checks the table itself: each (status, step, severity)
// has at most one row; each row's To is the status its recorded date gives
// (Finding.Status reads the dates); and every step the table refuses has a
// reason of its own in refusals, from every status the severity can reach.
func TestLifecycleTable(t *testing.T) {
	seen := map[[3]uint8]bool{}
	for _, r := range lifecycle {
		for _, sev := range r.severities {
			key := [3]uint8{uint8(r.from), uint8(r.step), uint8(sev)}
			assert.False(t, seen[key], "row %v repeated for %s", r, sev)
			seen[key] = true
		}
	}
	day := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	for _, r := range lifecycle {
		for _, sev := range r.severities {
			f := Finding{id: uuid.New(), severity: sev, raisedOn: day}
			for s := submitAction; s <= closeFinding && f.Status() != r.from; s++ {
				if allows(f.Status(), s, sev) && s != closeFinding {
					*steps[s].date(&f) = day
				}
			}
			require.Equal(t, r.from, f.Status(), "row %v: %s reaches its from status", r, sev)
			*steps[r.step].date(&f) = day
			assert.Equal(t, r.to, f.Status(), "row %v: %s", r, sev)
		}
	}
	reachable := map[[2]uint8]bool{}
	for _, sev := range Severities() {
		reachable[[2]uint8{uint8(Open), uint8(sev)}] = true
	}
	for _, r := range lifecycle {
		for _, sev := range r.severities {
			reachable[[2]uint8{uint8(r.to), uint8(sev)}] = true
		}
	}
	for _, sev := range Severities() {
		for _, status := range FindingStatuses() {
			for s := submitAction; s <= closeFinding; s++ {
				if reachable[[2]uint8{uint8(status), uint8(sev)}] && !allows(status, s, sev) {
					assert.NotContains(t, whyNot(status, s, sev), "not allowed from", "%s %s %s", sev, status, steps[s].op)
				}
			}
		}
	}
}
