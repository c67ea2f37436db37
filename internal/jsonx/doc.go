// Package jsonx decodes JSON strictly, for the module's decoders that must
// validate exactly as its constructors do: one value, no unknown fields, no
// duplicate keys, no trailing data, and a bound on size.
//
// Every object key must be lower snake_case (a–z, 0–9 and _), as every field
// of the module's documents is spelled: encoding/json would otherwise match
// "Name" or "NAME" to the field "name", so a document could carry the same
// field twice under two spellings. No document of the module has map keys
// chosen by a caller, which this rule would refuse.
//
// Decode reads a document once for all these checks, guided by the type it
// decodes into, and then hands it to json.Unmarshal: it neither copies the
// document nor builds a json.Decoder, so that decoding a small value
// allocates what json.Unmarshal does and no more. A type's own UnmarshalJSON
// that calls Decode on its value checks that value's fields; its keys are
// also checked by every Decode around it, so that a message names a key's
// path from the root of the document.
//
// [Unmarshal] is the one shape of the module's UnmarshalJSON methods:
// decode the document strictly into a wire struct, report a decoding error
// as a problem of the value's kind, build the value from the wire (which
// validates it as the constructor does) and store it only on success, so
// that a value is unchanged when its document is refused. A package makes
// it once for each kind of value, as a [Decoder] in a package-level
// variable, whose [Plan] holds what Decode would otherwise learn by
// reflection at every call; Unmarshal itself is for a build made at the
// call.
//
// A [Scanner] reads the plain form the module's encoders write, for the
// fast paths that decode a value without reflection and leave any other
// input to the plain rule.
//
// [AppendString] writes a string as encoding/json does, into a buffer, for
// the module's hand-written encoders.
package jsonx
