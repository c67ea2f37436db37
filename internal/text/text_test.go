package text_test

import (
	"testing"

	"github.com/aftersales/certification/internal/text"
	"github.com/stretchr/testify/assert"
)

func TestRequired(t *testing.T) {
	assert.NoError(t, text.Required("售后服务"))
	assert.EqualError(t, text.Required(""), "is blank")
	assert.EqualError(t, text.Required(" \t\u3000"), "is blank")
	assert.EqualError(t, text.Required("a\xffb"), "is not valid UTF-8")
}

func TestOptional(t *testing.T) {
	assert.NoError(t, text.Optional(""))
	assert.NoError(t, text.Optional("上海"))
	assert.EqualError(t, text.Optional("  "), "is blank")
	assert.EqualError(t, text.Optional("\xc0"), "is not valid UTF-8")
}

func TestOneLine(t *testing.T) {
	assert.NoError(t, text.OneLine("上海申联 (Shanghai)"))
	assert.NoError(t, text.OneLine(""))
	assert.EqualError(t, text.OneLine("a\nb"), "holds the control character U+000A; write it on one line")
	assert.EqualError(t, text.OneLine("a\tb"), "holds the control character U+0009; write it on one line")
}
