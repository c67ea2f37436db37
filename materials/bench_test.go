package materials_test

import (
	"testing"

	"github.com/aftersales/certification/materials"
)

var (
	reportSink materials.Report
	errSink    error
)

func BenchmarkCheck(b *testing.B) {
	cl := materials.AfterSalesService()
	ms := dossier()
	b.ReportAllocs()
	for b.Loop() {
		reportSink = cl.Check(ms, asOf)
	}
}

func BenchmarkCheckWithProblems(b *testing.B) {
	cl := materials.AfterSalesService()
	ms := with(materials.BusinessLicense, func(m *materials.Material) { m.ValidUntil = d("2026-01-01") })[:10]
	b.ReportAllocs()
	for b.Loop() {
		reportSink = cl.Check(ms, asOf)
	}
}

func BenchmarkValidateCreditCode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		errSink = materials.ValidateCreditCode("91310000132260250X")
	}
}
