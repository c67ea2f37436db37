package dec

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/aftersales/certification/internal/errs"
	"github.com/shopspring/decimal"
)

// MaxText is the longest decimal text, in bytes, that [Spec.Parse] reads.
const MaxText = 64

// Spec bounds a decimal by value.
type Spec struct {
	Int    int  // most integer digits (digits before the point, leading zeros not counted)
	Places int  // most decimal places (trailing zeros not counted)
	Signed bool // whether a negative value is allowed
}

// Parse reads text as a plain decimal (see the package doc) and checks its
// value against s. Errors say what is wrong and show at most a short prefix
// of text.
func (s Spec) Parse(text string) (decimal.Decimal, error) {
	if !plain(text) {
		return decimal.Decimal{}, fmt.Errorf("%s is not a plain decimal such as \"8.5\" (digits and one optional point; no plus sign, exponent or spaces; at most %d characters)", errs.Quote(text), MaxText)
	}
	d, err := decimal.NewFromString(text)
	if err != nil { // unreachable after plain; kept so no path can panic
		return decimal.Decimal{}, fmt.Errorf("%s is not a decimal", errs.Quote(text))
	}
	if err := s.Check(d); err != nil {
		return decimal.Decimal{}, err
	}
	return d, nil
}

// plain reports whether text follows the grammar: -?digits(.digits)?, at most
// MaxText bytes.
func plain(text string) bool {
	if len(text) == 0 || len(text) > MaxText {
		return false
	}
	if text[0] == '-' {
		text = text[1:]
	}
	digits, point := 0, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !point && digits > 0:
			point, digits = true, 0
		default:
			return false
		}
	}
	return digits > 0
}

// Check reports what is wrong with d under s: a negative value when s is not
// Signed, more integer digits or more decimal places than s allows (counted
// by value). It never expands d.
func (s Spec) Check(d decimal.Decimal) error {
	if d.Sign() == 0 {
		return nil
	}
	if d.Sign() < 0 && !s.Signed {
		return fmt.Errorf("%s is negative", Show(d))
	}
	digits, exp, ok := significant(d)
	if !ok {
		return fmt.Errorf("%s has too many digits", Show(d))
	}
	if places := -exp; places > int64(s.Places) {
		return fmt.Errorf("%s has more than %d decimal places", Show(d), s.Places)
	}
	if whole := digits + exp; whole > int64(s.Int) {
		return fmt.Errorf("%s has more than %d integer digits", Show(d), s.Int)
	}
	return nil
}

// maxBits bounds the coefficient that significant reads (about 300 digits),
// so that a decimal built in code with a huge coefficient costs no more than
// one with a small one.
const maxBits = 1000

// significant returns d ≠ 0 as digits × 10^exp with no trailing zero in
// digits: the number of significant digits and the exponent of the last one.
// ok is false when the coefficient is too long to read.
func significant(d decimal.Decimal) (digits, exp int64, ok bool) {
	exp = int64(d.Exponent())
	if d.NumDigits() <= 18 {
		c := d.CoefficientInt64()
		if c < 0 {
			c = -c
		}
		for c%10 == 0 {
			c /= 10
			exp++
		}
		for ; c > 0; c /= 10 {
			digits++
		}
		return digits, exp, true
	}
	c := d.Coefficient()
	if c.BitLen() > maxBits {
		return 0, 0, false
	}
	text := c.Text(10)
	if text[0] == '-' {
		text = text[1:]
	}
	end := len(text)
	for text[end-1] == '0' {
		end--
	}
	return int64(end), exp + int64(len(text)-end), true
}

// Show writes d for a message: as decimal's String for ordinary values, and
// as "coefficient e exponent", the coefficient cut short, when writing it out
// would be long.
func Show(d decimal.Decimal) string {
	exp := d.Exponent()
	if exp >= -30 && exp <= 30 && d.NumDigits() <= 40 {
		return d.String()
	}
	c := d.Coefficient()
	if c.BitLen() > maxBits {
		return fmt.Sprintf("(a %d-bit coefficient)e%d", c.BitLen(), exp)
	}
	text := c.Text(10)
	if len(text) > 24 {
		text = text[:20] + "…"
	}
	return text + "e" + strconv.FormatInt(int64(exp), 10)
}

// Literal is a decimal as a JSON document wrote it: the text of a JSON string,
// or a JSON number (or any other value) as written. [Spec.Parse] then reads it,
// so that both spellings pass through the one grammar and anything else is
// refused with the field named by the caller. A JSON null leaves a *Literal
// nil, which a caller reports as missing.
type Literal string

// UnmarshalJSON keeps the text of a JSON string, or the raw text of any
// other value.
func (l *Literal) UnmarshalJSON(data []byte) error {
	if len(data) > 0 && data[0] == '"' {
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return errors.New("not a JSON string")
		}
		*l = Literal(s)
		return nil
	}
	*l = Literal(data)
	return nil
}

// Read reads the decimal that a document's required field holds, for a
// value of the given kind, adding any problem to problems: a nil l (the
// field left out, or null) is missing ([errs.List.Missing]); anything else
// is read by [Spec.Parse], its problem a problem of field. It returns the
// zero decimal when there is a problem.
func (s Spec) Read(l *Literal, kind error, field string, problems *errs.List) decimal.Decimal {
	if l == nil {
		problems.Missing(kind, field)
		return decimal.Decimal{}
	}
	d, err := s.Parse(string(*l))
	problems.Wrap(kind, field, err)
	return d
}
