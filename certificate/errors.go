package certificate

import (
	"errors"
	"strings"
	"time"

	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// Errors returned by this package (see "Errors" in the package doc). Each
// matches with [errors.Is]; a problem with a field of a value is a
// [*FieldError] of the value's kind, a refused event an [*EventError] of the
// rule that refuses it.
var (
	// ErrInvalidPolicy is the kind of every problem [Policy.Validate] finds.
	ErrInvalidPolicy = errors.New("certificate: invalid policy")
	// ErrInvalidGrant is the kind of every problem [Grant.Validate] and
	// [Issue] find in a [Grant].
	ErrInvalidGrant = errors.New("certificate: invalid grant")
	// ErrInvalidCertificate is the kind of every problem with the shape of a
	// certificate's JSON document: not JSON, unknown, repeated or missing
	// fields, a null or a value of the wrong type.
	ErrInvalidCertificate = errors.New("certificate: invalid certificate")
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
	// ErrInconsistent is matched when decoded JSON states an expiry, number,
	// level or cycle start that does not follow from its grant, policy and
	// events.
	ErrInconsistent = errors.New("certificate: inconsistent certificate")
	// ErrUnknownCode is matched by every error about a code that names no
	// value of one of the package's enums (from a ParseX function,
	// UnmarshalText or JSON decoding), and by the error from encoding an
	// unknown value.
	ErrUnknownCode = errors.New("certificate: unknown code")
)

// FieldError is one problem with one field of a value: its Field is the
// field's path in the value's JSON spelling ("grant.holder",
// "events[2].on"). It matches the kind of the value (such as
// [ErrInvalidGrant]) with errors.Is; it is the same type in every package of
// the module.
type FieldError = errs.FieldError

// EventError reports an event that a certificate refused. It matches the
// rule that refused it, Err, with errors.Is.
type EventError struct {
	// Event is the event refused (Recertification for a refused
	// [Certificate.Recertify], Restoration when the certificate had expired).
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
	// Field is the event's path in a decoded document, such as
	// "events[3]"; empty for an event method.
	Field string
}

// Error reads "rule: [field: ]event on date (status s): detail", such as
// "certificate: certificate not suspended for cause: reinstatement on
// 2027-05-01 (status valid)".
func (e *EventError) Error() string {
	var b strings.Builder
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("certificate")
	}
	b.WriteString(": ")
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	on := "zero date"
	if !e.On.IsZero() {
		on = calendar.Format(e.On)
	}
	b.WriteString(e.Event.String() + " on " + on)
	if e.Status.IsValid() {
		b.WriteString(" (status " + e.Status.String() + ")")
	}
	if e.Detail != "" {
		b.WriteString(": " + e.Detail)
	}
	return b.String()
}

// Is reports whether target is the rule that refused the event, Err.
func (e *EventError) Is(target error) bool { return e.Err != nil && target == e.Err }
