package missingresponse_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/missingresponse"
)

func TestMissingResponse(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), missingresponse.Analyzer, "./...")
}
