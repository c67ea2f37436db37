package fees

import (
	"strings"

	"github.com/aftersales/certification/internal/errs"
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
// do, in the first form the payment settlement rules print (see the package
// documentation, # Chinese capitals): 1680.32 CNY is
// 人民币壹仟陆佰捌拾元零叁角贰分, 107000.53 CNY is 人民币壹拾万柒仟元零伍角叁分.
//
// Errors ([ErrUppercase]): a currency other than CNY (the zero Money
// included), a negative amount, and an amount of 1 万亿 or more.
func (m Money) Uppercase() (string, error) { return m.uppercase(false) }

// UppercaseAlternative is [Money.Uppercase] in the other form the payment
// settlement rules print, which differs only where they allow a 零 or not:
// 1680.32 CNY is 人民币壹仟陆佰捌拾元叁角贰分, 107000.53 CNY is
// 人民币壹拾万零柒仟元伍角叁分. Its errors are those of Uppercase.
func (m Money) UppercaseAlternative() (string, error) { return m.uppercase(true) }

// Optional zeros: the places where the rules allow a 零 or not, one bit
// each, the lowest place in the lowest bit.
const (
	optYuan = 1 << iota // 元 is 0 after a non-zero digit, 角 is not
	optWan              // 万 is 0, 千 is not, and a digit stands above 万
	optYi               // 亿 is 0, 千万 is not, and a digit stands above 亿
)

// uppercase writes m in the first form, or in the other form when other is
// set.
func (m Money) uppercase(other bool) (string, error) {
	switch {
	case m.Currency() != "CNY":
		return "", errs.New(ErrUppercase, "", "%s is not CNY", m)
	case m.units < 0:
		return "", errs.New(ErrUppercase, "", "%s is negative", m)
	case m.units >= uppercaseLimit:
		return "", errs.New(ErrUppercase, "", "%s is 1 万亿 or more", m)
	}
	yuan, jiao, fen := m.units/100, m.units/10%10, m.units%10
	var b strings.Builder
	b.Grow(96)
	b.WriteString("人民币")
	if yuan == 0 && jiao == 0 && fen == 0 {
		b.WriteString("零元整")
		return b.String(), nil
	}
	write := writtenZeros(optionalZeros(yuan, jiao), other)
	if yuan > 0 {
		writeYuan(&b, yuan, write)
		b.WriteString("元")
	}
	switch {
	case jiao == 0 && fen == 0:
		b.WriteString("整")
		return b.String(), nil
	case yuan > 0 && jiao == 0:
		// A zero at 角 before 分: the rules require one 零 after 元.
		b.WriteString("零")
	case write&optYuan != 0:
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

// optionalZeros returns the places of yuan and jiao where the rules allow a
// 零 or not.
func optionalZeros(yuan, jiao int64) int {
	opt := 0
	if yuan >= 1e9 && yuan/1e8%10 == 0 && yuan/1e7%10 != 0 {
		opt |= optYi
	}
	if yuan >= 1e5 && yuan/1e4%10 == 0 && yuan/1e3%10 != 0 {
		opt |= optWan
	}
	if yuan > 0 && yuan%10 == 0 && jiao != 0 {
		opt |= optYuan
	}
	return opt
}

// writtenZeros returns which of the optional zeros opt are written: the
// last one (the lowest place, the lowest bit) in the first form; in the
// other form none when there is one, and the first one (the highest place)
// when there are several.
func writtenZeros(opt int, other bool) int {
	last := opt & -opt
	switch {
	case !other:
		return last
	case opt == last:
		return 0
	}
	first := opt
	for first&(first-1) != 0 {
		first &= first - 1
	}
	return first
}

// writeYuan writes 0 < n < 10^12 in capitals, without 元. A run of zeros
// before a non-zero digit is one 零, except the optional zeros at 亿 and 万
// that write leaves out.
func writeYuan(b *strings.Builder, n int64, write int) {
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
				switch {
				case p == 7 && digits[8] == 0 && write&optYi == 0: // the optional zero at 亿, left out
				case p == 3 && digits[4] == 0 && write&optWan == 0: // the optional zero at 万, left out
				default:
					b.WriteString("零")
				}
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
