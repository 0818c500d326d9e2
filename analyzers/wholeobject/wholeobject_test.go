package wholeobject_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/wholeobject"
	"github.com/fnlint/fnlint/model/funcmodel"
)

func TestWholeObject(t *testing.T) {
	a := wholeobject.New(funcmodel.Analyzer)
	if err := a.Flags.Set("enable", "true"); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "./...")
}

// TestOffByDefault checks that the analyzer reports nothing unless
// enabled: the testdata's findings all disappear.
func TestOffByDefault(t *testing.T) {
	results := analysistest.Run(&quiet{T: t}, analysistest.TestData(), wholeobject.Analyzer, "./...")
	for _, r := range results {
		if len(r.Diagnostics) > 0 {
			t.Errorf("%s: %d findings without -wholeobject.enable, want none", r.Pass.Pkg.Path(), len(r.Diagnostics))
		}
	}
}

// quiet is a testing.T that ignores the unmet want comments of a run
// expected to report nothing.
type quiet struct{ *testing.T }

func (q *quiet) Errorf(format string, args ...any) {}
