package runner_test

import (
	"cmp"
	"go/token"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers/batchfailure"
	"github.com/fnlint/fnlint/analyzers/envvar"
	"github.com/fnlint/fnlint/analyzers/registration"
	"github.com/fnlint/fnlint/analyzers/runtimeversion"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// runtimeversion's findings sit in go.mod, which analysistest does not
// read, so its testdata modules are checked here, through the driver.

// TestRuntimeVersionModules runs the analyzer on each testdata module as fnlint
// ./... does, through fnlint's driver, which de-duplicates identical
// diagnostics of a module's packages: its finding sits in go.mod, which
// analysistest does not read. Each // want `regexp` comment, in go.mod
// or a Go file, expects one finding on its line, and nothing else is
// reported.
func TestRuntimeVersionModules(t *testing.T) {
	t.Parallel()
	cacheDir := t.TempDir()
	for _, tc := range []struct {
		module, today string
	}{
		// On 2024-06-01 go120 is deprecated but not yet decommissioned.
		{"go111", "2024-06-01"},
		{"go116", "2024-06-01"},
		{"go120", "2024-06-01"},
		{"go125", "2024-06-01"},
		{"go126", "2024-06-01"},
		{"go117", "2024-06-01"},
		{"lambda126", "2030-01-01"},
		{"silenced", "2024-06-01"},
		// Three packages declare entry points; go126's deprecation,
		// given as February or March 2027, has surely passed in May.
		{"multi", "2027-05-01"},
		// Deployment files: the runtimes they set, reported where they
		// set them (provided.al2's updates are blocked since 2026-08-31).
		{"lambdasam", "2026-12-01"},
		{"gcf", "2024-06-01"},
		// go120's twin, deployed on go122: nothing to report.
		{"gcfnew", "2024-06-01"},
	} {
		t.Run(tc.module, func(t *testing.T) {
			a := runtimeversion.New(funcmodel.Analyzer)
			if err := a.Flags.Set("today", tc.today); err != nil {
				t.Fatal(err)
			}
			dir, err := filepath.Abs(filepath.Join("..", "..", "analyzers", "runtimeversion", "testdata", tc.module))
			if err != nil {
				t.Fatal(err)
			}
			cfg := packages.Config{Dir: dir, Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")}
			// The modules share a cache of the standard library's
			// types. (The runtimeversion analyzer alone has no use
			// for summaries, so Rebuild gives it back as it is, as Run
			// would run it.)
			findings, errs, err := runner.RunWith(cfg, []string{"./..."}, []*analysis.Analyzer{a}, runner.Options{
				CacheDir: cacheDir,
				Rebuild:  func(funcmodel.Config) ([]*analysis.Analyzer, error) { return []*analysis.Analyzer{a}, nil },
			})
			if err != nil || len(errs) > 0 {
				t.Fatalf("run: %v %v", err, errs)
			}
			checkGoModWants(t, dir, findings)
		})
	}
}

// TestDeployedModules runs analyzers that read the deployment files
// on testdata modules that ship some, through fnlint's driver, since
// their findings may sit in those files, which analysistest does not
// read: each // want or # want comment expects one finding on its
// line, and nothing else is reported.
func TestDeployedModules(t *testing.T) {
	t.Parallel()
	cacheDir := t.TempDir()
	for _, tc := range []struct {
		analyzer *analysis.Analyzer
		module   string // below analyzers/
	}{
		{batchfailure.Analyzer, "batchfailure/testdata/deployed"},
		{registration.Analyzer, "registration/testdata/deployed"},
		{envvar.Analyzer, "envvar/testdata/deployed"},
	} {
		t.Run(tc.module, func(t *testing.T) {
			dir, err := filepath.Abs(filepath.Join("..", "..", "analyzers", tc.module))
			if err != nil {
				t.Fatal(err)
			}
			cfg := packages.Config{Dir: dir, Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")}
			suite := []*analysis.Analyzer{tc.analyzer}
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

var goModWant = regexp.MustCompile("(?://|#) want `([^`]*)`")

// checkWants compares the findings with the // want comments of the
// files under dir.
func checkGoModWants(t *testing.T, dir string, findings []runner.Finding) {
	t.Helper()
	type line struct {
		file string
		line int
	}
	wants := make(map[line]*regexp.Regexp)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") && d.Name() != "go.mod" && !deployFile(d.Name()) {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for i, text := range strings.Split(string(data), "\n") {
			if m := goModWant.FindStringSubmatch(text); m != nil {
				wants[line{path, i + 1}] = regexp.MustCompile(m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range findings {
		p := f.Position()
		k := line{p.Filename, p.Line}
		if re := wants[k]; re != nil && re.MatchString(f.Message) {
			delete(wants, k)
			continue
		}
		t.Errorf("%s: unexpected finding: %s", relTo(dir, p), f.Message)
	}
	missing := slices.Collect(maps.Keys(wants))
	slices.SortFunc(missing, func(a, b line) int { return cmp.Or(strings.Compare(a.file, b.file), a.line-b.line) })
	for _, k := range missing {
		t.Errorf("%s:%d: no finding matched %q", relTo(dir, token.Position{Filename: k.file}), k.line, wants[k])
	}
}

// deployFile reports whether a testdata file is a deployment file,
// whose want comments start with #.
func deployFile(name string) bool {
	return strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".tf")
}

func relTo(dir string, p token.Position) string {
	if r, err := filepath.Rel(dir, p.Filename); err == nil {
		p.Filename = r
	}
	return p.String()
}
