package audit

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/certification/internal/jsonx"
	"github.com/google/uuid"
	"github.com/stretchr/testify/require"
)

// FuzzFindingFast holds decodeFindingFast to the plain rule: whatever it
// reads, jsonx.Decode reads to the same wire form; and a finding decodes to
// the same value, or fails alike, whichever way it is read.
func FuzzFindingFast(f *testing.F) {
	for _, seed := range []string{
		`{"id":"5f0c7d8e-0000-4000-8000-000000000001","severity":"major","clause":"5.1","statement":"未建立投诉处理制度","evidence":"e","raised_on":"2026-03-10","due_on":"2026-04-09","status":"closed","action":"x","action_submitted_on":"2026-04-01","verified_on":"2026-04-05","closed_on":"2026-04-06"}`,
		`{"id":"5f0c7d8e-0000-4000-8000-000000000002","severity":"minor","clause":"5.1","statement":"s","deduction":"unresolved_complaint","raised_on":"2026-03-10","due_on":"2026-04-09","status":"open"}`,
		` { "id" : "5f0c7d8e-0000-4000-8000-000000000003" , "severity" : "observation" , "clause" : "5.1" , "statement" : "s" , "raised_on" : "2026-03-10" , "status" : "open" } `,
		`{"id":"5F0C7D8E-0000-4000-8000-000000000003","severity":"observation"}`,
		`{"id":"5f0c7d8e-0000-4000-8000-000000000003","id":"5f0c7d8e-0000-4000-8000-000000000003"}`,
		`{"severity":"minor","Severity":"minor"}`,
		`{"clause":"a\"b"}`, `{"clause":null}`, `{"clause":1}`, `{"status":"open"} {}`,
		`{}`, `null`, `[]`, "{\"clause\":\"\xff\"}",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var fast findingWire
		if decodeFindingFast(data, &fast) {
			var plain findingWire
			if err := jsonx.Decode(data, &plain); err != nil {
				t.Fatalf("the fast path read %q, the plain rule refuses it: %v", data, err)
			}
			if !reflect.DeepEqual(fast, plain) {
				t.Fatalf("%q: fast %+v, plain %+v", data, fast, plain)
			}
		}
		var viaMethod Finding
		errMethod := json.Unmarshal(data, &viaMethod)
		var viaPlain Finding
		errPlain := jsonx.Unmarshal(data, ErrInvalidFinding, (*findingWire).finding, &viaPlain)
		if (errMethod == nil) != (errPlain == nil) || !viaMethod.Equal(viaPlain) {
			t.Fatalf("%q: UnmarshalJSON gave %v, the plain rule %v", data, errMethod, errPlain)
		}
	})
}

// TestFindingFastReadsWhatMarshalWrites: every finding MarshalJSON writes,
// escapes and all, takes the fast path, so that the findings of an
// application never pay for the plain one.
func TestFindingFastReadsWhatMarshalWrites(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 3, d, 0, 0, 0, 0, time.UTC) }
	open, err := NewFinding(uuid.MustParse("5f0c7d8e-0000-4000-8000-000000000001"), Major, "5.1",
		"未建立投诉处理制度", "抽查 12 份记录", day(10), DefaultRectification())
	require.NoError(t, err)
	deducted, err := open.WithDeduction("unresolved_complaint")
	require.NoError(t, err)
	submitted, err := deducted.SubmitAction(day(20), "修订制度并培训")
	require.NoError(t, err)
	verified, err := submitted.Verify(day(25))
	require.NoError(t, err)
	closed, err := verified.Close(day(26))
	require.NoError(t, err)
	escaped, err := NewFinding(uuid.MustParse("5f0c7d8e-0000-4000-8000-000000000002"), Observation, "5.2",
		`"<" in a statement`, "", day(10), DefaultRectification())
	require.NoError(t, err)
	for _, f := range []Finding{open, deducted, submitted, verified, closed, escaped} {
		data, err := json.Marshal(f)
		require.NoError(t, err)
		var w findingWire
		require.True(t, decodeFindingFast(data, &w), "%s", data)
		var back Finding
		require.NoError(t, json.Unmarshal(data, &back))
		require.True(t, back.Equal(f), "%s", data)
	}
}

// TestFindingFastRefusesOversized: a finding padded past jsonx.MaxSize is
// refused whole, as the plain rule refuses it (the fast path once read it).
func TestFindingFastRefusesOversized(t *testing.T) {
	data := `{"id":"5f0c7d8e-0000-4000-8000-000000000003",` + strings.Repeat(" ", jsonx.MaxSize) +
		`"severity":"observation","clause":"5.1","statement":"s","raised_on":"2026-03-10","status":"open"}`
	var f Finding
	require.ErrorIs(t, json.Unmarshal([]byte(data), &f), ErrInvalidFinding)
	require.True(t, f.IsZero(), "f unchanged")
}
