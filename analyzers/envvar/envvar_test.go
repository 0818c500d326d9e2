package envvar_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/envvar"
)

func TestEnvVar(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), envvar.Analyzer, "./...")
}

// TestOldRuntime checks that a module on the Go 1.11 runtime, which sets
// the old variables, is not reported.
func TestOldRuntime(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "old"), envvar.Analyzer, "./...")
}
