package audit_test

import (
	"math"
	"testing"

	"github.com/aftersales/certification/audit"
	"github.com/shopspring/decimal"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Effective personnel [MD5]: full-time staff plus part-time staff converted
// by hours, hours a day ÷ 8 per person, summed over every group and rounded
// up once.
func TestEffectivePersonnel(t *testing.T) {
	pt := func(headcount int, hours string) audit.PartTime {
		return audit.PartTime{Headcount: headcount, HoursPerDay: daysOf(t, hours)}
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
		{"groups are summed, then rounded up once: 1 at 4 h + 1 at 4 h = ⌈0.5 + 0.5⌉", 0,
			[]audit.PartTime{pt(1, "4"), pt(1, "4")}, 1},
		{"3 at 4 h + 1 at 4 h = 10 + ⌈1.5 + 0.5⌉, not 10 + 2 + 1", 10,
			[]audit.PartTime{pt(3, "4"), pt(1, "4")}, 12},
		{"long shifts: 2 at 12 h + 1 at 10 h = ⌈3 + 1.25⌉, not 3 + 2", 0,
			[]audit.PartTime{pt(2, "12"), pt(1, "10")}, 5},
		{"three groups just reaching a whole person: 0.5 + 0.25 + 0.25", 0,
			[]audit.PartTime{pt(1, "4"), pt(1, "2"), pt(1, "2")}, 1},
		{"three groups just past a whole person: 0.5 + 0.25 + 0.25125", 0,
			[]audit.PartTime{pt(1, "4"), pt(1, "2"), pt(1, "2.01")}, 2},
		{"many groups of a hundredth of an hour: 800 × 0.01 h = one person", 0,
			eightHundredths(), 1},
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
		return audit.PartTime{Headcount: headcount, HoursPerDay: daysOf(t, hours)}
	}
	cases := []struct {
		name     string
		fullTime int
		partTime []audit.PartTime
		want     error
		msg      string
	}{
		{"negative full-time", -1, nil, audit.ErrInvalidPersonnel, "full_time: -1 must not be negative"},
		{"nobody", 0, nil, audit.ErrInvalidPersonnel, "effective personnel is 0"},
		{"nobody, with an empty group", 0, []audit.PartTime{pt(0, "4")}, audit.ErrInvalidPersonnel, "is 0"},
		{"negative headcount", 5, []audit.PartTime{pt(-1, "4")}, audit.ErrInvalidPartTime, "part_time[0].headcount: -1"},
		{"zero hours", 5, []audit.PartTime{pt(1, "0")}, audit.ErrInvalidPartTime, "part_time[0].hours_per_day: 0 must be above 0"},
		{"negative hours", 5, []audit.PartTime{pt(1, "-4")}, audit.ErrInvalidPartTime, "hours_per_day: -4 must be above 0"},
		{"more than 24 hours", 5, []audit.PartTime{pt(1, "4"), pt(1, "24.01")}, audit.ErrInvalidPartTime, "part_time[1].hours_per_day: 24.01 must be above 0 and at most 24"},
		{"three decimal places", 5, []audit.PartTime{pt(1, "4.125")}, audit.ErrInvalidPartTime, "two decimal places"},
		{"zero-value group", 5, []audit.PartTime{{}}, audit.ErrInvalidPartTime, "part_time[0].hours_per_day: 0"},
		{"too many", math.MaxInt32, []audit.PartTime{pt(8, "8")}, audit.ErrInvalidPersonnel, "more than"},
		{"far too many", 0, []audit.PartTime{pt(math.MaxInt/2400, "24")}, audit.ErrInvalidPersonnel, "more than"},
		{"too many only when the groups are summed", 0,
			[]audit.PartTime{pt(math.MaxInt32/2+1, "8"), pt(math.MaxInt32/2+1, "8")}, audit.ErrInvalidPersonnel, "more than"},
		{"too many part-time beside full-time", math.MaxInt32 - 1,
			[]audit.PartTime{pt(1, "4"), pt(1, "4.01")}, audit.ErrInvalidPersonnel, "more than"},
		{"full-time beyond counting", math.MaxInt, []audit.PartTime{pt(1, "4")}, audit.ErrInvalidPersonnel, "more than"},
		{"huge groups one after another", 0,
			[]audit.PartTime{pt(math.MaxInt/2400, "24"), pt(math.MaxInt/2400, "24")}, audit.ErrInvalidPersonnel, "more than"},
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
		assert.Contains(t, err.Error(), "part_time[0].headcount")
		assert.Contains(t, err.Error(), "part_time[1].hours_per_day")
	})
	t.Run("too many and a bad group are both reported", func(t *testing.T) {
		_, err := audit.EffectivePersonnel(0, pt(math.MaxInt/2400, "24"), pt(1, "25"))
		assert.ErrorIs(t, err, audit.ErrInvalidPersonnel)
		assert.ErrorIs(t, err, audit.ErrInvalidPartTime)
	})
}

// eightHundredths is 800 groups of one person working 0.01 hours a day.
func eightHundredths() []audit.PartTime {
	groups := make([]audit.PartTime, 800)
	for i := range groups {
		groups[i] = audit.PartTime{Headcount: 1, HoursPerDay: decimal.New(1, -2)}
	}
	return groups
}
