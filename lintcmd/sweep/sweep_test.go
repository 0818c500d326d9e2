// Package sweep runs every fnlint analyzer over the whole standard
// library, which no analyzer test was written for: nothing may panic or
// fail, whatever real code throws at the analyzers.
package sweep

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/model/funcmodel"
)

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	if err := funcmodel.Analyzer.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
}

func TestStandardLibrary(t *testing.T) {
	if os.Getenv("FNLINT_SLOW") == "" {
		t.Skip("loads the whole standard library from source; set FNLINT_SLOW=1 (CI runs it in a step of its own)")
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax | packages.NeedModule}, "std")
	if err != nil {
		t.Fatal(err)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		t.Fatalf("%d errors loading std", n)
	}
	setFlag(t, "deps", "true")
	t.Cleanup(func() { setFlag(t, "deps", "false"); setFlag(t, "everything", "false") })

	// Modelled as local code, the standard library declares no entry
	// points: no analyzer may report anything.
	graph, err := checker.Analyze(analyzers.Suite, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if act.IsRoot && len(act.Diagnostics) > 0 {
			t.Errorf("%s reported %d diagnostics in code with no entry points, first: %s: %s",
				act, len(act.Diagnostics), act.Package.Fset.Position(act.Diagnostics[0].Pos), act.Diagnostics[0].Message)
		}
	}

	// With every function an entry point, every path of every analyzer
	// runs: nothing may panic or fail.
	setFlag(t, "everything", "true")
	graph, err = checker.Analyze(analyzers.Suite, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	diags := 0
	for act := range graph.All() {
		if act.Err != nil {
			t.Errorf("%s: %v", act, act.Err)
		}
		if act.IsRoot {
			diags += len(act.Diagnostics)
		}
	}
	t.Logf("%d diagnostics with every function an entry point", diags)
}
