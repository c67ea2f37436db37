// Package application drives one applicant's way from draft to certificate
// as a checked lifecycle with a full history, and binds the rules of the
// other packages into a [Scheme]: after-sales service certification, graded
// against GB/T 27922-2011, and the management-system schemes ISO 9001, ISO
// 14001 and ISO 45001, which certify without a grade.
//
// # The brief's six steps
//
// The project brief describes six steps [brief]; this is where each one
// lives:
//
//  1. Understand the standard: documentation and data, not a state — the
//     scheme's checklist, time table, scorecard, fee schedule and policies.
//  2. Self-assessment and preparation: [Draft]. [Application.SelfAssess]
//     checks the materials against the checklist and, under a graded scheme
//     and if asked, scores a self-evaluation, without changing anything.
//  3. Submit the application; the body's preliminary review: [Submitted]
//     ([Application.Submit]), then [Accepted] ([Application.Accept], with
//     the quote) or [Returned] ([Application.Return], with reasons) to be
//     completed and resubmitted ([Application.Resubmit]).
//  4. Audit and evaluation: [DocumentReview] (stage 1,
//     [Application.StartDocumentReview]), then [OnSiteAudit] (stage 2,
//     [Application.StartOnSiteAudit]).
//  5. Result, and rectification within a set time: [Rectification]
//     ([Application.RequireRectification] raises the stage 2 findings; the
//     applicant's actions are recorded with
//     [Application.SubmitRectification], the body's acceptances,
//     verifications and closures with [Application.ReviewRectification]),
//     then [PendingDecision] ([Application.CompleteRectification], or
//     [Application.CompleteOnSiteAudit] when stage 2 found no
//     nonconformity), or stage 2 again ([Application.RepeatStage2]).
//  6. Certificate issued, valid for a set period, recertified before expiry:
//     [Certified] ([Application.Certify] issues the
//     certificate.Certificate); from there on the certificate package takes
//     over (surveillance, suspension, recertification).
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
// [Event] has one method on [Application] and one [Actor]
// ([Event.Actor]): the applicant takes Submit, Resubmit,
// SubmitRectification and Withdraw, the body every other step. A step
// records only its actor's doing, so that the history never credits one
// with the other's [17021].
//
// A step is checked in this order: the table (a [*TransitionError]
// matching [ErrInvalidTransition]), then its date ([ErrInvalidDate]), then
// its guard (a [*GuardError] matching [ErrGuard]).
//
// # The applicant
//
// An [Applicant] is the company as its application form names it. Its name
// is required; its credit code must pass materials.ValidateCreditCode
// (GB 32100-2015); its legal representative, registered address (住所,
// printed on the certificate as the holder's location [17021], [CNCA]) and
// scope (printed instead of the scheme's) are optional, "" meaning not
// given. Personnel is the effective personnel in scope [MD5], at least 1;
// Sites counts every site in scope, the head office included, from 1 to
// fees.MaxSites, the most a quote request may have [MD1], so that an
// application [New] accepts can always be quoted.
//
// # Guards
//
//   - Submit and Resubmit: the scheme's checklist passes on the day
//     (materials.Checklist.Check); warnings do not block [brief].
//   - Return, Reject, Withdraw: at least one reason (Reject and Withdraw take
//     one), none blank [brief].
//   - Accept: the request is for the applicant's personnel and sites (a
//     request for 0 sites counts as 1), for the initial certification or
//     the whole cycle, and the quote is what the scheme's fee schedule gives
//     for it (fees.Quote.Equal) [committee].
//   - CompleteOnSiteAudit: no major or minor nonconformity (observations are
//     kept); RequireRectification: at least one, each open, raised during
//     stage 2, due on the date the scheme's rectification policy gives
//     (30 days after the day raised by default) [17021], [CNCA].
//   - SubmitRectification and ReviewRectification: at least one finding,
//     each a finding of the stage 2 audit with the same fixed parts and
//     something new; nothing recorded earlier undone or changed (the
//     action's text included); new transitions dated from the latest step to
//     the step's date. SubmitRectification records only newly submitted
//     actions, ReviewRectification only acceptances, verifications and
//     closures; a finding that carries the other actor's transition is
//     refused and named [17021].
//   - CompleteRectification: every major verified (or closed) within the
//     stage 2 repeat limit and every minor with an accepted plan [17021].
//   - RepeatStage2: the limit (6 months after the last day of stage 2 by
//     default, that day included) has passed with a major not verified by
//     then [17021].
//   - Certify under a graded scheme: a valid result (audit.Result.Validate:
//     its score follows from its points, bonus and deduction items, its
//     level from its score and grading) graded with the scheme's thresholds,
//     for no more points than the scheme's scorecard holds, that the stage 2
//     audit can take, and audit.Recommend recommending certification (at
//     least 达标, findings settled, every special deduction item rectified by
//     a settled finding) [27922], [17021].
//   - Certify under a scheme without a grade: no result (the zero
//     audit.Result), and audit.RecommendUngraded recommending certification
//     on the findings alone [17021].
//   - Certify, both: a certificate id that is not uuid.Nil, and a grant that
//     certificate.Issue accepts. The applicant's and the scheme's text that
//     the certificate prints is checked by New, so Certify does not refuse
//     what New accepted.
//
// # Schemes
//
// A [Scheme] binds the checklist (materials), the time table (audit time),
// the scorecard (scoring and grades), the fee schedule, the certificate
// policy, the rectification policy, the standard and its year, the scope
// printed when the applicant names none, and optionally the certification
// body printed on every certificate [17021], [CNCA]. The fee schedule must
// price the scheme's own time table, so that quotes and audit time agree.
//
// A scheme with a scorecard is graded: stage 2 is scored, and the
// certificate carries the grade the scheme's grading gives for the score
// (达标, 三星, 四星, 五星 [27922]; audit.Grading.Grade caps stars at 达标 for a
// first certification when the "stars after one year" option is on). A
// scheme whose Scorecard is the zero audit.Scorecard has no grade: it is
// decided on the findings alone (every major verified, every minor with an
// accepted plan) and its certificate carries none (certificate.Grant
// Ungraded) [17021].
//
// The presets: [AfterSalesScheme], graded, from each package's after-sales
// defaults; [ISO9001Scheme], [ISO14001Scheme] (by the client's
// complexity: high, medium, low or limited) and [ISO45001Scheme] (high,
// medium or low), without a grade, each with its standard's checklist
// (materials.ISO9001 …), its IAF MD 5 table [MD5], certificate.DefaultPolicy,
// audit.DefaultRectification and fees.DefaultSchedule priced on its own
// table. Those prices are the after-sales committee's [committee]: a body
// sets its own. A preset under the regulator's 2026 rules is the same
// scheme with Certificate set to certificate.CNCA2026Policy [CNCA]. A
// preset's Body is empty: the library is not a certification body.
//
// # The certificate
//
// [Application.Certify] issues certificate.Issue under the scheme's
// certificate policy, decided and issued on the day of the decision, with
// what a certificate shows [17021], [CNCA]: the id and number given; the
// applicant's name and credit code as holder, and its address when given;
// the applicant's scope, or the scheme's; the scheme's standard; the grade,
// or none under a scheme without a grade; and the scheme's body when given.
//
// # Deadlines
//
// [Application.NextDeadline] gives the earliest open deadline on a day: in
// Rectification, the due dates of nonconformities with no action submitted
// yet (even when overdue) and, while a major is not verified, the stage 2
// repeat limit [17021]; in Certified, the certificate's next milestone
// (certificate.Certificate.NextDue): a surveillance, the recertification
// application or the expiry [17021], [CNCA]; in any other state, none.
//
// # Values and dates
//
// An [Application] is an immutable value with unexported fields: each step
// returns a new one and, when it fails, returns the receiver unchanged, so
// that a = a.Step(...) is safe whatever happens. Slices going in and out
// are copied. Every date that goes in (the creation date, each step's date,
// a self-assessment's) is a calendar date, each read in its own location,
// not zero and from 0001-01-02 to 9999-12-31 (a date written "0001-01-01"
// reads back as the zero time), and a step is not dated before the latest
// one ([ErrInvalidDate]); dates are kept as midnight in their location. Every text that goes in is valid UTF-8, and required text is
// not blank. So whatever New and the steps accept encodes and decodes back
// to an equal application ([Application.Equal]).
//
// # Errors
//
// Every error reads "application: kind: field: problem". A problem with a
// value is a [*FieldError] of the value's kind ([ErrInvalidID],
// [ErrInvalidDate], [ErrInvalidApplicant], [ErrInvalidScheme],
// [ErrInvalidDocument]) naming the field as JSON spells it ("sites",
// "fees", "history[3]"); constructors and validators report every problem,
// at most 20 listed and the rest counted, and an error of another package
// is wrapped, so that it matches both (a bad credit code is also
// materials.ErrInvalidReference). A refused step is a [*TransitionError]
// or a [*GuardError], each matching its sentinel with Is; a GuardError
// names the step's input at fault in its Field ("result", "reasons[1]")
// and unwraps to the underlying problems, which errors.Is reaches
// (materials.ErrExpired, audit.ErrInvalidResult, certificate.ErrInvalidGrant
// …). No message shows more than a short prefix of an input.
//
// # JSON
//
// An application encodes with its id, applicant, creation date, state and
// history, each step carrying the inputs it was given (materials, request
// and quote, findings, result, certificate id and number), and what the
// steps produced: the latest materials, the accepted request and quote, the
// stage 2 audits and the certificate. The scheme is not written: it is the
// body's rules, kept by the caller. Dates are written "YYYY-MM-DD" and
// decode as midnight UTC; ids are UUIDs in canonical form (lower case,
// 8-4-4-4-12).
//
// [Decode] (and UnmarshalJSON, under [AfterSalesScheme]) reads a document
// strictly (no unknown or repeated keys, no trailing data; a required
// member missing or null is an error, never a zero), starts the
// application with [New] and replays its history once through the same
// methods code calls; each step must move between the states and by the
// actor it records, the history must lead to the stated state, and every
// stated part must equal what the replay produced (compared with the parts'
// Equal methods, not by encoding again). So JSON never yields an
// application the methods would refuse, nor one carrying a score, level or
// certificate its points and grading do not give. A stated part that
// repeats, byte for byte, the input of the step it comes from is that
// step's decoded value, compared all the same. Decoding costs about what
// encoding/json's generic parse of the same bytes costs: in the package's
// benchmarks a certified application takes about one and a half times as
// long as that parse and a large dossier about as long, the dossier with
// fewer bytes allocated than the parse.
//
// A [Scheme] is JSON too, so that a body can keep its rules as data: one
// snake_case member per part ("checklist", "time_table", "scorecard",
// "fees", "certificate", "rectification", "standard", "scope", "body"),
// each written and read by the part's own methods (a built-in time table or
// scorecard by its name, such as "ems_medium" or "gbt27922"). "scorecard"
// is left out, and read as no grade when missing, for a scheme without a
// grade; "body" is left out when empty, and a missing, null or empty one is
// not given; every other member is required. Decoding checks every part as
// its constructor does and then the whole with [Scheme.Validate].
//
// A struct that embeds an [Application] or a [Scheme] takes over its
// MarshalJSON and UnmarshalJSON (a Go promotion rule), so it encodes as the
// embedded value alone; give the field a name to encode the struct. A field
// tagged omitzero leaves out a zero Application ([Application.IsZero]) and a
// zero Scheme ([Scheme.IsZero]).
//
// # Concurrency
//
// Applications, schemes and the table are values; once built they are safe
// for concurrent use. The package does no I/O and never reads the clock.
package application
