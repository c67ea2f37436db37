package fees

// Grouped returns the amount as a table shows it, with exactly the
// currency's places and thousands separators: "55,650.00", "-1,234.50",
// "1,200" for JPY, "1,234.567" for KWD (see the package documentation,
// # Display). The zero Money is "0.00".
func (m Money) Grouped() string {
	var buf [40]byte
	return string(m.appendGrouped(buf[:0]))
}

// WithSymbol returns the amount grouped as [Money.Grouped] writes it, after
// the currency's symbol and any minus sign: "¥55,650.00", "-¥1,234.50",
// "US$1,200.00", "JP¥1,200". A currency without a symbol of its own is
// written as [Money.WithCode] writes it; the zero Money is "0.00".
func (m Money) WithSymbol() string {
	sym := currencies[m.cur].symbol
	if sym == "" {
		return m.WithCode()
	}
	return m.withPrefix(sym)
}

// WithCode returns the amount grouped as [Money.Grouped] writes it, after
// the ISO 4217 code, a space and any minus sign: "CNY 55,650.00",
// "-CNY 1,234.50", "KWD 1,234.567". The zero Money is "0.00".
func (m Money) WithCode() string {
	if m.cur == 0 {
		return m.Grouped()
	}
	return m.withPrefix(currencies[m.cur].code + " ")
}

// withPrefix writes the minus sign, then prefix, then the grouped digits.
func (m Money) withPrefix(prefix string) string {
	var buf [48]byte
	b := buf[:0]
	if m.units < 0 {
		b = append(b, '-')
		m = m.Neg()
	}
	return string(m.appendGrouped(append(b, prefix...)))
}

// appendGrouped appends the amount with exactly the currency's places and a
// comma between each group of three integer digits.
func (m Money) appendGrouped(b []byte) []byte {
	var buf [32]byte
	fixed := m.appendFixed(buf[:0])
	if fixed[0] == '-' {
		b = append(b, '-')
		fixed = fixed[1:]
	}
	whole := len(fixed)
	if m.places() > 0 {
		whole -= m.places() + 1
	}
	for i := 0; i < whole; i++ {
		if i > 0 && (whole-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, fixed[i])
	}
	return append(b, fixed[whole:]...)
}
