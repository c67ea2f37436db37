package certificate_test

import (
	"testing"

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

func BenchmarkStatusOn(b *testing.B) {
	c := busy(b)
	d := day("2029-05-01")
	b.ReportAllocs()
	for b.Loop() {
		statusSink = c.StatusOn(d)
	}
}

// BenchmarkStatusOnSweep asks 100 000 certificates for their status on one
// day, as a registry sweep would.
func BenchmarkStatusOnSweep(b *testing.B) {
	const n = 100_000
	certs := make([]certificate.Certificate, n)
	start := day("2020-01-01")
	for i := range certs {
		decided := calendar.AddDays(start, i%2000)
		c := issue(b, certificate.DefaultPolicy(), grantOn(calendar.Format(decided), calendar.Format(decided)))
		if i%3 != 0 {
			var err error
			if c, err = c.RecordSurveillance(calendar.AddDays(decided, 300)); err != nil {
				b.Fatal(err)
			}
		}
		certs[i] = c
	}
	asOf := day("2026-06-30")
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		var valid int
		for i := range certs {
			if certs[i].StatusOn(asOf) == certificate.Valid {
				valid++
			}
		}
		statusSink = certificate.Status(valid % 7)
	}
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
