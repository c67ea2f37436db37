package text

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
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

// OneLine returns what is wrong with s as text printed on one line (a name,
// a label), nil when nothing: it holds no control character (a line break,
// a tab).
func OneLine(s string) error {
	if i := strings.IndexFunc(s, unicode.IsControl); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return fmt.Errorf("holds the control character %U; write it on one line", r)
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
