package fees_test

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/fees"
)

// The benchmarks compare Schedule.Quote on the brief's case (120 personnel,
// the whole cycle, default schedule) with the same quote computed in int64
// fen by the code below, which exists only here: it looks the band up in
// the committee's table ([committee], half days), builds the same
// lines with the same bases, and adds 6 % VAT half up.

var (
	quoteSink    fees.Quote
	baselineSink baselineQuote
)

// baselineBands is the committee table in half days: to, initial,
// surveillance (from is the previous row's to + 1).
var baselineBands = [...][3]int64{
	{10, 6, 3}, {25, 8, 3}, {45, 12, 4}, {65, 13, 4}, {85, 15, 5}, {125, 17, 6}, {175, 19, 7},
	{275, 21, 8}, {425, 23, 9}, {625, 25, 9}, {875, 27, 10}, {1175, 29, 11}, {1550, 32, 11},
	{2025, 34, 12}, {2675, 36, 13}, {3450, 38, 13}, {4350, 42, 14}, {5450, 44, 15},
	{6800, 46, 15}, {8500, 48, 16}, {10700, 50, 17},
}

type baselineLine struct {
	item                  fees.Item
	year                  int
	halfDays, unit, total int64 // quantity in half days (2 for one unit), fen, fen
	basis                 string
}

type baselineQuote struct {
	lines           []baselineLine
	net, vat, total int64
}

const (
	baseApplication  = 1000_00
	basePersonDay    = 3000_00
	baseRegistration = 2000_00
	baseAnnual       = 2000_00
	baseVATPercent   = 6
)

// halfDaysText writes a count of half days as "8.5" or "3".
func halfDaysText(h int64) string { return string(appendHalfDays(nil, h)) }

func appendHalfDays(b []byte, h int64) []byte {
	b = strconv.AppendInt(b, h/2, 10)
	if h%2 != 0 {
		b = append(b, ".5"...)
	}
	return b
}

// appendFen writes fen (not negative) as "3000.00".
func appendFen(b []byte, f int64) []byte {
	b = strconv.AppendInt(b, f/100, 10)
	return append(b, '.', byte('0'+f%100/10), byte('0'+f%10))
}

func baselineCycle(personnel int64) baselineQuote {
	var initial, surveillance int64
	for _, b := range baselineBands {
		if personnel <= b[0] {
			initial, surveillance = b[1], b[2]
			break
		}
	}
	q := baselineQuote{lines: make([]baselineLine, 0, 11)}
	// add builds the basis in a stack buffer: one allocation per line.
	add := func(item fees.Item, year int, halfDays, unit int64, days bool, basis string) {
		total := halfDays * unit / 2 // half days × fen: exact for whole fen rates
		var buf [64]byte
		b := buf[:0]
		if days {
			b = appendHalfDays(b, halfDays)
		}
		b = appendFen(append(b, basis...), unit)
		q.lines = append(q.lines, baselineLine{item, year, halfDays, unit, total, string(b)})
		q.net += total
	}
	add(fees.Application, 1, 2, baseApplication, false, "1 application × ")
	add(fees.InitialAudit, 1, initial, basePersonDay, true, " person-days × ")
	add(fees.Registration, 1, 2, baseRegistration, false, "1 certificate × ")
	add(fees.AnnualFee, 1, 2, baseAnnual, false, "1 year × ")
	for year := 2; year <= 3; year++ {
		add(fees.SurveillanceAudit, year, surveillance, basePersonDay, true, " person-days × ")
		add(fees.AnnualFee, year, 2, baseAnnual, false, "1 year × ")
	}
	q.vat = (q.net*baseVATPercent + 50) / 100 // half up; net is not negative
	q.total = q.net + q.vat
	return q
}

func cycleRequest() fees.Request { return fees.Request{Personnel: 120, Part: fees.Cycle} }

func TestInt64BaselineEqualsQuote(t *testing.T) {
	for _, personnel := range []int{1, 10, 11, 120, 1200, 5000, 10700} {
		s := fees.DefaultSchedule()
		q, err := s.Quote(fees.Request{Personnel: personnel, Part: fees.Cycle})
		require.NoError(t, err)
		b := baselineCycle(int64(personnel))
		require.Len(t, q.Lines, len(b.lines))
		for i, l := range q.Lines {
			bl := b.lines[i]
			assert.Equal(t, bl.item, l.Item)
			assert.Equal(t, bl.year, l.Year)
			assert.Equal(t, bl.unit, l.UnitPrice.MinorUnits())
			assert.Equal(t, bl.total, l.Amount.MinorUnits())
			assert.Equal(t, bl.basis, l.Basis)
			assert.Equal(t, halfDaysText(bl.halfDays), l.Quantity.String())
		}
		assert.Equal(t, b.net, q.Net.MinorUnits())
		assert.Equal(t, b.vat, q.VAT.MinorUnits())
		assert.Equal(t, b.total, q.Total.MinorUnits())
	}
	assert.Equal(t, int64(55650_00), baselineCycle(120).total)
}

// TestQuoteCycleAllocations guards the allocation ceiling: at most 60
// allocations for the brief's cycle quote.
func TestQuoteCycleAllocations(t *testing.T) {
	s, r := fees.DefaultSchedule(), cycleRequest()
	allocs := testing.AllocsPerRun(200, func() {
		q, err := s.Quote(r)
		if err != nil {
			panic("Quote: " + err.Error())
		}
		quoteSink = q
	})
	t.Logf("allocations per cycle quote: %.0f", allocs)
	assert.LessOrEqual(t, allocs, 60.0)
}

func BenchmarkQuoteCycle(b *testing.B) {
	s, r := fees.DefaultSchedule(), cycleRequest()
	b.ReportAllocs()
	for b.Loop() {
		q, err := s.Quote(r)
		if err != nil {
			b.Fatal(err)
		}
		quoteSink = q
	}
}

func BenchmarkQuoteCycleInt64Baseline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		baselineSink = baselineCycle(120)
	}
}

// BenchmarkQuoteCycleInt64NumbersOnly is the baseline without the lines'
// bases and the slice: the arithmetic alone, for scale.
func BenchmarkQuoteCycleInt64NumbersOnly(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		var initial, surveillance int64
		for _, band := range baselineBands {
			if 120 <= band[0] {
				initial, surveillance = band[1], band[2]
				break
			}
		}
		net := baseApplication + initial*basePersonDay/2 + baseRegistration + baseAnnual +
			2*(surveillance*basePersonDay/2+baseAnnual)
		vat := (net*baseVATPercent + 50) / 100
		baselineSink.total = net + vat
	}
}

// BenchmarkEffort120 measures the audit package's share of a quote.
func BenchmarkEffort120(b *testing.B) {
	t := fees.DefaultSchedule().TimeTable
	b.ReportAllocs()
	for b.Loop() {
		e, err := t.MultiSiteEffort(120, 1)
		if err != nil {
			b.Fatal(err)
		}
		quoteSink.Effort = e
	}
}
