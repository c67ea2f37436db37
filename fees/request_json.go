package fees

import (
	"encoding/json"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/internal/jsonx"
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
	Personnel   *int                 `json:"personnel"`
	Sites       int                  `json:"sites,omitempty"`
	Adjustments []adjustmentWire     `json:"adjustments,omitempty"`
	Part        *string              `json:"part"`
	Travel      json.RawMessage      `json:"travel,omitempty"`
	Discount    *dec.Literal         `json:"discount,omitempty"`
	ExtraCopies int                  `json:"extra_copies,omitempty"`
	Standards   []bundleStandardWire `json:"standards,omitempty"`
	Integration *integrationWire     `json:"integration,omitempty"`
	Custom      []customWire         `json:"custom,omitempty"`
}

// bundleStandardWire is a [BundleStandard]: the standard is required, the
// complexity ("" for none) and the adjustments optional.
type bundleStandardWire struct {
	Standard    *string          `json:"standard"`
	Complexity  string           `json:"complexity,omitempty"`
	Adjustments []adjustmentWire `json:"adjustments,omitempty"`
}

// customWire is a [CustomLine]: label, quantity and price are required,
// discountable is false when left out.
type customWire struct {
	Label        *labelWire      `json:"label"`
	Quantity     *dec.Literal    `json:"quantity"`
	Price        json.RawMessage `json:"price"`
	Discountable bool            `json:"discountable,omitempty"`
}

// MarshalJSON writes r with snake_case fields, integers as JSON numbers,
// decimals as strings, the part, standards and complexities by their codes
// and money as [Money] objects:
//
//	{"personnel":120,"sites":1,"adjustments":[{"reason":"single process","percent":"-10"}],
//	 "part":"cycle","travel":{"amount":"1800.00","currency":"CNY"},"discount":"5",
//	 "extra_copies":2,
//	 "standards":[{"standard":"after_sales"},{"standard":"iso14001","complexity":"medium",
//	   "adjustments":[…]}],
//	 "integration":{"reduction":"15","reason":"one management system"},
//	 "custom":[{"label":{"chinese":"加急费","english":"Expedited review"},"quantity":"1",
//	   "price":{"amount":"500.00","currency":"CNY"},"discountable":true}]}
//
// personnel and part are always written, the other fields only when they
// are not zero or empty (an integration whenever there is one, and a
// reason only when it is not empty). A request that fails
// [Request.Validate] is an error, so that what is written can be read
// back.
func (r Request) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	part := r.Part.String()
	w := requestWire{Personnel: &r.Personnel, Sites: r.Sites, Part: &part, ExtraCopies: r.ExtraCopies,
		Adjustments: adjustmentWires(r.Adjustments)}
	if !r.Discount.IsZero() {
		w.Discount = literal(r.Discount)
	}
	if r.Travel.cur != 0 {
		w.Travel = r.Travel.appendJSON(nil)
	}
	for _, b := range r.Standards {
		code := b.Standard.String()
		bw := bundleStandardWire{Standard: &code, Adjustments: adjustmentWires(b.Adjustments)}
		if b.Complexity != 0 {
			bw.Complexity = b.Complexity.String()
		}
		w.Standards = append(w.Standards, bw)
	}
	if g := r.Integration; g != nil {
		w.Integration = &integrationWire{Reduction: literal(g.Reduction), Reason: g.Reason}
	}
	for _, c := range r.Custom {
		w.Custom = append(w.Custom, customWire{Label: &labelWire{Chinese: &c.Label.Chinese, English: &c.Label.English},
			Quantity: literal(c.Quantity), Price: c.Price.appendJSON(nil), Discountable: c.Discountable})
	}
	return json.Marshal(w)
}

// adjustmentWires returns adjustments as JSON writes them; nil for none.
func adjustmentWires(adjustments []audit.Adjustment) []adjustmentWire {
	var out []adjustmentWire
	for _, a := range adjustments {
		out = append(out, adjustmentWire{Reason: &a.Reason, Percent: literal(a.Percent)})
	}
	return out
}

// literal returns d as a JSON decimal string.
func literal(d decimal.Decimal) *dec.Literal {
	l := dec.Literal(appendDecimal(nil, d))
	return &l
}

// requestDecoder is the jsonx.Decoder of a request, made once.
var requestDecoder = jsonx.NewDecoder(ErrInvalidRequest, (*requestWire).request)

// UnmarshalJSON reads what [Request.MarshalJSON] writes, strictly (see the
// package documentation, # JSON): personnel and part are required; sites,
// adjustments, travel, discount, extra_copies, standards, integration and
// custom may be left out or null, and then mean none; an adjustment needs
// its reason and its percent, a standard its code (its complexity and
// adjustments are optional), an integration its reduction (its reason is
// optional), a custom line its label with both names, its quantity and its
// price. The discount, the percents, the reduction and the quantities may
// be JSON strings or numbers; money is a [Money] object. The result is then
// checked with [Request.Validate]; what needs a schedule is left to the
// quote. Errors match [ErrInvalidRequest] and name the field. On error r is
// unchanged.
func (r *Request) UnmarshalJSON(data []byte) error {
	return requestDecoder.Unmarshal(data, r)
}

// request reads the fields of w, reporting each that is missing or bad, and
// checks the result with [Request.Validate].
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
	v.Adjustments = d.adjustments("adjustments", w.Adjustments)
	v.Standards = w.bundle(&d)
	if w.Integration != nil {
		v.Integration = new(audit.Integration)
		w.Integration.integration(&d, "integration", v.Integration)
	}
	v.Custom = w.custom(&d)
	if err := d.list.Err(); err != nil {
		return Request{}, err
	}
	return v, v.Validate()
}

// adjustments reads a list of adjustments at field; nil for none.
func (d *decoder) adjustments(field string, ws []adjustmentWire) []audit.Adjustment {
	if len(ws) == 0 {
		return nil
	}
	out := make([]audit.Adjustment, len(ws))
	for i, aw := range ws {
		at := errs.Index(field, i)
		required(d, errs.Path(at, "reason"), aw.Reason, &out[i].Reason)
		d.decimal(errs.Path(at, "percent"), aw.Percent, &out[i].Percent)
	}
	return out
}

// bundle reads the standards of a bundle; nil for none.
func (w *requestWire) bundle(d *decoder) []BundleStandard {
	switch n := len(w.Standards); {
	case n == 0:
		return nil
	case n > len(Standards()):
		d.list.New(ErrInvalidRequest, "standards", "%d; a bundle has at most %d, each standard once", n, len(Standards()))
		return nil
	}
	out := make([]BundleStandard, len(w.Standards))
	for i, bw := range w.Standards {
		at := errs.Index("standards", i)
		code(d, errs.Path(at, "standard"), bw.Standard, ParseStandard, &out[i].Standard)
		if bw.Complexity != "" {
			c := bw.Complexity
			code(d, errs.Path(at, "complexity"), &c, audit.ParseComplexity, &out[i].Complexity)
		}
		out[i].Adjustments = d.adjustments(errs.Path(at, "adjustments"), bw.Adjustments)
	}
	return out
}

// custom reads the custom lines; nil for none.
func (w *requestWire) custom(d *decoder) []CustomLine {
	switch n := len(w.Custom); {
	case n == 0:
		return nil
	case n > MaxCustomLines:
		d.list.New(ErrInvalidRequest, "custom", "%d lines; a request has at most %d", n, MaxCustomLines)
		return nil
	}
	out := make([]CustomLine, len(w.Custom))
	for i, cw := range w.Custom {
		at := errs.Index("custom", i)
		if cw.Label == nil {
			d.missing(errs.Path(at, "label"))
		} else {
			cw.Label.label(d, errs.Path(at, "label"), &out[i].Label)
		}
		d.decimal(errs.Path(at, "quantity"), cw.Quantity, &out[i].Quantity)
		d.unmarshal(errs.Path(at, "price"), cw.Price, &out[i].Price)
		out[i].Discountable = cw.Discountable
	}
	return out
}
