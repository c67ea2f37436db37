package jsonx

import "reflect"

// This file holds what spares the typed pass (typed.go) its reflection: a
// Plan of a wire type, worked out once, when the package that decodes it is
// initialised, and never changed. Without one the pass reflects on the
// fields of every struct it fills and on every type it meets, at every
// call, which was about a tenth of the cost of decoding an application
// document. FuzzPlan holds a Plan to the pass without one: the same
// documents decode to the same values or fail with the same messages.

// Plan is what Decode learns by reflection about the types a value of type
// W is decoded into: which of them decode themselves and the JSON names
// and types of the fields of its structs. Make it once, in a package-level
// variable, with [PlanOf]; it is immutable and safe for concurrent use.
type Plan[W any] struct {
	types map[reflect.Type]planned
}

// planned is what the typed pass needs of a type t a value is decoded into:
// filled(t), and the fields of that struct when it is one the pass reads
// (nil otherwise, and the pass then reflects as it does without a plan).
type planned struct {
	fill   reflect.Type
	fields *structFields
}

// PlanOf works out the Plan of W.
func PlanOf[W any]() Plan[W] {
	p := Plan[W]{types: map[reflect.Type]planned{}}
	addPlanned(p.types, reflect.TypeFor[*W]())
	return p
}

// addPlanned adds t, and every type a value of t holds, to types.
func addPlanned(types map[reflect.Type]planned, t reflect.Type) {
	if _, ok := types[t]; ok {
		return
	}
	fill := filled(t)
	types[t] = planned{fill: fill}
	if fill == nil {
		return
	}
	if fill.Kind() != reflect.Struct {
		addPlanned(types, fill.Elem()) // a map's, slice's or array's elements
		return
	}
	fields := new(structFields)
	if !fields.load(fill) {
		return
	}
	types[t] = planned{fill: fill, fields: fields}
	for _, ft := range fields.types[:fields.n] {
		addPlanned(types, ft)
	}
}

// filled returns filled(t) and, from the plan, the fields of that struct
// when the plan has them.
func (c *dupChecker) filled(t reflect.Type) (reflect.Type, *structFields) {
	if p, ok := c.plan[t]; ok {
		return p.fill, p.fields
	}
	return filled(t), nil
}

// Decode is [Decode] with the plan p.
func (p Plan[W]) Decode(data []byte, v *W) error {
	return decode(data, v, p.types)
}

// Decoder is [Unmarshal] for one kind of value, with the Plan of its wire
// form and, where the package has one, a fast path. Make it once, in a
// package-level variable, with [NewDecoder]; the zero Decoder has no build
// step and is not to be used.
type Decoder[W, T any] struct {
	plan  Plan[W]
	kind  error
	build func(*W) (T, error)
	fast  func([]byte, *W) bool
}

// NewDecoder returns the Decoder that decodes a value's document strictly
// into a W and builds the value with build, reporting a decoding error as a
// problem of kind, as [Unmarshal] does.
func NewDecoder[W, T any](kind error, build func(*W) (T, error)) Decoder[W, T] {
	return Decoder[W, T]{plan: PlanOf[W](), kind: kind, build: build}
}

// WithFast returns d with the fast path fast: a reader, written with a
// [Scanner], of the plain form the value's MarshalJSON writes, which fills
// a W without reflection and returns false for any other input. d tries it
// first and decodes whatever it refuses as before; the package's fuzz
// target holds fast to that rule (whatever fast reads, Decode reads to the
// same W).
func (d Decoder[W, T]) WithFast(fast func([]byte, *W) bool) Decoder[W, T] {
	d.fast = fast
	return d
}

// Unmarshal is [Unmarshal] with the decoder's kind, build, plan and fast
// path: on error *dst is unchanged.
func (d Decoder[W, T]) Unmarshal(data []byte, dst *T) error {
	var w W
	if d.fast == nil || !d.fast(data, &w) {
		return unmarshal(data, d.kind, d.build, dst, d.plan.types)
	}
	return store(d.build, &w, dst)
}
