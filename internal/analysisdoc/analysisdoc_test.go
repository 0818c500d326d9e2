package analysisdoc_test

import (
	"strings"
	"testing"

	"github.com/fnlint/fnlint/internal/analysisdoc"
)

func TestDoc(t *testing.T) {
	good := "// Package x.\n//\n// # Analyzer x\n//\n// x: report things\n//\n// More.\npackage x\n"
	if got := analysisdoc.Doc(good, "x"); got != "report things\n\nMore." {
		t.Errorf("Doc = %q", got)
	}
	// A malformed doc.go is an error in the documentation, naming the
	// analyzer and the file, not a crash.
	bad := "// Package x.\npackage x\n"
	if got := analysisdoc.Doc(bad, "x"); !strings.HasPrefix(got, "internal error: doc.go of x lacks the heading") {
		t.Errorf("Doc of a malformed doc.go = %q", got)
	}
}
