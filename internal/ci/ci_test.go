// Package ci_test checks the repository as CI and a release need it:
// .ci/tidy fails on an untidy go.mod, and no code a user runs has an
// init function or calls panic.
package ci_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// root is the repository's root.
var root = filepath.Join("..", "..")

// sources returns the repository's files that git tracks (or would:
// those of the working tree it does not ignore), outside testdata.
func sources(t *testing.T) []string {
	t.Helper()
	cmd := exec.Command("git", "ls-files", "--cached", "--others", "--exclude-standard")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Skipf("git ls-files: %v (not a git checkout)", err)
	}
	var files []string
	for _, f := range strings.Fields(string(out)) {
		if !slices.Contains(strings.Split(f, "/"), "testdata") {
			if _, err := os.Stat(filepath.Join(root, f)); err == nil {
				files = append(files, f)
			}
		}
	}
	return files
}

// TestTidyCheck runs .ci/tidy on a throwaway copy of the module: it
// passes on the module as it is, and fails, saying why, once go.mod
// marks a module the code imports as // indirect.
func TestTidyCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("copies the module and runs go mod tidy")
	}
	dir := t.TempDir()
	for _, f := range sources(t) {
		data, err := os.ReadFile(filepath.Join(root, f))
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	script, err := filepath.Abs(filepath.Join(root, ".ci", "tidy"))
	if err != nil {
		t.Fatal(err)
	}
	tidy := func() (string, error) {
		cmd := exec.Command(script, dir)
		cmd.Env = append(os.Environ(), "GOPROXY=off", "GOWORK=off", "GOFLAGS=-mod=mod")
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	if out, err := tidy(); err != nil {
		t.Fatalf(".ci/tidy fails on the module as it is: %v\n%s", err, out)
	}
	gomod := filepath.Join(dir, "go.mod")
	data, _ := os.ReadFile(gomod)
	const direct = "\tgolang.org/x/tools "
	i := strings.Index(string(data), direct)
	if i < 0 {
		t.Fatalf("go.mod does not require golang.org/x/tools:\n%s", data)
	}
	eol := i + strings.Index(string(data[i:]), "\n")
	untidy := string(data[:eol]) + " // indirect" + string(data[eol:])
	if err := os.WriteFile(gomod, []byte(untidy), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := tidy()
	if err == nil || !strings.Contains(out, "not tidy") || !strings.Contains(out, "golang.org/x/tools") {
		t.Errorf(".ci/tidy on a go.mod marking golang.org/x/tools indirect: %v\n%s\nwant a failure showing the difference", err, out)
	}
}

// pluginInit is the one init function allowed: golangci-lint's module
// plugin system finds a plugin only through register.Plugin called from
// init (plugin/plugin.go).
const pluginInit = "plugin/plugin.go"

// TestNoInitNoPanic: no code that the command, go vet, the language
// server or the plugin run declares an init function (other than the
// plugin's registration) or calls panic: an internal error is an error
// naming the analyzer and the file.
func TestNoInitNoPanic(t *testing.T) {
	fset := token.NewFileSet()
	for _, f := range sources(t) {
		if !strings.HasSuffix(f, ".go") || strings.HasSuffix(f, "_test.go") {
			continue
		}
		file, err := parser.ParseFile(fset, filepath.Join(root, f), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Error(err)
			continue
		}
		for _, decl := range file.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && fd.Recv == nil && fd.Name.Name == "init" && f != pluginInit {
				t.Errorf("%s: an init function", fset.Position(fd.Pos()))
			}
		}
		ast.Inspect(file, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "panic" {
					t.Errorf("%s: a call of panic", fset.Position(call.Pos()))
				}
			}
			return true
		})
	}
}

// TestPreCommitHook: the hook of .pre-commit-hooks.yaml installs the
// command from the repository (pre-commit's golang support runs go
// install ./...), runs it on the module once, and runs when a Go file,
// go.mod or go.sum changes.
func TestPreCommitHook(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(root, ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	hook := make(map[string]string)
	for line := range strings.Lines(string(data)) {
		line = strings.TrimPrefix(strings.TrimSpace(line), "- ")
		if k, v, ok := strings.Cut(line, ": "); ok && !strings.HasPrefix(line, "#") {
			hook[k] = strings.Trim(v, `'"`)
		}
	}
	for k, want := range map[string]string{"id": "fnlint", "language": "golang", "entry": "fnlint", "args": `["./..."]`, "pass_filenames": "false"} {
		if hook[k] != want {
			t.Errorf("%s: %q, want %q", k, hook[k], want)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "cmd", hook["entry"], "main.go")); err != nil {
		t.Errorf("entry %q is no command of the repository: %v", hook["entry"], err)
	}
	files, err := regexp.Compile(hook["files"])
	if err != nil {
		t.Fatalf("files: %v", err)
	}
	for path, want := range map[string]bool{"fn.go": true, "internal/h/h.go": true, "go.mod": true, "sub/go.sum": true, "README.md": false, "go.mod.bak": false, "notgo.mod": false} {
		if files.MatchString(path) != want {
			t.Errorf("files %q matches %s: %v, want %v", hook["files"], path, !want, want)
		}
	}
}
