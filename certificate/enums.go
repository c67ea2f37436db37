package certificate

import "github.com/aftersales/certification/internal/enum"

// Status is what a certificate is on a given day [17021], [CNCA]. The
// zero Status is unknown: [Certificate.StatusOn] returns it only for a zero
// date or a zero Certificate.
type Status uint8

// The statuses. Withdrawn and Cancelled are final.
const (
	NotYetValid Status = iota + 1 // 未生效: before the issue date
	Valid                         // 有效
	Suspended                     // 暂停: for cause, or after a missed surveillance
	Withdrawn                     // 撤销: by the body, for cause; final
	Cancelled                     // 注销: at the holder's request or when it ceases; final
	Expired                       // 过期: after the expiry date, unless recertified
)

var statusLabels = enum.New[Status](ErrUnknownCode, "status",
	enum.Label{Code: "not_yet_valid", Chinese: "未生效", English: "Not yet valid"},
	enum.Label{Code: "valid", Chinese: "有效", English: "Valid"},
	enum.Label{Code: "suspended", Chinese: "暂停", English: "Suspended"},
	enum.Label{Code: "withdrawn", Chinese: "撤销", English: "Withdrawn"},
	enum.Label{Code: "cancelled", Chinese: "注销", English: "Cancelled"},
	enum.Label{Code: "expired", Chinese: "过期", English: "Expired"},
)

// ParseStatus returns the status whose code is code ("not_yet_valid",
// "valid", "suspended", "withdrawn", "cancelled", "expired"). An unknown code
// is an error matching [ErrUnknownCode] and naming the code.
func ParseStatus(code string) (Status, error) { return statusLabels.Parse(code) }

// Statuses returns every status in declaration order.
func Statuses() []Status { return statusLabels.Values() }

// String returns the status's stable code, such as "valid".
func (s Status) String() string { return statusLabels.String(s) }

// Chinese returns the status's Chinese name, such as "有效".
func (s Status) Chinese() string { return statusLabels.Label(s).Chinese }

// English returns the status's English name, such as "Valid".
func (s Status) English() string { return statusLabels.Label(s).English }

// IsValid reports whether s is a known status (not the zero value). It says
// nothing about whether a certificate is valid: compare with [Valid] for that.
func (s Status) IsValid() bool { return statusLabels.Valid(s) }

// MarshalText returns the status's code; an unknown status is an error.
func (s Status) MarshalText() ([]byte, error) { return statusLabels.Marshal(s) }

// UnmarshalText parses a status code; on error *s is unchanged.
func (s *Status) UnmarshalText(text []byte) error { return statusLabels.Unmarshal(s, text) }

// MilestoneKind says what a [Milestone] of a certificate's cycle is.
type MilestoneKind uint8

// The milestone kinds.
const (
	SurveillanceDue            MilestoneKind = iota + 1 // 监督审核到期: the k-th surveillance audit is due
	RecertificationApplication                          // 再认证申请: apply for recertification
	Expiry                                              // 证书到期: the last day of the cycle
)

var milestoneLabels = enum.New[MilestoneKind](ErrUnknownCode, "milestone kind",
	enum.Label{Code: "surveillance_due", Chinese: "监督审核到期", English: "Surveillance audit due"},
	enum.Label{Code: "recertification_application", Chinese: "再认证申请", English: "Recertification application"},
	enum.Label{Code: "expiry", Chinese: "证书到期", English: "Expiry"},
)

// ParseMilestoneKind returns the milestone kind whose code is code
// ("surveillance_due", "recertification_application", "expiry").
func ParseMilestoneKind(code string) (MilestoneKind, error) { return milestoneLabels.Parse(code) }

// MilestoneKinds returns every milestone kind in declaration order.
func MilestoneKinds() []MilestoneKind { return milestoneLabels.Values() }

// String returns the kind's stable code, such as "surveillance_due".
func (k MilestoneKind) String() string { return milestoneLabels.String(k) }

// Chinese returns the kind's Chinese name.
func (k MilestoneKind) Chinese() string { return milestoneLabels.Label(k).Chinese }

// English returns the kind's English name.
func (k MilestoneKind) English() string { return milestoneLabels.Label(k).English }

// IsValid reports whether k is a known milestone kind.
func (k MilestoneKind) IsValid() bool { return milestoneLabels.Valid(k) }

// MarshalText returns the kind's code; an unknown kind is an error.
func (k MilestoneKind) MarshalText() ([]byte, error) { return milestoneLabels.Marshal(k) }

// UnmarshalText parses a milestone kind code; on error *k is unchanged.
func (k *MilestoneKind) UnmarshalText(text []byte) error { return milestoneLabels.Unmarshal(k, text) }

// EventKind says what an [Event] in a certificate's history is.
type EventKind uint8

// The event kinds. Recertification and Restoration are both recorded by
// [Certificate.Recertify]: the first when decided on or before the expiry
// date, the second when decided after it, within the restoration window.
const (
	Surveillance    EventKind = iota + 1 // 监督审核: a surveillance audit passed
	Suspension                           // 暂停: suspended for cause
	Reinstatement                        // 恢复: a suspension for cause lifted
	Withdrawal                           // 撤销: withdrawn by the body
	Cancellation                         // 注销: cancelled
	Recertification                      // 再认证: a new cycle decided on or before expiry
	Restoration                          // 恢复认证: a new cycle decided after expiry, within the window
)

var eventLabels = enum.New[EventKind](ErrUnknownCode, "event kind",
	enum.Label{Code: "surveillance", Chinese: "监督审核", English: "Surveillance audit"},
	enum.Label{Code: "suspension", Chinese: "暂停", English: "Suspension"},
	enum.Label{Code: "reinstatement", Chinese: "恢复", English: "Reinstatement"},
	enum.Label{Code: "withdrawal", Chinese: "撤销", English: "Withdrawal"},
	enum.Label{Code: "cancellation", Chinese: "注销", English: "Cancellation"},
	enum.Label{Code: "recertification", Chinese: "再认证", English: "Recertification"},
	enum.Label{Code: "restoration", Chinese: "恢复认证", English: "Restoration"},
)

// ParseEventKind returns the event kind whose code is code ("surveillance",
// "suspension", "reinstatement", "withdrawal", "cancellation",
// "recertification", "restoration").
func ParseEventKind(code string) (EventKind, error) { return eventLabels.Parse(code) }

// EventKinds returns every event kind in declaration order.
func EventKinds() []EventKind { return eventLabels.Values() }

// String returns the kind's stable code, such as "suspension".
func (k EventKind) String() string { return eventLabels.String(k) }

// Chinese returns the kind's Chinese name.
func (k EventKind) Chinese() string { return eventLabels.Label(k).Chinese }

// English returns the kind's English name.
func (k EventKind) English() string { return eventLabels.Label(k).English }

// IsValid reports whether k is a known event kind.
func (k EventKind) IsValid() bool { return eventLabels.Valid(k) }

// MarshalText returns the kind's code; an unknown kind is an error.
func (k EventKind) MarshalText() ([]byte, error) { return eventLabels.Marshal(k) }

// UnmarshalText parses an event kind code; on error *k is unchanged.
func (k *EventKind) UnmarshalText(text []byte) error { return eventLabels.Unmarshal(k, text) }

// Anchor is the date a cycle's surveillances are counted from, in the first
// cycle ([Policy].SurveillanceAnchor); later cycles count from their start.
type Anchor uint8

// The anchors.
const (
	AnchorDecision Anchor = iota + 1 // 认证决定日期: the certification decision [17021]
	AnchorIssue                      // 发证日期: the certificate's issue date [CNCA] 2026
)

var anchorLabels = enum.New[Anchor](ErrUnknownCode, "surveillance anchor",
	enum.Label{Code: "decision_date", Chinese: "认证决定日期", English: "Certification decision date"},
	enum.Label{Code: "issue_date", Chinese: "发证日期", English: "Issue date"},
)

// ParseAnchor returns the anchor whose code is code ("decision_date",
// "issue_date").
func ParseAnchor(code string) (Anchor, error) { return anchorLabels.Parse(code) }

// Anchors returns every anchor in declaration order.
func Anchors() []Anchor { return anchorLabels.Values() }

// String returns the anchor's stable code: "decision_date" or "issue_date".
func (a Anchor) String() string { return anchorLabels.String(a) }

// Chinese returns the anchor's Chinese name, such as "发证日期".
func (a Anchor) Chinese() string { return anchorLabels.Label(a).Chinese }

// English returns the anchor's English name, such as "Issue date".
func (a Anchor) English() string { return anchorLabels.Label(a).English }

// IsValid reports whether a is a known anchor (not the zero value).
func (a Anchor) IsValid() bool { return anchorLabels.Valid(a) }

// MarshalText returns the anchor's code; an unknown anchor is an error.
func (a Anchor) MarshalText() ([]byte, error) { return anchorLabels.Marshal(a) }

// UnmarshalText parses an anchor code; on error *a is unchanged.
func (a *Anchor) UnmarshalText(text []byte) error { return anchorLabels.Unmarshal(a, text) }
