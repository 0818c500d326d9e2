package envvar_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/envvar"
	"github.com/fnlint/fnlint/internal/relatedtest"
)

func TestEnvVar(t *testing.T) {
	results := analysistest.Run(t, analysistest.TestData(), envvar.Analyzer, "./...")
	relatedtest.Check(t, results,
		// A call of another package's function points at its declaration.
		"fns.go:41 -> config.go:7: config.Project reads GCP_PROJECT",
	)
}

// TestOldRuntime checks that a module on the Go 1.11 runtime, which sets
// the old variables, is not reported.
func TestOldRuntime(t *testing.T) {
	analysistest.Run(t, filepath.Join(analysistest.TestData(), "old"), envvar.Analyzer, "./...")
}
