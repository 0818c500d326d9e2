package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// sampleModule copies the sample module to a temporary directory, with
// its replace directives pointing at the stubs beside the sample (as
// main_test's sampleCopy does, for the tests of this package).
func sampleModule(t *testing.T) string {
	t.Helper()
	src, _ := filepath.Abs("../../testdata/sample")
	stubs, _ := filepath.Abs("../../testdata/stubs")
	dir := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(dir, rel), 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if rel == "go.mod" {
			data = bytes.ReplaceAll(data, []byte("../stubs"), []byte(stubs))
		}
		return os.WriteFile(filepath.Join(dir, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestFixChangedFile: a file edited after the analysis read it is not
// written, and its findings count as unfixed.
func TestFixChangedFile(t *testing.T) {
	t.Parallel()
	dir := sampleModule(t)
	cfg := packages.Config{Dir: dir, Tests: true, Env: append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")}
	set := analyzers.New(funcmodel.Config{})
	findings, errs, err := runner.RunWith(cfg, []string{"./..."}, set.Suite, runOptions(set, set.Suite))
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	path := filepath.Join(dir, "function.go")
	src, _ := os.ReadFile(path)
	// The user inserts a line above the handler while fnlint runs: the
	// fix's offsets now point one line too early.
	edited := strings.Replace(string(src), "// helloHTTP greets the caller.\n", "// helloHTTP greets the caller.\n// (edited)\n", 1)
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	unfixed, ok := applyFixes(findings, false)
	if ok {
		t.Error("applyFixes reports success over a changed file")
	}
	if got, _ := os.ReadFile(path); string(got) != edited {
		t.Errorf("the changed file was written:\n%s", got)
	}
	if len(unfixed) != len(findings)-1 {
		t.Errorf("%d of %d findings unfixed, want all but the handlers package's", len(unfixed), len(findings))
	}
	var fix runner.Finding
	for _, f := range findings {
		if f.Position().Filename == path && len(f.SuggestedFixes) > 0 {
			fix = f
		}
	}
	ff := &fileFix{root: fix.ModuleDir, pkg: fix.Pkg}
	ff.src, _ = fix.Sources.Content(path)
	if err := fixFile(path, ff, false); err == nil || !strings.Contains(err.Error(), "changed since fnlint read it") {
		t.Errorf("fixFile: %v, want the file changed since fnlint read it", err)
	}
}

func TestApplyEdits(t *testing.T) {
	t.Parallel()
	const src = "package x\r\n\r\nfunc f() {\r\n\tg()\r\n}\r\n"
	at := strings.Index(src, "g()")
	got, err := applyEdits("x.go", []byte(src), []edit{{at, at + 3, "a()\n\tb()", "x"}}, nil)
	if want := "package x\r\n\r\nfunc f() {\r\n\ta()\r\n\tb()\r\n}\r\n"; err != nil || string(got) != want {
		t.Errorf("CRLF: %q, %v; want %q", got, err, want)
	}
	// Mixed line endings: an insertion follows the line it is in.
	const mixed = "package x\n\nfunc f() {\r\n\tg()\r\n}\n"
	at = strings.Index(mixed, "g()")
	got, err = applyEdits("x.go", []byte(mixed), []edit{{at, at + 3, "a()\n\tb()", "x"}}, nil)
	if want := "package x\n\nfunc f() {\r\n\ta()\r\n\tb()\r\n}\n"; err != nil || string(got) != want {
		t.Errorf("mixed: %q, %v; want %q", got, err, want)
	}
	// Identical edits of two fixes apply once; an insertion before a
	// deletion at the same offset is no conflict.
	const two = "package x\n\nvar a, b = 1, 2\n"
	at = strings.Index(two, "1, 2")
	got, err = applyEdits("x.go", []byte(two), []edit{
		{at, at + 1, "3", "x"}, {at, at + 1, "3", "y"}, {at + 3, at + 4, "", "x"}, {at + 3, at + 3, "4", "y"},
	}, nil)
	if want := "package x\n\nvar a, b = 3, 4\n"; err != nil || string(got) != want {
		t.Errorf("shared edits: %q, %v; want %q", got, err, want)
	}
}
