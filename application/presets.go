package application

import (
	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/errs"
	"github.com/aftersales/certification/materials"
)

// The management-system presets (see "Schemes" in the package doc): each
// has no scorecard, the standard's checklist and IAF MD 5 table, the
// default fee schedule priced on that table, certificate.DefaultPolicy and
// audit.DefaultRectification.

// ISO9001Scheme returns the quality management system scheme: ISO 9001:2015
// against materials.ISO9001 and audit.QMSTimeTable, without a grade.
func ISO9001Scheme() Scheme {
	return managementSystem(materials.ISO9001(), audit.QMSTimeTable(),
		"ISO 9001:2015", "质量管理体系 (quality management system)")
}

// ISO14001Scheme returns the environmental management system scheme for a
// client of complexity c (high, medium, low or limited): ISO 14001:2015
// against materials.ISO14001 and audit.EMSTimeTable(c), without a grade.
//
// Errors: a c that is not one of the four is a [*FieldError] of kind
// [ErrInvalidScheme], field "complexity", also matching
// audit.ErrUnknownTimeTable.
func ISO14001Scheme(c audit.Complexity) (Scheme, error) {
	return byComplexity(audit.EMSTimeTable, c, materials.ISO14001(),
		"ISO 14001:2015", "环境管理体系 (environmental management system)")
}

// ISO45001Scheme returns the occupational health and safety management
// system scheme for a client of complexity c (high, medium or low): ISO
// 45001:2018 against materials.ISO45001 and audit.OHSTimeTable(c), without
// a grade.
//
// Errors: limited, or a c that is not valid, is a [*FieldError] of kind
// [ErrInvalidScheme], field "complexity", also matching
// audit.ErrUnknownTimeTable.
func ISO45001Scheme(c audit.Complexity) (Scheme, error) {
	return byComplexity(audit.OHSTimeTable, c, materials.ISO45001(),
		"ISO 45001:2018", "职业健康安全管理体系 (occupational health and safety management system)")
}

// byComplexity returns the scheme of a management-system standard whose
// time table depends on the client's complexity.
func byComplexity(table func(audit.Complexity) (audit.TimeTable, error), c audit.Complexity,
	checklist materials.Checklist, standard, scope string) (Scheme, error) {
	t, err := table(c)
	if err != nil {
		return Scheme{}, errs.Wrap(ErrInvalidScheme, "", err) // audit names the field: complexity
	}
	return managementSystem(checklist, t, standard, scope), nil
}

// managementSystem returns the scheme of a management-system standard with
// the given checklist, time table, standard and default scope.
func managementSystem(checklist materials.Checklist, table audit.TimeTable, standard, scope string) Scheme {
	schedule := fees.DefaultSchedule()
	schedule.TimeTable = table
	return Scheme{
		Checklist:     checklist,
		TimeTable:     table,
		Fees:          schedule,
		Certificate:   certificate.DefaultPolicy(),
		Rectification: audit.DefaultRectification(),
		Standard:      standard,
		Scope:         scope,
	}
}
