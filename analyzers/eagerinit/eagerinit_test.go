package eagerinit_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/eagerinit"
)

func TestEagerInit(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), eagerinit.Analyzer, "./...")
}
