package errs_test

import (
	"errors"
	"testing"

	"github.com/aftersales/certification/internal/errs"
	"github.com/stretchr/testify/assert"
)

// TestWrapMatchingNamesThePackageOnce checks the use the materials package
// makes of Wrap and Matching: an unknown code in a field of a material is an
// invalid material and an unknown code, and the message names the package
// once.
func TestWrapMatchingNamesThePackageOnce(t *testing.T) {
	errMaterial := errors.New("materials: invalid material")
	errCode := errors.New("materials: unknown code")
	err := errs.Wrap(errMaterial, "sections[1]", errs.Matching(errCode, "unknown section %s", errs.Quote("summary")))
	assert.EqualError(t, err, `materials: invalid material: sections[1]: unknown section "summary"`)
	assert.ErrorIs(t, err, errMaterial)
	assert.ErrorIs(t, err, errCode)
	var l errs.List
	l.Add(err)
	l.New(errMaterial, "title", "is blank")
	assert.ErrorIs(t, l.Err(), errCode)
}

// TestMatchingNamesNoKind checks Matching: the problem reads as its message
// alone and matches its target, so that a typed error that names its
// package and field itself can carry it as its cause.
func TestMatchingNamesNoKind(t *testing.T) {
	errID := errors.New("application: invalid id")
	err := errs.Matching(errID, "%s is not an id", "uuid.Nil")
	assert.EqualError(t, err, "uuid.Nil is not an id")
	assert.ErrorIs(t, err, errID)
	assert.NotErrorIs(t, err, errors.New("application: invalid id"), "only the target itself")
}
