package application

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/materials"
)

// The plain rule for fast.go's list: encoding/json decoding a []T.

// listSeeds are arrays of materials and findings, valid or not, as a
// document holds them.
var listSeeds = []string{
	`[]`, `null`, ` [ ] `,
	`[{"kind":"application_form","title":"认证申请书","issued_on":"2026-01-15"}]`,
	`[ {"kind":"service_case","title":"a, [b] {c} \"d\"","issued_on":"2025-06-01"} ,
	   {"kind":"training_records","title":"培训","issued_on":"2025-09-01","sections":["plan","content"]} ]`,
	`[{"kind":"application_form","title":"x","issued_on":"2026-13-01"}]`,
	`[{"kind":"application_form","title":"x","issued_on":"2026-01-01"},{"kind":"nope"}]`,
	`[{"kind":"application_form","title":"x","issued_on":"2026-01-01","extra":1}]`,
	`[1]`, `["x"]`, `{}`, `[null]`,
	`[{"id":"11111111-2222-4333-8444-555555555555","severity":"minor","clause":"5.2.4","statement":"s","evidence":"e","raised_on":"2026-03-18","due_on":"2026-04-17","status":"open"}]`,
}

// sameDecoding decodes data into a list[T, P] and into a []T with
// encoding/json and reports what differs: an error on one side only, or
// different values (compared with equal).
func sameDecoding[T any, P interface {
	*T
	json.Unmarshaler
}](t *testing.T, data []byte, equal func(T, T) bool) {
	t.Helper()
	var fast list[T, P]
	var plain []T
	errFast, errPlain := json.Unmarshal(data, &fast), json.Unmarshal(data, &plain)
	switch {
	case (errFast == nil) != (errPlain == nil):
		t.Fatalf("%s: list %v, []T %v", data, errFast, errPlain)
	case errFast == nil && !slices.EqualFunc(fast, plain, equal):
		t.Fatalf("%s: list %v, []T %v", data, fast, plain)
	case errFast == nil && (fast == nil) != (plain == nil):
		t.Fatalf("%s: list nil %v, []T nil %v", data, fast == nil, plain == nil)
	}
}

func TestListDecodesAsASlice(t *testing.T) {
	for _, s := range listSeeds {
		sameDecoding[materials.Material](t, []byte(s), materials.Material.Equal)
		sameDecoding[audit.Finding](t, []byte(s), audit.Finding.Equal)
	}
	t.Run("a large list is sized once", func(t *testing.T) {
		data := []byte(`[` + strings.Repeat(`{"kind":"service_case","title":"案例","issued_on":"2025-06-01"},`, 999) +
			`{"kind":"service_case","title":"案例","issued_on":"2025-06-01"}]`)
		var l materialList
		if err := json.Unmarshal(data, &l); err != nil || len(l) != 1000 || cap(l) != 1000 {
			t.Fatalf("len %d cap %d, %v", len(l), cap(l), err)
		}
	})
}

func FuzzList(f *testing.F) {
	for _, s := range listSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		sameDecoding[materials.Material](t, data, materials.Material.Equal)
		sameDecoding[audit.Finding](t, data, audit.Finding.Equal)
	})
}
