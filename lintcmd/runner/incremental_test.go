package runner_test

import (
	"os"
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

// TestIncremental checks the runs after an edit, which analyze only the
// packages whose inputs changed and read the findings of the others
// from the cache: after each edit of the sample module (a package that
// no other imports, a package that others import and whose handler
// another package registers, a registration, go.mod) the result is that
// of a run that reads no findings from the cache, and the packages
// analyzed are those the edit concerns.
func TestIncremental(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	src, err := filepath.Abs(filepath.Join("..", "..", "testdata", "sample")) // its replace directives are relative
	if err != nil {
		t.Fatal(err)
	}
	if err := testmodules.Copy(dir, src); err != nil {
		t.Fatal(err)
	}
	// A package that no other imports, and a test of the handlers (a
	// package with test variants).
	writeFiles(t, dir, map[string]string{
		"internal/extra/extra.go":            "package extra\n\nimport \"os\"\n\n// Name returns the name.\nfunc Name() string { return os.Getenv(\"NAME\") }\n\n// Stop exits.\nfunc Stop() { os.Exit(1) }\n",
		"internal/handlers/handlers_test.go": "package handlers\n\nimport \"testing\"\n\nfunc TestHits(t *testing.T) { hits = 0 }\n",
	})
	cacheDir, refCache := t.TempDir(), t.TempDir()
	rebuild := func(c funcmodel.Config) ([]*analysis.Analyzer, error) { return withSuite(analyzers.Default, c) }
	patterns := []string{"./..."}
	run := func(incremental bool) (string, []string) {
		t.Helper()
		var analyzed []string
		// The reference keeps no findings; it reads the dependencies'
		// types from a cache of its own (TestCacheStates shows that it
		// changes no result).
		opts := runner.Options{Rebuild: rebuild, CacheDir: refCache}
		if incremental {
			opts = runner.Options{Rebuild: rebuild, CacheDir: cacheDir, CacheFindings: true,
				Visit: func(p *packages.Package) { analyzed = append(analyzed, p.PkgPath) }}
		}
		findings, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env, Tests: true}, patterns, analyzers.Suite, opts)
		if err != nil || len(errs) > 0 {
			t.Fatalf("run: %v %v", err, errs)
		}
		slices.Sort(analyzed)
		return render(findings, nil), slices.Compact(analyzed)
	}
	edit := func(name, old, new string) {
		t.Helper()
		path := filepath.Join(dir, filepath.FromSlash(name))
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		edited := strings.Replace(string(data), old, new, 1)
		if edited == string(data) {
			t.Fatalf("%s has no %q", name, old)
		}
		if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	const (
		sample   = "example.com/sample"
		local    = "example.com/sample/cmd/local"
		extra    = "example.com/sample/internal/extra"
		handlers = "example.com/sample/internal/handlers"
		notify   = "example.com/sample/internal/notify"
		config   = "example.com/sample/internal/config"
	)
	check := func(what string, analyzed, notAnalyzed []string) {
		t.Helper()
		want, _ := run(false)
		got, did := run(true)
		if got != want {
			diff, _ := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
				A: difflib.SplitLines(want), B: difflib.SplitLines(got),
				FromFile: "without the findings cache", ToFile: what, Context: 1,
			})
			t.Errorf("%s: the result differs from a run that reads no findings from the cache:\n%s", what, diff)
		}
		for _, p := range analyzed {
			if !slices.Contains(did, p) {
				t.Errorf("%s: %s not analyzed (analyzed %v)", what, p, did)
			}
		}
		for _, p := range notAnalyzed {
			if slices.Contains(did, p) {
				t.Errorf("%s: %s analyzed again (analyzed %v)", what, p, did)
			}
		}
	}
	if first, _ := run(true); !strings.Contains(first, "handlers.go") || !strings.Contains(first, "function.go") {
		t.Fatalf("the module's findings are not what the test expects:\n%s", first)
	}
	check("unchanged", nil, []string{sample, local, extra, handlers})
	edit("internal/extra/extra.go", "// Name", "var _ = 1\n\n// Name")
	check("a package that no other imports edited", []string{extra}, []string{sample, local, handlers})
	// Lines inserted above the handlers' findings, in a package whose
	// functions another package registers: its importers are analyzed
	// again, and the findings of the others keep their positions.
	edit("internal/handlers/handlers.go", "\nvar hits", "\n// one\n// two\n\nvar hits")
	check("a registered package edited", []string{handlers, sample, local}, []string{extra})
	check("a registered package edited, again", nil, []string{sample, local, extra, handlers})
	// The package that registers the handlers edited, its registrations
	// unchanged: it and its importer are analyzed; of the packages it
	// imports, those whose helpers it calls from lines that moved are
	// too (their findings name the calls), the others are not, their
	// facts and types read from the cache.
	edit("function.go", "\nvar (", "\n// three\n\nvar (")
	check("the registering package edited", []string{sample, local, config, notify}, []string{extra, handlers})
	// Edited below the calls of the helpers: only it and its importer.
	edit("function.go", "\treturn nil\n}", "\t// four\n\treturn nil\n}")
	check("the registering package edited below its calls", []string{sample, local}, []string{extra, handlers, notify, config})
	// Other patterns naming the same packages: no run over them is
	// kept, but every package's findings are, and nothing is analyzed.
	patterns = []string{"./...", "./internal/..."}
	check("other patterns", nil, []string{sample, local, extra, handlers})
	patterns = []string{"./..."}
	// A registration removed: what the edited package registers is
	// known only once it is modelled, and the findings of the handlers'
	// package, unchanged, depend on it (Hello is no entry point any
	// more): the handlers' package is analyzed again, and the helpers'
	// packages whose calls moved, not the package nothing concerns.
	edit("function.go", `functions.HTTP("Hello", handlers.Hello)`, `_ = handlers.Hello`)
	check("a registration removed", []string{sample, handlers}, []string{extra})
	// Registered again, under another name.
	edit("function.go", `_ = handlers.Hello`, `functions.HTTP("Greet", handlers.Hello)`)
	check("a registration added", []string{sample, handlers}, []string{extra})
	// A handler made to call a helper of a package that none imported:
	// the helper's package, whose code did not change, now reports the
	// exit in the helper, which the handler reaches.
	if first, _ := run(true); strings.Contains(first, "extra.go") {
		t.Fatalf("findings in extra.go before a handler calls it:\n%s", first)
	}
	edit("internal/handlers/handlers.go", "\t\"os\"\n)", "\t\"os\"\n\n\t\"example.com/sample/internal/extra\"\n)")
	edit("internal/handlers/handlers.go", "\tw.Write([]byte(\"[]\"))", "\textra.Stop()\n\tw.Write([]byte(\"[]\"))")
	check("a handler calls a helper of another package", []string{sample, extra, handlers}, []string{config, notify})
	if got, _ := run(true); !strings.Contains(got, "extra.go:11:15: osexit: os.Exit") {
		t.Errorf("no exit reported in extra.Stop once a handler calls it:\n%s", got)
	}
	// The handler made to call another helper of that package: the
	// helper's package, unchanged, is analyzed again (which of its
	// functions an entry point reaches changed), with the handler's
	// package and its importers, and no other.
	edit("internal/handlers/handlers.go", "\textra.Stop()\n", "\t_ = extra.Name()\n")
	check("a handler calls another helper of the same package", []string{extra, handlers, sample}, []string{config, notify})
	if got, _ := run(true); strings.Contains(got, "extra.go:11:15") {
		t.Errorf("the exit in extra.Stop still reported once no handler calls it:\n%s", got)
	}
	edit("go.mod", "go 1.24", "go 1.25")
	check("go.mod edited", []string{sample, extra, handlers}, nil)
}

// TestEditedSameAsFullRun checks the runs that seed the unchanged
// packages with the facts kept in the cache (see the runner's facts.go):
// on the end-to-end modules (every testdata module with FNLINT_SLOW),
// after an edit of the package that imports the most of the module's
// others, the run that analyzes only that package and those above it
// gives the findings and errors of a run that reads no findings or facts
// from the cache.
func TestEditedSameAsFullRun(t *testing.T) {
	t.Parallel()
	var dirs []string
	var err error
	if os.Getenv("FNLINT_SLOW") == "" {
		// The end-to-end modules whose edited package has packages of
		// the module below it to seed; every module in CI's slow step.
		dirs, err = testmodules.EndToEnd()
		dirs = slices.DeleteFunc(dirs, func(dir string) bool {
			return !slices.Contains([]string{"testdata/sample", "replaced/fn"}, testmodules.Name(dir))
		})
	} else {
		dirs, err = testmodules.Dirs()
	}
	if err != nil {
		t.Fatal(err)
	}
	var seeded atomic.Int64
	t.Cleanup(func() {
		if !t.Failed() && seeded.Load() < 3 {
			t.Errorf("only %d packages seeded over the modules: the comparison proves little", seeded.Load())
		}
	})
	rebuild := func(c funcmodel.Config) ([]*analysis.Analyzer, error) { return withSuite(analyzers.Default, c) }
	for _, src := range dirs {
		t.Run(testmodules.Name(src), func(t *testing.T) {
			t.Parallel()
			dir := t.TempDir()
			if err := testmodules.Copy(dir, src); err != nil {
				t.Fatal(err)
			}
			cfg := packages.Config{Dir: dir, Env: env, Mode: packages.NeedName | packages.NeedFiles | packages.NeedImports | packages.NeedDeps | packages.NeedModule}
			pkgs, err := packages.Load(&cfg, "./...")
			if err != nil {
				t.Fatal(err)
			}
			// The package with the most packages of the module below it.
			var top *packages.Package
			most := 0
			for _, p := range pkgs {
				below := 0
				packages.Visit([]*packages.Package{p}, nil, func(q *packages.Package) {
					if q != p && ownCode(q) {
						below++
					}
				})
				if below > most && len(p.GoFiles) > 0 {
					top, most = p, below
				}
			}
			if top == nil {
				t.Skip("no package of the module imports another")
			}
			cacheDir, refCache := t.TempDir(), t.TempDir()
			run := func(opts runner.Options) (string, int) {
				t.Helper()
				analyzed := 0
				opts.Rebuild = rebuild
				opts.Visit = func(p *packages.Package) {
					if ownCode(p) {
						analyzed++
					}
				}
				findings, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env, Tests: true}, []string{"./..."}, analyzers.Suite, opts)
				if err != nil {
					t.Fatal(err)
				}
				return render(findings, errs), analyzed
			}
			_, all := run(runner.Options{CacheDir: cacheDir, CacheFindings: true})
			name := top.GoFiles[0]
			data, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(name, append(data, "\n// edited\n"...), 0o644); err != nil {
				t.Fatal(err)
			}
			got, analyzed := run(runner.Options{CacheDir: cacheDir, CacheFindings: true})
			want, _ := run(runner.Options{CacheDir: refCache})
			if got != want {
				diff, _ := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
					A: difflib.SplitLines(want), B: difflib.SplitLines(got),
					FromFile: "without the findings cache", ToFile: "after editing " + top.PkgPath, Context: 1,
				})
				t.Errorf("the result differs from a run that reads no findings or facts from the cache:\n%s", diff)
			}
			t.Logf("%d of %d packages of the user's code analyzed again", analyzed, all)
			seeded.Add(int64(all - analyzed))
		})
	}
}

// ownCode reports whether p is of the main module or of a module
// replaced by a local directory.
func ownCode(p *packages.Package) bool {
	m := p.Module
	return m != nil && (m.Main || m.Replace != nil && m.Replace.Version == "")
}
