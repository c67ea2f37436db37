package quotation_test

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/require"
)

var jsonSink []byte

// BenchmarkQuotationJSON encodes the brief's quotation with its MarshalJSON
// method; BenchmarkQuotationParts encodes its customer, schedule, request
// and quote with theirs, the baseline of what it adds.
func BenchmarkQuotationJSON(b *testing.B) {
	q := brief(b)
	b.ReportAllocs()
	for b.Loop() {
		data, err := q.MarshalJSON()
		require.NoError(b, err)
		jsonSink = data
	}
}

func BenchmarkQuotationParts(b *testing.B) {
	q := brief(b)
	parts := []json.Marshaler{q.Customer(), q.Schedule(), q.Request(), q.Quote()}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range parts {
			data, err := p.MarshalJSON()
			require.NoError(b, err)
			jsonSink = data
		}
	}
}
