// Package certificate issues after-sales service certificates and answers,
// for any date, whether a certificate is valid, what is due next and what
// happens if it is missed. Rules come from ISO/IEC 17021-1 [17021], the
// regulator [CNCA] and the project brief [brief]; each is stated once
// below, and every figure is a field of [Policy]: [DefaultPolicy] is the
// ISO/IEC 17021-1 preset, [CNCA2026Policy] the regulator's 2026 one.
//
// # Representation
//
// A [Certificate] is an immutable value: [Issue] builds one from a [Policy]
// and a [Grant], and each event ([Certificate.RecordSurveillance],
// [Certificate.Suspend], [Certificate.Reinstate], [Certificate.Withdraw],
// [Certificate.Cancel], [Certificate.Recertify]) returns a new one, leaving
// the receiver as it was, also when it fails. The zero Certificate is not a
// certificate ([Certificate.IsZero]): it has no status and refuses every
// event. Two certificates are [Certificate.Equal] when they have the same
// policy, grant and history. The package never reads the clock: the caller
// passes every date.
//
// # What a certificate shows
//
// A certificate shows the following [17021], [CNCA]; each item is a field of
// [Grant] and a method of [Certificate]:
//
//   - the holder: Holder ([Certificate.Holder]), with its unified social
//     credit code CreditCode ([Certificate.CreditCode]);
//   - its location: Address, the registered address (住所)
//     ([Certificate.Address]);
//   - the scope: Scope ([Certificate.Scope]);
//   - the standard and its year, "GB/T 27922-2011": Standard
//     ([Certificate.Standard]);
//   - the grade: Level, 达标 (audit.Compliant) or better
//     ([Certificate.Level], the last recertification's once there is one),
//     unless the grant is Ungraded (see Grades);
//   - the number, reissues told apart by a suffix: Number
//     ([Certificate.Number] adds "-R1", "-R2", … after each
//     recertification or restoration);
//   - the decision, issue and expiry dates: DecidedOn and IssuedOn
//     ([Certificate.DecidedOn], [Certificate.IssuedOn]) and
//     [Certificate.ExpiresOn], which follows from the policy;
//   - the certification body (认证机构): Body ([Certificate.Body]).
//
// Text is valid UTF-8, and required text is not blank. Address and Body are
// optional, so that a caller that does not have them (such as one tracking
// a certificate's status only) can still issue one; "" means not given, and
// a certificate that is printed needs both.
//
// # Grades
//
// After-sales service certification grades what it certifies (达标, 三星,
// 四星, 五星 [27922]); a management-system certificate (ISO 9001, ISO 14001,
// ISO 45001) has no grade: the decision is to certify or not [17021]. A
// [Grant] says which with Ungraded. Its zero value, false, is a graded
// grant, whose Level must be 达标 or better ([ErrNotCertifiable]), so that
// a grant whose level was forgotten is refused rather than issued without
// one. An Ungraded grant has no level (Level 0; any other is
// [ErrInvalidGrant]); its certificate's [Certificate.Level] is 0, and a
// recertification of it takes level 0 ([ErrInvalidEvent] otherwise). The
// policy does not decide this: one [Policy] serves graded and ungraded
// schemes alike.
//
// # Dates
//
// A date is a [time.Time] read in its own location; the time of day is
// ignored, so 00:30 on 2026-03-10 in Asia/Shanghai is 2026-03-10. Computed
// dates are midnight in the location of the grant's decision date. Months
// and years are added with end-of-month clamping (2024-08-31 + 6 months =
// 2025-02-28; 2024-02-29 + 12 months = 2025-02-28), which is what "within N
// months of a date" means: up to and including that day. Every date given,
// and every date stored or written (an expiry, a new cycle's), lies in the
// years 1–9999; a zero date is an error, never "today".
//
// A cycle starts on the certification decision date and ends on the day
// before its anniversary, the same date [Policy].ValidityYears (3) on
// [17021], [brief]: decision 2026-03-10 → expiry 2029-03-09. The anniversary
// of Feb 29 in a common year is Mar 1, so a cycle that starts on Feb 29 ends
// on Feb 28 (2024-02-29 → 2027-02-28) and one that starts on Mar 1 ends on
// Feb 28 or Feb 29 (2025-03-01 → 2028-02-29). Consecutive cycles so cover
// every day exactly once. The issue date is on or after the decision date
// [17021].
//
// # Surveillance
//
// A cycle has [Policy].SurveillancesPerCycle surveillance audits (2) and no
// two are more than [Policy].SurveillanceIntervalMonths (12) apart [17021],
// [CNCA]. They are counted from an anchor: in the first cycle the
// certification decision ([AnchorDecision], [17021]) or the issue date
// ([AnchorIssue], [CNCA] 2026), as [Policy].SurveillanceAnchor says; in a
// cycle opened by [Certificate.Recertify], its start, under either policy.
//
//   - Surveillance 1 is due within the interval of the anchor; surveillance
//     k (2, 3, …) within the interval of the day surveillance k−1 was
//     actually done, and never later than k × the interval after the anchor.
//     Decision 2025-01-31, none early: due 2026-01-31 and 2027-01-31; the
//     first done 2025-09-15: the second is due 2026-09-15; the first done
//     late, 2026-04-30 (within a 3-month tolerance): the second is still due
//     2027-01-31. Until surveillance k−1 is done, [Certificate.Schedule]
//     shows k as if k−1 were done on its own due date.
//   - Its deadline is the due date plus [Policy].SurveillanceToleranceMonths
//     (0 in both presets, as under [CNCA] 2026; up to 3 by policy). Not
//     recorded by the deadline, the certificate is suspended from the next
//     day (see Statuses).
//   - A surveillance is dated after the decision [CNCA], and here also after
//     the anchor it is counted from: surveillance 1 may be recorded from the
//     day after both the anchor and the decision that opened the cycle. So
//     it may be on the issue day under [AnchorDecision] when that is after
//     the decision, but not under [AnchorIssue]; in a recertified cycle from
//     the day after its start; in a restored one from the day after the
//     restoration. Surveillance k may be recorded from the day after
//     surveillance k−1 was done, so that one audit never counts twice; there
//     is no other minimum spacing. Early or late, each may be recorded until
//     the certificate is withdrawn.
//
// Under [AnchorIssue], [Issue] refuses an issue date so late that the last
// surveillance's latest deadline would fall after the expiry; under
// [AnchorDecision], one after the first surveillance due date; with no
// surveillance, one after the expiry. The recertification application is
// due [Policy].RecertificationLeadMonths (3) before expiry [brief].
//
// # Statuses
//
// [Certificate.StatusOn] reports the status at the end of a day, after that
// day's events, from the policy and the whole history [17021], [CNCA]:
//
//   - [NotYetValid] (未生效) before the issue date;
//   - [Valid] (有效) from the issue date;
//   - [Suspended] (暂停) from the day after a surveillance deadline passes
//     without the surveillance, or from a [Certificate.Suspend] date. A
//     suspension for cause is lifted by [Certificate.Reinstate]; one that
//     follows a missed surveillance only by recording the surveillance;
//     with both causes the certificate needs both. A suspension lasts at most
//     [Policy].MaxSuspensionMonths (6) counted from its first day, that
//     last day included [CNCA]: suspended from 2028-03-11, it may still be
//     lifted on 2028-09-11;
//   - [Withdrawn] (撤销, by the body, for cause) the day after a suspension
//     reaches its limit (2028-09-12 in the example), or from a
//     [Certificate.Withdraw] date;
//   - [Cancelled] (注销, at the holder's request or when it ceases) from a
//     [Certificate.Cancel] date;
//   - [Expired] (过期) from the day after the expiry date, unless
//     recertified. A suspension still running then ends in expiry, not
//     withdrawal.
//
// Days after the last event assume that nothing more is recorded, so
// StatusOn already shows the suspension and withdrawal that a missed
// surveillance will cause.
//
// # Lifecycle
//
// Events are recorded in date order (several on one day apply in the order
// given); one dated before the last event or before the issue date is
// refused with [ErrEventOrder]. Which event may be recorded depends on the
// status on its day, before it, as this table says (→ the status it leads
// to; otherwise the error that refuses it):
//
//	event            valid               suspended                expired                withdrawn, cancelled
//	surveillance     → valid             → valid¹                 ErrExpired             ErrFinal
//	suspension       → suspended         → suspended²             ErrExpired             ErrFinal
//	reinstatement    ErrNotSuspended     → valid¹ ³               ErrExpired             ErrFinal
//	withdrawal       → withdrawn         → withdrawn              ErrExpired             ErrFinal
//	cancellation     → cancelled         → cancelled              ErrExpired             ErrFinal
//	recertification  → valid⁴            ErrSuspended             → valid (restoration)⁴  ErrFinal
//
// ¹ It lifts one cause of the suspension: the certificate stays suspended,
// from the same first day, while the other remains (a suspension for cause,
// or a surveillance still overdue). ² Only a suspension for cause on top of
// a missed surveillance; a second suspension for cause is [ErrSuspended].
// ³ Only a suspension for cause: one that follows a missed surveillance
// alone is [ErrNotSuspended]. ⁴ See Recertification. A surveillance is
// refused with [ErrNotDue] when none is open (see Surveillance). Withdrawn
// and Cancelled are final ([Status.Final]): every later event is refused.
//
// # Recertification
//
// [Certificate.Recertify] opens a new cycle that starts the day after the
// current expiry, so its expiry is the old expiry plus
// [Policy].ValidityYears [17021] (2029-03-09 → 2032-03-09). The one case
// where the two readings differ is an old expiry of Feb 28 before a leap
// year: a cycle 2022-03-01 … 2025-02-28 is followed by 2025-03-01 …
// 2028-02-29, not by one ending 2028-02-28, which would leave 2028-02-29
// uncovered. The new cycle's surveillances are counted from its start (see
// Surveillance), the level is the one decided (达标 or better, else
// [ErrNotCertifiable]), and the number gets the next reissue suffix. The new
// cycle must end by 9999 ([ErrInvalidEvent]).
//
//   - Decided on or before the expiry date (an event of kind
//     [Recertification]): the certificate must be valid that day with every
//     surveillance of the cycle recorded, and the cycle must have begun (it
//     is not recertified twice) ([ErrSurveillancePending]); its status never
//     lapses.
//   - Decided after the expiry date, within [Policy].RestorationWindowMonths
//     (6 months [17021]: expiry 2029-03-09 → until 2029-09-09) (a
//     [Restoration]): the certificate must have been valid, not suspended, on
//     its expiry date ([ErrSuspended]). It is Expired from the day after the
//     expiry to the day before the decision and Valid from the decision; its
//     expiry follows the prior cycle, not the decision.
//   - Later, or whenever the window is 0 ([CNCA] 2026, where a new initial
//     certification is needed): [ErrRestorationWindow].
//
// # Errors
//
// Every error reads "certificate: kind: field: problem". A problem with a
// policy, a grant or a document is a [*FieldError] whose kind is
// [ErrInvalidPolicy], [ErrInvalidGrant], [ErrInvalidEvent] (an event in a
// document), [ErrInconsistent] (a stated value that does not follow) or
// [ErrInvalidCertificate] (the document's shape), and whose Field is the
// field's path as JSON spells it ("grant.holder", "events[2].on");
// [Policy.Validate], [Grant.Validate] and [Issue] collect every problem
// (at most 20 listed, the rest counted). A grant's level below 达标 also
// matches [ErrNotCertifiable], a bad credit code also
// materials.ErrInvalidReference, an unknown code [ErrUnknownCode]. A refused
// event is an [*EventError] that matches the rule refusing it and names the
// event, its date, the status that day and, in a document, its path. No
// message shows more than a short prefix of an input.
//
// # JSON
//
// A certificate encodes as its grant, policy and events, with the current
// number, level, cycle start and expiry. Every member is required (a null is
// missing, never a zero), "surveillance_anchor" ("decision_date" or
// "issue_date") included; the grant's "address" and "body" are left out when
// empty, and a missing, null or empty one decodes as not given. An ungraded
// certificate writes "ungraded": true in its grant and no "level" at all
// (grant, certificate or recertification); a graded one writes no
// "ungraded" and every level, and decoding holds each to that. The grant's
// "id" is a UUID in canonical form (lower-case, 8-4-4-4-12). Decoding is
// strict (no unknown or repeated keys, nothing after the value) and replays
// the events through the same rules as the methods, so it refuses anything
// they would (a history recorded under other surveillance rules included),
// and a stated value that does not follow. Dates are written "YYYY-MM-DD"
// and decode as midnight UTC: locations are not kept, which is why
// [Certificate.Equal] compares calendar dates. A decoded certificate is
// Equal to the one encoded.
//
// A struct that embeds a [Certificate] or a [Policy] takes over its
// MarshalJSON and UnmarshalJSON (a Go promotion rule), so it encodes as the
// embedded value alone; give the field a name to encode the struct. A field
// tagged omitzero leaves out a zero Certificate ([Certificate.IsZero]) and a
// zero Policy.
//
// # Concurrency and cost
//
// Certificates and policies are values; once built they are safe for
// concurrent use. [Certificate.StatusOn] does not allocate: each event
// computes the status over time once, as a short list of (first day,
// status) pairs, and most of StatusOn's cost is reading the calendar date of
// its argument. A sweep that asks many certificates about one day reads the
// date once with [DayOf] and asks each with [Certificate.StatusOnDay], which
// allocates nothing either.
package certificate
