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
// [Money] is an exact amount in one ISO 4217 currency of [Currencies], held
// as a whole number of the currency's minor units (fen for CNY), so it
// always has exactly the currency's decimal places (two for CNY, none for
// JPY and KRW, three for KWD, BHD and OMR) and its absolute value is below
// 10^15 major units. It is built from text ([NewMoney]) or from minor units
// ([MoneyFromMinor]), never from a float. Text is a plain decimal, the one
// grammar of the module's decimals: an optional minus, digits, and
// optionally a point and digits ("30210", "30210.00", "-12.5"); no plus
// sign, exponent, spaces, separators or symbols, at most 64 characters;
// places are counted by value, so "1.000" is 1.00 CNY.
//
// Every operation is exact or fails: Add, Sub and Mul return the exact
// result (Mul rounded once, see # Rounding) or [ErrAmountTooLarge] when it is
// out of bounds, never a wrapped value, and refuse to mix currencies
// ([ErrCurrencyMismatch]). The zero Money is "nothing, in no currency": it
// adds to any Money and is how a [Request] says "no travel". Money prints as
// "30210.00 CNY" ([Money.String]).
//
// # Display
//
// Tables and totals show money grouped in thousands with a comma, with
// exactly the currency's places and the minus sign first: [Money.Grouped]
// writes "55,650.00", [Money.WithSymbol] "¥55,650.00" and [Money.WithCode]
// "CNY 55,650.00"; −1234.5 CNY is "-1,234.50", "-¥1,234.50" and
// "-CNY 1,234.50"; 1200 JPY is "JP¥1,200" and 1234.567 KWD "KWD 1,234.567".
// Symbols are those of Chinese documents, unambiguous among the package's
// currencies: ¥ is CNY, JP¥ JPY, US$ USD, HK$ HKD, NT$ TWD, MOP$ MOP, S$
// SGD, € EUR, £ GBP, ₩ KRW; a currency without one (KWD, BHD, OMR) is
// written with its code. The bases of quote lines write amounts plainly
// ("3000.00"), as String does without the code.
//
// # Schedules
//
// A [Schedule] holds a body's prices: application fee, audit fee per
// person-day, registration and certificate fee, annual fee, extra
// certificate copy, the VAT rate and whether the prices include VAT, and
// the [audit.TimeTable] that turns effective personnel into person-days.
// [DefaultSchedule] is the committee's [committee] (CNY, before VAT):
// application 1000, 3000 a person-day, registration and certificate 2000,
// annual fee 2000 a year, extra copy 100, 6 % VAT added on top, priced on
// [audit.AfterSalesTimeTable]. A valid schedule has a currency of
// [Currencies], every price in it and none negative (a free item is 0.00,
// not the zero Money), and a VAT rate from 0 to below 1 with at most 10
// decimal places. Schedules compare with [Schedule.Equal] (the VAT rate by
// value: 0.06 equals 0.060), not with ==.
//
// A Schedule is a plain value that anyone may change, so [Schedule.Quote]
// checks it on every call. A [Quoter] is a schedule checked once
// ([NewQuoter]) and kept as an immutable value: a service that quotes many
// requests on one schedule builds one Quoter and reuses it.
//
// # Requests
//
// A [Request] asks for a part of a certification for effective personnel
// (at least 1) on a number of sites (0 is read as 1, the head office; at
// most [MaxSites]), with adjustments to the audit time (each with its
// reason, [audit.Adjustment]), extra certificate copies (at most
// [MaxExtraCopies]), travel and lodging at cost (the caller's estimate, not
// negative, in the schedule's currency) and a discount in percent (0 to 100,
// at most 10 decimal places). The limits are this package's, so that every
// figure of a quote, the person-days of a million sites on any time table
// included, stays within what the quote's JSON form holds. What a time
// table refuses (personnel beyond it, a reduction past its cap) is a
// problem of the request too.
//
// # Quotes
//
// [Schedule.Quote] and [Quoter.Quote] price a request. The lines of a quote
// are, in this order [committee]:
//
//   - Initial, year 1: application, initial audit, registration and
//     certificate, annual fee;
//   - Surveillance, labelled year 2 (year 3 is priced the same): a
//     surveillance audit and the annual fee;
//   - Recertification, year 1 of the cycle it opens, quoted on its own: a
//     recertification audit, registration and certificate again, and the
//     annual fee of its year; no application fee (the annual fee is this
//     package's reading: the committee charges it every year of a
//     certificate);
//   - Cycle: the initial year, then a surveillance audit and the annual fee
//     in each of years 2 and 3;
//
// then, where the request asks for them, extra certificate copies (in the
// first year of the quote), travel and lodging at cost (year 0) and the
// discount (year 0): Discount % of every line but travel, as one negative
// line. Audit lines are priced on the person-days of the time table's
// [audit.TimeTable.MultiSiteEffort], already rounded to half days. For the
// brief's case — 120 effective personnel, one site, the whole cycle — the
// quote is 52 500.00 net, 3 150.00 VAT, 55 650.00 in total
// (人民币伍万伍仟陆佰伍拾元整).
//
// # Lines
//
// A [Line] keeps its data: quantity, [Unit] and unit price, and the amount
// they come to. Each item has its unit: the application fee one
// application, audits person-days, registration and the certificate one
// certificate, the annual fee one year, extra copies copies, travel one
// amount at cost, the discount a percentage (quantity −5 for 5 %, unit
// price the sum it is taken from). The basis, the line's explanation, is
// derived from the data when asked for, in Chinese ([Line.ChineseBasis]:
// "8.5 人日 × 3000.00", "实报实销，预估 1800.00", "52500.00 的 5 %") or
// in English ([Line.EnglishBasis]: "8.5 person-days × 3000.00", "1
// person-day × 3000.00", "at cost, caller's estimate: 1800.00", "5 % of
// 52500.00"); a unit's English name takes the plural for any quantity but
// exactly 1.
//
// # Rounding
//
// Every rounding is half up, that is half away from zero (0.005 → 0.01,
// −0.005 → −0.01), to the currency's minor unit, and happens once at a
// stated point:
//
//   - a line's Amount is Quantity × UnitPrice (Quantity % of it for the
//     discount) rounded once; with the committee's prices and half-day
//     person-days every line but the discount is exact;
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
// extra-copy, one travel and one discount line; each line has its item's
// unit; every fee and travel line has quantity 1, every audit line the
// effort's figure for it and the same person-day rate, every annual-fee line
// the same price; extra copies are a whole number from 1 to
// [MaxExtraCopies]; travel is positive and no price is negative; the
// discount is from −100 to below 0 percent, with at most 10 decimal places,
// of exactly the lines it discounts; each amount is the one its quantity,
// unit and unit price give; the effort is valid and states its basis; and
// the lines, the net, the VAT and the total are added up and rounded with
// the same arithmetic as Schedule.Quote, so a sum that Schedule.Quote could
// not form is refused as well. Figures from the caller's time table (the
// effort itself) are taken as they are.
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
// Every error reads "fees: kind: field: problem" and matches the sentinel
// of the kind of value at fault with errors.Is: [ErrInvalidAmount],
// [ErrUnknownCurrency], [ErrAmountTooLarge], [ErrCurrencyMismatch] and
// [ErrUppercase] for money, [ErrInvalidSchedule], [ErrInvalidRequest] and
// [ErrInvalidQuote] for the values of those names, [ErrUnknownCode] for a
// code or value of no [Item], [Part] or [Unit]. errors.As finds the
// [FieldError], whose Field is the field's JSON name ("discount",
// "lines[3].quantity"). Every error a request causes matches
// ErrInvalidRequest, also one that another package or the arithmetic
// reports, which it wraps so that its own sentinel matches too: personnel
// beyond the time table is ErrInvalidRequest and [audit.ErrBeyondTable]
// ("fees: invalid request: personnel: audit: …"). Validation reports every
// problem at once, at most 20 of them and a count of the rest. Messages show
// at most a short prefix of any input.
//
// # JSON
//
// Money is {"amount":"30210.00","currency":"CNY"} (the zero Money null); a
// Schedule, a Request and a Quote are objects with snake_case fields, as
// their MarshalJSON methods show. Decimals are written as strings; when
// read, a decimal input (a quantity, the VAT rate, the discount, an
// adjustment's percent) may also be a JSON number, read with the same
// grammar ("8.5" or 8.5, never 85e-1), while an amount is always a string.
// Decoding is strict: unknown fields, duplicate keys, a value of the wrong
// type, a field left out or null where a value is required, absurd sizes and
// trailing data are errors that name the field; it then validates exactly as
// the constructors and Validate methods do, so a decoded Money, Schedule,
// Request or Quote is always valid; on error the receiver is unchanged. A
// request has personnel and part required and the rest optional, as a web
// form sends it; decoding leaves what needs a schedule (the travel currency,
// the time table's limits) to the quote. A line's bases are not encoded:
// they follow from its data.
//
// Money, Schedule, Request, Quote and Line have IsZero, so that a struct
// field of their type can be tagged omitzero. Embedding one of this package's types in a struct promotes its
// MarshalJSON and UnmarshalJSON to that struct (a Go rule), which then
// encodes as the embedded value alone; give the field a name instead.
//
// # Concurrency
//
// The package does no I/O and keeps no mutable state. Money and a Quoter
// are immutable values; a Schedule, Request or Quote is a plain value whose
// methods do not modify it, safe for concurrent use as long as no one
// writes to it.
package fees
