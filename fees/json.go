package fees

import (
	"encoding/json"

	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/shopspring/decimal"
)

// decimalSpec bounds every decimal a document of this package holds before
// its own rule checks it: below 10^9, with at most 10 decimal places.
var decimalSpec = dec.Spec{Int: 9, Places: 10, Signed: true}

// decoder reads the fields of one document of a kind (a schedule, a
// request, a quote) and collects their problems, each matching kind and
// naming the field.
type decoder struct {
	kind error
	list errs.List
}

// missing reports a required field left out or null.
func (d *decoder) missing(field string) { d.list.Missing(d.kind, field) }

// isNull reports whether raw is a field left out or written null.
func isNull(raw json.RawMessage) bool { return len(raw) == 0 || string(raw) == "null" }

// decimal reads a required decimal, written as a JSON string or number.
func (d *decoder) decimal(field string, lit *dec.Literal, dst *decimal.Decimal) {
	*dst = decimalSpec.Read(lit, d.kind, field, &d.list)
}

// required reads a required value of a plain type.
func required[T any](d *decoder, field string, src *T, dst *T) {
	if src == nil {
		d.missing(field)
		return
	}
	*dst = *src
}

// code reads a required enum code with parse.
func code[T any](d *decoder, field string, src *string, parse func(string) (T, error), dst *T) {
	if src == nil {
		d.missing(field)
		return
	}
	v, err := parse(*src)
	d.list.Wrap(d.kind, field, err)
	if err == nil {
		*dst = v
	}
}

// value reads a required value of a plain type (a string, a bool) into dst.
func (d *decoder) value(field string, raw json.RawMessage, dst any) {
	if isNull(raw) {
		d.missing(field)
		return
	}
	d.list.Wrap(d.kind, field, jsonx.Decode(raw, dst))
}

// unmarshal reads a required value with its own UnmarshalJSON (a Money, an
// effort, a time table), which leaves dst as it was on error.
func (d *decoder) unmarshal(field string, raw json.RawMessage, dst json.Unmarshaler) {
	if isNull(raw) {
		d.missing(field)
		return
	}
	d.list.Wrap(d.kind, field, dst.UnmarshalJSON(raw))
}

// standards reads a list of standards' codes, each once, into a set.
func (d *decoder) standards(field string, codes []string, dst *StandardSet) {
	if len(codes) > len(Standards()) {
		d.list.New(d.kind, field, "%d; there are %d standards", len(codes), len(Standards()))
		return
	}
	var set StandardSet
	for i, c := range codes {
		s, err := ParseStandard(c)
		if err != nil {
			d.list.Wrap(d.kind, errs.Index(field, i), err)
			continue
		}
		if set.Has(s) {
			d.list.New(d.kind, errs.Index(field, i), "%s again; a set names each standard once", s)
		}
		set |= setOf(s)
	}
	*dst = set
}
