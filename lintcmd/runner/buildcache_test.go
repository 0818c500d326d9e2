package runner_test

import (
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
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
	dirs, err := testmodules.Dirs()
	if err != nil {
		t.Fatal(err)
	}
	analyzersDir, err := filepath.Abs(filepath.Join("..", "..", "analyzers"))
	if err != nil {
		t.Fatal(err)
	}
	dirs = slices.DeleteFunc(dirs, func(dir string) bool {
		first, _, _ := strings.Cut(testmodules.Name(dir), "/")
		return first != "testdata" && first != "replaced" || strings.HasPrefix(dir, analyzersDir+string(filepath.Separator))
	})
	if len(dirs) < 5 {
		t.Fatalf("only %d end-to-end modules: %v", len(dirs), dirs)
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
	if total < 30 && !t.Failed() {
		t.Errorf("only %d findings over the testdata modules: the comparison proves little", total)
	}
}
