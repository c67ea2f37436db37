package jsonx

import (
	"fmt"

	"github.com/aftersales/certification/internal/errs"
	"github.com/google/uuid"
)

// UUID is a uuid.UUID in a document. It is written in the canonical form
// (36 characters, lower-case hexadecimal in groups of 8-4-4-4-12) and read
// only in that form: uuid.UUID's own UnmarshalText also takes upper case,
// braces, a "urn:uuid:" prefix and no hyphens, so one ID could be stored
// under several spellings.
type UUID uuid.UUID

// MarshalText writes u in the canonical form.
func (u UUID) MarshalText() ([]byte, error) { return uuid.UUID(u).MarshalText() }

// UnmarshalText reads a UUID in the canonical form; on error u is unchanged.
func (u *UUID) UnmarshalText(text []byte) error {
	id, err := uuid.ParseBytes(text)
	if err != nil || id.String() != string(text) {
		return fmt.Errorf("%w: %s is not a UUID in canonical form (lower-case hexadecimal, 8-4-4-4-12)", ErrInvalid, errs.Quote(string(text)))
	}
	*u = UUID(id)
	return nil
}
