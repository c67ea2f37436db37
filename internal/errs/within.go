package errs

// Within returns err as a problem of field of a value of the given kind,
// for a value that holds another kind of value (a quotation's request, an
// inquiry's customer); nil when err is nil. It is [Wrap], except that a
// [FieldError] of another kind is not nested but restated at its full path:
// fees' "discount" inside field "request" becomes the given kind's
// "request.discount". The problem keeps its message and still matches every
// kind it matched with errors.Is, so errors.As finds the path a form or a
// JSON client uses, and the message names the outer kind once:
//
//	quotation: invalid inquiry: request.discount: 120 % is outside 0–100
//
// A list of problems is restated problem by problem, as Wrap does. Only the
// outer FieldError's field is joined: the cause of a FieldError (fees'
// "personnel" holding audit's problem) names a field of its own value, not
// of this one, and is kept as it is, in the message.
func Within(kind error, field string, err error) error {
	var parts, out List
	parts.Add(err) // splits a list of problems the way Wrap and List do
	for _, e := range parts.errs {
		fe, ok := e.(*FieldError)
		if !ok || fe.kind == kind {
			out.Add(Wrap(kind, field, e))
			continue
		}
		out.Add(&FieldError{kind: kind, Field: Path(field, fe.Field), Err: &kindError{err: fe.Err, kind: fe.kind}})
	}
	out.more += parts.more
	return out.Err()
}

// kindError is a problem restated by Within: it reads as err and matches
// kind, the sentinel of the FieldError it came from, as well as what err
// matches.
type kindError struct {
	err  error
	kind error
}

func (e *kindError) Error() string { return e.err.Error() }

func (e *kindError) Is(target error) bool { return target == e.kind }

func (e *kindError) Unwrap() error { return e.err }
