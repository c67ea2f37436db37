package application

import "github.com/aftersales/certification/internal/enum"

// State is where an application stands on its way from draft to
// certificate. The zero State is not a valid state.
//
// A State's code (String, MarshalText, JSON) is stable: draft, submitted,
// returned, accepted, document_review, on_site_audit, rectification,
// pending_decision, certified, rejected, withdrawn.
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
	// scorecard (brief step 4).
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

var stateLabels = enum.New[State]("application", "state",
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
).Wrapping(ErrUnknownCode)

// String returns s's stable code, such as "on_site_audit", or "state(N)" for
// a value that is not a valid State.
func (s State) String() string { return stateLabels.String(s) }

// Chinese returns s's Chinese name, such as "现场审核"; empty when s is not
// valid.
func (s State) Chinese() string { return stateLabels.Label(s).Chinese }

// English returns s's English name, such as "On-site audit"; empty when s is
// not valid.
func (s State) English() string { return stateLabels.Label(s).English }

// IsValid reports whether s is one of the declared states.
func (s State) IsValid() bool { return stateLabels.Valid(s) }

// IsFinal reports whether no event leaves s: Certified, Rejected and
// Withdrawn. It is derived from the transition table.
func (s State) IsFinal() bool {
	if !s.IsValid() {
		return false
	}
	for _, t := range transitions {
		if t.From == s {
			return false
		}
	}
	return true
}

// MarshalText returns s's code. A State that is not valid is an error.
func (s State) MarshalText() ([]byte, error) { return stateLabels.Marshal(s) }

// UnmarshalText sets *s to the state whose code is text. An unknown code is
// an error and leaves *s unchanged.
func (s *State) UnmarshalText(text []byte) error { return stateLabels.Unmarshal(s, text) }

// ParseState returns the state whose code is code, such as "rectification".
// An unknown code is an error that names it.
func ParseState(code string) (State, error) { return stateLabels.Parse(code) }

// States returns every state in the order of the lifecycle.
func States() []State { return stateLabels.Values() }
