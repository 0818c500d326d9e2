package runner_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pmezard/go-difflib/difflib"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/internal/testmodules"
	"github.com/fnlint/fnlint/lintcmd/runner"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A brokenCase is a module whose dependencies are broken in one way, and
// what every run over it must say.
type brokenCase struct {
	name string
	slow bool // only with FNLINT_SLOW
	// files of the module (fn/...) and of the modules served from a
	// module cache (the other top directories, each one module, in the
	// order given by cached).
	files  map[string]string
	cached []string
	// vendor runs go mod vendor in the module and loads with
	// -mod=vendor.
	vendor bool
	// want are strings that the errors must hold.
	want []string
}

const fnMod = "module example.com/fn\n\ngo 1.24\n"

// fnGo returns the function module's file, which imports the package
// path, named name, and a package of the standard library, which the
// cache keeps.
func fnGo(path, name string) string {
	return "package fn\n\nimport (\n\t\"strings\"\n\n\t\"" + path + "\"\n)\n\nfunc F() string { return strings.Repeat(\"x\", " + name + ".F()) }\n"
}

// brokenCases are the modules of TestCacheStates. Their broken
// packages take module paths that the knowledge tables describe
// (cloud.google.com/go/..., github.com/golang/glog), so that they are
// type-checked for their types alone, or that no table describes
// (example.com/...), so that they are analyzed from source.
var brokenCases = []brokenCase{{
	name: "broken transitive dependency",
	files: map[string]string{
		"fn/go.mod":        fnMod,
		"fn/fn.go":         fnGo("github.com/golang/glog", "glog"),
		"broken/go.mod":    "module cloud.google.com/go/broken\n\ngo 1.24\n",
		"broken/broken.go": "package broken\n\nvar X int = \"not an int\"\n\nfunc F() int { return 1 }\n",
		"glog/go.mod":      "module github.com/golang/glog\n\ngo 1.24\n\nrequire cloud.google.com/go/broken v1.0.0\n",
		"glog/glog.go":     "package glog\n\nimport \"cloud.google.com/go/broken\"\n\nfunc F() int { return broken.F() }\n",
	},
	cached: []string{"broken", "glog"},
	want:   []string{"dependency cloud.google.com/go/broken: ", "broken.go:3:13: cannot use \"not an int\""},
}, {
	name: "broken dependency below a summarized one",
	files: map[string]string{
		"fn/go.mod":        fnMod,
		"fn/fn.go":         fnGo("example.com/mid", "mid"),
		"broken/go.mod":    "module cloud.google.com/go/broken\n\ngo 1.24\n",
		"broken/broken.go": "package broken\n\nvar X int = \"not an int\"\n\nfunc F() int { return 1 }\n",
		"glog/go.mod":      "module github.com/golang/glog\n\ngo 1.24\n\nrequire cloud.google.com/go/broken v1.0.0\n",
		"glog/glog.go":     "package glog\n\nimport \"cloud.google.com/go/broken\"\n\nfunc F() int { return broken.F() }\n",
		"mid/go.mod":       "module example.com/mid\n\ngo 1.24\n\nrequire github.com/golang/glog v1.0.0\n",
		"mid/mid.go":       "package mid\n\nimport \"github.com/golang/glog\"\n\nfunc F() int { return glog.F() }\n",
	},
	cached: []string{"broken", "glog", "mid"},
	want:   []string{"dependency cloud.google.com/go/broken: ", "broken.go:3:13: cannot use \"not an int\""},
}, {
	name: "broken direct dependency",
	slow: true,
	files: map[string]string{
		"fn/go.mod":        fnMod,
		"fn/fn.go":         fnGo("cloud.google.com/go/broken", "broken"),
		"broken/go.mod":    "module cloud.google.com/go/broken\n\ngo 1.24\n",
		"broken/broken.go": "package broken\n\nvar X int = \"not an int\"\n\nfunc F() int { return 1 }\n",
	},
	cached: []string{"broken"},
	want:   []string{"dependency cloud.google.com/go/broken: ", "broken.go:3:13: cannot use \"not an int\""},
}, {
	name: "missing transitive dependency",
	files: map[string]string{
		"fn/go.mod":    fnMod,
		"fn/fn.go":     fnGo("github.com/golang/glog", "glog"),
		"glog/go.mod":  "module github.com/golang/glog\n\ngo 1.24\n\nrequire example.com/nowhere v1.2.3\n",
		"glog/glog.go": "package glog\n\nimport \"example.com/nowhere\"\n\nfunc F() int { return nowhere.F() }\n",
	},
	cached: []string{"glog"},
	want:   []string{"example.com/nowhere"},
}, {
	name: "vendored dependency with a type error",
	slow: true,
	files: map[string]string{
		"fn/go.mod":        fnMod,
		"fn/fn.go":         fnGo("github.com/golang/glog", "glog"),
		"broken/go.mod":    "module cloud.google.com/go/broken\n\ngo 1.24\n",
		"broken/broken.go": "package broken\n\nvar X int = \"not an int\"\n\nfunc F() int { return 1 }\n",
		"glog/go.mod":      "module github.com/golang/glog\n\ngo 1.24\n\nrequire cloud.google.com/go/broken v1.0.0\n",
		"glog/glog.go":     "package glog\n\nimport \"cloud.google.com/go/broken\"\n\nfunc F() int { return broken.F() }\n",
	},
	cached: []string{"broken", "glog"},
	vendor: true,
	want:   []string{"dependency cloud.google.com/go/broken: ", "broken.go:3:13: cannot use \"not an int\""},
}}

// TestCacheStates checks that fnlint's caches never change a result:
// over modules whose dependencies do not type-check, directly or
// transitively, or are missing, a run without a cache, a run that fills
// one, a run that reads it back and a run after every entry of it is
// corrupted give the same findings and errors, and the errors name the
// broken package. (cmd/fnlint's TestCacheStates does the same through
// the command, on the end-to-end modules too.)
func TestCacheStates(t *testing.T) {
	t.Parallel()
	slow := os.Getenv("FNLINT_SLOW") != ""
	for _, c := range brokenCases {
		t.Run(c.name, func(t *testing.T) {
			if c.slow && !slow {
				t.Skip("with FNLINT_SLOW")
			}
			t.Parallel()
			dir, env := brokenModule(t, c)
			cacheDir := t.TempDir()
			var first string
			for _, state := range []string{"no cache", "cold", "warm", "warm, findings kept", "corrupted", "warm again"} {
				opts := runner.Options{Rebuild: func(cfg funcmodel.Config) ([]*analysis.Analyzer, error) { return analyzers.New(cfg).Suite, nil }}
				switch state {
				case "no cache":
				case "corrupted":
					corrupt(t, cacheDir)
					fallthrough
				default:
					opts.CacheDir, opts.CacheFindings = cacheDir, true
				}
				findings, errs, err := runner.RunWith(packages.Config{Dir: dir, Env: env, Tests: true}, []string{"./..."}, analyzers.Suite, opts)
				if err != nil {
					t.Fatalf("%s: %v", state, err)
				}
				got := render(findings, errs)
				if first == "" {
					first = got
					for _, w := range c.want {
						if !strings.Contains(got, w) {
							t.Errorf("%s: the errors do not say %q:\n%s", state, w, got)
						}
					}
					continue
				}
				if got != first {
					diff, _ := difflib.GetUnifiedDiffString(difflib.UnifiedDiff{
						A: difflib.SplitLines(first), B: difflib.SplitLines(got),
						FromFile: "no cache", ToFile: state, Context: 1,
					})
					t.Errorf("%s: the result differs from a run without a cache:\n%s", state, diff)
				}
			}
		})
	}
}

// brokenModule writes c's modules, serves those in c.cached from a
// module cache, vendors them if c says so, and returns the function
// module's directory and the environment that loads it.
func brokenModule(t *testing.T, c brokenCase) (dir string, env []string) {
	t.Helper()
	work := t.TempDir()
	writeFiles(t, work, c.files)
	dir = filepath.Join(work, "fn")
	env = os.Environ()
	for _, m := range c.cached {
		cacheEnv, err := testmodules.FromModuleCache(dir, filepath.Join(work, m), "v1.0.0", work)
		if err != nil {
			t.Fatal(err)
		}
		env = append(env, cacheEnv...)
	}
	if c.vendor {
		cmd := exec.Command("go", "mod", "vendor")
		cmd.Dir = dir
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go mod vendor: %v\n%s", err, out)
		}
		env = append(env, "GOFLAGS=-mod=vendor")
	}
	return dir, env
}

// corrupt overwrites the content of every entry in the cache at dir.
func corrupt(t *testing.T, dir string) {
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
