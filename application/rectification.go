package application

import (
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/calendar"
	"github.com/aftersales/certification/internal/errs"
)

// CompleteOnSiteAudit records the last day of a stage 2 audit that found no
// nonconformity: only observations (观察项), if anything, which are kept on
// the audit record. The decision follows (brief step 5). State: OnSiteAudit
// → PendingDecision.
//
// Errors: not in OnSiteAudit ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); a major or minor nonconformity among the findings (use
// [Application.RequireRectification]), or findings that do not fit the
// audit: raised before stage 2 began or after on, twice the same ID, not open
// ([ErrGuard]).
func (a Application) CompleteOnSiteAudit(on time.Time, observations []audit.Finding) (Application, error) {
	to, err := a.begin(CompleteOnSiteAudit, on)
	if err != nil {
		return a, err
	}
	var problems errs.List
	for _, f := range observations {
		if f.Severity().Nonconformity() {
			problems.Add(fmt.Errorf("finding %s is a %s nonconformity", f.ID(), f.Severity()))
		}
	}
	if err := problems.Err(); err != nil {
		return a, a.guard(CompleteOnSiteAudit, "findings", "nonconformities must be rectified (require rectification instead)", err)
	}
	return a.endStage2(CompleteOnSiteAudit, to, on, observations)
}

// RequireRectification records the last day of a stage 2 audit that found
// nonconformities, and the findings, each due on the date the scheme's
// rectification policy gives for the day it was raised (see "Guards" in the
// package doc). Build each finding with audit.NewFinding and
// a.Scheme().Rectification, raised on the audit's last day (the closing
// meeting). State: OnSiteAudit → Rectification.
//
// Errors: not in OnSiteAudit ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); no major or minor nonconformity among the findings
// (use [Application.CompleteOnSiteAudit]); a finding that is not open, whose
// due date is not the scheme's, raised before stage 2 began or after on, or
// with the same ID as another ([ErrGuard]).
func (a Application) RequireRectification(on time.Time, findings []audit.Finding) (Application, error) {
	to, err := a.begin(RequireRectification, on)
	if err != nil {
		return a, err
	}
	if !slices.ContainsFunc(findings, func(f audit.Finding) bool { return f.Severity().Nonconformity() }) {
		return a, a.guard(RequireRectification, "findings", "no major or minor nonconformity to rectify (complete the on-site audit instead)", nil)
	}
	return a.endStage2(RequireRectification, to, on, findings)
}

// endStage2 closes the running stage 2 audit on on with the findings.
func (a Application) endStage2(e Event, to State, on time.Time, findings []audit.Finding) (Application, error) {
	var problems errs.List
	for _, f := range findings {
		if f.Status() != audit.Open {
			problems.Add(fmt.Errorf("finding %s is %s, not open", f.ID(), f.Status()))
		}
		if f.Severity().Nonconformity() {
			if want := a.scheme.Rectification.DueOn(f.RaisedOn()); !calendar.Same(f.DueOn(), want) {
				problems.Add(fmt.Errorf("finding %s is due on %s, the scheme's policy gives %s",
					f.ID(), calendar.Format(f.DueOn()), calendar.Format(want)))
			}
		}
	}
	stage2, err := audit.NewAudit(audit.Stage2, a.stage2On, on, findings...)
	problems.Add(err)
	if err := problems.Err(); err != nil {
		return a, a.guard(e, "findings", "findings do not fit the stage 2 audit", err)
	}
	s := a.newStep(e, to, on, nil)
	s.findings = stage2.Findings()
	out := a.record(s)
	out.stage2, out.ended = stage2, true
	return out, nil
}

// SubmitRectification records the applicant's correction and corrective
// action for findings of the stage 2 audit (brief step 5): for a major, the
// evidence that it is corrected; for a minor, the action plan. Take each
// finding from [Application.Findings], apply audit.Finding.SubmitAction, and
// hand the results in; findings not handed in stay as they are. The body's
// answer (acceptance, verification, closure) is a separate step,
// [Application.ReviewRectification], so that the history says who did what.
// State: Rectification → Rectification, by the applicant.
//
// Errors: not in Rectification ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); no finding given; a finding the audit does not have,
// or whose fixed parts (severity, clause, statement, evidence, dates raised
// and due) differ; a finding with nothing new; a transition other than the
// action newly recorded (an acceptance, verification or closure: the body's
// step); a transition undone (a date recorded earlier that is gone or
// changed) or an action rewritten; a new action dated before the
// application's latest step or after on ([ErrGuard]).
func (a Application) SubmitRectification(on time.Time, updates []audit.Finding) (Application, error) {
	return a.rectify(SubmitRectification, on, updates)
}

// ReviewRectification records the certification body's review of what the
// applicant handed in for findings of the stage 2 audit (brief step 5): it
// accepts a minor's action plan (audit.Finding.Accept), verifies that a
// correction is done and effective (Verify), or closes a finding (Close).
// Take each finding from [Application.Findings], apply the transitions, and
// hand the results in; findings not handed in stay as they are. State:
// Rectification → Rectification, by the body.
//
// Errors: not in Rectification ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); no finding given; a finding the audit does not have,
// or whose fixed parts differ; a finding with nothing new; an action newly
// submitted (the applicant's step, [Application.SubmitRectification]); a
// transition undone or an action rewritten; a new transition dated before
// the application's latest step or after on ([ErrGuard]).
func (a Application) ReviewRectification(on time.Time, updates []audit.Finding) (Application, error) {
	return a.rectify(ReviewRectification, on, updates)
}

// findingDate is one transition date of a finding and the rectification
// step that may newly set it.
type findingDate struct {
	name string
	on   func(audit.Finding) time.Time
	by   Event
}

// findingDates are a finding's transition dates in lifecycle order: the
// action is the applicant's (SubmitRectification), acceptance, verification
// and closure are the body's (ReviewRectification).
var findingDates = [...]findingDate{
	{"action submitted", audit.Finding.ActionSubmittedOn, SubmitRectification},
	{"accepted", audit.Finding.AcceptedOn, ReviewRectification},
	{"verified", audit.Finding.VerifiedOn, ReviewRectification},
	{"closed", audit.Finding.ClosedOn, ReviewRectification},
}

// rectify records the rectification step e (SubmitRectification or
// ReviewRectification) with the updated findings. e decides which finding
// dates may be newly set: those findingDates gives to e; any other new date
// is refused and named. The audit takes all the updates at once
// (audit.Audit.UpdateFindings), so a step answering thousands of findings
// copies them once. The step records the updates as given, in order, so that
// replaying it takes the same updates (a finding updated twice in one step
// included).
func (a Application) rectify(e Event, on time.Time, updates []audit.Finding) (Application, error) {
	to, err := a.begin(e, on)
	if err != nil {
		return a, err
	}
	if len(updates) == 0 {
		return a, a.guard(e, "findings", "no finding given", nil)
	}
	known, problems := a.checkUpdates(e, on, updates)
	stage2, err := a.stage2.UpdateFindings(known...)
	problems.Add(err)
	if err := problems.Err(); err != nil {
		reason := "rectification cannot be recorded"
		if e == ReviewRectification {
			reason = "rectification review cannot be recorded"
		}
		return a, a.guard(e, "findings", reason, err)
	}
	s := a.newStep(e, to, on, nil)
	s.findings = slices.Clone(updates)
	out := a.record(s)
	out.stage2 = stage2
	return out, nil
}

// checkUpdates checks each update of step e against the finding it updates,
// as that finding stands after the updates before it in the list. It
// returns the updates of findings the stage 2 audit has, and the problems.
func (a Application) checkUpdates(e Event, on time.Time, updates []audit.Finding) (known []audit.Finding, problems errs.List) {
	recorded := a.stage2.Findings()
	latest := make(map[uuid.UUID]audit.Finding, len(recorded))
	for _, f := range recorded {
		latest[f.ID()] = f
	}
	last := a.LastDate()
	known = make([]audit.Finding, 0, len(updates))
	for _, u := range updates {
		old, ok := latest[u.ID()]
		switch {
		case !ok:
			problems.Add(fmt.Errorf("finding %s is not a finding of the stage 2 audit", u.ID()))
			continue
		case u.Equal(old):
			problems.Add(fmt.Errorf("finding %s: nothing new", u.ID()))
			continue
		}
		checkProgress(&problems, e, u, old, last, on)
		known = append(known, u)
		latest[u.ID()] = u
	}
	return known, problems
}

// checkProgress checks that u only adds to old transitions that step e may
// record, each dated from last to on, and leaves the recorded action as it
// was; it adds what is wrong to problems.
func checkProgress(problems *errs.List, e Event, u, old audit.Finding, last, on time.Time) {
	for _, d := range findingDates {
		nu, od := d.on(u), d.on(old)
		switch {
		case !od.IsZero() && !calendar.Equal(nu, od):
			problems.Add(fmt.Errorf("finding %s: %s on %s cannot be undone or changed",
				u.ID(), d.name, calendar.Format(od)))
		case od.IsZero() && !nu.IsZero() && d.by != e:
			problems.Add(fmt.Errorf("finding %s: %s on %s is not allowed in %s (the %s's step): the %s records it with %s",
				u.ID(), d.name, calendar.Format(nu), e, e.Actor(), d.by.Actor(), d.by))
		case od.IsZero() && !nu.IsZero() && !calendar.Within(nu, last, on):
			problems.Add(fmt.Errorf("finding %s: %s on %s, want a date from %s to %s",
				u.ID(), d.name, calendar.Format(nu), calendar.Format(last), calendar.Format(on)))
		}
	}
	if !old.ActionSubmittedOn().IsZero() && u.Action() != old.Action() {
		problems.Add(fmt.Errorf("finding %s: the action submitted on %s cannot be rewritten",
			u.ID(), calendar.Format(old.ActionSubmittedOn())))
	}
}

// unsettled returns the problems that stand in the way of a decision on day:
// a nonconformity not settled (audit.Finding.SettledOn), and a major
// settled only after the stage 2 repeat limit (not settled on the limit).
func (a Application) unsettled(day time.Time) error {
	limit := a.repeatLimit()
	var problems errs.List
	for _, f := range a.stage2.Findings() {
		switch {
		case !f.SettledOn(day):
			problems.Add(fmt.Errorf("%s finding %s (%s) is %s", f.Severity(), f.ID(), f.Clause(), f.StatusOn(day)))
		case lateMajor(f, limit):
			problems.Add(fmt.Errorf("major finding %s (%s) was verified on %s, after the stage 2 repeat limit %s",
				f.ID(), f.Clause(), calendar.Format(majorDoneOn(f)), calendar.Format(limit)))
		}
	}
	return problems.Err()
}

// repeatLimit is the last day to verify the majors of the latest stage 2
// audit before it must be repeated (audit.RectificationPolicy.VerifyMajorsBy).
func (a Application) repeatLimit() time.Time {
	return a.scheme.Rectification.VerifyMajorsBy(a.stage2.LastDay())
}

// lateMajor reports whether f is a major that was not verified (or closed)
// by limit: audit.Finding.SettledOn owns what settles a major, as
// audit.Recommend uses it.
func lateMajor(f audit.Finding, limit time.Time) bool {
	return f.Severity() == audit.Major && !f.SettledOn(limit)
}

// majorDoneOn is the day a major finding stopped blocking: verified, or
// closed when that came first. It only names the day in messages; whether a
// major is settled on a day is audit.Finding.SettledOn's to say.
func majorDoneOn(f audit.Finding) time.Time {
	v, c := f.VerifiedOn(), f.ClosedOn()
	switch {
	case v.IsZero():
		return c
	case c.IsZero():
		return v
	default:
		return calendar.Min(v, c)
	}
}

// CompleteRectification records that rectification is done on the date on
// (brief step 5), as "Guards" in the package doc says: the majors verified
// in time, the minors' plans accepted; observations never stand in the way.
// State: Rectification → PendingDecision.
//
// Errors: not in Rectification ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); a finding not settled or a major verified too late,
// each named ([ErrGuard]).
func (a Application) CompleteRectification(on time.Time) (Application, error) {
	to, err := a.begin(CompleteRectification, on)
	if err != nil {
		return a, err
	}
	if err := a.unsettled(on); err != nil {
		return a, a.guard(CompleteRectification, "", "findings are not settled", err)
	}
	return a.record(a.newStep(CompleteRectification, to, on, nil)), nil
}

// RepeatStage2 records that stage 2 must be done again because a major
// nonconformity was not verified within the scheme's limit (see "Guards" in
// the package doc). The new stage 2 begins on on; the old audit and its
// findings stay in [Application.Audits]. State: Rectification →
// OnSiteAudit.
//
// Errors: not in Rectification ([ErrInvalidTransition]); a bad date
// ([ErrInvalidDate]); on not after the limit, or every major verified by
// the limit ([ErrGuard]).
func (a Application) RepeatStage2(on time.Time) (Application, error) {
	to, err := a.begin(RepeatStage2, on)
	if err != nil {
		return a, err
	}
	limit := a.repeatLimit()
	if !calendar.After(on, limit) {
		return a, a.guard(RepeatStage2, "", fmt.Sprintf("the limit to verify majors, %s, has not passed", calendar.Format(limit)), nil)
	}
	if !slices.ContainsFunc(a.stage2.Findings(), func(f audit.Finding) bool { return lateMajor(f, limit) }) {
		return a, a.guard(RepeatStage2, "", fmt.Sprintf("every major finding was verified by %s", calendar.Format(limit)), nil)
	}
	out := a.record(a.newStep(RepeatStage2, to, on, nil))
	out.earlier = append(slices.Clip(a.earlier), a.stage2)
	out.stage2, out.ended = audit.Audit{}, false
	out.stage2On = calendar.Date(on)
	return out, nil
}
