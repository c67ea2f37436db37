package audit_test

import (
	"errors"
	"fmt"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFindingLifecycleMatrix tries every transition on a finding of every
// severity in every status it can reach, and checks each against the
// lifecycle written out here independently of the package's table
// [17021]: what is allowed moves to the status given, what is not is a
// *FindingError that changes nothing.
func TestFindingLifecycleMatrix(t *testing.T) {
	type transition string
	const (
		submit transition = "submit"
		accept transition = "accept"
		verify transition = "verify"
		close  transition = "close"
	)
	// allowed[severity][from][transition] = to; anything missing is refused.
	allowed := map[audit.Severity]map[audit.FindingStatus]map[transition]audit.FindingStatus{
		audit.Major: {
			audit.Open:            {submit: audit.ActionSubmitted},
			audit.ActionSubmitted: {verify: audit.Verified},
			audit.Verified:        {close: audit.Closed},
		},
		audit.Minor: {
			audit.Open:            {submit: audit.ActionSubmitted},
			audit.ActionSubmitted: {accept: audit.Accepted, verify: audit.Verified},
			audit.Accepted:        {verify: audit.Verified, close: audit.Closed},
			audit.Verified:        {close: audit.Closed},
		},
		audit.Observation: {
			audit.Open: {close: audit.Closed},
		},
	}
	// paths reach each status from open.
	paths := map[audit.FindingStatus][]transition{
		audit.Open:            nil,
		audit.ActionSubmitted: {submit},
		audit.Accepted:        {submit, accept},
		audit.Verified:        {submit, verify},
		audit.Closed:          {submit, verify, close},
	}
	on := dayOf(t, "2026-04-01")
	do := func(f audit.Finding, tr transition) (audit.Finding, error) {
		switch tr {
		case submit:
			return f.SubmitAction(on, "fixed")
		case accept:
			return f.Accept(on)
		case verify:
			return f.Verify(on)
		default:
			return f.Close(on)
		}
	}
	reach := func(sev audit.Severity, status audit.FindingStatus) (audit.Finding, bool) {
		f := openFinding(t, majorID, sev)
		for _, tr := range paths[status] {
			next, err := do(f, tr)
			if err != nil {
				return f, false
			}
			f = next
		}
		if sev == audit.Observation && status == audit.Closed {
			next, err := f.Close(on)
			return next, err == nil
		}
		return f, f.Status() == status
	}
	for _, sev := range audit.Severities() {
		for _, from := range audit.FindingStatuses() {
			f, ok := reach(sev, from)
			if !ok {
				_, listed := allowed[sev][from]
				assert.False(t, listed, "%s cannot reach %s, yet the matrix lists it", sev, from)
				continue
			}
			for _, tr := range []transition{submit, accept, verify, close} {
				t.Run(fmt.Sprintf("%s %s %s", sev, from, tr), func(t *testing.T) {
					got, err := do(f, tr)
					want, isAllowed := allowed[sev][from][tr]
					if isAllowed {
						require.NoError(t, err)
						assert.Equal(t, want, got.Status())
						assert.Equal(t, from, f.Status(), "the receiver is unchanged")
						return
					}
					var fe *audit.FindingError
					require.True(t, errors.As(err, &fe), "want a refusal, got %v", err)
					assert.ErrorIs(t, err, audit.ErrFindingState)
					assert.Equal(t, from, fe.Status)
					assert.NotEmpty(t, fe.Reason)
					assert.NotContains(t, fe.Reason, "not allowed from", "every refusal has its own reason")
					assert.True(t, got.Equal(f))
				})
			}
		}
	}
}
