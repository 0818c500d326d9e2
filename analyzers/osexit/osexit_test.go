package osexit_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/osexit"
)

func TestOSExit(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), osexit.Analyzer, "./...")
}
