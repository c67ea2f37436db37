package audit_test

import (
	"encoding/json"
	"errors"
	"slices"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/stretchr/testify/assert"
)

// checkDocument is the property every document type of the package has:
// data that decodes re-encodes, decodes Equal and re-encodes to the same
// bytes (jsontest.RoundTrip); data that is JSON but does not decode leaves
// the value unchanged and fails with an error matching one of the type's
// sentinels. (Data that is not JSON at all is refused by encoding/json
// before the type sees it.) It returns the decoded value and whether data
// decoded.
func checkDocument[T interface{ Equal(T) bool }](t *testing.T, data []byte, sentinels ...error) (T, bool) {
	t.Helper()
	var v, zero T
	err := json.Unmarshal(data, &v)
	if err != nil {
		assert.True(t, v.Equal(zero), "unchanged after an error")
		if json.Valid(data) {
			assert.True(t, slices.ContainsFunc(sentinels, func(s error) bool { return errors.Is(err, s) }),
				"the error matches a sentinel of the package: %v", err)
		}
		return v, false
	}
	jsontest.RoundTrip(t, v)
	return v, true
}

// policyDoc gives a RectificationPolicy the Equal that jsontest.RoundTrip
// needs. Embedding the policy takes over its JSON methods (a Go promotion
// rule), which is what lets the wrapper stand for it here.
type policyDoc struct{ audit.RectificationPolicy }

func (p policyDoc) Equal(other policyDoc) bool { return p == other }

// decisionDoc gives a Decision the Equal that jsontest.RoundTrip needs.
type decisionDoc struct{ audit.Decision }

func (d decisionDoc) Equal(other decisionDoc) bool {
	return d.Recommendation == other.Recommendation && slices.Equal(d.Reasons, other.Reasons)
}

// TestEmbeddingTakesOverJSON: a struct that embeds one of the package's
// values takes over its JSON methods, so it encodes as that value alone
// (the package documentation, "JSON", warns of it).
func TestEmbeddingTakesOverJSON(t *testing.T) {
	v := struct {
		audit.RectificationPolicy
		Note string `json:"note"`
	}{audit.DefaultRectification(), "dropped"}
	b, err := json.Marshal(v)
	assert.NoError(t, err)
	assert.Equal(t, `{"response_days":30,"repeat_stage2_months":6}`, string(b), "the note is not written")
}

// TestOmitZero: the values with IsZero are left out of a document by
// omitzero when they are zero, and written when they are not.
func TestOmitZero(t *testing.T) {
	type doc struct {
		Card    audit.Scorecard `json:"card,omitzero"`
		Result  audit.Result    `json:"result,omitzero"`
		Finding audit.Finding   `json:"finding,omitzero"`
		Audit   audit.Audit     `json:"audit,omitzero"`
	}
	b, err := json.Marshal(doc{})
	assert.NoError(t, err)
	assert.Equal(t, `{}`, string(b))
	assert.True(t, audit.Scorecard{}.IsZero() && audit.Result{}.IsZero() && audit.Finding{}.IsZero() && audit.Audit{}.IsZero())

	a := stage2Audit(t)
	full := doc{Card: audit.GBT27922(), Result: resultOf(t, "80"), Finding: openFinding(t, majorID, audit.Major), Audit: a}
	assert.False(t, full.Card.IsZero() || full.Result.IsZero() || full.Finding.IsZero() || full.Audit.IsZero())
	b, err = json.Marshal(full)
	assert.NoError(t, err)
	for _, key := range []string{`"card":`, `"result":`, `"finding":`, `"audit":`} {
		assert.Contains(t, string(b), key)
	}
}
