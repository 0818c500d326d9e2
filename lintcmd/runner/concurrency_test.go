package runner_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
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
// deployedAt is where each module's deployment decides the words.
var deployedAt = map[string]string{
	"gcfgen2":    "deploy.sh:3: sets the concurrency of Hello",
	"gcfgen1":    "deploy.sh:3: deploys Hello",
	"samclassic": "template.yaml:5: deploys handle",
	"sammanaged": "template.yaml:14: sets the concurrency of handle",
}

// keptRunningAt is where a deployment keeps background work running.
var keptRunningAt = map[string]string{
	"sammanaged": "template.yaml:11: deploys handle on Lambda Managed Instances",
}

func TestConcurrencyModules(t *testing.T) {
	t.Parallel()
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
			// Words that follow the deployment name it as the other end,
			// at the line that sets the concurrency or the managed
			// instances (or else declares the function).
			for _, f := range findings {
				if !strings.Contains(f.Message, "as deployed") {
					continue
				}
				var at []string
				for _, r := range f.Related {
					p := f.Fset.Position(r.Pos)
					at = append(at, fmt.Sprintf("%s:%d: %s", filepath.Base(p.Filename), p.Line, r.Message))
				}
				want := deployedAt[module]
				if f.Analyzer == backgroundwork.Analyzer && keptRunningAt[module] != "" {
					want = keptRunningAt[module]
				}
				if !slices.Contains(at, want) {
					t.Errorf("%s: related %q, want %q among them", relTo(dir, f.Position()), at, want)
				}
			}
		})
	}
}
