package fees

import (
	"encoding/json"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/jsonx"
)

// This file reads a quote's JSON into its wire form without reflection: an
// application document holds its accepted quote, and reading it through
// jsonx.Decode (its keys, its syntax, then the wire filled by reflection)
// was a fifth of the cost of decoding an application. decodeQuoteFast
// reads the form MarshalJSON writes (the plain form jsonx.Scanner reads);
// any other input, and every malformed one, is left to the plain rule
// (quoteDecoder), which decodes it or says what is wrong. Either way the
// wire is then read by quoteWire.quote. FuzzQuoteFast holds it to that rule:
// whatever it reads, the plain rule reads to the same wire form.

// decodeQuoteFast reads data into w when it is one object of a quote's
// members, each at most once and spelled exactly, its codes and labels
// strings, its decimals strings, its amounts and efforts
// values in the plain form (jsonx.Scanner.Plain), with nothing but white
// space around it. ok is false for anything else, and w is then not to be
// used.
func decodeQuoteFast(data []byte, w *quoteWire) (ok bool) {
	s := jsonx.Scan(data)
	return s.Object(func(key []byte) (uint64, bool) { return quoteMember(&s, key, w) }) && s.End()
}

// quoteMember reads the value of member key into w and returns the
// member's bit; ok is false for an unknown member or a value not in the
// plain form.
func quoteMember(s *jsonx.Scanner, key []byte, w *quoteWire) (bit uint64, ok bool) {
	switch string(key) {
	case "part":
		w.Part, ok = requiredText(s)
		return 1 << 0, ok
	case "currency":
		w.Currency, ok = requiredText(s)
		return 1 << 1, ok
	case "lines":
		w.Lines, ok = quoteLines(s)
		return 1 << 2, ok
	case "net":
		w.Net, ok = rawMember(s)
		return 1 << 3, ok
	case "vat_rate":
		w.VATRate, ok = decimalText(s)
		return 1 << 4, ok
	case "vat_included":
		v, ok := s.Bool()
		w.VATIncluded = &v
		return 1 << 5, ok
	case "vat":
		w.VAT, ok = rawMember(s)
		return 1 << 6, ok
	case "total":
		w.Total, ok = rawMember(s)
		return 1 << 7, ok
	case "effort":
		w.Effort, ok = rawMember(s)
		return 1 << 8, ok
	case "audits":
		w.Audits, ok = bundleAudits(s)
		return 1 << 9, ok
	}
	return 0, false
}

// quoteLines reads the array of a quote's lines.
func quoteLines(s *jsonx.Scanner) ([]lineWire, bool) {
	return jsonx.Objects(s, func(key []byte, l *lineWire) (uint64, bool) { return lineMember(s, key, l) })
}

// lineMember reads the value of member key of a line into l.
func lineMember(s *jsonx.Scanner, key []byte, l *lineWire) (bit uint64, ok bool) {
	switch string(key) {
	case "item":
		l.Item, ok = requiredText(s)
		return 1 << 0, ok
	case "standards":
		l.Standards, ok = s.Strings()
		return 1 << 1, ok
	case "year":
		n, ok := s.Int()
		year := int(n)
		l.Year = &year
		return 1 << 2, ok && int64(year) == n
	case "quantity":
		l.Quantity, ok = decimalText(s)
		return 1 << 3, ok
	case "unit":
		l.Unit, ok = requiredText(s)
		return 1 << 4, ok
	case "unit_price":
		l.UnitPrice, ok = rawMember(s)
		return 1 << 5, ok
	case "amount":
		l.Amount, ok = rawMember(s)
		return 1 << 6, ok
	case "label":
		l.Label = new(labelWire)
		return 1 << 7, s.Object(func(key []byte) (uint64, bool) { return labelMember(s, key, l.Label) })
	case "discountable":
		l.Discountable, ok = s.Bool()
		return 1 << 8, ok
	}
	return 0, false
}

// labelMember reads the value of member key of a label into lb.
func labelMember(s *jsonx.Scanner, key []byte, lb *labelWire) (bit uint64, ok bool) {
	switch string(key) {
	case "chinese":
		lb.Chinese, ok = requiredText(s)
		return 1 << 0, ok
	case "english":
		lb.English, ok = requiredText(s)
		return 1 << 1, ok
	}
	return 0, false
}

// bundleAudits reads the array of a bundle's audits.
func bundleAudits(s *jsonx.Scanner) ([]auditWire, bool) {
	return jsonx.Objects(s, func(key []byte, a *auditWire) (uint64, bool) { return auditMember(s, key, a) })
}

// auditMember reads the value of member key of an audit into a.
func auditMember(s *jsonx.Scanner, key []byte, a *auditWire) (bit uint64, ok bool) {
	switch string(key) {
	case "standards":
		a.Standards, ok = s.Strings()
		return 1 << 0, ok
	case "integration":
		a.Integration = new(integrationWire)
		return 1 << 1, s.Object(func(key []byte) (uint64, bool) { return integrationMember(s, key, a.Integration) })
	case "effort":
		a.Effort, ok = rawMember(s)
		return 1 << 2, ok
	}
	return 0, false
}

// integrationMember reads the value of member key of an integration into g.
func integrationMember(s *jsonx.Scanner, key []byte, g *integrationWire) (bit uint64, ok bool) {
	switch string(key) {
	case "reduction":
		g.Reduction, ok = decimalText(s)
		return 1 << 0, ok
	case "reason":
		g.Reason, ok = s.String()
		return 1 << 1, ok
	}
	return 0, false
}

// requiredText reads a string member that is required.
func requiredText(s *jsonx.Scanner) (*string, bool) {
	v, ok := s.String()
	return &v, ok
}

// decimalText reads a decimal written as a string.
func decimalText(s *jsonx.Scanner) (*dec.Literal, bool) {
	v, ok := s.String()
	l := dec.Literal(v)
	return &l, ok
}

// rawMember reads a member kept raw, in the plain form.
func rawMember(s *jsonx.Scanner) (json.RawMessage, bool) {
	return s.Plain()
}
