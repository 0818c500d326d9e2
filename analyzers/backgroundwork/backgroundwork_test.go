package backgroundwork_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/backgroundwork"
)

func TestBackgroundWork(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), backgroundwork.Analyzer, "./...")
}
