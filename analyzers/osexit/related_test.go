package osexit_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/osexit"
)

// TestRelated checks the other end of each finding whose primary
// position is where the fix goes: for a call or a registration of a
// function of another package that exits, that function's declaration
// with the rest of the path; for a panic in a goroutine, the statement
// that starts the goroutine; none for an exit in the code itself.
func TestRelated(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), osexit.Analyzer, "./httpfn", "./crossreg")
	want := map[string]string{ // file:line of a finding: its related positions and messages
		"httpfn.go:69":   "config.go:11: config.MustEnv, declared here, calls log.Fatalf",
		"httpfn.go:70":   "config.go:20: config.Project, declared here, calls config.MustEnv, which calls log.Fatalf",
		"httpfn.go:98":   "httpfn.go:96: the goroutine starts here, without a deferred recover",
		"httpfn.go:116":  "httpfn.go:104: the goroutine starts here, without a deferred recover",
		"crossreg.go:10": "handlers.go:13: handlers.Hello, declared here, calls log.Fatal",
	}
	seen := make(map[string]bool)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			p := r.Pass.Fset.Position(d.Pos)
			at := fmt.Sprintf("%s:%d", filepath.Base(p.Filename), p.Line)
			var got []string
			for _, ri := range d.Related {
				rp := r.Pass.Fset.Position(ri.Pos)
				got = append(got, fmt.Sprintf("%s:%d: %s", filepath.Base(rp.Filename), rp.Line, ri.Message))
			}
			rel, ok := want[at]
			if !ok {
				if strings.HasPrefix(d.Message, "log.") || strings.HasPrefix(d.Message, "os.") {
					if len(got) > 0 {
						t.Errorf("%s: %s: related %q, want none: the exit is here", at, d.Message, got)
					}
				}
				continue
			}
			seen[at] = true
			if strings.Join(got, "\n") != rel {
				t.Errorf("%s: %s: related %q, want %q", at, d.Message, got, rel)
			}
		}
	}
	for at := range want {
		if !seen[at] {
			t.Errorf("no finding at %s", at)
		}
	}
}
