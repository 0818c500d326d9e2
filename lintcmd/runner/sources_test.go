package runner

import (
	"testing"

	"golang.org/x/tools/go/analysis/checker"
)

// TestSetReadFile fails when an x/tools upgrade moves the unexported
// field that setReadFile sets: then fixes of files that changed on disk
// are dropped (see dropUnreadFixes) instead of built from the parsed
// text.
func TestSetReadFile(t *testing.T) {
	t.Parallel()
	var opts checker.Options
	if !setReadFile(&opts, newSources().readFile) {
		t.Fatal("checker.Options has no readFile field of type func(string) ([]byte, error)")
	}
}
