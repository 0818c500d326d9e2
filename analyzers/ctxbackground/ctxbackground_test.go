package ctxbackground_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxbackground"
)

func TestCtxBackground(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxbackground.Analyzer, "./...")
}
