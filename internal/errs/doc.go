// Package errs builds the module's errors, so that every package reports a
// problem the same way:
//
//	package: kind: field: problem
//	fees: invalid request: adjustments[1].percent: -140 % ("y") must be above −100 and at most +100
//
// The kind is the package's exported sentinel for the kind of value at fault
// (fees.ErrInvalidRequest reads "fees: invalid request"), the field is the
// path of the field in the value's JSON spelling, and the problem says what
// is wrong in words a person can act on.
//
// # One problem, one error
//
// A [FieldError] is one problem. It matches its kind with errors.Is (through
// its Is method) and unwraps to its cause, Err, which may be another
// package's error: a request's personnel beyond the time table is
// a fees.ErrInvalidRequest whose cause is an audit.ErrBeyondTable, and
// errors.Is finds both. A FieldError never unwraps into two errors, so a
// caller that walks a joined error meets each problem once.
//
// Wrapping a FieldError joins the paths instead of nesting the messages: a
// line's "amount" inside a quote's "lines[2]" is "lines[2].amount", and
// fees' "discount" inside a quotation's "request" is "request.discount".
// errors.As so finds the whole path from the outermost value, the one a form
// or a JSON client uses; the message names the outer kind once, and the
// problem still matches every kind it matched:
//
//	quotation: invalid inquiry: request.personnel: 0 is below 1
//
// matches quotation.ErrInvalidInquiry, fees.ErrInvalidRequest and
// audit.ErrInvalidPersonnel. [Matching] makes a problem that also matches a
// second sentinel of the same package (a grant's level below 达标 is an
// invalid grant and a level that is not certifiable).
//
// # Many problems
//
// A [List] collects the problems of one value and reports at most
// [MaxListed] of them and how many more, so that a document with a million
// bad entries yields an error of bounded size. Its error unwraps (as
// errors.Join does) into the problems it lists.
//
// # Inputs in messages
//
// A message shows at most a short prefix of any input ([Quote]), so that an
// error never echoes a megabyte key or number back to its sender.
package errs
