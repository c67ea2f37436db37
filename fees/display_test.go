package fees_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/aftersales/certification/fees"
)

func TestDisplay(t *testing.T) {
	cases := []struct {
		name, amount, code, grouped, symbol, withCode string
	}{
		{"the brief's total", "55650", "CNY", "55,650.00", "¥55,650.00", "CNY 55,650.00"},
		{"below a thousand", "999.99", "CNY", "999.99", "¥999.99", "CNY 999.99"},
		{"exactly a thousand", "1000", "CNY", "1,000.00", "¥1,000.00", "CNY 1,000.00"},
		{"a million", "1234567.8", "CNY", "1,234,567.80", "¥1,234,567.80", "CNY 1,234,567.80"},
		{"the largest", "999999999999999.99", "CNY", "999,999,999,999,999.99", "¥999,999,999,999,999.99", "CNY 999,999,999,999,999.99"},
		{"zero", "0", "CNY", "0.00", "¥0.00", "CNY 0.00"},
		{"a fen", "0.01", "CNY", "0.01", "¥0.01", "CNY 0.01"},
		{"negative", "-1234.5", "CNY", "-1,234.50", "-¥1,234.50", "-CNY 1,234.50"},
		{"negative below a yuan", "-0.05", "CNY", "-0.05", "-¥0.05", "-CNY 0.05"},
		{"negative and a thousand", "-1000", "CNY", "-1,000.00", "-¥1,000.00", "-CNY 1,000.00"},
		{"yen: no places", "1200", "JPY", "1,200", "JP¥1,200", "JPY 1,200"},
		{"won: no places, negative", "-1234567", "KRW", "-1,234,567", "-₩1,234,567", "-KRW 1,234,567"},
		{"dinar: three places, no symbol", "1234.567", "KWD", "1,234.567", "KWD 1,234.567", "KWD 1,234.567"},
		{"dinar below one", "0.005", "KWD", "0.005", "KWD 0.005", "KWD 0.005"},
		{"negative rial", "-1000000.001", "OMR", "-1,000,000.001", "-OMR 1,000,000.001", "-OMR 1,000,000.001"},
		{"dollars", "1800", "USD", "1,800.00", "US$1,800.00", "USD 1,800.00"},
		{"euros", "12345.6", "EUR", "12,345.60", "€12,345.60", "EUR 12,345.60"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := fees.MustNewMoney(tc.amount, tc.code)
			assert.Equal(t, tc.grouped, m.Grouped())
			assert.Equal(t, tc.symbol, m.WithSymbol())
			assert.Equal(t, tc.withCode, m.WithCode())
		})
	}
	t.Run("the zero Money", func(t *testing.T) {
		var z fees.Money
		assert.Equal(t, "0.00", z.Grouped())
		assert.Equal(t, "0.00", z.WithSymbol())
		assert.Equal(t, "0.00", z.WithCode())
	})
}

// FuzzDisplay checks the grouped form against the plain one for any amount
// of any currency: the same digits, a comma before each group of three
// integer digits and nowhere else, and the symbol or code after the sign.
func FuzzDisplay(f *testing.F) {
	for _, u := range []int64{0, 1, -1, 999, 1000, -1000, 123456789, 99_999_999_999_999_999, -99_999_999_999_999_999} {
		f.Add(u, uint8(0))
	}
	codes := fees.Currencies()
	f.Fuzz(func(t *testing.T, units int64, pick uint8) {
		m, err := fees.MoneyFromMinor(units, codes[int(pick)%len(codes)])
		if err != nil {
			return
		}
		plain, code, _ := strings.Cut(m.String(), " ")
		grouped := m.Grouped()
		if strings.ReplaceAll(grouped, ",", "") != plain {
			t.Fatalf("%s: grouped %q", m, grouped)
		}
		whole, _, _ := strings.Cut(strings.TrimPrefix(grouped, "-"), ".")
		for i, group := range strings.Split(whole, ",") {
			if len(group) > 3 || (i > 0 && len(group) != 3) || group == "" {
				t.Fatalf("%s: grouped %q", m, grouped)
			}
		}
		sign, digits := "", grouped
		if m.IsNegative() {
			sign, digits = "-", grouped[1:]
		}
		if got := m.WithCode(); got != sign+code+" "+digits {
			t.Fatalf("%s: WithCode %q", m, got)
		}
		if got := m.WithSymbol(); !strings.HasPrefix(got, sign) || !strings.HasSuffix(got, digits) {
			t.Fatalf("%s: WithSymbol %q", m, got)
		}
	})
}
