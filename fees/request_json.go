package fees

import (
	"encoding/json"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/shopspring/decimal"
)

// adjustmentWire is an [audit.Adjustment] inside a request; both fields are
// required.
type adjustmentWire struct {
	Reason  *string      `json:"reason"`
	Percent *dec.Literal `json:"percent"`
}

// requestWire is a Request in JSON. personnel and part are required; the
// other fields may be left out or null, and then mean none.
type requestWire struct {
	Personnel   *int             `json:"personnel"`
	Sites       int              `json:"sites,omitempty"`
	Adjustments []adjustmentWire `json:"adjustments,omitempty"`
	Part        *string          `json:"part"`
	Travel      json.RawMessage  `json:"travel,omitempty"`
	Discount    *dec.Literal     `json:"discount,omitempty"`
	ExtraCopies int              `json:"extra_copies,omitempty"`
}

// MarshalJSON writes r with snake_case fields, integers as JSON numbers,
// decimals as strings, the part by its code and travel as a [Money] object:
//
//	{"personnel":120,"sites":1,"adjustments":[{"reason":"single process","percent":"-10"}],
//	 "part":"cycle","travel":{"amount":"1800.00","currency":"CNY"},"discount":"5",
//	 "extra_copies":2}
//
// personnel and part are always written, the other fields only when they
// are not zero or empty. A request that fails [Request.Validate] is an
// error, so that what is written can be read back.
func (r Request) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	part := r.Part.String()
	w := requestWire{Personnel: &r.Personnel, Sites: r.Sites, Part: &part, ExtraCopies: r.ExtraCopies}
	if !r.Discount.IsZero() {
		w.Discount = literal(r.Discount)
	}
	if r.Travel.cur != 0 {
		w.Travel = r.Travel.appendJSON(nil)
	}
	for _, a := range r.Adjustments {
		w.Adjustments = append(w.Adjustments, adjustmentWire{Reason: &a.Reason, Percent: literal(a.Percent)})
	}
	return json.Marshal(w)
}

// literal returns d as a JSON decimal string.
func literal(d decimal.Decimal) *dec.Literal {
	l := dec.Literal(appendDecimal(nil, d))
	return &l
}

// UnmarshalJSON reads what [Request.MarshalJSON] writes, strictly (see the
// package documentation, # JSON): personnel and part are required; sites,
// adjustments, travel, discount and extra_copies may be left out or null,
// and then mean none; an adjustment needs its reason and its percent. The
// discount and the percents may be JSON strings or numbers; travel is a
// [Money] object. The result is then checked with [Request.Validate]; what
// needs a schedule is left to the quote. Errors match [ErrInvalidRequest]
// and name the field. On error r is unchanged.
func (r *Request) UnmarshalJSON(data []byte) error {
	return decode(data, ErrInvalidRequest, (*requestWire).request, r)
}

// request reads the fields of w, reporting each that is missing or bad.
func (w *requestWire) request() (Request, error) {
	d := decoder{kind: ErrInvalidRequest}
	v := Request{Sites: w.Sites, ExtraCopies: w.ExtraCopies}
	required(&d, "personnel", w.Personnel, &v.Personnel)
	code(&d, "part", w.Part, ParsePart, &v.Part)
	if !isNull(w.Travel) {
		d.unmarshal("travel", w.Travel, &v.Travel)
	}
	if w.Discount != nil {
		d.decimal("discount", w.Discount, &v.Discount)
	}
	if len(w.Adjustments) > 0 {
		v.Adjustments = make([]audit.Adjustment, len(w.Adjustments))
	}
	for i, aw := range w.Adjustments {
		at := errs.Index("adjustments", i)
		required(&d, errs.Path(at, "reason"), aw.Reason, &v.Adjustments[i].Reason)
		d.decimal(errs.Path(at, "percent"), aw.Percent, &v.Adjustments[i].Percent)
	}
	return v, d.list.Err()
}
