// Package application drives one applicant's way from draft to certificate
// as a checked lifecycle with a full history, and binds the rules of the
// other packages into a Scheme.
//
// # The brief's six steps
//
// The project brief describes six steps (shared/DOMAIN.md §1, [brief]); this
// is where each one lives:
//
//  1. Understand the standard: documentation and data, not a state — the
//     scheme's checklist (materials.AfterSalesService) and scorecard
//     (audit.GBT27922).
//  2. Self-assessment and preparation: [Draft].
//  3. Submit the application; the certification body's preliminary review:
//     [Submitted], then [Accepted], or [Returned] to be completed and
//     resubmitted.
//  4. Audit and evaluation: [DocumentReview] (stage 1), then [OnSiteAudit]
//     (stage 2, scored).
//  5. Result and rectification within a set time: [Rectification], then
//     [PendingDecision].
//  6. Certificate issued, valid for a set period, recertified before expiry:
//     [Certified]; from there on the certificate package takes over.
//
// [Rejected] (the body refuses) and [Withdrawn] (the applicant withdraws) end
// an application early. [Certified], [Rejected] and [Withdrawn] are final.
//
// # The lifecycle table
//
// The lifecycle is a table of {From, Event, To} rows ([Transitions]), not an
// engine: no callbacks, no locks. [Application.Allowed] lists what the table
// allows next, and [Diagram] draws the same table as a Mermaid
// stateDiagram-v2. A step that the table does not allow in the current state
// fails with a [*TransitionError] matching [ErrInvalidTransition]; a step
// that the table allows but whose condition is not met fails with a
// [*GuardError] matching [ErrGuard] that names the reason.
package application
