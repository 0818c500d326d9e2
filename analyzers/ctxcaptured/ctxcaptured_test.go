package ctxcaptured_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxcaptured"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

func TestCtxCaptured(t *testing.T) {
	fixtest.Goldens(t, analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxcaptured.Analyzer, "./..."))
}
