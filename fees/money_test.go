package fees_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/fees"
)

// assertMoney checks that got is want, written as "30210.00 CNY".
func assertMoney(t *testing.T, want string, got fees.Money, msgAndArgs ...any) {
	t.Helper()
	assert.Equal(t, want, got.String(), msgAndArgs...)
}

// assertDecimal checks that got equals want numerically.
func assertDecimal(t *testing.T, want string, got decimal.Decimal, msgAndArgs ...any) {
	t.Helper()
	w := decimal.RequireFromString(want)
	assert.Truef(t, w.Equal(got), "want %s, got %s %v", want, got.String(), msgAndArgs)
}

func cny(t testing.TB, amount string) fees.Money {
	t.Helper()
	m, err := fees.NewMoney(amount, "CNY")
	require.NoError(t, err)
	return m
}

func TestNewMoney(t *testing.T) {
	ok := []struct {
		name, amount, currency, want string
		minor                        int64
	}{
		{"whole", "30210", "CNY", "30210.00 CNY", 3021000},
		{"two places", "30210.00", "CNY", "30210.00 CNY", 3021000},
		{"one place", "0.5", "CNY", "0.50 CNY", 50},
		{"zero", "0", "CNY", "0.00 CNY", 0},
		{"negative zero", "-0", "CNY", "0.00 CNY", 0},
		{"negative", "-12.34", "USD", "-12.34 USD", -1234},
		{"fen", "0.01", "CNY", "0.01 CNY", 1},
		{"largest", "999999999999999.99", "CNY", "999999999999999.99 CNY", 99999999999999999},
		{"smallest", "-999999999999999.99", "CNY", "-999999999999999.99 CNY", -99999999999999999},
		{"yen has no places", "1200", "JPY", "1200 JPY", 1200},
		{"dinar has three", "1.234", "KWD", "1.234 KWD", 1234},
		{"places counted by value", "1.000", "CNY", "1.00 CNY", 100},
		{"leading zeros", "007.50", "CNY", "7.50 CNY", 750},
		{"euro", "7.5", "EUR", "7.50 EUR", 750},
	}
	for _, tc := range ok {
		t.Run(tc.name, func(t *testing.T) {
			m, err := fees.NewMoney(tc.amount, tc.currency)
			require.NoError(t, err)
			assertMoney(t, tc.want, m)
			assert.Equal(t, tc.minor, m.MinorUnits())
			assert.Equal(t, tc.currency, m.Currency())
			assertDecimal(t, tc.amount, m.Amount())
		})
	}

	bad := []struct {
		name, amount, currency string
		want                   error
	}{
		{"empty", "", "CNY", fees.ErrInvalidAmount},
		{"only sign", "-", "CNY", fees.ErrInvalidAmount},
		{"plus sign", "+1", "CNY", fees.ErrInvalidAmount},
		{"leading space", " 1", "CNY", fees.ErrInvalidAmount},
		{"trailing space", "1 ", "CNY", fees.ErrInvalidAmount},
		{"exponent", "1e3", "CNY", fees.ErrInvalidAmount},
		{"upper exponent", "1E3", "CNY", fees.ErrInvalidAmount},
		{"three places", "1.005", "CNY", fees.ErrInvalidAmount},
		{"point without digits", "1.", "CNY", fees.ErrInvalidAmount},
		{"point first", ".5", "CNY", fees.ErrInvalidAmount},
		{"two points", "1.2.3", "CNY", fees.ErrInvalidAmount},
		{"thousands separator", "1,000", "CNY", fees.ErrInvalidAmount},
		{"currency sign", "¥100", "CNY", fees.ErrInvalidAmount},
		{"double minus", "--1", "CNY", fees.ErrInvalidAmount},
		{"hex", "0x10", "CNY", fees.ErrInvalidAmount},
		{"infinity", "Infinity", "CNY", fees.ErrInvalidAmount},
		{"NaN", "NaN", "CNY", fees.ErrInvalidAmount},
		{"full-width digits", "１００", "CNY", fees.ErrInvalidAmount},
		{"places on yen", "1.5", "JPY", fees.ErrInvalidAmount},
		{"16 integer digits", "1000000000000000", "CNY", fees.ErrAmountTooLarge},
		{"absurd size", strings.Repeat("9", 400), "CNY", fees.ErrInvalidAmount},
		{"four places on a dinar", "1.2345", "KWD", fees.ErrInvalidAmount},
		{"lower-case code", "1", "cny", fees.ErrUnknownCurrency},
		{"unknown code", "1", "XXX", fees.ErrUnknownCurrency},
		{"empty code", "1", "", fees.ErrUnknownCurrency},
		{"symbol", "1", "RMB", fees.ErrUnknownCurrency},
	}
	for _, tc := range bad {
		t.Run("error/"+tc.name, func(t *testing.T) {
			m, err := fees.NewMoney(tc.amount, tc.currency)
			require.ErrorIs(t, err, tc.want)
			assert.True(t, m.Equal(fees.Money{}), "a rejected amount gives the zero Money")
			assert.True(t, strings.HasPrefix(err.Error(), "fees: "), err.Error())
		})
	}
}

func TestMoneyFromMinor(t *testing.T) {
	m, err := fees.MoneyFromMinor(3021000, "CNY")
	require.NoError(t, err)
	assertMoney(t, "30210.00 CNY", m)
	assert.True(t, m.Equal(cny(t, "30210")))

	y, err := fees.MoneyFromMinor(-7, "JPY")
	require.NoError(t, err)
	assertMoney(t, "-7 JPY", y)

	_, err = fees.MoneyFromMinor(1e17, "CNY")
	assert.ErrorIs(t, err, fees.ErrAmountTooLarge)
	_, err = fees.MoneyFromMinor(-1e17, "CNY")
	assert.ErrorIs(t, err, fees.ErrAmountTooLarge)
	_, err = fees.MoneyFromMinor(1e15, "JPY")
	assert.ErrorIs(t, err, fees.ErrAmountTooLarge)
	_, err = fees.MoneyFromMinor(1, "ABC")
	assert.ErrorIs(t, err, fees.ErrUnknownCurrency)
}

func TestMoneyArithmetic(t *testing.T) {
	a, b := cny(t, "1000.10"), cny(t, "0.95")
	usd, err := fees.NewMoney("1", "USD")
	require.NoError(t, err)

	sum, err := a.Add(b)
	require.NoError(t, err)
	assertMoney(t, "1001.05 CNY", sum)
	diff, err := b.Sub(a)
	require.NoError(t, err)
	assertMoney(t, "-999.15 CNY", diff)
	assertMoney(t, "-1000.10 CNY", a.Neg())
	assertMoney(t, "1000.10 CNY", a, "operands are unchanged")
	assert.True(t, diff.IsNegative())
	assert.False(t, a.IsNegative())

	c, err := a.Cmp(b)
	require.NoError(t, err)
	assert.Equal(t, 1, c)
	c, err = b.Cmp(a)
	require.NoError(t, err)
	assert.Equal(t, -1, c)
	c, err = a.Cmp(cny(t, "1000.1"))
	require.NoError(t, err)
	assert.Equal(t, 0, c)

	t.Run("mismatch", func(t *testing.T) {
		_, err := a.Add(usd)
		assert.ErrorIs(t, err, fees.ErrCurrencyMismatch)
		assert.Contains(t, err.Error(), "1000.10 CNY")
		assert.Contains(t, err.Error(), "1.00 USD")
		_, err = a.Sub(usd)
		assert.ErrorIs(t, err, fees.ErrCurrencyMismatch)
		_, err = a.Cmp(usd)
		assert.ErrorIs(t, err, fees.ErrCurrencyMismatch)
	})
	t.Run("too large", func(t *testing.T) {
		top := cny(t, "999999999999999.99")
		_, err := top.Add(cny(t, "0.01"))
		assert.ErrorIs(t, err, fees.ErrAmountTooLarge)
		_, err = top.Neg().Sub(cny(t, "0.01"))
		assert.ErrorIs(t, err, fees.ErrAmountTooLarge)
	})
}

func TestZeroMoney(t *testing.T) {
	var z fees.Money
	assert.True(t, z.IsZero())
	assert.Equal(t, "", z.Currency())
	assert.Equal(t, "0.00", z.String())
	assertDecimal(t, "0", z.Amount())
	assert.False(t, z.Equal(cny(t, "0")), "the zero Money is not 0.00 CNY")
	assert.True(t, cny(t, "0").IsZero())

	a := cny(t, "12.34")
	for name, f := range map[string]func() (fees.Money, error){
		"zero + a": func() (fees.Money, error) { return z.Add(a) },
		"a + zero": func() (fees.Money, error) { return a.Add(z) },
		"a - zero": func() (fees.Money, error) { return a.Sub(z) },
	} {
		got, err := f()
		require.NoError(t, err, name)
		assertMoney(t, "12.34 CNY", got, name)
	}
	got, err := z.Sub(a)
	require.NoError(t, err)
	assertMoney(t, "-12.34 CNY", got)
	c, err := z.Cmp(a)
	require.NoError(t, err)
	assert.Equal(t, -1, c)
	m, err := z.Mul(decimal.NewFromInt(3))
	require.NoError(t, err)
	assert.True(t, m.Equal(z))
}

// TestZeroPlusZeroWasTooLarge is the regression test for the zero Money
// added to or subtracted from itself, which failed with ErrAmountTooLarge
// ("0 minor units of  is 10^15 major units or more") although the zero
// Money adds to any Money: the result is the zero Money.
func TestZeroPlusZeroWasTooLarge(t *testing.T) {
	var z fees.Money
	for name, f := range map[string]func(fees.Money) (fees.Money, error){"Add": z.Add, "Sub": z.Sub} {
		got, err := f(z)
		require.NoError(t, err, name)
		assert.True(t, got.Equal(z), "%s: %s", name, got)
	}
}

func TestMoneyMul(t *testing.T) {
	cases := []struct{ name, amount, factor, want string }{
		{"person-days", "3000", "8.5", "25500.00 CNY"},
		{"VAT", "52500", "0.06", "3150.00 CNY"},
		{"exact half rounds up", "0.05", "0.5", "0.03 CNY"},
		{"negative half rounds away from zero", "-0.05", "0.5", "-0.03 CNY"},
		{"negative factor half", "0.05", "-0.5", "-0.03 CNY"},
		{"just below half rounds down", "0.05", "0.4999", "0.02 CNY"},
		{"just above half", "0.01", "0.5000001", "0.01 CNY"},
		{"below half of a fen", "0.01", "0.4999999", "0.00 CNY"},
		{"integer factor with exponent", "1.25", "1e2", "125.00 CNY"},
		{"tiny factor", "999999999999999.99", "1e-30", "0.00 CNY"},
		{"19-place factor", "100", "0.0000000000000000005", "0.00 CNY"},
		{"long coefficient", "1", "1.23456789012345678901234567890", "1.23 CNY"},
		{"zero factor", "12.34", "0", "0.00 CNY"},
		{"by one", "-12.34", "1", "-12.34 CNY"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			a := cny(t, tc.amount)
			got, err := a.Mul(decimal.RequireFromString(tc.factor))
			require.NoError(t, err)
			assertMoney(t, tc.want, got)
			assertMoney(t, cny(t, tc.amount).String(), a, "operand unchanged")
		})
	}
	t.Run("agrees with decimal rounding", func(t *testing.T) {
		for _, amount := range []string{"0.01", "0.05", "1.15", "-2.25", "3000.00", "-999.99", "12345678.91"} {
			for _, factor := range []string{"0.5", "0.06", "-0.15", "1.005", "8.5", "0.333333333333333333", "2.0000000000000000001"} {
				a, f := cny(t, amount), decimal.RequireFromString(factor)
				got, err := a.Mul(f)
				require.NoError(t, err)
				want := a.Amount().Mul(f).Round(2)
				assertDecimal(t, want.String(), got.Amount(), amount+" × "+factor)
			}
		}
	})
	t.Run("too large", func(t *testing.T) {
		for _, factor := range []string{"1e15", "1e400", "100000000000000000000", "-1e16"} {
			_, err := cny(t, "1").Mul(decimal.RequireFromString(factor))
			assert.ErrorIs(t, err, fees.ErrAmountTooLarge, factor)
		}
		_, err := cny(t, "999999999999999.99").Mul(decimal.RequireFromString("1.01"))
		assert.ErrorIs(t, err, fees.ErrAmountTooLarge)
	})
}

func TestMoneyJSON(t *testing.T) {
	m := cny(t, "30210")
	data, err := json.Marshal(m)
	require.NoError(t, err)
	assert.JSONEq(t, `{"amount":"30210.00","currency":"CNY"}`, string(data))

	var back fees.Money
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Equal(m))

	var zero fees.Money
	data, err = json.Marshal(zero)
	require.NoError(t, err)
	assert.Equal(t, "null", string(data))
	require.NoError(t, json.Unmarshal(data, &back))
	assert.True(t, back.Equal(m), "null leaves the value as it is")

	bad := []struct{ name, data, want string }{
		{"number amount", `{"amount":30210,"currency":"CNY"}`, `"amount"`},
		{"exponent", `{"amount":"3e4","currency":"CNY"}`, "3e4"},
		{"three places", `{"amount":"1.001","currency":"CNY"}`, "decimal places"},
		{"missing currency", `{"amount":"1.00"}`, "fees: unknown currency: currency: is missing"},
		{"missing amount", `{"currency":"CNY"}`, "fees: invalid amount: amount: is missing"},
		{"null amount", `{"amount":null,"currency":"CNY"}`, "fees: invalid amount: amount: is missing"},
		{"unknown currency", `{"amount":"1.00","currency":"XYZ"}`, "XYZ"},
		{"unknown field", `{"amount":"1.00","currency":"CNY","note":"x"}`, "note"},
		{"duplicate key", `{"amount":"1.00","amount":"2.00","currency":"CNY"}`, "duplicate"},
		{"trailing data", `{"amount":"1.00","currency":"CNY"} {}`, "after"},
		{"string", `"1.00 CNY"`, "want object, got JSON string"},
		{"huge", `{"amount":"` + strings.Repeat("1", 1000) + `","currency":"CNY"}`, "is not a plain decimal"},
		{"too large", `{"amount":"1000000000000000","currency":"CNY"}`, "fees: amount too large"},
	}
	for _, tc := range bad {
		t.Run("error/"+tc.name, func(t *testing.T) {
			before := cny(t, "5")
			got := before
			err := got.UnmarshalJSON([]byte(tc.data))
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.want)
			assert.True(t, got.Equal(before), "receiver unchanged")
		})
	}
}

func TestUppercase(t *testing.T) {
	// first is what Uppercase writes, other what UppercaseAlternative
	// writes; "" means the same as first (the rules allow no other form).
	cases := []struct{ name, amount, first, other string }{
		// The examples of the payment settlement rules [PBOC], both forms.
		{"PBOC 1409.50: a zero between digits; 伍角 takes no 整", "1409.50", "人民币壹仟肆佰零玖元伍角", ""},
		{"PBOC 6007.14: a run of zeros is one 零", "6007.14", "人民币陆仟零柒元壹角肆分", ""},
		{"PBOC 16409.02: 零 after 元 when 角 is 0", "16409.02", "人民币壹万陆仟肆佰零玖元零贰分", ""},
		{"PBOC 325.04: 零 after 元 when 角 is 0", "325.04", "人民币叁佰贰拾伍元零肆分", ""},
		{"PBOC 1680.32: the lone optional 零 at 元", "1680.32", "人民币壹仟陆佰捌拾元零叁角贰分", "人民币壹仟陆佰捌拾元叁角贰分"},
		{"PBOC 107000.00: the lone optional 零 at 万", "107000.00", "人民币壹拾万零柒仟元整", "人民币壹拾万柒仟元整"},
		{"PBOC 107000.53: optional zeros at 万 and 元", "107000.53", "人民币壹拾万柒仟元零伍角叁分", "人民币壹拾万零柒仟元伍角叁分"},
		{"PBOC ¥16 leads with 壹拾", "16", "人民币壹拾陆元整", ""},
		// 整 [PBOC]: after 元, not after 角, never after 分.
		{"伍角 takes no 整", "0.50", "人民币伍角", ""},
		{"伍角 after yuan takes no 整", "3.50", "人民币叁元伍角", ""},
		{"角 after an optional zero takes no 整", "1680.30", "人民币壹仟陆佰捌拾元零叁角", "人民币壹仟陆佰捌拾元叁角"},
		{"five fen", "0.05", "人民币伍分", ""},
		{"jiao and fen below a yuan", "0.15", "人民币壹角伍分", ""},
		{"zero", "0", "人民币零元整", ""},
		{"one yuan", "1", "人民币壹元整", ""},
		// The brief's cycle total, and two more whole amounts.
		{"cycle total", "55650", "人民币伍万伍仟陆佰伍拾元整", ""},
		{"30210", "30210", "人民币叁万零贰佰壹拾元整", ""},
		{"56180", "56180", "人民币伍万陆仟壹佰捌拾元整", ""},
		// Zeros the rules require.
		{"zero at 元 and 角 before 分", "1680.02", "人民币壹仟陆佰捌拾元零贰分", ""},
		{"a run through 万 that ends at 佰", "100700", "人民币壹拾万零柒佰元整", ""},
		{"yi and wan", "100010000", "人民币壹亿零壹万元整", ""},
		{"empty wan group", "100000001", "人民币壹亿零壹元整", ""},
		{"million and a fen", "1000000.01", "人民币壹佰万元零壹分", ""},
		{"1010", "1010", "人民币壹仟零壹拾元整", ""},
		// Optional zeros.
		{"optional 零 at 元 after a run of zeros", "1000.32", "人民币壹仟元零叁角贰分", "人民币壹仟元叁角贰分"},
		{"ten yuan and five jiao", "10.50", "人民币壹拾元零伍角", "人民币壹拾元伍角"},
		{"optional 零 at 万 beside the 零 the rules require after 元", "107000.05", "人民币壹拾万零柒仟元零伍分", "人民币壹拾万柒仟元零伍分"},
		{"optional 零 at 万 after an empty wan group", "100007000", "人民币壹亿零柒仟元整", "人民币壹亿柒仟元整"},
		{"optional 零 at 亿", "1070000000", "人民币壹拾亿零柒仟万元整", "人民币壹拾亿柒仟万元整"},
		{"optional zeros at 亿 and 万", "1070007000", "人民币壹拾亿柒仟万零柒仟元整", "人民币壹拾亿零柒仟万柒仟元整"},
		{"optional zeros at 亿, 万 and 元", "1070007000.50", "人民币壹拾亿柒仟万柒仟元零伍角", "人民币壹拾亿零柒仟万柒仟元伍角"},
		// Units.
		{"ten", "10", "人民币壹拾元整", ""},
		{"110", "110", "人民币壹佰壹拾元整", ""},
		{"100000", "100000", "人民币壹拾万元整", ""},
		{"20000.00", "20000.00", "人民币贰万元整", ""},
		{"one yi", "100000000", "人民币壹亿元整", ""},
		{"ten yi", "1000000000", "人民币壹拾亿元整", ""},
		{"largest", "999999999999.99", "人民币玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := cny(t, tc.amount)
			got, err := m.Uppercase()
			require.NoError(t, err)
			assert.Equal(t, tc.first, got, "Uppercase")
			other := tc.other
			if other == "" {
				other = tc.first
			}
			got, err = m.UppercaseAlternative()
			require.NoError(t, err)
			assert.Equal(t, other, got, "UppercaseAlternative")
		})
	}

	usd, err := fees.NewMoney("1", "USD")
	require.NoError(t, err)
	bad := []struct {
		name string
		m    fees.Money
	}{
		{"negative", cny(t, "-1")},
		{"one wan yi", cny(t, "1000000000000")},
		{"above", cny(t, "999999999999999.99")},
		{"not CNY", usd},
		{"zero Money has no currency", fees.Money{}},
	}
	for _, tc := range bad {
		t.Run("error/"+tc.name, func(t *testing.T) {
			_, err := tc.m.Uppercase()
			assert.ErrorIs(t, err, fees.ErrUppercase)
			_, err = tc.m.UppercaseAlternative()
			assert.ErrorIs(t, err, fees.ErrUppercase)
		})
	}
}

func FuzzNewMoney(f *testing.F) {
	for _, s := range []string{"0", "-0", "1.5", "30210.00", "-12.34", "1e3", "999999999999999.99", " 1", "01", "1.", ".5", "+1"} {
		f.Add(s, "CNY")
	}
	f.Add("1200", "JPY")
	f.Add("7.5", "USD")
	f.Fuzz(func(t *testing.T, amount, code string) {
		m, err := fees.NewMoney(amount, code)
		if err != nil {
			if !errors.Is(err, fees.ErrInvalidAmount) && !errors.Is(err, fees.ErrAmountTooLarge) && !errors.Is(err, fees.ErrUnknownCurrency) {
				t.Fatalf("NewMoney(%q, %q): unexpected error kind: %v", amount, code, err)
			}
			return
		}
		// parse → print → parse gives the same value.
		text, cur, ok := strings.Cut(m.String(), " ")
		if !ok || cur != code {
			t.Fatalf("String() = %q", m.String())
		}
		back, err := fees.NewMoney(text, cur)
		if err != nil || !back.Equal(m) {
			t.Fatalf("NewMoney(%q) = %v, %v; want %v", text, back, err, m)
		}
		if !decimal.RequireFromString(amount).Equal(m.Amount()) {
			t.Fatalf("Amount() = %s, want %s", m.Amount(), amount)
		}
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var j fees.Money
		if err := json.Unmarshal(data, &j); err != nil || !j.Equal(m) {
			t.Fatalf("JSON %s → %v, %v", data, j, err)
		}
	})
}

var (
	capitalDigitValues = map[rune]int64{'零': 0, '壹': 1, '贰': 2, '叁': 3, '肆': 4, '伍': 5, '陆': 6, '柒': 7, '捌': 8, '玖': 9}
	capitalUnitValues  = map[rune]int64{'拾': 10, '佰': 100, '仟': 1000}
)

// capitalValue reads back what Uppercase writes, in fen, ignoring every 零;
// ok is false for text it cannot read.
func capitalValue(s string) (fen int64, ok bool) {
	rest, ok := strings.CutPrefix(s, "人民币")
	if !ok {
		return 0, false
	}
	var total, section, num int64
	for _, r := range rest {
		switch d, isDigit := capitalDigitValues[r]; {
		case isDigit:
			num = d
		case capitalUnitValues[r] != 0:
			section += num * capitalUnitValues[r]
			num = 0
		case r == '万':
			total += (section + num) * 1e4
			section, num = 0, 0
		case r == '亿':
			total = (total + section + num) * 1e8
			section, num = 0, 0
		case r == '元':
			total = (total + section + num) * 100
			section, num = 0, 0
		case r == '角':
			total += num * 10
			num = 0
		case r == '分':
			total += num
			num = 0
		case r == '整':
		default:
			return 0, false
		}
	}
	return total + section + num, true
}

func FuzzUppercase(f *testing.F) {
	for _, s := range []string{"0", "0.05", "0.5", "16", "1409.5", "1680.32", "107000", "107000.53", "100010000",
		"1070007000.5", "999999999999.99", "1000000000000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, amount string) {
		m, err := fees.NewMoney(amount, "CNY")
		if err != nil {
			return
		}
		first, err := m.Uppercase()
		_, otherErr := m.UppercaseAlternative()
		if (err == nil) != (otherErr == nil) {
			t.Fatalf("Uppercase(%s): %v, UppercaseAlternative: %v", m, err, otherErr)
		}
		if err != nil {
			if !errors.Is(err, fees.ErrUppercase) || !errors.Is(otherErr, fees.ErrUppercase) {
				t.Fatalf("Uppercase(%s): unexpected errors %v, %v", m, err, otherErr)
			}
			return
		}
		other, _ := m.UppercaseAlternative()
		for _, got := range []string{first, other} {
			if v, ok := capitalValue(got); !ok || v != m.MinorUnits() {
				t.Fatalf("%s is written %q, which reads back as %d fen", m, got, v)
			}
			if !strings.HasSuffix(got, "整") && !strings.HasSuffix(got, "分") && !strings.HasSuffix(got, "角") {
				t.Fatalf("%s is written %q: ends with neither 整, 角 nor 分", m, got)
			}
			if strings.HasSuffix(got, "角整") || strings.HasSuffix(got, "分整") {
				t.Fatalf("%s is written %q: 整 after 角 or 分", m, got)
			}
			for _, bad := range []string{"零零", "零万", "零亿", "零角", "零分", "零整"} {
				if strings.Contains(got, bad) {
					t.Fatalf("%s is written %q, with %s", m, got, bad)
				}
			}
			if strings.Contains(got, "零元") && !m.IsZero() {
				t.Fatalf("%s is written %q, with 零元", m, got)
			}
		}
		// The forms differ only in where a 零 stands, and the first has at
		// most one more.
		if strings.ReplaceAll(first, "零", "") != strings.ReplaceAll(other, "零", "") {
			t.Fatalf("%s: %q and %q differ in more than 零", m, first, other)
		}
		if d := strings.Count(first, "零") - strings.Count(other, "零"); d < 0 || d > 1 {
			t.Fatalf("%s: %q and %q", m, first, other)
		}
	})
}
