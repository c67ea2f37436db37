package application

import "github.com/aftersales/certification/internal/enum"

// Event is a kind of step that moves an application from one state to
// another (or, for SubmitRectification and ReviewRectification, keeps it in
// Rectification). The zero Event is not a valid event. Each Event has one
// method on [Application] and one [Actor].
//
// An Event's code (String, MarshalText, JSON) is stable: submit, return,
// resubmit, accept, start_document_review, start_on_site_audit,
// complete_on_site_audit, require_rectification, submit_rectification,
// review_rectification, complete_rectification, repeat_stage2, certify,
// reject, withdraw.
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
	// Certify (批准认证): the body decides to certify on a score of at least
	// 达标 and issues the certificate.
	Certify
	// Reject (拒绝): the body refuses to certify, with a reason.
	Reject
	// Withdraw (撤回): the applicant withdraws, with a reason, from any state
	// that is not final.
	Withdraw
)

var eventLabels = enum.New[Event]("application", "event",
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
).Wrapping(ErrUnknownCode)

// String returns e's stable code, such as "require_rectification", or
// "event(N)" for a value that is not a valid Event.
func (e Event) String() string { return eventLabels.String(e) }

// Chinese returns e's Chinese name, such as "要求整改"; empty when e is not
// valid.
func (e Event) Chinese() string { return eventLabels.Label(e).Chinese }

// English returns e's English name, such as "Require rectification"; empty
// when e is not valid.
func (e Event) English() string { return eventLabels.Label(e).English }

// IsValid reports whether e is one of the declared events.
func (e Event) IsValid() bool { return eventLabels.Valid(e) }

// MarshalText returns e's code. An Event that is not valid is an error.
func (e Event) MarshalText() ([]byte, error) { return eventLabels.Marshal(e) }

// UnmarshalText sets *e to the event whose code is text. An unknown code is
// an error and leaves *e unchanged.
func (e *Event) UnmarshalText(text []byte) error { return eventLabels.Unmarshal(e, text) }

// ParseEvent returns the event whose code is code, such as "certify". An
// unknown code is an error that names it.
func ParseEvent(code string) (Event, error) { return eventLabels.Parse(code) }

// Events returns every event in the order of the lifecycle.
func Events() []Event { return eventLabels.Values() }

// Actor returns who takes step e: the applicant (Submit, Resubmit,
// SubmitRectification, Withdraw) or the certification body (every other
// step, ReviewRectification among them). Each step records one actor's
// doing only: the applicant's actions on findings and the body's acceptance,
// verification and closure are separate steps. An invalid e has no actor
// (0).
func (e Event) Actor() Actor {
	switch e {
	case Submit, Resubmit, SubmitRectification, Withdraw:
		return ByApplicant
	case Return, Accept, StartDocumentReview, StartOnSiteAudit, CompleteOnSiteAudit,
		RequireRectification, ReviewRectification, CompleteRectification, RepeatStage2, Certify, Reject:
		return ByBody
	default:
		return 0
	}
}

// Actor is who takes a step: the applicant or the certification body. The
// zero Actor is not valid.
//
// An Actor's code is stable: applicant, body.
type Actor uint8

// The actors of an application. Value 0 is reserved for "unknown".
const (
	// ByApplicant (申请方): the company applying for certification.
	ByApplicant Actor = iota + 1
	// ByBody (认证机构): the certification body.
	ByBody
)

var actorLabels = enum.New[Actor]("application", "actor",
	enum.Label{Code: "applicant", Chinese: "申请方", English: "Applicant"},
	enum.Label{Code: "body", Chinese: "认证机构", English: "Certification body"},
).Wrapping(ErrUnknownCode)

// String returns a's stable code, such as "body", or "actor(N)" for a value
// that is not a valid Actor.
func (a Actor) String() string { return actorLabels.String(a) }

// Chinese returns a's Chinese name, such as "认证机构"; empty when a is not
// valid.
func (a Actor) Chinese() string { return actorLabels.Label(a).Chinese }

// English returns a's English name, such as "Certification body"; empty when
// a is not valid.
func (a Actor) English() string { return actorLabels.Label(a).English }

// IsValid reports whether a is one of the declared actors.
func (a Actor) IsValid() bool { return actorLabels.Valid(a) }

// MarshalText returns a's code. An Actor that is not valid is an error.
func (a Actor) MarshalText() ([]byte, error) { return actorLabels.Marshal(a) }

// UnmarshalText sets *a to the actor whose code is text. An unknown code is
// an error and leaves *a unchanged.
func (a *Actor) UnmarshalText(text []byte) error { return actorLabels.Unmarshal(a, text) }

// ParseActor returns the actor whose code is code. An unknown code is an
// error that names it.
func ParseActor(code string) (Actor, error) { return actorLabels.Parse(code) }
