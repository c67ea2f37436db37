package jsonx

import "reflect"

// kindOf names what a Go type decodes from, for a message about a value of
// the wrong JSON type: "object", "array", "string" for a type read from text
// (jsonx.UUID, audit.Level), and the basic kind ("int", "bool" …) otherwise.
// It never names a type, so that no message shows a package's internal
// types (its wire structs, jsonx.UUID).
func kindOf(t reflect.Type) string {
	if t == nil {
		return "value"
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if reflect.PointerTo(t).Implements(textUnmarshalerType) {
		return "string"
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "object"
	case reflect.Slice, reflect.Array:
		return "array"
	case reflect.Interface:
		return "value"
	}
	return t.Kind().String()
}
