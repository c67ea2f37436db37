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
// [AppendString] writes a string as encoding/json does, into a buffer, for
// the module's hand-written encoders.
package jsonx
