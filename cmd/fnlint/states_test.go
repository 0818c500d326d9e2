package main_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/fnlint/fnlint/internal/testmodules"
)

// A stateCase is a module that TestCacheStates runs fnlint on.
type stateCase struct {
	name string
	slow bool // only with FNLINT_SLOW
	// setup returns the module's directory and what to add to the
	// environment.
	setup func(t *testing.T) (dir string, env []string)
	args  []string // the patterns and flags; ./... if nil
}

// endToEnd returns the case of a module of the repository's testdata.
func endToEnd(name string, slow bool, args ...string) stateCase {
	return stateCase{name: name, slow: slow, args: args, setup: func(t *testing.T) (string, []string) {
		dir, err := filepath.Abs(filepath.Join("..", "..", "testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return dir, runDefaults
	}}
}

// brokenGlog writes a function module that imports github.com/golang/glog
// (a module the tables describe, so type-checked for its types alone),
// whose own dependency cloud.google.com/go/broken does not type-check,
// both served from a module cache; with direct, the function module
// imports the broken package itself; with vendor, the dependencies are
// vendored.
func brokenGlog(direct, vendor bool) func(t *testing.T) (string, []string) {
	return func(t *testing.T) (string, []string) {
		imp, name := "github.com/golang/glog", "glog"
		if direct {
			imp, name = "cloud.google.com/go/broken", "broken"
		}
		dir := writeModule(t, map[string]string{
			"fn/go.mod":        "module example.com/fn\n\ngo 1.24\n",
			"fn/fn.go":         fmt.Sprintf("package fn\n\nimport (\n\t\"log\"\n\n\t%q\n)\n\nfunc init() {\n\tif %s.F() == 0 {\n\t\tlog.Fatal(\"x\")\n\t}\n}\n", imp, name),
			"broken/go.mod":    "module cloud.google.com/go/broken\n\ngo 1.24\n",
			"broken/broken.go": "package broken\n\nvar X int = \"not an int\"\n\nfunc F() int { return 1 }\n",
			"glog/go.mod":      "module github.com/golang/glog\n\ngo 1.24\n\nrequire cloud.google.com/go/broken v1.0.0\n",
			"glog/glog.go":     "package glog\n\nimport \"cloud.google.com/go/broken\"\n\nfunc F() int { return broken.F() }\n",
		})
		fn := filepath.Join(dir, "fn")
		var env []string
		for _, m := range []string{"broken", "glog"} {
			e, err := testmodules.FromModuleCache(fn, filepath.Join(dir, m), "v1.0.0", dir)
			if err != nil {
				t.Fatal(err)
			}
			env = e
		}
		if vendor {
			cmd := exec.Command("go", "mod", "vendor")
			cmd.Dir, cmd.Env = fn, append(os.Environ(), env...)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("go mod vendor: %v\n%s", err, out)
			}
			env = append(env, "GOFLAGS=-mod=vendor")
		}
		return fn, env
	}
}

// stateCases are the modules of TestCacheStates: the end-to-end modules
// and modules with broken, missing, vendored dependencies and a
// workspace.
var stateCases = []stateCase{
	endToEnd("sample", true),
	endToEnd("legacy", true, "-runtimeversion.today=2026-11-23", "./..."),
	endToEnd("lambda", true),
	{name: "broken transitive dependency", setup: brokenGlog(false, false)},
	{name: "broken direct dependency", slow: true, setup: brokenGlog(true, false)},
	{name: "vendored broken dependency", slow: true, setup: brokenGlog(false, true)},
	{name: "missing dependency", slow: true, setup: func(t *testing.T) (string, []string) {
		return writeModule(t, map[string]string{
			"go.mod":   "module example.com/missing\n\ngo 1.24\n\nrequire example.com/nowhere v1.2.3\n",
			"fn.go":    "package missing\n\nimport _ \"example.com/nowhere\"\n",
			"ok/ok.go": "package ok\n\nimport \"log\"\n\nfunc init() { log.Fatal(\"x\") }\n",
		}), runDefaults
	}},
	{name: "vendored", slow: true, setup: func(t *testing.T) (string, []string) {
		dir := writeModule(t, map[string]string{
			"go.mod": ffMod,
			"fn.go":  "package hard\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\n\t\"github.com/GoogleCloudPlatform/functions-framework-go/functions\"\n)\n\nfunc init() { functions.HTTP(\"V\", handle) }\n\nfunc handle(w http.ResponseWriter, r *http.Request) {\n\tlog.Fatal(\"x\")\n}\n",
		})
		if _, out, status := run(t, dir, "go", "mod", "vendor"); status != 0 {
			t.Fatalf("go mod vendor failed:\n%s", out)
		}
		return dir, []string{"GOPROXY=off", "GOFLAGS=-mod=vendor"}
	}},
	{name: "workspace", slow: true, args: []string{"./a/...", "./b/..."}, setup: func(t *testing.T) (string, []string) {
		return writeModule(t, map[string]string{
			"go.work":            "go 1.24\n\nuse (\n\t./a\n\t./b\n)\n",
			"a/go.mod":           "module example.com/a\n\ngo 1.24\n\nrequire example.com/b v0.0.0\n\nreplace example.com/b => ../b\n",
			"a/fn.go":            "package a\n\nimport \"example.com/b/config\"\n\nfunc init() { config.MustEnv(\"X\") }\n",
			"b/go.mod":           "module example.com/b\n\ngo 1.24\n",
			"b/config/config.go": "package config\n\nimport (\n\t\"log\"\n\t\"os\"\n)\n\nfunc MustEnv(k string) string {\n\tv := os.Getenv(k)\n\tif v == \"\" {\n\t\tlog.Fatalf(\"%s unset\", k)\n\t}\n\treturn v\n}\n\nvar _ int = \"broken\"\n",
		}), []string{"GOPROXY=off", "GOFLAGS="}
	}},
}

// TestCacheStates checks that fnlint's caches never change a result:
// for each module, fnlint without a cache (FNLINT_CACHE=off), with a
// new one, with the one that run filled, and with every entry of it
// corrupted, prints the same bytes and exits with the same status, and
// fnlint -sarif says alike whether the run succeeded.
// Only the broken transitive dependency runs by default: each module
// costs eight runs of fnlint, four of them type-checking the standard
// library from source.
func TestCacheStates(t *testing.T) {
	t.Parallel()
	slow := os.Getenv("FNLINT_SLOW") != ""
	for _, c := range stateCases {
		t.Run(c.name, func(t *testing.T) {
			if c.slow && !slow {
				t.Skip("with FNLINT_SLOW")
			}
			t.Parallel()
			dir, env := c.setup(t)
			args := c.args
			if args == nil {
				args = []string{"./..."}
			}
			cache := t.TempDir()
			type result struct {
				out        string
				status     int
				successful bool
			}
			var first result
			for i, state := range []string{"no cache", "cold", "warm", "corrupted"} {
				setting := cache
				switch state {
				case "no cache":
					setting = "off"
				case "corrupted":
					corruptCache(t, cache)
				}
				e := append(append([]string(nil), env...), "FNLINT_CACHE="+setting)
				stdout, stderr, status := runEnv(t, dir, e, binary, args...)
				got := result{out: stdout + stderr, status: status}
				// SARIF on a cache of its own in the same state.
				sarifCache := setting
				if setting != "off" {
					sarifCache = cache + "-sarif"
					if state == "corrupted" {
						corruptCache(t, sarifCache)
					}
				}
				sarif, _, _ := runEnv(t, dir, append(e, "FNLINT_CACHE="+sarifCache), binary, append([]string{"-sarif"}, args...)...)
				var log struct {
					Runs []struct {
						Invocations []struct{ ExecutionSuccessful bool }
					}
				}
				if err := json.Unmarshal([]byte(sarif), &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Invocations) != 1 {
					t.Fatalf("%s: -sarif wrote no log (%v):\n%s", state, err, sarif)
				}
				got.successful = log.Runs[0].Invocations[0].ExecutionSuccessful
				if got.successful != (got.status != 1) {
					t.Errorf("%s: executionSuccessful %v, while fnlint exits %d:\n%s", state, got.successful, got.status, got.out)
				}
				if i == 0 {
					first = got
					if got.status == 0 || got.out == "" {
						t.Errorf("no cache: exit status %d, output:\n%s\nwant findings or errors", got.status, got.out)
					}
					continue
				}
				if got != first {
					t.Errorf("%s: exit status %d, successful %v, output:\n%s\nwithout a cache: exit status %d, successful %v, output:\n%s",
						state, got.status, got.successful, got.out, first.status, first.successful, first.out)
				}
			}
		})
	}
}

// corruptCache overwrites the content of every entry in fnlint's cache
// at dir.
func corruptCache(t *testing.T, dir string) {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, "-d") {
			n++
			return os.WriteFile(path, []byte("not an entry"), 0o644)
		}
		return err
	})
	if err != nil || n == 0 {
		t.Fatalf("corrupting the cache: %v (%d entries)", err, n)
	}
}

// TestCacheStatesEdits checks that a run after an edit, which analyzes
// only the packages whose inputs changed and reads the findings of the
// others from the cache, prints what fnlint without a cache prints: on
// a copy of each end-to-end module, one file of each package in turn
// gets lines inserted at its top (every position in it moves), and
// fnlint runs with the cache that the runs before filled and without a
// cache. Only with FNLINT_SLOW: each edit costs a run that type-checks
// the standard library from source.
func TestCacheStatesEdits(t *testing.T) {
	t.Parallel()
	if os.Getenv("FNLINT_SLOW") == "" {
		t.Skip("with FNLINT_SLOW")
	}
	for _, c := range []stateCase{endToEnd("sample", true), endToEnd("legacy", true, "-runtimeversion.today=2026-11-23", "./..."), endToEnd("lambda", true)} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			src, env := c.setup(t)
			dir := filepath.Join(t.TempDir(), c.name)
			if err := testmodules.Copy(dir, src); err != nil {
				t.Fatal(err)
			}
			args := c.args
			if args == nil {
				args = []string{"./..."}
			}
			// One file of each package: the first in each directory.
			var files []string
			seen := make(map[string]bool)
			err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() && strings.HasSuffix(path, ".go") && !seen[filepath.Dir(path)] {
					seen[filepath.Dir(path)] = true
					files = append(files, path)
				}
				return err
			})
			if err != nil || len(files) == 0 {
				t.Fatalf("no Go files in %s: %v", dir, err)
			}
			cache := t.TempDir()
			fnlint := func(setting string) string {
				stdout, stderr, status := runEnv(t, dir, append(append([]string(nil), env...), "FNLINT_CACHE="+setting), binary, args...)
				return fmt.Sprintf("exit status %d\n%s%s", status, stdout, stderr)
			}
			fnlint(cache) // fills the cache
			for _, name := range files {
				data, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(name, append([]byte("// edited\n// edited\n\n"), data...), 0o644); err != nil {
					t.Fatal(err)
				}
				rel, _ := filepath.Rel(dir, name)
				got, want := fnlint(cache), fnlint("off")
				if got != want {
					t.Errorf("%s edited: with the cache\n%s\nwithout a cache\n%s", rel, got, want)
				}
			}
		})
	}
}
