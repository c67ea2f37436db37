// Package audit works out audit time, scores an audit and grades it, and
// tracks what the audit found until it is fixed. Every rule is data that a
// caller can replace: the time table, the scorecard and its thresholds, the
// rectification policy.
//
// Rule sources are tagged as in the project's domain notes (shared/DOMAIN.md):
// [committee] is the fee and person-day schedule of the national after-sales
// service evaluation committee; [MD5] is IAF MD 5 (audit time); [MD1] is
// IAF MD 1 (multi-site); [27922] is GB/T 27922-2011; [17021] is
// ISO/IEC 17021-1:2015; [CNCA] are the rules of China's certification
// regulator.
//
// # Audit kinds
//
// A [Kind] names an audit in the certification cycle [17021]: [Stage1] (document
// review), [Stage2] (on site, scored), [Surveillance] (yearly),
// [Recertification] and [Special]. Codes, Chinese and English names are
// stable; JSON uses the codes and rejects unknown ones.
//
// # Audit time
//
// Audit time is counted in person-days of 8 hours [MD5]. A [TimeTable] maps
// effective personnel to person-days in bands.
//
// # Sampling
//
// Multi-site sampling follows IAF MD 1 [MD1].
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
// with [NewScorecard].
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
// than silently excluded. Awarded points have at most two decimal places.
//
// A [Grading] turns the score into a [Level] by inclusive lower bounds held
// as data: 五星 FiveStar ≥ 95, 四星 FourStar ≥ 90, 三星 ThreeStar ≥ 80,
// 达标 Compliant ≥ 70, below that NotRated (未达标, not certifiable)
// [27922]. [Result.Level] is the level the score reaches. Some CBs award
// stars only after a year at 达标: [Grading.WithStarsAfterOneYear] turns that
// option on (off by default), and [Grading.Grade] applies it given the date
// since which the holder has held 达标 and the grading date.
//
// # Findings and rectification
//
// A [Finding] is a [Major] nonconformity (严重不符合: affects the system's
// ability to deliver its intended results), a [Minor] one (一般不符合: does
// not) or an [Observation] (观察项: not a nonconformity) [17021]. Its ID
// comes from the caller. A nonconformity is due [RectificationPolicy]
// ResponseDays (30 by default, Chinese CB practice [CNCA]; many Western CBs
// use 90) after it was raised; [Audit.Raise] raises it on the audit's last
// day, from which the time counts. Its life:
//
//	major:       open → action_submitted → verified → closed
//	minor:       open → action_submitted → accepted (plan) → closed
//	observation: open → closed
//
// Transitions return a new Finding; a refused one (closing twice, verifying
// before an action, accepting a major's plan, a date before the previous
// event) is a [*FindingError] matching [ErrFindingState] and changes
// nothing. Overdue is not a stored status but a question on a date
// ([Finding.OverdueOn]: past the due date with no action submitted).
//
// An [Audit] records the kind, first and last day, findings and result.
// [Recommend] gives the stage 2 [Decision] with its reasons [17021], [CNCA]:
// refuse when the score is below 达标; repeat stage 2 when a major was not
// verified within RepeatStage2Months (6) of the last day of stage 2 ("within
// N months" ends on the same day N months on, clamped: 2024-08-31 + 6 months
// = 2025-02-28); certify once rectified while a major is unverified or a
// minor's plan not accepted; certify otherwise. Special deduction items must
// be rectified too [27922]: record each as a finding so that it counts.
//
// Dates are calendar dates read in their own location; JSON writes them as
// YYYY-MM-DD and reads them as midnight UTC (the location is not kept).
package audit
