// Package audit works out audit time, scores an audit and grades it, and
// tracks what the audit found until it is fixed. Every rule is data that a
// caller can replace: the time table, the scorecard and its thresholds, the
// rectification policy.
//
// Rule sources are tagged as in the project's domain notes (shared/DOMAIN.md):
// [committee] is the fee and person-day schedule of the national after-sales
// service evaluation committee; [MD5] is IAF MD 5 (audit time); [MD1] is
// IAF MD 1 (multi-site); [27922] is GB/T 27922-2011; [17021] is
// ISO/IEC 17021-1:2015; [CNCA] are the rules of China's certification
// regulator.
//
// # Audit kinds
//
// A [Kind] names an audit in the certification cycle [17021]: [Stage1] (document
// review), [Stage2] (on site, scored), [Surveillance] (yearly),
// [Recertification] and [Special]. Codes, Chinese and English names are
// stable; JSON uses the codes and rejects unknown ones.
//
// # Audit time
//
// Audit time is counted in person-days of 8 hours [MD5]. A [TimeTable] maps
// effective personnel to person-days in bands.
//
// # Sampling
//
// Multi-site sampling follows IAF MD 1 [MD1].
package audit
