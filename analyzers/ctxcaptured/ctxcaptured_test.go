package ctxcaptured_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxcaptured"
)

func TestCtxCaptured(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxcaptured.Analyzer, "./...")
}
