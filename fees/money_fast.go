package fees

import "github.com/aftersales/certification/internal/jsonx"

// This file decodes a Money's JSON without reflection: a quote holds two
// amounts a line and three more, and an application document holds its
// quote twice, so that reading each amount through jsonx.Unmarshal
// (checked, decoded by reflection into a wire struct, then parsed as a
// decimal) was a tenth of the cost of decoding an application.
// decodeMoneyFast reads the form MarshalJSON writes,
// {"amount":"30210.00","currency":"CNY"}, in either member order; any other
// input, and every one that is not a valid Money, is left to the plain
// rule, which decodes it or says what is wrong. FuzzMoneyFast holds it to
// that rule. Unlike the other fast paths it is not a jsonx.Decoder's
// (WithFast): it makes the Money itself, without the wire form and its
// decimal parse.

// decodeMoneyFast returns the Money data holds when it is an object of an
// amount and a currency, each once and spelled exactly, both strings
// without escapes, the amount a plain decimal of at most 18 digits with at
// most the currency's places, and the Money within bounds. ok is false for
// anything else.
func decodeMoneyFast(data []byte) (m Money, ok bool) {
	s := jsonx.Scan(data)
	var amount, code []byte
	read := s.Object(func(key []byte) (uint64, bool) {
		var ok bool
		switch string(key) {
		case "amount":
			amount, ok = s.Text()
			return 1, ok
		case "currency":
			code, ok = s.Text()
			return 2, ok
		}
		return 0, false
	})
	if !read || !s.End() || amount == nil || code == nil {
		return Money{}, false
	}
	cur, ok := currencyOf(code)
	if !ok {
		return Money{}, false
	}
	units, ok := minorUnits(amount, int(currencies[cur].minor))
	if !ok || units >= currencies[cur].limit || units <= -currencies[cur].limit {
		return Money{}, false
	}
	return Money{units: units, cur: cur}, true
}

// currencyOf returns code's row in the currency table, as lookupCurrency
// does, without its error.
func currencyOf(code []byte) (uint8, bool) {
	for i := 1; i < len(currencies); i++ {
		if currencies[i].code == string(code) {
			return uint8(i), true
		}
	}
	return 0, false
}

// minorUnits reads amount, -?digits(.digits)? with at most places decimal
// places, in minor units of a currency with places decimal places:
// "30210.5", 2 → 3021050. ok is false for anything else, and for an amount
// of more than 18 digits in minor units (which would not fit).
func minorUnits(amount []byte, places int) (units int64, ok bool) {
	neg := len(amount) > 0 && amount[0] == '-'
	if neg {
		amount = amount[1:]
	}
	digits, point := 0, -1
	for i, c := range amount {
		switch {
		case c >= '0' && c <= '9':
			units = units*10 + int64(c-'0')
			digits++
		case c == '.' && point < 0 && i > 0:
			point = i
		default:
			return 0, false
		}
	}
	given := 0
	if point >= 0 {
		given = len(amount) - point - 1
	}
	if digits == 0 || given == 0 && point >= 0 || given > places || digits+places-given > 18 {
		return 0, false
	}
	for range places - given {
		units *= 10
	}
	if neg {
		units = -units
	}
	return units, true
}
