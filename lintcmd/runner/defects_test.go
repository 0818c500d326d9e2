package runner_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/testmodules"
	"github.com/fnlint/fnlint/lintcmd/runner"
)

// writeFiles writes files, by slash-separated name under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestDependencyBuildError checks that a dependency read from export
// data that does not compile is reported with the compiler's own error,
// not only as missing export data: here a module from the module cache
// that the tables describe, so that it is read from export data.
func TestDependencyBuildError(t *testing.T) {
	t.Parallel()
	work := t.TempDir()
	writeFiles(t, work, map[string]string{
		"top/go.mod": "module example.com/top\n\ngo 1.24\n\nrequire github.com/golang/glog v1.0.0\n",
		"top/top.go": "package top\n\nimport \"github.com/golang/glog\"\n\nvar _ = glog.X\n",
		"dep/go.mod": "module github.com/golang/glog\n\ngo 1.24\n",
		"dep/dep.go": "package glog\n\nvar X int = \"not an int\"\n",
	})
	dir := filepath.Join(work, "top")
	cacheEnv, err := testmodules.FromModuleCache(dir, filepath.Join(work, "dep"), "v1.0.0", work)
	if err != nil {
		t.Fatal(err)
	}
	cfg := packages.Config{Dir: dir, Env: append(os.Environ(), cacheEnv...)}
	_, errs, err := runner.RunWith(cfg, []string{"./..."}, analyzers.Suite, runner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	all := strings.Join(errs, "\n")
	t.Logf("errors:\n%s", all)
	if !strings.Contains(all, "dep.go:3:13") || !strings.Contains(all, "cannot use \"not an int\"") {
		t.Errorf("the errors do not give the compiler's error in github.com/golang/glog:\n%s", all)
	}
}

// cgoEnabled reports whether the go command builds cgo packages here:
// it turns cgo off by default when it finds no C compiler.
func cgoEnabled(t *testing.T) bool {
	out, err := exec.Command("go", "env", "CGO_ENABLED").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(out)) == "1"
}

// TestCgo checks that the files of a package that imports "C" are
// analyzed as the user wrote them: the exit in the handler of the file
// that imports "C" is reported at its line in that file, with a fix
// that edits it, as the one in the package's other file is.
func TestCgo(t *testing.T) {
	t.Parallel()
	if !cgoEnabled(t) {
		t.Skip("cgo is disabled: no C compiler")
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"go.mod": "module example.com/cgofn\n\ngo 1.24\n",
		"fn.go": `package cgofn

// #include <stdlib.h>
import "C"

import (
	"log"
	"net/http"
)

// Abs is a handler in a file that imports "C".
func Abs(w http.ResponseWriter, r *http.Request) {
	n := int(C.abs(C.int(-1)))
	if n != 1 {
		log.Fatal("abs")
	}
	w.WriteHeader(http.StatusOK)
}
`,
		"plain.go": `package cgofn

import (
	"log"
	"net/http"
)

// Plain is a handler in a file without cgo.
func Plain(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		log.Fatal("plain")
	}
	w.WriteHeader(http.StatusOK)
}
`,
	})
	findings, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env}, []string{"./..."}, analyzers.Suite, runner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(errs) > 0 {
		t.Errorf("errors:\n%s", strings.Join(errs, "\n"))
	}
	got := make(map[string]bool)
	for _, f := range findings {
		if f.Analyzer.Name != "osexit" {
			continue
		}
		pos := f.Position()
		got[fmt.Sprintf("%s:%d:%d", filepath.Base(pos.Filename), pos.Line, pos.Column)] = true
		if pos.Filename != filepath.Join(dir, filepath.Base(pos.Filename)) {
			t.Errorf("finding in %s, not in the module's own file", pos.Filename)
		}
		for _, fix := range f.SuggestedFixes {
			for _, e := range fix.TextEdits {
				if name := f.Fset.Position(e.Pos).Filename; name != pos.Filename {
					t.Errorf("fix of %s edits %s", pos, name)
				}
				if _, ok := f.Sources.Content(pos.Filename); !ok {
					t.Errorf("fix of %s edits a file the analysis did not read", pos)
				}
			}
		}
	}
	for _, want := range []string{"fn.go:15:3", "plain.go:11:3"} {
		if !got[want] {
			t.Errorf("no osexit finding at %s; findings:\n%s", want, render(findings, nil))
		}
	}
}
