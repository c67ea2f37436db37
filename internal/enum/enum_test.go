package enum_test

import (
	"errors"
	"testing"

	"github.com/aftersales/certification/internal/enum"
	"github.com/aftersales/certification/internal/errs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type color uint8

var errPaint = errors.New("paint: unknown code")

var colors = enum.New[color](errPaint, "color",
	enum.Label{Code: "red", Chinese: "红", English: "Red"},
	enum.Label{Code: "dark_blue", Chinese: "深蓝", English: "Dark blue"},
)

func TestTable(t *testing.T) {
	assert.False(t, colors.Valid(0))
	assert.True(t, colors.Valid(1))
	assert.True(t, colors.Valid(2))
	assert.False(t, colors.Valid(3))
	assert.Equal(t, "red", colors.String(1))
	assert.Equal(t, "color(0)", colors.String(0))
	assert.Equal(t, "color(9)", colors.String(9))
	assert.Equal(t, "深蓝", colors.Label(2).Chinese)
	assert.Equal(t, enum.Label{}, colors.Label(7))
	assert.Equal(t, []color{1, 2}, colors.Values())

	v, err := colors.Parse("dark_blue")
	require.NoError(t, err)
	assert.Equal(t, color(2), v)

	for _, bad := range []string{"", "Red", "RED", "red ", "color(0)", "blue"} {
		_, err := colors.Parse(bad)
		assert.ErrorIs(t, err, enum.ErrUnknown, bad)
		assert.ErrorIs(t, err, errPaint, bad)
		assert.Contains(t, err.Error(), "paint: unknown code: ")
		assert.Contains(t, err.Error(), " is not a known color")
		assert.Contains(t, err.Error(), "(want red or dark_blue)")
	}

	b, err := colors.Marshal(2)
	require.NoError(t, err)
	assert.Equal(t, "dark_blue", string(b))
	_, err = colors.Marshal(0)
	assert.True(t, errors.Is(err, enum.ErrUnknown))

	c := color(1)
	require.Error(t, colors.Unmarshal(&c, []byte("nope")))
	assert.Equal(t, color(1), c, "a failed decode leaves the value as it was")
	require.NoError(t, colors.Unmarshal(&c, []byte("dark_blue")))
	assert.Equal(t, color(2), c)
}

func TestNewPanicsOnRepeatedCode(t *testing.T) {
	assert.Panics(t, func() {
		enum.New[color](errPaint, "color", enum.Label{Code: "a"}, enum.Label{Code: "a"})
	})
	assert.Panics(t, func() { enum.New[color](errPaint, "color", enum.Label{}) })
	assert.Panics(t, func() { enum.New[color](nil, "color", enum.Label{Code: "a"}) })
}

func TestMessages(t *testing.T) {
	_, err := colors.Parse("blue")
	assert.Equal(t, `paint: unknown code: "blue" is not a known color (want red or dark_blue)`, err.Error())
	_, err = colors.Marshal(0)
	assert.ErrorIs(t, err, errPaint)
	assert.Equal(t, `paint: unknown code: color(0) cannot be encoded: it is not one of red or dark_blue`, err.Error())
	_, err = colors.Parse(string(make([]byte, 1<<20)))
	assert.Less(t, len(err.Error()), 300, "a long code is shown cut short")
}

// TestUnknownIsOneProblem: an unknown code is one problem that matches both
// ErrUnknown and the package's sentinel, so that errs.Wrap keeps its message
// instead of splitting it into two problems.
func TestUnknownIsOneProblem(t *testing.T) {
	sentinel := errors.New("pkg: unknown code")
	table := enum.New[color](sentinel, "color", enum.Label{Code: "red"})
	_, err := table.Parse("blue")
	assert.ErrorIs(t, err, enum.ErrUnknown)
	assert.ErrorIs(t, err, sentinel)
	_, many := err.(interface{ Unwrap() []error })
	assert.False(t, many)
	wrapped := errs.Wrap(errors.New("other: invalid thing"), "color", err)
	assert.EqualError(t, wrapped, `other: invalid thing: color: "blue" is not a known color (want red)`)
	assert.ErrorIs(t, wrapped, sentinel)
}
