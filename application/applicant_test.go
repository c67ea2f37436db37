package application_test

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/materials"
)

func validApplicant() application.Applicant {
	return application.Applicant{
		Name:                "上海示例电器有限公司",
		CreditCode:          "91310000132260250X",
		LegalRepresentative: "张三",
		Address:             "上海市浦东新区示例路1号",
		Personnel:           120,
		Sites:               1,
	}
}

func TestApplicantValidate(t *testing.T) {
	t.Run("valid", func(t *testing.T) {
		for _, code := range []string{"91310000132260250X", "91440300708461136T", "914403001922038216"} {
			a := validApplicant()
			a.CreditCode = code
			assert.NoError(t, a.Validate(), code)
		}
		a := validApplicant()
		a.LegalRepresentative, a.Address = "", ""
		a.Personnel, a.Sites = 1, 1
		assert.NoError(t, a.Validate(), "legal representative and address are optional; 1 person and 1 site suffice")
		a.Sites = fees.MaxSites
		assert.NoError(t, a.Validate(), "as many sites as a quote request may have")
		a = validApplicant()
		a.Scope = "家用电器的安装、维修和退换货服务"
		a.Address = " 上海市浦东新区示例路1号\u3000"
		assert.NoError(t, a.Validate(), "a scope may be given; text around a non-blank value is kept as given")
	})

	tests := []struct {
		name   string
		change func(*application.Applicant)
		want   []string
		isRef  bool
	}{
		{"empty name", func(a *application.Applicant) { a.Name = "" }, []string{"application: invalid applicant: name: is blank"}, false},
		{"blank name", func(a *application.Applicant) { a.Name = " \t" }, []string{"name: is blank"}, false},
		{"name of ideographic spaces", func(a *application.Applicant) { a.Name = "\u3000\u3000" }, []string{"name: is blank"}, false},
		{"name not UTF-8", func(a *application.Applicant) { a.Name = "上海\xff电器" }, []string{"name: is not valid UTF-8"}, false},
		{"blank legal representative", func(a *application.Applicant) { a.LegalRepresentative = " " }, []string{"legal_representative: is blank"}, false},
		{"legal representative not UTF-8", func(a *application.Applicant) { a.LegalRepresentative = "\xe5\xbc" }, []string{"legal_representative: is not valid UTF-8"}, false},
		{"blank address", func(a *application.Applicant) { a.Address = "\t\n" }, []string{"address: is blank"}, false},
		{"address of an ideographic space", func(a *application.Applicant) { a.Address = "\u3000" }, []string{"address: is blank"}, false},
		{"address not UTF-8", func(a *application.Applicant) { a.Address = "上海市\xff" }, []string{"address: is not valid UTF-8"}, false},
		{"blank scope", func(a *application.Applicant) { a.Scope = "\u3000 " }, []string{"scope: is blank"}, false},
		{"scope not UTF-8", func(a *application.Applicant) { a.Scope = "\xc0" }, []string{"scope: is not valid UTF-8"}, false},
		{"bad check character", func(a *application.Applicant) { a.CreditCode = "913100001322602501" }, []string{"credit_code: materials: credit code \"913100001322602501\""}, true},
		{"empty credit code", func(a *application.Applicant) { a.CreditCode = "" }, []string{"credit_code: materials: credit code \"\""}, true},
		{"no personnel", func(a *application.Applicant) { a.Personnel = 0 }, []string{"personnel: 0 is below 1"}, false},
		{"negative personnel", func(a *application.Applicant) { a.Personnel = -3 }, []string{"personnel: -3 is below 1"}, false},
		{"no sites", func(a *application.Applicant) { a.Sites = 0 }, []string{"sites: 0 is outside 1–1000000"}, false},
		{"more sites than a request may have", func(a *application.Applicant) { a.Sites = fees.MaxSites + 1 }, []string{"sites: 1000001 is outside 1–1000000"}, false},
		{"everything wrong", func(a *application.Applicant) { *a = application.Applicant{} },
			[]string{"name: is blank", "credit_code", "personnel: 0", "sites: 0"}, true},
		{"every optional text bad", func(a *application.Applicant) { a.LegalRepresentative, a.Address, a.Scope = " ", "\u3000", "\xff" },
			[]string{"legal_representative: is blank", "address: is blank", "scope: is not valid UTF-8"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := validApplicant()
			tc.change(&a)
			err := a.Validate()
			require.Error(t, err)
			assert.ErrorIs(t, err, application.ErrInvalidApplicant)
			assert.Equal(t, tc.isRef, errors.Is(err, materials.ErrInvalidReference))
			for _, w := range tc.want {
				assert.Contains(t, err.Error(), w)
			}
			var fe *application.FieldError
			require.ErrorAs(t, err, &fe, "a form finds the field")
			assert.NotEmpty(t, fe.Field)
		})
	}
}

// TestNewRefusesTooManySites: an applicant with more sites than a quote
// request may have is refused when the application is started, not only
// when the body accepts it.
func TestNewRefusesTooManySites(t *testing.T) {
	app := validApplicant()
	app.Sites = fees.MaxSites + 1
	_, err := application.New(appID, app, application.AfterSalesScheme(), day("2026-01-05"))
	require.ErrorIs(t, err, application.ErrInvalidApplicant)
	var fe *application.FieldError
	require.ErrorAs(t, err, &fe)
	assert.Equal(t, "sites", fe.Field)
}
