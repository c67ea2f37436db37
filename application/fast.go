package application

import (
	"encoding/json"

	"github.com/aftersales/certification/internal/errs"
)

// This file holds the allocation-saving part of decoding, held to the plain
// rule by TestListDecodesAsASlice and FuzzList: a list of values that
// decode themselves (materials, findings) sized once instead of grown.

// list is a JSON array of values of a type with its own UnmarshalJSON. It
// decodes as a []T does, element by element through that method, but counts
// the elements first and allocates the slice once: encoding/json grows a
// slice by doubling, which for a large dossier allocated twice the
// materials.
type list[T any, P interface {
	*T
	json.Unmarshaler
}] []T

// UnmarshalJSON decodes a JSON array or null (nil), as encoding/json
// decodes one into a []T; the first element's error is returned as it is.
// encoding/json hands it a value it has checked to be JSON.
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

// countElements returns the number of elements of the JSON array data (a
// valid JSON value), and false when data is not an array.
func countElements(data []byte) (int, bool) {
	if len(data) == 0 || data[0] != '[' {
		return 0, false
	}
	n := 0
	for range elements(data) {
		n++
	}
	return n, true
}

// elements yields the bytes of each element of the JSON array data, a valid
// JSON array, without the white space around them.
func elements(data []byte) func(yield func([]byte) bool) {
	return func(yield func([]byte) bool) {
		depth, start := 0, 0
		for i := 0; i < len(data); i++ {
			switch data[i] {
			case '"':
				i = stringEnd(data, i)
			case '[', '{':
				depth++
				if depth == 1 {
					start = i + 1
				}
			case ']', '}':
				depth--
				if elem := trimSpace(data[start:i]); depth == 0 && len(elem) > 0 {
					yield(elem)
				}
				if depth == 0 {
					return
				}
			case ',':
				if depth == 1 {
					if !yield(trimSpace(data[start:i])) {
						return
					}
					start = i + 1
				}
			}
		}
	}
}

// stringEnd returns the index of the closing quote of the JSON string that
// opens at data[i].
func stringEnd(data []byte, i int) int {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return len(data)
}

// trimSpace returns b without JSON white space at its ends.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && isSpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isSpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	return b
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }
