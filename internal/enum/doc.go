// Package enum holds the labels of the module's closed enums: a stable
// snake_case code (what String, MarshalText and JSON use), a Chinese name and
// an English name for each value, with parsing that rejects unknown codes.
//
// Value 0 of every enum is reserved for "unknown": its label is empty, it has
// no code, and it never parses or marshals.
package enum
