package runner_test

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/pmezard/go-difflib/difflib"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/testmodules"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/model/funcmodel"
)

var env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")

// render prints findings and errors as the comparison sees them: every
// field a user or a fix sees.
func render(findings []runner.Finding, errs []string) string {
	var b strings.Builder
	for _, f := range findings {
		fmt.Fprintf(&b, "%s: %s: %s [%s-%s]\n", f.Position(), f.Analyzer.Name, f.Message, f.Fset.Position(f.Pos), f.Fset.Position(f.End))
		for _, r := range f.Related {
			fmt.Fprintf(&b, "\trelated %s: %s\n", f.Fset.Position(r.Pos), r.Message)
		}
		for _, fix := range f.SuggestedFixes {
			fmt.Fprintf(&b, "\tfix %s\n", fix.Message)
			for _, e := range fix.TextEdits {
				fmt.Fprintf(&b, "\t\t%s-%s %q\n", f.Fset.Position(e.Pos), f.Fset.Position(e.End), e.NewText)
			}
		}
	}
	for _, e := range errs {
		fmt.Fprintf(&b, "error: %s\n", e)
	}
	return b.String()
}

// TestSameAsFullSource checks that analyzing from source only the
// requested packages and the local packages they import reports
// exactly what checker.Analyze over every dependency loaded from source
// reports: on the end-to-end testdata modules as a whole, and, with
// FNLINT_SLOW set (CI's slow step), on every testdata module as a whole
// and on each of its packages alone (which needs the facts of the
// module's other packages).
func TestSameAsFullSource(t *testing.T) {
	t.Parallel()
	slow := os.Getenv("FNLINT_SLOW") != ""
	var total atomic.Int64
	t.Cleanup(func() {
		filtered := flag.Lookup("test.run").Value.String() != ""
		want := int64(30)
		if slow {
			want = 100
		}
		if n := total.Load(); n < want && !t.Failed() && !filtered {
			t.Errorf("only %d findings over the testdata modules: the comparison proves little", n)
		}
	})
	// Four of the end-to-end modules (see testmodules.EndToEnd): Cloud
	// Run functions, Lambda, test variants, a locally replaced module;
	// every testdata module in the slow step, which compares them
	// package by package too.
	dirs, err := testmodules.EndToEnd()
	if slow {
		dirs, err = testmodules.Dirs()
	}
	if err != nil {
		t.Fatal(err)
	}
	if !slow {
		dirs = slices.DeleteFunc(dirs, func(dir string) bool {
			return !slices.Contains([]string{"testdata/sample", "testdata/lambda", "testdata/variants", "replaced/fn"}, testmodules.Name(dir))
		})
		if len(dirs) != 4 {
			t.Fatalf("the default modules are not all there: %v", dirs)
		}
	}
	cacheDir := t.TempDir()
	for _, dir := range dirs {
		patterns := [][]string{{"./..."}}
		out, err := exec.Command("go", "-C", dir, "list", "-e", "./...").Output()
		if err != nil {
			t.Fatalf("go list in %s: %v", dir, err)
		}
		// Package by package too, when asked: a full-source load of the
		// standard library per package is the slowest test of the
		// repository (CI runs it in a step of its own).
		if pkgs := strings.Fields(string(out)); len(pkgs) > 1 && slow {
			for _, p := range pkgs {
				patterns = append(patterns, []string{p})
			}
		}
		for _, pats := range patterns {
			name := testmodules.Name(dir) + "/" + strings.Join(pats, ",")
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				cfg := packages.Config{Dir: dir, Env: env, Tests: true}
				// Both judge handlers registered from other packages
				// where they are declared, as the command does.
				rebuild := func(c funcmodel.Config) ([]*analysis.Analyzer, error) { return withSuite(analyzers.Default, c) }
				full, fullErrs, err := runner.RunWith(cfg, pats, analyzers.Suite, runner.Options{FullSource: true, Rebuild: rebuild})
				if err != nil {
					t.Fatal(err)
				}
				// This driver three times: without a cache, and with
				// one, filling it and then reading back the export
				// data and summaries of the dependencies. The modules
				// share the cache, as a user's do: the standard
				// library's types are type-checked from source once.
				want := render(full, fullErrs)
				// The third keeps the findings too, and a fourth run,
				// over the same code, reads them back without analyzing.
				runs := []struct {
					name     string
					cache    string
					findings bool
				}{{"this driver", "", false}, {"this driver, filling the cache", cacheDir, false},
					{"this driver, from the cache, keeping the findings", cacheDir, true}, {"this driver, findings from the cache", cacheDir, true}}
				if len(pats) == 1 && pats[0] != "./..." {
					runs = runs[:1] // package by package: the driver's loading, not the cache's
				}
				for i, run := range runs {
					analyzed := false
					got, gotErrs, err := runner.RunWith(cfg, pats, analyzers.Suite, runner.Options{
						Rebuild: rebuild, CacheDir: run.cache, CacheFindings: run.findings,
						Visit: func(*packages.Package) { analyzed = true },
					})
					if err != nil {
						t.Fatal(err)
					}
					if i == len(runs)-1 && len(gotErrs) == 0 && len(runs) > 1 && analyzed {
						t.Errorf("%s: analyzed again", run.name)
					}
					if have := render(got, gotErrs); want != have {
						diff, _ := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
							A: difflib.SplitLines(want), B: difflib.SplitLines(have),
							FromFile: "full source", ToFile: run.name, Context: 1,
						})
						t.Errorf("findings differ from a full-source run:\n%s", diff)
					}
					total.Add(int64(len(got)))
				}
			})
		}
	}
}

// TestLoadsOnlyWhatItMust checks which packages the driver analyzes
// from source on the sample module: its own, never the standard library
// or a third-party module.
func TestLoadsOnlyWhatItMust(t *testing.T) {
	t.Parallel()
	dir, _ := filepath.Abs("../../testdata/sample")
	cfg := packages.Config{Dir: dir, Env: env}
	var seen []string
	findings, errs, err := runner.RunWith(cfg, []string{"./..."}, analyzers.Suite, runner.Options{
		Visit: func(p *packages.Package) { seen = append(seen, p.PkgPath) },
	})
	if err != nil || len(errs) > 0 {
		t.Fatalf("run: %v %v", err, errs)
	}
	if len(findings) == 0 {
		t.Fatal("no findings on the sample")
	}
	if len(seen) == 0 {
		t.Fatal("no package analyzed")
	}
	for _, p := range seen {
		if !strings.HasPrefix(p, "example.com/sample") {
			t.Errorf("analyzed %s from source: not a package of the sample module", p)
		}
	}
	slices.Sort(seen)
	t.Logf("analyzed from source: %v", seen)
}

// TestDependencyErrors checks that an error in a dependency read from
// export data is reported as itself, not only as a failed import: here
// a module from the module cache that the knowledge tables describe
// (so that it is read from export data, see TestSummarizedFromSource)
// imports a module missing from it.
func TestDependencyErrors(t *testing.T) {
	t.Parallel()
	work := t.TempDir()
	files := map[string]string{
		"top/go.mod": "module example.com/top\n\ngo 1.24\n\nrequire github.com/golang/glog v1.0.0\n",
		"top/top.go": "package top\n\nimport _ \"github.com/golang/glog\"\n",
		"dep/go.mod": "module github.com/golang/glog\n\ngo 1.24\n\nrequire example.com/nowhere v1.2.3\n",
		"dep/dep.go": "package glog\n\nimport _ \"example.com/nowhere\"\n",
	}
	writeFiles(t, work, files)
	dir := filepath.Join(work, "top")
	cacheEnv, err := testmodules.FromModuleCache(dir, filepath.Join(work, "dep"), "v1.0.0", work)
	if err != nil {
		t.Fatal(err)
	}
	cfg := packages.Config{Dir: dir, Env: append(os.Environ(), cacheEnv...)}
	// Without fnlint's cache glog's export data comes from the go
	// command; with it, glog is type-checked from source for its types:
	// either way the missing module is named, and glog is not analyzed.
	for _, cacheDir := range []string{"", t.TempDir()} {
		fromSource := false
		_, errs, err := runner.RunWith(cfg, []string{"./..."}, analyzers.Suite, runner.Options{
			CacheDir: cacheDir,
			Rebuild:  func(cfg funcmodel.Config) ([]*analysis.Analyzer, error) { return analyzers.New(cfg).Suite, nil },
			Visit:    func(p *packages.Package) { fromSource = fromSource || p.PkgPath == "github.com/golang/glog" },
		})
		if err != nil {
			t.Fatal(err)
		}
		if fromSource {
			t.Errorf("cache %q: github.com/golang/glog, from the module cache and described by the tables, was analyzed", cacheDir)
		}
		all := strings.Join(errs, "\n")
		if !strings.Contains(all, "example.com/nowhere") || strings.Contains(all, "invalid package name") {
			t.Errorf("cache %q: the errors do not name the missing module, or only as a package without a name:\n%s", cacheDir, all)
		}
	}
}

// TestReplacedModuleFromSource checks that a module replaced by a local
// directory is analyzed from source, like the main module, so that the
// facts of its helpers reach the function that calls them.
func TestReplacedModuleFromSource(t *testing.T) {
	t.Parallel()
	dir, _ := filepath.Abs("testdata/replaced/fn")
	common := false
	findings, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env}, []string{"./..."}, analyzers.Suite, runner.Options{
		Visit: func(p *packages.Package) { common = common || p.PkgPath == "example.com/common" },
	})
	if err != nil || len(errs) > 0 {
		t.Fatalf("run: %v %v", err, errs)
	}
	if !common {
		t.Error("example.com/common, replaced by ../common, was not analyzed from source")
	}
	if out := render(findings, nil); !strings.Contains(out, "calls common.MustEnv, which calls log.Fatalf") {
		t.Errorf("the exit in example.com/common does not reach the function:\n%s", out)
	}
}

// TestDependencyImportsReplacedModule checks that a dependency read from
// export data that imports a module replaced by a local directory, which
// is analyzed from source, sees the very types checked from source: the
// function passes a value from one to the other without a type error.
func TestDependencyImportsReplacedModule(t *testing.T) {
	t.Parallel()
	work := t.TempDir()
	files := map[string]string{
		"fn/go.mod":        "module example.com/fn\n\ngo 1.24\n\nrequire example.com/common v0.0.0\n\nreplace example.com/common => ../common\n",
		"fn/fn.go":         "package fn\n\nimport (\n\t\"example.com/common\"\n\tlib \"github.com/sirupsen/logrus\"\n)\n\nfunc F() int { return common.Use(lib.Get()) }\n",
		"common/go.mod":    "module example.com/common\n\ngo 1.24\n",
		"common/common.go": "package common\n\ntype T struct{ N int }\n\nfunc Use(t *T) int { return t.N }\n",
		"lib/go.mod":       "module github.com/sirupsen/logrus\n\ngo 1.24\n\nrequire example.com/common v0.0.0\n",
		"lib/lib.go":       "package logrus\n\nimport \"example.com/common\"\n\nfunc Get() *common.T { return &common.T{N: 1} }\n",
	}
	writeFiles(t, work, files)
	dir := filepath.Join(work, "fn")
	cacheEnv, err := testmodules.FromModuleCache(dir, filepath.Join(work, "lib"), "v1.0.0", work)
	if err != nil {
		t.Fatal(err)
	}
	var source []string
	_, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: append(os.Environ(), cacheEnv...)}, []string{"./..."}, analyzers.Suite, runner.Options{
		Visit: func(p *packages.Package) { source = append(source, p.PkgPath) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) > 0 {
		t.Errorf("errors:\n%s", strings.Join(errs, "\n"))
	}
	if slices.Sort(source); !slices.Equal(source, []string{"example.com/common", "example.com/fn"}) {
		t.Errorf("analyzed from source: %v, want example.com/common and example.com/fn", source)
	}
}

// TestFullSource checks that FullSource, which a command sets for
// -funcmodel.deps, loads every package from source.
func TestFullSource(t *testing.T) {
	t.Parallel()
	dir, _ := filepath.Abs("../../testdata/sample")
	std := false
	_, _, err := runner.RunWith(packages.Config{Dir: dir, Env: env}, []string{"./..."}, analyzers.Suite, runner.Options{
		FullSource: true,
		Visit:      func(p *packages.Package) { std = std || p.PkgPath == "net/http" },
	})
	if err != nil {
		t.Fatal(err)
	}
	if !std {
		t.Error("with FullSource, net/http was not analyzed from source")
	}
}

// TestSummarizedFromSource checks that a third-party dependency the
// knowledge tables do not describe is analyzed from source, and that
// what its functions do reaches the function code calling them: an exit
// helper and a client constructor that no table lists.
func TestSummarizedFromSource(t *testing.T) {
	t.Parallel()
	dir, env := summarizedModule(t)
	fromSource := false
	findings, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env}, []string{"./..."}, analyzers.Suite, runner.Options{
		Visit: func(p *packages.Package) { fromSource = fromSource || p.PkgPath == "example.com/logx" },
	})
	if err != nil || len(errs) > 0 {
		t.Fatalf("run: %v %v", err, errs)
	}
	if !fromSource {
		t.Error("example.com/logx, a dependency no table describes, was not analyzed from source")
	}
	out := render(findings, nil)
	for _, want := range []string{
		"calls logx.ErrorExit, which calls logx.exit, which calls os.Exit, which terminates the function instance",
		"calls logx.NewService, which calls (*http.Transport).Clone, creating a client on every invocation",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("no finding says %q:\n%s", want, out)
		}
	}
}

// summarizedModule writes a function module that requires, from a
// module cache, a module no table describes, and returns its directory
// and the environment that has the go command use that cache.
func summarizedModule(t *testing.T) (dir string, env []string) {
	work := t.TempDir()
	files := map[string]string{
		"fn/go.mod": "module example.com/fn\n\ngo 1.24\n",
		"fn/fn.go": `package fn

import (
	"net/http"

	"example.com/logx"
)

func Handle(w http.ResponseWriter, r *http.Request) {
	if _, err := logx.NewService(); err != nil {
		logx.ErrorExit(err)
	}
	w.WriteHeader(http.StatusNoContent)
}
`,
		"logx/go.mod": "module example.com/logx\n\ngo 1.24\n",
		"logx/logx.go": `package logx

import (
	"fmt"
	"net/http"
	"os"
)

// ErrorExit logs err and exits.
func ErrorExit(err error) {
	fmt.Fprintln(os.Stderr, err)
	exit(1)
}

func exit(code int) { os.Exit(code) }

type Service struct{ client *http.Client }

func NewService() (*Service, error) {
	t := http.DefaultTransport.(*http.Transport).Clone()
	return &Service{client: &http.Client{Transport: t}}, nil
}
`,
	}
	writeFiles(t, work, files)
	dir = filepath.Join(work, "fn")
	cacheEnv, err := testmodules.FromModuleCache(dir, filepath.Join(work, "logx"), "v1.0.0", work)
	if err != nil {
		t.Fatal(err)
	}
	return dir, append(os.Environ(), cacheEnv...)
}

// TestCache checks that a second run finds a summarized dependency's
// export data and summaries in the cache instead of analyzing it, with
// the same findings, and that a corrupt entry is computed again.
func TestCache(t *testing.T) {
	t.Parallel()
	dir, env := summarizedModule(t)
	cacheDir := t.TempDir()
	run := func() (string, bool) {
		t.Helper()
		fromSource := false
		findings, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env}, []string{"./..."}, analyzers.Suite, runner.Options{
			CacheDir: cacheDir,
			Rebuild:  func(cfg funcmodel.Config) ([]*analysis.Analyzer, error) { return analyzers.New(cfg).Suite, nil },
			Visit:    func(p *packages.Package) { fromSource = fromSource || p.PkgPath == "example.com/logx" },
		})
		if err != nil || len(errs) > 0 {
			t.Fatalf("run: %v %v", err, errs)
		}
		return render(findings, nil), fromSource
	}
	first, fromSource := run()
	if !fromSource {
		t.Fatal("the first run did not analyze example.com/logx from source")
	}
	if !strings.Contains(first, "calls logx.ErrorExit") || !strings.Contains(first, "calls logx.NewService") {
		t.Fatalf("the first run misses the dependency's summaries:\n%s", first)
	}
	second, fromSource := run()
	if fromSource {
		t.Error("the second run analyzed example.com/logx from source again")
	}
	if second != first {
		t.Errorf("with the cache:\n%s\nwithout:\n%s", second, first)
	}
	// Corrupt every entry's content: each reads as missing.
	corrupted := 0
	err := filepath.WalkDir(cacheDir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, "-d") {
			corrupted++
			return os.WriteFile(path, []byte("not an entry"), 0o644)
		}
		return err
	})
	if err != nil || corrupted == 0 {
		t.Fatalf("corrupting the cache: %v (%d entries)", err, corrupted)
	}
	third, fromSource := run()
	if !fromSource {
		t.Error("after corrupting the cache, example.com/logx was not analyzed again")
	}
	if third != first {
		t.Errorf("after corrupting the cache:\n%s\nbefore:\n%s", third, first)
	}
}

// TestCachedFindingsInvalidated: findings kept in the cache are not used
// once what they derive from changes (a file of the module, its go.mod,
// an analyzer's flag), and the run then gives what a run without the
// cache gives.
func TestCachedFindingsInvalidated(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := testmodules.Copy(dir, filepath.Join("..", "..", "testdata", "legacy")); err != nil {
		t.Fatal(err)
	}
	cacheDir := t.TempDir()
	suite := analyzers.New(funcmodel.Config{})
	patterns := []string{"./..."}
	refCache := t.TempDir()
	run := func(cache bool) (string, bool) {
		t.Helper()
		analyzed := false
		opts := runner.Options{
			Rebuild: func(c funcmodel.Config) ([]*analysis.Analyzer, error) { return withSuite(suite, c) },
			Visit:   func(*packages.Package) { analyzed = true },
		}
		// The reference analyzes, with the dependencies' types from a
		// cache of its own (TestCacheStates shows that a cache never
		// changes a result), so that it does not type-check the
		// standard library on every comparison.
		opts.CacheDir = refCache
		if cache {
			opts.CacheDir, opts.CacheFindings = cacheDir, true
		}
		findings, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env}, patterns, suite.Suite, opts)
		if err != nil || len(errs) > 0 {
			t.Fatalf("run: %v %v", err, errs)
		}
		return render(findings, nil), analyzed
	}
	check := func(what string, wantAnalyzed bool) {
		t.Helper()
		want, _ := run(false)
		got, analyzed := run(true)
		if analyzed != wantAnalyzed {
			t.Errorf("%s: analyzed %v, want %v", what, analyzed, wantAnalyzed)
		}
		if got != want {
			t.Errorf("%s: with the cache\n%s\nwithout\n%s", what, got, want)
		}
	}
	if first, _ := run(true); !strings.Contains(first, "go.mod selects Go 1.16") || !strings.Contains(first, "returns without writing a response") {
		t.Fatalf("the module's findings are not what the test expects:\n%s", first)
	}
	check("unchanged", false)
	// Lines inserted above every finding: the positions move.
	src := filepath.Join(dir, "function.go")
	data, _ := os.ReadFile(src)
	edited := strings.Replace(string(data), "\nimport", "\n// one\n// two\n\nimport", 1)
	if edited == string(data) {
		t.Fatal("function.go has no import to insert lines above")
	}
	if err := os.WriteFile(src, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	check("function.go edited", true)
	check("function.go edited, again", false)
	gomod := filepath.Join(dir, "go.mod")
	data, _ = os.ReadFile(gomod)
	if err := os.WriteFile(gomod, []byte(strings.Replace(string(data), "go 1.16", "go 1.19", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	check("go.mod edited", true)
	if err := suite.Model.Flags.Set("entry", "example.com/legacy.Nope"); err != nil {
		t.Fatal(err)
	}
	check("a flag set", true)
	// Files named on the command line: their module is found after the
	// graph is listed, so their runs are not kept.
	patterns = []string{"function.go"}
	check("file arguments", true)
	check("file arguments, again", true)
}

// TestDependencyTestVariant checks that the test variant of a
// dependency (testing [bufio.test], which the go command recompiles
// for bufio's tests and gives no export data) is type-checked from
// source rather than reported as an import that failed, with and
// without the cache.
func TestDependencyTestVariant(t *testing.T) {
	t.Parallel()
	for _, cacheDir := range []string{"", t.TempDir()} {
		_, errs, err := runner.RunWith(packages.Config{Env: env, Tests: true}, []string{"bufio"}, analyzers.Suite, runner.Options{
			CacheDir: cacheDir,
			Rebuild:  func(cfg funcmodel.Config) ([]*analysis.Analyzer, error) { return analyzers.New(cfg).Suite, nil },
		})
		if err != nil || len(errs) > 0 {
			t.Errorf("cache %q: %v\n%s", cacheDir, err, strings.Join(errs, "\n"))
		}
	}
}

// withSuite returns the suite of set over a model with cfg.
func withSuite(set *analyzers.Set, cfg funcmodel.Config) ([]*analysis.Analyzer, error) {
	with, err := set.With(cfg)
	if err != nil {
		return nil, err
	}
	return with.Suite, nil
}
