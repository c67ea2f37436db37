package fees

import (
	"errors"
	"slices"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/dec"
	"github.com/aftersales/certification/internal/errs"
	"github.com/shopspring/decimal"
)

// Request is what a quote is asked for (see the package documentation,
// # Requests). The zero Request is not valid: it has no part and no
// personnel.
type Request struct {
	// Personnel is the effective personnel ([audit.EffectivePersonnel]).
	Personnel int
	// Sites is the number of sites, the head office included; 0 is read as
	// 1.
	Sites int
	// Adjustments change the table's audit time, each with its reason.
	Adjustments []audit.Adjustment
	// Part is what the quote covers.
	Part Part
	// Travel is the caller's estimate of travel and lodging, charged at
	// cost; the zero Money means none.
	Travel Money
	// Discount is a percentage taken off the lines in the discount base
	// (see the package documentation, # Quotes).
	Discount decimal.Decimal
	// ExtraCopies is the number of certificate copies beyond the first
	// (in a bundle, of all its certificates together).
	ExtraCopies int
	// Standards, when not empty, make the request a bundle: several
	// certifications for one client, each with its own time table and
	// adjustments (see the package documentation, # Bundles). Empty for a
	// quote of the schedule's one scheme.
	Standards []BundleStandard
	// Integration, when not nil, audits the bundle's management-system
	// standards together, reduced for integration [MD11]; nil audits each
	// on its own.
	Integration *audit.Integration
	// Custom are lines the caller prices, each with its own label (see the
	// package documentation, # Custom lines).
	Custom []CustomLine
}

// Limits on a [Request] (see the package documentation, # Requests).
const (
	// MaxSites is the most sites a request may have, the head office
	// included.
	MaxSites = 1_000_000
	// MaxExtraCopies is the most extra certificate copies a request may ask
	// for.
	MaxExtraCopies = 1_000_000
)

// Validate reports every problem of r that needs no schedule, nil when
// there is none, each matching [ErrInvalidRequest] and naming the field by
// its JSON name: an unknown part (also [ErrUnknownCode]), personnel below 1
// (also [audit.ErrInvalidPersonnel]), sites or extra copies outside their
// limits, negative travel, a discount outside 0–100 or with more than 10
// decimal places, and each adjustment that [audit.Adjustment.Validate]
// refuses (also [audit.ErrInvalidAdjustment]); in a bundle, an unknown
// standard ("standards[1].standard", also [ErrUnknownCode]) or one named
// twice, a complexity missing or one its table does not have
// ("standards[1].complexity", also [audit.ErrUnknownTimeTable] for one the
// EMS or OH&S table does not know), adjustments
// outside the standards, and an integration that
// [audit.Integration.Validate] refuses (also [audit.ErrInvalidIntegration])
// or that has fewer than two management systems to integrate; more than
// [MaxCustomLines] custom lines, and a custom line with a blank, multi-line
// or overlong name ("custom[2].label.chinese"), a quantity not above 0,
// from 10^6 or with more than four places, or a price missing or negative
// ("custom[2].price"). What needs a schedule — the currency of travel and
// custom prices, the time tables' limits — is left to the quote.
func (r Request) Validate() error {
	var l errs.List
	if !r.Part.IsValid() {
		l.Wrap(ErrInvalidRequest, "part", errUnknown("part", r.Part, Parts()))
	}
	if r.Personnel < 1 {
		l.Wrap(ErrInvalidRequest, "personnel", errs.New(audit.ErrInvalidPersonnel, "", "%d is below 1", r.Personnel))
	}
	if r.Sites < 0 || r.Sites > MaxSites {
		l.New(ErrInvalidRequest, "sites", "%d is outside 0–%d", r.Sites, MaxSites)
	}
	if r.ExtraCopies < 0 || r.ExtraCopies > MaxExtraCopies {
		l.New(ErrInvalidRequest, "extra_copies", "%d is outside 0–%d", r.ExtraCopies, MaxExtraCopies)
	}
	if r.Travel.IsNegative() {
		l.New(ErrInvalidRequest, "travel", "%s is negative", r.Travel)
	}
	l.Wrap(ErrInvalidRequest, "discount", checkDiscount(r.Discount))
	for i, a := range r.Adjustments {
		l.Wrap(ErrInvalidRequest, errs.Index("adjustments", i), a.Validate())
	}
	r.checkBundle(&l)
	r.checkCustom(&l)
	return l.Err()
}

// discountSpec bounds a discount's digits: at most 100, with at most 10
// decimal places.
var discountSpec = dec.Spec{Int: 3, Places: 10}

// hundred is 100, the largest discount.
var hundred = decimal.New(100, 0)

// checkDiscount reports what is wrong with a discount, nil when nothing.
func checkDiscount(d decimal.Decimal) error {
	if d.Sign() < 0 {
		return errors.New(dec.Show(d) + " % is outside 0–100")
	}
	if err := discountSpec.Check(d); err != nil {
		return err
	}
	if d.GreaterThan(hundred) {
		return errors.New(dec.Show(d) + " % is outside 0–100")
	}
	return nil
}

// Equal reports whether r and o are the same request, field by field, with
// decimals compared by value, the same lists in the same order (a nil and an
// empty list are the same) and equal integrations (or none in both).
func (r Request) Equal(o Request) bool {
	return r.Personnel == o.Personnel && r.Sites == o.Sites && r.Part == o.Part && r.Travel.Equal(o.Travel) &&
		r.Discount.Equal(o.Discount) && r.ExtraCopies == o.ExtraCopies &&
		slices.EqualFunc(r.Adjustments, o.Adjustments, audit.Adjustment.Equal) &&
		slices.EqualFunc(r.Standards, o.Standards, BundleStandard.Equal) &&
		(r.Integration == nil) == (o.Integration == nil) && (r.Integration == nil || r.Integration.Equal(*o.Integration)) &&
		slices.EqualFunc(r.Custom, o.Custom, CustomLine.Equal)
}

// Clone returns a copy of r that shares nothing with it: its lists, their
// adjustments and its integration are copies, so that a caller who keeps r
// (a record of what was quoted) is not changed by one who changes the
// original.
func (r Request) Clone() Request {
	r.Adjustments = slices.Clone(r.Adjustments)
	r.Standards = slices.Clone(r.Standards)
	for i := range r.Standards {
		r.Standards[i].Adjustments = slices.Clone(r.Standards[i].Adjustments)
	}
	if r.Integration != nil {
		g := *r.Integration
		r.Integration = &g
	}
	r.Custom = slices.Clone(r.Custom)
	return r
}

// IsZero reports whether r is the zero Request (an empty list of
// adjustments counts as none).
func (r Request) IsZero() bool { return r.Equal(Request{}) }
