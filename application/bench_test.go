package application_test

import (
	"testing"

	"github.com/aftersales/certification/application"
)

var sink any

func BenchmarkDecodeCertified(b *testing.B) {
	data := []byte(snapshot(b, reach(b, application.Certified)))
	scheme := application.AfterSalesScheme()
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		a, err := application.Decode(data, scheme)
		if err != nil {
			b.Fatal(err)
		}
		sink = a
	}
}

func BenchmarkHappyPath(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		sink = reach(b, application.Certified)
	}
}

func BenchmarkAllowed(b *testing.B) {
	a := reach(b, application.Rectification)
	b.ReportAllocs()
	for b.Loop() {
		sink = a.Allowed()
	}
}
