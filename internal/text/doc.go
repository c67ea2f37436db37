// Package text checks text that people write into the module's values:
// names, reasons, clauses, titles. Text is valid UTF-8, so that it encodes to
// JSON and decodes back unchanged, and text that is required is not blank.
package text
