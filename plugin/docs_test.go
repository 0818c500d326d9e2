package plugin_test

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

// TestExampleShowsEveryIssue: the example configuration, and the one
// docs/golangci-lint.md shows, turn off golangci-lint's limits, which
// hide findings with the same text beyond the third.
func TestExampleShowsEveryIssue(t *testing.T) {
	for _, file := range []string{filepath.Join("testdata", "golangci.yml"), filepath.Join("..", "docs", "golangci-lint.md")} {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, setting := range []string{"max-same-issues", "max-issues-per-linter"} {
			if !regexp.MustCompile(`(?m)^\s*issues:\n(\s+\S.*\n)*?\s+` + setting + `: 0\b`).Match(data) {
				t.Errorf("%s does not set issues.%s: 0", file, setting)
			}
		}
	}
}
