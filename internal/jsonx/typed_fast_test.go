package jsonx

import (
	"encoding/json"
	"reflect"
	"testing"
)

// planned decodes data into a new value of each of the fuzz targets' types
// with the type's Plan, and returns the values and the errors.
func plannedTargets(data []byte) ([]any, []error) {
	var (
		a tree
		b []tree
		c map[string]tree
		d any
		e embedding
		f oddTag
		g string
		h leaf
	)
	errs := []error{
		PlanOf[tree]().Decode(data, &a), PlanOf[[]tree]().Decode(data, &b), PlanOf[map[string]tree]().Decode(data, &c),
		PlanOf[any]().Decode(data, &d), PlanOf[embedding]().Decode(data, &e), PlanOf[oddTag]().Decode(data, &f),
		PlanOf[string]().Decode(data, &g), PlanOf[leaf]().Decode(data, &h),
	}
	return []any{&a, &b, &c, &d, &e, &f, &g, &h}, errs
}

// FuzzPlan holds Decode with a Plan to Decode without one: the same
// documents decode to the same values, or fail with the same messages.
func FuzzPlan(f *testing.F) {
	for _, s := range typedSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		plain := targets()
		planned, errsPlanned := plannedTargets(data)
		for i := range plain {
			err := Decode(data, plain[i])
			if (err == nil) != (errsPlanned[i] == nil) || err != nil && err.Error() != errsPlanned[i].Error() {
				t.Fatalf("%T: Decode %v, with a plan %v", plain[i], err, errsPlanned[i])
			}
			if err == nil && !reflect.DeepEqual(plain[i], planned[i]) {
				t.Fatalf("%T: Decode %+v, with a plan %+v", plain[i], plain[i], planned[i])
			}
		}
	})
}

// TestPlanOf: a Plan knows the fields of the structs a value holds, through
// pointers, slices, arrays and maps, and nothing of a type that decodes
// itself; a struct the pass does not read (an embedded field, an odd tag
// name) is left to reflection.
func TestPlanOf(t *testing.T) {
	p := PlanOf[tree]().types
	for _, ty := range []reflect.Type{reflect.TypeFor[*tree](), reflect.TypeFor[*leaf](), reflect.TypeFor[[]leaf](), reflect.TypeFor[[2]leaf]()} {
		if p[ty].fill == nil || p[ty].fill.Kind() == reflect.Struct && p[ty].fields == nil {
			t.Errorf("%v: %+v", ty, p[ty])
		}
	}
	if p[reflect.TypeFor[self]()] != (planned{}) {
		t.Errorf("a type that decodes itself is planned: %+v", p[reflect.TypeFor[self]()])
	}
	if q := PlanOf[embedding]().types[reflect.TypeFor[*embedding]()]; q.fields != nil {
		t.Errorf("embedding: fields planned")
	}
	if q := PlanOf[oddTag]().types[reflect.TypeFor[*oddTag]()]; q.fields != nil {
		t.Errorf("oddTag: fields planned")
	}
}

// TestPlanDecodeAllocatesAsUnmarshal: with a Plan, Decode allocates no
// more than json.Unmarshal of the same value, as without one.
func TestPlanDecodeAllocatesAsUnmarshal(t *testing.T) {
	data := []byte(`{"a":"x","in":{"b":"y"},"list":[{"b":"1"},{"b":"2"}],"by_name":{"k":{"b":"v"}},"pair":[{"b":"p"},{"b":"q"}]}`)
	plan := PlanOf[tree]()
	planned := testing.AllocsPerRun(100, func() {
		var v tree
		if err := plan.Decode(data, &v); err != nil {
			t.Fatal(err)
		}
	})
	unmarshal := testing.AllocsPerRun(100, func() {
		var v tree
		if err := json.Unmarshal(data, &v); err != nil {
			t.Fatal(err)
		}
	})
	if planned > unmarshal {
		t.Errorf("Decode with a plan allocates %v times, json.Unmarshal %v", planned, unmarshal)
	}
}
