package errs_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/aftersales/certification/internal/errs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var (
	errRequest = errors.New("fees: invalid request")
	errTable   = errors.New("audit: beyond the table")
	errSched   = errors.New("fees: invalid schedule")
)

func TestNew(t *testing.T) {
	err := errs.New(errRequest, "adjustments[1].percent", "%s is below %d", "-40", -30)
	assert.EqualError(t, err, "fees: invalid request: adjustments[1].percent: -40 is below -30")
	assert.ErrorIs(t, err, errRequest)
	assert.NotErrorIs(t, err, errSched)
	var fe *errs.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "adjustments[1].percent", fe.Field)
	assert.EqualError(t, fe.Err, "-40 is below -30")

	whole := errs.New(errRequest, "", "empty")
	assert.EqualError(t, whole, "fees: invalid request: empty")
}

func TestWrap(t *testing.T) {
	assert.NoError(t, errs.Wrap(errRequest, "x", nil))

	t.Run("another package's error is the cause", func(t *testing.T) {
		err := errs.Wrap(errRequest, "personnel", errs.New(errTable, "", "20000 personnel"))
		assert.ErrorIs(t, err, errRequest)
		assert.ErrorIs(t, err, errTable)
		assert.EqualError(t, err, "fees: invalid request: personnel: 20000 personnel")
	})
	t.Run("same kind joins the paths", func(t *testing.T) {
		inner := errs.New(errSched, "amount", "negative")
		err := errs.Wrap(errSched, "lines[2]", inner)
		assert.EqualError(t, err, "fees: invalid schedule: lines[2].amount: negative")
		var fe *errs.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "lines[2].amount", fe.Field)
		assert.Nil(t, errors.Unwrap(fe.Err), "the problem is kept, not nested")
	})
	t.Run("a list is wrapped problem by problem", func(t *testing.T) {
		var l errs.List
		l.New(errSched, "a", "one")
		l.New(errSched, "b", "two")
		err := errs.Wrap(errSched, "time_table", l.Err())
		j, ok := err.(interface{ Unwrap() []error })
		require.True(t, ok)
		require.Len(t, j.Unwrap(), 2)
		assert.EqualError(t, j.Unwrap()[0], "fees: invalid schedule: time_table.a: one")
		assert.EqualError(t, j.Unwrap()[1], "fees: invalid schedule: time_table.b: two")
	})
	t.Run("a plain error becomes the cause", func(t *testing.T) {
		plain := errors.New("not a number")
		err := errs.Wrap(errRequest, "discount", plain)
		assert.ErrorIs(t, err, plain)
		assert.EqualError(t, err, "fees: invalid request: discount: not a number")
	})
}

func TestFieldErrorUnwrapsToOne(t *testing.T) {
	err := errs.Wrap(errRequest, "personnel", errs.New(errTable, "", "x"))
	_, many := err.(interface{ Unwrap() []error })
	assert.False(t, many, "a single problem never unwraps into two")
}

func TestPath(t *testing.T) {
	for _, c := range []struct{ parent, child, want string }{
		{"", "", ""},
		{"a", "", "a"},
		{"", "b", "b"},
		{"a", "b", "a.b"},
		{"bands", "[3]", "bands[3]"},
		{"lines[2]", "amount", "lines[2].amount"},
	} {
		assert.Equal(t, c.want, errs.Path(c.parent, c.child), "%q + %q", c.parent, c.child)
	}
	assert.Equal(t, "bands[2]", errs.Index("bands", 2))
}

func TestQuote(t *testing.T) {
	assert.Equal(t, `"short"`, errs.Quote("short"))
	long := strings.Repeat("a", 1<<20)
	q := errs.Quote(long)
	assert.Less(t, len(q), 80)
	assert.Equal(t, `"`+strings.Repeat("a", errs.MaxQuoted)+`"… (1048576 bytes)`, q)
	// Never cut inside a character.
	cjk := strings.Repeat("证", 30) // 90 bytes
	q = errs.Quote(cjk)
	assert.Equal(t, `"`+strings.Repeat("证", 13)+`"… (90 bytes)`, q)
	assert.Equal(t, `"\xff"`, errs.Quote("\xff"))
}

func TestList(t *testing.T) {
	var l errs.List
	assert.NoError(t, l.Err())
	l.Add(nil)
	assert.Equal(t, 0, l.Len())

	one := errs.New(errRequest, "a", "x")
	l.Add(one)
	assert.Same(t, one, l.Err(), "a single problem is returned as it is")

	for i := 0; i < 99; i++ {
		l.New(errRequest, errs.Index("items", i), "bad")
	}
	assert.Equal(t, 100, l.Len())
	err := l.Err()
	assert.ErrorIs(t, err, errRequest)
	lines := strings.Split(err.Error(), "\n")
	assert.Len(t, lines, errs.MaxListed+1)
	assert.Equal(t, "(and 80 more problems)", lines[errs.MaxListed])
	j := err.(interface{ Unwrap() []error })
	assert.Len(t, j.Unwrap(), errs.MaxListed)

	// A list added to a list keeps its count.
	var outer errs.List
	outer.Add(err)
	outer.Add(errs.New(errSched, "", "y"))
	assert.Equal(t, 101, outer.Len())
	assert.True(t, strings.HasSuffix(outer.Err().Error(), "(and 81 more problems)"))

	var single errs.List
	for i := 0; i < errs.MaxListed+1; i++ {
		single.New(errRequest, "", "p")
	}
	assert.True(t, strings.HasSuffix(single.Err().Error(), "(and 1 more problem)"))
}

func TestListBoundedCost(t *testing.T) {
	var l errs.List
	allocs := testing.AllocsPerRun(1, func() {
		l = errs.List{}
		for i := 0; i < 10000; i++ {
			l.New(errRequest, "", "p")
		}
	})
	// Past MaxListed, a problem is only counted: no message is built.
	assert.Less(t, allocs, float64(10*errs.MaxListed))
	assert.Equal(t, 10000, l.Len())
}

func TestWrapMatching(t *testing.T) {
	errLevel := errors.New("certificate: level not certifiable")
	errGrant := errors.New("certificate: invalid grant")
	err := errs.Wrap(errGrant, "level", errs.Matching(errLevel, "%s is below %s", "not_rated", "compliant"))
	assert.EqualError(t, err, "certificate: invalid grant: level: not_rated is below compliant")
	assert.ErrorIs(t, err, errGrant)
	assert.ErrorIs(t, err, errLevel)
	assert.NotErrorIs(t, err, errRequest)
	var fe *errs.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "level", fe.Field)

	// Wrapped under a parent of the same kind, it keeps matching both.
	wrapped := errs.Wrap(errGrant, "grant", err)
	assert.EqualError(t, wrapped, "certificate: invalid grant: grant.level: not_rated is below compliant")
	assert.ErrorIs(t, wrapped, errLevel)
}

// TestWrapKeepsAMessageWithTwoCauses is the regression test for an error
// built by fmt.Errorf("%w: field: %w", sentinel, cause), which has
// Unwrap() []error like a list: Wrap and List.Add split it into its two
// causes and lost the words between them ("vat_rate"). A list of problems
// (errors.Join, List) is still split.
func TestWrapKeepsAMessageWithTwoCauses(t *testing.T) {
	kind := errors.New("application: invalid scheme")
	sentinel, cause := errors.New("fees: invalid schedule"), errors.New("2 is outside [0, 1)")
	two := fmt.Errorf("%w: vat_rate: %w", sentinel, cause)
	err := errs.Wrap(kind, "fees", two)
	assert.EqualError(t, err, "application: invalid scheme: fees: fees: invalid schedule: vat_rate: 2 is outside [0, 1)")
	assert.ErrorIs(t, err, sentinel)
	assert.ErrorIs(t, err, cause)
	var l errs.List
	l.Add(two)
	assert.Equal(t, 1, l.Len())

	joined := errs.Wrap(kind, "fees", errors.Join(sentinel, cause))
	assert.EqualError(t, joined, "application: invalid scheme: fees: fees: invalid schedule\napplication: invalid scheme: fees: 2 is outside [0, 1)")
	l = errs.List{}
	l.Add(errors.Join(sentinel, cause))
	assert.Equal(t, 2, l.Len())
}

func TestMissing(t *testing.T) {
	err := errs.Missing(errRequest, "personnel")
	assert.EqualError(t, err, "fees: invalid request: personnel: is missing")
	assert.ErrorIs(t, err, errRequest)
	var l errs.List
	l.Missing(errRequest, "part")
	l.Missing(errRequest, "personnel")
	assert.EqualError(t, l.Err(), "fees: invalid request: part: is missing\nfees: invalid request: personnel: is missing")
}
