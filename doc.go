// Package certification is the overview of a rules kernel for certification
// as a certification body (CB) runs it. It holds no code of its own; the work
// is done by its packages.
//
// Its first and fullest scheme is China's after-sales service certification
// (售后服务体系认证), graded against GB/T 27922-2011 商品售后服务评价体系. Every
// rule is data that a caller can replace, so a CB can run other schemes the
// ISO/IEC 17021-1 way on the same code.
//
// # Packages
//
//   - materials: what an applicant hands in (认证申请书, 营业执照, 售后服务流程手册,
//     满意度调查报告 …), checked against a checklist on a given date (the
//     after-sales checklist, the documented information of ISO 9001, 14001
//     and 45001, or a CB's own with kinds of material of its own), with the
//     identifier checks for the unified social credit code (GB 32100-2015), the
//     organisation code (GB 11714-1997), the resident ID (GB 11643-1999) and
//     the legal representative's other identity documents.
//   - audit: audit time in person-days from a time table (the after-sales
//     committee's table, or IAF MD 5's QMS, EMS and OH&S tables), integrated
//     audit time for several management systems (IAF MD 11), multi-site
//     sampling (IAF MD 1), scoring against the GB/T 27922 indicators and the
//     grade (达标, 三星, 四星, 五星), findings with their rectification, and
//     the decision's recommendation, graded or on findings alone.
//   - fees: decimal money, a CB's fee schedule and line-by-line quotes with VAT
//     for the initial certification, surveillance, recertification or the whole
//     three-year cycle, bundles of several certifications for one client and
//     lines of the caller's own, and amounts in Chinese capitals (人民币…元整).
//   - quotation: the quotation a certification body sends (报价单): a number,
//     the customer with its checked credit code, the issue date and the last
//     valid day, per-year subtotals and the total in capitals; several
//     options for one customer compared line by line; a bilingual text table
//     and a printable HTML page, written to the caller's io.Writer.
//   - certificate: issuing a certificate and knowing, for any date, whether it is
//     valid, what is due next and what follows a missed surveillance: suspension,
//     withdrawal, cancellation, expiry and recertification.
//   - application: one applicant's way from draft to certificate, as a checked
//     state table with a full history, and the Scheme that binds all the rules
//     (after-sales service, graded; ISO 9001, ISO 14001 and ISO 45001, without
//     a grade).
//   - certificationtest: a testing kit for those who unit-test their own
//     certification rules, as net/http/httptest is for HTTP handlers: valid
//     credit codes, organisation codes and resident IDs (check characters
//     computed per GB 32100, GB 11714 and GB 11643), a dossier a checklist
//     finds complete on a date and named ways to break it, an evaluation
//     worth a given score or grade, an application walked to any state of
//     the lifecycle, and a certificate in any status on a date; all
//     deterministic, from a date and a seed.
//
// Imports point one way: materials and audit depend only on internal
// packages; certificate uses audit (the grade) and materials (the
// credit-code check); fees uses audit (the price follows the audit time);
// quotation uses fees, audit (the audit time it shows) and materials (the
// customer's credit code); application uses materials, audit, fees and
// certificate; of the library only certificationtest imports application,
// and nothing but tests imports certificationtest.
//
// # The default scheme
//
// The defaults follow the after-sales certification as CBs in China run it:
// the checklist of materials from the brief, the committee's person-day table
// and fee schedule (application 1000 yuan, 3000 yuan a person-day,
// registration and certificate 2000, annual fee 2000, 6 % VAT), the GB/T 27922
// scorecard with thresholds 70/80/90/95, 30 days to rectify, and a three-year
// certificate with two yearly surveillance audits.
//
// # Purity
//
// The library does no I/O: no files, network, environment, clock, randomness,
// logging or printing. Callers pass the date ("asOf", "on") and the IDs
// (uuid.UUID); a zero date or uuid.Nil is an error, never "today" or a fresh
// ID. Money is decimal (github.com/shopspring/decimal), never floating point.
// Every exported value is safe for concurrent use once built, and every
// operation that "changes" a value returns a new one and leaves the old one as
// it was, also when it fails.
//
// # Sources
//
// Every rule names its source, in the package documentation and in the
// rules reference (RULES.md in the repository): by tag for the sources
// below, by name for a standard or law cited directly (GB 32100-2015, ISO
// 9001:2015, 民法典), as CB practice where the rule is what certification
// bodies do, and as this library's own where it is a convention of the
// library. The tags:
//
//   - [brief]: the project brief, an article on applying for after-sales
//     service system certification in Shanghai (the process, the materials
//     and the fees).
//   - [17021]: ISO/IEC 17021-1:2015, Conformity assessment — Requirements for
//     bodies providing audit and certification of management systems — Part
//     1: Requirements (second edition, 2015), as accreditation bodies and
//     certification bodies restate it.
//   - [MD5]: IAF MD 5:2019, Determination of Audit Time of Quality,
//     Environmental, and Occupational Health & Safety Management Systems,
//     Issue 4 (issued 2019, applied from 2020-05-07); adopted in China as
//     CNAS-CC105:2020.
//   - [MD1]: IAF MD 1:2018, Audit and Certification of a Management System
//     Operated by a Multi-Site Organization, Issue 2 (2018).
//   - [MD11]: IAF MD 11:2013, Application of ISO/IEC 17021 for Audits of
//     Integrated Management Systems, Issue 1, Version 3 (2013; the 2019 issue
//     was withdrawn before it applied).
//   - [27922]: GB/T 27922-2011, 商品售后服务评价体系 (Evaluation system of
//     after-sales service for commodities), in force from 2012-02-01 in place
//     of SB/T 10401-2006, as certification bodies restate it.
//   - [committee]: 商品售后服务评价体系认证收费标准及人日数对照表（试行）, the fee and
//     person-day schedule of the national after-sales service evaluation
//     committee (trial edition).
//   - [CNCA]: the rules of the Certification and Accreditation
//     Administration of China: 质量管理体系认证规则 (CNCA announcement 2025
//     No. 16, in force from 2026-01-01, "CNCA 2026"), the announcement on the
//     management of certification rules (2025 No. 9), and the earlier
//     practice they replace.
//   - [PBOC]: 支付结算办法 (Payment and Settlement Measures, People's Bank of
//     China, 1997), Annex 1, 正确填写票据和结算凭证的基本规定 (the rules for
//     writing amounts on instruments and vouchers).
//
// Where sources differ, the package documentation says which default was
// chosen, and every default is data a caller can replace.
package certification
