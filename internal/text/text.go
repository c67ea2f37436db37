package text

import (
	"errors"
	"strings"
	"unicode/utf8"
)

var (
	errBlank   = errors.New("is blank")
	errEncoded = errors.New("is not valid UTF-8")
)

// Required returns what is wrong with s as required text, nil when nothing:
// it must be valid UTF-8 and not blank (empty or white space only).
func Required(s string) error {
	if !utf8.ValidString(s) {
		return errEncoded
	}
	if strings.TrimSpace(s) == "" {
		return errBlank
	}
	return nil
}

// Optional returns what is wrong with s as optional text, nil when nothing:
// "" means not given; anything else must be as [Required] asks.
func Optional(s string) error {
	if s == "" {
		return nil
	}
	return Required(s)
}
