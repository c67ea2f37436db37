package certificate_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/internal/jsontest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ungradedGrant is grantOn's grant for a management-system certificate:
// ungraded, with no level.
func ungradedGrant(decided, issued string) certificate.Grant {
	g := grantOn(decided, issued)
	g.Standard, g.Scope = "ISO 14001:2015", "家用电器的设计和生产"
	g.Level, g.Ungraded = 0, true
	return g
}

// ungradedRecertified is an ungraded certificate with both surveillances
// and a recertification (level 0).
func ungradedRecertified(t testing.TB) certificate.Certificate {
	c := applyAll(t, issue(t, certificate.DefaultPolicy(), ungradedGrant("2026-03-10", "2026-03-16")),
		surv("2027-03-01"), surv("2028-03-01"))
	c, err := c.Recertify(day("2029-01-10"), 0)
	require.NoError(t, err)
	return c
}

func TestUngraded(t *testing.T) {
	t.Run("issued with no level, recertified with none", func(t *testing.T) {
		c := issue(t, certificate.DefaultPolicy(), ungradedGrant("2026-03-10", "2026-03-16"))
		assert.Equal(t, audit.Level(0), c.Level())
		assert.True(t, c.Grant().Ungraded)
		assert.Equal(t, "2029-03-09", c.ExpiresOn().Format("2006-01-02"))
		r := ungradedRecertified(t)
		assert.Equal(t, audit.Level(0), r.Level())
		assert.Equal(t, "2032-03-09", r.ExpiresOn().Format("2006-01-02"))
		assert.Equal(t, audit.Level(0), r.History()[2].Level)
	})
	t.Run("JSON: ungraded in the grant, no level anywhere", func(t *testing.T) {
		data := jsontest.RoundTrip(t, ungradedRecertified(t))
		assert.Contains(t, string(data), `"ungraded":true`)
		assert.NotContains(t, string(data), `"level"`)
		graded := jsontest.RoundTrip(t, issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")))
		assert.NotContains(t, string(graded), `"ungraded"`, "a graded grant does not say so")
	})
	t.Run("a graded and an ungraded certificate differ", func(t *testing.T) {
		g := grantOn("2026-03-10", "2026-03-16")
		u := g
		u.Level, u.Ungraded = 0, true
		a, b := issue(t, certificate.DefaultPolicy(), g), issue(t, certificate.DefaultPolicy(), u)
		assert.False(t, a.Equal(b))
	})
}

func TestUngradedErrors(t *testing.T) {
	t.Run("grants", func(t *testing.T) {
		for _, tc := range []struct {
			name  string
			grant certificate.Grant
			want  error
			text  string
		}{
			{"an ungraded grant with a level", func() certificate.Grant {
				g := ungradedGrant("2026-03-10", "2026-03-16")
				g.Level = audit.ThreeStar
				return g
			}(), certificate.ErrInvalidGrant, "certificate: invalid grant: level: an ungraded grant has no level, not three_star"},
			{"a graded grant with no level", func() certificate.Grant {
				g := grantOn("2026-03-10", "2026-03-16")
				g.Level = 0
				return g
			}(), certificate.ErrNotCertifiable, "level: unknown level 0 is not certifiable"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				_, err := certificate.Issue(certificate.DefaultPolicy(), tc.grant)
				require.Error(t, err)
				assert.ErrorIs(t, err, certificate.ErrInvalidGrant)
				assert.ErrorIs(t, err, tc.want)
				assert.ErrorContains(t, err, tc.text)
				assert.ErrorIs(t, tc.grant.Validate(), tc.want, "Validate says the same")
			})
		}
	})
	t.Run("a recertification with a level", func(t *testing.T) {
		c := applyAll(t, issue(t, certificate.DefaultPolicy(), ungradedGrant("2026-03-10", "2026-03-16")),
			surv("2027-03-01"), surv("2028-03-01"))
		got, err := c.Recertify(day("2029-01-10"), audit.Compliant)
		require.ErrorIs(t, err, certificate.ErrInvalidEvent)
		assert.ErrorContains(t, err, "an ungraded certificate takes no level, not compliant")
		assert.True(t, got.Equal(c), "nothing changed")
	})
	t.Run("documents", func(t *testing.T) {
		doc := string(must(json.Marshal(ungradedRecertified(t))))
		graded := string(must(json.Marshal(issue(t, certificate.DefaultPolicy(), grantOn("2026-03-10", "2026-03-16")))))
		for _, tc := range []struct {
			name, doc, old, new string
			want                error
			text                string
		}{
			{"a level on the ungraded grant", doc, `"standard":"ISO 14001:2015",`, `"standard":"ISO 14001:2015","level":"compliant",`,
				certificate.ErrInvalidGrant, "grant.level: an ungraded grant has no level"},
			{"a level stated for an ungraded certificate", doc, `"number":"ASC-2026-0001-R1",`, `"number":"ASC-2026-0001-R1","level":"compliant",`,
				certificate.ErrInconsistent, "level: an ungraded certificate states no level"},
			{"a level on an ungraded recertification", doc, `{"kind":"recertification","on":"2029-01-10"}`,
				`{"kind":"recertification","on":"2029-01-10","level":"compliant"}`,
				certificate.ErrInvalidEvent, "an ungraded certificate takes no level"},
			{"a graded certificate that states no level", graded, `"level":"four_star","cycle_start"`, `"cycle_start"`,
				certificate.ErrInvalidCertificate, "level: is missing"},
			{"a graded grant without its level", graded, `"standard":"GB/T 27922-2011","level":"four_star",`, `"standard":"GB/T 27922-2011",`,
				certificate.ErrInvalidGrant, "grant.level"},
			{"a graded grant that says ungraded: its levels are refused", graded, `"standard":"GB/T 27922-2011",`,
				`"standard":"GB/T 27922-2011","ungraded":true,`, certificate.ErrInconsistent, "level: an ungraded certificate states no level"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				require.Contains(t, tc.doc, tc.old, "test set-up")
				var c certificate.Certificate
				err := json.Unmarshal([]byte(strings.Replace(tc.doc, tc.old, tc.new, 1)), &c)
				require.Error(t, err)
				assert.ErrorIs(t, err, tc.want)
				assert.ErrorContains(t, err, tc.text)
				assert.True(t, c.IsZero(), "unchanged")
			})
		}
	})
}

// must returns v, and panics on err (test set-up only).
func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
