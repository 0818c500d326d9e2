package runner_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestGraphs: a run with Options.Graphs reuses the package graph listed
// by an earlier run while no file's header, no package directory's list
// of files and no module file has changed, and lists again otherwise;
// every run reports what a run without it reports, and visits the same
// packages with the same files.
func TestGraphs(t *testing.T) {
	work := t.TempDir()
	dir := filepath.Join(work, "fn")
	const fnGo = "package fn\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\n\t\"example.com/lib\"\n)\n\nfunc Hello(w http.ResponseWriter, r *http.Request) {\n\tlib.Use()\n\tfor i := range 3 {\n\t\t_ = i\n\t}\n\tlog.Print(\"ok\")\n}\n"
	const goMod = "module example.com/fn\n\ngo 1.24\n\nrequire example.com/lib v0.0.0\n\nreplace example.com/lib => ../lib\n"
	writeFiles(t, work, map[string]string{
		"fn/go.mod":       goMod,
		"fn/fn.go":        fnGo,
		"fn/fn_test.go":   "package fn\n\nimport \"testing\"\n\nfunc TestHello(t *testing.T) {}\n",
		"fn/util/util.go": "package util\n\nimport \"log\"\n\nfunc Stop() { log.Fatal(\"stop\") }\n",
		"lib/go.mod":      "module example.com/lib\n\ngo 1.24\n",
		"lib/lib.go":      "package lib\n\nfunc Use() {}\n",
	})
	// Files written just before a listing are not trusted to have been
	// read as they are now (see Graphs): these were written long ago.
	age := func() {
		old := time.Now().Add(-time.Hour)
		_ = filepath.WalkDir(work, func(path string, _ os.DirEntry, err error) error {
			if err == nil {
				err = os.Chtimes(path, old, old)
			}
			return err
		})
	}
	age()
	fn := filepath.Join(dir, "fn.go")
	graphs := runner.NewGraphs()
	overlay := map[string][]byte{}
	// The dependencies' types are read from a cache after the first
	// run, which only spares the work (see TestCache).
	cacheDir := t.TempDir()
	run := func(g *runner.Graphs) string {
		t.Helper()
		var visited []string
		cfg := packages.Config{Dir: dir, Env: env, Tests: true, Overlay: overlay}
		findings, errs, err := runner.RunWith(cfg, []string{"."}, analyzers.Suite, runner.Options{
			Graphs:   g,
			CacheDir: cacheDir,
			Rebuild:  func(cfg funcmodel.Config) ([]*analysis.Analyzer, error) { return analyzers.New(cfg).Suite, nil },
			Visit: func(p *packages.Package) {
				visited = append(visited, fmt.Sprintf("%s %s", p.ID, p.GoFiles))
			},
		})
		if err != nil {
			t.Fatal(err)
		}
		return render(findings, errs) + strings.Join(visited, "\n")
	}
	step := func(what string, listed int) {
		t.Helper()
		got, want := run(graphs), run(nil)
		if got != want {
			t.Errorf("%s: with the graph kept:\n%s\nwant, as listed afresh:\n%s", what, got, want)
		}
		if n := graphs.Listed(); n != listed {
			t.Errorf("%s: the go command listed %d graphs, want %d", what, n, listed)
		}
	}
	step("first run", 1)
	step("nothing changed", 1)
	overlay[fn] = []byte(strings.Replace(fnGo, `log.Print("ok")`, `log.Fatal("bad")`, 1))
	step("a body edited", 1)
	if graphs.Reused() != 2 {
		t.Errorf("%d runs reused the graph, want 2", graphs.Reused())
	}
	overlay[fn] = []byte(strings.Replace(fnGo, "\"example.com/lib\"\n", "\"example.com/fn/util\"\n\t\"example.com/lib\"\n", 1))
	overlay[fn] = []byte(strings.Replace(string(overlay[fn]), "lib.Use()", "lib.Use()\n\tutil.Stop()", 1))
	step("an import added", 2)
	step("nothing changed since", 2)
	overlay[fn] = []byte("//go:build ignore\n\n" + string(overlay[fn]))
	step("a build constraint added", 3)
	delete(overlay, fn)
	step("the edits undone", 4)
	step("nothing changed since", 4)

	extra := filepath.Join(dir, "extra.go")
	writeFiles(t, dir, map[string]string{"extra.go": "package fn\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc Bye(w http.ResponseWriter, r *http.Request) { log.Fatal(\"bye\") }\n"})
	step("a file added", 5)
	if err := os.Remove(extra); err != nil {
		t.Fatal(err)
	}
	step("the file deleted", 6)
	overlay[extra] = []byte("package fn\n")
	step("a file only in the overlay", 7)
	delete(overlay, extra)
	step("the overlay's file closed", 8)

	writeFiles(t, dir, map[string]string{"go.mod": strings.Replace(goMod, "go 1.24", "go 1.21", 1)})
	step("go.mod edited", 9)
	writeFiles(t, work, map[string]string{"lib/go.mod": "module example.com/lib\n\ngo 1.24\n\nrequire example.com/missing v1.0.0\n"})
	step("a replacement's go.mod edited", 10)
	writeFiles(t, work, map[string]string{"lib/go.mod": "module example.com/lib\n\ngo 1.24\n"})
	age()
	step("all written long ago", 11)
	step("nothing changed since", 11)
	test := filepath.Join(dir, "fn_test.go")
	overlay[test] = []byte("package fn\n\nimport \"testing\"\n\nfunc TestHello(t *testing.T) { t.Log(\"hello\") }\n")
	step("a test function's body edited", 11)
	overlay[test] = []byte("package fn\n\nimport \"testing\"\n\nfunc TestBye(t *testing.T) {}\n")
	step("a test function renamed", 12)
}

// TestGraphsVendored: a vendored package's files are the user's to edit,
// unlike the module cache's, so an edit of a vendored file's header
// lists the graph again.
func TestGraphsVendored(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod":                           "module example.com/fn\n\ngo 1.24\n\nrequire example.com/lib v1.0.0\n",
		"fn.go":                            "package fn\n\nimport \"example.com/lib\"\n\nvar _ = lib.Use\n",
		"vendor/modules.txt":               "# example.com/lib v1.0.0\n## explicit; go 1.24\nexample.com/lib\n",
		"vendor/example.com/lib/lib.go":    "package lib\n\nfunc Use() {}\n",
		"vendor/example.com/lib/other.txt": "",
	})
	old := time.Now().Add(-time.Hour)
	_ = filepath.WalkDir(dir, func(path string, _ os.DirEntry, err error) error {
		if err == nil {
			err = os.Chtimes(path, old, old)
		}
		return err
	})
	venv := append(slices.Clip(os.Environ()), "GOFLAGS=-mod=vendor", "GOWORK=off")
	graphs := runner.NewGraphs()
	overlay := map[string][]byte{}
	run := func(g *runner.Graphs) string {
		t.Helper()
		var visited []string
		cfg := packages.Config{Dir: dir, Env: venv, Overlay: overlay}
		findings, errs, err := runner.RunWith(cfg, []string{"."}, analyzers.Suite, runner.Options{
			Graphs: g,
			Visit:  func(p *packages.Package) { visited = append(visited, fmt.Sprintf("%s %s", p.ID, p.GoFiles)) },
		})
		if err != nil {
			return "error: " + err.Error()
		}
		return render(findings, errs) + strings.Join(visited, "\n")
	}
	step := func(what string, listed int) {
		t.Helper()
		got, want := run(graphs), run(nil)
		if got != want {
			t.Errorf("%s: with the graph kept:\n%s\nwant, as listed afresh:\n%s", what, got, want)
		}
		if n := graphs.Listed(); n != listed {
			t.Errorf("%s: the go command listed %d graphs, want %d", what, n, listed)
		}
	}
	step("first run", 1)
	step("nothing changed", 1)
	overlay[filepath.Join(dir, "vendor", "example.com", "lib", "lib.go")] = []byte("//go:build ignore\n\npackage lib\n\nfunc Use() {}\n")
	step("a vendored file excluded", 2)
}
