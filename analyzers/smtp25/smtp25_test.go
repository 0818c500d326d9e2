package smtp25_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/smtp25"
)

func TestSMTP25(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), smtp25.Analyzer, "./...")
}
