package application

import (
	"reflect"

	"github.com/aftersales/certification/internal/jsonx"
)

// Hooks for the external tests of document_fast.go.

// FastRead is what the fast reader and the plain rule make of a document.
type FastRead struct {
	Read  bool  // decodeDocumentFast read it
	Plain error // the plain rule's error, when the fast reader read it
	Same  bool  // both read it to deeply equal wires
	// The stated parts are the values of the latest accept and submit
	// steps, not decoded again.
	SharedRequest, SharedQuote, SharedMaterials bool
}

// ReadFast reads data with decodeDocumentFast and, when it reads it, with
// the plain rule.
func ReadFast(data []byte) FastRead {
	var fast applicationWire
	if !decodeDocumentFast(data, &fast) {
		return FastRead{}
	}
	r := FastRead{Read: true}
	var plain applicationWire
	if r.Plain = jsonx.Decode(data, &plain); r.Plain != nil {
		return r
	}
	r.Same = reflect.DeepEqual(fast, plain)
	if fast.History == nil {
		return r
	}
	for _, rec := range *fast.History {
		if rec.Quote != nil {
			r.SharedRequest, r.SharedQuote = rec.Request == fast.Request, rec.Quote == fast.Quote
		}
		if len(rec.Materials) > 0 {
			r.SharedMaterials = len(fast.Materials) > 0 && &rec.Materials[0] == &fast.Materials[0]
		}
	}
	return r
}

// DecodePlain is Decode's plain rule.
var DecodePlain = decodePlain
