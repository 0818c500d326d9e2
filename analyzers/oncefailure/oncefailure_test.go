package oncefailure_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/oncefailure"
)

func TestOnceFailure(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), oncefailure.Analyzer, "./...")
}
