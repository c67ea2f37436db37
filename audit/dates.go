package audit

import (
	"errors"
	"fmt"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// errZeroDate is the problem of a date left zero where one is needed.
var errZeroDate = errors.New("is zero")

// dateProblem returns what is wrong with t as a date that goes into a value
// or is computed and stored in one, nil when nothing: it must not be zero
// and its year must lie in 1–9999 (calendar.InRange), so that it encodes as
// YYYY-MM-DD and decodes back.
func dateProblem(t time.Time) error {
	switch {
	case t.IsZero():
		return errZeroDate
	case !calendar.InRange(t):
		return fmt.Errorf("%s is outside the years %d–%d", calendar.Format(t), calendar.MinYear, calendar.MaxYear)
	}
	return nil
}

// formatDate writes t as YYYY-MM-DD for a document, "" for the zero time.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return calendar.Format(t)
}

// parseDate reads a YYYY-MM-DD date of a document as midnight UTC; "" is
// the zero time (a date not recorded).
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := calendar.Parse(s, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s is not a YYYY-MM-DD date", errs.Quote(s))
	}
	return t, nil
}
