package main_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeModule writes files (path -> content) under a new temporary
// directory and returns it. "go.mod" content may use STUBS for the path
// of the third-party stubs.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	stubs, _ := filepath.Abs("../../testdata/stubs")
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(strings.ReplaceAll(content, "STUBS", stubs)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const ffMod = `module example.com/hard

go 1.24

require (
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/cloudevents/sdk-go/v2 v2.15.2
)

replace (
	github.com/GoogleCloudPlatform/functions-framework-go => STUBS/functions-framework-go
	github.com/cloudevents/sdk-go/v2 => STUBS/cloudevents
)
`

// TestHardInputs runs the binary on modules made of what real code
// throws at fnlint; each case names what it must report.
func TestHardInputs(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name   string
		files  map[string]string
		status int
		want   []string // substrings of the output
		count  int      // the number of diagnostics, or -1
	}{
		{
			name: "no functions at all",
			files: map[string]string{
				"go.mod":      "module example.com/lib\n\ngo 1.24\n",
				"lib.go":      "package lib\n\nimport \"os\"\n\nfunc init() { go func() {}() }\n\nfunc Die() { os.Exit(1) }\n",
				"x/x.go":      "package x\n\nimport \"log\"\n\nfunc F() { log.Fatal(1) }\n",
				"x/x_test.go": "package x\n\nimport \"testing\"\n\nfunc TestF(t *testing.T) {}\n",
			},
			status: 0, count: 0,
		},
		{
			name: "generics, embedded method values, build tags, cgo",
			files: map[string]string{
				"go.mod": ffMod,
				"fn.go": `package hard

import (
	"encoding/json"
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

type base struct{}

func (base) Serve(w http.ResponseWriter, r *http.Request) {
	log.Fatal("embedded")
}

type server struct{ base }

func handle[T any](w http.ResponseWriter, r *http.Request) {
	var v T
	if err := json.NewDecoder(r.Body).Decode(&v); err != nil {
		return
	}
	writeJSON(w, v)
}

func writeJSON[T any](w http.ResponseWriter, v T) { json.NewEncoder(w).Encode(v) }

func init() {
	var s server
	functions.HTTP("Embedded", s.Serve)
	functions.HTTP("Generic", handle[int])
}
`,
				"linux.go":   "//go:build linux\n\npackage hard\n\nimport \"os\"\n\nfunc init() { functions2() }\n\nfunc functions2() { _ = os.Getpid() }\n",
				"ignored.go": "//go:build ignore\n\npackage hard\n\nthis file does not even parse\n",
				"cgo.go":     "package hard\n\n// int twice(int x) { return 2 * x; }\nimport \"C\"\n\nfunc Twice(x int) int { return int(C.twice(C.int(x))) }\n",
			},
			status: 3,
			want: []string{
				"fn.go:14:2: log.Fatal terminates the function instance",
				"fn.go:22:3: handle returns without writing a response",
			},
			count: 2,
		},
		{
			// fnlint type-checks the module and never builds it: an
			// assembly file that does not assemble (which go build and
			// go list -export report) does not stop the analysis.
			name: "a module that does not build",
			files: map[string]string{
				"go.mod": ffMod,
				"fn.go": `package hard

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("Asm", handle) }

// add is written in assembly.
func add(a, b int) int

func handle(w http.ResponseWriter, r *http.Request) {
	if add(1, 2) != 3 {
		log.Fatal("arithmetic")
	}
	w.WriteHeader(http.StatusOK)
}
`,
				"add_amd64.s": "this is not assembly\n",
				"add_arm64.s": "this is not assembly\n",
			},
			status: 3,
			want:   []string{"fn.go:17:3: log.Fatal terminates the function instance"},
			count:  1,
		},
		{
			name: "deeply nested closures",
			files: map[string]string{
				"go.mod": ffMod,
				"fn.go":  nested(60),
			},
			status: 3,
			want:   []string{"log.Fatal terminates the function instance"},
			count:  1,
		},
		{
			name: "a 5,000-line handler with 300 early returns",
			files: map[string]string{
				"go.mod": ffMod,
				"fn.go":  bigHandler(300, 4000),
			},
			status: 3,
			want:   []string{"returns without writing a response"},
			count:  300,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeModule(t, tc.files)
			stdout, stderr, status := run(t, dir, binary, "./...")
			stderr = stdout + stderr // the findings, then the errors
			if status != tc.status {
				t.Errorf("exit status %d, want %d; output:\n%s", status, tc.status, stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("output lacks %q:\n%s", w, stderr)
				}
			}
			if tc.count >= 0 && diagnostics(stderr) != tc.count {
				t.Errorf("%d diagnostics, want %d:\n%s", diagnostics(stderr), tc.count, head(stderr))
			}
		})
	}
}

// diagnostics counts the file:line:col: lines of fnlint's output, not
// their related lines.
func diagnostics(out string) int {
	n := 0
	for _, line := range strings.Split(out, "\n") {
		// A related position is indented: fnlint prints it below its
		// finding as "  related: ", go vet after its position and a tab.
		related := strings.HasPrefix(line, "  related: ") || strings.Contains(line, ": \t") // go vet's: file:line:col: \tmessage
		if strings.Contains(line, ".go:") && !strings.HasPrefix(line, "\t") && !related {
			n++
		}
	}
	return n
}

func head(s string) string {
	if lines := strings.Split(s, "\n"); len(lines) > 20 {
		return strings.Join(lines[:20], "\n") + "\n..."
	}
	return s
}

// nested returns a handler whose log.Fatal sits in depth nested,
// immediately called function literals.
func nested(depth int) string {
	var b strings.Builder
	b.WriteString("package hard\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\n\t\"github.com/GoogleCloudPlatform/functions-framework-go/functions\"\n)\n\n")
	b.WriteString("func init() { functions.HTTP(\"Nested\", handle) }\n\nfunc handle(w http.ResponseWriter, r *http.Request) {\n")
	for range depth {
		b.WriteString("func() {\n")
	}
	b.WriteString("log.Fatal(\"deep\")\n")
	for range depth {
		b.WriteString("}()\n")
	}
	b.WriteString("w.WriteHeader(http.StatusOK)\n}\n")
	return b.String()
}

// bigHandler returns a handler with returns early returns that write
// nothing, followed by filler statements up to lines lines.
func bigHandler(returns, filler int) string {
	var b strings.Builder
	b.WriteString("package hard\n\nimport (\n\t\"errors\"\n\t\"net/http\"\n\n\t\"github.com/GoogleCloudPlatform/functions-framework-go/functions\"\n)\n\n")
	b.WriteString("func init() { functions.HTTP(\"Big\", handle) }\n\nfunc step(i int) error {\n\tif i < 0 {\n\t\treturn errors.New(\"negative\")\n\t}\n\treturn nil\n}\n\n")
	b.WriteString("func handle(w http.ResponseWriter, r *http.Request) {\n\tn := 0\n")
	for i := range returns {
		fmt.Fprintf(&b, "\tif err := step(%d); err != nil {\n\t\treturn\n\t}\n", i)
	}
	for i := range filler {
		fmt.Fprintf(&b, "\tn += %d\n", i)
	}
	b.WriteString("\tif n > 0 {\n\t\tw.WriteHeader(http.StatusOK)\n\t\treturn\n\t}\n\thttp.Error(w, \"none\", http.StatusInternalServerError)\n}\n")
	return b.String()
}

// TestWorkspace runs fnlint on a go.work workspace of two modules: the
// exit in module b's helper, which module a's function calls, is
// reported in the helper, with a's call as the other end.
func TestWorkspace(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"go.work": "go 1.24\n\nuse (\n\t./a\n\t./b\n)\n",
		"a/go.mod": strings.Replace(ffMod, "module example.com/hard", "module example.com/a", 1) +
			"\nrequire example.com/b v0.0.0\n\nreplace example.com/b => ../b\n",
		"a/fn.go": `package a

import (
	"net/http"

	"example.com/b/config"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("A", handle) }

func handle(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(config.MustEnv("X")))
}
`,
		"b/go.mod":           "module example.com/b\n\ngo 1.24\n",
		"b/config/config.go": "package config\n\nimport (\n\t\"log\"\n\t\"os\"\n)\n\nfunc MustEnv(k string) string {\n\tv := os.Getenv(k)\n\tif v == \"\" {\n\t\tlog.Fatalf(\"%s unset\", k)\n\t}\n\treturn v\n}\n",
	})
	// Workspace mode takes no -mod flag.
	out, _, status := runEnv(t, dir, []string{"GOPROXY=off", "GOFLAGS="}, binary, "./a/...", "./b/...")
	if status != 3 {
		t.Errorf("exit status %d, want 3; output:\n%s", status, out)
	}
	if !strings.Contains(out, "b/config/config.go:11:3: log.Fatalf terminates the function instance") ||
		!strings.Contains(out, "related: a/fn.go:13:17: example.com/a.handle calls MustEnv here") {
		t.Errorf("the exit in module b is not reported in b's helper, reached from module a:\n%s", out)
	}
}

// TestVendored runs fnlint on a module that vendors its dependencies:
// vendored packages are dependencies, not function code.
func TestVendored(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"go.mod": ffMod,
		"fn.go":  "package hard\n\nimport (\n\t\"log\"\n\t\"net/http\"\n\n\t\"github.com/GoogleCloudPlatform/functions-framework-go/functions\"\n)\n\nfunc init() { functions.HTTP(\"V\", handle) }\n\nfunc handle(w http.ResponseWriter, r *http.Request) {\n\tlog.Fatal(\"x\")\n}\n",
	})
	if _, out, status := run(t, dir, "go", "mod", "vendor"); status != 0 {
		t.Fatalf("go mod vendor failed:\n%s", out)
	}
	out, _, status := runEnv(t, dir, []string{"GOPROXY=off", "GOFLAGS=-mod=vendor"}, binary, "./...")
	if status != 3 {
		t.Errorf("exit status %d, want 3; output:\n%s", status, out)
	}
	if got := diagnostics(out); got != 1 || !strings.Contains(out, "fn.go:13:2: log.Fatal terminates") {
		t.Errorf("%d diagnostics, want the one in fn.go:\n%s", got, out)
	}
}

// TestMissingDependency: a dependency that is not in the module cache is
// an error naming it, and fnlint does not reach for the network.
func TestMissingDependency(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"go.mod":   "module example.com/missing\n\ngo 1.24\n\nrequire example.com/nowhere v1.2.3\n",
		"fn.go":    "package missing\n\nimport _ \"example.com/nowhere\"\n",
		"ok/ok.go": "package ok\n\nfunc F() {}\n",
	})
	// Even with a proxy configured, fnlint loads offline.
	_, out, status := runEnv(t, dir, []string{"GOPROXY=https://proxy.invalid", "GOFLAGS=-mod=mod", "GOWORK=off"}, binary, "./...")
	if status != 1 {
		t.Errorf("exit status %d, want 1; output:\n%s", status, out)
	}
	if !strings.Contains(out, "example.com/nowhere") || strings.Contains(out, "proxy.invalid") {
		t.Errorf("the error does not name the missing module, or fnlint tried the network:\n%s", out)
	}
	if !strings.Contains(out, "run `go mod download all`") {
		t.Errorf("the errors do not say what to run:\n%s", out)
	}
}
