package quotation

import (
	"slices"

	"github.com/aftersales/certification/fees"
)

// cloneRequest returns r with slices of its own, so that a caller cannot
// change a quotation through what it returns.
func cloneRequest(r fees.Request) fees.Request {
	r.Adjustments = slices.Clone(r.Adjustments)
	return r
}

// cloneQuote returns q with slices of its own.
func cloneQuote(q fees.Quote) fees.Quote {
	q.Lines = slices.Clone(q.Lines)
	q.Effort.Basis = slices.Clone(q.Effort.Basis)
	return q
}

// lineNames returns the name of a quote line in Chinese and in English, as a
// quotation shows it and as a comparison tells lines apart.
func lineNames(l fees.Line) (chinese, english string) {
	return l.Item.Chinese(), l.Item.English()
}
