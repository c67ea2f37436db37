package certificate_test

import (
	"encoding/json"
	"testing"

	"github.com/aftersales/certification/certificate"
	"github.com/stretchr/testify/assert"
)

// Callers outside the module match unknown codes with the package's own
// sentinel.
func TestUnknownCodesMatchErrUnknownCode(t *testing.T) {
	_, err := certificate.ParseStatus("revoked")
	assert.ErrorIs(t, err, certificate.ErrUnknownCode)
	_, err = certificate.ParseMilestoneKind("audit")
	assert.ErrorIs(t, err, certificate.ErrUnknownCode)
	_, err = certificate.ParseEventKind("renewal")
	assert.ErrorIs(t, err, certificate.ErrUnknownCode)
	var s certificate.Status
	assert.ErrorIs(t, json.Unmarshal([]byte(`"revoked"`), &s), certificate.ErrUnknownCode)
	_, err = certificate.Status(0).MarshalText()
	assert.ErrorIs(t, err, certificate.ErrUnknownCode)
}
