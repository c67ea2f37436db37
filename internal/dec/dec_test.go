package dec_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"regexp"
	"strings"
	"testing"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var points = dec.Spec{Int: 3, Places: 2}

func TestParse(t *testing.T) {
	good := []struct{ in, want string }{
		{"8.5", "8.5"},
		{"0", "0"},
		{"100", "100"},
		{"007.50", "7.5"},
		{"1.00000000000", "1"}, // limits by value: no places
		{"999.99", "999.99"},
		{"-0", "0"},
		{"0.000", "0"},
	}
	for _, c := range good {
		d, err := points.Parse(c.in)
		if assert.NoError(t, err, c.in) {
			assert.True(t, d.Equal(decimal.RequireFromString(c.want)), "%s → %s", c.in, d)
		}
	}
	bad := []struct{ name, in, msg string }{
		{"empty", "", "not a plain decimal"},
		{"plus", "+1", "not a plain decimal"},
		{"exponent", "1e2", "not a plain decimal"},
		{"space", " 1", "not a plain decimal"},
		{"trailing point", "5.", "not a plain decimal"},
		{"leading point", ".5", "not a plain decimal"},
		{"two points", "1.2.3", "not a plain decimal"},
		{"lone minus", "-", "not a plain decimal"},
		{"full-width digit", "１", "not a plain decimal"},
		{"too long", strings.Repeat("1", dec.MaxText+1), "not a plain decimal"},
		{"negative", "-1", "-1 is negative"},
		{"places", "0.125", "0.125 has more than 2 decimal places"},
		{"integer digits", "1000", "1000 has more than 3 integer digits"},
		{"integer digits after zeros", "0001000.00", "1000 has more than 3 integer digits"},
	}
	for _, c := range bad {
		t.Run(c.name, func(t *testing.T) {
			_, err := points.Parse(c.in)
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.msg)
			assert.Less(t, len(err.Error()), 250, "a message shows a short prefix of its input")
		})
	}
	signed := dec.Spec{Int: 3, Places: 2, Signed: true}
	d, err := signed.Parse("-30.5")
	require.NoError(t, err)
	assert.Equal(t, "-30.5", d.String())
}

func TestCheckNeverExpands(t *testing.T) {
	spec := dec.Spec{Int: 18, Places: 20}
	for _, c := range []struct {
		d   decimal.Decimal
		msg string
	}{
		{decimal.New(1, 1_000_000_000), "1e1000000000 has more than 18 integer digits"},
		{decimal.New(1, -1_000_000_000), "1e-1000000000 has more than 20 decimal places"},
		{decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 5000), 0), "too many digits"},
	} {
		err := spec.Check(c.d)
		require.Error(t, err)
		assert.Contains(t, err.Error(), c.msg)
	}
	// A value with many trailing zeros in its coefficient is checked by value.
	one := decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(200), nil), -200)
	assert.NoError(t, spec.Check(one))
	assert.NoError(t, spec.Check(decimal.New(5, 17)))
	assert.Error(t, spec.Check(decimal.New(5, 18)))
}

func TestShow(t *testing.T) {
	assert.Equal(t, "8.5", dec.Show(decimal.RequireFromString("8.50")))
	assert.Equal(t, "1e40", dec.Show(decimal.New(1, 40)))
	assert.Equal(t, "12345678901234567890…e-5", dec.Show(decimal.RequireFromString(strings.Repeat("1234567890", 5)+"e-5")))
	assert.Contains(t, dec.Show(decimal.NewFromBigInt(new(big.Int).Lsh(big.NewInt(1), 5000), 0)), "5001-bit")
}

func TestLiteral(t *testing.T) {
	var w struct {
		A, B, C *dec.Literal
	}
	require.NoError(t, json.Unmarshal([]byte(`{"A":"8.5","B":8.50,"C":null}`), &w))
	assert.Equal(t, dec.Literal("8.5"), *w.A)
	assert.Equal(t, dec.Literal("8.50"), *w.B)
	assert.Nil(t, w.C, "null is missing, never a zero")

	for _, raw := range []string{`1e2`, `true`, `{"x":1}`, `[1]`, `"1e2"`, `" 8"`} {
		var l dec.Literal
		require.NoError(t, json.Unmarshal([]byte(raw), &l))
		_, err := points.Parse(string(l))
		assert.Error(t, err, raw)
	}
}

func TestRead(t *testing.T) {
	errDoc := errors.New("x: invalid document")
	eight, nine := dec.Literal("8.5"), dec.Literal("1e2")
	var problems errs.List
	assert.True(t, points.Read(&eight, errDoc, "a", &problems).Equal(decimal.RequireFromString("8.5")))
	assert.NoError(t, problems.Err())
	assert.True(t, points.Read(nil, errDoc, "b", &problems).IsZero())
	assert.True(t, points.Read(&nine, errDoc, "c", &problems).IsZero())
	err := problems.Err()
	assert.ErrorIs(t, err, errDoc)
	assert.EqualError(t, err, "x: invalid document: b: is missing\n"+
		`x: invalid document: c: "1e2" is not a plain decimal such as "8.5" (digits and one optional point; no plus sign, exponent or spaces; at most 64 characters)`)
	var fe *errs.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "b", fe.Field)
}

// FuzzParse holds Parse to an oracle: math/big reads the same text, and the
// limits are counted on the exact rational value.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"8.5", "0", "-1", "1.000", "999.99", "1000", "0.125", "1e2", "", ".", "-0.00", "0001"} {
		f.Add(s, 3, 2, false)
	}
	f.Fuzz(func(t *testing.T, text string, intDigits, places int, signed bool) {
		spec := dec.Spec{Int: int(uint(intDigits) % 40), Places: int(uint(places) % 40), Signed: signed}
		d, err := spec.Parse(text)
		if !plainText.MatchString(text) || len(text) > dec.MaxText {
			if err == nil {
				t.Fatalf("%q accepted, but it is not plain", text)
			}
			return
		}
		r, ok := new(big.Rat).SetString(text)
		if !ok {
			t.Fatalf("math/big cannot read %q", text)
		}
		want := fits(r, spec)
		if (err == nil) != want {
			t.Fatalf("%q under %+v: err %v, oracle says fits=%v", text, spec, err, want)
		}
		if err == nil && d.Rat().Cmp(r) != 0 {
			t.Fatalf("%q read as %s", text, d)
		}
	})
}

// plainText is the grammar, written as a regular expression.
var plainText = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// fits is the oracle: r's integer digits and decimal places, counted on the
// exact value.
func fits(r *big.Rat, s dec.Spec) bool {
	if r.Sign() == 0 {
		return true
	}
	if r.Sign() < 0 && !s.Signed {
		return false
	}
	a := new(big.Rat).Abs(r)
	places := 0
	ten := big.NewRat(10, 1)
	for !a.IsInt() {
		a.Mul(a, ten)
		places++
	}
	if places > s.Places {
		return false
	}
	whole := new(big.Int).Quo(new(big.Rat).Abs(r).Num(), new(big.Rat).Abs(r).Denom())
	digits := 0
	if whole.Sign() > 0 {
		digits = len(whole.String())
	}
	return digits <= s.Int
}
