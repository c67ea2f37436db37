package application_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/internal/jsonx"
)

func TestJSONRefusesTampering(t *testing.T) {
	certified := snapshot(t, reach(t, application.Certified))
	rectification := snapshot(t, reach(t, application.Rectification))
	draft := snapshot(t, reach(t, application.Draft))
	tests := []struct {
		name string
		doc  string
		old  string
		new  string
		want []error
		text string
	}{
		{"state not what the history replays to", rectification, `"state":"rectification"`, `"state":"certified"`,
			nil, "invalid document: state: certified, but the history replays to rectification"},
		{"a step's target changed", certified, `"to":"returned"`, `"to":"accepted"`,
			nil, "recorded submitted → accepted"},
		{"a step's actor changed", certified, `"event":"return","from":"submitted","to":"returned","on":"2026-01-27","actor":"body"`,
			`"event":"return","from":"submitted","to":"returned","on":"2026-01-27","actor":"applicant"`, nil, "by applicant"},
		{"a step the table does not allow", certified, `"event":"start_document_review"`, `"event":"start_on_site_audit"`,
			[]error{application.ErrInvalidTransition}, "history[4]: application: cannot start_on_site_audit"},
		{"a date going backwards", certified, `"on":"2026-02-10"`, `"on":"2026-01-02"`,
			[]error{application.ErrInvalidDate}, "history[3].on: accept on 2026-01-02 is before the latest step"},
		{"a quote that is not the schedule's", certified, `"request":{"personnel":120,"sites":1,"part":"cycle"},"quote"`,
			`"request":{"personnel":120,"sites":1,"part":"initial"},"quote"`, []error{application.ErrGuard}, "quote does not match"},
		{"stated materials not the submitted ones", certified, `],"materials":[{"kind":"application_form","title":"认证申请书"`,
			`],"materials":[{"kind":"application_form","title":"认证申请书 v2"`, nil, "invalid document: materials: does not follow from the history"},
		{"a field that does not belong to the step", certified, `"event":"start_on_site_audit","from":"document_review","to":"on_site_audit","on":"2026-03-16","actor":"body"`,
			`"event":"start_on_site_audit","from":"document_review","to":"on_site_audit","on":"2026-03-16","actor":"body","number":"X"`, nil, `history[5].number: does not belong to a start_on_site_audit step`},
		{"the body's acceptance recorded as the applicant's (documents before review_rectification)", certified,
			`"event":"review_rectification","from":"rectification","to":"rectification","on":"2026-04-15","actor":"body"`,
			`"event":"submit_rectification","from":"rectification","to":"rectification","on":"2026-04-15","actor":"applicant"`,
			[]error{application.ErrGuard}, "history[8]: application: cannot submit_rectification: findings: rectification cannot be recorded: finding " +
				findingID.String() + ": accepted on 2026-04-15 is not allowed in submit_rectification"},
		{"the applicant's action recorded as the body's", certified,
			`"event":"submit_rectification","from":"rectification","to":"rectification","on":"2026-04-08","actor":"applicant"`,
			`"event":"review_rectification","from":"rectification","to":"rectification","on":"2026-04-08","actor":"body"`,
			[]error{application.ErrGuard}, "action submitted on 2026-04-08 is not allowed in review_rectification"},
		{"a review recorded as the applicant's", certified,
			`"event":"review_rectification","from":"rectification","to":"rectification","on":"2026-04-15","actor":"body"`,
			`"event":"review_rectification","from":"rectification","to":"rectification","on":"2026-04-15","actor":"applicant"`,
			nil, "recorded rectification → rectification by applicant, the replay gives rectification → rectification by body"},
		{"an unknown field", certified, `"created":`, `"extra":1,"created":`, []error{jsonx.ErrInvalid}, "unknown field"},
		{"a repeated key", certified, `"created":"2026-01-05"`, `"created":"2026-01-05","created":"2026-01-05"`, []error{jsonx.ErrInvalid}, "duplicate key"},
		{"an unknown state", certified, `"state":"certified"`, `"state":"approved"`, nil, `state: "approved" is not a known state`},
		{"a bad credit code", certified, `"credit_code":"91310000132260250X","legal`, `"credit_code":"91310000132260250Y","legal`,
			[]error{application.ErrInvalidApplicant}, "credit_code"},
		{"a blank address", draft, `"address":"上海市浦东新区示例路1号"`, `"address":"\u3000"`,
			[]error{application.ErrInvalidApplicant}, `applicant.address: is blank`},
		{"a blank legal representative", draft, `"legal_representative":"张三"`, `"legal_representative":" "`,
			[]error{application.ErrInvalidApplicant}, `legal_representative: is blank`},
		{"a blank scope", draft, `"personnel":120,"sites":1}`, `"personnel":120,"sites":1,"scope":"\t"}`,
			[]error{application.ErrInvalidApplicant}, `scope: is blank`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			require.Contains(t, tc.doc, tc.old, "test set-up: the text to replace")
			doc := strings.Replace(tc.doc, tc.old, tc.new, 1)
			var a application.Application
			err := json.Unmarshal([]byte(doc), &a)
			require.Error(t, err)
			assert.ErrorIs(t, err, application.ErrInvalidDocument)
			for _, w := range tc.want {
				assert.ErrorIs(t, err, w)
			}
			assert.Contains(t, err.Error(), tc.text)
			assert.Equal(t, application.State(0), a.State(), "the receiver is unchanged")
		})
	}
	t.Run("a required member null or missing", func(t *testing.T) {
		for _, member := range []string{"id", "applicant", "created", "state", "history"} {
			var raw map[string]json.RawMessage
			require.NoError(t, json.Unmarshal([]byte(certified), &raw))
			for _, value := range []json.RawMessage{json.RawMessage(`null`), nil} {
				if value == nil {
					delete(raw, member)
				} else {
					raw[member] = value
				}
				_, err := application.Decode(must(json.Marshal(raw)), application.AfterSalesScheme())
				require.ErrorIs(t, err, application.ErrInvalidDocument, member)
				var fe *application.FieldError
				require.ErrorAs(t, err, &fe, member)
				assert.Equal(t, member, fe.Field)
				assert.ErrorContains(t, err, member+": is missing")
			}
		}
	})
	t.Run("trailing data", func(t *testing.T) {
		_, err := application.Decode([]byte(certified+"{}"), application.AfterSalesScheme())
		assert.ErrorIs(t, err, application.ErrInvalidDocument)
	})
	t.Run("a history removed", func(t *testing.T) {
		var raw map[string]json.RawMessage
		require.NoError(t, json.Unmarshal([]byte(certified), &raw))
		raw["history"] = json.RawMessage(`[]`)
		doc, err := json.Marshal(raw)
		require.NoError(t, err)
		_, err = application.Decode(doc, application.AfterSalesScheme())
		assert.ErrorIs(t, err, application.ErrInvalidDocument)
		assert.Contains(t, err.Error(), "the history replays to draft")
	})
	t.Run("another scheme", func(t *testing.T) {
		s := application.AfterSalesScheme()
		s.Rectification.ResponseDays = 90
		_, err := application.Decode([]byte(certified), s)
		assert.ErrorIs(t, err, application.ErrInvalidDocument, "the findings' due dates are not that scheme's")
	})
}

func FuzzDecode(f *testing.F) {
	for _, s := range []application.State{application.Draft, application.Returned, application.Rectification, application.Certified} {
		f.Add([]byte(snapshot(f, reach(f, s))))
	}
	f.Add([]byte(snapshot(f, updatedTwice(f))))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"id":"6f1c2d3e-4b5a-4c6d-8e7f-901234567890","applicant":{"name":"x","credit_code":"91310000132260250X","personnel":1,"sites":1},"created":"2026-01-05","state":"draft","history":[]}`))
	scheme := application.AfterSalesScheme()
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := application.Decode(data, scheme)
		if err != nil {
			require.ErrorIs(t, err, application.ErrInvalidDocument)
			return
		}
		// Whatever decodes re-encodes, decodes Equal and re-encodes to the
		// same bytes; its history is a chain from draft to its state.
		jsontest.RoundTrip(t, a)
		state := application.Draft
		for _, r := range a.History() {
			require.Equal(t, state, r.From)
			state = r.To
		}
		require.Equal(t, state, a.State())
	})
}

// TestDecodeLongHistory: decoding is linear in the length of the history
// (twice the steps allocate about twice the bytes, where copying the
// history at every replayed step made it quadratic), and the decoded value
// is an ordinary one.
func TestDecodeLongHistory(t *testing.T) {
	returned := func(n int) []byte {
		a := reach(t, application.Submitted)
		for range n {
			a = must(a.Return(day("2026-01-27"), []string{"again"}))
			a = must(a.Resubmit(day("2026-01-27"), completeMaterials()))
		}
		return must(a.MarshalJSON())
	}
	decode := func(data []byte) func() {
		return func() {
			_, err := application.Decode(data, application.AfterSalesScheme())
			require.NoError(t, err)
		}
	}
	small, large := bytesPerRun(2, decode(returned(250))), bytesPerRun(2, decode(returned(500)))
	t.Logf("%.0f bytes for 500 steps, %.0f for 1000 (×%.2f)", small, large, large/small)
	assert.Less(t, large/small, 2.6)

	back, err := application.Decode(returned(500), application.AfterSalesScheme())
	require.NoError(t, err)
	require.Len(t, back.History(), 1001)
	x := must(back.Return(day("2026-01-28"), []string{"x"}))
	y := must(back.Accept(day("2026-01-28"), cycleRequest(), cycleQuote(t)))
	assert.Equal(t, application.Return, x.History()[1001].Event)
	assert.Equal(t, application.Accept, y.History()[1001].Event, "two steps from it do not share their histories")
}

// TestIsZero: a zero Application and a zero Scheme are left out of a
// struct's JSON by omitzero, and are not valid.
func TestIsZero(t *testing.T) {
	type holder struct {
		App    application.Application `json:"app,omitzero"`
		Scheme application.Scheme      `json:"scheme,omitzero"`
	}
	data, err := json.Marshal(holder{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(data))
	assert.True(t, application.Application{}.IsZero())
	assert.True(t, application.Scheme{}.IsZero())
	assert.False(t, reach(t, application.Draft).IsZero())
	assert.False(t, application.AfterSalesScheme().IsZero())
	assert.False(t, application.ISO9001Scheme().IsZero())
	data, err = json.Marshal(holder{App: reach(t, application.Draft), Scheme: application.ISO9001Scheme()})
	require.NoError(t, err)
	assert.Contains(t, string(data), `"app":{"id":`)
	assert.Contains(t, string(data), `"scheme":{"checklist":`)
}
