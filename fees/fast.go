package fees

// This file holds the package's allocation-saving code: the audit time of a
// time table's bands worked out once for a Quoter, writers that append to a
// buffer instead of building strings, and the codes of the enums they write
// taken once from the enums. Each has an equivalence test against the plain
// rule it stands in for (fast_test.go). An effort is checked and written by
// the audit package.

import (
	"slices"
	"strconv"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// bandEfforts is the audit time of each band of a time table for one site
// and no adjustments: efforts[i] for personnel up to tops[i].
type bandEfforts struct {
	tops    []int // each band's last personnel, in order
	efforts []audit.Effort
}

// newBandEfforts works out the audit time of each band of t for one site
// and no adjustments, as t.MultiSiteEffort gives it for the band's first
// personnel. It gives none when, for some band, the first and the last
// personnel get different efforts (then the effort depends on more than the
// band, and every quote asks the table).
func newBandEfforts(t audit.TimeTable) bandEfforts {
	var b bandEfforts
	for _, band := range t.Config().Bands {
		first, err := t.MultiSiteEffort(band.From, 1)
		if err != nil {
			return bandEfforts{}
		}
		if last, err := t.MultiSiteEffort(band.To, 1); err != nil || !last.Equal(first) {
			return bandEfforts{}
		}
		b.tops = append(b.tops, band.To)
		b.efforts = append(b.efforts, first)
	}
	return b
}

// bandEffort returns the effort of r from the bands, with its own copy of
// the basis; ok is false when r has more than one site or adjustments, or
// personnel outside the bands.
func (p *pricing) bandEffort(r *Request) (e audit.Effort, ok bool) {
	if len(p.bands.tops) == 0 || r.Sites > 1 || len(r.Adjustments) > 0 || r.Personnel < 1 {
		return audit.Effort{}, false
	}
	i, _ := slices.BinarySearch(p.bands.tops, r.Personnel)
	if i == len(p.bands.tops) {
		return audit.Effort{}, false
	}
	e = p.bands.efforts[i]
	e.Basis = slices.Clone(e.Basis)
	return e, true
}

// checkQuantity is quantitySpec.Check: what is wrong with a quantity, nil
// when nothing. A decimal whose exponent and digits alone keep it within
// the limits is let through without counting its trailing zeros.
func checkQuantity(d decimal.Decimal) error {
	if exp := int(d.Exponent()); exp <= 0 && -exp <= quantitySpec.Places && d.NumDigits()+exp <= quantitySpec.Int {
		return nil
	}
	return quantitySpec.Check(d)
}

// isOne reports whether d is 1 written as decOne is, without the allocation
// of decimal's Equal.
func isOne(d decimal.Decimal) bool {
	return d.Exponent() == 0 && d.NumDigits() == 1 && d.CoefficientInt64() == 1
}

// appendDecimal appends d as d.String() writes it ("8.5", "3", "-12.5"),
// without allocating for the small values quotes hold, and "0" for any zero
// (which String writes with as many places as its exponent has, a billion
// for decimal.New(0, -1e9)).
func appendDecimal(b []byte, d decimal.Decimal) []byte {
	switch {
	case d.Sign() == 0: // String would write out the places of a zero's exponent
		return append(b, '0')
	case isOne(d): // a fee's quantity
		return append(b, '1')
	}
	exp := d.Exponent()
	if exp > 0 || exp < -18 || d.NumDigits() > 18 {
		return append(b, d.String()...)
	}
	c := d.CoefficientInt64()
	if c < 0 {
		b = append(b, '-')
		c = -c
	}
	places := int(-exp)
	for places > 0 && c%10 == 0 { // trim trailing zeros, as String does
		c /= 10
		places--
	}
	var digits [24]byte
	return appendPoint(b, strconv.AppendInt(digits[:0], c, 10), places)
}

// appendPoint appends the digits ds of a whole number with a decimal point
// before the last places of them, and zeros before them where they are
// fewer: "85", 1 → "8.5"; "6", 2 → "0.06"; "3", 0 → "3".
func appendPoint(b, ds []byte, places int) []byte {
	if len(ds) <= places {
		b = append(b, '0', '.')
		for i := len(ds); i < places; i++ {
			b = append(b, '0')
		}
		return append(b, ds...)
	}
	cut := len(ds) - places
	b = append(b, ds[:cut]...)
	if places > 0 {
		b = append(append(b, '.'), ds[cut:]...)
	}
	return b
}

// The fragments of JSON that the quote writer appends whole, indexed by
// value (0, unknown, is ""), taken once from the enums' own codes and the
// currency table, so that the writer neither checks an enum value nor
// appends a code and its quotes piece by piece.
var (
	partCode     = enumCodes(Parts(), "", "")
	itemField    = enumCodes(Items(), `{"item":"`, `"`)                // {"item":"initial_audit"
	unitField    = enumCodes(Units(), `","unit":"`, `","unit_price":`) // ","unit":"person_day","unit_price":
	standardCode = enumCodes(Standards(), `"`, `"`)                    // "iso9001"
	currencyTail = func() (tails [len(currencies)]string) {            // ","currency":"CNY"}
		for i, c := range currencies[1:] {
			tails[i+1] = `","currency":"` + c.code + `"}`
		}
		return tails
	}()
)

// enumCodes returns the codes of values between before and after, indexed
// by value.
func enumCodes[T interface {
	~uint8
	String() string
}](values []T, before, after string) []string {
	codes := make([]string, len(values)+1)
	for _, v := range values {
		codes[v] = before + v.String() + after
	}
	return codes
}

// codeOf returns the code of value v from codes, "" for a value it has not.
func codeOf[T ~uint8](codes []string, v T) string {
	if int(v) >= len(codes) {
		return ""
	}
	return codes[v]
}

// appendQuote appends the JSON form of a valid quote, as encoding/json
// writes it from the fields of [Quote.MarshalJSON]'s documentation, with
// efforts the JSON of its effort, or of each of its audits' in a bundle, as
// [audit.Effort.MarshalJSON] writes it.
func appendQuote(b []byte, q *Quote, efforts [][]byte) []byte {
	b = append(append(append(b, `{"part":"`...), codeOf(partCode, q.Part)...), `","currency":"`...)
	b = append(append(b, q.Currency...), `","lines":[`...)
	for i := range q.Lines {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendLine(b, &q.Lines[i])
	}
	b = q.Net.appendJSON(append(b, `],"net":`...))
	b = appendDecimal(append(b, `,"vat_rate":"`...), q.VATRate)
	b = strconv.AppendBool(append(b, `","vat_included":`...), q.VATIncluded)
	b = q.VAT.appendJSON(append(b, `,"vat":`...))
	b = q.Total.appendJSON(append(b, `,"total":`...))
	if len(q.Audits) == 0 {
		return append(append(append(b, `,"effort":`...), efforts[0]...), '}')
	}
	b = append(b, `,"audits":[`...)
	for i := range q.Audits {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendAudit(b, &q.Audits[i], efforts[i])
	}
	return append(b, "]}"...)
}

// appendLine appends the JSON form of a line.
func appendLine(b []byte, l *Line) []byte {
	b = append(b, codeOf(itemField, l.Item)...)
	if l.Standards != 0 {
		b = appendStandards(append(b, `,"standards":`...), l.Standards)
	}
	b = append(b, `,"year":`...)
	if l.Year >= 0 && l.Year <= 9 {
		b = append(b, byte('0'+l.Year))
	} else {
		b = strconv.AppendInt(b, int64(l.Year), 10)
	}
	b = appendDecimal(append(b, `,"quantity":"`...), l.Quantity)
	b = l.UnitPrice.appendJSON(append(b, codeOf(unitField, l.Unit)...))
	b = l.Amount.appendJSON(append(b, `,"amount":`...))
	if l.Label != nil {
		b = jsonx.AppendString(append(b, `,"label":{"chinese":`...), l.Label.Chinese)
		b = append(jsonx.AppendString(append(b, `,"english":`...), l.Label.English), '}')
	}
	if l.Discountable {
		b = append(b, `,"discountable":true`...)
	}
	return append(b, '}')
}

// appendStandards appends the codes of s as a JSON list.
func appendStandards(b []byte, s StandardSet) []byte {
	b = append(b, '[')
	for rest := s; rest != 0; rest = rest.rest() {
		if rest != s {
			b = append(b, ',')
		}
		b = append(b, codeOf(standardCode, rest.first())...)
	}
	return append(b, ']')
}

// appendAudit appends the JSON form of an audit of a bundle, with effort,
// the JSON of its effort.
func appendAudit(b []byte, a *BundleAudit, effort []byte) []byte {
	b = appendStandards(append(b, `{"standards":`...), a.Standards)
	if !a.Integration.Equal(audit.Integration{}) {
		b = appendIntegration(append(b, `,"integration":`...), a.Integration)
	}
	return append(append(append(b, `,"effort":`...), effort...), '}')
}

// appendIntegration appends the JSON form of an integration: the reduction
// as a decimal string, the reason when there is one.
func appendIntegration(b []byte, g audit.Integration) []byte {
	b = append(appendDecimal(append(b, `{"reduction":"`...), g.Reduction), '"')
	if g.Reason != "" {
		b = jsonx.AppendString(append(b, `,"reason":`...), g.Reason)
	}
	return append(b, '}')
}
