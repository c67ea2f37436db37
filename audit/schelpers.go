package audit

// This file keeps private copies of the sc… helpers that timetable.go,
// effort.go and personnel.go (the time-table helper's files, not edited on
// this branch) still call. The scoring files no longer use them: they use
// internal/dec. Delete this file once the time-table branch, which moves
// those files to internal/dec, is merged.

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
)

// scPlain is a copy kept for the time-table files (see above).
func scPlain(s string, intDigits, places int) bool {
	intPart, frac, hasPoint := strings.Cut(s, ".")
	return intPart != "" && len(intPart) <= intDigits && scAllDigits(intPart) &&
		(!hasPoint || frac != "" && len(frac) <= places && scAllDigits(frac))
}

// scAllDigits is a copy kept for the time-table files (see above).
func scAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// scSnakeChars is a copy kept for the time-table files (see above).
func scSnakeChars(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}

// scMaxExponent bounds the exponent scInRange accepts.
const scMaxExponent = 10000

// scInRange is a copy kept for the time-table files (see above).
func scInRange(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -scMaxExponent && e <= scMaxExponent
}

// scShow is a copy kept for the time-table files (see above).
func scShow(d decimal.Decimal) string {
	if e := d.Exponent(); e < -30 || e > 30 {
		return fmt.Sprintf("%se%d", d.Coefficient(), e)
	}
	return d.String()
}
