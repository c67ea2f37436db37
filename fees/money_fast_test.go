package fees

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/aftersales/certification/internal/jsonx"
)

// moneySeeds are Money documents, in the plain form or not, valid or not.
var moneySeeds = []string{
	`{"amount":"30210.00","currency":"CNY"}`, `{"currency":"CNY","amount":"-12.5"}`, `{"amount":"1200","currency":"JPY"}`,
	`{"amount":"0.001","currency":"KWD"}`, ` { "amount" : "7" , "currency" : "USD" } `, `{"amount":"-0","currency":"EUR"}`,
	`{"amount":"007.10","currency":"CNY"}`, `{"amount":"999999999999999.99","currency":"CNY"}`,
	`{"amount":"1000000000000000","currency":"CNY"}`, `{"amount":"999999999999999.999","currency":"KWD"}`,
	`{"amount":"999999999999999999","currency":"KWD"}`, `{"amount":"1.000","currency":"CNY"}`, `{"amount":"1.","currency":"CNY"}`,
	`{"amount":".5","currency":"CNY"}`, `{"amount":"+1","currency":"CNY"}`, `{"amount":"1e3","currency":"CNY"}`,
	`{"amount":1,"currency":"CNY"}`, `{"amount":"1","currency":"cny"}`, `{"amount":"1","currency":"C\u004eY"}`,
	`{"amount":"1","currency":"CNY","amount":"2"}`, `{"amount":"1","currency":"CNY","note":""}`, `{"Amount":"1","currency":"CNY"}`,
	`{"amount":"1"}`, `{"currency":"CNY"}`, `{}`, `null`, `[]`, `{"amount":null,"currency":"CNY"}`,
	`{"amount":"1","currency":"CNY"} {}`, `{"amount":"1","currency":"CNY"`, `{"amount":"1","currency":"CNY",}`,
	"{\"amount\":\"1\",\"currency\":\"CN\xff\"}",
}

// plainMoney is the plain rule decodeMoneyFast stands in for.
func plainMoney(data []byte) (Money, error) {
	var m Money
	err := jsonx.Unmarshal(data, ErrInvalidAmount, (*moneyWire).money, &m)
	return m, err
}

// TestMoneyFastReadsWhatMarshalWrites: every Money MarshalJSON writes takes
// the fast path, to the same Money.
func TestMoneyFastReadsWhatMarshalWrites(t *testing.T) {
	for _, m := range []Money{
		MustNewMoney("30210", "CNY"), MustNewMoney("-0.05", "CNY"), MustNewMoney("999999999999999.99", "CNY"),
		MustNewMoney("-999999999999999.999", "KWD"), MustNewMoney("1200", "JPY"), MustNewMoney("0", "USD"),
	} {
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		if got, ok := decodeMoneyFast(data); !ok || got != m {
			t.Errorf("%s: fast path %v %v, want %v", data, got, ok, m)
		}
	}
}

// FuzzMoneyFast holds decodeMoneyFast to the plain rule: whatever it reads,
// the plain rule reads to the same Money; and UnmarshalJSON gives the same
// Money, or the same error, as the plain rule.
func FuzzMoneyFast(f *testing.F) {
	for _, s := range moneySeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if fast, ok := decodeMoneyFast(data); ok {
			plain, err := plainMoney(data)
			if err != nil || plain != fast {
				t.Fatalf("%q: fast path %v, plain rule %v %v", data, fast, plain, err)
			}
		}
		if string(data) == "null" {
			return // the method leaves the Money as it is; the plain rule refuses a null document
		}
		var viaMethod Money
		errMethod := viaMethod.UnmarshalJSON(data)
		plain, errPlain := plainMoney(data)
		if (errMethod == nil) != (errPlain == nil) || viaMethod != plain ||
			errMethod != nil && errMethod.Error() != errPlain.Error() {
			t.Fatalf("%q: UnmarshalJSON %v %v, plain rule %v %v", data, viaMethod, errMethod, plain, errPlain)
		}
	})
}

// TestFastPathsRefuseOversized: a document larger than jsonx.MaxSize is
// refused whole, as the plain rule refuses it, even when it is a Money or
// a quote padded with white space (the fast paths once read it).
func TestFastPathsRefuseOversized(t *testing.T) {
	pad := strings.Repeat(" ", jsonx.MaxSize)
	var m Money
	err := json.Unmarshal([]byte(`{"amount":"1.00",`+pad+`"currency":"CNY"}`), &m)
	if !errors.Is(err, ErrInvalidAmount) || !m.IsZero() {
		t.Fatalf("Money: %v, %v; want an ErrInvalidAmount and m unchanged", m, err)
	}
	var q Quote
	if err := json.Unmarshal([]byte(`{"part":"initial"`+pad+`}`), &q); !errors.Is(err, ErrInvalidQuote) {
		t.Fatalf("Quote: %v; want an ErrInvalidQuote", err)
	}
}
