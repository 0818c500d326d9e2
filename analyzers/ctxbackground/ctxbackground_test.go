package ctxbackground_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxbackground"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

func TestCtxBackground(t *testing.T) {
	fixtest.Goldens(t, analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxbackground.Analyzer, "./..."))
}
