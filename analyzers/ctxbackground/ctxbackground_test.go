package ctxbackground_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxbackground"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

func TestCtxBackground(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxbackground.Analyzer, "./...")
	fixtest.Goldens(t, results)

	// The other end of a chain is related information: where the
	// context without the deadline is given, in a helper of another
	// package or this one, or where the root is made.
	want := map[string][]string{
		"calls store.Via, which calls store.Load":          {`rc, err := bucket.Object(name).NewReader(context.Background())`},
		"calls store.Detached, which has no context":       {`w := bucket.Object(name).NewWriter(context.Background())`},
		"calls fns.write, which calls fns.open":            {`w := bucket.Object(name).NewWriter(context.Background())`},
		"(*repo.Repo).Get, which has no context parameter": {`rc, err := bucket.Object(name).NewReader(r.ctx)`},
		"NewWriter is given the context in the package-le": {`bg       = context.Background()`},
		// A service of another package wired in main: where main makes
		// the context it gives the constructor, and where the service
		// uses it.
		"(*repo.Built).Get, which has no context parameter": {`built:   repo.NewBuilt(context.Background()),`, `rc, err := bucket.Object(name).NewReader(b.ctx)`},
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for prefix, lines := range want {
				if !strings.Contains(d.Message, prefix) {
					continue
				}
				delete(want, prefix)
				if len(d.Related) != len(lines) {
					t.Errorf("%s: Related = %v, want %d", prefix, d.Related, len(lines))
					continue
				}
				for i, line := range lines {
					pos := r.Pass.Fset.Position(d.Related[i].Pos)
					if got := sourceLine(t, pos.Filename, pos.Line); !strings.HasPrefix(got, line) {
						t.Errorf("%s: Related at %s:%d (%q), want the line %q", prefix, filepath.Base(pos.Filename), pos.Line, got, line)
					}
				}
			}
		}
	}
	for prefix := range want {
		t.Errorf("no finding %q", prefix)
	}
}

// sourceLine returns line n of a file, trimmed.
func sourceLine(t *testing.T, file string, n int) string {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimSpace(lines[n-1])
}
