package procstate_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/procstate"
)

func TestProcState(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), procstate.Analyzer, "./...")
}
