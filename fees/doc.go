// Package fees is money, a certification body's fee schedule, and quotes
// that price a certification line by line, with VAT, for the initial
// certification, one surveillance, a recertification or the whole
// three-year cycle — of the schedule's one scheme, or of a bundle of
// standards for one client, with lines of the caller's own besides. The
// fees are the four kinds the project brief names
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
// [MaxExtraCopies]; in a bundle, of all its certificates together), travel
// and lodging at cost (the caller's estimate, not negative, in the
// schedule's currency), a discount in percent (0 to 100, at most 10 decimal
// places), and lines of the caller's own (# Custom lines). A request with
// standards is a bundle (# Bundles); without, it asks for the schedule's one
// scheme, on its time table. The limits are this package's, so that every
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
// first year of the quote), the custom lines in the request's order (year
// 0), travel and lodging at cost (year 0) and the discount (year 0):
// Discount % of the discount base — every line but travel and the custom
// lines outside it [brief] — as one negative line. Audit lines are priced on
// the person-days of the time table's [audit.TimeTable.MultiSiteEffort],
// already rounded to half days. For the brief's case — 120 effective
// personnel, one site, the whole cycle — the quote is 52 500.00 net,
// 3 150.00 VAT, 55 650.00 in total (人民币伍万伍仟陆佰伍拾元整).
//
// # Bundles
//
// Chinese certification bodies sell after-sales service certification
// together with management-system certification: ISO 9001 (QMS), ISO 14001
// (EMS) and ISO 45001 (OH&S), the [Standard]s of a bundle. A request with
// standards ([BundleStandard]: the standard, the complexity category that
// picks the column of the EMS or OH&S table [MD5] — high, medium, low, or
// for EMS limited; none for the others — and that standard's own
// adjustments) prices several certifications for one client in one quote:
//
//   - each standard once, at most all four, in any order; the quote lists
//     them in declaration order (after-sales service, ISO 9001, ISO 14001,
//     ISO 45001); adjustments belong to a standard, never to the bundle;
//   - each standard's audit time is its table's: after-sales service on
//     the schedule's time table, the management systems on IAF MD 5's
//     ([audit.QMSTimeTable], [audit.EMSTimeTable], [audit.OHSTimeTable])
//     [MD5];
//   - with an Integration ([audit.Integration]: a reduction of 0 to 20 %,
//     with its reason when above 0 [CNCA]), every management system of the
//     bundle, at least two, is audited together: one audit, its time
//     [audit.IntegratedEffort]'s, the sum of the standards' times reduced
//     for integration and rounded once [MD11]; without one, each is
//     audited on its own. After-sales service rates a service, not a
//     management system, and is always audited on its own;
//   - one application fee in all; an audit line for each audit, priced at
//     the person-day rate, naming the standards audited; a registration
//     and certificate fee and an annual fee for each standard, one
//     certificate each [CNCA], [committee]. Surveillance and
//     recertification are priced by year for the bundle: each audit's
//     surveillance (or recertification) and each certificate's annual fee
//     (and registration);
//   - a combined discount is the request's Discount, taken once from the
//     discount base of the whole bundle: some bodies grant one for
//     additional systems, none is built in [CNCA].
//
// Each audit of a bundle is a [BundleAudit] of the quote's Audits — its
// standards, the reduction for integration with its reason, and its
// effort, whose basis shows each standard's figures, the sum, the
// reduction and the roundings — in order: after-sales service first, then
// the management systems, integrated or each on its own. A bundle's audit
// lines come in that order too, its registration and annual fee lines in
// the order of the standards. Every line of a bundle but the application
// fee and the lines that follow the part's names its standards
// (Line.Standards, a [StandardSet]). After-sales service, ISO 9001 and ISO
// 14001 of medium complexity for 120 personnel, integrated at 15 %, cost
// 134 500.00 net for the cycle; IAF MD 11's example, 65 personnel, QMS +
// EMS medium + OH&S medium at 20 %, is an initial audit of 13.5
// person-days [MD11].
//
// # Custom lines
//
// A [CustomLine] is an item that the caller prices: its own name in
// Chinese and in English ([Label]: each valid UTF-8, not blank, one line
// without control characters, at most 100 characters), a quantity above 0
// and below 10^6 with at most four decimal places, a price of one in the
// schedule's currency (0.00 for a free item, never negative, never the zero
// Money), and whether it is in the discount base (Discountable; outside by
// default). A request has at most [MaxCustomLines] of them. Each is a line
// of item Custom and unit item (项), year 0, whose amount is Quantity ×
// Price rounded once; its amount is added to the net like any other, and
// taxed with it.
//
// # Lines
//
// A [Line] keeps its data: quantity, [Unit] and unit price, and the amount
// they come to. Each item has its unit: the application fee one
// application, audits person-days, registration and the certificate one
// certificate, the annual fee one year, extra copies copies, custom lines
// items, travel one amount at cost, the discount a percentage (quantity −5
// for 5 %, unit price the sum it is taken from). The basis, the line's
// explanation, is derived from the data when asked for, in Chinese
// ([Line.ChineseBasis]: "8.5 人日 × 3000.00", "实报实销，预估 1800.00",
// "52500.00 的 5 %") or in English ([Line.EnglishBasis]: "8.5 person-days ×
// 3000.00", "1 person-day × 3000.00", "at cost, caller's estimate:
// 1800.00", "5 % of 52500.00"); a unit's English name takes the plural for
// any quantity but exactly 1.
//
// A line's name, for a table, is derived too ([Line.ChineseName],
// [Line.EnglishName]): a custom line's label; for a line of a bundle, the
// numbers of its standards (GB/T 27922 for after-sales service, ISO 9001,
// ISO 14001, ISO 45001), joined with " + " and marked integrated where
// there are several, before the item's name ("ISO 9001 注册及证书费",
// "ISO 9001 + ISO 14001 一体化初次认证审核费", "ISO 9001 + ISO 14001
// integrated initial audit"); for any other line, the item's name.
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
// Its lines are those of its part in their order and years — for a bundle,
// those its part gives for its audits and standards (# Bundles), each naming
// its standards — then at most one extra-copy line, at most
// [MaxCustomLines] custom lines, one travel and one discount line; only
// custom lines have a label, a valid one, and say whether they are in the
// discount base; each line has its item's unit; every fee and travel line
// has quantity 1, every audit line the figure for it of the effort of its
// audit and the same person-day rate, every registration line the same
// price, every annual-fee line the same price; extra copies are a whole
// number from 1 to [MaxExtraCopies]; a custom line's quantity is as a
// request's; travel is positive and no price is negative; the discount is
// from −100 to below 0 percent, with at most 10 decimal places, of exactly
// the lines in its base; each amount is the one its quantity, unit and unit
// price give; a quote that is not a bundle has an effort that is valid and
// states its basis, and a bundle instead has audits: each of known
// standards, each standard audited once, in order, several only for the
// management systems, all of them, integrated, a reduction for integration
// only there and a valid one, each effort valid and with its basis; and the
// lines, the net, the VAT and the total are added up and rounded with the
// same arithmetic as Schedule.Quote, so a sum that Schedule.Quote could not
// form is refused as well. Figures from the time tables (the efforts
// themselves) are taken as they are.
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
// code or value of no [Item], [Part], [Unit] or [Standard]. errors.As finds
// the [FieldError], whose Field is the field's JSON name ("discount",
// "lines[3].quantity", "custom[2].price", "standards[1].complexity",
// "integration.reduction"). Every error a request causes matches
// ErrInvalidRequest, also one that another package or the arithmetic
// reports, which it wraps so that its own sentinel matches too: personnel
// beyond the time table is ErrInvalidRequest and [audit.ErrBeyondTable]
// ("fees: invalid request: personnel: 10701 personnel is beyond the …"), an
// integration above 20 %
// ErrInvalidRequest and [audit.ErrInvalidIntegration]. Validation reports every
// problem at once, at most 20 of them and a count of the rest. Messages show
// at most a short prefix of any input.
//
// # JSON
//
// Money is {"amount":"30210.00","currency":"CNY"} (the zero Money null); a
// Schedule, a Request and a Quote are objects with snake_case fields, as
// their MarshalJSON methods show: standards, complexities, parts, items and
// units by their codes; a bundle's lines with "standards", a list of codes;
// a custom line with its "label" ({"chinese":…,"english":…}) and
// "discountable" when it is; a bundle quote with "audits" in place of
// "effort". Decimals are written as strings; when read, a decimal input (a
// quantity, the VAT rate, the discount, an adjustment's percent, a
// reduction for integration) may also be a JSON number, read with the same
// grammar ("8.5" or 8.5, never 85e-1), while an amount is always a string.
// Decoding is strict: unknown fields, duplicate keys, a value of the wrong
// type, a field left out or null where a value is required, absurd sizes and
// trailing data are errors that name the field; it then validates exactly as
// the constructors and Validate methods do, so a decoded Money, Schedule,
// Request or Quote is always valid; on error the receiver is unchanged. A
// request has personnel and part required and the rest optional, as a web
// form sends it; decoding leaves what needs a schedule (the currency of
// travel and custom prices, the time tables' limits) to the quote. A line's
// bases and names are not encoded: they follow from its data.
// json.Marshal and json.Encoder check and compact the bytes a MarshalJSON
// method returns, which for a quote costs several times what the method
// itself does; a caller that writes many quotes calls MarshalJSON and
// writes its bytes.
//
// Money, Schedule, Request, Quote, Line, Label and StandardSet have IsZero,
// so that a struct field of their type can be tagged omitzero. A Money is
// zero whatever its currency, so omitzero leaves out 0.00 CNY too: leave
// the tag off a field whose currency must survive a zero amount. Embedding
// one of this package's types in a struct promotes its MarshalJSON and
// UnmarshalJSON to that struct (a Go rule), which then encodes as the
// embedded value alone; give the field a name instead.
//
// # Concurrency
//
// The package does no I/O and keeps no mutable state. Money and a Quoter
// are immutable values; a Schedule, Request or Quote is a plain value whose
// methods do not modify it, safe for concurrent use as long as no one
// writes to it. Its lists (and a line's label, a request's integration) are
// shared by its copies: [Request.Clone] and [Quote.Clone] make a copy that
// shares nothing, for a caller that keeps one.
package fees
