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
//     满意度调查报告 …), checked against a checklist on a given date, with the
//     identifier checks for the unified social credit code (GB 32100-2015), the
//     organisation code (GB 11714-1997) and the resident ID (GB 11643-1999).
//   - audit: audit time in person-days from a time table (the after-sales
//     committee's table, or IAF MD 5 for QMS), multi-site sampling (IAF MD 1),
//     scoring against the GB/T 27922 indicators and the grade (达标, 三星, 四星,
//     五星), and findings with their rectification.
//   - fees: decimal money, a CB's fee schedule and line-by-line quotes with VAT
//     for the initial certification, surveillance, recertification or the whole
//     three-year cycle, and amounts in Chinese capitals (人民币…元整).
//   - certificate: issuing a certificate and knowing, for any date, whether it is
//     valid, what is due next and what follows a missed surveillance: suspension,
//     withdrawal, cancellation, expiry and recertification.
//   - application: one applicant's way from draft to certificate, as a checked
//     state table with a full history, and the Scheme that binds all the rules.
//
// Imports point one way: materials and audit depend only on internal packages;
// certificate uses audit (the grade) and materials (the credit-code check);
// fees uses audit (the price follows the audit time); application uses them
// all and nothing imports it.
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
// Each rule names where it comes from: the project brief on applying for
// after-sales service certification in Shanghai; ISO/IEC 17021-1:2015; IAF MD 5
// (audit time) and IAF MD 1 (multi-site sampling); GB/T 27922-2011 as restated
// by CBs; the national after-sales service evaluation committee's fee and
// person-day schedule; the rules of China's certification regulator (CNCA);
// and the People's Bank of China rules on writing amounts. Where sources
// differ, the package documentation says which default was chosen.
package certification
