package application

import "github.com/aftersales/certification/internal/enum"

// The package's enums. Each has a stable snake_case code (String,
// MarshalText, JSON), a Chinese and an English name; value 0 is reserved for
// "unknown", is not valid and does not encode, and an unknown code is an
// error matching [ErrUnknownCode] that leaves the receiver unchanged.

// State is where an application stands on its way from draft to
// certificate (see "The lifecycle table" in the package doc).
type State uint8

// The states of an application. Value 0 is reserved for "unknown".
const (
	// Draft (草稿): the applicant prepares and self-assesses; nothing has been
	// handed in (brief step 2).
	Draft State = iota + 1
	// Submitted (已提交): the application and its materials are with the
	// certification body for preliminary review (brief step 3).
	Submitted
	// Returned (已退回): the body sent the application back to be completed
	// and resubmitted (brief step 3).
	Returned
	// Accepted (已受理): the body accepted the application and the quote; the
	// contract is in place (brief step 3).
	Accepted
	// DocumentReview (文件审核): the stage 1 audit, a review of the documents
	// (brief step 4).
	DocumentReview
	// OnSiteAudit (现场审核): the stage 2 audit on site, scored against the
	// scorecard under a graded scheme (brief step 4).
	OnSiteAudit
	// Rectification (整改): findings are being corrected within the set time
	// (brief step 5).
	Rectification
	// PendingDecision (待决定): the audit is closed and the body decides
	// (brief step 5).
	PendingDecision
	// Certified (已认证): the body decided to certify and issued the
	// certificate (brief step 6). Final.
	Certified
	// Rejected (已拒绝): the body refused to certify. Final.
	Rejected
	// Withdrawn (已撤回): the applicant withdrew the application. Final.
	Withdrawn
)

var stateLabels = enum.New[State](ErrUnknownCode, "state",
	enum.Label{Code: "draft", Chinese: "草稿", English: "Draft"},
	enum.Label{Code: "submitted", Chinese: "已提交", English: "Submitted"},
	enum.Label{Code: "returned", Chinese: "已退回", English: "Returned"},
	enum.Label{Code: "accepted", Chinese: "已受理", English: "Accepted"},
	enum.Label{Code: "document_review", Chinese: "文件审核", English: "Document review"},
	enum.Label{Code: "on_site_audit", Chinese: "现场审核", English: "On-site audit"},
	enum.Label{Code: "rectification", Chinese: "整改", English: "Rectification"},
	enum.Label{Code: "pending_decision", Chinese: "待决定", English: "Pending decision"},
	enum.Label{Code: "certified", Chinese: "已认证", English: "Certified"},
	enum.Label{Code: "rejected", Chinese: "已拒绝", English: "Rejected"},
	enum.Label{Code: "withdrawn", Chinese: "已撤回", English: "Withdrawn"},
)

// ParseState returns the state whose code is code, such as "on_site_audit". An
// unknown code is an error matching [ErrUnknownCode] that names it.
func ParseState(code string) (State, error) { return stateLabels.Parse(code) }

// States returns every state in order.
func States() []State { return stateLabels.Values() }

// String returns s's code, such as "on_site_audit", or "state(N)" for a value
// that is not valid.
func (s State) String() string { return stateLabels.String(s) }

// Chinese returns s's Chinese name, such as "现场审核"; empty when s is not valid.
func (s State) Chinese() string { return stateLabels.Label(s).Chinese }

// English returns s's English name, such as "On-site audit"; empty when s is
// not valid.
func (s State) English() string { return stateLabels.Label(s).English }

// IsValid reports whether s is one of the declared values.
func (s State) IsValid() bool { return stateLabels.Valid(s) }

// MarshalText returns s's code; a value that is not valid is an error.
func (s State) MarshalText() ([]byte, error) { return stateLabels.Marshal(s) }

// UnmarshalText sets *s to the value whose code is text; an unknown code is an
// error and leaves *s unchanged.
func (s *State) UnmarshalText(text []byte) error { return stateLabels.Unmarshal(s, text) }

// Event is a kind of step: one method of [Application] taken by one
// [Actor] (see "The lifecycle table" in the package doc).
type Event uint8

// The events of the lifecycle. Value 0 is reserved for "unknown".
const (
	// Submit (提交申请): the applicant hands in the application and its
	// materials; they must pass the scheme's checklist on the day.
	Submit Event = iota + 1
	// Return (退回): the body sends a submitted application back, with reasons.
	Return
	// Resubmit (重新提交): the applicant hands a returned application in again,
	// with materials that must pass the checklist on the day.
	Resubmit
	// Accept (受理): the body accepts the application and a quote worked out
	// from the scheme's fee schedule for this applicant.
	Accept
	// StartDocumentReview (开始文件审核): the stage 1 audit begins.
	StartDocumentReview
	// StartOnSiteAudit (开始现场审核): the stage 2 audit begins on site, the
	// first time or again after a repeat.
	StartOnSiteAudit
	// CompleteOnSiteAudit (完成现场审核): the stage 2 audit ends without a
	// nonconformity to rectify; the decision follows.
	CompleteOnSiteAudit
	// RequireRectification (要求整改): the stage 2 audit ends with findings to
	// rectify; each gets its due date from the rectification policy.
	RequireRectification
	// SubmitRectification (提交整改): the applicant hands in its correction and
	// corrective action (evidence, or for a minor the action plan) for
	// findings of the stage 2 audit. The state stays Rectification.
	SubmitRectification
	// ReviewRectification (审查整改): the body reviews what the applicant
	// handed in: it accepts a minor's action plan, verifies a correction, or
	// closes a finding. The state stays Rectification.
	ReviewRectification
	// CompleteRectification (完成整改): every major finding is verified and every
	// minor one has an accepted plan; the decision follows.
	CompleteRectification
	// RepeatStage2 (重新进行第二阶段审核): major findings were not verified
	// within the policy's limit after stage 2 (6 months by default), so stage
	// 2 must be done again.
	RepeatStage2
	// Certify (批准认证): the body decides to certify (under a graded scheme
	// on a score of at least 达标, otherwise on the findings alone) and
	// issues the certificate.
	Certify
	// Reject (拒绝): the body refuses to certify, with a reason.
	Reject
	// Withdraw (撤回): the applicant withdraws, with a reason, from any state
	// that is not final.
	Withdraw
)

var eventLabels = enum.New[Event](ErrUnknownCode, "event",
	enum.Label{Code: "submit", Chinese: "提交申请", English: "Submit"},
	enum.Label{Code: "return", Chinese: "退回", English: "Return"},
	enum.Label{Code: "resubmit", Chinese: "重新提交", English: "Resubmit"},
	enum.Label{Code: "accept", Chinese: "受理", English: "Accept"},
	enum.Label{Code: "start_document_review", Chinese: "开始文件审核", English: "Start document review"},
	enum.Label{Code: "start_on_site_audit", Chinese: "开始现场审核", English: "Start on-site audit"},
	enum.Label{Code: "complete_on_site_audit", Chinese: "完成现场审核", English: "Complete on-site audit"},
	enum.Label{Code: "require_rectification", Chinese: "要求整改", English: "Require rectification"},
	enum.Label{Code: "submit_rectification", Chinese: "提交整改", English: "Submit rectification"},
	enum.Label{Code: "review_rectification", Chinese: "审查整改", English: "Review rectification"},
	enum.Label{Code: "complete_rectification", Chinese: "完成整改", English: "Complete rectification"},
	enum.Label{Code: "repeat_stage2", Chinese: "重新进行第二阶段审核", English: "Repeat stage 2"},
	enum.Label{Code: "certify", Chinese: "批准认证", English: "Certify"},
	enum.Label{Code: "reject", Chinese: "拒绝", English: "Reject"},
	enum.Label{Code: "withdraw", Chinese: "撤回", English: "Withdraw"},
)

// ParseEvent returns the event whose code is code, such as
// "require_rectification". An unknown code is an error matching
// [ErrUnknownCode] that names it.
func ParseEvent(code string) (Event, error) { return eventLabels.Parse(code) }

// Events returns every event in order.
func Events() []Event { return eventLabels.Values() }

// String returns e's code, such as "require_rectification", or "event(N)" for
// a value that is not valid.
func (e Event) String() string { return eventLabels.String(e) }

// Chinese returns e's Chinese name, such as "要求整改"; empty when e is not valid.
func (e Event) Chinese() string { return eventLabels.Label(e).Chinese }

// English returns e's English name, such as "Require rectification"; empty
// when e is not valid.
func (e Event) English() string { return eventLabels.Label(e).English }

// IsValid reports whether e is one of the declared values.
func (e Event) IsValid() bool { return eventLabels.Valid(e) }

// MarshalText returns e's code; a value that is not valid is an error.
func (e Event) MarshalText() ([]byte, error) { return eventLabels.Marshal(e) }

// UnmarshalText sets *e to the value whose code is text; an unknown code is an
// error and leaves *e unchanged.
func (e *Event) UnmarshalText(text []byte) error { return eventLabels.Unmarshal(e, text) }

// Actor is who takes a step: the applicant or the certification body.
type Actor uint8

// The actors of an application. Value 0 is reserved for "unknown".
const (
	// ByApplicant (申请方): the company applying for certification.
	ByApplicant Actor = iota + 1
	// ByBody (认证机构): the certification body.
	ByBody
)

var actorLabels = enum.New[Actor](ErrUnknownCode, "actor",
	enum.Label{Code: "applicant", Chinese: "申请方", English: "Applicant"},
	enum.Label{Code: "body", Chinese: "认证机构", English: "Certification body"},
)

// ParseActor returns the actor whose code is code, such as "body". An unknown
// code is an error matching [ErrUnknownCode] that names it.
func ParseActor(code string) (Actor, error) { return actorLabels.Parse(code) }

// Actors returns every actor in order.
func Actors() []Actor { return actorLabels.Values() }

// String returns a's code, such as "body", or "actor(N)" for a value that is
// not valid.
func (a Actor) String() string { return actorLabels.String(a) }

// Chinese returns a's Chinese name, such as "认证机构"; empty when a is not valid.
func (a Actor) Chinese() string { return actorLabels.Label(a).Chinese }

// English returns a's English name, such as "Certification body"; empty when a
// is not valid.
func (a Actor) English() string { return actorLabels.Label(a).English }

// IsValid reports whether a is one of the declared values.
func (a Actor) IsValid() bool { return actorLabels.Valid(a) }

// MarshalText returns a's code; a value that is not valid is an error.
func (a Actor) MarshalText() ([]byte, error) { return actorLabels.Marshal(a) }

// UnmarshalText sets *a to the value whose code is text; an unknown code is an
// error and leaves *a unchanged.
func (a *Actor) UnmarshalText(text []byte) error { return actorLabels.Unmarshal(a, text) }

// DeadlineKind says what a [Deadline] is for.
type DeadlineKind uint8

// The kinds of deadline (see "Deadlines" in the package doc).
const (
	// RectificationDue (整改期限): the due date of a nonconformity that has no
	// action submitted yet.
	RectificationDue DeadlineKind = iota + 1
	// Stage2RepeatLimit (第二阶段审核重做期限): the last day to verify the majors
	// before stage 2 must be repeated.
	Stage2RepeatLimit
	// SurveillanceDue (监督审核到期): a surveillance audit of the certificate
	// (certificate.SurveillanceDue).
	SurveillanceDue
	// RecertificationApplication (再认证申请): the day to apply for
	// recertification by.
	RecertificationApplication
	// Expiry (证书到期): the certificate's expiry date.
	Expiry
)

var deadlineLabels = enum.New[DeadlineKind](ErrUnknownCode, "deadline kind",
	enum.Label{Code: "rectification_due", Chinese: "整改期限", English: "Rectification due"},
	enum.Label{Code: "stage2_repeat_limit", Chinese: "第二阶段审核重做期限", English: "Stage 2 repeat limit"},
	enum.Label{Code: "surveillance_due", Chinese: "监督审核到期", English: "Surveillance due"},
	enum.Label{Code: "recertification_application", Chinese: "再认证申请", English: "Recertification application"},
	enum.Label{Code: "expiry", Chinese: "证书到期", English: "Expiry"},
)

// ParseDeadlineKind returns the deadline kind whose code is code, such as
// "rectification_due". An unknown code is an error matching [ErrUnknownCode]
// that names it.
func ParseDeadlineKind(code string) (DeadlineKind, error) { return deadlineLabels.Parse(code) }

// DeadlineKinds returns every deadline kind in order.
func DeadlineKinds() []DeadlineKind { return deadlineLabels.Values() }

// String returns k's code, such as "rectification_due", or "deadline kind(N)"
// for a value that is not valid.
func (k DeadlineKind) String() string { return deadlineLabels.String(k) }

// Chinese returns k's Chinese name, such as "整改期限"; empty when k is not valid.
func (k DeadlineKind) Chinese() string { return deadlineLabels.Label(k).Chinese }

// English returns k's English name, such as "Rectification due"; empty when k
// is not valid.
func (k DeadlineKind) English() string { return deadlineLabels.Label(k).English }

// IsValid reports whether k is one of the declared values.
func (k DeadlineKind) IsValid() bool { return deadlineLabels.Valid(k) }

// MarshalText returns k's code; a value that is not valid is an error.
func (k DeadlineKind) MarshalText() ([]byte, error) { return deadlineLabels.Marshal(k) }

// UnmarshalText sets *k to the value whose code is text; an unknown code is an
// error and leaves *k unchanged.
func (k *DeadlineKind) UnmarshalText(text []byte) error { return deadlineLabels.Unmarshal(k, text) }
