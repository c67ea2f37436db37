package fees

import (
	"errors"
	"iter"
	"math/bits"
	"slices"
	"strings"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/errs"
)

// BundleStandard is one standard of a bundle request (see the package
// documentation, # Bundles): the standard, its complexity category where
// its time table has them, and the adjustments of its audit time.
type BundleStandard struct {
	// Standard is the standard certified.
	Standard Standard
	// Complexity picks the column of the EMS or OH&S table [MD5]; zero for
	// after-sales and ISO 9001.
	Complexity audit.Complexity
	// Adjustments change this standard's table time, each with its reason.
	Adjustments []audit.Adjustment
}

// Equal reports whether b and o are the same standard, complexity and
// adjustments (a nil and an empty list are the same).
func (b BundleStandard) Equal(o BundleStandard) bool {
	return b.Standard == o.Standard && b.Complexity == o.Complexity &&
		slices.EqualFunc(b.Adjustments, o.Adjustments, audit.Adjustment.Equal)
}

// BundleAudit is one audit of a bundle quote: the standards audited at it
// (several when they are integrated), the reduction for integration with
// its reason, and its audit time (see the package documentation,
// # Bundles).
type BundleAudit struct {
	// Standards are the standards audited: one, or the integrated
	// management-system standards.
	Standards StandardSet
	// Integration is the reduction for integration and its reason [MD11];
	// zero for an audit of one standard.
	Integration audit.Integration
	// Effort is the audit time, as [audit.IntegratedEffort] gives it for
	// an integrated audit.
	Effort audit.Effort
}

// Equal reports whether a and o are the same audit, decimals compared by
// value.
func (a BundleAudit) Equal(o BundleAudit) bool {
	return a.Standards == o.Standards && a.Integration.Equal(o.Integration) && a.Effort.Equal(o.Effort)
}

// StandardSet is a set of [Standard]s: those a line of a bundle quote is
// for. The zero StandardSet is empty, as on every line of a quote that is
// not a bundle.
type StandardSet uint8

// setOf returns the set that holds s alone; empty for an unknown s.
func setOf(s Standard) StandardSet {
	if !s.IsValid() {
		return 0
	}
	return 1 << (s - 1)
}

// knownStandards is the set of every standard.
var knownStandards = StandardSet(1<<len(Standards()) - 1)

// Has reports whether x is in s.
func (s StandardSet) Has(x Standard) bool { return x.IsValid() && s&setOf(x) != 0 }

// All returns the standards of s in declaration order.
func (s StandardSet) All() iter.Seq[Standard] {
	return func(yield func(Standard) bool) {
		for rest := s & knownStandards; rest != 0; rest = rest.rest() {
			if !yield(rest.first()) {
				return
			}
		}
	}
}

// rest returns s without its first standard. The package's own loops over
// a set read s.first() and s.rest(), which, unlike All, never allocate.
func (s StandardSet) rest() StandardSet { return s & (s - 1) }

// len returns how many standards s holds.
func (s StandardSet) len() int { return bits.OnesCount8(uint8(s)) }

// first returns the first standard of s in declaration order; 0 for the
// empty set.
func (s StandardSet) first() Standard {
	if s == 0 {
		return 0
	}
	return Standard(bits.TrailingZeros8(uint8(s)) + 1)
}

// String returns the codes of s joined with "+", such as
// "iso9001+iso14001"; "" for the empty set.
func (s StandardSet) String() string {
	var b strings.Builder
	for x := range s.All() {
		if b.Len() > 0 {
			b.WriteByte('+')
		}
		b.WriteString(x.String())
	}
	return b.String()
}

// IsZero reports whether s is empty.
func (s StandardSet) IsZero() bool { return s == 0 }

// Numbers returns the numbers of the standards of s joined with " + ", as
// line names show them: "ISO 9001 + ISO 14001", "GB/T 27922".
func (s StandardSet) Numbers() string { return string(s.appendNumbers(nil)) }

// standardNumbers are the standards' numbers, as line names show them.
var standardNumbers = [...]string{AfterSales: "GB/T 27922", QMS: "ISO 9001", EMS: "ISO 14001", OHS: "ISO 45001"}

// appendNumbers appends the numbers of the standards of s joined with
// " + ": "ISO 9001 + ISO 14001".
func (s StandardSet) appendNumbers(b []byte) []byte {
	for rest := s & knownStandards; rest != 0; rest = rest.rest() {
		if rest != s {
			b = append(b, " + "...)
		}
		b = append(b, standardNumbers[rest.first()]...)
	}
	return b
}

// managementSystems is the set of the management-system standards, those
// that an integrated audit combines [MD11]; after-sales certification rates
// a service and is audited on its own.
var managementSystems = setOf(QMS) | setOf(EMS) | setOf(OHS)

// checkBundle reports the problems of r's standards and integration that
// need no schedule (see the package documentation, # Bundles).
func (r *Request) checkBundle(l *errs.List) {
	switch n := len(r.Standards); {
	case n == 0 && r.Integration != nil:
		l.New(ErrInvalidRequest, "integration", "only a bundle has one; this request has no standards")
		return
	case n == 0:
		return
	case n > len(Standards()):
		l.New(ErrInvalidRequest, "standards", "%d; a bundle has at most %d, each standard once", n, len(Standards()))
		return
	}
	if len(r.Adjustments) > 0 {
		l.New(ErrInvalidRequest, "adjustments", "a bundle has the adjustments of each standard in standards[i].adjustments")
	}
	var seen StandardSet
	for i, b := range r.Standards {
		at := errs.Index("standards", i)
		b.check(at, l)
		if first := slices.IndexFunc(r.Standards[:i], func(o BundleStandard) bool { return o.Standard == b.Standard }); first >= 0 && b.Standard.IsValid() {
			l.New(ErrInvalidRequest, errs.Path(at, "standard"), "%s again (standards[%d]); a bundle has each standard once", b.Standard, first)
		}
		seen |= setOf(b.Standard)
	}
	if r.Integration != nil {
		l.Wrap(ErrInvalidRequest, "integration", r.Integration.Validate())
		if n := (seen & managementSystems).len(); n < 2 {
			l.New(ErrInvalidRequest, "integration", "%d management-system standards; an integrated audit combines at least 2 (after-sales service is audited on its own)", n)
		}
	}
}

// check reports the problems of one standard of a bundle at path at: an
// unknown standard, a complexity its table does not have or that is
// missing, a bad adjustment.
func (b BundleStandard) check(at string, l *errs.List) {
	switch b.Standard {
	case AfterSales, QMS:
		if b.Complexity != 0 {
			l.New(ErrInvalidRequest, errs.Path(at, "complexity"), "%s; the %s table has no complexity categories", b.Complexity, b.Standard)
		}
	case EMS, OHS:
		if b.Complexity == 0 {
			l.Missing(ErrInvalidRequest, errs.Path(at, "complexity"))
		} else if _, err := b.table(audit.TimeTable{}); err != nil {
			l.Wrap(ErrInvalidRequest, at, err) // audit names the field, complexity, and the table's categories
		}
	default:
		_, err := b.table(audit.TimeTable{})
		l.Wrap(ErrInvalidRequest, errs.Path(at, "standard"), err)
	}
	for i, a := range b.Adjustments {
		l.Wrap(ErrInvalidRequest, errs.Path(at, errs.Index("adjustments", i)), a.Validate())
	}
}

// table returns the time table of the standard: afterSales, the
// schedule's, for after-sales service, and IAF MD 5's built-in table of a
// management system [MD5]. An unknown standard or complexity is an error.
func (b BundleStandard) table(afterSales audit.TimeTable) (audit.TimeTable, error) {
	switch b.Standard {
	case AfterSales:
		return afterSales, nil
	case QMS:
		return audit.QMSTimeTable(), nil
	case EMS:
		return audit.EMSTimeTable(b.Complexity)
	case OHS:
		return audit.OHSTimeTable(b.Complexity)
	}
	return audit.TimeTable{}, errUnknown("standard", b.Standard, Standards())
}

// bundleAudits returns the audits of a checked bundle request, in the order
// of the package documentation (# Bundles): after-sales service first, then
// the management systems, integrated or each on its own.
func (p *pricing) bundleAudits(r *Request) ([]BundleAudit, error) {
	order := bundleOrder(r.Standards)
	audits := make([]BundleAudit, 0, len(order))
	var integrated []audit.StandardAudit
	var l errs.List
	for _, i := range order {
		b := r.Standards[i]
		table, err := b.table(p.table)
		if err != nil { // Request.Validate has refused it already
			return nil, errs.Wrap(ErrInvalidRequest, errs.Index("standards", i), err)
		}
		// Each standard's own time, also of those integrated: its table's
		// refusals name its field.
		e, err := table.MultiSiteEffort(r.Personnel, max(r.Sites, 1), b.Adjustments...)
		if err != nil {
			l.Wrap(ErrInvalidRequest, bundleEffortField(err, i), err)
			continue
		}
		if r.Integration != nil && managementSystems.Has(b.Standard) {
			integrated = append(integrated, audit.StandardAudit{Table: table, Adjustments: b.Adjustments})
			continue
		}
		audits = append(audits, BundleAudit{Standards: setOf(b.Standard), Effort: e})
	}
	if l.Len() > 0 || len(integrated) == 0 {
		return audits, l.Err()
	}
	e, err := audit.IntegratedEffort(r.Personnel, max(r.Sites, 1), integrated, *r.Integration)
	if err != nil {
		return nil, errs.Wrap(ErrInvalidRequest, "integration", err)
	}
	// Every management system is in it: it follows after-sales service.
	return append(audits, BundleAudit{Standards: managementSystems & standardsOf(r.Standards), Integration: *r.Integration, Effort: e}), nil
}

// bundleOrder returns the indices of standards in declaration order of
// their standards.
func bundleOrder(standards []BundleStandard) []int {
	order := make([]int, len(standards))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return int(standards[a].Standard) - int(standards[b].Standard) })
	return order
}

// standardsOf returns the set of the standards of a bundle.
func standardsOf(standards []BundleStandard) StandardSet {
	var s StandardSet
	for _, b := range standards {
		s |= setOf(b.Standard)
	}
	return s
}

// bundleEffortField names where in the request an error of standard i's
// time table lies, audit naming the field itself: personnel and sites are
// the request's, adjustments and the rest standard i's.
func bundleEffortField(err error, i int) string {
	if errors.Is(err, audit.ErrBeyondTable) || errors.Is(err, audit.ErrInvalidPersonnel) || errors.Is(err, audit.ErrInvalidSites) {
		return ""
	}
	return errs.Index("standards", i)
}

// maxBundleSlots is the most lines a bundle quote has by its part: a cycle
// of every standard, each audited on its own — the application, then for
// each standard three audits, a registration and three annual fees.
const maxBundleSlots = 1 + 7*4

// bundleSlots appends to dst the lines every bundle quote of part p with
// these audits has, in order (see the package documentation, # Bundles):
// for each line of the part, the application once, an audit line for each
// audit, and a registration or annual fee line for each standard.
func bundleSlots(dst []slot, p Part, audits []BundleAudit) []slot {
	var all StandardSet
	for _, a := range audits {
		all |= a.Standards
	}
	for _, s := range p.slots() {
		switch {
		case s.item == Application:
			dst = append(dst, s)
		case s.item.isAudit():
			for i, a := range audits {
				dst = append(dst, slot{item: s.item, year: s.year, standards: a.Standards, audit: uint8(i)})
			}
		default:
			for rest := all; rest != 0; rest = rest.rest() {
				dst = append(dst, slot{item: s.item, year: s.year, standards: setOf(rest.first())})
			}
		}
	}
	return dst
}
