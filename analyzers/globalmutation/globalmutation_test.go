package globalmutation_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/globalmutation"
)

func TestGlobalMutation(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), globalmutation.Analyzer, "./...")
}
