// Package fees is money, a certification body's fee schedule, and quotes
// that price a certification line by line, with VAT, for the initial
// certification, one surveillance, a recertification or the whole
// three-year cycle. The fees are the four kinds the project brief names
// [brief] — the application fee (几千元至上万元), the audit fee (by size,
// location and audit time), the certificate fee (几百元至几千元) and the
// upkeep (yearly surveillance audits, the recertification) — priced on the
// after-sales evaluation committee's schedule [committee]; amounts in
// Chinese capitals follow the payment settlement rules [PBOC].
//
// # Money
//
// [Money] is an exact amount in one ISO 4217 currency, held as a whole
// number of the currency's minor units (fen for CNY), so it always has
// exactly the currency's decimal places (two for CNY, none for JPY) and its
// absolute value is below 10^15 major units. It is built from a strict
// decimal string ([NewMoney]: sign, digits, one point, bounded places, no
// exponent — checked before any decimal parsing) or from minor units
// ([MoneyFromMinor]), never from a float. Every operation is exact or fails:
// Add, Sub and Mul return the exact result (Mul rounded once, see
// # Rounding) or [ErrAmountTooLarge] when it is out of bounds, never a
// wrapped value, and refuse to mix currencies ([ErrCurrencyMismatch]). The
// zero Money is "nothing, in no currency": it adds to any Money and is how
// a [Request] says "no travel". Money prints as "30210.00 CNY" and is JSON
// {"amount":"30210.00","currency":"CNY"}.
//
// # Schedules and quotes
//
// A [Schedule] holds a body's prices: application fee, audit fee per
// person-day, registration and certificate fee, annual fee, extra
// certificate copy, the VAT rate and whether the prices include VAT, and
// the [audit.TimeTable] that turns effective personnel into person-days.
// [DefaultSchedule] is the committee's [committee] (CNY, before VAT):
// application 1000, 3000 a person-day, registration and certificate 2000,
// annual fee 2000 a year, extra copy 100, 6 % VAT added on top, priced on
// [audit.AfterSalesTimeTable]. Schedules compare with [Schedule.Equal]
// (prices by [Money.Equal], the VAT rate by value, time tables by
// [audit.TimeTable.Equal]); a Schedule is not comparable with ==, and
// reflect.DeepEqual would compare the VAT rate's representation (0.06 and
// 0.060 differ) instead of its value.
//
// [Schedule.Quote] prices a [Request]. Its lines are, in this order
// [committee]:
//
//   - Initial, year 1: application, initial audit (initial person-days ×
//     rate), registration and certificate, annual fee;
//   - Surveillance, labelled year 2 (year 3 is priced the same): a
//     surveillance audit (surveillance person-days × rate) and the annual
//     fee;
//   - Recertification, year 1 of the cycle it opens, quoted on its own: a
//     recertification audit (recertification person-days × rate),
//     registration and certificate again, and the annual fee of its year; no
//     application fee (the annual fee is this package's reading: the
//     committee charges it every year of a certificate);
//   - Cycle: the initial year, then a surveillance audit and the annual fee
//     in each of years 2 and 3;
//
// then, where the request asks for them, extra certificate copies (in the
// first year of the quote), travel and lodging at cost from the caller's
// estimate (year 0) and a percentage discount (year 0), a negative line of
// Discount % of every line but travel. Person-days come from the time
// table, already rounded to half days ([audit.TimeTable.MultiSiteEffort]).
// For the brief's case — 120 effective personnel, one site, the whole
// cycle — the quote is 52 500.00 net, 3 150.00 VAT, 55 650.00 in total
// (人民币伍万伍仟陆佰伍拾元整).
//
// A request has at most [MaxSites] sites and [MaxExtraCopies] extra copies
// (this package's limits), so that every figure of its quote, the
// person-days of a million sites on any time table included, stays within
// what the quote's JSON form holds; more is [ErrInvalidRequest].
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
//   - VAT is computed once, on the whole quote, and rounded once [brief].
//
// Sums are exact: the lines add up to the net (or, when prices include VAT,
// to the total), and Net + VAT = Total, to the fen.
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
// # Quotes as data
//
// A [Quote] is valid ([Quote.Validate]) when [Schedule.Quote] could have
// returned it for some schedule and request; decoding accepts nothing else.
// Its lines are those of its part in their order and years, then at most one
// extra-copy, one travel and one discount line; every fee and travel line
// has quantity 1, every audit line the effort's figure for it and the same
// person-day rate, every annual-fee line the same price; extra copies are a
// whole number from 1 to [MaxExtraCopies]; travel is positive and no price
// is negative; the discount is a fraction from −1 to below 0 of exactly the
// lines it discounts; each line's amount and basis are the ones its
// quantity and unit price give; the effort states its basis; and the lines,
// the net, the VAT and the total are added up and rounded with the same
// arithmetic as Schedule.Quote, so a sum that Schedule.Quote could not form
// is refused as well. Figures from the caller's time table (the effort
// itself) are taken as they are.
//
// # Chinese capitals
//
// [Money.Uppercase] writes a CNY amount as cheques and invoices do, by the
// payment settlement rules (支付结算办法, 附件一) [PBOC]:
//
//   - 人民币 first, then the digits 零壹贰叁肆伍陆柒捌玖 with the units 拾佰仟,
//     万亿 and 元角分; an amount below one yuan has no 元 (0.05 → 人民币伍分),
//     and zero is 人民币零元整;
//   - 整 after 元 when there are no jiao and no fen; none after 角 (1409.50 →
//     人民币壹仟肆佰零玖元伍角), and never after 分;
//   - a zero between non-zero digits is written 零, a run of zeros one 零
//     (6007.14 → 人民币陆仟零柒元壹角肆分), and a zero at 角 before a
//     non-zero 分 takes a 零 after 元 (16409.02 → 人民币壹万陆仟肆佰零玖元零贰分,
//     325.04 → 人民币叁佰贰拾伍元零肆分);
//   - a tens digit leading a group is 壹拾 (16 → 人民币壹拾陆元整);
//   - where a zero stands at 元 before a non-zero 角, or at 万 (亿) before a
//     non-zero 千 (千万), after a non-zero digit, the rules allow one 零 or
//     none and print two forms. Uppercase writes the first: a lone optional
//     zero is written (1680.32 → 人民币壹仟陆佰捌拾元零叁角贰分, 107000.00 →
//     人民币壹拾万零柒仟元整), and where there are several only one 零, the
//     last, which is the one before 角 when there is one there (107000.53 →
//     人民币壹拾万柒仟元零伍角叁分). [Money.UppercaseAlternative] writes the
//     other: no 零 for a lone optional zero (1680.32 →
//     人民币壹仟陆佰捌拾元叁角贰分, 107000.00 → 人民币壹拾万柒仟元整), and where
//     there are several only the first (107000.53 →
//     人民币壹拾万零柒仟元伍角叁分). The rules print examples with zeros at 万
//     and 元 only; the same choice at 亿 and 万 (10 亿 and more) is this
//     package's reading.
//
// Negative amounts, other currencies and amounts of 1 万亿 or more cannot
// be written.
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
// [audit.ErrReductionCap], …), and [ErrInvalidQuote] for a quote that
// Schedule.Quote could not have returned. Validation reports every problem
// at once (errors.Join).
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
