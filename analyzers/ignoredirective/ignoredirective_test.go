package ignoredirective_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/analyzers/osexit"
	"github.com/fnlint/fnlint/model/funcmodel"
)

func TestDirectives(t *testing.T) {
	checker := analyzers.Suite[len(analyzers.Suite)-1]
	if checker.Name != "ignoredirective" {
		t.Fatalf("the Suite does not end with ignoredirective: %s", checker.Name)
	}
	analysistest.Run(t, analysistest.TestData(), checker, "./ignored")
}

// TestFilterSilences runs osexit, which reports through suppress.Filter,
// on its own: its directives silence it in every driver.
func TestFilterSilences(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), osexit.Analyzer, "./wrapped")
}

// TestIdentity checks that the suite holds the analyzers the packages
// export, so that a new analyzer can Require one of them and the suite
// still validates.
func TestIdentity(t *testing.T) {
	if analyzers.Suite[0] != osexit.Analyzer {
		t.Errorf("analyzers.Suite[0] is not osexit.Analyzer")
	}
	requirer := &analysis.Analyzer{
		Name:     "requirer",
		Doc:      "requires osexit",
		Requires: []*analysis.Analyzer{osexit.Analyzer},
		Run:      func(*analysis.Pass) (any, error) { return nil, nil },
	}
	if err := analysis.Validate(append(analyzers.All(), requirer)); err != nil {
		t.Errorf("the suite with an analyzer requiring osexit does not validate: %v", err)
	}
	set := analyzers.New(funcmodel.Config{})
	if err := analysis.Validate(set.All()); err != nil {
		t.Errorf("a new instance of the suite does not validate: %v", err)
	}
}
