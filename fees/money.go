package fees

import (
	"errors"
	"fmt"
	"math/bits"
	"strconv"
	"strings"

	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// Errors about money. Each error returned by this package about an amount
// or a currency matches one of them with errors.Is.
var (
	// ErrInvalidAmount: an amount string that breaks the grammar of
	// [NewMoney], or more decimal places than the currency has.
	ErrInvalidAmount = errors.New("fees: invalid amount")
	// ErrUnknownCurrency: a currency code that is not in the package's
	// table of ISO 4217 codes (see [Currencies]).
	ErrUnknownCurrency = errors.New("fees: unknown currency")
	// ErrAmountTooLarge: an amount whose absolute value is 10^15 or more
	// major units (a quadrillion yuan), as input or as the result of
	// arithmetic.
	ErrAmountTooLarge = errors.New("fees: amount too large")
	// ErrCurrencyMismatch: arithmetic or a comparison between two
	// currencies.
	ErrCurrencyMismatch = errors.New("fees: currency mismatch")
	// ErrUppercase: an amount that cannot be written in Chinese capitals
	// (not CNY, negative, or 1 万亿 or more).
	ErrUppercase = errors.New("fees: amount cannot be written in Chinese capitals")
)

// MaxIntegerDigits is the most digits the integer part of an amount may
// have: every amount is below 10^15 major units in absolute value.
const MaxIntegerDigits = 15

// currency is one row of the currency table.
type currency struct {
	code  string
	minor int32 // decimal places of the minor unit (2 for CNY: fen)
	scale int64 // 10^minor
	limit int64 // 10^(MaxIntegerDigits+minor): bound on |units|, exclusive
}

// currencies is the package's table of ISO 4217 codes. Index 0 is "no
// currency" (the zero Money). It is never modified.
var currencies = [...]currency{
	{},
	{code: "CNY", minor: 2, scale: 100, limit: 1e17},
	{code: "USD", minor: 2, scale: 100, limit: 1e17},
	{code: "EUR", minor: 2, scale: 100, limit: 1e17},
	{code: "HKD", minor: 2, scale: 100, limit: 1e17},
	{code: "GBP", minor: 2, scale: 100, limit: 1e17},
	{code: "MOP", minor: 2, scale: 100, limit: 1e17},
	{code: "TWD", minor: 2, scale: 100, limit: 1e17},
	{code: "SGD", minor: 2, scale: 100, limit: 1e17},
	{code: "JPY", minor: 0, scale: 1, limit: 1e15},
	{code: "KRW", minor: 0, scale: 1, limit: 1e15},
}

// Currencies returns the ISO 4217 codes the package knows, in a fixed order.
// The slice is a fresh copy.
func Currencies() []string {
	out := make([]string, 0, len(currencies)-1)
	for _, c := range currencies[1:] {
		out = append(out, c.code)
	}
	return out
}

// MinorUnits returns the number of decimal places of currency code (2 for
// CNY, 0 for JPY). An unknown code is an error matching [ErrUnknownCurrency].
func MinorUnits(code string) (int, error) {
	i, err := lookupCurrency(code)
	if err != nil {
		return 0, err
	}
	return int(currencies[i].minor), nil
}

func lookupCurrency(code string) (uint8, error) {
	for i := 1; i < len(currencies); i++ {
		if currencies[i].code == code {
			return uint8(i), nil
		}
	}
	return 0, fmt.Errorf("%w %q: want an upper-case ISO 4217 code, one of %s", ErrUnknownCurrency, code, strings.Join(Currencies(), ", "))
}

// Money is an exact amount in one currency. It is an immutable value: every
// operation returns a new Money and leaves its operands as they were.
//
// The amount is held as a whole number of the currency's minor units (fen
// for CNY), so every Money has exactly the currency's decimal places and its
// absolute value is below 10^15 major units; [Money.Amount] gives it as a
// decimal.
//
// The zero Money has a zero amount and no currency. It is useful: it adds to
// and subtracts from a Money of any currency (the result takes that
// currency), it prints as "0.00" and encodes in JSON as null. A Money built
// by [NewMoney] or [MoneyFromMinor] always has a currency, also when its
// amount is zero.
type Money struct {
	units int64 // amount in minor units
	cur   uint8 // index into currencies; 0 = no currency
}

// NewMoney returns the amount written in amount, in currency code.
//
// The amount must match the grammar
//
//	["-"] digits ["." digits]
//
// with no leading zeros in the integer part (except a single "0"), at least
// one digit after a point, at most as many decimal places as the currency
// has (2 for CNY, none for JPY), at most [MaxIntegerDigits] integer digits,
// and nothing else: no "+", spaces, exponent, thousands separators or
// currency signs. It is checked before any decimal parsing.
//
// Errors: [ErrUnknownCurrency] for a code not in [Currencies] (codes are
// upper case); [ErrInvalidAmount] for an amount outside the grammar or with
// too many places; [ErrAmountTooLarge] for more than [MaxIntegerDigits]
// integer digits.
func NewMoney(amount, code string) (Money, error) {
	cur, err := lookupCurrency(code)
	if err != nil {
		return Money{}, err
	}
	c := &currencies[cur]
	s := amount
	neg := false
	if strings.HasPrefix(s, "-") {
		neg = true
		s = s[1:]
	}
	intPart, fracPart, hasPoint := strings.Cut(s, ".")
	switch {
	case intPart == "":
		return Money{}, fmt.Errorf("%w %q: want digits before any point", ErrInvalidAmount, amount)
	case !allDigits(intPart):
		return Money{}, fmt.Errorf("%w %q: want [-]digits[.digits], nothing else", ErrInvalidAmount, amount)
	case len(intPart) > 1 && intPart[0] == '0':
		return Money{}, fmt.Errorf("%w %q: leading zero", ErrInvalidAmount, amount)
	case hasPoint && (fracPart == "" || !allDigits(fracPart)):
		return Money{}, fmt.Errorf("%w %q: want digits after the point", ErrInvalidAmount, amount)
	case len(fracPart) > int(c.minor):
		return Money{}, fmt.Errorf("%w %q: more than %d decimal places for %s", ErrInvalidAmount, amount, c.minor, c.code)
	case len(intPart) > MaxIntegerDigits:
		return Money{}, fmt.Errorf("%w: %q has more than %d integer digits", ErrAmountTooLarge, amount, MaxIntegerDigits)
	}
	// The grammar is checked; the digits fit in an int64 (at most 15+2).
	units, err := strconv.ParseInt(intPart, 10, 64)
	if err != nil {
		return Money{}, fmt.Errorf("%w %q: %v", ErrInvalidAmount, amount, err)
	}
	units *= c.scale
	if fracPart != "" {
		f, err := strconv.ParseInt(fracPart, 10, 64)
		if err != nil {
			return Money{}, fmt.Errorf("%w %q: %v", ErrInvalidAmount, amount, err)
		}
		for i := len(fracPart); i < int(c.minor); i++ {
			f *= 10
		}
		units += f
	}
	if neg {
		units = -units
	}
	return Money{units: units, cur: cur}, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// MoneyFromMinor returns units minor units (fen for CNY, yen for JPY) of
// currency code: MoneyFromMinor(3021000, "CNY") is 30210.00 CNY.
//
// Errors: [ErrUnknownCurrency] for a code not in [Currencies];
// [ErrAmountTooLarge] when the amount is 10^15 major units or more in
// absolute value.
func MoneyFromMinor(units int64, code string) (Money, error) {
	cur, err := lookupCurrency(code)
	if err != nil {
		return Money{}, err
	}
	return fromUnits(units, cur)
}

// MustMoney is [NewMoney] for tests and package-level constants: it panics,
// naming the call, where NewMoney returns an error.
func MustMoney(amount, code string) Money {
	m, err := NewMoney(amount, code)
	if err != nil {
		panic("fees.MustMoney(" + strconv.Quote(amount) + ", " + strconv.Quote(code) + "): " + err.Error())
	}
	return m
}

func fromUnits(units int64, cur uint8) (Money, error) {
	c := &currencies[cur]
	if units >= c.limit || units <= -c.limit {
		return Money{}, fmt.Errorf("%w: %d minor units of %s is 10^%d or more", ErrAmountTooLarge, units, c.code, MaxIntegerDigits)
	}
	return Money{units: units, cur: cur}, nil
}

// Amount returns the amount as a decimal with exactly the currency's places
// (two for CNY). The zero Money gives 0.
func (m Money) Amount() decimal.Decimal {
	return decimal.New(m.units, -currencies[m.cur].minor)
}

// MinorUnits returns the amount in minor units (fen for CNY): 30210.00 CNY
// gives 3021000.
func (m Money) MinorUnits() int64 { return m.units }

// Currency returns the ISO 4217 code, or "" for the zero Money.
func (m Money) Currency() string { return currencies[m.cur].code }

// IsZero reports whether the amount is zero, whatever the currency.
func (m Money) IsZero() bool { return m.units == 0 }

// IsNegative reports whether the amount is below zero.
func (m Money) IsNegative() bool { return m.units < 0 }

// Equal reports whether m and o have the same currency and the same amount.
// The zero Money equals only a zero Money without currency: it does not
// equal 0.00 CNY.
func (m Money) Equal(o Money) bool { return m == o }

// currencyOf returns the currency both operands share, treating the zero
// Money as matching any currency.
func (m Money) currencyOf(o Money, op string) (uint8, error) {
	switch {
	case m.cur == o.cur:
		return m.cur, nil
	case m.cur == 0 && m.units == 0:
		return o.cur, nil
	case o.cur == 0 && o.units == 0:
		return m.cur, nil
	}
	return 0, fmt.Errorf("%w: cannot %s %s and %s", ErrCurrencyMismatch, op, m.String(), o.String())
}

// Add returns m + o. The zero Money adds to any currency.
//
// Errors: [ErrCurrencyMismatch] for two different currencies;
// [ErrAmountTooLarge] when the sum is out of bounds.
func (m Money) Add(o Money) (Money, error) {
	cur, err := m.currencyOf(o, "add")
	if err != nil {
		return Money{}, err
	}
	// Both are below 10^17 in absolute value: the sum cannot overflow.
	return fromUnits(m.units+o.units, cur)
}

// Sub returns m − o. The zero Money subtracts from and is subtracted from
// any currency.
//
// Errors: [ErrCurrencyMismatch] for two different currencies;
// [ErrAmountTooLarge] when the difference is out of bounds.
func (m Money) Sub(o Money) (Money, error) {
	cur, err := m.currencyOf(o, "subtract")
	if err != nil {
		return Money{}, err
	}
	return fromUnits(m.units-o.units, cur)
}

// Neg returns −m, in the same currency.
func (m Money) Neg() Money { return Money{units: -m.units, cur: m.cur} }

// Cmp compares m and o: −1 if m < o, 0 if equal, +1 if m > o. The zero Money
// compares with any currency.
//
// Errors: [ErrCurrencyMismatch] for two different currencies.
func (m Money) Cmp(o Money) (int, error) {
	if _, err := m.currencyOf(o, "compare"); err != nil {
		return 0, err
	}
	switch {
	case m.units < o.units:
		return -1, nil
	case m.units > o.units:
		return 1, nil
	}
	return 0, nil
}

// Mul returns m × factor, rounded once, half up (half away from zero), to
// the currency's minor unit: 0.05 CNY × 0.5 is 0.03 CNY, −0.05 CNY × 0.5 is
// −0.03 CNY. The result has m's currency.
//
// Errors: [ErrAmountTooLarge] when the product is out of bounds.
func (m Money) Mul(factor decimal.Decimal) (Money, error) {
	if m.units == 0 || factor.IsZero() {
		return Money{cur: m.cur}, nil
	}
	limit := currencies[m.cur].limit
	if m.cur == 0 {
		limit = 1e17
	}
	// The magnitude of factor is below 10^mag; the product, in minor units,
	// is below 10^(17+mag). This bound keeps absurd exponents away from the
	// decimal arithmetic below.
	mag := int64(factor.NumDigits()) + int64(factor.Exponent())
	switch {
	case mag > 19:
		return Money{}, fmt.Errorf("%w: %s × %s", ErrAmountTooLarge, m.String(), decimalText(factor))
	case mag <= -18: // |product| < 0.1 minor unit
		return Money{cur: m.cur}, nil
	}
	if units, ok, err := mulFast(m.units, factor, limit); ok {
		if err != nil {
			return Money{}, fmt.Errorf("%w: %s × %s", err, m.String(), factor.String())
		}
		return Money{units: units, cur: m.cur}, nil
	}
	p := factor.Mul(decimal.NewFromInt(m.units)).Round(0)
	if p.GreaterThanOrEqual(decimal.NewFromInt(limit)) || p.LessThanOrEqual(decimal.NewFromInt(-limit)) {
		return Money{}, fmt.Errorf("%w: %s × %s", ErrAmountTooLarge, m.String(), factor.String())
	}
	return Money{units: p.IntPart(), cur: m.cur}, nil
}

// decimalText writes d for a message: as decimal's String does when its
// exponent is within ±30, else as coefficient "e" exponent ("1e1000000000"),
// so that a decimal built with an absurd exponent is never expanded into
// its digits.
func decimalText(d decimal.Decimal) string {
	if e := d.Exponent(); e < -30 || e > 30 {
		return d.Coefficient().String() + "e" + strconv.Itoa(int(e))
	}
	return d.String()
}

// pow10 holds 10^0 … 10^19.
var pow10 = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// mulFast multiplies units by factor in 128-bit integer arithmetic and
// rounds half away from zero, when factor's coefficient fits in 18 digits
// and its exponent is between −19 and 0. ok is false when it does not apply.
func mulFast(units int64, factor decimal.Decimal, limit int64) (r int64, ok bool, err error) {
	exp := factor.Exponent()
	if exp > 0 || exp < -19 || factor.NumDigits() > 18 {
		return 0, false, nil
	}
	coef := factor.CoefficientInt64()
	neg := (units < 0) != (coef < 0)
	a, b := uint64(units), uint64(coef)
	if units < 0 {
		a = uint64(-units)
	}
	if coef < 0 {
		b = uint64(-coef)
	}
	hi, lo := bits.Mul64(a, b)
	div := pow10[-exp]
	if hi >= div { // quotient ≥ 2^64
		return 0, true, ErrAmountTooLarge
	}
	q, rem := bits.Div64(hi, lo, div)
	// Bound q before rounding: q may be 2^64 − 1, which q++ would wrap to 0.
	// limit < 2^63, so below it q++ cannot wrap.
	if q >= uint64(limit) {
		return 0, true, ErrAmountTooLarge
	}
	if rem >= div-rem { // rem ≥ div/2: half rounds away from zero
		q++
	}
	if q >= uint64(limit) {
		return 0, true, ErrAmountTooLarge
	}
	if neg {
		return -int64(q), true, nil
	}
	return int64(q), true, nil
}

// String returns the amount with exactly the currency's places and the
// code: "30210.00 CNY", "-5.00 USD", "1200 JPY". The zero Money is "0.00".
func (m Money) String() string {
	if m.cur == 0 {
		return "0.00"
	}
	return m.fixed() + " " + currencies[m.cur].code
}

// fixed returns the amount with exactly the currency's places, no code.
func (m Money) fixed() string {
	var buf [32]byte
	return string(m.appendFixed(buf[:0]))
}

// appendFixed appends the amount with exactly the currency's places.
func (m Money) appendFixed(b []byte) []byte {
	c := &currencies[m.cur]
	minor := c.minor
	if m.cur == 0 {
		minor = 2
	}
	u := m.units
	if u < 0 {
		b = append(b, '-')
		u = -u // |u| < 10^17: no overflow
	}
	var digits [24]byte
	d := strconv.AppendInt(digits[:0], u, 10)
	for len(d) <= int(minor) { // pad so there is at least one integer digit
		d = append([]byte{'0'}, d...)
	}
	cut := len(d) - int(minor)
	b = append(b, d[:cut]...)
	if minor > 0 {
		b = append(b, '.')
		b = append(b, d[cut:]...)
	}
	return b
}

// MarshalJSON writes {"amount":"30210.00","currency":"CNY"}, the amount as a
// string with exactly the currency's places. The zero Money is null.
func (m Money) MarshalJSON() ([]byte, error) {
	if m.cur == 0 {
		return []byte("null"), nil
	}
	b := make([]byte, 0, 48)
	b = append(b, `{"amount":"`...)
	b = m.appendFixed(b)
	b = append(b, `","currency":"`...)
	b = append(b, currencies[m.cur].code...)
	b = append(b, `"}`...)
	return b, nil
}

// moneyWire is Money on the wire.
type moneyWire struct {
	Amount   *string `json:"amount"`
	Currency *string `json:"currency"`
}

// wire returns m's wire form, as MarshalJSON writes it.
func (m Money) wire() *moneyWire {
	return &moneyWire{Amount: ptr(m.fixed()), Currency: ptr(m.Currency())}
}

// toMoney checks the wire form with the same rules as [NewMoney].
func (w moneyWire) toMoney() (Money, error) {
	var errs []error
	if w.Amount == nil {
		errs = append(errs, fmt.Errorf("%w: field \"amount\" missing", ErrInvalidAmount))
	}
	if w.Currency == nil {
		errs = append(errs, fmt.Errorf("%w: field \"currency\" missing", ErrUnknownCurrency))
	}
	if len(errs) > 0 {
		return Money{}, errors.Join(errs...)
	}
	return NewMoney(*w.Amount, *w.Currency)
}

// UnmarshalJSON reads the form [Money.MarshalJSON] writes, strictly: both
// fields required, the amount a string that [NewMoney] accepts (a JSON
// number is an error), no other fields, no duplicate keys. null leaves m as
// it is (so a missing or null Money field stays the zero Money). On error m
// is unchanged.
func (m *Money) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	var w moneyWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("fees: money: %w", err)
	}
	v, err := w.toMoney()
	if err != nil {
		return err
	}
	*m = v
	return nil
}
