// Package application drives one applicant's way from draft to certificate
// as a checked lifecycle with a full history, and binds the rules of the
// other packages into a [Scheme].
//
// # The brief's six steps
//
// The project brief describes six steps (shared/DOMAIN.md §1, [brief]); this
// is where each one lives:
//
//  1. Understand the standard: documentation and data, not a state — the
//     scheme's checklist (materials.AfterSalesService), scorecard
//     (audit.GBT27922), time table, fee schedule and policies.
//  2. Self-assessment and preparation: [Draft]. [Application.SelfAssess]
//     checks the materials against the checklist and, if asked, scores a
//     self-evaluation, without changing anything.
//  3. Submit the application; the certification body's preliminary review:
//     [Submitted] ([Application.Submit], which requires the checklist to
//     pass on the day), then [Accepted] ([Application.Accept], with the quote
//     from the scheme's fee schedule), or [Returned] ([Application.Return],
//     with reasons) to be completed and resubmitted
//     ([Application.Resubmit]).
//  4. Audit and evaluation: [DocumentReview] (stage 1,
//     [Application.StartDocumentReview]), then [OnSiteAudit] (stage 2,
//     [Application.StartOnSiteAudit]).
//  5. Result, and rectification within a set time: [Rectification]
//     ([Application.RequireRectification] raises the stage 2 findings with
//     due dates from the rectification policy; the applicant's actions are
//     recorded with [Application.SubmitRectification], the body's
//     acceptances, verifications and closures with
//     [Application.ReviewRectification]), then
//     [PendingDecision] ([Application.CompleteRectification], or
//     [Application.CompleteOnSiteAudit] when stage 2 found no
//     nonconformity). Majors not verified within 6 months of the last day of
//     stage 2 send the application back to [OnSiteAudit]
//     ([Application.RepeatStage2]) [17021].
//  6. Certificate issued, valid for a set period, recertified before expiry:
//     [Certified] ([Application.Certify] issues the certificate.Certificate,
//     which shows what shared/DOMAIN.md §6 lists: the applicant as holder,
//     with its credit code and, when given, its address; the applicant's
//     scope or the scheme's; the scheme's standard; the grade; the number;
//     the decision, issue and expiry dates; and, when the scheme names one,
//     the certification body, [Scheme].Body); from there on the certificate
//     package takes over (surveillance, suspension, recertification).
//
// [Rejected] ([Application.Reject], by the body) and [Withdrawn]
// ([Application.Withdraw], by the applicant, from any state that is not
// final) end an application early. [Certified], [Rejected] and [Withdrawn]
// are final.
//
// # The lifecycle table
//
// The lifecycle is a table of {From, Event, To} rows ([Transitions]), not an
// engine: no callbacks, no locks, no reflection. [Application.Allowed] lists
// what the table allows next, and [Diagram] draws the same table as a
// Mermaid stateDiagram-v2 (checked against testdata/diagram.mmd). Each
// [Event] has one method on [Application] and one [Actor] (the applicant or
// the body) recorded with it: a step records only what its actor did.
//
// A step that the table does not allow in the current state fails with a
// [*TransitionError] matching [ErrInvalidTransition]. A step that the table
// allows but whose condition is not met fails with a [*GuardError] matching
// [ErrGuard]; it names the reason ("materials incomplete", "findings are not
// settled", "the audit recommends refuse") and unwraps to the underlying
// problems, so that errors.Is also finds, say, materials.ErrExpired. The
// table is checked first, then the date, then the guard.
//
// # Guards
//
//   - Submit and Resubmit: materials.Checklist.Check passes on the day
//     (shared/DOMAIN.md §2); warnings do not block.
//   - Return, Reject, Withdraw: a reason that is not blank.
//   - Accept: the request is for the applicant's personnel and sites, for the
//     initial certification or the whole cycle, and the quote equals what the
//     scheme's fee schedule gives for that request (fees.Quote.Equal, §7).
//   - CompleteOnSiteAudit: no major or minor nonconformity (observations are
//     kept); RequireRectification: at least one, each open, raised during
//     stage 2, due on the date the scheme's policy gives (§5).
//   - SubmitRectification (the applicant) and ReviewRectification (the body):
//     at least one finding, each a finding of the stage 2 audit with the same
//     fixed parts and something new; nothing recorded earlier undone or
//     changed (the action's text included); new transitions dated from the
//     latest step to the step's date. Each step records only its actor's
//     transitions: SubmitRectification only a newly submitted action
//     (audit.Finding.SubmitAction), ReviewRectification only acceptances,
//     verifications and closures (Accept, Verify, Close); a finding that
//     carries the other actor's transition is refused and named, so that the
//     history never credits one actor with the other's doing (§5).
//   - CompleteRectification: every major verified within the stage 2 repeat
//     limit and every minor with an accepted plan (§5).
//   - RepeatStage2: the limit has passed with a major not verified by then.
//   - Certify: a valid result (audit.Result.Validate: its score follows from
//     its points, bonus and deduction items, its level from its score and
//     grading) graded with the scheme's thresholds and for no more points
//     than the scheme's scorecard holds; audit.Recommend recommending
//     certification (at least 达标, [27922]; findings settled and every
//     special deduction item rectified by a settled finding, [27922],
//     [17021]); and a grant certificate.Issue accepts (§6). The applicant's and the scheme's text that the certificate
//     prints (name, address, scope, standard, body) is checked by [New], so
//     Certify does not refuse what New accepted.
//
// # Values and dates
//
// An [Application] is an immutable value with unexported fields: each step
// returns a new one and, when it fails, returns the receiver unchanged, so
// that a = a.Step(...) is safe whatever happens. Slices going in and out are
// copied. Every step takes its date; a zero date, or one before the latest
// step (compared as calendar dates, each read in its own location), is an
// error matching [ErrInvalidDate]. Dates are kept as calendar dates
// (midnight in their location).
//
// # JSON
//
// An application encodes with its history, each step carrying the inputs it
// was given, and what the steps produced: materials, quote, stage 2 audits
// and certificate. Decoding ([Decode], or UnmarshalJSON under the default
// scheme) is strict and replays the history through the same methods, so a
// document whose history does not lead to its state, or whose stated parts do
// not follow from its history, is refused with [ErrInvalidDocument]. The
// scheme is not part of the document. Dates are written as "YYYY-MM-DD" and
// decode as midnight UTC: their location is not kept.
//
// A [Scheme] is JSON too, so that a certification body can keep its rules as
// data: one snake_case field per part ("checklist", "time_table",
// "scorecard", "fees", "certificate", "rectification", "standard", "scope"),
// all required, and "body", the certification body, written only when given;
// each written and read by the part's own MarshalJSON and
// UnmarshalJSON (a built-in time table or scorecard by its name, such as
// "after_sales" or "gbt27922"). Decoding is strict, checks every part as its
// constructor does and then the whole with [Scheme.Validate] (the fee
// schedule must price the scheme's time table), so JSON never yields a
// scheme that [New] would refuse; errors match [ErrInvalidScheme] and name
// the field, as in "application: invalid scheme: fees: fees: invalid
// schedule: vat_rate: …". A scheme read this way is what [Decode] takes to
// read back the applications run under it. Schemes compare with
// [Scheme.Equal].
//
// # Concurrency
//
// Applications, schemes and the table are values; once built they are safe
// for concurrent use. The package does no I/O and never reads the clock.
package application
