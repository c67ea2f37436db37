package application

import (
	"bytes"
	"encoding/json"

	"github.com/aftersales/certification/audit"
	"github.com/aftersales/certification/certificate"
	"github.com/aftersales/certification/fees"
	"github.com/aftersales/certification/internal/jsonx"
	"github.com/aftersales/certification/materials"
)

// This file reads an application document without reflection, held to the
// plain rule (jsonx.Unmarshal into an applicationWire) by FuzzDocumentFast.
// The plain rule reads the document three times before a part decodes
// itself (for its keys, for its syntax, to fill the wire by reflection),
// and each part reads its own bytes as often again; decodeDocumentFast
// reads the members of the document and of its history once, in the plain
// form MarshalJSON writes, and hands each part to its own UnmarshalJSON, as
// the plain rule does. It gives way to the plain rule for anything else:
// another spelling, a null, a part that its method refuses (so that the
// plain rule says what is wrong, in its words).
//
// It also does not decode twice what the document states twice: the stated
// request, quote and materials repeat, byte for byte, those of the latest
// history record that carries them (an accept or submit step), and a part
// decodes to the same value whenever its bytes are the same, so that the
// stated part is that record's value. The
// replay's result is then compared with it as the plain rule compares it.

// decodeDocumentFast reads data into w when it is one object of the
// members of an application document, each at most once and spelled
// exactly, in the form MarshalJSON writes (the plain form jsonx.Scanner
// reads, no null), every part that decodes itself decoding without error.
// ok is false for anything else, and w is then not to be used.
func decodeDocumentFast(data []byte, w *applicationWire) (ok bool) {
	d := docReader{s: jsonx.Scan(data)}
	return d.s.Object(func(key []byte) (uint64, bool) { return d.member(key, w) }) && d.s.End()
}

// docReader is the state of one decodeDocumentFast call: the scanner, and
// the raw and decoded parts of the latest accept and submit steps read.
type docReader struct {
	s                    jsonx.Scanner
	requestRaw, quoteRaw []byte
	request              *fees.Request
	quote                *fees.Quote
	materialsRaw         []byte
	materials            []materials.Material
}

// member reads the member key of the document into w and returns its bit;
// ok is false for an unknown member or a value not in the plain form.
func (d *docReader) member(key []byte, w *applicationWire) (bit uint64, ok bool) {
	switch string(key) {
	case "id":
		w.ID, ok = d.uuid()
		return 1 << 0, ok
	case "applicant":
		w.Applicant = new(applicantWire)
		return 1 << 1, d.s.Object(func(key []byte) (uint64, bool) { return d.applicant(key, w.Applicant) })
	case "created":
		w.Created, ok = d.text()
		return 1 << 2, ok
	case "state":
		w.State, ok = d.text()
		return 1 << 3, ok
	case "history":
		w.History, ok = d.history()
		return 1 << 4, ok
	case "materials":
		w.Materials, ok = stated(d, d.materialsRaw, d.materials, decodeList[materials.Material])
		return 1 << 5, ok
	case "request":
		w.Request, ok = stated(d, d.requestRaw, d.request, decodePart[fees.Request])
		return 1 << 6, ok
	case "quote":
		w.Quote, ok = stated(d, d.quoteRaw, d.quote, decodePart[fees.Quote])
		return 1 << 7, ok
	case "audits":
		w.Audits, ok = read(d, decodeList[audit.Audit])
		return 1 << 8, ok
	case "certificate":
		w.Certificate, ok = read(d, decodePart[certificate.Certificate])
		return 1 << 9, ok
	}
	return 0, false
}

// applicant reads the member key of the applicant into a.
func (d *docReader) applicant(key []byte, a *applicantWire) (bit uint64, ok bool) {
	switch string(key) {
	case "name":
		a.Name, ok = d.s.String()
		return 1 << 0, ok
	case "credit_code":
		a.CreditCode, ok = d.s.String()
		return 1 << 1, ok
	case "legal_representative":
		a.LegalRepresentative, ok = d.s.String()
		return 1 << 2, ok
	case "address":
		a.Address, ok = d.s.String()
		return 1 << 3, ok
	case "personnel":
		a.Personnel, ok = d.int()
		return 1 << 4, ok
	case "sites":
		a.Sites, ok = d.int()
		return 1 << 5, ok
	case "scope":
		a.Scope, ok = d.s.String()
		return 1 << 6, ok
	}
	return 0, false
}

// history reads the array of history records.
func (d *docReader) history() (*[]recordWire, bool) {
	records, ok := jsonx.Objects(&d.s, d.record)
	return &records, ok
}

// record reads the member key of a history record into r, and keeps the
// raw and decoded inputs of an accept or submit step for the stated parts.
func (d *docReader) record(key []byte, r *recordWire) (bit uint64, ok bool) {
	switch string(key) {
	case "event":
		r.Event, ok = d.s.String()
		return 1 << 0, ok
	case "from":
		r.From, ok = d.s.String()
		return 1 << 1, ok
	case "to":
		r.To, ok = d.s.String()
		return 1 << 2, ok
	case "on":
		r.On, ok = d.s.String()
		return 1 << 3, ok
	case "actor":
		r.Actor, ok = d.s.String()
		return 1 << 4, ok
	case "reasons":
		r.Reasons, ok = d.s.Strings()
		return 1 << 5, ok
	case "materials":
		r.Materials, ok = kept(d, &d.materialsRaw, decodeList[materials.Material])
		d.materials = r.Materials
		return 1 << 6, ok
	case "request":
		r.Request, ok = kept(d, &d.requestRaw, decodePart[fees.Request])
		d.request = r.Request
		return 1 << 7, ok
	case "quote":
		r.Quote, ok = kept(d, &d.quoteRaw, decodePart[fees.Quote])
		d.quote = r.Quote
		return 1 << 8, ok
	}
	return d.outcome(key, r)
}

// outcome reads the members of a history record that carry what a step
// gave: findings, a result, a certificate's id and number.
func (d *docReader) outcome(key []byte, r *recordWire) (bit uint64, ok bool) {
	switch string(key) {
	case "findings":
		r.Findings, ok = read(d, decodeList[audit.Finding])
		return 1 << 9, ok
	case "result":
		r.Result, ok = read(d, decodePart[audit.Result])
		return 1 << 10, ok
	case "certificate_id":
		r.CertificateID, ok = d.uuid()
		return 1 << 11, ok
	case "number":
		r.Number, ok = d.s.String()
		return 1 << 12, ok
	}
	return 0, false
}

// stated reads a stated part: decoded, the value of the latest step read
// whose part was the same bytes, raw; or else the part decoded from its own.
func stated[T any](d *docReader, raw []byte, decoded T, decode func([]byte) (T, bool)) (T, bool) {
	next, ok := d.s.Value()
	switch {
	case !ok:
		var zero T
		return zero, false
	case raw != nil && bytes.Equal(next, raw):
		return decoded, true
	}
	return decode(next)
}

// read reads the next value with decode.
func read[T any](d *docReader, decode func([]byte) (T, bool)) (T, bool) {
	var raw []byte
	return kept(d, &raw, decode)
}

// kept reads the next value with decode and keeps its bytes in *raw.
func kept[T any](d *docReader, raw *[]byte, decode func([]byte) (T, bool)) (T, bool) {
	var ok bool
	if *raw, ok = d.s.Value(); !ok {
		var zero T
		return zero, false
	}
	return decode(*raw)
}

// decodePart decodes a part that decodes itself, with its UnmarshalJSON;
// null and a part its method refuses are left to the plain rule.
func decodePart[T any, P interface {
	*T
	json.Unmarshaler
}](raw []byte) (*T, bool) {
	if string(raw) == "null" {
		return nil, false
	}
	v := new(T)
	return v, P(v).UnmarshalJSON(raw) == nil
}

// decodeList decodes an array of parts that decode themselves as the plain
// rule does, with fast.go's list; null is left to the plain rule (a null
// element its UnmarshalJSON refuses).
func decodeList[T any, P interface {
	*T
	json.Unmarshaler
}](raw []byte) ([]T, bool) {
	var l list[T, P]
	return l, string(raw) != "null" && l.UnmarshalJSON(raw) == nil
}

// text reads a required string member.
func (d *docReader) text() (*string, bool) {
	v, ok := d.s.String()
	return &v, ok
}

// int reads an integer that fits an int.
func (d *docReader) int() (int, bool) {
	n, ok := d.s.Int()
	return int(n), ok && int64(int(n)) == n
}

// uuid reads a UUID in canonical form.
func (d *docReader) uuid() (*jsonx.UUID, bool) {
	text, ok := d.s.Text()
	if !ok {
		return nil, false
	}
	id := new(jsonx.UUID)
	return id, id.UnmarshalText(text) == nil
}
