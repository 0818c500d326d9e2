package fns

import (
	"os"
	"testing"
)

func TestHandle(t *testing.T) {
	os.Setenv("CALLER", "test") // ok: a test
	t.Setenv("LANG", "C")
}
