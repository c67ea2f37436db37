package quotation

import (
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// checkDate returns the problem of a date field of a value of the given
// kind: zero, or outside the years 1–9999 (calendar.Check).
func checkDate(kind error, field string, t time.Time) error {
	return errs.Wrap(kind, field, calendar.Check(t))
}

// parseDate reads a date member written "YYYY-MM-DD" as midnight UTC,
// adding to l, as a problem of the given kind, a text that is not one or a
// date outside the years 1–9999.
func parseDate(l *errs.List, kind error, field, text string) time.Time {
	t, err := calendar.Parse(text, nil)
	if err != nil {
		l.New(kind, field, "%s is not a date written YYYY-MM-DD", errs.Quote(text))
		return time.Time{}
	}
	if err := checkDate(kind, field, t); err != nil {
		l.Add(err)
		return time.Time{}
	}
	return t
}
