package materials_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/materials"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// everyField is a requirement with every field set to something other than
// its zero value.
func everyField() materials.Requirement {
	return materials.Requirement{
		Kind:               materials.SatisfactionReport,
		Optional:           true,
		Count:              3,
		YearsCovered:       2,
		LatestWithinMonths: 18,
		Sections:           []materials.Section{materials.DataAnalysis, materials.ImprovementMeasures},
		Reference:          materials.CheckResidentID,
		OtherReferences:    []materials.ReferenceCheck{materials.CheckPassport, materials.CheckTaiwanTravelPermit},
		MinAge:             21,
		WarnWithinDays:     30,
		SatisfiedBy: []materials.StandIn{
			{Kind: materials.ServiceCase},
			{Kind: materials.ComplaintRecords, Reference: materials.CheckCreditCode},
		},
	}
}

func TestChecklistJSONRoundTrip(t *testing.T) {
	t.Run("the default checklist loses nothing", func(t *testing.T) {
		want := materials.AfterSalesService()
		data, err := json.Marshal(want)
		require.NoError(t, err)
		var got materials.Checklist
		require.NoError(t, json.Unmarshal(data, &got))
		assert.Equal(t, want, got, "every field, deeply")
		assert.True(t, got.Equal(want))
		require.NoError(t, got.Validate())
	})
	t.Run("the default checklist's figures are in the JSON [brief]", func(t *testing.T) {
		data, err := json.Marshal(materials.AfterSalesService())
		require.NoError(t, err)
		for _, line := range []string{
			`{"kind":"application_form"}`,
			`{"kind":"business_license","reference":"credit_code","warn_within_days":90}`,
			`{"kind":"organization_code","reference":"organization_code","satisfied_by":[{"kind":"business_license","reference":"credit_code"}]}`,
			`{"kind":"legal_rep_id","reference":"resident_id",` +
				`"other_references":["passport","foreign_permanent_resident_id","hk_macao_travel_permit","taiwan_travel_permit"],` +
				`"min_age":18,"warn_within_days":90}`,
			`{"kind":"training_records","latest_within_months":12,"sections":["plan","content","assessment_results"]}`,
			`{"kind":"satisfaction_report","years_covered":2,"sections":["data_analysis","improvement_measures"]}`,
			`{"kind":"service_commitment","optional":true}`,
			`{"kind":"complaint_records","optional":true}`,
			`{"kind":"service_case","optional":true}`,
		} {
			assert.Contains(t, string(data), line)
		}
		assert.True(t, strings.HasPrefix(string(data), `[{"kind":"application_form"},{"kind":"business_license"`), "an array, in order")
	})
	t.Run("every field of a requirement", func(t *testing.T) {
		want := everyField()
		data, err := json.Marshal(want)
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"satisfaction_report","optional":true,"count":3,"years_covered":2,
			"latest_within_months":18,"sections":["data_analysis","improvement_measures"],
			"reference":"resident_id","other_references":["passport","taiwan_travel_permit"],"min_age":21,"warn_within_days":30,
			"satisfied_by":[{"kind":"service_case"},{"kind":"complaint_records","reference":"credit_code"}]}`, string(data))
		var got materials.Requirement
		require.NoError(t, json.Unmarshal(data, &got))
		assert.Equal(t, want, got)

		list := materials.Checklist{Requirements: []materials.Requirement{want, {Kind: materials.QualityManual}}}
		data, err = json.Marshal(list)
		require.NoError(t, err)
		var back materials.Checklist
		require.NoError(t, json.Unmarshal(data, &back))
		assert.Equal(t, list, back)
	})
	t.Run("only kind is required", func(t *testing.T) {
		var got materials.Checklist
		require.NoError(t, json.Unmarshal([]byte(`[{"kind":"quality_manual"}]`), &got))
		assert.Equal(t, materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.QualityManual}}}, got)
	})
	t.Run("zero values may be written out", func(t *testing.T) {
		var got materials.Checklist
		require.NoError(t, json.Unmarshal([]byte(`[{"kind":"quality_manual","optional":false,"count":0,"years_covered":0,
			"latest_within_months":0,"sections":[],"reference":"","other_references":[],"min_age":0,"warn_within_days":0,"satisfied_by":null}]`), &got))
		assert.True(t, got.Equal(materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.QualityManual}}}))
	})
	t.Run("a stand-in on its own", func(t *testing.T) {
		want := materials.StandIn{Kind: materials.BusinessLicense, Reference: materials.CheckCreditCode}
		data, err := json.Marshal(want)
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"business_license","reference":"credit_code"}`, string(data))
		var got materials.StandIn
		require.NoError(t, json.Unmarshal(data, &got))
		assert.Equal(t, want, got)
		data, err = json.Marshal(materials.StandIn{Kind: materials.BusinessLicense})
		require.NoError(t, err)
		assert.JSONEq(t, `{"kind":"business_license"}`, string(data))
	})
	t.Run("decoded dates and slices share nothing with the input", func(t *testing.T) {
		var a, b materials.Checklist
		doc := []byte(`[{"kind":"training_records","sections":["plan"]}]`)
		require.NoError(t, json.Unmarshal(doc, &a))
		require.NoError(t, json.Unmarshal(doc, &b))
		a.Requirements[0].Sections[0] = materials.Content
		assert.Equal(t, materials.Plan, b.Requirements[0].Sections[0])
	})
}

func TestChecklistJSONErrors(t *testing.T) {
	const unknown = " is neither a built-in kind nor one of the checklist's kinds"
	tests := []struct {
		name    string
		doc     string
		message string
	}{
		{"kind nobody defines", `[{"kind":"business_licence"}]`, "requirements[0].kind: business_licence" + unknown},
		{"missing kind", `[{"optional":true}]`, `requirements[0].kind: "" is empty`},
		{"empty kind", `[{"kind":""}]`, `requirements[0].kind: "" is empty`},
		{"kind not spelled as a code", `[{"kind":"Quality_Manual"}]`, `requirements[0].kind: "Quality_Manual" does not start with a lower-case letter a-z`},
		{"duplicate kinds", `[{"kind":"quality_manual"},{"kind":"quality_manual","optional":true}]`, "requirements[1].kind: quality_manual is asked for by requirements[0] already"},
		{"negative count", `[{"kind":"quality_manual","count":-1}]`, "requirements[0].count: -1 is negative"},
		{"count above the limit", `[{"kind":"quality_manual","count":1001}]`, "requirements[0].count: 1001 is more than 1000"},
		{"negative years", `[{"kind":"quality_manual","years_covered":-2}]`, "requirements[0].years_covered: -2 is negative"},
		{"negative months", `[{"kind":"quality_manual","latest_within_months":-1}]`, "requirements[0].latest_within_months: -1 is negative"},
		{"negative warning", `[{"kind":"quality_manual","warn_within_days":-90}]`, "requirements[0].warn_within_days: -90 is negative"},
		{"stand-in pointing to itself", `[{"kind":"organization_code","satisfied_by":[{"kind":"organization_code"}]}]`, "requirements[0].satisfied_by[0].kind: organization_code is the requirement's own kind"},
		{"repeated stand-in", `[{"kind":"organization_code","satisfied_by":[{"kind":"business_license"},{"kind":"business_license"}]}]`, "requirements[0].satisfied_by[1]: repeats satisfied_by[0]"},
		{"stand-in without a kind", `[{"kind":"organization_code","satisfied_by":[{"reference":"credit_code"}]}]`, `requirements[0].satisfied_by[0].kind: "" is empty`},
		{"stand-in of a kind nobody defines", `[{"kind":"organization_code","satisfied_by":[{"kind":"tax_registration"}]}]`, "requirements[0].satisfied_by[0].kind: tax_registration" + unknown},
		{"stand-in with an unknown check", `[{"kind":"organization_code","satisfied_by":[{"kind":"business_license","reference":"driving_licence"}]}]`, `requirements[0].satisfied_by[0].reference: unknown identifier "driving_licence"`},
		{"unknown section", `[{"kind":"training_records","sections":["plan","summary"]}]`, `requirements[0].sections[1]: unknown section "summary"`},
		{"repeated section", `[{"kind":"training_records","sections":["plan","plan"]}]`, "requirements[0].sections[1]: repeats plan"},
		{"unknown reference check", `[{"kind":"business_license","reference":"driving_licence"}]`, `requirements[0].reference: unknown identifier "driving_licence"`},
		{"reference check none", `[{"kind":"business_license","reference":"none"}]`, `requirements[0].reference: unknown identifier "none"`},
		{"empty other reference", `[{"kind":"legal_rep_id","reference":"resident_id","other_references":[""]}]`, `requirements[0].other_references[0]: unknown identifier ""`},
		{"a long unknown code is cut short", `[{"kind":"business_license","reference":"` + strings.Repeat("x", 1000) + `"}]`, `unknown identifier "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (1000 bytes)`},
		{"unknown field", `[{"kind":"quality_manual","mandatory":true}]`, `unknown field "mandatory"`},
		{"unknown field in a stand-in", `[{"kind":"organization_code","satisfied_by":[{"kind":"business_license","check":"credit_code"}]}]`, `unknown field "check"`},
		{"duplicate key", `[{"kind":"quality_manual","count":1,"count":2}]`, `duplicate key "count" in $[0]`},
		{"duplicate key in a stand-in", `[{"kind":"organization_code","satisfied_by":[{"kind":"business_license","kind":"legal_rep_id"}]}]`, `duplicate key "kind" in $[0].satisfied_by[0]`},
		{"count as a string", `[{"kind":"quality_manual","count":"2"}]`, `field "count"`},
		{"fractional count", `[{"kind":"quality_manual","count":1.5}]`, `field "count"`},
		{"optional as a string", `[{"kind":"quality_manual","optional":"yes"}]`, `field "optional"`},
		{"kind as a number", `[{"kind":6}]`, `field "kind"`},
		{"sections as a string", `[{"kind":"training_records","sections":"plan"}]`, `field "sections"`},
		{"a requirement, not a checklist", `{"kind":"quality_manual"}`, `unknown field "kind"`},
		{"empty array", `[]`, "requirements: none"},
		{"null", `null`, "null, where a value is required"},
		{"null requirement", `[null]`, `requirements[0].kind: "" is empty`},
		{"a number", `3`, "invalid JSON document"},
		{"trailing data", `[{"kind":"quality_manual"}] []`, "data after the first value"},
		{"not JSON", `[{"kind":"quality_manual"`, "invalid JSON document"},

		// Kinds of the checklist's own.
		{"a built-in code reused", `{"kinds":[{"code":"business_license","chinese":"营业执照","english":"Licence"}],"requirements":[{"kind":"business_license"}]}`,
			"kinds[0].code: business_license is a built-in kind; a checklist defines only kinds of its own"},
		{"a kind defined twice", `{"kinds":[{"code":"quality_policy","chinese":"质量方针","english":"Quality policy"},{"code":"quality_policy","chinese":"方针","english":"Policy"}],"requirements":[{"kind":"quality_policy"}]}`,
			"kinds[1].code: quality_policy is defined twice"},
		{"a code not spelled as a code", `{"kinds":[{"code":"quality policy","chinese":"质量方针","english":"Quality policy"}],"requirements":[{"kind":"quality_manual"}]}`,
			`kinds[0].code: "quality policy" has a character other than a-z, 0-9 and _`},
		{"a code too long", `{"kinds":[{"code":"` + strings.Repeat("a", 41) + `","chinese":"质量方针","english":"Quality policy"}],"requirements":[{"kind":"quality_manual"}]}`,
			"kinds[0].code: \"" + strings.Repeat("a", 40) + "\"… (41 bytes) is longer than 40 characters"},
		{"no code", `{"kinds":[{"chinese":"质量方针","english":"Quality policy"}],"requirements":[{"kind":"quality_manual"}]}`, `kinds[0].code: "" is empty`},
		{"a blank Chinese name", `{"kinds":[{"code":"quality_policy","chinese":" ","english":"Quality policy"}],"requirements":[{"kind":"quality_policy"}]}`,
			"kinds[0].chinese: is blank"},
		{"no English name", `{"kinds":[{"code":"quality_policy","chinese":"质量方针"}],"requirements":[{"kind":"quality_policy"}]}`, "kinds[0].english: is blank"},
		{"a requirement of a kind not defined", `{"kinds":[{"code":"quality_policy","chinese":"质量方针","english":"Quality policy"}],"requirements":[{"kind":"quality_objectives"}]}`,
			"requirements[0].kind: quality_objectives" + unknown},
		{"no requirements", `{"kinds":[{"code":"quality_policy","chinese":"质量方针","english":"Quality policy"}]}`, "requirements: none"},
		{"unknown field in a kind", `{"kinds":[{"code":"quality_policy","chinese":"质量方针","english":"Quality policy","clause":"5.2"}],"requirements":[{"kind":"quality_policy"}]}`,
			`unknown field "clause"`},
		{"null kind", `{"kinds":[null],"requirements":[{"kind":"quality_manual"}]}`, `kinds[0].code: "" is empty`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.ServiceCase, Optional: true}}}
			// Called directly: json.Unmarshal refuses malformed documents
			// before it calls UnmarshalJSON.
			err := got.UnmarshalJSON([]byte(tc.doc))
			require.Error(t, err)
			assert.ErrorIs(t, err, materials.ErrInvalidChecklist)
			assert.True(t, strings.HasPrefix(err.Error(), "materials: invalid checklist: "), err.Error())
			assert.Contains(t, err.Error(), tc.message)
			assert.Equal(t, materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.ServiceCase, Optional: true}}}, got, "a failed decode leaves the checklist unchanged")
		})
	}
	t.Run("unknown codes also match ErrUnknownCode", func(t *testing.T) {
		var got materials.Checklist
		err := json.Unmarshal([]byte(`[{"kind":"training_records","sections":["summary"]}]`), &got)
		assert.ErrorIs(t, err, materials.ErrUnknownCode)
		assert.Equal(t, `materials: invalid checklist: requirements[0].sections[0]: unknown section "summary"`, err.Error(), "the package named once")
	})
	t.Run("every problem is reported", func(t *testing.T) {
		var got materials.Checklist
		err := json.Unmarshal([]byte(`[{"kind":"nope"},{"kind":"training_records","sections":["x"],"reference":"y"}]`), &got)
		require.Error(t, err)
		for _, w := range []string{"requirements[1].sections[0]", "requirements[1].reference"} {
			assert.Contains(t, err.Error(), w)
		}
		err = json.Unmarshal([]byte(`[{"kind":"nope"},{"kind":"training_records","count":-1}]`), &got)
		for _, w := range []string{"requirements[0].kind", "requirements[1].count"} {
			assert.Contains(t, err.Error(), w)
		}
	})
	t.Run("a requirement on its own", func(t *testing.T) {
		for _, tc := range []struct{ doc, message string }{
			{`{"kind":"quality_manual","count":-1}`, "materials: invalid checklist: count: -1 is negative"},
			{`{"kind":"organization_code","satisfied_by":[{"kind":"organization_code"}]}`, "satisfied_by[0].kind: organization_code is the requirement's own kind"},
			{`{"kind":"Nope"}`, `kind: "Nope" does not start with a lower-case letter a-z`},
			{`{"kind":"quality_manual","extra":1}`, `unknown field "extra"`},
			{`{"kind":"quality_manual","kind":"service_case"}`, `duplicate key "kind"`},
			{`null`, "null, where a value is required"},
		} {
			got := everyField()
			err := got.UnmarshalJSON([]byte(tc.doc))
			require.Error(t, err, tc.doc)
			assert.ErrorIs(t, err, materials.ErrInvalidChecklist)
			assert.Contains(t, err.Error(), tc.message)
			assert.Equal(t, everyField(), got, "a failed decode leaves the requirement unchanged")
		}
	})
	t.Run("a stand-in on its own", func(t *testing.T) {
		got := materials.StandIn{Kind: materials.ServiceCase}
		for _, doc := range []string{`{}`, `{"kind":"Nope"}`, `{"kind":"service_case","reference":"x"}`, `{"kind":"service_case","extra":1}`, `null`} {
			err := got.UnmarshalJSON([]byte(doc))
			require.Error(t, err, doc)
			assert.ErrorIs(t, err, materials.ErrInvalidChecklist)
			assert.Equal(t, materials.StandIn{Kind: materials.ServiceCase}, got)
		}
	})
	t.Run("a kind definition on its own", func(t *testing.T) {
		got := materials.KindDef{Code: "quality_policy", Chinese: "质量方针", English: "Quality policy"}
		before := got
		for _, doc := range []string{`{}`, `{"code":"application_form","chinese":"a","english":"b"}`, `{"code":"x","chinese":"a"}`, `{"code":"x","chinese":"a","english":"b","z":1}`, `null`} {
			err := got.UnmarshalJSON([]byte(doc))
			require.Error(t, err, doc)
			assert.ErrorIs(t, err, materials.ErrInvalidChecklist)
			assert.Equal(t, before, got)
		}
	})
}

func TestChecklistMarshalRefusesInvalid(t *testing.T) {
	for name, v := range map[string]any{
		"empty checklist":          materials.Checklist{},
		"kinds and no requirement": materials.Checklist{Kinds: []materials.KindDef{{Code: "quality_policy", Chinese: "质量方针", English: "Quality policy"}}},
		"a built-in kind defined":  materials.Checklist{Kinds: []materials.KindDef{{Code: materials.QualityManual, Chinese: "手册", English: "Manual"}}, Requirements: []materials.Requirement{{Kind: materials.QualityManual}}},
		"a kind defined twice": materials.Checklist{Kinds: []materials.KindDef{{Code: "quality_policy", Chinese: "质量方针", English: "Quality policy"}, {Code: "quality_policy", Chinese: "质量方针", English: "Quality policy"}},
			Requirements: []materials.Requirement{{Kind: "quality_policy"}}},
		"a kind not defined":                 materials.Checklist{Requirements: []materials.Requirement{{Kind: "quality_policy"}}},
		"kind definition of no code":         materials.KindDef{Chinese: "质量方针", English: "Quality policy"},
		"kind definition of a built-in code": materials.KindDef{Code: materials.ServiceCase, Chinese: "案例", English: "Cases"},
		"duplicate kinds":                    materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.QualityManual}, {Kind: materials.QualityManual}}},
		"negative count":                     materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.QualityManual, Count: -1}}},
		"requirement of no kind":             materials.Requirement{},
		"stand-in to itself":                 materials.Requirement{Kind: materials.OrganizationCode, SatisfiedBy: []materials.StandIn{{Kind: materials.OrganizationCode}}},
		"stand-in of no kind":                materials.StandIn{},
		"stand-in unknown check":             materials.StandIn{Kind: materials.BusinessLicense, Reference: 9},
		"unknown section":                    materials.Requirement{Kind: materials.QualityManual, Sections: []materials.Section{0}},
		"unknown reference check":            materials.Requirement{Kind: materials.QualityManual, Reference: 20},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := json.Marshal(v)
			require.Error(t, err)
			assert.ErrorIs(t, err, materials.ErrInvalidChecklist)
		})
	}
}

func TestRequirementValidate(t *testing.T) {
	require.NoError(t, everyField().Validate())
	for _, r := range materials.AfterSalesService().Requirements {
		require.NoError(t, r.Validate(), r.Kind.String())
	}
	err := materials.Requirement{Kind: materials.QualityManual, Count: -1, Sections: []materials.Section{materials.Plan, materials.Plan}}.Validate()
	require.Error(t, err)
	assert.ErrorIs(t, err, materials.ErrInvalidChecklist)
	assert.Equal(t, "materials: invalid checklist: count: -1 is negative\n"+
		"materials: invalid checklist: sections[1]: repeats plan", err.Error())
	assert.NoError(t, materials.Requirement{Kind: "quality_policy"}.Validate(), "on its own a requirement does not know which kinds its checklist defines")
}

func TestRequirementEqual(t *testing.T) {
	base := everyField()
	assert.True(t, base.Equal(everyField()))
	assert.True(t, materials.Requirement{Kind: materials.QualityManual}.Equal(
		materials.Requirement{Kind: materials.QualityManual, Sections: []materials.Section{}, SatisfiedBy: []materials.StandIn{}}),
		"nil and empty lists are the same")
	for name, change := range map[string]func(*materials.Requirement){
		"kind":                 func(r *materials.Requirement) { r.Kind = materials.ServiceCase },
		"optional":             func(r *materials.Requirement) { r.Optional = false },
		"count":                func(r *materials.Requirement) { r.Count = 4 },
		"years covered":        func(r *materials.Requirement) { r.YearsCovered = 3 },
		"latest within months": func(r *materials.Requirement) { r.LatestWithinMonths = 12 },
		"a section":            func(r *materials.Requirement) { r.Sections[1] = materials.Plan },
		"sections":             func(r *materials.Requirement) { r.Sections = r.Sections[:1] },
		"reference":            func(r *materials.Requirement) { r.Reference = 0 },
		"warn within days":     func(r *materials.Requirement) { r.WarnWithinDays = 31 },
		"a stand-in":           func(r *materials.Requirement) { r.SatisfiedBy[1].Reference = 0 },
		"stand-ins":            func(r *materials.Requirement) { r.SatisfiedBy = nil },
	} {
		other := everyField()
		change(&other)
		assert.False(t, base.Equal(other), name)
		assert.False(t, materials.Checklist{Requirements: []materials.Requirement{base}}.Equal(materials.Checklist{Requirements: []materials.Requirement{other}}), name)
	}
	shorter := materials.AfterSalesService()
	shorter.Requirements = shorter.Requirements[1:]
	assert.False(t, materials.AfterSalesService().Equal(shorter))
	iso, renamed := materials.ISO9001(), materials.ISO9001()
	renamed.Kinds[0].English = "Policy"
	assert.True(t, iso.Equal(materials.ISO9001()))
	assert.False(t, iso.Equal(renamed), "kinds of its own are compared too")
}

func FuzzChecklistJSON(f *testing.F) {
	for _, c := range []materials.Checklist{materials.AfterSalesService(), {Requirements: []materials.Requirement{everyField()}},
		materials.ISO9001(), materials.ISO14001(), materials.ISO45001()} {
		b, err := json.Marshal(c)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`[{"kind":"quality_manual","count":-1}]`))
	f.Add([]byte(`[{"kind":"organization_code","satisfied_by":[{"kind":"organization_code"}]}]`))
	f.Add([]byte(`[{"kind":"quality_manual","kind":"quality_manual"}]`))
	f.Add([]byte(`[{"kind":"quality_manual","count":1e3}]`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"kinds":[{"code":"quality_policy","chinese":"质量方针","english":"Quality policy"}],"requirements":[{"kind":"quality_policy"}]}`))
	f.Add([]byte(`{"kinds":[],"requirements":[{"kind":"quality_manual"}]}`))
	f.Add([]byte(`{"kinds":[{"code":"business_license","chinese":"a","english":"b"}],"requirements":[{"kind":"business_license"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		before := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.ServiceCase}}}
		c := materials.Checklist{Requirements: []materials.Requirement{{Kind: materials.ServiceCase}}}
		if err := json.Unmarshal(data, &c); err != nil {
			if !c.Equal(before) {
				t.Fatalf("failed decode changed the checklist to %+v", c)
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("decoded a checklist that Validate refuses: %v", err)
		}
		jsontest.RoundTrip(t, c)
	})
}
