package batchresult_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/batchresult"
)

func TestBatchResult(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), batchresult.Analyzer, "./...")
}
