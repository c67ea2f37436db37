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

var colors = enum.New[color]("paint", "color",
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
		assert.Contains(t, err.Error(), "paint: unknown color")
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
		enum.New[color]("paint", "color", enum.Label{Code: "a"}, enum.Label{Code: "a"})
	})
	assert.Panics(t, func() { enum.New[color]("paint", "color", enum.Label{}) })
}

func TestWrapping(t *testing.T) {
	errPaint := errors.New("paint: unknown code")
	wrapped := colors.Wrapping(errPaint)
	_, err := wrapped.Parse("blue")
	assert.ErrorIs(t, err, errPaint)
	assert.ErrorIs(t, err, enum.ErrUnknown)
	assert.Equal(t, `paint: unknown color "blue": unknown enum value`, err.Error())
	_, err = wrapped.Marshal(0)
	assert.ErrorIs(t, err, errPaint)
	_, err = colors.Parse("blue")
	assert.NotErrorIs(t, err, errPaint, "the original table is unchanged")
	assert.ErrorIs(t, err, enum.ErrUnknown)
}

// TestUnknownIsOneProblem: an unknown code is one problem that matches both
// ErrUnknown and the package's sentinel, so that errs.Wrap keeps its message
// instead of splitting it into two problems.
func TestUnknownIsOneProblem(t *testing.T) {
	sentinel := errors.New("pkg: unknown code")
	table := enum.New[color]("pkg", "color", enum.Label{Code: "red"}).Wrapping(sentinel)
	_, err := table.Parse("blue")
	assert.ErrorIs(t, err, enum.ErrUnknown)
	assert.ErrorIs(t, err, sentinel)
	_, many := err.(interface{ Unwrap() []error })
	assert.False(t, many)
	wrapped := errs.Wrap(errors.New("other: invalid thing"), "color", err)
	assert.EqualError(t, wrapped, `other: invalid thing: color: pkg: unknown color "blue": unknown enum value`)
	assert.ErrorIs(t, wrapped, sentinel)
}
