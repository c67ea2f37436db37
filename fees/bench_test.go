package fees_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/fees"
)

// The benchmarks compare a quote of the brief's case (120 personnel, the
// whole cycle, the default schedule) with the same arithmetic in plain
// int64 fen by the code below, which exists only here: it looks the band up
// in the committee's table ([committee], half days), prices the same lines
// and adds 6 % VAT half up, with no strings and no allocation. Targets
// (run them together, go test -run='^$' -bench=Quote ./fees): a cycle quote
// on a Quoter at most 20 times the baseline and at most 10 allocations;
// encoding it (Quote.MarshalJSON) at most 4 times the quote, which
// BenchmarkQuoteJSONRatio reports as json/quote.

var (
	quoteSink    fees.Quote
	bytesSink    []byte
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
	item                    fees.Item
	year                    int
	halfDays, price, amount int64 // quantity in half days (2 for one unit), fen, fen
}

type baselineQuote struct {
	lines           [8]baselineLine
	net, vat, total int64
}

const (
	baseApplication  = 1000_00
	basePersonDay    = 3000_00
	baseRegistration = 2000_00
	baseAnnual       = 2000_00
	baseVATPercent   = 6
)

// baselineCycle prices the cycle for personnel in int64 fen.
func baselineCycle(personnel int64) baselineQuote {
	var initial, surveillance int64
	for _, b := range baselineBands {
		if personnel <= b[0] {
			initial, surveillance = b[1], b[2]
			break
		}
	}
	var q baselineQuote
	n := 0
	add := func(item fees.Item, year int, halfDays, price int64) {
		amount := halfDays * price / 2 // half days × fen: exact for whole fen rates
		q.lines[n] = baselineLine{item, year, halfDays, price, amount}
		q.net += amount
		n++
	}
	add(fees.Application, 1, 2, baseApplication)
	add(fees.InitialAudit, 1, initial, basePersonDay)
	add(fees.Registration, 1, 2, baseRegistration)
	add(fees.AnnualFee, 1, 2, baseAnnual)
	for year := 2; year <= 3; year++ {
		add(fees.SurveillanceAudit, year, surveillance, basePersonDay)
		add(fees.AnnualFee, year, 2, baseAnnual)
	}
	q.vat = (q.net*baseVATPercent + 50) / 100 // half up; net is not negative
	q.total = q.net + q.vat
	return q
}

func cycleRequest() fees.Request { return fees.Request{Personnel: 120, Part: fees.Cycle} }

func TestInt64BaselineEqualsQuote(t *testing.T) {
	p := fees.MustNewQuoter(fees.DefaultSchedule())
	for _, personnel := range []int{1, 10, 11, 120, 1200, 5000, 10700} {
		q, err := p.Quote(fees.Request{Personnel: personnel, Part: fees.Cycle})
		require.NoError(t, err)
		b := baselineCycle(int64(personnel))
		require.Len(t, q.Lines, len(b.lines))
		for i, l := range q.Lines {
			bl := b.lines[i]
			assert.Equal(t, bl.item, l.Item)
			assert.Equal(t, bl.year, l.Year)
			assert.Equal(t, bl.price, l.UnitPrice.MinorUnits())
			assert.Equal(t, bl.amount, l.Amount.MinorUnits())
			twice := l.Quantity.Add(l.Quantity)
			assert.True(t, twice.IsInteger())
			assert.Equal(t, bl.halfDays, twice.IntPart())
		}
		assert.Equal(t, b.net, q.Net.MinorUnits())
		assert.Equal(t, b.vat, q.VAT.MinorUnits())
		assert.Equal(t, b.total, q.Total.MinorUnits())
	}
	assert.Equal(t, int64(55650_00), baselineCycle(120).total)
}

// TestQuoteCycleAllocations guards the allocation ceiling: at most 10
// allocations for the brief's cycle quote on a Quoter, and on a Schedule.
func TestQuoteCycleAllocations(t *testing.T) {
	s, r := fees.DefaultSchedule(), cycleRequest()
	p := fees.MustNewQuoter(s)
	for name, quote := range map[string]func() (fees.Quote, error){
		"Quoter.Quote":   func() (fees.Quote, error) { return p.Quote(r) },
		"Schedule.Quote": func() (fees.Quote, error) { return s.Quote(r) },
	} {
		allocs := testing.AllocsPerRun(200, func() {
			q, err := quote()
			if err != nil {
				panic(name + ": " + err.Error())
			}
			quoteSink = q
		})
		t.Logf("%s: %.0f allocations per cycle quote", name, allocs)
		assert.LessOrEqual(t, allocs, 10.0, name)
	}
}

// TestValidateAllocatesNothing: checking a valid quote allocates nothing,
// a bundle with custom lines included.
func TestValidateAllocatesNothing(t *testing.T) {
	for name, r := range map[string]fees.Request{
		"the brief's cycle": cycleRequest(),
		"a bundle with custom lines": {Personnel: 120, Part: fees.Cycle, Standards: threeStandards(),
			Integration: integration(15, "integrated"), Discount: decimal.NewFromInt(5), Travel: cny(t, "900"),
			Custom: []fees.CustomLine{customLine(t, "加急费", "Expedited", "1", "500", true)}},
	} {
		q := quote(t, fees.DefaultSchedule(), r)
		assert.Zero(t, testing.AllocsPerRun(100, func() {
			if err := q.Validate(); err != nil {
				panic(err)
			}
		}), name)
	}
}

func BenchmarkQuoteCycle(b *testing.B) {
	p, r := fees.MustNewQuoter(fees.DefaultSchedule()), cycleRequest()
	b.ReportAllocs()
	for b.Loop() {
		q, err := p.Quote(r)
		if err != nil {
			b.Fatal(err)
		}
		quoteSink = q
	}
}

// BenchmarkQuoteCycleSchedule is the simple caller's way, which checks the
// schedule on every quote.
func BenchmarkQuoteCycleSchedule(b *testing.B) {
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

// BenchmarkQuoteCycleInt64 is the baseline: the same arithmetic in int64
// fen, no strings.
func BenchmarkQuoteCycleInt64(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		baselineSink = baselineCycle(120)
	}
}

// BenchmarkQuoteJSON encodes the cycle quote with its MarshalJSON method.
func BenchmarkQuoteJSON(b *testing.B) {
	q, err := fees.DefaultSchedule().Quote(cycleRequest())
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		data, err := q.MarshalJSON()
		if err != nil {
			b.Fatal(err)
		}
		bytesSink = data
	}
}

// BenchmarkQuoteJSONMarshal encodes it with json.Marshal, which checks and
// compacts what MarshalJSON returns.
func BenchmarkQuoteJSONMarshal(b *testing.B) {
	q, err := fees.DefaultSchedule().Quote(cycleRequest())
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		data, err := json.Marshal(q)
		if err != nil {
			b.Fatal(err)
		}
		bytesSink = data
	}
}

// BenchmarkQuoteValidate checks the cycle quote.
func BenchmarkQuoteValidate(b *testing.B) {
	q, err := fees.DefaultSchedule().Quote(cycleRequest())
	require.NoError(b, err)
	b.ReportAllocs()
	for b.Loop() {
		if err := q.Validate(); err != nil {
			b.Fatal(err)
		}
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

// BenchmarkQuoteCycleInt64NumbersOnly is the arithmetic alone: the band,
// the lines' amounts added up and the VAT, in int64 fen, with no lines kept.
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

// BenchmarkQuoteJSONRatio reports how long encoding the cycle quote
// (Quote.MarshalJSON) takes against computing it, all timed in turns within
// the same run so that the load of the machine weighs on each alike:
// json/quote against a Quoter (the target is at most 4), json/schedule
// against Schedule.Quote (the call the target was first measured against).
func BenchmarkQuoteJSONRatio(b *testing.B) {
	s, r := fees.DefaultSchedule(), cycleRequest()
	p := fees.MustNewQuoter(s)
	q, err := p.Quote(r)
	require.NoError(b, err)
	const batch = 50
	var quoting, scheduling, encoding time.Duration
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		for range batch {
			quoteSink, _ = p.Quote(r)
		}
		mid := time.Now()
		for range batch {
			bytesSink, _ = q.MarshalJSON()
		}
		late := time.Now()
		for range batch {
			quoteSink, _ = s.Quote(r)
		}
		scheduling += time.Since(late)
		encoding += late.Sub(mid)
		quoting += mid.Sub(start)
	}
	b.ReportMetric(float64(encoding)/float64(quoting), "json/quote")
	b.ReportMetric(float64(encoding)/float64(scheduling), "json/schedule")
}
