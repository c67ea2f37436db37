// Package audit works out audit time, scores an audit and grades it, and
// tracks what the audit found until it is fixed. Every rule is data that a
// caller can replace: the time table, the scorecard and its thresholds, the
// rectification policy.
//
// Each rule cites its source by tag ([committee], [MD5], [MD1], [MD11],
// [27922], [17021], [CNCA]); the module's root documentation gives each
// tag's full title, edition and year.
//
// # Audit kinds
//
// A [Kind] names an audit in the certification cycle [17021]: [Stage1]
// (document review), [Stage2] (on site, scored in a graded scheme),
// [Surveillance] (yearly), [Recertification] and [Special]. The package's
// enums ([Kind], [Level], [Severity], [FindingStatus], [Recommendation])
// have stable snake_case codes and Chinese and English names; value 0 is
// unknown, and an unknown code is an error matching [ErrUnknownCode].
//
// # Audit time
//
// Audit time is counted in person-days of 8 hours [MD5], in half days. A
// [TimeTable] maps effective personnel ([EffectivePersonnel]) to the days of
// the initial audit, its stage 1 and stage 2, each surveillance audit and
// the recertification audit; [TimeTable.Effort] and
// [TimeTable.MultiSiteEffort] compute them for one client after the
// caller's [Adjustment]s, and [IntegratedEffort] for one audit of several
// management-system standards. The result is an [Effort], whose Basis is the
// justification a CB gives the client: the band and table, where every
// figure came from, each adjustment with its reason, each rounding that
// changed a value, each cap and floor that applied, the integration and the
// sampled sites, in lines a CB can paste into a contract.
//
// # Time tables
//
// A table is data, built with [NewTimeTable] from a [TimeTableConfig] (read
// one back with [TimeTable.Config]). Its bands run from 1 personnel with no
// gap or overlap; each gives the initial time (stage 1 + stage 2) and may
// print the document review (stage 1), the surveillance and the
// recertification days. A figure a band leaves out (zero) is the table's
// share of the initial time: StageOneShare, SurveillanceShare,
// RecertificationShare. Shares are exact fractions ([Share], such as 1/3),
// never rounded decimals. Every figure is a number of half days of at most
// 10 000 days, a share's denominator is at most 10 000, and a name or
// standard code is at most 64 lowercase letters, digits and underscores, so
// that every computation is exact in 64-bit integers. Above a table's last
// band there is no answer ([ErrBeyondTable]): a caller with bigger clients
// supplies a longer table.
//
// The built-in tables, by name ([TimeTableByName]):
//
//   - "after_sales" ([AfterSalesTimeTable]): the after-sales committee's table
//     [committee], with initial, document-review, surveillance and
//     recertification days per band from 1 to 10 700 personnel (the last
//     recertification figure, 16, is an estimate: the source row is cut
//     off), and 0.5 person-day for each sampled site; it is for no
//     management-system standard;
//   - "qms" ([QMSTimeTable]): IAF MD 5's table for quality management systems
//     [MD5], standard "qms";
//   - "ems_high", "ems_medium", "ems_low", "ems_limited"
//     ([EMSTimeTable]): IAF MD 5's environmental table [MD5] for each
//     [Complexity] category, standard "ems"; EMS "special" complexity is
//     decided case by case, with a caller's table;
//   - "ohs_high", "ohs_medium", "ohs_low" ([OHSTimeTable]): IAF MD 5's
//     occupational health and safety table [MD5], standard "ohs".
//
// The IAF MD 5 tables run from 1 to 10 700 personnel in 23 bands and print
// the initial time only; stage 1 is 30 % of it (CB practice), surveillance
// 1/3 and recertification 2/3 of it [MD5]; reductions are capped at 30 %;
// no time is added per sampled site. The EMS high, medium and low columns
// have the figures of the OH&S table as printed (MD 5:2019). EMS limited is
// 6.5 days at 626–875 personnel, where one source prints 6: 6.5 continues
// the column's half-day steps (6 at 426–625, 7 at 876–1175). Above 10 700
// the standard says "follow the progression": that is a caller's table.
//
// # Adjustments
//
// An [Adjustment] changes the table time by a percentage for a stated
// reason [MD5]: −10 is 10 % less. A percent has at most two decimal places
// and lies above −100 and at most +100. The adjustments for one table add
// up into one percentage, applied to every figure the table gives. The total
// reduction is at most the table's MaxReduction (30 %; exactly 30 % is
// allowed, 30.01 % is [ErrReductionCap]); the total increase is at most
// +100 %, the table time doubled (IAF MD 5 sets no bound; a client who needs
// more needs another table).
//
// # Stage 1 and stage 2
//
// The initial time is split into stage 1 (planning and document review)
// and stage 2 (on site). Where a band prints a document-review figure, as
// every band of the committee's table does, stage 1 is that figure as
// printed [committee] (1–10 personnel: 1 of 3 days; 11–25: 1 of 4; 46–65:
// 1.5 of 6.5); where it prints none, stage 1 is the table's StageOneShare
// of the initial time (30 %, CB practice). Basis says which. IAF MD 5's
// rule that at least 80 % of the audit time is spent on site concerns the
// off-site planning and report writing measured against the MD 5 table
// time, and under MD 5 stage 1 is audit time itself; it caps no table's own
// split [MD5] (the committee's on-site column meets or exceeds the MD 5 QMS
// figure in every band).
//
// Stage 2 is the rest: Stage2 = Initial − Stage1, never rounded on its own,
// so the stages add up exactly. A stage 1 that would leave stage 2 less than
// a half day is capped, and Basis says so; the built-in tables never get
// there.
//
// # Rounding
//
// Each reported figure (initial, stage 1, surveillance, recertification) is
// computed exactly, in integers, from the table figure or share and the
// adjustment, and rounded once to the nearest half day, an exact quarter up
// [MD5]: 5.2 → 5, 5.25 → 5.5, 5.3 → 5.5, 5.74 → 5.5, 5.75 → 6.
//
// Rounding never takes a reduction past the cap, which wins over rounding:
// after a reduction, an initial, surveillance or recertification time that
// rounds below its table figure less MaxReduction is raised to the least
// half day at or above it (1–10 personnel at −30 %: 3 × 0.7 = 2.1 would
// round to 2, a 33 % cut, so it is 2.5), and Basis says so. These are the
// times a table gives and a client pays for. The stages only share the
// initial time out and are not held to the cap on their own: raising each
// to its least would push the initial time past what the cap allows
// (86–125 personnel at −30 %: 8.5 × 0.7 = 5.95 gives 6 days, but stage 1
// 1.05 raised to 1.5 and stage 2 4.9 raised to 5 would make 6.5).
//
// No figure is below a half day, and the initial time is at least one day
// (a half day for each stage); the built-in tables never reach these
// floors.
//
// # Integrated audit time
//
// An integrated audit [MD11] (IAF MD 11, Application of ISO/IEC 17021 for
// audits of integrated management systems) audits one organisation against
// several management-system standards at once. [IntegratedEffort] takes a
// [StandardAudit] for each standard (its table and its adjustments) and an
// [Integration] (the reduction and its reason):
//
//  1. each standard's time is computed on its own, with its adjustments
//     within its table's cap, exactly: it is not rounded, so that the sum
//     is rounded once (the published examples sum the table figures as
//     printed: (5 + 6 + 6) × 0.8 = 13.6);
//  2. the figures of all standards are added up, figure by figure;
//  3. the sum is reduced for the level of integration of the client's
//     system by the Integration's Reduction, from 0 to 20 % with a reason
//     (the level → percentage mapping is the CB's; [CNCA] rules want the
//     reason on record), after the MD 5 reductions: 30 % and then 20 % is
//     44 %, accepted when justified;
//  4. each figure is rounded once, to the nearest half day, and stage 2 is
//     the rest of the initial time, as in "Rounding" and "Stage 1 and stage
//     2". The cap wins over rounding for the reductions together: a figure
//     is never rounded below the most they allow, the tables' figures less
//     each table's MaxReduction and then less 20 % (1 personnel, QMS + EMS
//     medium, each −30 %, then 20 %: 4 × 0.7 × 0.8 = 2.24 would round to 2,
//     so it is 2.5). As on a single table, this binds only near the caps:
//     the published example rounds 17 × 0.8 = 13.6 down to 13.5;
//  5. the sampled sites are added after rounding, each table's time per
//     sampled site, not reduced (see "Sampling").
//
// Published check figures: 65 personnel, QMS + EMS medium + OH&S medium,
// 20 %: 13.5 person-days; 15 personnel, QMS + EMS medium + OH&S high, 20 %:
// 8.5. Basis shows each standard's band, shares, adjustments and exact
// figures, prefixed with its table's name ("qms: initial 5, stage 1 1.5,
// surveillance 1.666…, recertification 3.333…"), then the sum, the
// reduction and the roundings.
//
// An integrated audit has 2 to 20 standards, each a table for a
// management-system standard (TimeTableConfig.Standard: "qms", "ems",
// "ohs" or a caller's code), each standard once: EMS high and EMS medium
// are the same standard. The after-sales table names no standard, since it
// certifies a service system rather than a management system, and is
// refused; an after-sales audit held at the same visit is computed on its
// own.
//
// # Effective personnel
//
// [EffectivePersonnel] counts all full-time staff in scope on all shifts,
// plus the part-time and temporary staff converted by their hours [MD5]:
// each person counts as hours a day ÷ 8, summed over every group, and the
// sum is rounded up once (10 full-time, 3 people at 4 hours and 1 at 4
// hours: 10 + ⌈1.5 + 0.5⌉ = 12). Hours a day lie above 0 and at most 24,
// with at most two decimal places.
//
// # Sampling
//
// A multi-site organisation is sampled per IAF MD 1 [MD1]: of n sites
// besides the head office (which is always visited), [SampleSize] gives
// ⌈√n⌉ at the initial audit (stage 1 and stage 2), ⌈0.6√n⌉ at each
// surveillance and ⌈0.8√n⌉ at recertification, computed in integers (25
// sites: exactly 3 and 4). Special audits sample as surveillance audits
// (IAF MD 1 sets no figure for them; a CB that samples more adds to it).
// For after-sales certification each sampled fixed service outlet adds at
// least 0.5 person-day [committee]: [TimeTable.MultiSiteEffort] adds the
// table's PerSampledSite for each sampled site to stage 2 (and so the
// initial time), to surveillance and to recertification, after rounding and
// not adjusted. The IAF MD 5 tables add nothing per site.
//
// # Errors
//
// Audit-time errors are [FieldError]s naming the field at fault in its
// JSON spelling ("personnel", "adjustments[0].percent",
// "standards[1].table", "bands[3].initial", "part_time[0].hours_per_day")
// and matching a sentinel with errors.Is: [ErrInvalidPersonnel],
// [ErrBeyondTable], [ErrReductionCap], [ErrInvalidAdjustment],
// [ErrInvalidSites], [ErrInvalidPartTime], [ErrInvalidIntegration],
// [ErrInvalidTimeTable], [ErrUnknownTimeTable] and [ErrInvalidEffort]. A
// constructor or validation reports every problem, one a line. Messages read
// "audit: kind: field: problem" and show at most a short prefix of any
// input. Decimals are limited by value, never by exponent: a decimal built
// in code with an absurd exponent (decimal.New(1, 1e9)) is refused before
// any comparison, never expanded, and a zero is zero whatever its exponent.
//
// Every error about a scorecard, evaluation, grading, result, finding,
// audit, policy or decision is a [FieldError] (or a list of them, at most
// 20 reported and the rest counted) reading "audit: kind: field: problem",
// whose field is the path in the value's JSON spelling
// ("indicators[3].points", "awarded.staffing", "findings[2].due_on",
// "updates[0]"), and which matches the value's sentinel with errors.Is:
// [ErrInvalidScorecard], [ErrUnknownScorecard], [ErrInvalidEvaluation],
// [ErrInvalidGrading], [ErrInvalidResult], [ErrInvalidFinding],
// [ErrInvalidAudit], [ErrInvalidPolicy], [ErrInvalidDecision] or
// [ErrCannotRecommend]. A problem caused by a nested value keeps that
// value's error as its cause, so both sentinels match (a bad grading in a
// result matches [ErrInvalidResult] and [ErrInvalidGrading]). A refused
// finding transition is a [*FindingError] matching [ErrFindingState], with
// the finding, its status and the reason. Messages show at most a short
// prefix of any input.
//
// # JSON
//
// A [TimeTable] encodes as its whole data (figures as "8.5", shares as
// "1/3", the standard left out when empty) and decodes strictly through
// [NewTimeTable]; a JSON string alone, such as "ems_medium", names a
// built-in table. An [Effort] encodes its figures as strings with one
// decimal place ("8.5"); encoding and decoding both check it with
// [Effort.Validate] (half days, Stage1 + Stage2 = Initial), so what is
// written reads back. Decoding either takes figures as strings or JSON
// numbers, in the plain decimal grammar (no exponent, no plus sign), and
// refuses a required field that is absent or null.
//
// The scoring and findings rules load the same way, so a CB's service can
// read its own from a file it chooses:
//
//   - a [Scorecard] encodes as {"groups":[…],"indicators":[…],"grading":{…}}:
//     groups with code, chinese and english; indicators in order with code,
//     group, points ("6.00"), chinese, english and placeholder; and its
//     grading. It decodes through [NewScorecard]; a JSON string alone,
//     "gbt27922" ([GBT27922Name]), names the built-in card
//     ([ScorecardByName]), which is itself written in full;
//   - a [Grading] encodes as {"compliant":"70.00","three_star":"80.00",
//     "four_star":"90.00","five_star":"95.00","stars_after_one_year":false}
//     and decodes through [NewGrading];
//   - a [Result] encodes as {"applicable":"100.00","awarded":"85.50",
//     "bonus":false,"deductions":[…],"score":"85.50","level":"three_star",
//     "grading":{…}}, checked with [Result.Validate] both ways, so that no
//     document carries a score or level its points and grading do not give;
//   - a [Finding] encodes as {"id":…,"severity":"major","clause":…,
//     "statement":…,"evidence":…,"deduction":…,"raised_on":"2026-03-10",
//     "due_on":"2026-04-09","status":"open","action":…,
//     "action_submitted_on":…,"accepted_on":…,"verified_on":…,
//     "closed_on":…}, dates that are not recorded and an empty evidence,
//     deduction or action left out; "status" is informative. It decodes
//     through [NewFinding]'s checks, [Finding.WithDeduction] and each
//     recorded transition in lifecycle order, keeping the stored due date;
//   - an [Audit] encodes as {"kind":"stage2","first_day":"2026-03-09",
//     "last_day":"2026-03-10","findings":[…],"result":{…}}, "result" left
//     out until it is scored, and decodes through [NewAudit] and
//     [Audit.WithResult];
//   - a [RectificationPolicy] encodes as
//     {"response_days":30,"repeat_stage2_months":6}, checked with
//     [RectificationPolicy.Validate] both ways;
//   - a [Decision] encodes as {"recommendation":"certify","reasons":[…]},
//     checked with [Decision.Validate] both ways.
//
// Decoding is strict for all of them: unknown fields, repeated keys, wrong
// types and trailing data are errors, and every field is required (a JSON
// null is missing) except the flags placeholder, stars_after_one_year and
// bonus (false when left out) and those a finding or audit leaves out as
// said above. Points are written as strings with two places and read from a
// JSON string or number holding a plain decimal (no exponent, plus sign or
// spaces) with at most two decimal places and seven integer digits; days
// and months are JSON integers; a finding's ID is a UUID in the canonical
// form only (lower case, 8-4-4-4-12); dates are YYYY-MM-DD in the years
// 1–9999, read as midnight UTC (the location is not kept); text is valid
// UTF-8 by JSON's own rule. A value whose decoding fails is left
// unchanged; a value that decodes encodes, and its encoding decodes to an
// equal value that encodes to the same bytes; the zero and invalid values
// refuse to encode.
//
// Embedding one of these types in a struct of one's own promotes its
// MarshalJSON and UnmarshalJSON, which then take over the whole struct's
// JSON (a Go rule): embed it as a named field instead. [TimeTable],
// [Effort], [Scorecard], [Result], [Finding] and [Audit] have IsZero, so
// that a field of their type tagged omitzero is left out while it is zero.
//
// # Scoring and grades
//
// A [Scorecard] lists scored indicators under first-level groups [27922].
// [GBT27922] has three groups worth 100 points: service_system 售后服务体系 40
// (organization 4, staffing 6, resources 6, specifications 6, supervision 7,
// improvement 5, service_culture 6), goods_service 商品服务 35
// (product_information 5, technical_support 6, delivery_installation 6,
// repair 6, quality_assurance 6, recycling 6) and customer_service 顾客服务 25
// (customer_relations 12, complaint_handling 13). The split of the 35 and
// the 25 is a PLACEHOLDER: it was not found in public sources, is marked
// [Indicator.Placeholder], and a CB with the real split builds its own card
// with [NewScorecard]. Codes of groups, indicators and special deduction
// items are snake_case, and names are non-blank valid UTF-8.
//
// Points (an indicator's maximum, points awarded, a threshold, a score) have
// at most two decimal places and seven integer digits, and a card holds at
// most 1 000 000 points, so that they are counted exactly in hundredths of
// a point. Limits are by value: 6.000 is 6, and a decimal built in code with
// an absurd exponent is refused without being expanded.
//
// [Scorecard.Score] takes an [Evaluation] (points per indicator, indicators
// that do not apply, the special bonus item, the special deduction items):
//
//	score = awarded ÷ applicable × 100   (excluded indicators out of both)
//	        + 1 if the bonus item was earned (at most one)
//	        − 1 per deduction item
//	        kept within 0–100
//
// Rounding: the ratio is rounded once, to two decimal places, half up (away
// from zero), exactly (no intermediate rounding). Since the bonus and the
// deductions are whole points and 0 and 100 are whole, this equals rounding
// once after the adjustments and the clamp. Every indicator must be either
// awarded (0 included) or excluded: one that is neither is an error rather
// than silently excluded.
//
// Each special deduction item is also a nonconformity that must be
// rectified [27922]. The auditor names each with a code
// (Evaluation.Deductions), raises a finding for it and links the two with
// [Finding.WithDeduction]; an audit has at most one finding per deduction
// item, and none for an item its result does not apply.
//
// A [Result] keeps what its score was made of: the points, the bonus, the
// deduction items and the grading it was graded with. [Result.Validate]
// (and so JSON, [Audit.WithResult] and the application's certification
// step) refuses a result whose score those points, bonus and deductions do
// not give, or whose level that score and grading do not give.
//
// A [Grading] turns the score into a [Level] by inclusive lower bounds held
// as data: 五星 FiveStar ≥ 95, 四星 FourStar ≥ 90, 三星 ThreeStar ≥ 80,
// 达标 Compliant ≥ 70, below that NotRated (未达标, not certifiable)
// [27922]. Each bound is above 0, at most 100 and above the one before.
// [Result.Level] is the level the score reaches. Some CBs award stars only
// after a year at 达标: [Grading.WithStarsAfterOneYear] turns that option
// on (off by default), and [Grading.Grade] applies it: a star level is
// capped at Compliant unless the grading date is at least one year
// (clamped: Feb 29 + 1 year = Feb 28) after the date since which the
// holder has held 达标.
//
// # Findings and rectification
//
// A [Finding] is a [Major] nonconformity (严重不符合: affects the system's
// ability to deliver its intended results), a [Minor] one (一般不符合: does
// not) or an [Observation] (观察项: not a nonconformity) [17021]. Its ID
// comes from the caller; its clause and statement (and a nonconformity's
// evidence) are required text. A nonconformity is due [RectificationPolicy]
// ResponseDays (30 by default, Chinese CB practice [CNCA]; many Western CBs
// use 90; 1 to 366) after it was raised; [Audit.Raise] raises it on the
// audit's last day, from which the time counts. Every date a finding
// records, its due date included, lies in the years 1–9999, so a
// nonconformity raised later than ResponseDays before 9999-12-31 is
// refused.
//
// Its lifecycle is a table of transitions, each allowed from one status for
// the severities listed, and dated on or after the finding's last event:
//
//	from              transition      to                severities
//	open              submit action   action_submitted  major, minor
//	action_submitted  accept (plan)   accepted          minor
//	action_submitted  verify          verified          major, minor
//	accepted          verify          verified          minor
//	verified          close           closed            major, minor
//	accepted          close           closed            minor
//	open              close           closed            observation
//
// Transitions ([Finding.SubmitAction], [Finding.Accept], [Finding.Verify],
// [Finding.Close]) return a new Finding; one the table does not allow
// (closing twice, verifying before an action, accepting a major's plan) or
// dated before the last event is a [*FindingError] that says why and
// changes nothing. Overdue is not a status but a question on a date
// ([Finding.OverdueOn]: past the due date with no action submitted).
//
// An [Audit] records the kind, first and last day, findings and result.
// [Audit.UpdateFindings] records transitions made on many of its findings
// at once, all or nothing, copying the findings once however many change.
//
// # The recommendation
//
// Before a decision to certify, every major must be verified as corrected
// and effective and every minor must have an accepted action plan; a major
// not verified within RepeatStage2Months (6 by default, 1 to 24) of the
// last day of stage 2 means stage 2 is repeated [17021], [CNCA]. "Within N
// months" ends on the same day N months on, clamped (2024-08-31 + 6 months
// = 2025-02-28), that day included; a major verified later does not save
// stage 2. Observations never stand in the way.
//
// [Recommend] gives the [Decision] after the scored stage 2 audit of a
// graded scheme, with its reasons, in this order: Refuse when the score is
// below 达标 [27922]; RepeatStage2 when a major was not verified in time;
// CertifyOnceRectified while a major is unverified, a minor's plan is not
// accepted or a special deduction item of the result has no settled
// finding [27922], each named (a finding with "overdue" when it is past its
// due date with no action); Certify otherwise.
//
// A scheme without a grade (no scorecard) is decided on the findings alone
// [17021]: its stage 2 audit has no result, and [RecommendUngraded] gives
// RepeatStage2, CertifyOnceRectified or Certify by the same rules, never
// Refuse; the certificate it leads to carries no grade. [Recommend] refuses
// an audit without a result and [RecommendUngraded] one with a result, so
// that a graded scheme never skips its score.
//
// # Dates
//
// Dates are calendar dates read in their own location. Every date that goes
// in, and every date computed from one and stored (a due date), lies in the
// years 1–9999, from 0001-01-02 to 9999-12-31 (0001-01-01 would read back as
// the zero time, which means no date), so that it encodes as YYYY-MM-DD and
// decodes back; a date outside is refused. JSON writes dates as YYYY-MM-DD
// and reads them as midnight UTC (the location is not kept).
package audit
