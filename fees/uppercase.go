package fees

import (
	"fmt"
	"strings"
)

// Chinese capitals of the payment settlement rules [PBOC].
var (
	capitalDigits = [10]string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}
	capitalUnits  = [4]string{"", "拾", "佰", "仟"}
	capitalGroups = [3]string{"", "万", "亿"}
)

// uppercaseLimit is 1 万亿 (10^12 yuan) in fen: the first amount that cannot
// be written.
const uppercaseLimit = 1_000_000_000_000_00

// Uppercase writes a CNY amount in Chinese capitals as cheques and invoices
// do, following the payment settlement rules (支付结算办法, 附件一) [PBOC]
// as restated in shared/DOMAIN.md §7:
//
//   - the prefix 人民币, the digits 零壹贰叁肆伍陆柒捌玖 and the units
//     拾佰仟万亿 and 元角分;
//   - 整 at the end when there are no jiao and no fen; an amount ending in
//     角 takes no 整, and one ending in 分 never does;
//   - a run of zeros between non-zero digits is written as one 零, and where
//     the rules allow 零 or not (a zero at 万 or 元 followed by a non-zero
//     digit) the 零 is written: 1680.32 is 人民币壹仟陆佰捌拾元零叁角贰分;
//   - a tens digit leading a group is written 壹拾: 16 is 人民币壹拾陆元整;
//   - an amount below one yuan has no 元: 0.05 is 人民币伍分; zero is
//     人民币零元整.
//
// Errors, each matching [ErrUppercase]: a currency other than CNY (the zero
// Money included), a negative amount, and an amount of 1 万亿 or more.
func (m Money) Uppercase() (string, error) {
	switch {
	case m.Currency() != "CNY":
		return "", fmt.Errorf("%w: %s is not CNY", ErrUppercase, m.String())
	case m.units < 0:
		return "", fmt.Errorf("%w: %s is negative", ErrUppercase, m.String())
	case m.units >= uppercaseLimit:
		return "", fmt.Errorf("%w: %s is 1 万亿 or more", ErrUppercase, m.String())
	}
	yuan, jiao, fen := m.units/100, m.units/10%10, m.units%10
	var b strings.Builder
	b.Grow(96)
	b.WriteString("人民币")
	if yuan == 0 && jiao == 0 && fen == 0 {
		b.WriteString("零元整")
		return b.String(), nil
	}
	if yuan > 0 {
		writeYuan(&b, yuan)
		b.WriteString("元")
	}
	switch {
	case jiao == 0 && fen == 0:
		b.WriteString("整")
		return b.String(), nil
	case yuan > 0 && (yuan%10 == 0 || jiao == 0):
		// A zero at 元 or at 角 before a non-zero fraction: one 零.
		b.WriteString("零")
	}
	if jiao > 0 {
		b.WriteString(capitalDigits[jiao])
		b.WriteString("角")
	}
	if fen > 0 {
		b.WriteString(capitalDigits[fen])
		b.WriteString("分")
	}
	return b.String(), nil
}

// writeYuan writes 0 < n < 10^12 in capitals, without 元.
func writeYuan(b *strings.Builder, n int64) {
	var digits [12]int8
	count := 0
	for v := n; v > 0; v /= 10 {
		digits[count] = int8(v % 10)
		count++
	}
	written, zero, groupHasDigit := false, false, false
	for p := count - 1; p >= 0; p-- {
		if d := digits[p]; d == 0 {
			zero = written
		} else {
			if zero {
				b.WriteString("零")
				zero = false
			}
			b.WriteString(capitalDigits[d])
			b.WriteString(capitalUnits[p%4])
			written, groupHasDigit = true, true
		}
		if p%4 == 0 && p > 0 {
			if groupHasDigit {
				b.WriteString(capitalGroups[p/4])
			}
			groupHasDigit = false
		}
	}
}
