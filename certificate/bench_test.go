package certificate_test

import (
	"testing"
	"time"

	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/stretchr/testify/assert"
)

var statusSink certificate.Status

// busy is a certificate with a long history.
func busy(t testing.TB) certificate.Certificate {
	return applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")),
		surv("2027-04-01"), suspend("2027-06-01"), reinstate("2027-07-01"), surv("2028-03-01"),
		recertify("2029-08-09"), surv("2030-03-01"), suspend("2030-06-01"), reinstate("2030-06-20"))
}

func TestStatusOnDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	c := busy(t)
	sh := shanghai()
	allocs := testing.AllocsPerRun(1000, func() {
		statusSink = c.StatusOn(day("2029-05-01"))
		statusSink = c.StatusOn(day("2027-06-15").In(sh))
	})
	assert.Zero(t, allocs)
}

// TestSweepDoesNotAllocate: a sweep reads the day once and allocates
// nothing, however many certificates it asks.
func TestSweepDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector allocates")
	}
	certs := append(registry(t, 1000), busy(t))
	asOf := time.Date(2021, time.September, 15, 0, 30, 0, 0, shanghai())
	counts := make([]int, len(certificate.Statuses())+1)
	allocs := testing.AllocsPerRun(100, func() {
		clear(counts)
		d := certificate.DayOf(asOf)
		for i := range certs {
			counts[certs[i].StatusOnDay(d)]++
		}
	})
	assert.Zero(t, allocs)
	assert.Equal(t, len(certs), counts[certificate.Valid]+counts[certificate.Suspended]+counts[certificate.Withdrawn]+
		counts[certificate.Expired]+counts[certificate.NotYetValid], "every certificate counted under a status")
	for _, s := range []certificate.Status{certificate.NotYetValid, certificate.Valid, certificate.Suspended, certificate.Withdrawn} {
		assert.NotZero(t, counts[s], "some certificates %s", s)
	}
}

func BenchmarkStatusOn(b *testing.B) {
	c := busy(b)
	d := day("2029-05-01")
	b.ReportAllocs()
	for b.Loop() {
		statusSink = c.StatusOn(d)
	}
}

// registry returns n certificates decided on different days from 2020 on,
// two in three with their first surveillance recorded, as a registry holds
// them.
func registry(tb testing.TB, n int) []certificate.Certificate {
	certs := make([]certificate.Certificate, n)
	start := day("2020-01-01")
	for i := range certs {
		decided := calendar.AddDays(start, i%2000)
		c := issue(tb, certificate.DefaultPolicy(), grantOn(calendar.Format(decided), calendar.Format(decided)))
		if i%3 != 0 {
			var err error
			if c, err = c.RecordSurveillance(calendar.AddDays(decided, 300)); err != nil {
				tb.Fatal(err)
			}
		}
		certs[i] = c
	}
	return certs
}

// BenchmarkSweep asks 100 000 certificates for their status on one day, as
// a registry sweep would: StatusOn reads the date for every certificate (the
// baseline), StatusOnDay reads it once with DayOf.
func BenchmarkSweep(b *testing.B) {
	certs := registry(b, 100_000)
	asOf := time.Date(2026, time.June, 30, 0, 30, 0, 0, shanghai())
	b.Run("StatusOn", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var valid int
			for i := range certs {
				if certs[i].StatusOn(asOf) == certificate.Valid {
					valid++
				}
			}
			statusSink = certificate.Status(valid % 7)
		}
	})
	b.Run("StatusOnDay", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var valid int
			d := certificate.DayOf(asOf)
			for i := range certs {
				if certs[i].StatusOnDay(d) == certificate.Valid {
					valid++
				}
			}
			statusSink = certificate.Status(valid % 7)
		}
	})
}

func BenchmarkRecordSurveillance(b *testing.B) {
	c := issue(b, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16"))
	on := day("2027-03-01")
	b.ReportAllocs()
	for b.Loop() {
		next, err := c.RecordSurveillance(on)
		if err != nil {
			b.Fatal(err)
		}
		statusSink = next.StatusOn(on)
	}
}
