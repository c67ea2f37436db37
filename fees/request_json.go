package fees

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/jsonx"
)

// adjustmentWire is an [audit.Adjustment] inside a request on the wire;
// both fields are required.
type adjustmentWire struct {
	Reason  *string `json:"reason"`
	Percent *string `json:"percent"`
}

// requestWire is a Request on the wire. personnel and part are required;
// the other fields are optional and absent means the Go zero value.
type requestWire struct {
	Personnel   *int             `json:"personnel"`
	Sites       int              `json:"sites,omitempty"`
	Adjustments []adjustmentWire `json:"adjustments,omitempty"`
	Part        *string          `json:"part"`
	Travel      *moneyWire       `json:"travel,omitempty"`
	Discount    *string          `json:"discount,omitempty"`
	ExtraCopies int              `json:"extra_copies,omitempty"`
}

// MarshalJSON writes r with snake_case fields, integers as JSON numbers,
// decimals as strings, the part by its code and travel as a [Money] object:
//
//	{"personnel":120,"sites":1,"adjustments":[{"reason":"single process","percent":"-10"}],
//	 "part":"cycle","travel":{"amount":"1800.00","currency":"CNY"},"discount":"5",
//	 "extra_copies":2}
//
// personnel and part are always written; sites, adjustments, travel,
// discount and extra_copies are left out when zero or empty. A request that
// fails [Request.Validate] is an error, so that what is written can always
// be read back.
func (r Request) MarshalJSON() ([]byte, error) {
	if err := r.Validate(); err != nil {
		return nil, err
	}
	w := requestWire{
		Personnel:   &r.Personnel,
		Sites:       r.Sites,
		Part:        ptr(r.Part.String()),
		ExtraCopies: r.ExtraCopies,
	}
	if !r.Discount.IsZero() {
		w.Discount = ptr(r.Discount.String())
	}
	if r.Travel.cur != 0 {
		w.Travel = r.Travel.wire()
	}
	for _, a := range r.Adjustments {
		w.Adjustments = append(w.Adjustments, adjustmentWire{Reason: ptr(a.Reason), Percent: ptr(a.Percent.String())})
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads the form [Request.MarshalJSON] writes, strictly:
// unknown fields, duplicate keys, a string where a number is expected (or a
// number where a string is), a fraction for a count and trailing data are
// errors. personnel and part are required; sites, adjustments, travel,
// discount and extra_copies may be left out (or null) and then mean none
// (sites 0 is the head office only). An adjustment needs both its reason
// and its percent. Decimals are plain decimal strings ("-10", "2.5": an
// optional "-", digits, an optional point and digits, no exponent); travel
// is a [Money] object as [NewMoney] reads it.
//
// The result is then checked with [Request.Validate] (personnel at least 1,
// sites from 0 to [MaxSites], extra copies from 0 to [MaxExtraCopies], no
// negative travel, a discount from 0 to 100 with at most 10 places, every
// adjustment valid by [audit.Adjustment.Validate]).
// What needs a schedule — the travel currency and the limits on the total
// of the adjustments — is checked by [Schedule.Quote]. Errors match
// [ErrInvalidRequest] and name the field. On error r is unchanged.
func (r *Request) UnmarshalJSON(data []byte) error {
	var w requestWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidRequest, err)
	}
	var v Request
	var errs []error
	fail := func(field string, err error) {
		errs = append(errs, fmt.Errorf("%w: %s: %w", ErrInvalidRequest, field, err))
	}
	missing := errors.New("missing")
	if w.Personnel == nil {
		fail("personnel", missing)
	} else {
		v.Personnel = *w.Personnel
	}
	v.Sites = w.Sites
	if w.Part == nil {
		fail("part", missing)
	} else if p, err := ParsePart(*w.Part); err != nil {
		fail("part", err)
	} else {
		v.Part = p
	}
	if w.Travel != nil {
		if m, err := w.Travel.toMoney(); err != nil {
			fail("travel", err)
		} else {
			v.Travel = m
		}
	}
	if w.Discount != nil {
		if d, err := parseQuantity(*w.Discount); err != nil {
			fail("discount", err)
		} else {
			v.Discount = d
		}
	}
	v.ExtraCopies = w.ExtraCopies
	if len(w.Adjustments) > 0 {
		v.Adjustments = make([]audit.Adjustment, len(w.Adjustments))
	}
	for i, aw := range w.Adjustments {
		at := "adjustments[" + strconv.Itoa(i) + "]"
		a := &v.Adjustments[i]
		if aw.Reason == nil {
			fail(at+".reason", missing)
		} else {
			a.Reason = *aw.Reason
		}
		if aw.Percent == nil {
			fail(at+".percent", missing)
		} else if p, err := parseQuantity(*aw.Percent); err != nil {
			fail(at+".percent", err)
		} else {
			a.Percent = p
		}
	}
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := v.Validate(); err != nil {
		return err
	}
	*r = v
	return nil
}
