package materials

import (
	"errors"

	"github.com/aftersales/certification/internal/errs"
)

// FieldError is one problem with one field of a value, such as the title of
// a material or the count of a requirement: errors.As finds it, and its Field
// names the field in its JSON spelling ("requirements[3].sections[1]"). It is
// the same type in every package of the module. See the package doc's
// Errors section.
type FieldError = errs.FieldError

// The kinds of value at fault, each matched with errors.Is by the errors
// about such a value (see the package doc's Errors section).
var (
	// ErrInvalidMaterial is matched by every problem of a [Material]: from
	// [Material.Validate], decoding one, and the report's problem about a
	// material that fails it.
	ErrInvalidMaterial = errors.New("materials: invalid material")
	// ErrInvalidChecklist is matched by every problem of a [Checklist], a
	// [Requirement], a [StandIn] or a [KindDef], and by the report's problem
	// about a checklist that fails [Checklist.Validate].
	ErrInvalidChecklist = errors.New("materials: invalid checklist")
	// ErrInvalidReport is matched by every error decoding a [Report] or a
	// [Problem], and encoding a Problem that could not be read back.
	ErrInvalidReport = errors.New("materials: invalid report")
	// ErrInvalidReference is matched by every error about an identifier
	// printed on a document, a [*ReferenceError], and by the report's
	// problems about one.
	ErrInvalidReference = errors.New("materials: invalid reference")
	// ErrUnknownCode is matched by every error about a code that names no
	// value of one of the package's enums, or is not a kind code: from a
	// ParseX function, UnmarshalText, MarshalText or decoding JSON.
	ErrUnknownCode = errors.New("materials: unknown code")
)

// The categories of the problems of a [Report] (see the package doc's
// Reports section); [ErrInvalidReference], [ErrInvalidMaterial] and
// [ErrInvalidChecklist] are categories too.
var (
	// ErrMissing: nothing of a required kind was provided, or fewer than
	// its Count.
	ErrMissing = errors.New("materials: missing")
	// ErrExpired: a material's ValidUntil is before the check date.
	ErrExpired = errors.New("materials: expired")
	// ErrNotYetValid: a material was issued after the check date.
	ErrNotYetValid = errors.New("materials: not yet valid")
	// ErrInsufficientCoverage: nothing for one of the years a requirement
	// asks to be covered.
	ErrInsufficientCoverage = errors.New("materials: insufficient coverage")
	// ErrMissingSection: a material lacks a section its requirement asks for.
	ErrMissingSection = errors.New("materials: missing section")
	// ErrOutdated: the latest material was issued longer ago than its
	// requirement allows.
	ErrOutdated = errors.New("materials: out of date")
	// ErrDuplicate: the same material was provided more than once.
	ErrDuplicate = errors.New("materials: duplicate material")
	// ErrInvalidDate: the check date is not a usable date.
	ErrInvalidDate = errors.New("materials: invalid check date")
	// ErrExpiresSoon (a warning, never blocking): a material ends within its
	// requirement's WarnWithinDays of the check date.
	ErrExpiresSoon = errors.New("materials: expires soon")
	// ErrUnderage: the person a resident ID names is younger than the
	// requirement's MinAge on the check date. The number is valid, so this
	// is not [ErrInvalidReference]: the remedy is another person.
	ErrUnderage = errors.New("materials: under age")
)
