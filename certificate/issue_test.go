package certificate_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/materials"
	"github.com/google/uuid"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPresets(t *testing.T) {
	// Each figure of ISO/IEC 17021-1 [17021] and of CNCA 2026 [CNCA].
	tests := []struct {
		name              string
		p                 certificate.Policy
		anchor            certificate.Anchor
		restorationMonths int
		json              string
	}{
		{"ISO/IEC 17021-1", certificate.DefaultPolicy(), certificate.AnchorDecision, 6,
			`{"validity_years":3,"surveillance_interval_months":12,"surveillance_anchor":"decision_date","surveillance_tolerance_months":0,` +
				`"surveillances_per_cycle":2,"max_suspension_months":6,"restoration_window_months":6,"recertification_lead_months":3}`},
		{"CNCA 2026", certificate.CNCA2026Policy(), certificate.AnchorIssue, 0,
			`{"validity_years":3,"surveillance_interval_months":12,"surveillance_anchor":"issue_date","surveillance_tolerance_months":0,` +
				`"surveillances_per_cycle":2,"max_suspension_months":6,"restoration_window_months":0,"recertification_lead_months":3}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.p
			assert.Equal(t, 3, p.ValidityYears)
			assert.Equal(t, 12, p.SurveillanceIntervalMonths)
			assert.Equal(t, tt.anchor, p.SurveillanceAnchor)
			assert.Equal(t, 0, p.SurveillanceToleranceMonths)
			assert.Equal(t, 2, p.SurveillancesPerCycle)
			assert.Equal(t, 6, p.MaxSuspensionMonths)
			assert.Equal(t, tt.restorationMonths, p.RestorationWindowMonths)
			assert.Equal(t, 3, p.RecertificationLeadMonths)
			assert.NoError(t, p.Validate())

			data, err := json.Marshal(p)
			require.NoError(t, err)
			assert.Equal(t, tt.json, string(data))
			var back certificate.Policy
			require.NoError(t, json.Unmarshal(data, &back))
			assert.Equal(t, p, back)
		})
	}
}

func TestAnchor(t *testing.T) {
	for a, names := range map[certificate.Anchor][3]string{
		certificate.AnchorDecision: {"decision_date", "认证决定日期", "Certification decision date"},
		certificate.AnchorIssue:    {"issue_date", "发证日期", "Issue date"},
	} {
		assert.True(t, a.IsValid())
		assert.Equal(t, names[0], a.String())
		assert.Equal(t, names[1], a.Chinese())
		assert.Equal(t, names[2], a.English())
		text, err := a.MarshalText()
		require.NoError(t, err)
		var back certificate.Anchor
		require.NoError(t, back.UnmarshalText(text))
		assert.Equal(t, a, back)
	}
	assert.Equal(t, []certificate.Anchor{certificate.AnchorDecision, certificate.AnchorIssue}, certificate.Anchors())
	for _, a := range certificate.Anchors() {
		parsed, err := certificate.ParseAnchor(a.String())
		require.NoError(t, err)
		assert.Equal(t, a, parsed)
	}
	_, err := certificate.ParseAnchor("decision")
	assert.ErrorIs(t, err, certificate.ErrUnknownCode)
	a := certificate.AnchorIssue
	err = a.UnmarshalText([]byte("decision"))
	assert.ErrorIs(t, err, certificate.ErrUnknownCode)
	assert.Equal(t, certificate.AnchorIssue, a, "unchanged on error")
	assert.False(t, certificate.Anchor(0).IsValid())
	assert.False(t, certificate.Anchor(3).IsValid())
	_, err = certificate.Anchor(0).MarshalText()
	assert.ErrorIs(t, err, certificate.ErrUnknownCode)
}

func TestPolicyValidate(t *testing.T) {
	edit := func(f func(*certificate.Policy)) certificate.Policy {
		p := certificate.DefaultPolicy()
		f(&p)
		return p
	}
	valid := []struct {
		name string
		p    certificate.Policy
	}{
		{"default", certificate.DefaultPolicy()},
		{"tolerance 3 months", edit(func(p *certificate.Policy) { p.SurveillanceToleranceMonths = 3 })},
		{"anchored on the issue date with a tolerance", edit(func(p *certificate.Policy) {
			p.SurveillanceAnchor, p.SurveillanceToleranceMonths = certificate.AnchorIssue, 3
		})},
		{"no restoration (CNCA 2026)", edit(func(p *certificate.Policy) { p.RestorationWindowMonths = 0 })},
		{"no surveillance", edit(func(p *certificate.Policy) { p.SurveillancesPerCycle, p.SurveillanceIntervalMonths = 0, 0 })},
		{"four surveillances every 6 months", edit(func(p *certificate.Policy) {
			p.SurveillancesPerCycle, p.SurveillanceIntervalMonths, p.RestorationWindowMonths = 4, 6, 3
		})},
	}
	for _, tt := range valid {
		t.Run(tt.name, func(t *testing.T) { assert.NoError(t, tt.p.Validate()) })
	}

	invalid := []struct {
		name     string
		p        certificate.Policy
		problems int
	}{
		{"zero policy", certificate.Policy{}, 3},
		{"unknown anchor", edit(func(p *certificate.Policy) { p.SurveillanceAnchor = 3 }), 1},
		{"no anchor", edit(func(p *certificate.Policy) { p.SurveillanceAnchor = 0 }), 1},
		{"validity 0", edit(func(p *certificate.Policy) { p.ValidityYears = 0 }), 1},
		{"validity 11", edit(func(p *certificate.Policy) { p.ValidityYears = 11 }), 1},
		{"tolerance 4 months", edit(func(p *certificate.Policy) { p.SurveillanceToleranceMonths = 4 }), 1},
		{"negative tolerance", edit(func(p *certificate.Policy) { p.SurveillanceToleranceMonths = -1 }), 1},
		{"interval 0 with surveillances", edit(func(p *certificate.Policy) { p.SurveillanceIntervalMonths = 0 }), 1},
		{"negative surveillances", edit(func(p *certificate.Policy) { p.SurveillancesPerCycle = -1 }), 1},
		{"last surveillance outside the cycle", edit(func(p *certificate.Policy) { p.SurveillancesPerCycle = 3 }), 1},
		{"suspension 0", edit(func(p *certificate.Policy) { p.MaxSuspensionMonths = 0 }), 1},
		{"suspension 13", edit(func(p *certificate.Policy) { p.MaxSuspensionMonths = 13 }), 1},
		{"negative restoration", edit(func(p *certificate.Policy) { p.RestorationWindowMonths = -1 }), 1},
		{"restoration as long as the interval", edit(func(p *certificate.Policy) { p.RestorationWindowMonths = 12 }), 1},
		{"lead 13", edit(func(p *certificate.Policy) { p.RecertificationLeadMonths = 13 }), 1},
		{"lead as long as a 1-year cycle", edit(func(p *certificate.Policy) {
			*p = certificate.Policy{ValidityYears: 1, SurveillanceAnchor: certificate.AnchorDecision, MaxSuspensionMonths: 6, RecertificationLeadMonths: 12}
		}), 1},
		{"every field wrong", certificate.Policy{ValidityYears: -1, SurveillanceIntervalMonths: -1, SurveillanceToleranceMonths: 9,
			SurveillancesPerCycle: -2, MaxSuspensionMonths: -1, RestorationWindowMonths: 99, RecertificationLeadMonths: -3}, 8},
	}
	for _, tt := range invalid {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.p.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, certificate.ErrInvalidPolicy)
			assert.Contains(t, err.Error(), "certificate: invalid policy: ")
			assert.Equal(t, tt.problems, problems(err), err.Error())
		})
	}
}

func TestPolicyJSON(t *testing.T) {
	p := certificate.DefaultPolicy()
	p.SurveillanceToleranceMonths = 2
	data, err := json.Marshal(p)
	require.NoError(t, err)
	assert.JSONEq(t, `{"validity_years":3,"surveillance_interval_months":12,"surveillance_anchor":"decision_date","surveillance_tolerance_months":2,
		"surveillances_per_cycle":2,"max_suspension_months":6,"restoration_window_months":6,"recertification_lead_months":3}`, string(data))
	var back certificate.Policy
	require.NoError(t, json.Unmarshal(data, &back))
	assert.Equal(t, p, back)

	const (
		head = `{"validity_years":3,"surveillance_interval_months":12,`
		tail = `"surveillance_tolerance_months":0,"surveillances_per_cycle":2,"max_suspension_months":6,"restoration_window_months":6,"recertification_lead_months":3}`
	)
	require.NoError(t, json.Unmarshal([]byte(head+`"surveillance_anchor":"issue_date",`+tail), &back))
	assert.Equal(t, certificate.AnchorIssue, back.SurveillanceAnchor)
	bad := []struct{ name, json, text string }{
		{"missing field", head + `"surveillance_anchor":"decision_date","surveillance_tolerance_months":0,"surveillances_per_cycle":2,"max_suspension_months":6,"restoration_window_months":6}`, `recertification_lead_months: is missing`},
		{"missing anchor (a policy written before it was a field)", head + tail, `surveillance_anchor: is missing`},
		{"unknown anchor", head + `"surveillance_anchor":"decision",` + tail, `unknown surveillance anchor "decision"`},
		{"anchor as a number", head + `"surveillance_anchor":1,` + tail, `surveillance_anchor`},
		{"null anchor", head + `"surveillance_anchor":null,` + tail, `surveillance_anchor: is missing`},
		{"unknown field", head + `"surveillance_anchor":"decision_date",` + tail[:len(tail)-1] + `,"grace":1}`, `unknown field "grace"`},
		{"invalid value", head + `"surveillance_anchor":"decision_date","surveillance_tolerance_months":5` + tail[len(`"surveillance_tolerance_months":0`):], "surveillance_tolerance_months: 5 is outside 0..3"},
		{"duplicate key", `{"validity_years":3,` + head[1:] + `"surveillance_anchor":"decision_date",` + tail, `duplicate key "validity_years"`},
		{"not an object", `[]`, "certificate: invalid policy"},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			got := certificate.DefaultPolicy()
			err := json.Unmarshal([]byte(tt.json), &got)
			require.Error(t, err)
			assert.ErrorIs(t, err, certificate.ErrInvalidPolicy)
			assert.ErrorContains(t, err, tt.text)
			assert.Equal(t, certificate.DefaultPolicy(), got, "unchanged on error")
		})
	}
	_, err = json.Marshal(certificate.Policy{})
	assert.ErrorIs(t, err, certificate.ErrInvalidPolicy)
}

// TestIssueExpiry checks the expiry rule [17021]: the day
// before the same date three years on; a cycle starting on Feb 29 ends on
// Feb 28.
func TestIssueExpiry(t *testing.T) {
	tests := []struct {
		decided, want string
		years         int
	}{
		{"2026-03-10", "2029-03-09", 3},
		{"2024-02-29", "2027-02-28", 3}, // no 2027-02-29
		{"2024-03-01", "2027-02-28", 3},
		{"2025-03-01", "2028-02-29", 3}, // the day before 2028-03-01 is in a leap year
		{"2024-02-28", "2027-02-27", 3},
		{"2025-01-31", "2028-01-30", 3},
		{"2024-08-31", "2027-08-30", 3},
		{"2026-01-01", "2028-12-31", 3},
		{"2024-02-29", "2028-02-28", 4}, // a Feb 29 four years on exists
		{"2026-03-10", "2027-03-09", 1},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s+%dy", tt.decided, tt.years), func(t *testing.T) {
			p := certificate.DefaultPolicy()
			p.ValidityYears = tt.years
			p.SurveillancesPerCycle = 0 // so that it stays valid to the end
			c := issue(t, p, grantOn(tt.decided, tt.decided))
			assert.Equal(t, tt.want, calendar.Format(c.ExpiresOn()))
			assert.Equal(t, tt.decided, calendar.Format(c.CycleStart()))
			assert.Equal(t, certificate.Valid, c.StatusOn(day(tt.want)))
			assert.Equal(t, p, c.Policy())
			assert.Equal(t, certificate.Expired, c.StatusOn(calendar.AddDays(day(tt.want), 1)))
		})
	}
}

func TestIssueAccessors(t *testing.T) {
	g := grantOn("2026-03-10", "2026-03-16")
	g.DecidedOn = g.DecidedOn.Add(15 * time.Hour) // the time of day is dropped
	c := issue(t, certificate.DefaultPolicy(), g)
	assert.Equal(t, g.ID, c.ID())
	assert.Equal(t, g.Number, c.Number())
	assert.Equal(t, g.Holder, c.Holder())
	assert.Equal(t, g.CreditCode, c.CreditCode())
	assert.Equal(t, g.Scope, c.Scope())
	assert.Equal(t, g.Standard, c.Standard())
	assert.Equal(t, audit.FourStar, c.Level())
	assert.Equal(t, day("2026-03-10"), c.DecidedOn())
	assert.Equal(t, day("2026-03-16"), c.IssuedOn())
	assert.Equal(t, day("2026-03-10"), c.Grant().DecidedOn)
	assert.Empty(t, c.History())
	assert.Empty(t, c.Address(), "optional: not given")
	assert.Empty(t, c.Body(), "optional: not given")
}

// TestIssueAddressAndBody checks the optional holder location (住所) and
// certification body (认证机构) a certificate shows [17021], [CNCA]:
// kept exactly as given, and unchanged by later events.
func TestIssueAddressAndBody(t *testing.T) {
	tests := []struct{ name, address, body string }{
		{"both", testAddress, testBody},
		{"address only", testAddress, ""},
		{"body only", "", testBody},
		{"neither", "", ""},
		{"kept as given, spaces included", " 上海市黄浦区 ", "CB\tLtd"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := grantOn("2026-03-10", "2026-03-16")
			g.Address, g.Body = tt.address, tt.body
			c := issue(t, certificate.DefaultPolicy(), g)
			assert.Equal(t, tt.address, c.Address())
			assert.Equal(t, tt.body, c.Body())
			assert.Equal(t, tt.address, c.Grant().Address)
			assert.Equal(t, tt.body, c.Grant().Body)
			later := applyAll(t, c, surv("2027-03-01"), surv("2028-03-01"), recertify("2029-01-20"))
			assert.Equal(t, tt.address, later.Address(), "a recertification keeps the address")
			assert.Equal(t, tt.body, later.Body(), "a recertification keeps the body")
		})
	}
}

func TestIssueErrors(t *testing.T) {
	edit := func(f func(*certificate.Grant)) certificate.Grant {
		g := grantOn("2026-03-10", "2026-03-16")
		f(&g)
		return g
	}
	tests := []struct {
		name  string
		grant certificate.Grant
		also  error // a second sentinel the error matches
		text  string
	}{
		{"nil ID", edit(func(g *certificate.Grant) { g.ID = uuid.Nil }), nil, "id: is the nil UUID"},
		{"blank number", edit(func(g *certificate.Grant) { g.Number = "  " }), nil, "number: is blank"},
		{"empty holder", edit(func(g *certificate.Grant) { g.Holder = "" }), nil, "holder: is blank"},
		{"empty scope", edit(func(g *certificate.Grant) { g.Scope = "" }), nil, "scope: is blank"},
		{"empty standard", edit(func(g *certificate.Grant) { g.Standard = "" }), nil, "standard: is blank"},
		{"holder not UTF-8 (JSON could not round-trip it)", edit(func(g *certificate.Grant) { g.Holder = "上海\xff" }), nil, "holder: is not valid UTF-8"},
		{"scope not UTF-8", edit(func(g *certificate.Grant) { g.Scope = "\xc3" }), nil, "scope: is not valid UTF-8"},
		{"blank address", edit(func(g *certificate.Grant) { g.Address = " \t" }), nil, "address: is blank"},
		{"blank body", edit(func(g *certificate.Grant) { g.Body = "\u3000" }), nil, "body: is blank"},
		{"address not UTF-8", edit(func(g *certificate.Grant) { g.Address = "上海\xff" }), nil, "address: is not valid UTF-8"},
		{"body not UTF-8", edit(func(g *certificate.Grant) { g.Body = "\xc3" }), nil, "body: is not valid UTF-8"},
		{"bad credit code check character", edit(func(g *certificate.Grant) { g.CreditCode = "91310000132260250Y" }), materials.ErrInvalidReference, "credit code"},
		{"short credit code", edit(func(g *certificate.Grant) { g.CreditCode = "9131" }), materials.ErrInvalidReference, "credit code"},
		{"level not rated", edit(func(g *certificate.Grant) { g.Level = audit.NotRated }), certificate.ErrNotCertifiable, "not certifiable: it is below compliant"},
		{"level unknown", edit(func(g *certificate.Grant) { g.Level = 0 }), certificate.ErrNotCertifiable, "unknown level"},
		{"zero decision", edit(func(g *certificate.Grant) { g.DecidedOn = time.Time{} }), nil, "decided_on: is zero"},
		{"zero issue", edit(func(g *certificate.Grant) { g.IssuedOn = time.Time{} }), nil, "issued_on: is zero"},
		{"year 10000", edit(func(g *certificate.Grant) { g.IssuedOn = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }), nil, "outside 0001-01-02 to 9999-12-31"},
		{"issued before the decision", edit(func(g *certificate.Grant) { g.IssuedOn = day("2026-03-09") }), nil, "before the decision date 2026-03-10"},
		{"issued after the first surveillance due", edit(func(g *certificate.Grant) { g.IssuedOn = day("2027-03-11") }), nil, "after the first surveillance due date 2027-03-10"},
		{"expiry after 9999", edit(func(g *certificate.Grant) { g.DecidedOn, g.IssuedOn = day("9998-01-01"), day("9998-01-01") }), nil, "after the year 9999"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := certificate.Issue(certificate.DefaultPolicy(), tt.grant)
			require.Error(t, err)
			assert.ErrorIs(t, err, certificate.ErrInvalidGrant)
			if tt.also != nil {
				assert.ErrorIs(t, err, tt.also)
			}
			assert.Contains(t, err.Error(), tt.text)
			assert.Contains(t, err.Error(), "certificate: invalid grant: ")
			assert.Equal(t, certificate.Status(0), c.StatusOn(day("2026-06-01")), "no certificate on error")
		})
	}

	t.Run("every problem collected", func(t *testing.T) {
		_, err := certificate.Issue(certificate.DefaultPolicy(), certificate.Grant{})
		require.Error(t, err)
		var joined interface{ Unwrap() []error }
		require.True(t, errors.As(err, &joined))
		assert.Len(t, joined.Unwrap(), 9, err.Error())
	})
	t.Run("a given but blank address and body are collected too", func(t *testing.T) {
		_, err := certificate.Issue(certificate.DefaultPolicy(), certificate.Grant{Address: " ", Body: "\xff"})
		require.Error(t, err)
		var joined interface{ Unwrap() []error }
		require.True(t, errors.As(err, &joined))
		assert.Len(t, joined.Unwrap(), 11, err.Error())
		assert.ErrorContains(t, err, "address: is blank")
		assert.ErrorContains(t, err, "body: is not valid UTF-8")
	})
	t.Run("invalid policy", func(t *testing.T) {
		_, err := certificate.Issue(certificate.Policy{}, grantOn("2026-03-10", "2026-03-10"))
		assert.ErrorIs(t, err, certificate.ErrInvalidPolicy)
	})
	t.Run("issued after the expiry of a cycle with no surveillance", func(t *testing.T) {
		p := certificate.DefaultPolicy()
		p.SurveillancesPerCycle = 0
		_, err := certificate.Issue(p, grantOn("2026-03-10", "2029-03-10"))
		assert.ErrorIs(t, err, certificate.ErrInvalidGrant)
		assert.ErrorContains(t, err, "issued_on: 2029-03-10 is after the expiry date 2029-03-09")
		_, err = certificate.Issue(p, grantOn("2026-03-10", "2029-03-09"))
		assert.NoError(t, err)
	})
	t.Run("issued on the first due date is allowed", func(t *testing.T) {
		_, err := certificate.Issue(certificate.DefaultPolicy(), grantOn("2026-03-10", "2027-03-10"))
		assert.NoError(t, err)
	})
	t.Run("counted from the issue date, the last surveillance must fall inside the cycle", func(t *testing.T) {
		// Expiry 2029-03-09: the second surveillance may be due 24 months
		// after the issue date, plus the tolerance.
		tolerance1 := certificate.CNCA2026Policy()
		tolerance1.SurveillanceToleranceMonths = 1
		for _, tt := range []struct {
			p               certificate.Policy
			lastOK, tooLate string
			text            string
		}{
			{certificate.CNCA2026Policy(), "2027-03-09", "2027-03-10", "could be due until 2029-03-10, after the expiry date 2029-03-09"},
			{tolerance1, "2027-02-09", "2027-02-10", "could be due until 2029-03-10, after the expiry date 2029-03-09"},
		} {
			c, err := certificate.Issue(tt.p, grantOn("2026-03-10", tt.lastOK))
			require.NoError(t, err)
			for k := range 2 { // each on its deadline
				m := surveillances(c)[k]
				require.Equal(t, k+1, m.Seq)
				c, err = c.RecordSurveillance(m.Deadline)
				require.NoError(t, err)
			}
			assert.Equal(t, "2029-03-09", calendar.Format(c.History()[1].On), "the last on the expiry date")
			assert.Equal(t, certificate.Valid, c.StatusOn(day("2029-03-09")))
			_, err = certificate.Issue(tt.p, grantOn("2026-03-10", tt.tooLate))
			assert.ErrorIs(t, err, certificate.ErrInvalidGrant)
			assert.ErrorContains(t, err, "issued_on: "+tt.tooLate+" is too late: surveillance 2")
			assert.ErrorContains(t, err, tt.text)
		}
	})
}

func FuzzPolicyUnmarshalJSON(f *testing.F) {
	data, err := json.Marshal(certificate.DefaultPolicy())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	data, err = json.Marshal(certificate.CNCA2026Policy())
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`{"validity_years":1,"surveillance_interval_months":0,"surveillance_anchor":"issue_date","surveillance_tolerance_months":0,"surveillances_per_cycle":0,"max_suspension_months":1,"restoration_window_months":0,"recertification_lead_months":0}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var p certificate.Policy
		if err := p.UnmarshalJSON(data); err != nil {
			if !errors.Is(err, certificate.ErrInvalidPolicy) {
				t.Fatalf("a decoding error is not an ErrInvalidPolicy: %v", err)
			}
			if p != (certificate.Policy{}) {
				t.Fatalf("policy changed on error: %+v", p)
			}
			return
		}
		if err := p.Validate(); err != nil {
			t.Fatalf("decoded an invalid policy: %v", err)
		}
		jsontest.RoundTrip(t, policyDoc{p})
	})
}

// policyDoc gives a Policy the Equal method that jsontest.RoundTrip asks
// for; embedding the Policy takes over its JSON methods.
type policyDoc struct{ certificate.Policy }

func (p policyDoc) Equal(o policyDoc) bool { return p.Policy == o.Policy }

// TestGrantValidate: the checks of a grant that no policy bears on, each a
// FieldError naming the field; Issue adds the policy's.
func TestGrantValidate(t *testing.T) {
	assert.NoError(t, grantOn("2026-03-10", "2026-03-16").Validate())
	assert.NoError(t, placed(grantOn("2026-03-10", "2026-03-16")).Validate())
	tests := []struct {
		name  string
		edit  func(*certificate.Grant)
		field string
	}{
		{"nil ID", func(g *certificate.Grant) { g.ID = uuid.Nil }, "id"},
		{"blank holder", func(g *certificate.Grant) { g.Holder = "\u3000" }, "holder"},
		{"number not UTF-8", func(g *certificate.Grant) { g.Number = "ASC\xff" }, "number"},
		{"blank body", func(g *certificate.Grant) { g.Body = " " }, "body"},
		{"credit code", func(g *certificate.Grant) { g.CreditCode = "91310000132260250Y" }, "credit_code"},
		{"level", func(g *certificate.Grant) { g.Level = audit.NotRated }, "level"},
		{"zero decision", func(g *certificate.Grant) { g.DecidedOn = time.Time{} }, "decided_on"},
		{"issue in year 10000", func(g *certificate.Grant) { g.IssuedOn = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC) }, "issued_on"},
		{"issued before the decision", func(g *certificate.Grant) { g.IssuedOn = day("2026-03-09") }, "issued_on"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := grantOn("2026-03-10", "2026-03-16")
			tt.edit(&g)
			err := g.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, certificate.ErrInvalidGrant)
			var fe *certificate.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, tt.field, fe.Field)
			assert.Equal(t, 1, problems(err), err.Error())
		})
	}
	t.Run("the policy's checks are Issue's", func(t *testing.T) {
		g := grantOn("2026-03-10", "2027-03-11") // after the first surveillance due date
		assert.NoError(t, g.Validate())
		_, err := certificate.Issue(certificate.DefaultPolicy(), g)
		assert.ErrorIs(t, err, certificate.ErrInvalidGrant)
		var fe *certificate.FieldError
		require.ErrorAs(t, err, &fe)
		assert.Equal(t, "issued_on", fe.Field)
	})
	t.Run("Issue collects the grant's and the policy's problems", func(t *testing.T) {
		g := grantOn("2026-03-10", "2027-03-11")
		g.Holder = ""
		_, err := certificate.Issue(certificate.DefaultPolicy(), g)
		assert.Equal(t, 2, problems(err), err.Error())
	})
}
