package application_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
)

// The plain rule for document_fast.go is jsonx.Unmarshal into the
// document's wire form (application.DecodePlain).

// TestDocumentFastReadsWhatMarshalWrites: every document MarshalJSON writes
// takes the fast path, to the wire the plain rule reads, and its stated
// materials, request and quote are the values of the latest submit and
// accept steps, not decoded again.
func TestDocumentFastReadsWhatMarshalWrites(t *testing.T) {
	tests := []struct {
		name                string
		doc                 []byte
		submitted, accepted bool
	}{
		{"draft", []byte(snapshot(t, reach(t, application.Draft))), false, false},
		{"returned", []byte(snapshot(t, reach(t, application.Returned))), true, false},
		{"accepted", []byte(snapshot(t, reach(t, application.Accepted))), true, true},
		{"rectification", []byte(snapshot(t, reach(t, application.Rectification))), true, true},
		{"updated twice", []byte(snapshot(t, updatedTwice(t))), true, true},
		{"certified", []byte(snapshot(t, reach(t, application.Certified))), true, true},
		{"large dossier", largeCertified(t, 20), true, true},
		{"escaped strings", []byte(strings.NewReplacer( // as MarshalJSON writes ", &, < and >
			"上海示例电器有限公司", `上海示例电器\u0026\"A\"有限公司`,
			"2024 satisfaction report listed", `\"2024\" satisfaction report \u003clisted\u003e`,
		).Replace(snapshot(t, reach(t, application.Certified)))), true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := application.ReadFast(tc.doc)
			require.True(t, r.Read)
			require.NoError(t, r.Plain)
			assert.True(t, r.Same, "the fast path reads the wire the plain rule reads")
			assert.Equal(t, tc.submitted, r.SharedMaterials, "stated materials shared")
			assert.Equal(t, tc.accepted, r.SharedRequest, "stated request shared")
			assert.Equal(t, tc.accepted, r.SharedQuote, "stated quote shared")
		})
	}
}

// FuzzDocumentFast holds decodeDocumentFast to the plain rule: whatever it
// reads, the plain rule reads to the same wire; and Decode gives an Equal
// application, or the same error, as the plain rule.
func FuzzDocumentFast(f *testing.F) {
	for _, s := range []application.State{application.Draft, application.Returned, application.Rectification, application.Certified} {
		f.Add([]byte(snapshot(f, reach(f, s))))
	}
	f.Add([]byte(`{"id":"6f1c2d3e-4b5a-4c6d-8e7f-901234567890","applicant":{"name":"x","credit_code":"91310000132260250X","personnel":1,"sites":1},"created":"2026-01-05","state":"draft","history":[]}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"history":[{"materials":[],"quote":{},"request":null}],"materials":[],"quote":{}}`))
	scheme := application.AfterSalesScheme()
	f.Fuzz(func(t *testing.T, data []byte) {
		if r := application.ReadFast(data); r.Read && (r.Plain != nil || !r.Same) {
			t.Fatalf("%q: the fast path reads it, the plain rule gives %v (same wire: %v)", data, r.Plain, r.Same)
		}
		got, err := application.Decode(data, scheme)
		want, errPlain := application.DecodePlain(data, scheme)
		if (err == nil) != (errPlain == nil) || err != nil && err.Error() != errPlain.Error() || !got.Equal(want) {
			t.Fatalf("%q: Decode %v, the plain rule %v", data, err, errPlain)
		}
	})
}
