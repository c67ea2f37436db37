// Package quotation makes a fee quote into a quotation (报价单), the thing a
// certification body sends a customer: a number, the customer, the issue
// date and the last day the offer stands, the request and the quote that
// prices it, per-year subtotals and the total in Chinese capitals. It sets
// options side by side for one customer, and renders a quotation or a
// comparison as a bilingual text table or a printable HTML page.
//
// The package does no I/O but writing to the io.Writer a caller hands a
// rendering method; it reads no clock and makes no IDs: the caller passes
// the issue date and the quotation's ID (uuid.UUID).
//
// # Customers
//
// A [Customer] has a name, a unified social credit code and, optionally, a
// contact. The name and the contact are text as people write it: valid
// UTF-8, not blank, and one line (no control characters, which would break
// a rendering's lines); the contact may be left out (""). The credit code is
// checked by [materials.ValidateCreditCode] (GB 32100-2015), which states
// the rule.
//
// # Quotations
//
// [New] makes a [Quotation] from the caller's ID, the issue date, a fee
// schedule and an [Inquiry]: the customer, the request and, optionally, the
// last valid day. It prices the request on the schedule as
// [fees.Schedule.Quote] does. A quotation carries the schedule it was priced
// on: a quotation is a record of an offer, schedules change, and a
// quotation that carries its schedule can be checked (by its JSON decoding,
// by a reader years later) without the caller keeping every schedule it
// ever used. Dates are calendar dates, read in their own location; a
// quotation keeps them as midnight in the location they were given in.
//
// # Numbers
//
// A quotation's number is "Q-", the issue date written YYYYMMDD, "-", and the
// first 12 hexadecimal digits of its ID in upper case:
// Q-20260310-6BA7B8109DAD. It is derived, not chosen: the package keeps no
// counter (it holds no state), so a sequence would have to come from the
// caller's store, and a number derived from the ID and the issue date can
// never disagree with them, needs no check of its own and is the same
// wherever the quotation is decoded. The 12 digits are the ID's first 48
// bits: random in a version 4 UUID (uuid.New), the millisecond in a version
// 7 one and the time in a version 1 one, so two quotations of one day share
// a number only with odds of about n²/2⁴⁹ for n quotations that day (about
// one in 50 billion for 100). The ID stays the quotation's identity; a
// caller that needs numbers in a sequence of its own keeps them beside it.
//
// # Validity
//
// A quotation stands from its issue date to its last valid day, both
// included ([Quotation.ValidOn]). An inquiry may name the last valid day,
// which must not be before the issue date (a quotation valid on its issue
// day only ends on it); an inquiry that names none gets the default, the
// [DefaultValidDays]th (30th) day after the issue date, counted in calendar
// days: issued on 2026-03-10, valid until 2026-04-09; issued on 2026-01-31,
// valid until 2026-03-02; issued on 2024-01-31, a leap year, valid until
// 2024-03-01. Both dates lie in the years 1–9999, the default's too.
//
// # Subtotals
//
// A quotation adds up the lines of each year of its quote: years 1 to 3 in
// order, then the lines of the whole quote (year 0: travel and the
// discount); a year without lines has no subtotal. The subtotals add up to
// what the lines do, the net, or the total when the schedule's prices
// include VAT. VAT is not split by year: the quote computes it once, on the
// whole.
//
// # Total in capitals
//
// A quotation in CNY writes its total in Chinese capitals as
// [fees.Money.Uppercase] does, by the payment settlement rules [PBOC]
// (人民币伍万伍仟陆佰伍拾元整); a CNY total the rules cannot write (1 万亿 yuan
// or more) is refused. A quotation in another currency has no total in
// capitals: the rules write only renminbi.
//
// # Comparisons
//
// [NewComparison] sets two or more quotations side by side (initial only
// against the whole cycle, with and without a discount, one site against
// several): they must be for the same customer, in the same currency, and
// be different quotations (no ID twice). The first option is the one the
// others are measured against.
//
// A comparison has a [Row] for each line that one or more options have. Two
// lines are the same row when they have the same item, year and name (the
// name that a quotation shows for the line) and are the same how-manyth
// such line of their options; a line that only some options have shows no
// amount for the others. Rows follow every option's order of lines: a line
// of a later option that no row holds yet comes after the row of that
// option's line before it, and after the lines of earlier years that follow
// it. Each row holds each option's amount and each option's difference from
// the first option, a missing line counting as 0; the rows of the net, the
// VAT and the total follow.
//
// # Rendering
//
// [Quotation.WriteText] and [Comparison.WriteText] write a bilingual text
// table for a terminal or a plain-text e-mail: columns two spaces apart,
// CJK and full-width characters counted two columns wide, so that the
// columns line up; [Quotation.WriteHTML] and [Comparison.WriteHTML] write a
// printable HTML page made with html/template, which escapes every text (a
// customer named "<script>…" is shown, never run). A quotation shows its
// number, issue date and last valid day, the customer, what is quoted, each
// line with its basis in Chinese and English, the per-year subtotals (when
// there are two or more), the net, the VAT and the total with the currency
// symbol, the total in capitals, the audit time with its basis, and the
// validity. Amounts are grouped in thousands ([fees.Money.Grouped]). A
// rendering is made in memory and written with one Write; its error is the
// writer's. The zero Quotation or Comparison renders nothing and is an
// error.
//
// # Errors
//
// Every error reads "quotation: kind: field: problem" and matches the
// sentinel of the kind of value at fault with errors.Is:
// [ErrInvalidCustomer], [ErrInvalidInquiry], [ErrInvalidQuotation] or
// [ErrInvalidComparison]. errors.As finds the [FieldError], whose Field is
// the field's full path in the JSON spelling, also for a problem of a value
// held inside another: "customer.name", "customer.credit_code",
// "valid_until", "request.discount", "schedule.vat_rate",
// "options[1].quote.currency". So a form or a JSON API reports each
// problem beside its field by walking the error's list (errors.Join's
// Unwrap() []error) and calling errors.As on each. A problem that another
// package found still matches that package's errors (fees.ErrInvalidRequest,
// audit.ErrBeyondTable, materials.ErrInvalidReference). Every check reports
// every problem at once, at most 20 of them and a count of the rest;
// messages show at most a short prefix of any input. A rejected call
// returns the zero value and changes nothing.
//
// # JSON
//
// A Customer is {"name":"…","credit_code":"…","contact":"…"}, the contact
// left out when not given. An Inquiry is {"customer":{…},"request":{…},
// "valid_until":"2026-04-09"}, the request as fees.Request writes it and
// valid_until left out for the default. A Quotation is an object with its
// id (the canonical UUID form), number, issued_on, valid_until, customer,
// schedule, request and quote (as fees writes them), subtotals
// ([{"year":1,"amount":{…}},…]) and total_in_words (left out when not in
// CNY). Dates are written YYYY-MM-DD and read as midnight UTC.
//
// Decoding is strict: unknown fields, duplicate keys, a value of the wrong
// type, a required field left out or null, absurd sizes and trailing data
// are errors that name the field; the result is checked exactly as the
// constructors and Validate methods check it. A Quotation is decoded by
// making it again with [New] from its ID, dates, schedule, customer and
// request, and the quote, number, subtotals and total in capitals it states
// must be those that follow, so a decoded quotation is one New returns and
// encodes to the same bytes. On error the receiver is unchanged.
//
// Customer, Inquiry and Quotation have IsZero, so that a struct field of
// their type can be tagged omitzero. Embedding one of this package's types
// in a struct promotes its MarshalJSON and UnmarshalJSON to that struct (a
// Go rule), which then encodes as the embedded value alone; give the field a
// name instead.
//
// # Concurrency
//
// The package keeps no mutable state. A Quotation and a Comparison are
// immutable values, safe for concurrent use; what their methods return is
// the caller's own copy. A Customer or an Inquiry is a plain value whose
// methods do not modify it.
package quotation
