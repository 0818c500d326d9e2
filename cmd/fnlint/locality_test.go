package main_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/fnlint/fnlint/internal/testmodules"
)

// replacedDir returns the directory of the function module whose helper
// module, example.com/common, is replaced by a local directory.
func replacedDir(t *testing.T) string {
	dir, err := filepath.Abs("../../lintcmd/runner/testdata/replaced/fn")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// mustEnv is the finding on the function's call of the helper.
const mustEnv = "fn.go:20:14: calls common.MustEnv, which calls log.Fatalf, which terminates the function instance"

// TestReplacedModule: a module replaced by a local directory is the
// user's code, so the exit in its helper reaches the function that calls
// it, through fnlint's driver and through go vet alike.
func TestReplacedModule(t *testing.T) {
	t.Parallel()
	dir := replacedDir(t)
	forDrivers(t, dir, runDefaults, []string{"./..."}, func(t *testing.T, out string, status int) {
		if status == 0 || !strings.Contains(out, mustEnv) || diagnostics(out) != 1 {
			t.Errorf("exit status %d, want the one finding %q; output:\n%s", status, mustEnv, out)
		}
	})
}

// TestModuleCacheDependency: the same helper module, required from the
// module cache, is a third-party dependency no table describes: its
// code is summarized, not judged, so its exit reaches the function that
// calls it, at the call, through fnlint's driver and through go vet
// alike, and nothing is reported in the dependency itself.
func TestModuleCacheDependency(t *testing.T) {
	t.Parallel()
	work := t.TempDir()
	dir := filepath.Join(work, "fn")
	if err := testmodules.Copy(dir, replacedDir(t)); err != nil {
		t.Fatal(err)
	}
	env, err := testmodules.FromModuleCache(dir, filepath.Join(replacedDir(t), "..", "common"), "v1.0.0", work)
	if err != nil {
		t.Fatal(err)
	}
	forDrivers(t, dir, env, []string{"./..."}, func(t *testing.T, out string, status int) {
		if status == 0 || !strings.Contains(out, mustEnv) || diagnostics(out) != 1 {
			t.Errorf("exit status %d, want the one finding %q; output:\n%s", status, mustEnv, out)
		}
	})
	// The module did come from the cache.
	stdout, _, _ := runEnv(t, dir, env, "go", "list", "-f", "{{.Module.Dir}}", "example.com/common")
	if !strings.Contains(filepath.ToSlash(stdout), "/modcache/example.com/common@v1.0.0") {
		t.Errorf("example.com/common is not in the test's module cache: %s", stdout)
	}
}
