package audit_test

import (
	"math"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Effective personnel: full-time staff plus part-time groups converted by
// hours (hours a day ÷ 8 × headcount, rounded up) (shared/DOMAIN.md §3, [MD5]).
func TestEffectivePersonnel(t *testing.T) {
	pt := func(headcount int, hours string) audit.PartTime {
		return audit.PartTime{Headcount: headcount, HoursPerDay: ttDec(t, hours)}
	}
	cases := []struct {
		name     string
		fullTime int
		partTime []audit.PartTime
		want     int
	}{
		{"full-time only", 120, nil, 120},
		{"3 at 4 hours: 1.5 → 2", 10, []audit.PartTime{pt(3, "4")}, 12},
		{"4 at 4 hours: exactly 2", 10, []audit.PartTime{pt(4, "4")}, 12},
		{"3 at 7.5 hours: 2.8125 → 3", 0, []audit.PartTime{pt(3, "7.5")}, 3},
		{"5 at 8 hours count as full-time", 1, []audit.PartTime{pt(5, "8")}, 6},
		{"1 at 12 hours: 1.5 → 2", 1, []audit.PartTime{pt(1, "12")}, 3},
		{"1 at 24 hours: 3", 0, []audit.PartTime{pt(1, "24")}, 3},
		{"1 at 0.01 hours: rounded up to 1", 0, []audit.PartTime{pt(1, "0.01")}, 1},
		{"each group is rounded up on its own: 1 at 4 h + 1 at 4 h = 1 + 1", 0,
			[]audit.PartTime{pt(1, "4"), pt(1, "4")}, 2},
		{"a group of nobody adds nothing", 7, []audit.PartTime{pt(0, "4")}, 7},
		{"1000 at 2.25 hours: 281.25 → 282", 100, []audit.PartTime{pt(1000, "2.25")}, 382},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := audit.EffectivePersonnel(c.fullTime, c.partTime...)
			require.NoError(t, err)
			assert.Equal(t, c.want, got)
		})
	}
}

func TestEffectivePersonnelErrors(t *testing.T) {
	pt := func(headcount int, hours string) audit.PartTime {
		return audit.PartTime{Headcount: headcount, HoursPerDay: ttDec(t, hours)}
	}
	cases := []struct {
		name     string
		fullTime int
		partTime []audit.PartTime
		want     error
		msg      string
	}{
		{"negative full-time", -1, nil, audit.ErrInvalidPersonnel, "-1 full-time staff"},
		{"nobody", 0, nil, audit.ErrInvalidPersonnel, "effective personnel is 0"},
		{"nobody, with an empty group", 0, []audit.PartTime{pt(0, "4")}, audit.ErrInvalidPersonnel, "is 0"},
		{"negative headcount", 5, []audit.PartTime{pt(-1, "4")}, audit.ErrInvalidPartTime, "part-time group 1 headcount -1"},
		{"zero hours", 5, []audit.PartTime{pt(1, "0")}, audit.ErrInvalidPartTime, "0 hours a day"},
		{"negative hours", 5, []audit.PartTime{pt(1, "-4")}, audit.ErrInvalidPartTime, "-4 hours"},
		{"more than 24 hours", 5, []audit.PartTime{pt(1, "4"), pt(1, "24.01")}, audit.ErrInvalidPartTime, "part-time group 2 works 24.01 hours"},
		{"three decimal places", 5, []audit.PartTime{pt(1, "4.125")}, audit.ErrInvalidPartTime, "two decimal places"},
		{"zero-value group", 5, []audit.PartTime{{}}, audit.ErrInvalidPartTime, "0 hours"},
		{"too many", math.MaxInt32, []audit.PartTime{pt(8, "8")}, audit.ErrInvalidPersonnel, "more than"},
		{"far too many", 0, []audit.PartTime{pt(math.MaxInt/2400, "24")}, audit.ErrInvalidPersonnel, "more than"},
		{"headcount beyond counting", 0, []audit.PartTime{pt(math.MaxInt, "1")}, audit.ErrInvalidPartTime, "headcount"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := audit.EffectivePersonnel(c.fullTime, c.partTime...)
			require.ErrorIs(t, err, c.want)
			assert.Contains(t, err.Error(), c.msg)
			assert.Equal(t, 0, got)
		})
	}

	t.Run("every problem is reported", func(t *testing.T) {
		_, err := audit.EffectivePersonnel(-3, pt(-1, "4"), pt(2, "25"))
		require.Error(t, err)
		assert.ErrorIs(t, err, audit.ErrInvalidPersonnel)
		assert.ErrorIs(t, err, audit.ErrInvalidPartTime)
		assert.Contains(t, err.Error(), "group 1")
		assert.Contains(t, err.Error(), "group 2")
	})
}
