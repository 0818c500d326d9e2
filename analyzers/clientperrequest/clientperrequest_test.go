package clientperrequest_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/clientperrequest"
)

func TestClientPerRequest(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), clientperrequest.Analyzer, "./...")
}
