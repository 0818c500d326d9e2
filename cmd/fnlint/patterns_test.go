package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestGOPATHRelativePatterns: in GOPATH mode, from a directory that no
// go.mod above it puts in a module (a GOPATH in a temporary directory,
// unlike TestGOPATH's, which the repository's go.mod holds), the
// relative patterns ./..., . and a file name work as import paths do,
// as they do for go vet.
func TestGOPATHRelativePatterns(t *testing.T) {
	t.Parallel()
	gopath := filepath.Join(t.TempDir(), "gopath")
	if err := os.CopyFS(gopath, os.DirFS(filepath.Join("testdata", "gopath"))); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(gopath, "src", "example.com", "fn")
	env := []string{"GO111MODULE=off", "GOPATH=" + gopath, "GOFLAGS=", "GOPROXY=off"}
	const exit = "fn.go:20:3: log.Fatal terminates the function instance"
	for _, pattern := range []string{"./...", ".", "./fn.go", "example.com/fn"} {
		out, _, status := runEnv(t, dir, env, binary, pattern)
		if status != 3 || !strings.Contains(out, exit) {
			t.Errorf("fnlint %s: exit status %d, output:\n%s\nwant status 3 and %q", pattern, status, out, exit)
		}
	}
}

// TestFileInSubdirectory: a Go file named by a path into a
// subdirectory (fnlint ./todos/create.go) is analyzed, as go vet
// analyzes it, not refused as a directory that does not exist.
func TestFileInSubdirectory(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"go.mod":          "module example.com/todo\n\ngo 1.24\n",
		"todos/create.go": "package todos\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc Create(w http.ResponseWriter, r *http.Request) {\n\tlog.Fatal(\"x\")\n}\n",
	})
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n\nimport (\n\t\"net/http\"\n\n\t\"example.com/todo/todos\"\n)\n\nfunc main() { http.HandleFunc(\"/\", todos.Create) }\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	want, _, wantStatus := run(t, dir, binary, "./todos")
	got, _, status := run(t, dir, binary, "./todos/create.go")
	if strings.Contains(got, "no directory") || status != wantStatus || got != want {
		t.Errorf("fnlint ./todos/create.go: exit status %d, output:\n%s\nwant, as for ./todos, status %d and:\n%s", status, got, wantStatus, want)
	}
}
