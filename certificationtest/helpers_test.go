package certificationtest_test

import (
	"errors"
	"time"

	"github.com/aftersales/certification/certificationtest"
	"github.com/aftersales/certification/internal/calendar"
)

// day parses a YYYY-MM-DD date as midnight UTC; it panics on a typo in a
// test.
func day(s string) time.Time {
	t, err := calendar.Parse(s)
	if err != nil {
		panic("day(" + s + "): " + err.Error())
	}
	return t
}

// shanghai is a fixed +08:00 zone, so that dates read in their own location
// differ from UTC just after midnight.
var shanghai = time.FixedZone("CST", 8*3600)

// fieldOf returns the field of the first *certificationtest.FieldError in
// err, or "(none)".
func fieldOf(err error) string {
	var fe *certificationtest.FieldError
	if errors.As(err, &fe) {
		return fe.Field
	}
	return "(none)"
}
