package application_test

import (
	"encoding/json"
	"testing"

	"github.com/aftersales/certification/application"
	"github.com/stretchr/testify/assert"
)

// Callers outside the module match unknown codes with the package's own
// sentinel.
func TestUnknownCodesMatchErrUnknownCode(t *testing.T) {
	_, err := application.ParseState("archived")
	assert.ErrorIs(t, err, application.ErrUnknownCode)
	_, err = application.ParseEvent("approve")
	assert.ErrorIs(t, err, application.ErrUnknownCode)
	_, err = application.ParseActor("auditor")
	assert.ErrorIs(t, err, application.ErrUnknownCode)
	_, err = application.ParseDeadlineKind("payment")
	assert.ErrorIs(t, err, application.ErrUnknownCode)
	var s application.State
	assert.ErrorIs(t, json.Unmarshal([]byte(`"archived"`), &s), application.ErrUnknownCode)
	_, err = application.State(0).MarshalText()
	assert.ErrorIs(t, err, application.ErrUnknownCode)
}
