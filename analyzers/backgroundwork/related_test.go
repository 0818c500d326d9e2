package backgroundwork_test

import (
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/backgroundwork"
)

// TestRelated checks the reporting rule: a goroutine that a helper of
// another package starts at cold start is reported at the call in the
// function's code, where the fix goes, with the helper's declaration
// as its Related position.
func TestRelated(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), backgroundwork.Analyzer, "./coldctor")
	found := 0
	for _, r := range results {
		fset := r.Action.Package.Fset
		for _, d := range r.Action.Diagnostics {
			var want string
			switch {
			case strings.HasPrefix(d.Message, "init calls worker.Start,"):
				want = "worker.Start starts the goroutine"
			case strings.HasPrefix(d.Message, "main calls worker.Kick,"):
				want = "worker.Kick calls worker.Start, which starts the goroutine"
			default:
				continue
			}
			found++
			if got := filepath.Base(fset.Position(d.Pos).Filename); got != "main.go" {
				t.Errorf("%q at %s, want the call in main.go", d.Message, got)
			}
			if len(d.Related) != 1 {
				t.Fatalf("Related = %v, want the helper", d.Related)
			}
			rel := fset.Position(d.Related[0].Pos)
			if filepath.Base(rel.Filename) != "worker.go" || d.Related[0].Message != want {
				t.Errorf("Related = %s %q, want %q in worker.go", rel, d.Related[0].Message, want)
			}
		}
	}
	if found != 2 {
		t.Fatalf("found %d of the 2 findings at calls of worker's helpers", found)
	}
}
