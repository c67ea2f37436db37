package materials

import (
	"encoding/json"
	"reflect"
	"testing"
	"time"

	"github.com/aftersales/certification/internal/jsonx"
)

// FuzzMaterialFast holds decodeMaterialFast to the plain rule: whatever it
// reads, jsonx.Decode reads to the same wire form; and a material decodes
// to the same value, or the same error, whichever way it is read.
func FuzzMaterialFast(f *testing.F) {
	for _, seed := range []string{
		`{"kind":"quality_manual","title":"质量管理手册（A/2）","issued_on":"2024-12-15"}`,
		`{"kind":"satisfaction_report","title":"2025年度报告","issued_on":"2026-01-12","covers":{"from":"2025-01-01","to":"2025-12-31"},"sections":["data_analysis","improvement_measures"]}`,
		`{"kind":"legal_rep_id","title":"身份证","issued_on":"2019-04-30","valid_until":"2039-04-30","reference":"11010519491231002X","reference_type":"resident_id"}`,
		` { "kind" : "x" , "title" : "y" , "sections" : [ ] , "covers" : { } } `,
		`{"kind":"quality_manual","kind":"service_case"}`,
		`{"kind":"quality_manual","title":"a\"b"}`,
		`{"kind":"quality_manual","Title":"x"}`,
		`{"kind":"quality_manual","covers":null}`,
		`{"kind":"quality_manual","title":"x"} {}`,
		`{}`, `null`, `[]`, `{"kind":1}`, "{\"title\":\"\xff\"}",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var fast materialWire
		if decodeMaterialFast(data, &fast) {
			var plain materialWire
			if err := jsonx.Decode(data, &plain); err != nil {
				t.Fatalf("the fast path read %q, the plain rule refuses it: %v", data, err)
			}
			if !reflect.DeepEqual(sectionsNilAsEmpty(fast), sectionsNilAsEmpty(plain)) {
				t.Fatalf("%q: fast %+v, plain %+v", data, fast, plain)
			}
		}
		var viaMethod Material
		errMethod := json.Unmarshal(data, &viaMethod)
		var viaPlain Material
		errPlain := jsonx.Unmarshal(data, ErrInvalidMaterial, buildMaterial, &viaPlain)
		if (errMethod == nil) != (errPlain == nil) || !viaMethod.Equal(viaPlain) {
			t.Fatalf("%q: UnmarshalJSON gave %v, the plain rule %v", data, errMethod, errPlain)
		}
	})
}

// sectionsNilAsEmpty returns w with an empty list of sections as nil: the
// two readings differ only there, and both convert to no sections.
func sectionsNilAsEmpty(w materialWire) materialWire {
	if len(w.Sections) == 0 {
		w.Sections = nil
	}
	return w
}

// TestMaterialFastReadsWhatMarshalWrites: every material MarshalJSON writes
// takes the fast path, so a large dossier never pays for the plain one.
func TestMaterialFastReadsWhatMarshalWrites(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, m := range []Material{
		{Kind: QualityManual, Title: "质量管理手册（A/2）", IssuedOn: day("2024-12-15")},
		{Kind: SatisfactionReport, Title: "2025年度客户满意度调查报告 \"final\" <A&B>", IssuedOn: day("2026-01-12"),
			Covers:   Period{From: day("2025-01-01"), To: day("2025-12-31")},
			Sections: []Section{DataAnalysis, ImprovementMeasures}},
		{Kind: LegalRepID, Title: "身份证", IssuedOn: day("2019-04-30"), ValidUntil: day("2039-04-30"),
			Reference: "11010519491231002X", ReferenceType: CheckResidentID},
	} {
		data, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		var w materialWire
		if !decodeMaterialFast(data, &w) {
			t.Errorf("%s: the plain way, want the fast path (escapes and all)", data)
		}
	}
}
