package audit_test

import (
	"encoding/json"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/stretchr/testify/assert"
)

// Callers outside the module match unknown codes with the package's own
// sentinel.
func TestUnknownCodesMatchErrUnknownCode(t *testing.T) {
	_, err := audit.ParseKind("stage3")
	assert.ErrorIs(t, err, audit.ErrUnknownCode)
	_, err = audit.ParseLevel("six_star")
	assert.ErrorIs(t, err, audit.ErrUnknownCode)
	_, err = audit.ParseSeverity("critical")
	assert.ErrorIs(t, err, audit.ErrUnknownCode)
	_, err = audit.ParseFindingStatus("reopened")
	assert.ErrorIs(t, err, audit.ErrUnknownCode)
	_, err = audit.ParseRecommendation("maybe")
	assert.ErrorIs(t, err, audit.ErrUnknownCode)
	var l audit.Level
	assert.ErrorIs(t, json.Unmarshal([]byte(`"six_star"`), &l), audit.ErrUnknownCode)
	_, err = audit.Level(0).MarshalText()
	assert.ErrorIs(t, err, audit.ErrUnknownCode)
}
