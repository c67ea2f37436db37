// Package materials checks what an applicant for certification hands in:
// which materials are missing, expired or insufficient on a given date, and
// whether the identifiers printed on them (unified social credit code,
// organisation code, the legal representative's resident ID or other
// identity document) are well formed. It is step 2–3 of how a company
// applies (self-assessment, then submission with materials), and a
// certification body's preliminary review [brief].
//
// # Materials
//
// A [Material] is the metadata of one document: its [Kind], title, issue
// date, end of validity (zero for 长期, no end date), the period it covers,
// the [Section]s it contains, the identifier printed on it (Reference) and
// which identifier that is (ReferenceType, zero for the one the
// requirement asks for first). [Material.Validate] checks a material on its
// own, without a date:
//   - the kind is spelled as a kind code (see Kinds);
//   - the title is valid UTF-8 and not blank; the reference, when given,
//     too; a reference type is zero or a known [ReferenceCheck];
//   - the issue date is given; every date lies from 0001-01-02 to
//     9999-12-31 (the dates that are written as YYYY-MM-DD and read back);
//     an end of validity is on or after the issue date;
//   - a covered period is zero or has both ends, the last on or after the
//     first;
//   - each section is known and listed once.
//
// Which identifier the reference must be is up to the requirement, so it is
// checked by [Checklist.Check], not by Validate.
//
// # Kinds
//
// A [Kind] is a code: one or more words of lower-case ASCII letters and
// digits joined by single underscores, the first word starting with a
// letter, at most 40 characters ("business_license", "quality_policy").
// The built-in kinds are the after-sales service materials [brief], each
// with a constant and a Chinese and English name ([Kinds], [Kind.Chinese]).
// A checklist may define kinds of its own ([Checklist.Kinds], a [KindDef]
// each: a code and a Chinese and an English name, neither blank), which
// then follow every rule a built-in kind does (validity, sections,
// coverage, identifiers, stand-ins); [Checklist.Kind] names a kind either
// way. A checklist refuses a kind of its own that reuses a built-in code or
// is defined twice, and a requirement or stand-in of a kind it does not
// know. A material may be of any kind spelled as a code: a kind the
// checklist does not know leaves the material unused (see Reports), so
// materials are read without a checklist. The names of a checklist's own
// kinds are the checklist's, not the package's: a [Problem] about such a
// kind carries them (KindChinese, KindEnglish), and so it renders the same
// after it is written and read back.
//
// # Checklists
//
// A [Checklist] is the kinds of its own and an ordered list of
// [Requirement]s, each one line of data: the kind, whether it is optional,
// how many, how many years must be covered, how recent the latest must be,
// the sections required, the identifier and the other identifiers
// accepted, the least age of the person an identifier names, when to warn
// before an end date, and which other materials may stand in. A
// certification body (CB) with other rules builds its own.
// [Checklist.Validate] refuses, besides what Kinds says:
//   - a checklist with no requirements, or two for the same kind;
//   - a count, years covered, latest-within months, warning days or minimum
//     age that is negative or above its bound (1000, 50, 600, 3660 and 150:
//     so that a checklist from outside cannot make a check run for ever);
//   - a section unknown or listed twice; an identifier unknown; other
//     identifiers without a first one, or repeating one; a minimum age
//     without resident_id among the identifiers (the only one with a birth
//     date);
//   - a stand-in of the requirement's own kind, or listed twice.
//
// # Built-in checklists
//
// [AfterSalesService], from the brief completed with what CBs ask for:
//   - required: application form, business licence, organisation code
//     certificate, legal representative's ID, service process manual,
//     quality manual, feedback mechanism, organisation chart, list of service
//     outlets, training records, satisfaction survey reports [brief];
//   - optional (never blocking): service commitment, complaint records,
//     service cases — "may also" provide them [brief];
//   - the business licence carries a valid credit code; a licence with a
//     valid 18-character credit code stands in for the organisation code
//     certificate (三证合一 since 2015-10-01) [brief];
//   - the legal representative's identity document carries a valid resident
//     ID number, or, for foreign nationals and residents of Hong Kong, Macao
//     and Taiwan, the number of a passport, a foreign permanent resident ID
//     card or a mainland travel permit, named by the material's
//     ReferenceType (CB practice); the legal representative is 18 or older
//     on the check date: full civil capacity (民法典 arts. 17–18);
//   - training records contain a plan, the content and the assessment
//     results, and the latest was issued within 12 months [brief];
//   - one satisfaction report for each of the last 2 years, each with data
//     analysis and improvement measures (the brief says "recent years"; CBs
//     ask for 1 to 3, so 2 is the default) [brief];
//   - a licence or identity document that ends within 90 days of the check
//     date is a warning, not a problem (CB practice).
//
// [ISO9001], [ISO14001] and [ISO45001] ask for the company documents every
// application needs, as AfterSalesService does (application form; business
// licence with a valid credit code; the legal representative's identity
// document, 18 or older; organisation chart, the built-in kind), and then
// for the documented information of the management system, each a kind the
// checklist defines, required and valid on the check date:
//   - ISO 9001:2015: quality_policy, the quality policy (5.2.2: available as
//     documented information); quality_objectives (6.2.1: documented
//     information on the quality objectives); qms_documented_information,
//     the documented information the organisation determines its quality
//     management system needs (7.5.1 b; with the scope, 4.3, and what
//     supports the processes, 4.4.2);
//   - ISO 14001:2015: environmental_aspects, the environmental aspects and
//     impacts, the criteria for significance and the significant aspects
//     (6.1.2); compliance_obligations (6.1.3); environmental_monitoring_results,
//     the results of monitoring, measurement, analysis and evaluation
//     (9.1.1);
//   - ISO 45001:2018: ohs_risk_assessment, hazard identification and the
//     assessment of OH&S risks, with its methods and criteria (6.1.2);
//     ohs_legal_requirements, the legal and other requirements (6.1.3);
//     ohs_monitoring_results, the results of monitoring, measurement,
//     analysis and performance evaluation (9.1.1);
//   - all three: internal_audit_records, evidence of the audit programme and
//     the audit results (9.2.2), and management_review_records, the results
//     of management reviews (9.3.3); the latest of each issued within 12
//     months: a CB certifies a system that has run through at least one
//     internal audit and one management review (CB practice), and both come
//     round at least yearly. The three checklists define these two kinds
//     alike, so that one set of records serves an integrated audit.
//
// # Rules
//
// [Checklist.Check] checks each requirement on the check date asOf:
//   - each material of its kind is checked on its own: not issued after
//     asOf ([ErrNotYetValid]); a ValidUntil (the last valid day) not before
//     asOf, a zero one never ending ([ErrExpired]); every section the
//     requirement lists ([ErrMissingSection]); its Reference, when the
//     requirement names an identifier: as the identifier its ReferenceType
//     names, which must be the requirement's Reference or one of its
//     OtherReferences (otherwise [ErrInvalidReference], Rule
//     RuleNotAccepted), or as the Reference when it names none, in the
//     format of the Identifiers section ([ErrInvalidReference]); for a
//     resident ID, a birth date not after asOf ([ErrInvalidReference], Rule
//     RuleBirthDate) and a holder at least MinAge on asOf ([ErrUnderage],
//     Rule RuleMinimumAge). A material with none of these problems counts;
//   - the requirement is met when at least Count materials count (1 when
//     Count is 0), each of the last YearsCovered years has one that counts
//     (and only those count), and the latest that counts was issued within
//     LatestWithinMonths;
//   - otherwise a stand-in (SatisfiedBy) meets it: the first material of a
//     stand-in kind, in order, that is valid on asOf and whose Reference
//     passes the stand-in's identifier (with no other identifiers and no
//     age);
//   - when it is not met: nothing of the kind, or fewer than Count, is
//     [ErrMissing] (saying which stand-ins were looked for), and so is
//     fewer than Count that count within the years covered; a year with
//     nothing at all is [ErrInsufficientCoverage]; a latest material too old
//     is [ErrOutdated]; with the problems of each material;
//   - when it is met, the problems of the materials that did not count are
//     warnings; a counted material of the requirement's own kind that ends
//     within WarnWithinDays of asOf (asOf included) is a warning
//     ([ErrExpiresSoon]);
//   - an optional requirement reports everything as warnings, and nothing
//     provided is not even one.
//
// A material that fails [Material.Validate], or that is [Material.Equal] to
// one provided earlier ([ErrDuplicate]), takes no part in the check; a zero
// asOf, one that is not a usable date, and an invalid checklist stop it.
//
// # Dates
//
// The check date comes from the caller; the package never reads the clock,
// and a zero asOf is a problem ([ErrInvalidDate]), never "today". Dates are
// calendar dates read in their own location (00:30 in Shanghai is that
// Shanghai day); month arithmetic clamps to the end of the month
// (internal/calendar).
//
// "Within N months" means on or after asOf − N months: training records
// issued on 2025-05-15 are within 12 months of 2026-05-15, those of
// 2025-05-14 are not. "The last N years" are the 12-month windows ending on
// asOf: year k runs from the day after asOf − 12·k months to
// asOf − 12·(k−1) months, both included (for 2026-05-15: 2025-05-16 to
// 2026-05-15, then 2024-05-16 to 2025-05-15). A material counts for the
// year in which its Covers period ends (its issue date when Covers is zero;
// the check date when the period ends after it), so one report cannot count
// for two years. A year that would start before 0001-01-02 is stated as
// starting then.
//
// A person is N years old from the birth date N years on, the birthday
// itself included (born 2008-06-15: 18 on 2026-06-15, not on 2026-06-14),
// clamped to the end of the month like all month arithmetic (born on Feb 29:
// 18 on Feb 28, since the 18th birthday always falls in a common year). An
// under-age problem states the birth date and the day of the minimum age
// when both are usable dates, and otherwise only the minimum age.
//
// # Identifiers
//
// A requirement names the identifier its materials carry
// ([Requirement.Reference], a [ReferenceCheck]) and may accept others
// ([Requirement.OtherReferences]) when a material says which one it carries
// ([Material.ReferenceType]). [ValidateReference] checks any of them; the
// formats:
//   - 统一社会信用代码, unified social credit code, GB 32100-2015
//     ([ValidateCreditCode]): 18 characters from 0-9 and A-Z without I, O,
//     S, V, Z; a mod-31 check character; positions 9–17 an organisation
//     code.
//   - 组织机构代码, organisation code, GB 11714-1997
//     ([ValidateOrganizationCode]): 8 characters and a mod-11 check, "X" for
//     10, "0" for 11; the printed form with a hyphen before the check
//     character is accepted.
//   - 居民身份证号码, resident ID number, GB 11643-1999
//     ([ValidateResidentID]): 17 digits and a mod-11 check from
//     "10X98765432"; positions 7–14 a real calendar date, the birth date.
//     The standard sets no earliest year (its own examples
//     11010519491231002X and 440524188001010014, born 1880, pass). A format
//     check has no date; Check has one (see Rules).
//   - The legal representative's other identity documents (CB practice):
//     外国人永久居留身份证, foreign permanent resident ID card: the 2023
//     format is 18 characters, "9" (foreign nationals; resident IDs start
//     with 1–8) then 16 digits and the GB 11643-1999 check character, as
//     the National Immigration Administration's rules for the card issued
//     since 2023-12-01 state; the earlier cards, still valid, carry 3
//     capital letters (the nationality) and 12 digits, of which only the
//     characters and the length are checked; the birth date of the 2023
//     number is not read (no public source at hand settles its positions).
//     护照, passport: 5 to 20 characters, each a capital letter or a digit
//     (the alphabet of the machine-readable zone of ICAO Doc 9303).
//     港澳居民来往内地通行证, mainland travel permit for Hong Kong and Macao
//     residents: "H" or "M" then 8 digits, or 10 digits (the number and a
//     2-digit count of renewals, as on the cards first issued in 1999).
//     台湾居民来往大陆通行证, mainland travel permit for Taiwan residents: 8
//     digits, the lifelong number printed alone since 2008-09-25.
//
// Input is checked as given: lower-case letters and full-width characters
// are errors that say so, never silently converted; lengths and positions
// count characters (runes), not bytes. A format error is a
// [*ReferenceError] matching [ErrInvalidReference]: the identifier, the rule
// that failed (a Rule constant) and the position.
//
// # Reports
//
// Check never fails: the [Report] says, per requirement, which materials
// met it, what blocks it ([Result.Problems]) and what is only worth knowing
// ([Result.Warnings]); materials of kinds the checklist does not ask for,
// as a requirement or a stand-in, are listed as unused, not rejected;
// problems that belong to no requirement (the check date, the checklist, an
// invalid or repeated material) are in [Report.General] and block. Each
// [Problem] is an error whose [Reason] matches one sentinel with errors.Is:
// [ErrMissing], [ErrExpired], [ErrNotYetValid], [ErrInsufficientCoverage],
// [ErrMissingSection], [ErrInvalidReference], [ErrUnderage], [ErrOutdated],
// [ErrInvalidMaterial], [ErrDuplicate], [ErrInvalidDate],
// [ErrInvalidChecklist], and for warnings [ErrExpiresSoon].
// [Problem.Chinese] and [Problem.English] render a problem for people,
// naming its kind by the checklist's names.
//
// Check compares a material only with materials of its own kind, and finds
// repeated materials by sorting them: its work grows as n log n in the
// number n of materials (8 000 materials cost about 10 times as much as
// 1 000), never as n².
//
// # Errors
//
// Every error about a value is a [*FieldError] whose kind is the value's
// sentinel ([ErrInvalidMaterial], [ErrInvalidChecklist], [ErrInvalidReport],
// and also [ErrUnknownCode] for an unknown code) and whose Field names the
// field at fault in its JSON spelling, such as
// `materials: invalid checklist: requirements[3].sections[1]: repeats plan`.
// Validation collects every problem of a value; an error lists the first 20
// and counts the rest, and shows at most the first 40 bytes of any input,
// so that a dossier of a million bad materials yields an error of bounded
// size ([Report.Err] alike). A [Problem] and a [*ReferenceError] carry
// their context in fields and match their sentinel with an Is method.
//
// # JSON
//
// Decoding JSON ([Material], [Checklist], [Requirement], [StandIn],
// [KindDef], [Problem], [Report]) is strict (unknown fields, repeated keys,
// wrong types, null where a value is required, and trailing data are
// errors) and validates exactly as the code does; a failed decode leaves the
// target unchanged; encoding a value that could not be read back is an
// error. Dates are written as YYYY-MM-DD and read back as midnight UTC: the
// location is not kept. Enums and kinds are written as their codes.
//
// A material reads
// {"kind":"legal_rep_id","title":"法定代表人护照","issued_on":"2020-03-01","valid_until":"2030-02-28","reference":"E12345678","reference_type":"passport"},
// with valid_until, covers ({"from":…,"to":…}), sections, reference and
// reference_type left out when zero.
//
// A checklist is data a CB can replace. Without kinds of its own it is an
// array of requirements, in order; with them, an object
// {"kinds":[{"code":…,"chinese":…,"english":…}],"requirements":[…]} (read in
// both forms, so that what older versions wrote reads the same). In a
// requirement only kind is required; every other field may be left out and
// then means what its Go zero value means, and encoding leaves zero fields
// out. A CB that asks for three years of satisfaction reports, accepts a
// licence for the organisation code certificate, and a resident ID or a
// passport for the legal representative, writes:
//
//	[{"kind":"application_form"},
//	 {"kind":"business_license","reference":"credit_code","warn_within_days":90},
//	 {"kind":"legal_rep_id","reference":"resident_id",
//	  "other_references":["passport"],"min_age":18},
//	 {"kind":"organization_code","reference":"organization_code",
//	  "satisfied_by":[{"kind":"business_license","reference":"credit_code"}]},
//	 {"kind":"satisfaction_report","years_covered":3,"count":3,
//	  "sections":["data_analysis","improvement_measures"]},
//	 {"kind":"service_case","optional":true}]
//
// A problem reads
// {"kind":"business_license","reason":"expired","title":"营业执照","date":"2026-03-31","message":"materials: business_license \"营业执照\": expired: valid until 2026-03-31"},
// with kind_chinese and kind_english for a kind of the checklist's own;
// "message" is written for readers and ignored when read. A report reads
// {"as_of":…,"complete":…,"results":[{"kind":…,"optional":…,"satisfied":…,"used":[…],"problems":[…],"warnings":[…]}],"unused":[…],"general":[…]};
// decoding refuses results without a check date, a result without
// "satisfied", one that is satisfied or optional yet has blocking problems,
// one that is required and not satisfied yet has none, and a "complete"
// that is missing or does not match the report.
//
// Embedding one of the package's types in a struct of your own promotes its
// MarshalJSON and UnmarshalJSON to that struct (a Go rule), which then
// encodes as the embedded value alone: name the field instead. Every value
// has IsZero, so that a field tagged omitzero is left out when zero.
//
// # Concurrency
//
// The package has no mutable state. Checklists, materials and reports are
// plain values; Check does not change its arguments and the report shares
// no memory with them.
package materials
