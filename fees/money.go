package fees

import (
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// maxIntegerDigits is the most digits the integer part of an amount has:
// every amount is below 10^15 major units in absolute value.
const maxIntegerDigits = 15

// currency is one row of the currency table.
type currency struct {
	code   string
	symbol string // as Chinese documents write it; "" for none (see # Display)
	minor  int32  // decimal places of the minor unit (2 for CNY: fen)
	limit  int64  // 10^(maxIntegerDigits+minor): the bound on |units|, exclusive
}

// currencies is the package's table of ISO 4217 codes. Row 0 is "no
// currency", the zero Money's, which holds 0 alone. It is never modified.
var currencies = [...]currency{
	{limit: 1},
	{code: "CNY", symbol: "¥", minor: 2, limit: 1e17},
	{code: "USD", symbol: "US$", minor: 2, limit: 1e17},
	{code: "EUR", symbol: "€", minor: 2, limit: 1e17},
	{code: "HKD", symbol: "HK$", minor: 2, limit: 1e17},
	{code: "GBP", symbol: "£", minor: 2, limit: 1e17},
	{code: "MOP", symbol: "MOP$", minor: 2, limit: 1e17},
	{code: "TWD", symbol: "NT$", minor: 2, limit: 1e17},
	{code: "SGD", symbol: "S$", minor: 2, limit: 1e17},
	{code: "JPY", symbol: "JP¥", minor: 0, limit: 1e15},
	{code: "KRW", symbol: "₩", minor: 0, limit: 1e15},
	{code: "KWD", minor: 3, limit: 1e18},
	{code: "BHD", minor: 3, limit: 1e18},
	{code: "OMR", minor: 3, limit: 1e18},
}

// cny is CNY's row in the currency table.
const cny = 1

// Currencies returns the ISO 4217 codes the package knows, in a fixed order.
// The slice is a fresh copy.
func Currencies() []string {
	out := make([]string, 0, len(currencies)-1)
	for _, c := range currencies[1:] {
		out = append(out, c.code)
	}
	return out
}

// lookupCurrency returns code's row in the currency table.
func lookupCurrency(code string) (uint8, error) {
	i := slices.IndexFunc(currencies[1:], func(c currency) bool { return c.code == code })
	if i < 0 {
		return 0, errs.New(ErrUnknownCurrency, "", "%s: want an upper-case ISO 4217 code, one of %s",
			errs.Quote(code), strings.Join(Currencies(), ", "))
	}
	return uint8(i + 1), nil
}

// Money is an exact amount in one currency (see the package documentation,
// # Money). The zero Money is nothing, in no currency.
type Money struct {
	units int64 // amount in minor units
	cur   uint8 // row in currencies; 0 = no currency
}

// Grammars of amounts: any plain decimal, then the limits of a currency.
var (
	anyAmount = dec.Spec{Int: dec.MaxText, Places: dec.MaxText, Signed: true}
	amountInt = dec.Spec{Int: maxIntegerDigits, Places: dec.MaxText, Signed: true}
)

// NewMoney returns the amount written in amount, in currency code: a plain
// decimal (see the package documentation, # Money) with at most the
// currency's decimal places, such as "30210", "30210.00" or "-12.5".
//
// Errors: [ErrUnknownCurrency] for a code not in [Currencies] (codes are
// upper case); [ErrInvalidAmount] for an amount outside the grammar or with
// more places than the currency has; [ErrAmountTooLarge] for an amount of
// 10^15 major units or more.
func NewMoney(amount, code string) (Money, error) {
	cur, err := lookupCurrency(code)
	if err != nil {
		return Money{}, err
	}
	c := &currencies[cur]
	d, err := anyAmount.Parse(amount)
	if err != nil {
		return Money{}, errs.Wrap(ErrInvalidAmount, "", err)
	}
	if (dec.Spec{Int: dec.MaxText, Places: int(c.minor), Signed: true}).Check(d) != nil {
		return Money{}, errs.New(ErrInvalidAmount, "", "%s has more than %d decimal places for %s", errs.Quote(amount), c.minor, c.code)
	}
	if amountInt.Check(d) != nil {
		return Money{}, errs.New(ErrAmountTooLarge, "", "%s has more than %d integer digits", errs.Quote(amount), maxIntegerDigits)
	}
	return Money{units: d.Shift(c.minor).IntPart(), cur: cur}, nil
}

// MustNewMoney is [NewMoney] for tests and package-level values: it panics,
// naming the call, where NewMoney returns an error.
func MustNewMoney(amount, code string) Money {
	m, err := NewMoney(amount, code)
	if err != nil {
		panic("fees.MustNewMoney(" + strconv.Quote(amount) + ", " + strconv.Quote(code) + "): " + err.Error())
	}
	return m
}

// MoneyFromMinor returns units minor units (fen for CNY, yen for JPY) of
// currency code: MoneyFromMinor(3021000, "CNY") is 30210.00 CNY.
//
// Errors: [ErrUnknownCurrency] for a code not in [Currencies];
// [ErrAmountTooLarge] for an amount of 10^15 major units or more.
func MoneyFromMinor(units int64, code string) (Money, error) {
	cur, err := lookupCurrency(code)
	if err != nil {
		return Money{}, err
	}
	return fromUnits(units, cur)
}

func fromUnits(units int64, cur uint8) (Money, error) {
	c := &currencies[cur]
	if units >= c.limit || units <= -c.limit {
		return Money{}, errs.New(ErrAmountTooLarge, "", "%d minor units of %s is 10^%d major units or more", units, c.code, maxIntegerDigits)
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
	return 0, errs.New(ErrCurrencyMismatch, "", "cannot %s %s and %s", op, m, o)
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
	// Both are below 10^18 in absolute value: the sum cannot overflow.
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

// Mul returns m × factor rounded once to the currency's minor unit (see the
// package documentation, # Rounding): 0.05 CNY × 0.5 is 0.03 CNY, −0.05 CNY
// × 0.5 is −0.03 CNY. The result has m's currency.
//
// Errors: [ErrAmountTooLarge] when the product is out of bounds.
func (m Money) Mul(factor decimal.Decimal) (Money, error) {
	if m.units == 0 || factor.IsZero() {
		return Money{cur: m.cur}, nil
	}
	limit := currencies[m.cur].limit // m has a currency: it is not 0
	tooLarge := func() error { return errs.New(ErrAmountTooLarge, "", "%s × %s", m, dec.Show(factor)) }
	// |factor| < 10^mag, so the product in minor units is below
	// 10^(18+mag): this bound keeps absurd exponents away from the decimal
	// arithmetic below.
	digits := factor.NumDigits()
	mag := int64(digits) + int64(factor.Exponent())
	switch {
	case mag > 19:
		return Money{}, tooLarge()
	case mag <= -19: // |product| < 0.1 minor unit
		return Money{cur: m.cur}, nil
	}
	if units, ok, over := mulFast(m.units, factor, digits, limit); ok {
		if over {
			return Money{}, tooLarge()
		}
		return Money{units: units, cur: m.cur}, nil
	}
	p := factor.Mul(decimal.NewFromInt(m.units)).Round(0)
	if p.GreaterThanOrEqual(decimal.NewFromInt(limit)) || p.LessThanOrEqual(decimal.NewFromInt(-limit)) {
		return Money{}, tooLarge()
	}
	return Money{units: p.IntPart(), cur: m.cur}, nil
}

// pow10 holds 10^0 … 10^19.
var pow10 = func() (p [20]uint64) {
	p[0] = 1
	for i := 1; i < len(p); i++ {
		p[i] = p[i-1] * 10
	}
	return p
}()

// mulFast multiplies units by factor, whose coefficient has digits digits,
// in 128-bit integer arithmetic and rounds half away from zero, when the
// coefficient fits in 18 digits and the exponent is between −19 and 0; ok
// is false when it does not apply, over true when the product is out of
// bounds.
func mulFast(units int64, factor decimal.Decimal, digits int, limit int64) (r int64, ok, over bool) {
	exp := factor.Exponent()
	if exp > 0 || exp < -19 || digits > 18 {
		return 0, false, false
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
		return 0, true, true
	}
	q, rem := bits.Div64(hi, lo, div)
	// Bound q before rounding: q may be 2^64 − 1, which q++ would wrap to 0.
	// limit < 2^63, so below it q++ cannot wrap.
	if q >= uint64(limit) {
		return 0, true, true
	}
	if rem >= div-rem { // rem ≥ div/2: half rounds away from zero
		q++
	}
	if q >= uint64(limit) {
		return 0, true, true
	}
	if neg {
		return -int64(q), true, false
	}
	return int64(q), true, false
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

// places returns the decimal places m is written with: the currency's, and
// two for the zero Money.
func (m Money) places() int {
	if m.cur == 0 {
		return 2
	}
	return int(currencies[m.cur].minor)
}

// appendFixed appends the amount with exactly the currency's places: the
// minor units' digits, written from the last, with the point before the
// last places of them and at least one digit before it ("0.05").
func (m Money) appendFixed(b []byte) []byte {
	u := uint64(m.units)
	if m.units < 0 {
		u = uint64(-m.units) // |units| < 10^18: no overflow
	}
	var buf [24]byte
	i := len(buf)
	places := m.places()
	whole := u%pow10[places] == 0 // as most amounts of a quote are: no digit to work out
	for range places {
		i--
		buf[i] = '0'
		if !whole {
			buf[i] += byte(u % 10)
			u /= 10
		}
	}
	if whole {
		u /= pow10[places]
	}
	if i < len(buf) {
		i--
		buf[i] = '.'
	}
	for {
		i--
		buf[i] = byte('0' + u%10)
		if u /= 10; u == 0 {
			break
		}
	}
	if m.units < 0 {
		i--
		buf[i] = '-'
	}
	return append(b, buf[i:]...)
}

// MarshalJSON writes {"amount":"30210.00","currency":"CNY"}, the amount as a
// string with exactly the currency's places. The zero Money is null.
func (m Money) MarshalJSON() ([]byte, error) {
	return m.appendJSON(make([]byte, 0, 48)), nil
}

// appendJSON appends what MarshalJSON writes.
func (m Money) appendJSON(b []byte) []byte {
	if m.cur == 0 {
		return append(b, "null"...)
	}
	return append(m.appendFixed(append(b, `{"amount":"`...)), currencyTail[m.cur]...)
}

// moneyDecoder is the jsonx.Decoder of a Money, made once.
var moneyDecoder = jsonx.NewDecoder(ErrInvalidAmount, (*moneyWire).money)

// UnmarshalJSON reads what [Money.MarshalJSON] writes, strictly: both
// fields required, the amount a string that [NewMoney] accepts (a JSON
// number is an error: amounts are always strings), no other fields, no
// duplicate keys. null leaves m as it is, so that an optional Money field
// left out or null stays the zero Money. Errors match [ErrInvalidAmount],
// [ErrUnknownCurrency] or [ErrAmountTooLarge]. On error m is unchanged.
func (m *Money) UnmarshalJSON(data []byte) error {
	if string(data) == "null" {
		return nil
	}
	if v, ok := decodeMoneyFast(data); ok { // money_fast.go: the same Money, without reflection
		*m = v
		return nil
	}
	return moneyDecoder.Unmarshal(data, m)
}

// moneyWire is a Money in JSON, as MarshalJSON writes it.
type moneyWire struct {
	Amount   *string `json:"amount"`
	Currency *string `json:"currency"`
}

// money makes the Money w states with [NewMoney].
func (w *moneyWire) money() (Money, error) {
	var l errs.List
	if w.Amount == nil {
		l.Missing(ErrInvalidAmount, "amount")
	}
	if w.Currency == nil {
		l.Missing(ErrUnknownCurrency, "currency")
	}
	if err := l.Err(); err != nil {
		return Money{}, err
	}
	return NewMoney(*w.Amount, *w.Currency)
}
