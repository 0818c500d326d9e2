package tmpfile_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/tmpfile"
)

func TestTmpFile(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), tmpfile.Analyzer, "./...")
}
