package certificationtest

import (
	"slices"

	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/materials"
)

// Break is one way to break a complete dossier so that the checklist finds
// exactly one problem: its reason, on its kind (see the package doc's
// Dossiers section). Build one with [Missing], [Expired], [NotYetValid],
// [MissingSection], [InsufficientCoverage], [Outdated], [InvalidReference]
// or [Underage]; [Dossier] refuses the zero Break.
type Break struct {
	reason  materials.Reason
	kind    materials.Kind
	section materials.Section // MissingSection
	year    int               // InsufficientCoverage
}

// Missing leaves out every material of kind k: materials.ErrMissing.
func Missing(k materials.Kind) Break { return Break{reason: materials.ReasonMissing, kind: k} }

// Expired makes one material of kind k end the day before the check date:
// materials.ErrExpired.
func Expired(k materials.Kind) Break { return Break{reason: materials.ReasonExpired, kind: k} }

// NotYetValid dates one material of kind k a month after the check date:
// materials.ErrNotYetValid.
func NotYetValid(k materials.Kind) Break {
	return Break{reason: materials.ReasonNotYetValid, kind: k}
}

// MissingSection leaves section s out of one material of kind k, whose
// requirement asks for it: materials.ErrMissingSection.
func MissingSection(k materials.Kind, s materials.Section) Break {
	return Break{reason: materials.ReasonMissingSection, kind: k, section: s}
}

// InsufficientCoverage leaves year (1 is the 12 months ending on the check
// date, 2 the 12 before them, …) of a requirement of kind k that asks for
// YearsCovered without a material: materials.ErrInsufficientCoverage.
func InsufficientCoverage(k materials.Kind, year int) Break {
	return Break{reason: materials.ReasonInsufficientCoverage, kind: k, year: year}
}

// Outdated dates the materials of kind k, whose requirement asks for
// LatestWithinMonths, no later than a month before the earliest issue date
// it allows: materials.ErrOutdated.
func Outdated(k materials.Kind) Break { return Break{reason: materials.ReasonOutdated, kind: k} }

// InvalidReference spoils the identifier on one material of kind k, whose
// requirement names one: a wrong check character, or for an identifier
// without one a character outside its alphabet: materials.ErrInvalidReference.
func InvalidReference(k materials.Kind) Break {
	return Break{reason: materials.ReasonInvalidReference, kind: k}
}

// Underage puts on one material of kind k, whose requirement asks for a
// MinAge, the resident ID of a person six months short of that age on the
// check date: materials.ErrUnderage.
func Underage(k materials.Kind) Break { return Break{reason: materials.ReasonUnderage, kind: k} }

// name returns b for messages, such as "expired(business_license)".
func (b Break) name() string { return b.reason.String() + "(" + string(b.kind) + ")" }

// perMaterial reports whether b breaks one material, leaving the others of
// its kind as they are.
func (b Break) perMaterial() bool {
	switch b.reason {
	case materials.ReasonExpired, materials.ReasonNotYetValid, materials.ReasonMissingSection,
		materials.ReasonInvalidReference, materials.ReasonUnderage:
		return true
	}
	return false
}

// planBreaks checks each break against c (see the package doc's Dossiers
// section) and returns them by kind.
func planBreaks(c materials.Checklist, breaks []Break) (map[materials.Kind]Break, error) {
	byKind := make(map[materials.Kind]Break, len(breaks))
	var l errs.List
	for i, b := range breaks {
		field := errs.Index("breaks", i)
		if !b.reason.IsValid() {
			l.New(ErrInvalidDossier, field, "is the zero Break: build one with Missing, Expired, NotYetValid …")
			continue
		}
		r, ok := c.Requirement(b.kind)
		switch _, twice := byKind[b.kind]; {
		case !ok:
			l.New(ErrInvalidDossier, field, "%s: the checklist asks for no %s", b.name(), errs.Quote(string(b.kind)))
		case r.Optional:
			l.New(ErrInvalidDossier, field, "%s: %s is optional, so nothing about it is a problem", b.name(), b.kind)
		case twice:
			l.New(ErrInvalidDossier, field, "%s: %s is broken twice", b.name(), b.kind)
		default:
			l.Wrap(ErrInvalidDossier, field, b.fits(r))
		}
		byKind[b.kind] = b
	}
	return byKind, l.Err()
}

// fits returns the problem of a break that r gives no hold to: a section
// it does not ask for, a year outside those it covers, no recency, no
// identifier, no minimum age.
func (b Break) fits(r materials.Requirement) error {
	switch {
	case b.reason == materials.ReasonMissingSection && !slices.Contains(r.Sections, b.section):
		return errs.New(ErrInvalidDossier, "", "%s: the requirement asks for no section %s", b.name(), b.section)
	case b.reason == materials.ReasonInsufficientCoverage && (b.year < 1 || b.year > r.YearsCovered):
		return errs.New(ErrInvalidDossier, "", "%s: year %d is not one of the %d years the requirement covers", b.name(), b.year, r.YearsCovered)
	case b.reason == materials.ReasonOutdated && r.LatestWithinMonths <= 0:
		return errs.New(ErrInvalidDossier, "", "%s: the requirement asks for no recency (latest_within_months)", b.name())
	case b.reason == materials.ReasonInvalidReference && r.Reference == 0:
		return errs.New(ErrInvalidDossier, "", "%s: the requirement names no identifier", b.name())
	case b.reason == materials.ReasonUnderage && r.MinAge <= 0:
		return errs.New(ErrInvalidDossier, "", "%s: the requirement asks for no minimum age", b.name())
	}
	return nil
}
