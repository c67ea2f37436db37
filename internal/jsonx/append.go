package jsonx

import (
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// AppendString appends s to b as encoding/json writes a string, for the
// module's hand-written encoders that append to a buffer. A string of valid
// UTF-8 without quotes, backslashes, control characters, <, >, & and the
// line and paragraph separators is written as it is, in quotes; any other is
// written by encoding/json, which escapes it.
func AppendString(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if plainByte[c] {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if c < utf8.RuneSelf || r == utf8.RuneError && size == 1 || r == '\u2028' || r == '\u2029' {
			q, _ := json.Marshal(s) // a string always encodes
			return append(b, q...)
		}
		i += size
	}
	return append(append(append(b, '"'), s...), '"')
}

// plainByte marks the ASCII bytes that encoding/json writes as they are:
// 0x20 to 0x7f but the quote, the backslash, <, > and &.
var plainByte = func() (t [256]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = !strings.ContainsRune(`"\<>&`, rune(c))
	}
	return t
}()
