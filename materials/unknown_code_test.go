package materials_test

import (
	"encoding/json"
	"testing"

	"github.com/aftersales/certification/materials"
	"github.com/stretchr/testify/assert"
)

// Callers outside the module match unknown codes with the package's own
// sentinel.
func TestUnknownCodesMatchErrUnknownCode(t *testing.T) {
	_, err := materials.ParseKind("Business_License")
	assert.ErrorIs(t, err, materials.ErrUnknownCode, "a kind is any code spelled as one; only other text is unknown")
	_, err = materials.ParseSection("summary")
	assert.ErrorIs(t, err, materials.ErrUnknownCode)
	_, err = materials.ParseReferenceCheck("driving_licence")
	assert.ErrorIs(t, err, materials.ErrUnknownCode)
	_, err = materials.ParseReason("lost")
	assert.ErrorIs(t, err, materials.ErrUnknownCode)
	var k materials.Kind
	assert.ErrorIs(t, json.Unmarshal([]byte(`"No pe"`), &k), materials.ErrUnknownCode)
	_, err = materials.Kind("").MarshalText()
	assert.ErrorIs(t, err, materials.ErrUnknownCode)
}
