package locality

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
	"golang.org/x/mod/module"
	"golang.org/x/tools/go/analysis"
)

// cache returns the name of a file of module path@version in a module
// cache, as the go command lays it out.
func cache(t *testing.T, path, version, file string) string {
	escaped, err := module.EscapePath(path)
	if err != nil {
		t.Fatal(err)
	}
	return "/home/u/go/pkg/mod/" + escaped + "@" + version + "/" + file
}

func TestLocal(t *testing.T) {
	const common = "example.com/common"
	for _, tc := range []struct {
		name          string
		path, version string
		files         []string
		want          bool
	}{
		{"main or workspace module", "example.com/fn", "", []string{"/src/fn/fn.go"}, true},
		{"main module anywhere", "example.com/fn", "", []string{cache(t, "example.com/fn", "v1.0.0", "fn.go")}, true},
		{"main module the tables describe", "go.uber.org/zap", "", []string{"/src/zap/zap.go"}, true},
		{"standard library", "", "", []string{"/usr/local/go/src/log/log.go"}, false},
		{"module cache", common, "v1.2.3", []string{cache(t, common, "v1.2.3", "common.go")}, false},
		{"module cache, upper case", "github.com/Example/Common", "v1.2.3",
			[]string{cache(t, "github.com/Example/Common", "v1.2.3", "sub/common.go")}, false},
		{"module cache, pseudo-version", common, "v0.0.0-20240101000000-abcdefabcdef",
			[]string{cache(t, common, "v0.0.0-20240101000000-abcdefabcdef", "common.go")}, false},
		{"module cache, +incompatible", "github.com/old/lib", "v2.0.0+incompatible",
			[]string{cache(t, "github.com/old/lib", "v2.0.0+incompatible", "lib.go")}, false},
		{"replaced by another module's version", common, "v1.0.0", []string{cache(t, "example.com/fork", "v1.1.0", "common.go")}, false},
		{"vendored", common, "v1.2.3", []string{"/src/fn/vendor/example.com/common/common.go"}, false},
		{"vendored local replacement", common, "v0.0.0", []string{"/src/fn/vendor/example.com/common/sub/common.go"}, false},
		{"local replacement", common, "v0.0.0", []string{"/src/common/common.go", "/src/common/env.go"}, true},
		{"local replacement of a version", common, "v1.2.3", []string{"/src/common/common.go"}, true},
		{"local directory with an @ that is no version", common, "v0.0.0", []string{"/src/common@v1/common.go", "/src/a@b/common.go"}, true},
		{"vendor directory of another module", common, "v0.0.0", []string{"/src/vendor/example.com/other/common.go"}, true},
		{"no files", common, "v1.2.3", nil, false},
		{"cgo, from the module cache", common, "v1.2.3",
			[]string{"/tmp/go-build1/b001/x.cgo1.go", cache(t, common, "v1.2.3", "x.go")}, false},
		{"cgo, replaced locally", common, "v0.0.0", []string{"/tmp/go-build1/b001/x.cgo1.go", "/src/common/x.go"}, true},
		{"described module replaced locally", "github.com/GoogleCloudPlatform/functions-framework-go", "v1.8.1",
			[]string{"/src/stubs/functions-framework-go/functions/functions.go"}, false},
		{"Cloud client replaced locally", "cloud.google.com/go/storage", "v1.40.0", []string{"/src/storage/storage.go"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Local(tc.path, tc.version, tc.files); got != tc.want {
				t.Errorf("Local(%q, %q, %q) = %v, want %v", tc.path, tc.version, tc.files, got, tc.want)
			}
		})
	}
}

// TestLocalPass checks that a pass is judged by its files' names and by
// the names //line directives give them (cgo's generated files).
func TestLocalPass(t *testing.T) {
	const common = "example.com/common"
	parse := func(name, src string) (*token.FileSet, *ast.File) {
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, name, src, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		return fset, f
	}
	for _, tc := range []struct {
		name      string
		file, src string
		module    *analysis.Module
		want      bool
	}{
		{"local replacement", "/src/common/c.go", "package c\n", &analysis.Module{Path: common, Version: "v0.0.0"}, true},
		{"module cache", cache(t, common, "v1.0.0", "c.go"), "package c\n", &analysis.Module{Path: common, Version: "v1.0.0"}, false},
		{"cgo output of a module-cache file", "/tmp/go-build1/b001/c.cgo1.go",
			"//line " + cache(t, common, "v1.0.0", "c.go") + ":1:1\npackage c\n", &analysis.Module{Path: common, Version: "v1.0.0"}, false},
		{"cgo output of a local file", "/tmp/go-build1/b001/c.cgo1.go",
			"//line /src/common/c.go:1:1\npackage c\n", &analysis.Module{Path: common, Version: "v0.0.0"}, true},
		{"no module", "/src/common/c.go", "package c\n", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fset, f := parse(tc.file, tc.src)
			pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}, Module: tc.module}
			if got := LocalPass(pass); got != tc.want {
				t.Errorf("LocalPass = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestStubsAreDependencies checks that the stubs of third-party modules
// that the repository's testdata modules replace them with stay
// dependencies, as the tests that use them assume: each is a module the
// knowledge tables describe, or lies in a directory named as the module
// cache names it.
func TestStubsAreDependencies(t *testing.T) {
	root := filepath.Join("..", "..", "testdata", "stubs")
	n := 0
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.Name() != "go.mod" {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		mod := modfile.ModulePath(data)
		dir, err := filepath.Abs(filepath.Dir(path))
		if err != nil {
			return err
		}
		n++
		if Local(mod, "v1.0.0", []string{filepath.Join(dir, "x.go")}) {
			t.Errorf("%s (%s), replaced by its stub, is the user's code: tests that use it would judge it from source", mod, strings.TrimPrefix(path, root+"/"))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 10 {
		t.Errorf("found only %d stub modules under %s", n, root)
	}
}

// TestLocalWithoutModule checks the packages without a module: files
// named on the command line and GOPATH mode, where the standard library,
// in a GOROOT (whose src/go.mod declares module std), never is local.
func TestLocalWithoutModule(t *testing.T) {
	root := filepath.ToSlash(t.TempDir())
	goroot, gopath := root+"/goroot", root+"/gopath"
	for name, content := range map[string]string{
		goroot + "/src/go.mod":     "module std\n",
		goroot + "/src/cmd/go.mod": "module cmd\n",
	} {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct {
		name, path string
		files      []string
		want       bool
	}{
		{"GOPATH package", "example.com/fn", []string{gopath + "/src/example.com/fn/fn.go"}, true},
		{"GOPATH package without a dot", "fn/helper", []string{gopath + "/src/fn/helper/h.go"}, true},
		{"GOPATH vendored", "example.com/fn/vendor/example.com/lib", []string{gopath + "/src/example.com/fn/vendor/example.com/lib/lib.go"}, false},
		{"GOPATH package the tables describe", "github.com/GoogleCloudPlatform/functions-framework-go/functions",
			[]string{gopath + "/src/github.com/GoogleCloudPlatform/functions-framework-go/functions/f.go"}, false},
		{"standard library", "log", []string{goroot + "/src/log/log.go"}, false},
		{"standard library, cgo", "net", []string{"/tmp/go-build1/b001/cgo_unix.cgo1.go", goroot + "/src/net/cgo_unix.go"}, false},
		{"cmd", "cmd/go", []string{goroot + "/src/cmd/go/main.go"}, false},
		{"not where its path says", "example.com/fn", []string{gopath + "/src/other/fn.go"}, false},
		{"file arguments", "command-line-arguments", []string{root + "/anywhere/fn.go"}, true},
		{"file arguments in GOROOT", "command-line-arguments", []string{goroot + "/src/log/log.go"}, false},
		{"file arguments in a vendor directory", "command-line-arguments", []string{root + "/m/vendor/example.com/x/x.go"}, false},
		{"no files", "example.com/fn", nil, false},
	} {
		if got := LocalWithoutModule(tc.path, tc.files); got != tc.want {
			t.Errorf("%s: LocalWithoutModule(%q, %q) = %v, want %v", tc.name, tc.path, tc.files, got, tc.want)
		}
	}
}
