// Package dec is the module's one grammar for decimals written as text:
// amounts, rates, percentages, points and person-days.
//
// # Grammar
//
// A decimal is written plainly: an optional minus, digits, and optionally a
// point followed by digits ("8.5", "-10", "0.06", "007.50"). No plus sign,
// exponent, spaces, leading or trailing point, and at most [MaxText] bytes.
// The grammar is checked before any decimal parsing, so no input can make
// the parser expand a number.
//
// # Limits by value
//
// A [Spec] bounds a decimal's value, not its spelling: it counts the integer
// digits and decimal places the value needs. "1.00000000000" is 1 and has no
// decimal places; "0.50" has one. Check applies the same limits to a decimal
// built in code, without expanding one with an absurd exponent
// (decimal.New(1, 1e9) is refused by arithmetic on its exponent, not by
// writing out a billion digits).
//
// # JSON
//
// A [Literal] reads a decimal from JSON written either as a string ("8.5")
// or as a number (8.5), so that a web form can send either; both go through
// the same grammar, so a number with an exponent (1e2) is refused. The
// module always writes decimals as strings.
package dec
