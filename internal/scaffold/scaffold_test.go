package scaffold_test

import (
	"flag"
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/internal/suppress"
)

const doc = `// Package toy is a check for the scaffold's test.
//
// # Analyzer toy
//
// toy: report calls when loud
package toy
`

// config is the toy check's options.
type config struct{ loud bool }

// newToy returns an instance of a check that reports every call when
// its -loud flag is set.
func newToy() *analysis.Analyzer {
	return scaffold.New(scaffold.Check[config]{
		Name: "toy",
		Doc:  doc,
		Flags: func(fs *flag.FlagSet, cfg *config) {
			fs.BoolVar(&cfg.loud, "loud", false, "report calls")
		},
		Run: func(pass *analysis.Pass, cfg *config) error {
			if !cfg.loud {
				return nil
			}
			for _, f := range pass.Files {
				ast.Inspect(f, func(n ast.Node) bool {
					if call, ok := n.(*ast.CallExpr); ok {
						pass.Reportf(call.Pos(), "call")
					}
					return true
				})
			}
			return nil
		},
	})
}

// TestInstances: each instance has a config of its own, bound to its
// flags, and reports through the directives.
func TestInstances(t *testing.T) {
	loud, quiet := newToy(), newToy()
	if err := loud.Flags.Set("loud", "true"); err != nil {
		t.Fatal(err)
	}
	if loud.Doc != "report calls when loud" || loud.URL == "" {
		t.Errorf("Doc = %q, URL = %q", loud.Doc, loud.URL)
	}
	results := analysistest.Run(t, analysistest.TestData(), loud, "loud")
	analysistest.Run(t, analysistest.TestData(), quiet, "quiet")
	for _, r := range results {
		if used := r.Result.(suppress.Used); len(used) != 1 {
			t.Errorf("%s: the check used %d directives, want 1", r.Pass.Pkg.Path(), len(used))
		}
	}
}
