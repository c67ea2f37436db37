// Package materials checks what an applicant for after-sales service
// certification hands in: which materials are missing, expired or
// insufficient on a given date, and whether the identifiers printed on them
// (unified social credit code, organisation code, the legal
// representative's resident ID or other identity document) are well formed.
// It is step 2–3 of how a company applies (self-assessment, then submission
// with materials), and a certification body's preliminary review.
//
// # Materials and checklists
//
// A [Material] is the metadata of one document: its [Kind], title, issue
// date, end of validity (zero for 长期, no end date), the period it covers,
// the [Section]s it contains and the identifier printed on it. A
// [Checklist] is an ordered list of [Requirement]s, each one line of data:
// the kind, whether it is optional, how many, how many years must be
// covered, how recent the latest must be, the sections required, the
// identifier check and the other identifiers accepted, the least age of the
// person an identifier names, when to warn before an end date, and which
// other materials may stand in. A certification body (CB) with other rules
// builds its own checklist; [Checklist.Validate] refuses nonsense.
//
// [AfterSalesService] is the default, taken from the brief (an article on
// applying for after-sales service certification in Shanghai) and completed
// with what CBs ask for:
//   - required: application form, business licence, organisation code
//     certificate, legal representative's ID, service process manual,
//     quality manual, feedback mechanism, organisation chart, list of service
//     outlets, training records, satisfaction survey reports [brief];
//   - optional (never blocking): service commitment, complaint records,
//     service cases — "may also" provide them [brief];
//   - the business licence carries a valid credit code; a licence with a
//     valid 18-character credit code stands in for the organisation code
//     certificate (三证合一 since 2015-10-01);
//   - the legal representative's identity document carries a valid resident
//     ID number, or, for foreign nationals and residents of Hong Kong, Macao
//     and Taiwan, the number of a passport, a foreign permanent resident ID
//     card or a mainland travel permit, which the material names in its
//     ReferenceType ([Material.ReferenceType], [Requirement.OtherReferences]);
//   - the legal representative is 18 or older on the check date: full civil
//     capacity (民法典 arts. 17–18). Only a resident ID carries a birth date,
//     so only its holder's age is checked ([Requirement.MinAge]);
//   - training records contain a plan, the content and the assessment
//     results, and the latest was issued within 12 months;
//   - one satisfaction report for each of the last 2 years, each with data
//     analysis and improvement measures (the brief says "recent years"; CBs
//     ask for 1 to 3, so 2 is the default);
//   - a licence or ID that ends within 90 days of the check date is a
//     warning, not a problem.
//
// # Dates
//
// [Checklist.Check] takes the check date (asOf) from the caller; the package
// never reads the clock. A zero asOf is a problem ([ErrInvalidDate]), never
// "today". Dates are calendar dates read in their own location (00:30 in
// Shanghai is that Shanghai day); month arithmetic clamps to the end of the
// month (internal/calendar). On the check date a material is:
//   - not yet valid when issued after it;
//   - expired when its ValidUntil (the last valid day) is before it; a zero
//     ValidUntil never expires.
//
// A person is N years old from the birth date N years on, the birthday
// itself included (born 2008-06-15: 18 on 2026-06-15, not on 2026-06-14),
// clamped to the end of the month like all month arithmetic (born on Feb 29:
// 18 on Feb 28, since the 18th birthday always falls in a common year).
//
// "Within N months" means on or after asOf − N months: training records
// issued on 2025-05-15 are within 12 months of 2026-05-15, those of
// 2025-05-14 are not. "The last N years" are the 12-month windows ending on
// asOf: year k runs from the day after asOf − 12·k months to
// asOf − 12·(k−1) months, both included (for 2026-05-15: 2025-05-16 to
// 2026-05-15, then 2024-05-16 to 2025-05-15). A material counts for the
// year in which its Covers period ends (its issue date when Covers is zero;
// the check date when the period ends after it), so one report cannot count
// for two years. JSON writes dates as YYYY-MM-DD and reads them back as
// midnight UTC: the location is not kept.
//
// # Identifiers
//
// A requirement names the identifier its materials carry
// ([Requirement.Reference], a [ReferenceCheck]); a requirement may accept
// others ([Requirement.OtherReferences]) when a material says which one it
// carries ([Material.ReferenceType]). The formats:
//   - 统一社会信用代码, unified social credit code (GB 32100-2015,
//     [ValidateCreditCode]): 18 characters from 0-9 and A-Z without I, O,
//     S, V, Z; a mod-31 check character; positions 9–17 an organisation
//     code.
//   - 组织机构代码, organisation code (GB 11714-1997,
//     [ValidateOrganizationCode]): 8 characters and a mod-11 check, "X" for
//     10, "0" for 11.
//   - 居民身份证号码, resident ID number (GB 11643-1999,
//     [ValidateResidentID]): 17 digits and a mod-11 check from
//     "10X98765432"; positions 7–14 a real calendar date, the birth date.
//     The standard sets no earliest year (its own examples
//     11010519491231002X and 440524188001010014, born 1880, pass). A format
//     check has no date; [Checklist.Check] has one, and a birth date after
//     the check date is an invalid reference (RuleBirthDate), a person
//     younger than the requirement's MinAge is under age ([ErrUnderage],
//     RuleMinimumAge).
//   - 外国人永久居留身份证, foreign permanent resident ID card: the 2023
//     format is 18 characters, "9" (foreign nationals; resident IDs start
//     with 1–8) then 16 digits and the GB 11643-1999 check character, as
//     the National Immigration Administration's rules for the card issued
//     since 2023-12-01 state; the earlier cards, still valid, carry 3
//     capital letters (the nationality) and 12 digits, of which only the
//     characters and the length are checked. The birth date of the 2023
//     number is not read: no public source at hand settles its positions.
//   - 护照, passport: 5 to 20 characters, each a capital letter or a digit
//     (passport numbers differ by country; the machine-readable zone of
//     ICAO Doc 9303 uses only these characters).
//   - 港澳居民来往内地通行证, mainland travel permit for Hong Kong and Macao
//     residents: "H" (Hong Kong) or "M" (Macao) then 8 digits, the holder's
//     lifelong number as on the current card, or 10 digits, that number and
//     a 2-digit count of renewals, as on the cards first issued in 1999
//     (the Ministry of Public Security's rules on the permit number, 2010).
//   - 台湾居民来往大陆通行证, mainland travel permit for Taiwan residents: 8
//     digits, the lifelong number printed alone since 2008-09-25; the
//     earlier numbers (with an issue count, some with an office code in
//     brackets) were on permits valid for at most 5 years, none after 2013.
//
// Input is checked as given: lower-case letters and full-width characters
// are errors that say so, never silently converted; lengths and positions
// count characters (runes), not bytes. Every format error matches
// [ErrInvalidReference] and is a [*ReferenceError] naming the identifier,
// the rule that failed and the position.
//
// # Reports and errors
//
// Check never fails: the [Report] says, per requirement, which materials
// met it, what blocks it ([Result.Problems]) and what is only worth knowing
// ([Result.Warnings]); materials of kinds the checklist does not ask for are
// listed as unused, not rejected; problems that belong to no requirement (a
// zero date, an invalid checklist, an invalid or repeated material) are in
// [Report.General]. Each [Problem] is an error whose [Reason] matches one
// sentinel with errors.Is: [ErrMissing], [ErrExpired], [ErrNotYetValid],
// [ErrInsufficientCoverage], [ErrMissingSection], [ErrInvalidReference],
// [ErrUnderage], [ErrOutdated], [ErrInvalidMaterial], [ErrDuplicate],
// [ErrInvalidDate], [ErrInvalidChecklist], and for warnings
// [ErrExpiresSoon]. [Report.Err] joins the blocking ones; messages read like
// `materials: business_license "营业执照": expired: valid until 2026-03-31`.
// [Problem.Chinese] and [Problem.English] render a problem for people.
//
// Check compares a material only with materials of its own kind, and finds
// repeated materials by sorting them: its work grows as n log n in the
// number n of materials (8 000 materials cost about 10 times as much as
// 1 000), never as n².
//
// # JSON
//
// Decoding JSON ([Material], [Problem], [Report], [Checklist], [Requirement],
// [StandIn]) is strict (unknown fields, repeated keys, wrong types and
// trailing data are errors that name the field) and validates exactly as the
// code does; a failed decode leaves the target unchanged.
//
// A checklist is data a CB can replace, so it reads and writes JSON: an
// array of requirements, in order, with snake_case fields and enums as their
// codes. Only kind is required; every other field may be left out and then
// means what its Go zero value means (required, one material, no years
// covered, no recency, no sections, no identifier check and no others, no
// minimum age, no warning, no stand-ins), and encoding leaves zero fields
// out; so what older versions wrote still reads the same. A CB that asks for three
// years of satisfaction reports, accepts a licence for the organisation
// code certificate, and a resident ID or a passport for the legal
// representative, writes:
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
// Decoding then applies [Checklist.Validate], so it never yields a checklist
// that Validate refuses (an empty one, a kind asked for twice, a negative
// count, a stand-in for itself, …); errors match [ErrInvalidChecklist] and
// say which requirement and field is wrong ("requirement 3: sections[1]:
// unknown section …"). Encoding a checklist that Validate refuses is an
// error, so that what is written can always be read back.
//
// # Concurrency
//
// The package has no mutable state. Checklists, materials and reports are
// plain values; Check does not change its arguments and the report shares
// no memory with them.
package materials
