package batchfailure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/batchfailure"
)

func TestBatchFailure(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), batchfailure.Analyzer, "./...")
}
