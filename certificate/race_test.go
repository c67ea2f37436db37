//go:build race

package certificate_test

const raceEnabled = true
