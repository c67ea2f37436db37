package certificationtest

import (
	"fmt"
	"slices"
	"time"

	"github.com/aftersales/certification/application"
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// gaps are the days from one step of a walk to the next, by event (see the
// package doc's Applications section).
var gaps = map[application.Event]int{
	application.Submit:               14,
	application.Return:               7,
	application.Accept:               7,
	application.StartDocumentReview:  14,
	application.StartOnSiteAudit:     14,
	application.CompleteOnSiteAudit:  2,
	application.RequireRectification: 2,
	application.Certify:              14,
	application.Reject:               7,
	application.Withdraw:             7,
}

// The reasons a walk gives for the steps that take one.
const (
	returnReason   = "材料需补充 (materials to be completed)"
	rejectReason   = "不在认证范围内 (outside the scope of certification)"
	withdrawReason = "申请人撤回 (withdrawn by the applicant)"
)

// Walk returns an application of applicant a under scheme s, created on
// start, taken to state to along the shortest way the lifecycle table
// (application.Transitions) gives from Draft, each step with the inputs and
// the date the package doc's Applications section lists, and its IDs
// derived from seed ([ID]). Each step goes through the application's own
// method and guards.
//
// Errors, each a [*FieldError] matching [ErrInvalidApplication]: a scheme
// or an applicant that does not validate ("scheme", "applicant", their
// errors wrapped, so that application.ErrInvalidScheme and
// application.ErrInvalidApplicant match too); an unknown state ("to"); a
// start that is zero or outside 0001-01-02 to 9999-12-31 ("start"); a step that the
// application package refuses, such as one dated after 9999-12-31, or a
// result the scheme's scorecard cannot give (三星 exactly) ("to", the
// step's error wrapped).
func Walk(s application.Scheme, a application.Applicant, to application.State, start time.Time, seed uint64) (application.Application, error) {
	var l errs.List
	l.Wrap(ErrInvalidApplication, "scheme", s.Validate())
	l.Wrap(ErrInvalidApplication, "applicant", a.Validate())
	if !to.IsValid() {
		l.New(ErrInvalidApplication, "to", "%s is unknown", to)
	}
	l.Wrap(ErrInvalidApplication, "start", calendar.Check(start))
	if err := l.Err(); err != nil {
		return application.Application{}, err
	}
	app, err := application.New(ID(seed, "application"), a, s, start)
	if err != nil { // unreachable: New checks what was checked above
		return application.Application{}, errs.Wrap(ErrInvalidApplication, "", err)
	}
	path := shortestPath(to)
	on := start
	for i, e := range path {
		on = calendar.AddDays(on, gaps[e])
		if app, err = step(app, e, on, seed); err != nil {
			return application.Application{}, errs.Wrap(ErrInvalidApplication, "to",
				fmt.Errorf("step %d of %d to %s, %s on %s: %w", i+1, len(path), to, e, calendar.Format(on), err))
		}
	}
	return app, nil
}

// MustWalk is [Walk] for tests: it panics, naming the call, when Walk fails.
func MustWalk(s application.Scheme, a application.Applicant, to application.State, start time.Time, seed uint64) application.Application {
	app, err := Walk(s, a, to, start, seed)
	if err != nil {
		panic("certificationtest.MustWalk: " + err.Error())
	}
	return app
}

// shortestPath returns the events that lead from Draft to state to in the
// fewest steps, the earlier row of the table first among equals; nil for
// Draft.
func shortestPath(to application.State) []application.Event {
	table := application.Transitions()
	via := map[application.State]application.Transition{}
	queue := []application.State{application.Draft}
	for len(queue) > 0 {
		from := queue[0]
		queue = queue[1:]
		for _, t := range table {
			if _, seen := via[t.To]; t.From == from && !seen && t.To != application.Draft {
				via[t.To] = t
				queue = append(queue, t.To)
			}
		}
	}
	var path []application.Event
	for s := to; s != application.Draft; s = via[s].From {
		path = append(path, via[s].Event)
	}
	slices.Reverse(path)
	return path
}

// step takes event e on the date on with the inputs of the package doc's
// Applications section.
func step(app application.Application, e application.Event, on time.Time, seed uint64) (application.Application, error) {
	s := app.Scheme()
	switch e {
	case application.Submit:
		ms, err := dossier(s.Checklist, on, seed, app.Applicant().CreditCode, nil)
		if err != nil {
			return app, err
		}
		return app.Submit(on, ms)
	case application.Return:
		return app.Return(on, []string{returnReason})
	case application.Accept:
		req := fees.Request{Personnel: app.Applicant().Personnel, Sites: app.Applicant().Sites, Part: fees.Cycle}
		q, err := s.Fees.Quote(req)
		if err != nil {
			return app, err
		}
		return app.Accept(on, req, q)
	case application.StartDocumentReview:
		return app.StartDocumentReview(on)
	case application.StartOnSiteAudit:
		return app.StartOnSiteAudit(on)
	case application.CompleteOnSiteAudit:
		return app.CompleteOnSiteAudit(on, nil)
	case application.RequireRectification:
		fs, err := findings(s, on, seed)
		if err != nil {
			return app, err
		}
		return app.RequireRectification(on, fs)
	case application.Certify:
		return certify(app, s, on, seed)
	case application.Reject:
		return app.Reject(on, rejectReason)
	case application.Withdraw:
		return app.Withdraw(on, withdrawReason)
	}
	return app, fmt.Errorf("no walk takes the step %s", e) // the table's shortest ways take none other
}

// findings returns the stage 2 findings of a walk to Rectification, raised
// on the audit's last day: a major and a minor nonconformity.
func findings(s application.Scheme, on time.Time, seed uint64) ([]audit.Finding, error) {
	major, err := audit.NewFinding(ID(seed, "finding/1"), audit.Major, s.Standard, "未按计划实施内部审核 (internal audits not carried out as planned)",
		"抽查记录中无内审报告 (no internal audit report among the records sampled)", on, s.Rectification)
	if err != nil {
		return nil, err
	}
	minor, err := audit.NewFinding(ID(seed, "finding/2"), audit.Minor, s.Standard, "文件未受控 (documents not controlled)",
		"两份作业指导书无版本号 (two work instructions without a revision number)", on, s.Rectification)
	if err != nil {
		return nil, err
	}
	return []audit.Finding{major, minor}, nil
}

// certify takes the decision of a walk to Certified: on a graded scheme
// with the result of [Graded] 三星 (ThreeStar) on its scorecard, on one
// without a grade with none.
func certify(app application.Application, s application.Scheme, on time.Time, seed uint64) (application.Application, error) {
	var result audit.Result
	if !s.Scorecard.IsZero() {
		e, err := Graded(s.Scorecard, audit.ThreeStar)
		if err != nil {
			return app, err
		}
		if result, err = s.Scorecard.Score(e); err != nil {
			return app, err
		}
	}
	return app.Certify(on, result, ID(seed, "certificate"), number(on, seed))
}

// number returns the certificate number of a walk or a certificate of seed
// decided on on: "CT-<year>-<seed>".
func number(on time.Time, seed uint64) string { return fmt.Sprintf("CT-%04d-%d", on.Year(), seed) }
