package missingresponse_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/missingresponse"
)

func TestMissingResponse(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), missingresponse.Analyzer, "./...")
}

// TestRelated checks the other end of each finding: the registration of
// an entry point whose body returns without writing (none when the body
// is the registration's own argument), and the declaration of an entry
// point of another package that its summary says may not respond.
func TestRelated(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), missingresponse.Analyzer, "./handlers", "./firstgen")
	want := map[string]string{ // a message's start: its related position and message, or "" for none
		"decode returns":                     `handlers.go:30: registered here as entry point "Decode"`,
		"handle returns":                     `handlers.go:35: registered here as entry point "Method"`,
		`a function literal in withCORS`:     `handlers.go:36: registered here as entry point "Wrapped"`,
		`a function literal in init`:         ``,
		"respond.Noop never writes":          `respond.go:31: declared here`,
		"respond.Handle returns without wri": `respond.go:23: declared here; it returns without writing at respond.go:25`,
	}
	seen := make(map[string]bool)
	for _, r := range results {
		for _, d := range r.Diagnostics {
			for prefix, rel := range want {
				if !strings.HasPrefix(d.Message, prefix) {
					continue
				}
				seen[prefix] = true
				var got []string
				for _, ri := range d.Related {
					p := r.Pass.Fset.Position(ri.Pos)
					got = append(got, fmt.Sprintf("%s:%d: %s", filepath.Base(p.Filename), p.Line, ri.Message))
				}
				if strings.Join(got, "\n") != rel {
					t.Errorf("%s: related %q, want %q", d.Message, got, rel)
				}
			}
		}
	}
	for prefix := range want {
		if !seen[prefix] {
			t.Errorf("no finding starts with %q", prefix)
		}
	}
}
