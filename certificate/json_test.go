package certificate_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/aftersales/certification/materials"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// rich is a certificate with every kind of event.
func rich(t testing.TB) certificate.Certificate {
	p := certificate.DefaultPolicy()
	p.SurveillanceToleranceMonths = 1
	return applyAll(t, issue(t, p, grantOn("2026-03-10", "2026-03-16")),
		surv("2027-04-01"), suspend("2027-06-01"), reinstate("2027-07-01"), surv("2028-03-01"),
		recertify("2029-08-09"), surv("2030-03-01"))
}

func TestJSONShape(t *testing.T) {
	c := applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")),
		surv("2027-03-01"), suspend("2027-06-01"))
	data, err := json.Marshal(c)
	require.NoError(t, err)
	assert.JSONEq(t, `{
		"grant": {"id": "0b6c1d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d", "number": "ASC-2026-0001",
			"holder": "上海某某电器有限公司", "credit_code": "91310000132260250X", "scope": "家用电器的售后服务",
			"standard": "GB/T 27922-2011", "level": "four_star", "decided_on": "2026-03-10", "issued_on": "2026-03-16"},
		"policy": {"validity_years": 3, "surveillance_interval_months": 12, "surveillance_anchor": "decision_date", "surveillance_tolerance_months": 0,
			"surveillances_per_cycle": 2, "max_suspension_months": 6, "restoration_window_months": 6,
			"recertification_lead_months": 3},
		"number": "ASC-2026-0001", "level": "four_star", "cycle_start": "2026-03-10", "expires_on": "2029-03-09",
		"events": [{"kind": "surveillance", "on": "2027-03-01"},
			{"kind": "suspension", "on": "2027-06-01", "reason": "complaints not handled"}]
	}`, string(data))
}

// TestJSONAddressAndBody checks the grant's optional "address" and "body":
// written when given, left out when empty, round-tripping exactly, and
// decoded through Issue's checks.
func TestJSONAddressAndBody(t *testing.T) {
	grantOf := func(t *testing.T, data []byte) map[string]any {
		t.Helper()
		var doc struct{ Grant map[string]any }
		require.NoError(t, json.Unmarshal(data, &doc))
		require.NotEmpty(t, doc.Grant)
		return doc.Grant
	}

	t.Run("written when given", func(t *testing.T) {
		data, err := json.Marshal(issue(t, certificate.DefaultPolicy(), placed(grantOn("2026-03-10", "2026-03-16"))))
		require.NoError(t, err)
		g := grantOf(t, data)
		assert.Equal(t, testAddress, g["address"])
		assert.Equal(t, testBody, g["body"])
	})
	t.Run("left out when empty", func(t *testing.T) {
		data, err := json.Marshal(issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")))
		require.NoError(t, err)
		g := grantOf(t, data)
		assert.NotContains(t, g, "address")
		assert.NotContains(t, g, "body")
	})

	roundTrip := []struct{ name, address, body string }{
		{"both", testAddress, testBody},
		{"neither", "", ""},
		{"address only", testAddress, ""},
		{"body only", "", testBody},
		{"spaces, quotes and escapes kept", " 上海市 \"1\" 号\t", "<CB> & \u2028 Ltd"},
	}
	for _, tt := range roundTrip {
		t.Run("round trip: "+tt.name, func(t *testing.T) {
			g := grantOn("2026-03-10", "2026-03-16")
			g.Address, g.Body = tt.address, tt.body
			c := applyAll(t, issue(t, certificate.DefaultPolicy(), g), surv("2027-03-01"), surv("2028-03-01"), recertify("2029-01-20"))
			data, err := json.Marshal(c)
			require.NoError(t, err)
			var back certificate.Certificate
			require.NoError(t, json.Unmarshal(data, &back))
			assert.Equal(t, tt.address, back.Address())
			assert.Equal(t, tt.body, back.Body())
			assert.Equal(t, tt.address, back.Grant().Address)
			assert.Equal(t, tt.body, back.Grant().Body)
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again))
		})
	}

	t.Run("an explicit empty string is not given, as for Issue", func(t *testing.T) {
		src := snapshot(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")))
		withEmpty := strings.Replace(src, `"issued_on":"2026-03-16"`, `"issued_on":"2026-03-16","address":"","body":""`, 1)
		require.NotEqual(t, src, withEmpty)
		var c certificate.Certificate
		require.NoError(t, json.Unmarshal([]byte(withEmpty), &c))
		assert.Empty(t, c.Address())
		assert.Empty(t, c.Body())
		assert.Equal(t, src, snapshot(t, c))
	})

	src := snapshot(t, issue(t, certificate.DefaultPolicy(), placed(grantOn("2026-03-10", "2026-03-16"))))
	bad := []struct{ name, old, new, text string }{
		{"blank address", `"address":"` + testAddress + `"`, `"address":"  "`, "grant.address: is blank"},
		{"blank body", `"body":"` + testBody + `"`, `"body":"\t\u3000"`, "grant.body: is blank"},
		{"address not a string", `"address":"` + testAddress + `"`, `"address":88`, `grant.address`},
		{"body null", `"body":"` + testBody + `"`, `"body":null,"body":"x"`, `duplicate key "body"`},
	}
	for _, tt := range bad {
		t.Run("refused: "+tt.name, func(t *testing.T) {
			require.Contains(t, src, tt.old)
			c := rich(t)
			before := snapshot(t, c)
			err := json.Unmarshal([]byte(strings.Replace(src, tt.old, tt.new, 1)), &c)
			require.Error(t, err)
			assert.ErrorContains(t, err, tt.text)
			if strings.Contains(tt.text, "is blank") {
				assert.ErrorIs(t, err, certificate.ErrInvalidGrant)
			}
			assert.Equal(t, before, snapshot(t, c), "unchanged on error")
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	sh := shanghai()
	g := grantOn("2026-03-10", "2026-03-10")
	g.DecidedOn = time.Date(2026, time.March, 10, 0, 30, 0, 0, sh)
	g.IssuedOn = g.DecidedOn
	inShanghai := issue(t, certificate.DefaultPolicy(), g)
	inShanghai, err := inShanghai.RecordSurveillance(time.Date(2027, time.March, 10, 0, 30, 0, 0, sh))
	require.NoError(t, err)

	for name, c := range map[string]certificate.Certificate{
		"issued":            issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")),
		"every event":       rich(t),
		"withdrawn":         applyAll(t, rich(t), withdraw("2030-05-01")),
		"shanghai dates":    inShanghai,
		"address and body":  applyAll(t, issue(t, certificate.DefaultPolicy(), placed(grantOn("2026-03-10", "2026-03-16"))), surv("2027-03-01")),
		"recertified twice": applyAll(t, rich(t), surv("2031-03-01"), recertify("2032-01-01")),
		"CNCA 2026": applyAll(t, issue(t, certificate.CNCA2026Policy(), grantOn("2026-03-10", "2026-04-01")),
			surv("2027-01-15"), surv("2028-01-10"), recertify("2029-03-01"), surv("2029-12-01")),
	} {
		t.Run(name, func(t *testing.T) {
			data, err := json.Marshal(c)
			require.NoError(t, err)
			var back certificate.Certificate
			require.NoError(t, json.Unmarshal(data, &back))
			again, err := json.Marshal(back)
			require.NoError(t, err)
			assert.Equal(t, string(data), string(again))
			assert.Equal(t, c.Number(), back.Number())
			assert.Equal(t, c.Level(), back.Level())
			assert.Equal(t, calendar.Format(c.ExpiresOn()), calendar.Format(back.ExpiresOn()))
			assert.Equal(t, c.Address(), back.Address())
			assert.Equal(t, c.Body(), back.Body())
			for d := day("2026-01-01"); calendar.Before(d, day("2036-01-01")); d = calendar.AddDays(d, 1) {
				if c.StatusOn(d) != back.StatusOn(d) {
					t.Fatalf("StatusOn(%s): %s before, %s after the round trip", calendar.Format(d), c.StatusOn(d), back.StatusOn(d))
				}
			}
			h, hb := c.History(), back.History()
			require.Len(t, hb, len(h))
			for i := range h {
				assert.Equal(t, h[i].Kind, hb[i].Kind)
				assert.Equal(t, calendar.Format(h[i].On), calendar.Format(hb[i].On))
				assert.Equal(t, time.UTC, hb[i].On.Location(), "decoded dates are UTC")
				assert.Equal(t, h[i].Reason, hb[i].Reason)
				assert.Equal(t, h[i].Level, hb[i].Level)
				assert.Equal(t, h[i].Number, hb[i].Number)
			}
		})
	}
}

// richDoc returns the document of rich and a function that returns it with
// the first old replaced by new (old must be there).
func richDoc(t *testing.T) (string, func(old, new string) string) {
	t.Helper()
	src := snapshot(t, rich(t))
	return src, func(old, new string) string {
		require.Contains(t, src, old)
		return strings.Replace(src, old, new, 1)
	}
}

func TestJSONRejects(t *testing.T) {
	src, replace := richDoc(t)
	tests := []struct {
		name string
		json string
		want error
	}{
		{"expiry that does not follow", replace(`"expires_on":"2032-03-09"`, `"expires_on":"2032-03-10"`), certificate.ErrInconsistent},
		{"cycle start that does not follow", replace(`"cycle_start":"2029-03-10"`, `"cycle_start":"2029-08-09"`), certificate.ErrInconsistent},
		{"number without the reissue suffix", replace(`"number":"ASC-2026-0001-R1"`, `"number":"ASC-2026-0001"`), certificate.ErrInconsistent},
		{"level that does not follow", replace(`"level":"five_star","cycle_start"`, `"level":"four_star","cycle_start"`), certificate.ErrInconsistent},
		{"restoration recorded as a recertification", replace(`"kind":"restoration"`, `"kind":"recertification"`), certificate.ErrInconsistent},
		{"events out of order", replace(`{"kind":"reinstatement","on":"2027-07-01"}`, `{"kind":"reinstatement","on":"2027-05-01"}`), certificate.ErrEventOrder},
		{"reinstatement without a suspension", replace(`"kind":"suspension","on":"2027-06-01","reason":"complaints not handled"`, `"kind":"surveillance","on":"2027-06-01"`), certificate.ErrNotSuspended},
		{"reason on a surveillance", replace(`{"kind":"surveillance","on":"2027-04-01"}`, `{"kind":"surveillance","on":"2027-04-01","reason":"x"}`), certificate.ErrInvalidEvent},
		{"level on a surveillance", replace(`{"kind":"surveillance","on":"2027-04-01"}`, `{"kind":"surveillance","on":"2027-04-01","level":"compliant"}`), certificate.ErrInvalidEvent},
		{"recertification without a level", replace(`,"level":"five_star"}`, `}`), certificate.ErrNotCertifiable},
		{"suspension without a reason", replace(`,"reason":"complaints not handled"`, ``), certificate.ErrInvalidEvent},
		{"bad event date", replace(`"on":"2027-04-01"`, `"on":"2027-4-1"`), certificate.ErrInvalidEvent},
		{"bad grant date", replace(`"decided_on":"2026-03-10"`, `"decided_on":"10/03/2026"`), certificate.ErrInvalidGrant},
		{"decision after the issue", replace(`"decided_on":"2026-03-10"`, `"decided_on":"2026-03-17"`), certificate.ErrInvalidGrant},
		{"bad credit code", replace(validCode, "91310000132260250Y"), materials.ErrInvalidReference},
		{"nil id", replace(`"id":"0b6c1d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"`, `"id":"00000000-0000-0000-0000-000000000000"`), certificate.ErrInvalidGrant},
		{"invalid policy", replace(`"surveillance_tolerance_months":1`, `"surveillance_tolerance_months":4`), certificate.ErrInvalidPolicy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := rich(t)
			err := json.Unmarshal([]byte(tt.json), &c)
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.True(t, strings.HasPrefix(err.Error(), "certificate: ") || strings.HasPrefix(err.Error(), "materials: "), err.Error())
			assert.Equal(t, src, snapshot(t, c), "unchanged on error")
		})
	}

	shape := []struct{ name, json string }{
		{"unknown field", replace(`"number":"ASC-2026-0001-R1"`, `"number":"ASC-2026-0001-R1","status":"valid"`)},
		{"duplicate key", replace(`"number":"ASC-2026-0001-R1"`, `"number":"ASC-2026-0001-R1","number":"ASC-2026-0001-R1"`)},
		{"trailing data", src + `{}`},
		{"unknown event kind", replace(`"kind":"reinstatement"`, `"kind":"revocation"`)},
		{"event without a kind", replace(`{"kind":"reinstatement","on":"2027-07-01"}`, `{"on":"2027-07-01"}`)},
		{"not an object", `"certificate"`},
		{"empty", ``},
	}
	for _, tt := range shape {
		t.Run(tt.name, func(t *testing.T) {
			c := rich(t)
			err := json.Unmarshal([]byte(tt.json), &c)
			require.Error(t, err)
			assert.Equal(t, src, snapshot(t, c), "unchanged on error")
		})
	}
}

// TestJSONHistoryUnderTheRule: decoding replays the history under the
// surveillance rule, so a document whose second surveillance was on time
// when counted from the decision, but not when counted from the first, is
// refused or read as late.
func TestJSONHistoryUnderTheRule(t *testing.T) {
	// The first surveillance early, on 2025-03-01: the second is due
	// 2026-03-01, not 2027-01-31.
	c := applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2025-01-31", "2025-01-31")), surv("2025-03-01"), surv("2026-03-01"))
	src := snapshot(t, c)
	require.Contains(t, src, `"on":"2026-03-01"`)

	t.Run("the second done 24 months after the decision: withdrawn by then", func(t *testing.T) {
		doc := strings.Replace(src, `"on":"2026-03-01"`, `"on":"2027-01-31"`, 1)
		var back certificate.Certificate
		err := json.Unmarshal([]byte(doc), &back)
		require.Error(t, err)
		assert.ErrorIs(t, err, certificate.ErrFinal)
		assert.ErrorContains(t, err, "certificate: certificate withdrawn or cancelled: events[1]: surveillance on 2027-01-31 (status withdrawn)")
		assert.Equal(t, certificate.Status(0), back.StatusOn(day("2026-01-01")), "unchanged on error")
	})
	t.Run("the second done 4 days late: read, suspended in between", func(t *testing.T) {
		doc := strings.Replace(src, `"on":"2026-03-01"`, `"on":"2026-03-05"`, 1)
		var back certificate.Certificate
		require.NoError(t, json.Unmarshal([]byte(doc), &back))
		assert.Equal(t, certificate.Valid, back.StatusOn(day("2026-03-01")))
		assert.Equal(t, certificate.Suspended, back.StatusOn(day("2026-03-02")))
		assert.Equal(t, certificate.Suspended, back.StatusOn(day("2026-03-04")))
		assert.Equal(t, certificate.Valid, back.StatusOn(day("2026-03-05")))
	})
	t.Run("a policy written before the anchor was a field", func(t *testing.T) {
		doc := strings.Replace(src, `"surveillance_anchor":"decision_date",`, ``, 1)
		require.NotEqual(t, src, doc)
		var back certificate.Certificate
		err := json.Unmarshal([]byte(doc), &back)
		assert.ErrorIs(t, err, certificate.ErrInvalidPolicy)
		assert.ErrorContains(t, err, `policy.surveillance_anchor: is missing`)
	})
	t.Run("the same history anchored on the issue date", func(t *testing.T) {
		doc := strings.Replace(src, `"surveillance_anchor":"decision_date"`, `"surveillance_anchor":"issue_date"`, 1)
		require.NotEqual(t, src, doc)
		var back certificate.Certificate
		require.NoError(t, json.Unmarshal([]byte(doc), &back))
		assert.Equal(t, certificate.AnchorIssue, back.Policy().SurveillanceAnchor)
		assert.Equal(t, doc, snapshot(t, back))
	})
}

func TestJSONRecertificationLevel(t *testing.T) {
	c := applyAll(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")), surv("2027-03-01"), surv("2028-03-01"))
	c, err := c.Recertify(day("2029-01-01"), audit.Compliant)
	require.NoError(t, err)
	data, err := json.Marshal(c)
	require.NoError(t, err)
	assert.Contains(t, string(data), `{"kind":"recertification","on":"2029-01-01","level":"compliant"}`)
}

func FuzzUnmarshalJSON(f *testing.F) {
	for _, c := range []certificate.Certificate{
		issue(f, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")),
		rich(f),
		applyAll(f, rich(f), cancel("2030-06-01")),
		applyAll(f, issue(f, certificate.DefaultPolicy(), placed(grantOn("2026-03-10", "2026-03-16"))), surv("2027-03-01")),
		applyAll(f, issue(f, certificate.DefaultPolicy(), grantOn("2024-02-29", "2024-02-29")), surv("2025-02-28"), suspend("2025-09-01")),
		applyAll(f, issue(f, certificate.CNCA2026Policy(), grantOn("2025-01-20", "2025-01-31")), surv("2025-09-15"), surv("2026-09-15")),
		ungradedRecertified(f),
	} {
		data, err := json.Marshal(c)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"events":[{"kind":"surveillance","on":"2027-01-01"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var c certificate.Certificate
		if err := c.UnmarshalJSON(data); err != nil {
			if !matchesOwnSentinel(err) {
				t.Fatalf("a decoding error matches no sentinel of the package: %v", err)
			}
			if !c.IsZero() {
				t.Fatal("changed on error")
			}
			return
		}
		jsontest.RoundTrip(t, c)
		for _, h := range c.History() {
			if c.StatusOn(h.On) == 0 {
				t.Fatalf("no status on an event date %s", calendar.Format(h.On))
			}
		}
	})
}

// sentinels are the package's exported errors: every decoding error
// matches one of them.
var sentinels = []error{
	certificate.ErrInvalidPolicy, certificate.ErrInvalidGrant, certificate.ErrInvalidCertificate,
	certificate.ErrNotCertifiable, certificate.ErrInvalidEvent, certificate.ErrEventOrder, certificate.ErrFinal,
	certificate.ErrExpired, certificate.ErrSuspended, certificate.ErrNotSuspended, certificate.ErrNotDue,
	certificate.ErrSurveillancePending, certificate.ErrRestorationWindow, certificate.ErrInconsistent,
	certificate.ErrUnknownCode,
}

// matchesOwnSentinel reports whether err matches one of the package's
// exported errors.
func matchesOwnSentinel(err error) bool {
	return slices.ContainsFunc(sentinels, func(s error) bool { return errors.Is(err, s) })
}

// TestJSONErrorsMatchASentinel is the regression test for decoding errors
// that matched no sentinel of the package (a syntax error, an unknown or
// repeated key, trailing data matched only an internal one), that named
// internal types ("want certificate.grantWire"), or that read a missing or
// null history as no events.
func TestJSONErrorsMatchASentinel(t *testing.T) {
	src, replace := richDoc(t)
	eventsAt := strings.Index(src, `,"events":`)
	grant := src[strings.Index(src, `"grant":`):strings.Index(src, `,"policy":`)]
	policy := src[strings.Index(src, `"policy":`):strings.Index(src, `,"number":"ASC-2026-0001-R1"`)]
	require.Positive(t, eventsAt)
	require.NotEmpty(t, grant)
	require.NotEmpty(t, policy)
	tests := []struct {
		name, json string
		want       error
		text       string
	}{
		{"not JSON", `{"grant":`, certificate.ErrInvalidCertificate, "ends early"},
		{"empty", ``, certificate.ErrInvalidCertificate, "empty document"},
		{"not an object", `"certificate"`, certificate.ErrInvalidCertificate, "want object"},
		{"unknown field", replace(`"number":"ASC-2026-0001-R1"`, `"number":"ASC-2026-0001-R1","status":"valid"`), certificate.ErrInvalidCertificate, `unknown field "status"`},
		{"duplicate key", replace(`"number":"ASC-2026-0001-R1"`, `"number":"x","number":"ASC-2026-0001-R1"`), certificate.ErrInvalidCertificate, `duplicate key "number"`},
		{"trailing data", src + `{}`, certificate.ErrInvalidCertificate, "data after the first value"},
		{"grant of the wrong type", replace(grant, `"grant":1`), certificate.ErrInvalidCertificate, `field "grant": want object, got JSON number`},
		{"events of the wrong type", src[:eventsAt] + `,"events":{}}`, certificate.ErrInvalidCertificate, `field "events": want array, got JSON object`},
		{"events null", src[:eventsAt] + `,"events":null}`, certificate.ErrInvalidCertificate, "events: is missing"},
		{"events missing", src[:eventsAt] + `}`, certificate.ErrInvalidCertificate, "events: is missing"},
		{"grant null", replace(grant, `"grant":null`), certificate.ErrInvalidCertificate, "grant: is missing"},
		{"policy null", replace(policy, `"policy":null`), certificate.ErrInvalidCertificate, "policy: is missing"},
		{"number null", replace(`"number":"ASC-2026-0001-R1"`, `"number":null`), certificate.ErrInvalidCertificate, "number: is missing"},
		{"id null", replace(`"id":"0b6c1d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"`, `"id":null`), certificate.ErrInvalidGrant, "grant.id: is missing"},
		{"grant level unknown", replace(`"level":"four_star"`, `"level":"four"`), certificate.ErrInvalidGrant, `grant.level: "four" is not a known level`},
		{"policy key not snake_case", replace(`"validity_years"`, `"Validity_years"`), certificate.ErrInvalidCertificate, `unknown field "Validity_years" in $.policy`},
		{"unknown event kind", replace(`"kind":"reinstatement"`, `"kind":"revocation"`), certificate.ErrUnknownCode, `events[2].kind: unknown event kind "revocation"`},
		{"event without a kind", replace(`{"kind":"reinstatement","on":"2027-07-01"}`, `{"on":"2027-07-01"}`), certificate.ErrInvalidEvent, `events[2].kind: unknown event kind ""`},
		{"event level unknown", replace(`"level":"five_star"}`, `"level":"six_star"}`), certificate.ErrInvalidEvent, `events[4].level: "six_star" is not a known level`},
		{"event date null", replace(`{"kind":"reinstatement","on":"2027-07-01"}`, `{"kind":"reinstatement","on":null}`), certificate.ErrInvalidEvent, `events[2].on: "" is not a date written YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := rich(t)
			err := c.UnmarshalJSON([]byte(tt.json)) // not json.Unmarshal, which checks the syntax first
			require.Error(t, err)
			assert.ErrorIs(t, err, tt.want)
			assert.True(t, matchesOwnSentinel(err), err.Error())
			assert.ErrorContains(t, err, tt.text)
			assert.True(t, strings.HasPrefix(err.Error(), "certificate: "), err.Error())
			assert.NotContains(t, err.Error(), ": certificate: ", "the package is named once")
			for _, internal := range []string{"Wire", "wire", "jsonx", "certificate."} {
				assert.NotContains(t, err.Error(), internal)
			}
			assert.Equal(t, src, snapshot(t, c), "unchanged on error")
		})
	}
}

// TestJSONGrantIDCanonical is the regression test for a grant ID read in
// any spelling uuid.Parse takes: one ID could be stored under several.
func TestJSONGrantIDCanonical(t *testing.T) {
	src := snapshot(t, rich(t))
	const id = "0b6c1d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"
	for _, spelling := range []string{
		strings.ToUpper(id), "{" + id + "}", "urn:uuid:" + id, strings.ReplaceAll(id, "-", ""),
	} {
		t.Run(spelling, func(t *testing.T) {
			var c certificate.Certificate
			err := json.Unmarshal([]byte(strings.Replace(src, `"id":"`+id+`"`, `"id":"`+spelling+`"`, 1)), &c)
			assert.ErrorIs(t, err, certificate.ErrInvalidGrant)
			assert.ErrorContains(t, err, "grant.id: ")
			assert.ErrorContains(t, err, "canonical form")
			var fe *certificate.FieldError
			require.ErrorAs(t, err, &fe)
			assert.Equal(t, "grant.id", fe.Field)
		})
	}
}

// TestJSONErrorsEchoShortInputs: a message shows at most a short prefix of
// what it quotes, however long the input.
func TestJSONErrorsEchoShortInputs(t *testing.T) {
	src := snapshot(t, rich(t))
	long := strings.Repeat("9", 1<<20)
	for name, doc := range map[string]string{
		"stated number": strings.Replace(src, `"number":"ASC-2026-0001-R1"`, `"number":"`+long+`"`, 1),
		"stated expiry": strings.Replace(src, `"expires_on":"2032-03-09"`, `"expires_on":"`+long+`"`, 1),
		"event date":    strings.Replace(src, `"on":"2027-07-01"`, `"on":"`+long+`"`, 1),
		"event kind":    strings.Replace(src, `"kind":"reinstatement"`, `"kind":"`+long+`"`, 1),
		"grant date":    strings.Replace(src, `"decided_on":"2026-03-10"`, `"decided_on":"`+long+`"`, 1),
		"grant id":      strings.Replace(src, `"id":"0b6c1d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d"`, `"id":"`+long+`"`, 1),
	} {
		t.Run(name, func(t *testing.T) {
			require.NotEqual(t, src, doc)
			var c certificate.Certificate
			err := json.Unmarshal([]byte(doc), &c)
			require.Error(t, err)
			assert.Less(t, len(err.Error()), 400, err.Error())
		})
	}
}

// TestJSONRefusedEventNamesItsPath: a decoded event that the rules refuse
// is an *EventError whose Field is its path; a malformed one a
// *FieldError of that path.
func TestJSONRefusedEventNamesItsPath(t *testing.T) {
	src := snapshot(t, rich(t))
	var c certificate.Certificate
	err := json.Unmarshal([]byte(strings.Replace(src, `{"kind":"reinstatement","on":"2027-07-01"}`, `{"kind":"reinstatement","on":"2027-05-01"}`, 1)), &c)
	var ee *certificate.EventError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, "events[2]", ee.Field)
	assert.Equal(t, certificate.Reinstatement, ee.Event)
	assert.ErrorIs(t, err, certificate.ErrEventOrder)
	assert.EqualError(t, err, "certificate: event out of order: events[2]: reinstatement on 2027-05-01 (status valid): before the last event on 2027-06-01")

	err = json.Unmarshal([]byte(strings.Replace(src, `{"kind":"surveillance","on":"2027-04-01"}`, `{"kind":"surveillance","on":"2027-04-01","reason":"x"}`, 1)), &c)
	var fe *certificate.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "events[0].reason", fe.Field)
	assert.ErrorIs(t, err, certificate.ErrInvalidEvent)
	assert.True(t, c.IsZero(), "unchanged on error")
}

// TestEqual: a certificate equals itself and what it decodes to, dates
// compared as calendar dates, and differs when anything it records
// differs.
func TestEqual(t *testing.T) {
	sh := shanghai()
	g := grantOn("2026-03-10", "2026-03-10")
	g.DecidedOn = time.Date(2026, time.March, 10, 0, 30, 0, 0, sh)
	g.IssuedOn = g.DecidedOn
	c := applyAll(t, issue(t, certificate.DefaultPolicy(), g), surv("2027-03-01"), suspend("2027-06-01"))
	var back certificate.Certificate
	require.NoError(t, json.Unmarshal([]byte(snapshot(t, c)), &back))
	assert.True(t, c.Equal(back), "Shanghai dates decode as UTC: the same calendar dates")
	assert.True(t, back.Equal(c))
	assert.True(t, c.Equal(c))
	assert.True(t, certificate.Certificate{}.Equal(certificate.Certificate{}))

	tolerant := certificate.DefaultPolicy()
	tolerant.SurveillanceToleranceMonths = 1
	otherHolder := g
	otherHolder.Holder = "北京某某电器有限公司"
	otherDay := g
	otherDay.IssuedOn = time.Date(2026, time.March, 11, 0, 30, 0, 0, sh)
	for name, o := range map[string]certificate.Certificate{
		"another event":      applyAll(t, c, reinstate("2027-07-01")),
		"another reason":     applyAll(t, issue(t, certificate.DefaultPolicy(), g), surv("2027-03-01"), op{kind: certificate.Suspension, on: "2027-06-01", reason: "other"}),
		"another event date": applyAll(t, issue(t, certificate.DefaultPolicy(), g), surv("2027-03-01"), suspend("2027-06-02")),
		"another policy":     applyAll(t, issue(t, tolerant, g), surv("2027-03-01"), suspend("2027-06-01")),
		"another holder":     applyAll(t, issue(t, certificate.DefaultPolicy(), otherHolder), surv("2027-03-01"), suspend("2027-06-01")),
		"another issue date": applyAll(t, issue(t, certificate.DefaultPolicy(), otherDay), surv("2027-03-01"), suspend("2027-06-01")),
		"zero":               {},
	} {
		assert.False(t, c.Equal(o), name)
		assert.False(t, o.Equal(c), name)
	}
}

func TestIsZero(t *testing.T) {
	assert.True(t, certificate.Certificate{}.IsZero())
	assert.False(t, rich(t).IsZero())
	// omitzero leaves out a zero certificate (Go 1.24 calls IsZero).
	type record struct {
		Certificate certificate.Certificate `json:"certificate,omitzero"`
	}
	data, err := json.Marshal(record{})
	require.NoError(t, err)
	assert.Equal(t, `{}`, string(data))
	data, err = json.Marshal(record{Certificate: rich(t)})
	require.NoError(t, err)
	assert.Contains(t, string(data), `{"certificate":{"grant":`)
}
