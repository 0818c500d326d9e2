package main_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestBaseline: a baseline written with -baseline-write silences the
// findings it lists, still after lines are inserted above them, and
// a new finding is reported alone.
func TestBaseline(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"go.mod": ffMod,
		"fn.go": `package hard

import (
	"log"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() { functions.HTTP("H", handle) }

func handle(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		log.Fatal("bad method")
	}
	w.Write([]byte("ok"))
}
`,
	})
	base := filepath.Join(dir, "fnlint.baseline")
	stdout, stderr, status := run(t, dir, binary, "-baseline-write="+base, "./...")
	if status != 0 || stdout != "" || !strings.Contains(stderr, "fnlint.baseline: the fingerprints of 1 findings written") {
		t.Fatalf("-baseline-write: status %d, stdout:\n%s\nstderr:\n%s", status, stdout, stderr)
	}
	data, _ := os.ReadFile(base)
	if lines := strings.Split(strings.TrimSpace(string(data)), "\n"); len(lines) != 3 || !strings.Contains(lines[2], " osexit fn.go: log.Fatal terminates") {
		t.Errorf("baseline:\n%s\nwant the header and the osexit finding", data)
	}

	path := filepath.Join(dir, "fn.go")
	src, _ := os.ReadFile(path)
	edited := strings.Replace(string(src), "func init()", "// Lines above the finding\n// move it down.\n\nvar _ = 1\n\nfunc init()", 1)
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	if stdout, stderr, status := run(t, dir, binary, "-baseline="+base, "./..."); status != 0 || stdout != "" {
		t.Errorf("after an edit above the finding: status %d, want 0 and nothing reported; stdout:\n%s\nstderr:\n%s", status, stdout, stderr)
	}
	if stdout, _, status := run(t, dir, binary, "./..."); status != 3 || !strings.Contains(stdout, "fn.go:19:3: log.Fatal terminates") {
		t.Errorf("without the baseline: status %d, want 3 and the moved finding; stdout:\n%s", status, stdout)
	}

	added := strings.Replace(edited, `w.Write([]byte("ok"))`, `w.Write([]byte("ok"))
	log.Fatalf("again")`, 1)
	if err := os.WriteFile(path, []byte(added), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, status = run(t, dir, binary, "-baseline="+base, "./...")
	if status != 3 || strings.Count(stdout, "\n") != 1 || !strings.HasPrefix(stdout, "fn.go:22:2: log.Fatalf terminates") {
		t.Errorf("after a new problem: status %d, want 3 and the new finding alone; stdout:\n%s\nstderr:\n%s", status, stdout, stderr)
	}

	// A file that is not a baseline is a bad command line, named.
	bad := filepath.Join(dir, "bad.baseline")
	if err := os.WriteFile(bad, []byte("# comment\nnot-a-fingerprint osexit\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stderr, status := run(t, dir, binary, "-baseline="+bad, "./..."); status != 2 || !strings.Contains(stderr, "bad.baseline:2: \"not-a-fingerprint\" is not a fingerprint") {
		t.Errorf("a malformed baseline: status %d, want 2 naming its line; stderr:\n%s", status, stderr)
	}
}
