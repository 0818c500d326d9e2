package tmpfile_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/tmpfile"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

func TestTmpFile(t *testing.T) {
	fixtest.Goldens(t, analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), tmpfile.Analyzer, "./..."))
}
