package fns

import (
	"os"
	"testing"
)

func TestHandle(t *testing.T) {
	os.Setenv("CALLER", t.Name()) // ok: a test
	t.Setenv("LANG", "C")
}
