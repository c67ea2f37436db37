// Package materials checks what an applicant for after-sales service
// certification hands in: which materials are missing, expired or
// insufficient on a given date, and whether the identifiers printed on them
// (unified social credit code, organisation code, resident ID number) are
// well formed.
//
// # Identifiers
//
// [ValidateCreditCode] follows GB 32100-2015, [ValidateOrganizationCode]
// GB 11714-1997 and [ValidateResidentID] GB 11643-1999, as restated in
// shared/DOMAIN.md §2. Input is checked as given: lower-case letters and
// full-width characters are errors that say so, never silently converted.
// Every error matches [ErrInvalidReference] and is a [*ReferenceError].
package materials
