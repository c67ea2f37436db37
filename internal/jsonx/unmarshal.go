package jsonx

import (
	"reflect"

	"github.com/aftersales/certification/internal/errs"
)

// Unmarshal is the body of a value's UnmarshalJSON (made once as a
// [Decoder], where build does not depend on the call): it decodes data
// strictly into a new W with [Decode], builds the value from it with build,
// which checks it as the value's constructor does, and stores the result in
// *dst only when build succeeds, so that on error *dst is unchanged. A
// decoding error is returned as a problem of kind (errs.Wrap(kind, "",
// err)), so that it matches both kind and [ErrInvalid]; an error of build
// is returned as it is.
func Unmarshal[W, T any](data []byte, kind error, build func(*W) (T, error), dst *T) error {
	return unmarshal(data, kind, build, dst, nil)
}

// unmarshal is Unmarshal with the plan of W (typed_fast.go), nil when there
// is none.
func unmarshal[W, T any](data []byte, kind error, build func(*W) (T, error), dst *T, plan map[reflect.Type]planned) error {
	var w W
	if err := decode(data, &w, plan); err != nil {
		return errs.Wrap(kind, "", err)
	}
	return store(build, &w, dst)
}

// store builds the value from w and stores it in *dst only when build
// succeeds; an error of build is returned as it is.
func store[W, T any](build func(*W) (T, error), w *W, dst *T) error {
	v, err := build(w)
	if err != nil {
		return err
	}
	*dst = v
	return nil
}
