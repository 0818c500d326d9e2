package ignoredirective_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/analyzers/osexit"
	"github.com/fnlint/fnlint/internal/suppress"
)

func TestDirectives(t *testing.T) {
	checker := analyzers.Suite[len(analyzers.Suite)-1]
	if checker.Name != "ignoredirective" {
		t.Fatalf("the Suite does not end with ignoredirective: %s", checker.Name)
	}
	analysistest.Run(t, analysistest.TestData(), checker, "./ignored")
}

func TestWrapSilences(t *testing.T) {
	wrapped := suppress.Wrap(osexit.Analyzer)
	analysistest.Run(t, analysistest.TestData(), wrapped, "./wrapped")
}
