package ctxcaptured_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxcaptured"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

func TestCtxCaptured(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxcaptured.Analyzer, "./...")
	fixtest.Goldens(t, results)

	// A helper's finding points at the constructor in the helper's own
	// code, in another package or this one, as related information.
	want := map[string]string{
		"setup.Init builds":        "Storage, err = storage.NewClient(ctx)",
		"setup.FromRequest builds": `c, err := pubsub.NewClient(ctx, "project")`,
		"fns.initLocal builds":     `ps, _ = pubsub.NewClient(ctx, "p")`,
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for prefix, line := range want {
				if !strings.HasPrefix(d.Message, prefix) {
					continue
				}
				delete(want, prefix)
				if len(d.Related) != 1 {
					t.Errorf("%s: Related = %v, want the constructor", prefix, d.Related)
					continue
				}
				pos := r.Pass.Fset.Position(d.Related[0].Pos)
				if got := sourceLine(t, pos.Filename, pos.Line); !strings.HasPrefix(got, line) {
					t.Errorf("%s: Related at %s:%d (%q), want the line %q", prefix, filepath.Base(pos.Filename), pos.Line, got, line)
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
