package errs_test

import (
	"errors"
	"testing"

	"github.com/aftersales/certification/internal/errs"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWrapAcrossKinds checks that a problem of a held value of another kind
// is restated at its full path, keeps its message and matches every kind.
func TestWrapAcrossKinds(t *testing.T) {
	errInquiry := errors.New("quotation: invalid inquiry")
	errPersonnel := errors.New("audit: invalid effective personnel")
	fieldOf := func(t *testing.T, err error) string {
		t.Helper()
		var fe *errs.FieldError
		require.ErrorAs(t, err, &fe)
		return fe.Field
	}
	assert.NoError(t, errs.Wrap(errInquiry, "request", nil))

	t.Run("another kind's field joins the path", func(t *testing.T) {
		err := errs.Wrap(errInquiry, "request", errs.New(errRequest, "discount", "120 %% is outside 0–100"))
		assert.EqualError(t, err, "quotation: invalid inquiry: request.discount: 120 % is outside 0–100")
		assert.Equal(t, "request.discount", fieldOf(t, err))
		assert.ErrorIs(t, err, errInquiry)
		assert.ErrorIs(t, err, errRequest)
	})
	t.Run("three values deep, one path and every kind", func(t *testing.T) {
		inner := errs.Wrap(errRequest, "", errs.New(errPersonnel, "personnel", "0 is below 1"))
		err := errs.Wrap(errInquiry, "request", inner)
		assert.EqualError(t, err, "quotation: invalid inquiry: request.personnel: 0 is below 1")
		assert.Equal(t, "request.personnel", fieldOf(t, err))
		for _, kind := range []error{errInquiry, errRequest, errPersonnel} {
			assert.ErrorIs(t, err, kind)
		}
	})
	t.Run("the same kind joins as Wrap does", func(t *testing.T) {
		err := errs.Wrap(errInquiry, "customer", errs.New(errInquiry, "name", "is blank"))
		assert.EqualError(t, err, "quotation: invalid inquiry: customer.name: is blank")
	})
	t.Run("a plain error becomes the cause", func(t *testing.T) {
		cause := errors.New("not JSON")
		err := errs.Wrap(errInquiry, "request", cause)
		assert.EqualError(t, err, "quotation: invalid inquiry: request: not JSON")
		assert.ErrorIs(t, err, cause)
	})
	t.Run("a list is restated problem by problem, its count kept", func(t *testing.T) {
		var l errs.List
		for range errs.MaxListed + 3 {
			l.New(errRequest, "sites", "bad")
		}
		err := errs.Wrap(errInquiry, "request", l.Err())
		j, ok := err.(interface{ Unwrap() []error })
		require.True(t, ok)
		require.Len(t, j.Unwrap(), errs.MaxListed)
		assert.Equal(t, "request.sites", fieldOf(t, j.Unwrap()[0]))
		assert.Contains(t, err.Error(), "(and 3 more problems)")
	})
}
