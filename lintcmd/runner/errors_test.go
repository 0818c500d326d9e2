package runner_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/testmodules"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestUnparsableFiles: a file the parser gives up on before its package
// clause (CR line endings only; nesting past the parser's limit) is
// reported once, by its parse error, in a package with tests too, and
// not again by the type checker as "package ; expected package".
func TestUnparsableFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod":       "module example.com/fn\n\ngo 1.24\n",
		"cr/cr.go":     "package cr\r\rfunc F() {\r}\r",
		"cr/ok.go":     "package cr\n\nfunc G() {}\n",
		"cr/x_test.go": "package cr\n\nimport \"testing\"\n\nfunc TestG(t *testing.T) { G() }\n",
		"deep/deep.go": "package deep\n\nvar X = " + strings.Repeat("(", 200000) + "1" + strings.Repeat(")", 200000) + "\n",
	})
	_, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env, Tests: true}, []string{"./..."}, analyzers.Suite, runner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		filepath.Join(dir, "cr", "cr.go") + ":1:13: expected ';', found 'func'",
		filepath.Join(dir, "deep", "deep.go") + ":3:100009: exceeded max nesting depth",
	}
	if !slices.Equal(errs, want) {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(errs, "\n"), strings.Join(want, "\n"))
	}
}

// TestErrorsSorted: the errors come sorted like findings and once each,
// in every run, with the cache or without: the dependencies' errors by
// package, then the others by position. Two dependencies that do not
// type-check and a package and its test variant that both fail to
// import one of them.
func TestErrorsSorted(t *testing.T) {
	t.Parallel()
	work := t.TempDir()
	writeFiles(t, work, map[string]string{
		"fn/go.mod":     "module example.com/fn\n\ngo 1.24\n",
		"fn/fn.go":      "package fn\n\nimport (\n\t\"cloud.google.com/go/aa\"\n\t\"cloud.google.com/go/bb\"\n)\n\nvar _, _ = aa.X, bb.X\n",
		"fn/fn_test.go": "package fn\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) {}\n",
		"fn/ok/ok.go":   "package ok\n\nvar Y int = \"no\"\n",
		"aa/go.mod":     "module cloud.google.com/go/aa\n\ngo 1.24\n",
		"aa/aa.go":      "package aa\n\nvar X int = \"aa\"\n",
		"bb/go.mod":     "module cloud.google.com/go/bb\n\ngo 1.24\n",
		"bb/bb.go":      "package bb\n\nvar X int = \"bb\"\n",
	})
	dir := filepath.Join(work, "fn")
	e := os.Environ()
	for _, m := range []string{"aa", "bb"} {
		cacheEnv, err := testmodules.FromModuleCache(dir, filepath.Join(work, m), "v1.0.0", work)
		if err != nil {
			t.Fatal(err)
		}
		e = append(e, cacheEnv...)
	}
	want := []string{
		"dependency cloud.google.com/go/aa: " + filepath.Join(work, "modcache", "cloud.google.com", "go", "aa@v1.0.0", "aa.go") + `:3:13: cannot use "aa" (untyped string constant) as int value in variable declaration`,
		"dependency cloud.google.com/go/bb: " + filepath.Join(work, "modcache", "cloud.google.com", "go", "bb@v1.0.0", "bb.go") + `:3:13: cannot use "bb" (untyped string constant) as int value in variable declaration`,
		filepath.Join(dir, "ok", "ok.go") + `:3:13: cannot use "no" (untyped string constant) as int value in variable declaration`,
	}
	cacheDir := t.TempDir()
	for i := range 4 {
		opts := runner.Options{Rebuild: func(cfg funcmodel.Config) ([]*analysis.Analyzer, error) { return analyzers.New(cfg).Suite, nil }}
		if i > 0 {
			opts.CacheDir = cacheDir
		}
		_, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: e, Tests: true}, []string{"./..."}, analyzers.Suite, opts)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(errs, want) {
			t.Errorf("run %d: errors:\n%s\nwant:\n%s", i, strings.Join(errs, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestGoCommandFails: when the go command cannot list the packages at
// all, the error is its own words, without go/packages' wrapping.
func TestGoCommandFails(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod": "module example.com/fn\n\ngo 1.24\nrequire (\n",
		"fn.go":  "package fn\n",
	})
	_, _, err := runner.RunWith(packages.Config{Dir: dir, Env: env}, []string{"./..."}, analyzers.Suite, runner.Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "go: ") || strings.Contains(err.Error(), "exit status") {
		t.Errorf("error %v, want the go command's own words (go: ...)", err)
	}
}

// TestErrorNamesPackage: an error that the go command gives without a
// position (a requested package of a module not downloaded) names the
// package, not "-".
func TestErrorNamesPackage(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod": "module example.com/fn\n\ngo 1.24\n\nrequire example.com/nowhere v1.2.3\n",
		"fn.go":  "package fn\n",
	})
	_, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env}, []string{"example.com/nowhere/pkg"}, analyzers.Suite, runner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) == 0 {
		t.Fatal("no error for a package of a module not downloaded")
	}
	for _, e := range errs {
		if !strings.HasPrefix(e, "example.com/nowhere/pkg: ") {
			t.Errorf("error %q does not start with the package", e)
		}
	}
}
