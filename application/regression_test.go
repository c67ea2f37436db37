package application_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
)

// An application created in the year 10000 or −1 was accepted by New and
// encoded ("created":"10000-01-01"), but the document did not decode: every
// date that goes in now lies in the years 1–9999, so what New and the steps
// accept always decodes back.
func TestApplicationCreatedOutsideTheYearsIsRefused(t *testing.T) {
	for _, on := range []time.Time{
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-1, 6, 1, 0, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), // "0001-01-01" reads back as the zero time
	} {
		_, err := application.New(appID, validApplicant(), application.AfterSalesScheme(), on)
		require.ErrorIs(t, err, application.ErrInvalidDate, "%v", on)
		var fe *application.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "created", fe.Field)
	}
	t.Run("a step in the year 10000", func(t *testing.T) {
		a := newApp(t)
		_, err := a.Withdraw(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "postponed")
		assert.ErrorIs(t, err, application.ErrInvalidDate)
	})
	t.Run("the last usable day works both ways", func(t *testing.T) {
		a := must(application.New(appID, validApplicant(), application.AfterSalesScheme(), day("9999-12-30")))
		a = must(a.Withdraw(day("9999-12-31"), "postponed"))
		back, err := application.Decode(must(json.Marshal(a)), application.AfterSalesScheme())
		require.NoError(t, err)
		assert.True(t, back.Equal(a))
	})
}

// A return reason with invalid UTF-8 was recorded, and came back from JSON
// changed (each bad byte read as U+FFFD): every text that goes in is now
// valid UTF-8, and a reason that is not is refused and named.
func TestReasonNotUTF8IsRefused(t *testing.T) {
	a := reach(t, application.Submitted)
	before := snapshot(t, a)
	_, err := a.Return(day("2026-01-27"), []string{"ok", "满意度报告\xff"})
	require.ErrorIs(t, err, application.ErrGuard)
	var ge *application.GuardError
	require.ErrorAs(t, err, &ge)
	assert.Equal(t, "reasons[1]", ge.Field)
	assert.Equal(t, before, snapshot(t, a))
	for _, step := range []func() (application.Application, error){
		func() (application.Application, error) { return a.Reject(day("2026-01-27"), "\xc3") },
		func() (application.Application, error) { return a.Withdraw(day("2026-01-27"), "\xff") },
	} {
		_, err := step()
		assert.ErrorIs(t, err, application.ErrGuard)
		assert.ErrorContains(t, err, "reasons[0]: is not valid UTF-8")
	}
}

// A rectification step that updated one finding twice (the plan accepted,
// then the finding closed, in one review) recorded the final finding for
// both updates: the step was accepted, but its document did not decode
// ("nothing new" at the second update). The step now records the updates
// as given, and its replay takes the same ones.
func TestFindingUpdatedTwiceInOneStepRoundTrips(t *testing.T) {
	a := updatedTwice(t)
	h := a.History()
	require.Equal(t, application.ReviewRectification, h[len(h)-1].Event)
	assert.Equal(t, audit.Closed, a.Findings()[0].Status())
	back, err := application.Decode(must(json.Marshal(a)), application.AfterSalesScheme())
	require.NoError(t, err)
	assert.True(t, back.Equal(a))
	assert.Equal(t, audit.Closed, back.Findings()[0].Status())
}

// updatedTwice is an application in Rectification whose latest step, a
// review, accepts the minor finding's plan and closes it.
func updatedTwice(t testing.TB) application.Application {
	t.Helper()
	a := reach(t, application.Rectification)
	submitted := must(a.Findings()[0].SubmitAction(day("2026-04-08"), "回访制度已补充"))
	a = must(a.SubmitRectification(day("2026-04-08"), []audit.Finding{submitted}))
	accepted := must(submitted.Accept(day("2026-04-15")))
	closed := must(accepted.Close(day("2026-04-15")))
	return must(a.ReviewRectification(day("2026-04-15"), []audit.Finding{accepted, closed}))
}
