package certificate

import (
	"errors"
	"strings"
	"time"

	"github.com/aftersales/certification/internal/calendar"
)

// Errors returned by this package. Each matches with [errors.Is]; errors
// about an event are an [*EventError] that wraps one of them.
var (
	// ErrInvalidPolicy is matched by every problem [Policy.Validate] finds.
	ErrInvalidPolicy = errors.New("certificate: invalid policy")
	// ErrInvalidGrant is matched by every problem [Issue] finds in a [Grant].
	ErrInvalidGrant = errors.New("certificate: invalid grant")
	// ErrNotCertifiable is matched when a grant or a recertification names a
	// level below 达标 (audit.Compliant) or an unknown level.
	ErrNotCertifiable = errors.New("certificate: level not certifiable")
	// ErrInvalidEvent is matched by an event with a zero or out-of-range date,
	// an empty or non-UTF-8 reason, or a kind or field that the event cannot
	// have.
	ErrInvalidEvent = errors.New("certificate: invalid event")
	// ErrEventOrder is matched by an event dated before the last recorded
	// event or before the issue date.
	ErrEventOrder = errors.New("certificate: event out of order")
	// ErrFinal is matched by an event on a certificate already withdrawn or
	// cancelled on the event's date.
	ErrFinal = errors.New("certificate: certificate withdrawn or cancelled")
	// ErrExpired is matched by an event other than a recertification on a
	// certificate that has expired on the event's date.
	ErrExpired = errors.New("certificate: certificate expired")
	// ErrSuspended is matched by a suspension of a certificate already
	// suspended for cause, and by a recertification of a suspended one.
	ErrSuspended = errors.New("certificate: certificate suspended")
	// ErrNotSuspended is matched by a reinstatement of a certificate that is
	// not suspended for cause.
	ErrNotSuspended = errors.New("certificate: certificate not suspended for cause")
	// ErrNotDue is matched by a surveillance recorded when none is open: all
	// of the cycle's surveillances are done, or the next one has not opened.
	ErrNotDue = errors.New("certificate: no surveillance due")
	// ErrSurveillancePending is matched by a recertification decided before
	// every surveillance of the current cycle is recorded, or before the
	// current cycle has begun.
	ErrSurveillancePending = errors.New("certificate: surveillance pending")
	// ErrRestorationWindow is matched by a recertification decided after the
	// expiry date and after the restoration window (or when the policy has no
	// window).
	ErrRestorationWindow = errors.New("certificate: outside the restoration window")
	// ErrInconsistent is matched when decoded JSON states an expiry, number or
	// level that does not follow from its grant, policy and events.
	ErrInconsistent = errors.New("certificate: inconsistent certificate")
)

// EventError reports an event that a certificate refused.
type EventError struct {
	// Event is the event refused (Recertification for a refused
	// [Certificate.Recertify]).
	Event EventKind
	// On is the day it was tried on: midnight of the date given once that
	// date is accepted, the date as given when it is zero or out of range.
	On time.Time
	// Status is the certificate's status on On before the event; 0 when the
	// event was refused before the certificate was consulted (the zero
	// Certificate, or a bad date, reason or level).
	Status Status
	// Err is the rule that refused it: one of the package's sentinels, such
	// as [ErrFinal] or [ErrEventOrder].
	Err error
	// Detail says what exactly broke the rule, such as "the reason is
	// empty"; empty when Err says it all.
	Detail string
}

// Error describes the refused event, such as
// "certificate: reinstatement on 2027-05-01 (status valid): not suspended for cause: ...".
func (e *EventError) Error() string {
	on := "zero date"
	if !e.On.IsZero() {
		on = calendar.Format(e.On)
	}
	msg := "certificate: " + e.Event.String() + " on " + on
	if e.Status.IsValid() {
		msg += " (status " + e.Status.String() + ")"
	}
	if e.Err != nil {
		msg += ": " + strings.TrimPrefix(e.Err.Error(), "certificate: ")
	}
	if e.Detail != "" {
		msg += ": " + e.Detail
	}
	return msg
}

// Unwrap returns the sentinel, so that errors.Is(err, ErrFinal) works.
func (e *EventError) Unwrap() error { return e.Err }

// taggedError is an error with its own message that matches several
// sentinels.
type taggedError struct {
	msg  string
	errs []error
}

func (e *taggedError) Error() string   { return e.msg }
func (e *taggedError) Unwrap() []error { return e.errs }

// tagged returns an error reading msg that matches each of sentinels.
func tagged(msg string, sentinels ...error) error {
	return &taggedError{msg: msg, errs: sentinels}
}
