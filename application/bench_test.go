package application_test

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/materials"
)

var sink any

// largeDossier is completeMaterials with n service cases, n complaint
// records and n more training records: a company that hands in its files.
func largeDossier(n int) []materials.Material {
	m := completeMaterials()
	for i := range n {
		m = append(m,
			materials.Material{Kind: materials.ServiceCase, Title: fmt.Sprintf("售后服务案例 %d：上门维修空调并回访客户", i+1), IssuedOn: day("2025-06-01")},
			materials.Material{Kind: materials.ComplaintRecords, Title: fmt.Sprintf("2025年第%d号投诉处理记录", i+1), IssuedOn: day("2025-07-01")},
			materials.Material{Kind: materials.TrainingRecords, Title: fmt.Sprintf("2025年第%d期服务人员培训记录", i+1), IssuedOn: day("2025-09-01"),
				Sections: []materials.Section{materials.Plan, materials.Content, materials.AssessmentResults}})
	}
	return m
}

// largeCertified is the JSON of a certified application whose dossier,
// handed in twice (a return and a resubmission), has 3n materials more
// than the complete set.
func largeCertified(t testing.TB, n int) []byte {
	t.Helper()
	a := newApp(t)
	a = must(a.Submit(day("2026-01-20"), largeDossier(n)))
	a = must(a.Return(day("2026-01-27"), []string{"the 2024 satisfaction report is listed but missing"}))
	a = must(a.Resubmit(day("2026-02-03"), largeDossier(n)))
	a = must(a.Accept(day("2026-02-10"), cycleRequest(), cycleQuote(t)))
	a = must(a.StartDocumentReview(day("2026-03-02")))
	a = must(a.StartOnSiteAudit(day("2026-03-16")))
	a = must(a.RequireRectification(day("2026-03-18"), []audit.Finding{minorFinding(t, day("2026-03-18"))}))
	f := must(a.Findings()[0].SubmitAction(day("2026-04-08"), "回访制度已补充"))
	a = must(a.SubmitRectification(day("2026-04-08"), []audit.Finding{f}))
	a = must(a.ReviewRectification(day("2026-04-15"), []audit.Finding{must(f.Accept(day("2026-04-15")))}))
	a = must(a.CompleteRectification(day("2026-04-15")))
	a = must(a.Certify(day("2026-04-20"), score(t, 86), certID, "ASC-2026-0001"))
	data, err := json.Marshal(a)
	require.NoError(t, err)
	return data
}

// BenchmarkDecodeLargeDossier and BenchmarkParseAnyLargeDossier are the
// pair TestDecodeCost compares: application.Decode of a certified
// application with a large dossier, and encoding/json's generic parse of
// the same bytes.
func BenchmarkDecodeLargeDossier(b *testing.B) {
	data := largeCertified(b, 170)
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

func BenchmarkParseAnyLargeDossier(b *testing.B) {
	data := largeCertified(b, 170)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
		sink = v
	}
}

// bytesPerRun returns the bytes f allocates on average over runs, after
// one run to warm up.
func bytesPerRun(runs int, f func()) float64 {
	f()
	return float64(allocatedBytes(func() {
		for range runs {
			f()
		}
	})) / float64(runs)
}

// TestDecodeCost holds Decode, on an application with a large dossier, to
// fewer bytes than encoding/json's generic parse of the same document
// allocates (0.84 times as many when measured): it decodes once and
// replays once, and does not encode the document again to compare it. It
// allocated 6.8 times as much when it encoded the document and its replay
// to compare them, decoded every value through a json.Decoder and cloned
// the decoded materials.
func TestDecodeCost(t *testing.T) {
	data := largeCertified(t, 170)
	scheme := application.AfterSalesScheme()
	decode := bytesPerRun(10, func() {
		_, err := application.Decode(data, scheme)
		require.NoError(t, err)
	})
	parse := bytesPerRun(10, func() {
		var v any
		require.NoError(t, json.Unmarshal(data, &v))
	})
	t.Logf("%d bytes, %d materials: Decode allocates %.0f bytes, the generic parse %.0f (×%.2f)",
		len(data), 3*(11+3*170), decode, parse, decode/parse)
	assert.Less(t, decode/parse, 1.0, "with a large dossier Decode allocates fewer bytes than the parse (package doc)")
}

// BenchmarkDecodeCertified and BenchmarkParseAnyCertified are the same pair
// for a certified application with the brief's dossier.
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

func BenchmarkParseAnyCertified(b *testing.B) {
	data := []byte(snapshot(b, reach(b, application.Certified)))
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var v any
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
		sink = v
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
