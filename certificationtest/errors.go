package certificationtest

import (
	"errors"

	"github.com/aftersales/certification/internal/errs"
)

// The kinds of input at fault, each matched with errors.Is by the errors of
// the helper that takes it (see the package doc's Errors section).
var (
	// ErrInvalidIdentifier is matched by every error of [CreditCode],
	// [ResidentID] and [Reference]: a division, entity type, birth date,
	// sex or identifier they cannot build with.
	ErrInvalidIdentifier = errors.New("certificationtest: invalid identifier")
	// ErrInvalidDossier is matched by every error of [Dossier]: a checklist
	// that does not validate, an unusable check date, a [Break] the
	// checklist does not allow, or a break that cannot be the only problem.
	ErrInvalidDossier = errors.New("certificationtest: invalid dossier")
	// ErrInvalidEvaluation is matched by every error of [Scored] and
	// [Graded]: the zero scorecard, a score or level outside the scale, or
	// one that no evaluation reaches on the scorecard.
	ErrInvalidEvaluation = errors.New("certificationtest: invalid evaluation")
	// ErrInvalidApplication is matched by every error of [Walk]: a scheme,
	// applicant, state or start date it cannot walk with, or a step the
	// application package refuses (whose error it wraps).
	ErrInvalidApplication = errors.New("certificationtest: invalid application")
	// ErrInvalidCertificate is matched by every error of [CertificateOn]
	// and [SuspendedForCause]: a policy that does not validate, an unknown
	// status, an unusable date, or a status the policy cannot reach on it.
	ErrInvalidCertificate = errors.New("certificationtest: invalid certificate")
	// ErrUnknownCode is matched by every error about a code that names no
	// value of one of the package's enums ([EntityType], [Sex]).
	ErrUnknownCode = errors.New("certificationtest: unknown code")
)

// FieldError is one problem with one input of a helper: errors.As finds it,
// and its Field names the input ("division", "breaks[1]", "score"). It is
// the same type in every package of the module.
type FieldError = errs.FieldError
