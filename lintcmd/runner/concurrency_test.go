package runner_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers/backgroundwork"
	"github.com/fnlint/fnlint/analyzers/globalmutation"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestConcurrencyModules runs globalmutation and backgroundwork through
// fnlint's driver on testdata modules deployed with different
// concurrency and freezing: the same code gets the words of its
// deployment (a race with --concurrency 80 or on Lambda Managed
// Instances, a leak on 1st gen or in a classic Lambda environment, work
// that keeps running where the environment is not frozen). Each // want
// comment expects one finding on its line, and nothing else is reported.
func TestConcurrencyModules(t *testing.T) {
	cacheDir := t.TempDir()
	suite := []*analysis.Analyzer{globalmutation.Analyzer, backgroundwork.Analyzer}
	for _, module := range []string{"gcfgen2", "gcfgen1", "samclassic", "sammanaged", "sammixed"} {
		t.Run(module, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("testdata", "concurrency", module))
			if err != nil {
				t.Fatal(err)
			}
			cfg := packages.Config{Dir: dir, Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")}
			findings, errs, err := runner.RunWith(cfg, []string{"./..."}, suite, runner.Options{
				CacheDir: cacheDir,
				Rebuild:  func(funcmodel.Config) ([]*analysis.Analyzer, error) { return suite, nil },
			})
			if err != nil || len(errs) > 0 {
				t.Fatalf("run: %v %v", err, errs)
			}
			checkGoModWants(t, dir, findings)
		})
	}
}
