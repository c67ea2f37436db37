package application_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestTransitionsTable(t *testing.T) {
	rows := application.Transitions()
	seen := map[[2]uint8]bool{}
	for _, r := range rows {
		require.True(t, r.From.IsValid(), "row %v: from", r)
		require.True(t, r.Event.IsValid(), "row %v: event", r)
		require.True(t, r.To.IsValid(), "row %v: to", r)
		key := [2]uint8{uint8(r.From), uint8(r.Event)}
		assert.False(t, seen[key], "(%s, %s) appears twice", r.From, r.Event)
		seen[key] = true
	}

	t.Run("the brief's path", func(t *testing.T) {
		// [brief]: draft, submitted, accepted or returned, document
		// review, on site, rectification, decision, certificate.
		path := []struct {
			from  application.State
			event application.Event
			to    application.State
		}{
			{application.Draft, application.Submit, application.Submitted},
			{application.Submitted, application.Return, application.Returned},
			{application.Returned, application.Resubmit, application.Submitted},
			{application.Submitted, application.Accept, application.Accepted},
			{application.Accepted, application.StartDocumentReview, application.DocumentReview},
			{application.DocumentReview, application.StartOnSiteAudit, application.OnSiteAudit},
			{application.OnSiteAudit, application.RequireRectification, application.Rectification},
			{application.Rectification, application.SubmitRectification, application.Rectification},
			{application.Rectification, application.ReviewRectification, application.Rectification},
			{application.Rectification, application.CompleteRectification, application.PendingDecision},
			{application.Rectification, application.RepeatStage2, application.OnSiteAudit},
			{application.OnSiteAudit, application.CompleteOnSiteAudit, application.PendingDecision},
			{application.PendingDecision, application.Certify, application.Certified},
		}
		for _, p := range path {
			assert.Contains(t, rows, application.Transition{From: p.from, Event: p.event, To: p.to})
		}
	})

	t.Run("withdraw from every state that is not final", func(t *testing.T) {
		for _, s := range application.States() {
			want := application.Transition{From: s, Event: application.Withdraw, To: application.Withdrawn}
			if s.IsFinal() {
				assert.NotContains(t, rows, want, s.String())
			} else {
				assert.Contains(t, rows, want, s.String())
			}
		}
	})

	t.Run("final states", func(t *testing.T) {
		var finals []application.State
		for _, s := range application.States() {
			if s.IsFinal() {
				finals = append(finals, s)
			}
		}
		assert.Equal(t, []application.State{application.Certified, application.Rejected, application.Withdrawn}, finals)
	})

	t.Run("every state is reachable from draft", func(t *testing.T) {
		reached := reachableFromDraft()
		for _, s := range application.States() {
			assert.True(t, reached[s], "%s unreachable", s)
		}
	})

	t.Run("a copy", func(t *testing.T) {
		rows[0].To = application.Rejected
		assert.Equal(t, application.Submitted, application.Transitions()[0].To)
	})
}

func TestDiagramGolden(t *testing.T) {
	got := application.Diagram()
	path := filepath.Join("testdata", "diagram.mmd")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./application -run TestDiagramGolden -update")
	assert.Equal(t, string(want), got)

	// The diagram is generated from the table: one arrow per row.
	for _, r := range application.Transitions() {
		assert.Contains(t, got, "    "+r.From.String()+" --> "+r.To.String()+": "+r.Event.String()+"\n")
	}
	assert.Equal(t, len(application.Transitions()), strings.Count(got, ": "))
}

func TestEnumsText(t *testing.T) {
	t.Run("states", func(t *testing.T) {
		want := []struct{ code, zh, en string }{
			{"draft", "草稿", "Draft"},
			{"submitted", "已提交", "Submitted"},
			{"returned", "已退回", "Returned"},
			{"accepted", "已受理", "Accepted"},
			{"document_review", "文件审核", "Document review"},
			{"on_site_audit", "现场审核", "On-site audit"},
			{"rectification", "整改", "Rectification"},
			{"pending_decision", "待决定", "Pending decision"},
			{"certified", "已认证", "Certified"},
			{"rejected", "已拒绝", "Rejected"},
			{"withdrawn", "已撤回", "Withdrawn"},
		}
		states := application.States()
		require.Len(t, states, len(want))
		for i, s := range states {
			assert.Equal(t, want[i].code, s.String())
			assert.Equal(t, want[i].zh, s.Chinese())
			assert.Equal(t, want[i].en, s.English())
			text, err := s.MarshalText()
			require.NoError(t, err)
			var back application.State
			require.NoError(t, back.UnmarshalText(text))
			assert.Equal(t, s, back)
			parsed, err := application.ParseState(want[i].code)
			require.NoError(t, err)
			assert.Equal(t, s, parsed)
		}
	})
	t.Run("events", func(t *testing.T) {
		for _, e := range application.Events() {
			assert.NotEmpty(t, e.Chinese(), e.String())
			assert.NotEmpty(t, e.English(), e.String())
			assert.True(t, e.Actor().IsValid(), e.String())
			parsed, err := application.ParseEvent(e.String())
			require.NoError(t, err)
			assert.Equal(t, e, parsed)
		}
		assert.Equal(t, application.ByApplicant, application.Submit.Actor())
		assert.Equal(t, application.ByApplicant, application.Withdraw.Actor())
		assert.Equal(t, application.ByBody, application.Certify.Actor())
		assert.Equal(t, application.ByBody, application.Return.Actor())
		assert.Equal(t, application.ByApplicant, application.SubmitRectification.Actor())
		assert.Equal(t, application.ByBody, application.ReviewRectification.Actor())
		assert.Equal(t, "review_rectification", application.ReviewRectification.String())
		assert.Equal(t, "审查整改", application.ReviewRectification.Chinese())
		assert.Equal(t, "Review rectification", application.ReviewRectification.English())
	})
	t.Run("unknown values", func(t *testing.T) {
		var s application.State
		_, err := s.MarshalText()
		assert.Error(t, err)
		s = application.Draft
		assert.Error(t, s.UnmarshalText([]byte("approved")))
		assert.Equal(t, application.Draft, s, "unchanged on error")
		e := application.Submit
		assert.Error(t, e.UnmarshalText([]byte("Submit")))
		assert.Equal(t, application.Submit, e)
		_, err = application.ParseActor("auditor")
		assert.Error(t, err)
		assert.Equal(t, "state(0)", application.State(0).String())
		assert.Equal(t, "event(99)", application.Event(99).String())
		assert.False(t, application.State(0).IsFinal())
		assert.False(t, application.Event(0).Actor().IsValid())
	})
}

func TestTransitionErrorMessage(t *testing.T) {
	err := error(&application.TransitionError{From: application.Draft, Event: application.Certify})
	assert.ErrorIs(t, err, application.ErrInvalidTransition)
	assert.NotErrorIs(t, err, application.ErrGuard)
	assert.Equal(t, "application: cannot certify in state draft: only submit, withdraw allowed", err.Error())
	err = &application.TransitionError{From: application.Certified, Event: application.Withdraw}
	assert.Equal(t, "application: cannot withdraw in state certified: only nothing (final state) allowed", err.Error())

	cause := errors.New("materials: missing: satisfaction_report")
	guard := error(&application.GuardError{Event: application.Submit, State: application.Draft, Reason: "materials incomplete", Err: cause})
	assert.ErrorIs(t, guard, application.ErrGuard)
	assert.ErrorIs(t, guard, cause)
	assert.Equal(t, "application: cannot submit: materials incomplete: materials: missing: satisfaction_report", guard.Error())
}
