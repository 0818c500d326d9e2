//go:build unix

package main_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// The line of the sample that -fix rewrites, and what it becomes.
const (
	fatalLine = "\t\tlog.Fatalf(\"decode: %v\", err) // exits the instance\n"
	fixedLine = "\t\tlog.Printf(\"decode: %v\", err)\n" + // the comment described the exit
		"\t\thttp.Error(w, http.StatusText(http.StatusInternalServerError), http.StatusInternalServerError)\n" +
		"\t\treturn\n"
	// The error check of the temporary file -fix removes, and the defer
	// it adds after it.
	tmpCheck = "\ttmp, err := os.CreateTemp(\"\", \"thumb-*\") // never removed: fills instance memory\n" +
		"\tif err != nil {\n\t\thttp.Error(w, err.Error(), http.StatusInternalServerError)\n\t\treturn\n\t}\n"
	tmpFixed = tmpCheck + "\tdefer os.Remove(tmp.Name())\n"
)

// fixSample runs -fix on a copy of the sample module whose function.go
// edit has prepared, and returns the module, the content edit gave the
// file, the file after -fix, fnlint's standard error and status.
func fixSample(t *testing.T, edit func(path string, src []byte) []byte) (dir string, before, after []byte, stderr string, status int) {
	t.Helper()
	dir = sampleCopy(t)
	path := filepath.Join(dir, "function.go")
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte(fatalLine)) {
		t.Fatalf("the sample lacks %q", fatalLine)
	}
	before = edit(path, src)
	if before != nil {
		if err := os.WriteFile(path, before, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stdout, stderr, status := run(t, dir, binary, "-fix", "./...")
	stderr = stdout + stderr // the unfixed findings, then the errors
	after, _ = os.ReadFile(path)
	return dir, before, after, stderr, status
}

// TestFixOnlyTheEdits: -fix changes the fixed lines and nothing else:
// a byte-order mark, CRLF line endings and lines gofmt would change stay
// as they were.
func TestFixOnlyTheEdits(t *testing.T) {
	t.Parallel()
	bom := []byte("\ufeff")
	crlf := func(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) }
	const untidy = "var   untidy   = 1 // gofmt would align this\n"
	for _, tc := range []struct {
		name string
		edit func([]byte) []byte
		want func([]byte) []byte // the expected result, from the edited file
	}{
		{"BOM", func(b []byte) []byte { return append(bom, b...) }, nil},
		{"CRLF", crlf, nil},
		{"BOM and CRLF", func(b []byte) []byte { return append(bom, crlf(b)...) }, nil},
		{"untidy lines", func(b []byte) []byte { return append(b, "\n"+untidy...) }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel() // each on a copy of its own
			dir, before, after, stderr, status := fixSample(t, func(_ string, src []byte) []byte { return tc.edit(src) })
			if status != 3 {
				t.Errorf("status %d, want 3 (findings remain); stderr:\n%s", status, stderr)
			}
			want := before
			for _, r := range [][2]string{{fatalLine, fixedLine}, {tmpCheck, tmpFixed}} {
				from, to := []byte(r[0]), []byte(r[1])
				if bytes.Contains(before, []byte("\r\n")) {
					from, to = crlf(from), crlf(to)
				}
				if !bytes.Contains(want, from) {
					t.Fatalf("the sample lacks %q", from)
				}
				want = bytes.Replace(want, from, to, 1)
			}
			if !bytes.Equal(after, want) {
				t.Errorf("-fix changed more than the fixed statement:\n%q\nwant:\n%q", after, want)
			}
			if _, stderr, status := run(t, dir, "go", "build", "./..."); status != 0 {
				t.Errorf("the fixed module does not build:\n%s", stderr)
			}
		})
	}
}

// TestFixKeepsModeAndGroup: the rewritten file has the original's mode,
// owner and group.
func TestFixKeepsModeAndGroup(t *testing.T) {
	t.Parallel()
	gid := -1
	if os.Getuid() == 0 {
		gid = 4242 // root may give a file any group
	} else if groups, _ := os.Getgroups(); len(groups) > 1 {
		for _, g := range groups {
			if g != os.Getgid() {
				gid = g
			}
		}
	}
	dir, _, after, stderr, _ := fixSample(t, func(path string, src []byte) []byte {
		if err := os.Chmod(path, 0o640); err != nil {
			t.Fatal(err)
		}
		if gid >= 0 {
			if err := os.Chown(path, -1, gid); err != nil {
				t.Fatal(err)
			}
		}
		return nil
	})
	info, err := os.Stat(filepath.Join(dir, "function.go"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(after, []byte(fixedLine)) {
		t.Fatalf("not fixed; stderr:\n%s", stderr)
	}
	if info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640", info.Mode().Perm())
	}
	if st, ok := info.Sys().(*syscall.Stat_t); ok && gid >= 0 && int(st.Gid) != gid {
		t.Errorf("group %d, want %d", st.Gid, gid)
	}
}

// TestFixReadOnly: a read-only file is left as it is.
func TestFixReadOnly(t *testing.T) {
	t.Parallel()
	_, _, after, stderr, status := fixSample(t, func(path string, src []byte) []byte {
		if err := os.Chmod(path, 0o444); err != nil {
			t.Fatal(err)
		}
		return nil
	})
	if status != 1 || !strings.Contains(stderr, "function.go: the file is read-only; the file is left unchanged") {
		t.Errorf("status %d, stderr:\n%s", status, stderr)
	}
	if !bytes.Contains(after, []byte(fatalLine)) {
		t.Error("the read-only file was fixed")
	}
	// Its finding is reported as not fixed.
	if !strings.Contains(stderr, "function.go:68:3: log.Fatalf terminates the function instance") {
		t.Errorf("the unfixed finding is not printed:\n%s", stderr)
	}
}

// TestFixSymlinks: -fix writes through a symbolic link to a file inside
// the module, keeping the link, and refuses one that leads outside.
func TestFixSymlinks(t *testing.T) {
	t.Parallel()
	t.Run("inside", func(t *testing.T) {
		var target string
		_, _, _, stderr, status := fixSample(t, func(path string, src []byte) []byte {
			target = filepath.Join(filepath.Dir(path), "_real", "function.go.txt")
			link(t, path, target, src)
			return nil
		})
		if status != 3 {
			t.Errorf("status %d, want 3; stderr:\n%s", status, stderr)
		}
		got, _ := os.ReadFile(target)
		if !bytes.Contains(got, []byte(fixedLine)) {
			t.Errorf("the link's target was not fixed; stderr:\n%s", stderr)
		}
		if info, err := os.Lstat(filepath.Join(filepath.Dir(filepath.Dir(target)), "function.go")); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("the link was replaced: %v, %v", info, err)
		}
	})
	t.Run("outside", func(t *testing.T) {
		target := filepath.Join(t.TempDir(), "function.go")
		var src []byte
		_, _, _, stderr, status := fixSample(t, func(path string, s []byte) []byte {
			src = s
			link(t, path, target, s)
			return nil
		})
		if status != 1 || !strings.Contains(stderr, "outside the analyzed module") {
			t.Errorf("status %d, stderr:\n%s", status, stderr)
		}
		if got, _ := os.ReadFile(target); !bytes.Equal(got, src) {
			t.Error("the file outside the module was changed")
		}
	})
}

// link replaces path by a symbolic link to target, which gets src.
func link(t *testing.T, path, target string, src []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(target, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, path); err != nil {
		t.Fatal(err)
	}
}

// TestFixUnfixed: -fix prints the findings it did not fix, not the ones
// it fixed, and exits with status 3.
func TestFixUnfixed(t *testing.T) {
	t.Parallel()
	_, _, _, stderr, status := fixSample(t, func(string, []byte) []byte { return nil })
	if status != 3 {
		t.Errorf("status %d, want 3", status)
	}
	if strings.Contains(stderr, "function.go:68:3: log.Fatalf terminates") || strings.Contains(stderr, "which calls log.Fatal, which terminates") || strings.Contains(stderr, "os.CreateTemp creates") {
		t.Errorf("a fixed finding is printed:\n%s", stderr)
	}
	for _, want := range []string{
		"function.go:71:2: goroutine outlives the invocation",                                         // no fix
		"config.go:14:3: log.Fatalf terminates the function instance; return an error to the handler", // no fix: a helper of another package, reached from an entry point
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks the unfixed %q:\n%s", want, stderr)
		}
	}
	if n := diagnostics(stderr); n != 14 {
		t.Errorf("%d findings printed, want the sample's 17 findings less the 3 fixed:\n%s", n, stderr)
	}
}

// TestFixImportsOfSeveralFixes: two fixes in one file each leave a use of
// os to the other; together they leave none, and the import goes.
func TestFixImportsOfSeveralFixes(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"go.mod": ffMod,
		"fn.go": `package hard

import (
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("A", a)
	functions.HTTP("B", b)
}

func a(w http.ResponseWriter, r *http.Request) {
	os.Exit(1)
}

func b(w http.ResponseWriter, r *http.Request) {
	os.Exit(2)
}
`,
	})
	_, stderr, status := run(t, dir, binary, "-fix", "./...")
	if status != 0 {
		t.Errorf("status %d, want 0 (everything fixed); stderr:\n%s", status, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "fn.go"))
	if bytes.Contains(got, []byte(`"os"`)) || bytes.Count(got, []byte("http.Error(")) != 2 {
		t.Errorf("fixed file:\n%s", got)
	}
	if _, stderr, status := run(t, dir, "go", "vet", "./..."); status != 0 {
		t.Errorf("the fixed module does not vet:\n%s", stderr)
	}
	if out, _, _ := run(t, dir, "gofmt", "-l", "."); out != "" {
		t.Errorf("the fixed file is not gofmt-clean: %s", out)
	}
}

// TestFixGofmt: a fix that changes the length of a line with a trailing
// comment leaves a gofmt-clean file gofmt-clean, and leaves the
// declarations it does not change, and those that were not gofmt-clean,
// as they were.
func TestFixGofmt(t *testing.T) {
	t.Parallel()
	const clean = `package hard

import (
	"context"
	"log"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() { functions.CloudEvent("E", on) }

var calls int

func on(ctx context.Context, ev event.Event) error {
	calls++              // counted
	log.Fatal("no type") // exits the instance
	return nil
}
`
	const unformatted = "\nfunc other() { a:=1; _ = a }\n"
	cases := []struct {
		name, src string
	}{
		{"gofmt-clean file", clean},
		{"unformatted declaration elsewhere", clean + unformatted},
	}
	files := map[string]string{"go.mod": ffMod}
	for i, tc := range cases {
		files[fmt.Sprintf("p%d/fn.go", i)] = tc.src
	}
	dir := writeModule(t, files)
	_, stderr, _ := run(t, dir, binary, "-fix", "./...")
	for i, tc := range cases {
		got, _ := os.ReadFile(filepath.Join(dir, fmt.Sprintf("p%d/fn.go", i)))
		// The exit's comment goes with it; the one before is realigned.
		want := "\tcalls++ // counted\n\treturn errors.New(\"no type\")\n}\n"
		if !strings.Contains(string(got), want) {
			t.Errorf("%s: fixed file:\n%s\nwant it to hold\n%s\nstderr:\n%s", tc.name, got, want, stderr)
		}
		if strings.HasSuffix(tc.src, unformatted) && !strings.HasSuffix(string(got), unformatted) {
			t.Errorf("%s: the fix reformats a declaration it does not change:\n%s", tc.name, got)
		}
	}
}
