package quotation

import (
	"encoding/json"
	"strconv"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/jsonx"
)

// This file writes a quotation's JSON by appending to one buffer: each part
// as its own MarshalJSON method writes it, the rest beside it. Encoding the
// wire struct with json.Marshal gives the same bytes
// (TestAppendQuotationIsMarshal) but checks and compacts each part's bytes
// again, which cost six times what the parts themselves do.

// appendQuotation returns the JSON of q, whose ID is not nil.
func appendQuotation(q *Quotation) ([]byte, error) {
	keys := [...]string{`,"customer":`, `,"schedule":`, `,"request":`, `,"quote":`}
	var parts [len(keys)][]byte
	size := 200 + 60*len(q.subtotals) + len(q.words) // the members beside the parts
	for i, part := range [...]json.Marshaler{q.inquiry.Customer, q.schedule, q.inquiry.Request, q.quote} {
		var err error
		if parts[i], err = part.MarshalJSON(); err != nil {
			return nil, err
		}
		size += len(parts[i])
	}
	b := append(make([]byte, 0, size), `{"id":"`...)
	b = append(append(append(b, q.id.String()...), `","number":"`...), q.Number()...)
	b = append(append(b, `","issued_on":"`...), calendar.Format(q.issuedOn)...)
	b = append(append(b, `","valid_until":"`...), calendar.Format(q.inquiry.ValidUntil)...)
	b = append(b, '"')
	for i, key := range keys {
		b = append(append(b, key...), parts[i]...)
	}
	b = append(b, `,"subtotals":[`...)
	for i, s := range q.subtotals {
		if i > 0 {
			b = append(b, ',')
		}
		amount, err := s.Amount.MarshalJSON()
		if err != nil {
			return nil, err
		}
		b = append(strconv.AppendInt(append(b, `{"year":`...), int64(s.Year), 10), `,"amount":`...)
		b = append(append(b, amount...), '}')
	}
	b = append(b, ']')
	if q.words != "" {
		b = jsonx.AppendString(append(b, `,"total_in_words":`...), q.words)
	}
	return append(b, '}'), nil
}
