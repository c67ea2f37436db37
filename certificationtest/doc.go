// Package certificationtest builds the values that tests of certification
// rules need, the way net/http/httptest builds requests and recorders: valid
// identifiers, a dossier a checklist finds complete on a date (and named
// ways to break it), an evaluation worth a given score or grade, an
// application taken to any state of its lifecycle, and a certificate in any
// status on a date. It is for a certification body (CB) testing its own
// schedule and policies, a consultancy testing a client's dossier, a
// service testing its integration, and the module's own tests.
//
// Every helper is deterministic: no clock, no randomness, no I/O. What
// varies comes from the caller: the date, and a seed from which identifiers
// and IDs are derived. The same inputs always give the same values, and
// every value is checked against the library's own rules before it is
// returned (a dossier with materials.Checklist.Check, a certificate with
// certificate.Certificate.StatusOn, each step of an application by its own
// method).
//
// # Identifiers
//
// The identifier makers compute the check characters:
//
//   - [OrganizationCode] (组织机构代码, GB 11714-1997): the last 8 decimal
//     digits of the seed, zero-padded, then the check character c = 11 −
//     (Σ value × weight mod 11) with weights 3, 7, 9, 10, 5, 8, 4, 2, 10
//     written "X" and 11 written "0". Seeds 0 to 99 999 999 give 10⁸
//     different codes; OrganizationCode(13226025) is "132260250".
//   - [CreditCode] (统一社会信用代码, GB 32100-2015): positions 1–2 the
//     registering authority and entity type ([EntityType]: "91" an
//     enterprise, "92" an individual business, "93" a farmers' cooperative,
//     all registered by market regulation; "12" a public institution,
//     registered by establishment administration; "51" a social
//     organisation, registered by civil affairs), 3–8 the administrative
//     division, 9–17 OrganizationCode(seed), and 18 the check character
//     (31 − Σ value × weight mod 31) mod 31 over the alphabet 0–9 and A–Z
//     without I, O, S, V and Z, with weights 1, 3, 9, 27, 19, 26, 16, 17, 20,
//     29, 25, 13, 8, 24, 10, 30, 28. CreditCode(Enterprise, "310000",
//     13226025) is "91310000132260250X", a real company's code.
//   - [ResidentID] (居民身份证号码, GB 11643-1999): positions 1–6 the
//     division, 7–14 the birth date as YYYYMMDD, 15–17 the sequence number
//     2 × (seed mod 500) + 1 for a man and 2 × (seed mod 500) for a woman
//     (the 17th digit odd for a man, even for a woman), and 18 the check
//     character "10X98765432"[Σ digit × weight mod 11] with weights 7, 9,
//     10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2. ResidentID("110105",
//     1949-12-31, Female, 1) is "11010519491231002X", the standard's own
//     example.
//
// A division is an administrative division code (行政区划代码): 6 digits,
// the first from 1 to 8 (province codes run from 11 to 82; "310000" is
// Shanghai, "310104" its Xuhui district). A birth date is any calendar date
// from 0001-01-02 to 9999-12-31, read in its own location.
//
// [Reference] makes any identifier a material may carry
// (materials.ReferenceCheck): a credit code as CreditCode(Enterprise,
// "310000", seed); an organisation code as OrganizationCode(seed); a
// resident ID as ResidentID("310104", 1980-01-01, Male, seed); and, for the
// other identity documents a legal representative may hold, whose formats
// the materials package checks: a passport number "E" and the last 8
// digits of the seed; a foreign permanent resident ID in the 2023 format,
// "9", the last 16 digits of the seed and the GB 11643-1999 check
// character; a Hong Kong/Macao travel permit "H" and 8 digits; a Taiwan
// travel permit 8 digits.
//
// # Seeds
//
// [ID] derives a UUID from a seed and a name: the version 5 (SHA-1) UUID of
// "name/seed" in the package's own name space. The helpers name theirs
// "application", "certificate", "finding/1" and "finding/2", so a test can
// predict every ID: ID(7, "certificate") is the ID of the certificate of a
// walk or a certificate helper with seed 7.
//
// [Applicant](seed) is the test company of a seed: 上海测试<seed>有限公司,
// the enterprise credit code CreditCode(Enterprise, "310000", seed), a
// legal representative and an address, 120 effective personnel and one
// site (the brief's case [brief]).
//
// # Dossiers
//
// [Dossier] builds, for each requirement of a checklist that is not
// optional, in checklist order:
//   - max(Count, 1) materials, or max(Count, YearsCovered) when the
//     requirement covers years, each covering one of them in turn (year 1
//     is the 12 months ending on the check date, year 2 the 12 before);
//   - titled with the kind's Chinese name as the checklist names it,
//     numbered ("客户满意度调查报告 1/2") when there are several;
//   - issued a month before the check date, or a month before the end of
//     the year it counts for; with no end of validity (长期); covering,
//     when the requirement covers years, the 12 months up to that issue
//     date;
//   - with every section the requirement asks for;
//   - carrying the identifier the requirement names: the credit code of
//     [Applicant](seed) for a credit code, the organisation code in it for
//     an organisation code, for a resident ID that of a man born
//     MinAge + 30 years before the check date in 310104, and any other as
//     [Reference](c, seed) makes it.
//
// Optional requirements get nothing: they never block. A requirement that
// a stand-in meets still gets its own materials, so that breaking the
// stand-in breaks nothing else. The checklist finds such a dossier
// complete, with no warning and nothing unused.
//
// A [Break] changes the dossier so that the check finds exactly one
// problem, on the break's kind, with the reason the break is named after:
//
//	Missing(k)                  materials.ErrMissing               no material of kind k
//	Expired(k)                  materials.ErrExpired               one ends the day before the check date
//	NotYetValid(k)              materials.ErrNotYetValid           one is issued a month after it
//	MissingSection(k, s)        materials.ErrMissingSection        one lacks section s
//	InsufficientCoverage(k, y)  materials.ErrInsufficientCoverage  nothing covers year y
//	Outdated(k)                 materials.ErrOutdated              the latest a month older than LatestWithinMonths allows
//	InvalidReference(k)         materials.ErrInvalidReference      one carries a spoilt identifier
//	Underage(k)                 materials.ErrUnderage              one names a person six months short of MinAge
//
// To break one material and leave the others counting, a requirement that
// covers years gets the broken material alone in its last year and
// max(Count, YearsCovered − 1) others over the years before; one that does
// not gets its Count materials, the first broken. Outdated dates every
// material issued later than LatestWithinMonths + 1 months before the check
// date back to then. A material whose date a break changes keeps the
// period it covers, so it still counts for its year. InsufficientCoverage
// leaves out year y and spreads max(Count, YearsCovered − 1) materials over
// the others. An identifier is spoilt by a wrong check character (the next
// one in its alphabet), or, for one without a check character, by its last
// character replaced with "*". An under-age person carries a resident ID,
// named by the material's ReferenceType when the requirement asks first
// for another identifier.
//
// Each dossier is checked before it is returned, and a break that cannot be
// the only problem is an error that says what the check found instead:
// breaking a kind a stand-in in the dossier meets (the organisation code
// certificate of the after-sales checklist, which the business licence
// stands in for); breaking one material of a requirement that covers a
// single year, or leaving out its year (the check also finds too few);
// leaving out year 1 of a requirement that asks for a latest material
// within 12 months or less (what is left is older).
//
// # Evaluations
//
// [Scored] returns an evaluation that a scorecard scores exactly the given
// score: every indicator awarded, none excluded, no bonus and no deduction
// item. Of a card of T points, it awards the fewest hundredths of a point
// that score the given score by the audit package's rule (awarded ÷ T × 100,
// half up to two places), each indicator its share in proportion to its
// maximum, rounded down, the rest one hundredth at a time to the first
// indicators with room. Every score from 0.00 to 100.00 is reached on a
// card of 100 points or more; on a smaller card the scores go up in steps
// (of 0.10 on a card of 10 points), and a score between two steps is an
// error that names them. [Graded] is Scored at a level's threshold (0.00
// for audit.NotRated): the least score at that level.
//
// # Applications
//
// [Walk] takes an application to a state along the shortest way
// application.Transitions gives from Draft, the earlier row first among
// equals:
//
//	draft             (none)
//	submitted         submit
//	returned          submit, return
//	accepted          submit, accept
//	document_review   submit, accept, start_document_review
//	on_site_audit     … start_on_site_audit
//	rectification     … start_on_site_audit, require_rectification
//	pending_decision  … start_on_site_audit, complete_on_site_audit
//	certified         … complete_on_site_audit, certify
//	rejected          submit, reject
//	withdrawn         withdraw
//
// It creates the application on the start date with ID(seed, "application")
// and takes each step so many days after the one before, with these inputs:
//
//	submit                  14  Dossier(checklist, that day, seed), carrying the applicant's credit code
//	return                   7  one reason
//	accept                   7  the cycle request for the applicant's personnel and sites, and the scheme's own quote
//	start_document_review   14
//	start_on_site_audit     14
//	complete_on_site_audit   2  no finding
//	require_rectification    2  a major and a minor nonconformity raised that day, due as the scheme's policy says
//	certify                 14  graded: the score of Graded(scorecard, ThreeStar); otherwise no result
//	reject                   7  one reason
//	withdraw                 7  one reason
//
// The certificate has ID(seed, "certificate") and the number
// "CT-<year>-<seed>"; the findings have ID(seed, "finding/1") (the major)
// and ID(seed, "finding/2"). In Rectification every way out is open to the
// test: settle the findings and complete, or let the major run past the
// stage 2 repeat limit.
//
// # Certificates
//
// [CertificateOn] returns a certificate whose status on a date is the one
// asked for, under a caller's policy; its grant is that of [Applicant](seed)
// (holder, credit code, address), graded 三星 (ThreeStar) under
// GB/T 27922-2011, with ID(seed, "certificate"). It gets there this way:
//
//	not_yet_valid  decided 7 days before the date, issued 7 days after it
//	valid          decided and issued 30 days before the date
//	suspended      decided and issued interval + tolerance + 1 months before the date, no surveillance recorded:
//	               the first surveillance's deadline passed about a month before
//	withdrawn      issued 30 days before the date, withdrawn 7 days before it
//	cancelled      issued 30 days before the date, cancelled 7 days before it
//	expired        decided the validity and 30 days before the date, each surveillance recorded on its due date
//
// [SuspendedForCause] is issued 30 days before the date and suspended for
// cause 7 days before it. Where a policy or the calendar does not allow
// that (a one-month surveillance interval, a one-month suspension limit,
// dates before the year 1), the dates move towards the date itself, and a
// certificate is returned only once its StatusOn says the status asked
// for.
//
// # Errors
//
// Every error is a [*FieldError] reading "certificationtest: kind: field:
// problem", whose kind is the sentinel of the helper ([ErrInvalidIdentifier],
// [ErrInvalidDossier], [ErrInvalidEvaluation], [ErrInvalidApplication],
// [ErrInvalidCertificate], and also [ErrUnknownCode] for an unknown
// [EntityType] or [Sex]) and whose field names the input at fault
// ("division", "breaks[1]", "score", "to"). An error of the library that a
// helper hits is wrapped, so that its own sentinels match too. CreditCode,
// ResidentID, Dossier, Scored, Graded, Walk, CertificateOn and
// SuspendedForCause have Must forms for tests, which panic naming the call.
//
// # Concurrency
//
// The package has no mutable state; every helper may be called from many
// goroutines.
package certificationtest
