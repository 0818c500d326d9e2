// Package helper imports the function's package, so the external test
// that imports it gets "helper [example.com/variants/fn.test]".
package helper

import (
	"testing"

	"example.com/variants/fn"
	"example.com/variants/shared"
)

var _ = fn.Handle

// Check fails the test unless got is the configured greeting.
func Check(t *testing.T, got string) {
	if want := shared.MustEnv("GREETING"); got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
