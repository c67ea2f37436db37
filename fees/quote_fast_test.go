package fees

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/internal/jsonx"
)

// TestQuoteFastReadsWhatMarshalWrites: every quote MarshalJSON writes,
// escapes in labels and reasons too, takes the fast path, to the wire form
// the plain rule reads and to an Equal quote.
func TestQuoteFastReadsWhatMarshalWrites(t *testing.T) {
	for _, q := range randomQuotes(t, 300) {
		data, err := json.Marshal(q)
		require.NoError(t, err)
		var fast, plain quoteWire
		require.True(t, decodeQuoteFast(data, &fast), "%s", data)
		require.NoError(t, jsonx.Decode(data, &plain))
		require.True(t, reflect.DeepEqual(fast, plain), "%s", data)
		var back Quote
		require.NoError(t, back.UnmarshalJSON(data))
		assert.True(t, back.Equal(q), "%s", data)
	}
}

// FuzzQuoteFast holds decodeQuoteFast to the plain rule: whatever it reads,
// jsonx.Decode reads to the same wire form; and a quote decodes to the same
// value, or the same error, whichever way it is read.
func FuzzQuoteFast(f *testing.F) {
	quotes := randomQuotes(f, 6)
	for _, q := range quotes {
		data, err := json.Marshal(q)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, seed := range []string{
		`{}`, `null`, `[]`, `{"part":"cycle","part":"cycle"}`, `{"Part":"cycle"}`, `{"net":{"amount":"1","amount":"2"}}`,
		`{"net":{"Amount":"1"}}`, `{"net":{"amount":"1"x}}`, `{"lines":[{"item":"application","year":1.0}]}`,
		`{"lines":[{"label":{"chinese":"a","english":"b","x":1}}]}`, `{"vat_rate":0.06}`, `{"vat_included":null}`,
		`{"audits":[{"integration":{"reduction":"15","reason":"x"},"effort":null}]}`, `{"lines":[]} {}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var fast quoteWire
		if decodeQuoteFast(data, &fast) {
			var plain quoteWire
			if err := jsonx.Decode(data, &plain); err != nil {
				t.Fatalf("the fast path read %q, the plain rule refuses it: %v", data, err)
			}
			if !reflect.DeepEqual(fast, plain) {
				t.Fatalf("%q: fast %+v, plain %+v", data, fast, plain)
			}
		}
		var viaMethod, viaPlain Quote
		errMethod := viaMethod.UnmarshalJSON(data)
		errPlain := jsonx.Unmarshal(data, ErrInvalidQuote, (*quoteWire).quote, &viaPlain)
		if (errMethod == nil) != (errPlain == nil) || errMethod != nil && errMethod.Error() != errPlain.Error() ||
			!viaMethod.Equal(viaPlain) {
			t.Fatalf("%q: UnmarshalJSON gave %v, the plain rule %v", data, errMethod, errPlain)
		}
	})
}
