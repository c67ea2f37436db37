package application_test

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/certificationtest"
)

const exampleBody = "上海某认证有限公司 (example certification body)"

// withBody is AfterSalesScheme run by the certification body named body.
func withBody(body string) application.Scheme {
	s := application.AfterSalesScheme()
	s.Body = body
	return s
}

// pendingDecision takes an application for app under s the short way (no
// return, no findings) to PendingDecision, on 2026-02-25; an error is
// about the applicant or the scheme, as New checks them.
func pendingDecision(app application.Applicant, s application.Scheme) (application.Application, error) {
	return certificationtest.Walk(s, app, application.PendingDecision, day("2026-01-05"), 1)
}

// TestCertifyShowsAddressAndBody checks that the certificate shows the
// holder's location and the certification body [17021], [CNCA]: the
// applicant's Address and the scheme's Body, each optional.
func TestCertifyShowsAddressAndBody(t *testing.T) {
	tests := []struct {
		name    string
		address string
		body    string
	}{
		{"address and body", "上海市浦东新区示例路1号", exampleBody},
		{"address only", "上海市浦东新区示例路1号", ""},
		{"body only", "", exampleBody},
		{"neither", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			app := validApplicant()
			app.Address = tc.address
			scheme := withBody(tc.body)
			a, err := pendingDecision(app, scheme)
			require.NoError(t, err)
			a, err = a.Certify(day("2026-03-02"), score(t, 86), certID, "N-7")
			require.NoError(t, err, "a certificate is issued with or without an address and a body")
			c, ok := a.Certificate()
			require.True(t, ok)
			assert.Equal(t, tc.address, c.Address())
			assert.Equal(t, tc.body, c.Body())
			assert.Equal(t, app.Name, c.Holder())

			// The document carries them in the certificate's grant and
			// replays to the same certificate under the same scheme.
			doc, err := a.MarshalJSON()
			require.NoError(t, err)
			var raw struct {
				Certificate struct {
					Grant map[string]json.RawMessage `json:"grant"`
				} `json:"certificate"`
			}
			require.NoError(t, json.Unmarshal(doc, &raw))
			require.NotNil(t, raw.Certificate.Grant, "the certificate's grant is written")
			for key, want := range map[string]string{"address": tc.address, "body": tc.body} {
				if want == "" {
					assert.NotContains(t, raw.Certificate.Grant, key, "not given, not written")
					continue
				}
				assert.JSONEq(t, string(must(json.Marshal(want))), string(raw.Certificate.Grant[key]), key)
			}
			back, err := application.Decode(doc, scheme)
			require.NoError(t, err)
			again, err := back.MarshalJSON()
			require.NoError(t, err)
			assert.Equal(t, string(doc), string(again), "the round trip is exact")
			bc, ok := back.Certificate()
			require.True(t, ok)
			assert.Equal(t, tc.address, bc.Address())
			assert.Equal(t, tc.body, bc.Body())

			// Under a scheme run by another body the replay issues another
			// certificate, so the document is refused.
			_, err = application.Decode(doc, withBody("另一认证机构"))
			assert.ErrorIs(t, err, application.ErrInvalidDocument)
		})
	}
	t.Run("the happy path prints the test applicant's address", func(t *testing.T) {
		c, ok := reach(t, application.Certified).Certificate()
		require.True(t, ok)
		assert.Equal(t, validApplicant().Address, c.Address())
		assert.Empty(t, c.Body(), "AfterSalesScheme names no body")
	})
}

// TestCertifyNeverFailsLateOnText checks that what New accepts in the
// applicant's and the scheme's text, Certify can print: for each tricky
// text in each field, either New refuses it (with ErrInvalidApplicant or
// ErrInvalidScheme) or the certificate is issued showing it unchanged.
func TestCertifyNeverFailsLateOnText(t *testing.T) {
	texts := []string{"", " ", "\t\n", "\u3000", "\u00a0", "\u200b", "\xff", "上海\xe5\x95", " 上海市\u3000", "a"}
	fields := []struct {
		name string
		set  func(*application.Applicant, *application.Scheme, string)
	}{
		{"name", func(a *application.Applicant, _ *application.Scheme, v string) { a.Name = v }},
		{"legal representative", func(a *application.Applicant, _ *application.Scheme, v string) { a.LegalRepresentative = v }},
		{"address", func(a *application.Applicant, _ *application.Scheme, v string) { a.Address = v }},
		{"scope", func(a *application.Applicant, _ *application.Scheme, v string) { a.Scope = v }},
		{"scheme body", func(_ *application.Applicant, s *application.Scheme, v string) { s.Body = v }},
		{"scheme standard", func(_ *application.Applicant, s *application.Scheme, v string) { s.Standard = v }},
		{"scheme scope", func(_ *application.Applicant, s *application.Scheme, v string) { s.Scope = v }},
	}
	accepted := 0
	for _, f := range fields {
		for _, text := range texts {
			app, scheme := validApplicant(), application.AfterSalesScheme()
			f.set(&app, &scheme, text)
			a, err := pendingDecision(app, scheme)
			if err != nil {
				assert.True(t, errors.Is(err, application.ErrInvalidApplicant) || errors.Is(err, application.ErrInvalidScheme),
					"%s %q: %v", f.name, text, err)
				continue
			}
			accepted++
			a, err = a.Certify(day("2026-03-02"), score(t, 86), certID, "N-8")
			if !assert.NoError(t, err, "%s %q: New accepted it, Certify must not refuse it", f.name, text) {
				continue
			}
			c, _ := a.Certificate()
			assert.Equal(t, app.Name, c.Holder())
			assert.Equal(t, app.Address, c.Address())
			assert.Equal(t, scheme.Body, c.Body())
			assert.Equal(t, scheme.Standard, c.Standard())
			if app.Scope != "" {
				assert.Equal(t, app.Scope, c.Scope())
			} else {
				assert.Equal(t, scheme.Scope, c.Scope())
			}
		}
	}
	assert.Greater(t, accepted, len(fields), "the cases include texts that are accepted")
}
