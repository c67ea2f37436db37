// Package fees is money, a certification body's fee schedule, and quotes
// that price a certification line by line, with VAT, for the initial
// certification, one surveillance, a recertification or the whole
// three-year cycle. The rules are those of shared/DOMAIN.md §7, from the
// project brief [brief] and the after-sales evaluation committee's schedule
// [committee]; amounts in Chinese capitals follow the payment settlement
// rules [PBOC].
//
// # Money
//
// [Money] is an exact amount in one ISO 4217 currency, held as a whole
// number of the currency's minor units (fen for CNY), so it always has
// exactly the currency's decimal places (two for CNY, none for JPY) and its
// absolute value is below 10^15 major units. It is built from a strict
// decimal string ([NewMoney]: sign, digits, one point, bounded places, no
// exponent — checked before any decimal parsing) or from minor units
// ([MoneyFromMinor]), never from a float. Arithmetic refuses to mix
// currencies ([ErrCurrencyMismatch]) and reports overflow
// ([ErrAmountTooLarge]). The zero Money is "nothing, in no currency": it
// adds to any Money and is how a [Request] says "no travel". Money prints
// as "30210.00 CNY" and is JSON {"amount":"30210.00","currency":"CNY"}.
//
// # Schedules and quotes
//
// A [Schedule] holds a body's prices: application fee, audit fee per
// person-day, registration and certificate fee, annual fee, extra
// certificate copy, the VAT rate and whether the prices include VAT, and
// the [audit.TimeTable] that turns effective personnel into person-days.
// [DefaultSchedule] is the committee's (CNY, before VAT): application 1000,
// 3000 a person-day, registration and certificate 2000, annual fee 2000 a
// year, extra copy 100, 6 % VAT added on top, priced on
// [audit.AfterSalesTimeTable]. Schedules compare with [Schedule.Equal]
// (prices by [Money.Equal], the VAT rate by value, time tables by
// [audit.TimeTable.Equal]); a Schedule is not comparable with ==, and
// reflect.DeepEqual would compare the VAT rate's representation (0.06 and
// 0.060 differ) instead of its value.
//
// [Schedule.Quote] prices a [Request]. A cycle is, per shared/DOMAIN.md §7:
// year 1 application + initial audit (initial person-days × rate) +
// registration + annual fee; years 2 and 3 a surveillance audit
// (surveillance person-days × rate) + annual fee each. A recertification
// opens the next cycle and is quoted on its own: recertification
// person-days × rate, registration again and the annual fee of its year, no
// application fee (the annual fee is this package's reading: the committee
// charges it every year of a certificate). Extra copies, travel at cost
// and a percentage discount (not applied to travel) follow. For the
// brief's case — 120 effective personnel, one site, the whole cycle — the
// quote is 52 500.00 net, 3 150.00 VAT, 55 650.00 in total
// (人民币伍万伍仟陆佰伍拾元整).
//
// # Rounding
//
// Every rounding is half up, that is half away from zero (0.005 → 0.01,
// −0.005 → −0.01), to the currency's minor unit, and happens once at a
// stated point:
//
//   - a line's Amount is Quantity × UnitPrice rounded once; with the
//     committee's prices and half-day person-days every line is exact;
//   - the discount is Discount % of the sum of the other lines except travel,
//     rounded once and written as one negative line;
//   - VAT is rounded once, on the whole quote (shared/DOMAIN.md §7: "VAT is
//     computed once on the net total and rounded to 0.01 half up; lines are
//     exact to 0.01").
//
// Sums are exact: the lines add up to the net (or, when prices include VAT,
// to the total), and Net + VAT = Total, to the fen. Person-days come from
// the audit package, already rounded to half days (shared/DOMAIN.md §3).
//
// # VAT
//
// A schedule states its VAT rate (6 % for general taxpayers, 3 % for
// small-scale ones [brief]) and whether its prices include it. When they do
// not (the default), VAT = Net × rate, rounded half up, and Total = Net +
// VAT. When they do, the lines are gross amounts: Total is their sum, VAT is
// the tax contained in it, Total × rate / (1 + rate) rounded half up, and
// Net = Total − VAT, so that Net + VAT = Total holds in both cases and Net
// always means "before VAT". [Quote.VATIncluded] says which applies.
//
// # Chinese capitals
//
// [Money.Uppercase] writes a CNY amount as cheques and invoices do, per the
// payment settlement rules (支付结算办法, 附件一) [PBOC]: 人民币 first, then
// 零壹贰叁肆伍陆柒捌玖 with 拾佰仟万亿 and 元角分, 整 when there are no jiao
// and fen, one 零 for a run of zeros, 壹拾 for a tens digit leading a group;
// where the rules allow a 零 or not, the 零 is written (1680.32 →
// 人民币壹仟陆佰捌拾元零叁角贰分).
//
// # Errors
//
// Every error is a sentinel matched with errors.Is, wrapped with the bad
// input and the rule; messages start with "fees: ". Money: [ErrInvalidAmount],
// [ErrUnknownCurrency], [ErrAmountTooLarge], [ErrCurrencyMismatch],
// [ErrUppercase]. Schedules: [ErrInvalidSchedule], one per problem, naming
// the field by its JSON name. Quotes: [ErrInvalidRequest] for each problem
// of a request (also [audit.ErrInvalidPersonnel] for personnel below 1,
// [ErrUnknownPart], [ErrCurrencyMismatch] for travel in another currency),
// the audit package's errors as they are ([audit.ErrBeyondTable],
// [audit.ErrReductionCap], …), and [ErrInvalidQuote] for a quote that does
// not add up. Validation reports every problem at once (errors.Join).
//
// JSON decoding is strict (unknown fields, duplicate keys, a number where a
// string is expected, exponents, absurd sizes and trailing data are errors
// that name the field) and validates exactly as the constructors do, so a
// decoded Money, Schedule or Quote is always valid; on error the receiver is
// unchanged. A [Request] (what a sales tool receives from a web form) is
// {"personnel":120,"sites":1,"adjustments":[{"reason":"…","percent":"-10"}],
// "part":"cycle","travel":{"amount":"1800.00","currency":"CNY"},"discount":"5",
// "extra_copies":0}, with personnel and part required and the rest optional;
// decoding applies [Request.Validate], the checks [Schedule.Quote] makes that
// need no schedule, and leaves the travel currency and the time table's
// limits on adjustments to Quote.
//
// # Concurrency
//
// The package does no I/O and keeps no mutable state. Money is an immutable
// value; a Schedule, Request or Quote is a plain value whose methods do not
// modify it, safe for concurrent use as long as no one writes to it.
package fees
