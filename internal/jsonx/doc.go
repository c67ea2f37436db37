// Package jsonx decodes JSON strictly, for the module's decoders that must
// validate exactly as its constructors do: one value, no unknown fields, no
// duplicate keys, no trailing data, and a bound on size.
package jsonx
