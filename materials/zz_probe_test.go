package materials_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/aftersales/certification/materials"
)

func TestProbe(t *testing.T) {
	m := materials.Material{Kind: materials.ApplicationForm, Title: "x", IssuedOn: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	b, err := json.Marshal(m)
	var back materials.Material
	err2 := json.Unmarshal(b, &back)
	t.Logf("%s %v / %v", b, err, err2)
	m.IssuedOn = time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC)
	b, err = json.Marshal(m)
	err2 = json.Unmarshal(b, &back)
	t.Logf("%s %v / %v", b, err, err2)
	var r materials.Report
	err = json.Unmarshal([]byte(`{"as_of":"2026-01-01","complete":true,"results":[{"satisfied":true}]}`), &r)
	t.Logf("kindless result: %v %+v", err, r)
	_, err = json.Marshal(r)
	t.Log("remarshal:", err)
	err = json.Unmarshal([]byte(`{"as_of":"2026-01-01","complete":true,"results":[{"kind":"quality_manual","satisfied":false}]}`), &r)
	t.Logf("unsatisfied no problems: %v", err)
	err = json.Unmarshal([]byte(`{"complete":false,"results":[{"kind":"quality_manual","satisfied":true}]}`), &r)
	t.Logf("no as_of with results: %v", err)
	for _, c := range []string{"91310000132260250X", "91440300708461136T", "914403001922038216"} {
		t.Log(c, materials.ValidateCreditCode(c))
	}
	t.Log(materials.ValidateResidentID("11010519491231002x"))
	t.Log(materials.ValidateResidentID("11010519491231002X"))
	t.Log(materials.ValidateOrganizationCode("13226025-0"), materials.ValidateOrganizationCode("132260250"))
	// check with asOf in Shanghai 00:30
	loc := time.FixedZone("CST", 8*3600)
	asOf := time.Date(2026, 5, 1, 0, 30, 0, 0, loc)
	rep := materials.AfterSalesService().Check(nil, asOf)
	t.Log(rep.Complete(), len(rep.Problems()))
}
