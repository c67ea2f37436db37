package text_test

import (
	"testing"

	"github.com/aftersales/certification/internal/text"
	"github.com/stretchr/testify/assert"
)

func TestValid(t *testing.T) {
	for _, ok := range []string{"", "  ", "营业执照"} {
		assert.NoError(t, text.Valid(ok), ok)
	}
	assert.EqualError(t, text.Valid("a\xffb"), "is not valid UTF-8")
	assert.EqualError(t, text.Valid("a\xc3"), "is not valid UTF-8")
}
