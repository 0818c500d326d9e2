package runner_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/runner"
	"github.com/fnlint/fnlint/internal/testmodules"
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
