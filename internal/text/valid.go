package text

import "unicode/utf8"

// Valid returns what is wrong with s as text that may be anything, blank
// included, but must encode to JSON and decode back unchanged: nil when s is
// valid UTF-8. It suits text that a value carries without judging it, such
// as the title of a rejected document repeated in a report.
func Valid(s string) error {
	if !utf8.ValidString(s) {
		return errEncoded
	}
	return nil
}
