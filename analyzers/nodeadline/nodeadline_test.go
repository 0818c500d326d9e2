package nodeadline_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/nodeadline"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

func TestNoDeadline(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), nodeadline.Analyzer, "./...")
	fixtest.Goldens(t, results)
}
