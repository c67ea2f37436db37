// Package certificate issues after-sales service certificates and answers,
// for any date, whether a certificate is valid, what is due next and what
// happens if it is missed. Rules come from ISO/IEC 17021-1 [17021], the
// regulator [CNCA] and the project brief [brief]. Every figure is a field of
// [Policy]: [DefaultPolicy] is the ISO/IEC 17021-1 preset and
// [CNCA2026Policy] the regulator's 2026 one.
//
// A [Certificate] is an immutable value: [Issue] builds one from a [Policy]
// and a [Grant], and each event ([Certificate.RecordSurveillance],
// [Certificate.Suspend], [Certificate.Reinstate], [Certificate.Withdraw],
// [Certificate.Cancel], [Certificate.Recertify]) returns a new one, leaving
// the receiver as it was, also when it fails. The package never reads the
// clock: the caller passes every date.
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
//   - the grade: Level ([Certificate.Level], the last recertification's
//     once there is one);
//   - the number, reissues told apart by a suffix: Number
//     ([Certificate.Number] adds "-R1", "-R2", … after each
//     recertification or restoration);
//   - the decision, issue and expiry dates: DecidedOn and IssuedOn
//     ([Certificate.DecidedOn], [Certificate.IssuedOn]) and
//     [Certificate.ExpiresOn], which follows from the policy;
//   - the certification body (认证机构): Body ([Certificate.Body]).
//
// Address and Body are optional for [Issue], so that a caller that does not
// have them (such as one tracking a certificate's status only) can still
// issue one; a certificate that is printed needs both. When given they must
// be valid UTF-8 and not blank; "" means not given.
//
// # Dates
//
// A date is a [time.Time] read in its own location; the time of day is
// ignored, so 00:30 on 2026-03-10 in Asia/Shanghai is 2026-03-10. Computed
// dates are midnight in the location of the grant's decision date. Months
// and years are added with end-of-month clamping (2024-08-31 + 6 months =
// 2025-02-28; 2024-02-29 + 12 months = 2025-02-28), which is what "within N
// months of a date" means: up to and including that day. Dates must lie in
// the years 1–9999; a zero date is an error, never "today".
//
// A cycle starts on the certification decision date and ends on the day
// before its anniversary, the same date [Policy].ValidityYears on [17021]:
// decision 2026-03-10 → expiry 2029-03-09. The anniversary of Feb 29 in a
// common year is Mar 1, so a cycle that starts on Feb 29 ends on Feb 28
// (2024-02-29 → 2027-02-28) and one that starts on Mar 1 ends on Feb 28 or
// Feb 29 (2025-03-01 → 2028-02-29). Consecutive cycles so cover every day
// exactly once. The issue date is on or after the decision date [17021].
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
// [AnchorDecision], one after the first surveillance due date. The
// recertification application is due the lead (3 months) before expiry
// [brief].
//
// # Statuses
//
// [Certificate.StatusOn] reports the status at the end of a day, after that
// day's events, from the policy and the whole history:
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
//   - [Withdrawn] (撤销) the day after a suspension reaches its limit
//     (2028-09-12 in the example), or from a [Certificate.Withdraw] date;
//   - [Cancelled] (注销) from a [Certificate.Cancel] date;
//   - [Expired] (过期) from the day after the expiry date, unless
//     recertified. A suspension still running then ends in expiry, not
//     withdrawal.
//
// Withdrawn and Cancelled are final: every later event is refused with
// [ErrFinal]. Events are recorded in date order (several on one day apply
// in the order given); an event dated before the last one or before the
// issue date is refused with [ErrEventOrder]. Days after the last event
// assume that nothing more is recorded, so StatusOn already shows the
// suspension and withdrawal that a missed surveillance will cause.
//
// # Recertification
//
// [Certificate.Recertify] opens a new cycle that starts the day after the
// current expiry, so its expiry is the old expiry plus 3 years [17021]
// (2029-03-09 → 2032-03-09). The one case where the two
// readings differ is an old expiry of Feb 28 before a leap year: a cycle
// 2022-03-01 … 2025-02-28 is followed by 2025-03-01 … 2028-02-29, not by one
// ending 2028-02-28, which would leave 2028-02-29 uncovered. The new cycle's
// surveillances are counted from its start (see Surveillance), the level is
// the one decided, and the number gets a reissue suffix: "-R1", "-R2", ….
//
//   - Decided on or before the expiry date (an event of kind
//     [Recertification]): the certificate must be valid that day with every
//     surveillance of the cycle recorded ([ErrSurveillancePending]), and its
//     status never lapses.
//   - Decided after the expiry date, within [Policy].RestorationWindowMonths
//     (6 months [17021]: expiry 2029-03-09 → until 2029-09-09) (a
//     [Restoration]): the certificate must have been valid, not suspended, on
//     its expiry date. It is Expired from the day after the expiry to the day
//     before the decision and Valid from the decision; its expiry follows the
//     prior cycle, not the decision.
//   - Later, or whenever the window is 0 ([CNCA] 2026, where a new initial
//     certification is needed): [ErrRestorationWindow].
//
// # Errors
//
// [Issue] collects every problem with the grant ([ErrInvalidGrant],
// [ErrNotCertifiable]) and the policy ([ErrInvalidPolicy]) with
// [errors.Join]. A refused event is an [*EventError] naming the event, its
// date, the status on that date and the rule, wrapping one of
// [ErrInvalidEvent], [ErrEventOrder], [ErrFinal], [ErrExpired],
// [ErrSuspended], [ErrNotSuspended], [ErrNotDue], [ErrSurveillancePending],
// [ErrRestorationWindow] or [ErrNotCertifiable].
//
// # JSON
//
// A certificate encodes as its grant, policy and events, with the current
// number, level, cycle start and expiry. Every policy field is required,
// "surveillance_anchor" ("decision_date" or "issue_date") included. The
// grant's "address" and "body" are left out when empty, and a missing or
// empty one decodes as not given. Decoding is strict and replays the events
// through the same rules as the methods, so it refuses anything they would
// (a history recorded under other surveillance rules included), and a stated
// value that does not follow ([ErrInconsistent]). Dates are written
// "YYYY-MM-DD" and decode as midnight UTC: locations are not kept.
//
// # Concurrency and cost
//
// Certificates and policies are values; once built they are safe for
// concurrent use. [Certificate.StatusOn] does not allocate: the status over
// time is kept as a short list of (first day, status) pairs, and most of its
// cost is reading the calendar date of its argument. A sweep that asks many
// certificates about one day reads the date once with [DayOf] and asks each
// with [Certificate.StatusOnDay], which allocates nothing either.
package certificate
