package application

import (
	"encoding/json"

	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
)

// This file holds the allocation-saving part of decoding, held to the plain
// rule by TestListDecodesAsASlice and FuzzList: a list of values that
// decode themselves (materials, findings) sized once instead of grown.

// list is a JSON array of values of a type with its own UnmarshalJSON. It
// decodes as a []T does, element by element through that method, but counts
// the elements first and allocates the slice once: encoding/json grows a
// slice by doubling, which for a large dossier allocated twice the
// materials. decodeList (document_fast.go) reads with it too.
type list[T any, P interface {
	*T
	json.Unmarshaler
}] []T

// UnmarshalJSON decodes a JSON array or null (nil), as encoding/json
// decodes one into a []T; the first element's error is returned as it is.
// An element that is not JSON is its UnmarshalJSON's to refuse.
func (l *list[T, P]) UnmarshalJSON(data []byte) error {
	n, ok := countElements(data)
	if !ok {
		if string(data) == "null" {
			*l = nil
			return nil
		}
		return errs.New(ErrInvalidDocument, "", "want an array")
	}
	out := make([]T, n)
	i := 0
	for elem := range elements(data) {
		if err := P(&out[i]).UnmarshalJSON(elem); err != nil {
			return err
		}
		i++
	}
	*l = out
	return nil
}

// countElements returns the number of elements of the JSON array data, and
// false when data is not an array. It only finds where each element ends:
// an element that is not JSON is counted all the same, for its
// UnmarshalJSON to refuse.
func countElements(data []byte) (int, bool) {
	n := 0
	s := jsonx.Scan(data)
	ok := s.Array(func() bool {
		_, ok := s.Value()
		n++
		return ok
	})
	return n, ok
}

// elements yields the bytes of each element of the JSON array data, a valid
// JSON array, without the white space around them.
func elements(data []byte) func(yield func([]byte) bool) {
	return func(yield func([]byte) bool) {
		s := jsonx.Scan(data)
		s.Array(func() bool {
			elem, ok := s.Value()
			return ok && yield(elem)
		})
	}
}
