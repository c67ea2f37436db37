// Package calendar is the module's only place for date arithmetic.
//
// # Representation
//
// A calendar date is a [time.Time] whose year, month and day are read in its
// own location; the time of day is ignored. Nothing here converts to UTC
// before reading the date: 00:30 on 2026-03-10 in Asia/Shanghai is 2026-03-10,
// although it is still 2026-03-09 in UTC. Dates that this package computes are
// midnight in the location of the input.
//
// # Months and years
//
// Adding months or years clamps to the end of a shorter month: 2024-01-31 plus
// one month is 2024-02-29, 2023-01-31 plus one month is 2023-02-28, 2024-02-29
// plus twelve months is 2025-02-28, and 2024-08-31 plus six months is
// 2025-02-28 ("within N months of a date" [17021], [CNCA]).
// [time.Time.AddDate] normalises instead (Jan 31 + 1 month = Mar 2 or 3),
// which is why the rest of the module never calls it.
//
// # Comparisons
//
// Comparisons and day differences work on calendar dates, so two instants on
// the same day compare equal whatever their time of day, and a difference in
// days is never thrown off by a daylight-saving change.
//
// The package is pure: it never reads the clock.
package calendar
