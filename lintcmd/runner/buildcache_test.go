package runner_test

import (
	"os"
	"os/exec"
	"slices"
	"testing"

	"github.com/pmezard/go-difflib/difflib"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/testmodules"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestBuildCache checks that reading the types of the dependencies from
// the Go build cache's export data (Options.BuildCache) gives the very
// findings, related positions, fixes and errors that type-checking them
// from source gives: on the end-to-end testdata modules, with the build
// cache warmed by go list -export, without fnlint's cache, filling it
// from the build cache, and reading it back. (TestPlanReadsBuildCache
// checks that the plan takes the path.)
func TestBuildCache(t *testing.T) {
	t.Parallel()
	dirs, err := testmodules.EndToEnd()
	if err != nil {
		t.Fatal(err)
	}
	if os.Getenv("FNLINT_SLOW") == "" {
		// Each module costs four runs that type-check the standard
		// library's packages it imports from source: the sample and a
		// module with a locally replaced one in every run, all of them
		// in CI's slow step.
		dirs = slices.DeleteFunc(dirs, func(dir string) bool {
			return !slices.Contains([]string{"testdata/sample", "replaced/fn"}, testmodules.Name(dir))
		})
		if len(dirs) != 2 {
			t.Fatalf("the default modules are not all there: %v", dirs)
		}
	}
	total := 0
	for _, dir := range dirs {
		t.Run(testmodules.Name(dir), func(t *testing.T) {
			// The build cache holds every package of the graph, as
			// after go build or go vet.
			warm := exec.Command("go", "list", "-e", "-export", "-deps", "-test", "./...")
			warm.Dir, warm.Env = dir, env
			if out, err := warm.CombinedOutput(); err != nil {
				t.Fatalf("go list -export: %v\n%s", err, out)
			}
			cfg := packages.Config{Dir: dir, Env: env, Tests: true}
			rebuild := func(c funcmodel.Config) ([]*analysis.Analyzer, error) { return withSuite(analyzers.Default, c) }
			cacheDir := t.TempDir()
			var want string
			for i, run := range []struct {
				name       string
				buildCache bool
				cache      string
			}{{"from source", false, ""}, {"from the build cache", true, ""},
				{"from the build cache, filling the cache", true, cacheDir}, {"from the cache", true, cacheDir}} {
				got, gotErrs, err := runner.RunWith(cfg, []string{"./..."}, analyzers.Suite, runner.Options{
					Rebuild: rebuild, CacheDir: run.cache, BuildCache: run.buildCache,
				})
				if err != nil {
					t.Fatal(err)
				}
				have := render(got, gotErrs)
				if i == 0 {
					want = have
					total += len(got)
					continue
				}
				if want != have {
					diff, _ := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
						A: difflib.SplitLines(want), B: difflib.SplitLines(have),
						FromFile: "from source", ToFile: run.name, Context: 1,
					})
					t.Errorf("findings differ:\n%s", diff)
				}
			}
		})
	}
	least := 15 // the two modules of every run
	if os.Getenv("FNLINT_SLOW") != "" {
		least = 30
	}
	if total < least && !t.Failed() {
		t.Errorf("only %d findings over the testdata modules: the comparison proves little", total)
	}
}
