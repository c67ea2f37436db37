package materials

// The built-in checklists. Each call returns a new checklist that the
// caller may change; the package doc's Built-in checklists section states
// what each asks for and why.

// legalAge is the age of full civil capacity (民法典 arts. 17–18), the
// built-in checklists' MinAge for a legal representative.
const legalAge = 18

// warnWithinDays is how many days before a licence or identity document
// ends the built-in checklists start warning.
const warnWithinDays = 90

// auditWithinMonths is how recent the latest internal audit and management
// review must be in the management-system checklists.
const auditWithinMonths = 12

// businessLicense is the requirement of a business licence carrying a valid
// credit code.
func businessLicense() Requirement {
	return Requirement{Kind: BusinessLicense, Reference: CheckCreditCode, WarnWithinDays: warnWithinDays}
}

// legalRepID is the requirement of the legal representative's identity
// document: a resident ID of a person of full age, or another document the
// material names.
func legalRepID() Requirement {
	return Requirement{Kind: LegalRepID, Reference: CheckResidentID,
		OtherReferences: []ReferenceCheck{CheckPassport, CheckForeignPermanentResidentID, CheckHKMacaoTravelPermit, CheckTaiwanTravelPermit},
		MinAge:          legalAge, WarnWithinDays: warnWithinDays}
}

// AfterSalesService returns the checklist of after-sales service
// certification [brief] (see the package doc's Built-in checklists
// section). It uses only built-in kinds.
func AfterSalesService() Checklist {
	return Checklist{Requirements: []Requirement{
		{Kind: ApplicationForm},
		businessLicense(),
		{Kind: OrganizationCode, Reference: CheckOrganizationCode, SatisfiedBy: []StandIn{{Kind: BusinessLicense, Reference: CheckCreditCode}}},
		legalRepID(),
		{Kind: ServiceProcessManual},
		{Kind: QualityManual},
		{Kind: FeedbackMechanism},
		{Kind: OrganizationChart},
		{Kind: ServiceOutlets},
		{Kind: TrainingRecords, Sections: []Section{Plan, Content, AssessmentResults}, LatestWithinMonths: 12},
		{Kind: SatisfactionReport, Sections: []Section{DataAnalysis, ImprovementMeasures}, YearsCovered: 2},
		{Kind: ServiceCommitment, Optional: true},
		{Kind: ComplaintRecords, Optional: true},
		{Kind: ServiceCase, Optional: true},
	}}
}

// managementSystem returns a management-system checklist: the company
// documents every application needs, then one requirement for each of the
// system's own kinds, in order, and the internal audit and management
// review records, the latest of each within auditWithinMonths.
func managementSystem(own ...KindDef) Checklist {
	c := Checklist{Requirements: []Requirement{{Kind: ApplicationForm}, businessLicense(), legalRepID(), {Kind: OrganizationChart}}}
	for _, d := range own {
		c.Kinds = append(c.Kinds, d)
		c.Requirements = append(c.Requirements, Requirement{Kind: d.Code})
	}
	for _, d := range []KindDef{
		{"internal_audit_records", "内部审核记录", "Internal audit records (audit programme and results)"},
		{"management_review_records", "管理评审记录", "Management review records (results of the reviews)"},
	} {
		c.Kinds = append(c.Kinds, d)
		c.Requirements = append(c.Requirements, Requirement{Kind: d.Code, LatestWithinMonths: auditWithinMonths})
	}
	return c
}

// ISO9001 returns the checklist of quality management system certification
// against ISO 9001:2015 (see the package doc's Built-in checklists section).
func ISO9001() Checklist {
	return managementSystem(
		KindDef{"quality_policy", "质量方针", "Quality policy"},
		KindDef{"quality_objectives", "质量目标", "Quality objectives"},
		KindDef{"qms_documented_information", "质量管理体系文件", "Documented information of the quality management system"},
	)
}

// ISO14001 returns the checklist of environmental management system
// certification against ISO 14001:2015 (see the package doc's Built-in
// checklists section).
func ISO14001() Checklist {
	return managementSystem(
		KindDef{"environmental_aspects", "环境因素识别与评价", "Environmental aspects and their significance"},
		KindDef{"compliance_obligations", "合规义务", "Compliance obligations"},
		KindDef{"environmental_monitoring_results", "环境绩效监视和测量结果", "Environmental monitoring and measurement results"},
	)
}

// ISO45001 returns the checklist of occupational health and safety
// management system certification against ISO 45001:2018 (see the package
// doc's Built-in checklists section).
func ISO45001() Checklist {
	return managementSystem(
		KindDef{"ohs_risk_assessment", "危险源辨识和职业健康安全风险评价", "Hazard identification and OH&S risk assessment"},
		KindDef{"ohs_legal_requirements", "适用的法律法规和其他要求", "Legal and other requirements"},
		KindDef{"ohs_monitoring_results", "职业健康安全绩效监视和测量结果", "OH&S monitoring and measurement results"},
	)
}
