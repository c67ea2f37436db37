package application

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/internal/jsonx"
)

// schemeWire is a Scheme on the wire. Every field but Body is required; each
// part is kept raw and handed to the part's own decoder.
type schemeWire struct {
	Checklist     json.RawMessage `json:"checklist"`
	TimeTable     json.RawMessage `json:"time_table"`
	Scorecard     json.RawMessage `json:"scorecard"`
	Fees          json.RawMessage `json:"fees"`
	Certificate   json.RawMessage `json:"certificate"`
	Rectification json.RawMessage `json:"rectification"`
	Standard      *string         `json:"standard"`
	Scope         *string         `json:"scope"`
	Body          string          `json:"body,omitempty"`
}

// Equal reports whether s and o are the same scheme: checklists equal by
// materials.Checklist.Equal, time tables by audit.TimeTable.Equal,
// scorecards by audit.Scorecard.Equal, fee schedules by fees.Schedule.Equal,
// the same certificate and rectification policies, and the same standard,
// scope and body.
func (s Scheme) Equal(o Scheme) bool {
	return s.Checklist.Equal(o.Checklist) &&
		s.TimeTable.Equal(o.TimeTable) &&
		s.Scorecard.Equal(o.Scorecard) &&
		s.Fees.Equal(o.Fees) &&
		s.Certificate == o.Certificate &&
		s.Rectification == o.Rectification &&
		s.Standard == o.Standard &&
		s.Scope == o.Scope &&
		s.Body == o.Body
}

// MarshalJSON writes s as an object with one snake_case field per part, each
// written by the part's own MarshalJSON:
//
//	{"checklist":[{"kind":"application_form"},…],
//	 "time_table":"after_sales",
//	 "scorecard":"gbt27922",
//	 "fees":{"currency":"CNY",…,"time_table":"after_sales"},
//	 "certificate":{"validity_years":3,…},
//	 "rectification":{"response_days":30,"repeat_stage2_months":6},
//	 "standard":"GB/T 27922-2011",
//	 "scope":"商品售后服务 (after-sales service of goods)",
//	 "body":"上海某认证有限公司"}
//
// "body" is written only when Body is given (not "").
// The time table and the scorecard are written by name when they equal a
// built-in one (audit.TimeTableByName, audit.ScorecardByName), else in full;
// the fee schedule carries its time table too, as fees.Schedule.MarshalJSON
// writes it. A scheme that fails [Scheme.Validate] is an error, so that what
// is written can always be read back.
func (s Scheme) MarshalJSON() ([]byte, error) {
	if err := s.Validate(); err != nil {
		return nil, err
	}
	var w schemeWire
	var errs []error
	part := func(name string, dst *json.RawMessage, m json.Marshaler) {
		b, err := m.MarshalJSON()
		if err != nil {
			errs = append(errs, fmt.Errorf("%w: %s: %w", ErrInvalidScheme, name, err))
			return
		}
		*dst = b
	}
	part("checklist", &w.Checklist, s.Checklist)
	if builtin, err := audit.TimeTableByName(s.TimeTable.Name()); err == nil && builtin.Equal(s.TimeTable) {
		w.TimeTable = json.RawMessage(strconv.Quote(s.TimeTable.Name()))
	} else {
		part("time_table", &w.TimeTable, s.TimeTable)
	}
	if builtin, err := audit.ScorecardByName(audit.GBT27922Name); err == nil && builtin.Equal(s.Scorecard) {
		w.Scorecard = json.RawMessage(strconv.Quote(audit.GBT27922Name))
	} else {
		part("scorecard", &w.Scorecard, s.Scorecard)
	}
	part("fees", &w.Fees, s.Fees)
	part("certificate", &w.Certificate, s.Certificate)
	part("rectification", &w.Rectification, s.Rectification)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	w.Standard, w.Scope, w.Body = &s.Standard, &s.Scope, s.Body
	return json.Marshal(w)
}

// UnmarshalJSON reads what [Scheme.MarshalJSON] writes, strictly (unknown
// fields, repeated keys at any depth, wrong types and trailing data are
// errors), every field required but "body", which when missing, null or ""
// leaves Body empty: not given. Each part is decoded by its own
// UnmarshalJSON, which checks it as that part's constructor or validator
// does: the checklist by materials.Checklist.UnmarshalJSON, the time table
// by audit.TimeTable.UnmarshalJSON (a built-in's name, such as "after_sales"
// or "qms", or a whole table), the scorecard by
// audit.Scorecard.UnmarshalJSON ("gbt27922" or a whole card), the fee
// schedule by fees.Schedule.UnmarshalJSON, the certificate policy by
// certificate.Policy.UnmarshalJSON and the rectification policy by
// audit.RectificationPolicy.UnmarshalJSON. The whole is then checked with
// [Scheme.Validate], so that JSON never yields a scheme Validate refuses:
// in particular the fee schedule's time table must equal the scheme's.
//
// Every error matches [ErrInvalidScheme], names the field by its JSON name
// and wraps the part's error, as in "application: invalid scheme: fees:
// fees: invalid schedule: vat_rate: …" (so that fees.ErrInvalidSchedule
// matches too); the problems of every part are reported together. On error s
// is unchanged.
func (s *Scheme) UnmarshalJSON(data []byte) error {
	var w schemeWire
	if err := jsonx.Decode(data, &w); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidScheme, err)
	}
	var v Scheme
	var errs []error
	part := func(name string, raw json.RawMessage, dst json.Unmarshaler) {
		if raw == nil {
			errs = append(errs, fmt.Errorf("%w: %s: missing", ErrInvalidScheme, name))
		} else if err := dst.UnmarshalJSON(raw); err != nil {
			errs = append(errs, fmt.Errorf("%w: %s: %w", ErrInvalidScheme, name, err))
		}
	}
	part("checklist", w.Checklist, &v.Checklist)
	part("time_table", w.TimeTable, &v.TimeTable)
	part("scorecard", w.Scorecard, &v.Scorecard)
	part("fees", w.Fees, &v.Fees)
	part("certificate", w.Certificate, &v.Certificate)
	part("rectification", w.Rectification, &v.Rectification)
	for _, f := range []struct {
		name string
		src  *string
		dst  *string
	}{{"standard", w.Standard, &v.Standard}, {"scope", w.Scope, &v.Scope}} {
		if f.src == nil {
			errs = append(errs, fmt.Errorf("%w: %s: missing", ErrInvalidScheme, f.name))
			continue
		}
		*f.dst = *f.src
	}
	v.Body = w.Body
	if len(errs) > 0 {
		return errors.Join(errs...)
	}
	if err := v.Validate(); err != nil {
		return err
	}
	*s = v
	return nil
}
