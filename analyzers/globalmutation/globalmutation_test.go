package globalmutation_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/globalmutation"
	"github.com/fnlint/fnlint/internal/relatedtest"
)

func TestGlobalMutation(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), globalmutation.Analyzer, "./...")
	relatedtest.Check(t, results,
		// A call of another package's function points at its declaration.
		"fns.go:54 -> config.go:13: config.Set writes config.current without synchronization",
		"main.go:28 -> config.go:13: config.Set writes config.current without synchronization",
		"model.go:44 -> config.go:37: config.Deep calls config.d1, which calls config.d2, which calls config.d3, which calls config.d4, which calls config.d5, which writes config.deepest without synchronization",
	)
}
