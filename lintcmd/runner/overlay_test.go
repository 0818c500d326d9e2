package runner_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers"
	"github.com/fnlint/fnlint/lintcmd/runner"
)

// TestOverlay: an overlay (an editor's unsaved buffers) reaches the go
// command (a file only in the overlay belongs to the package), the
// parser (positions are the overlay's) and the analyzers' Pass.ReadFile
// (a fix that copies source text copies the overlay's).
func TestOverlay(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	const disk = "package fn\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\nfunc Hello(w http.ResponseWriter, r *http.Request) {\n\tlog.Print(\"ok\")\n}\n"
	for name, content := range map[string]string{"go.mod": "module example.com/fn\n\ngo 1.24\n", "fn.go": disk} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fn, extra := filepath.Join(dir, "fn.go"), filepath.Join(dir, "extra.go")
	edited := strings.Replace(disk, "func Hello", "// Hello\n// says\n// hello.\nfunc Hello", 1)
	edited = strings.Replace(edited, `log.Print("ok")`, `log.Fatal("bad")`, 1)
	cfg := packages.Config{Dir: dir, Env: env, Overlay: map[string][]byte{
		fn:    []byte(edited),
		extra: []byte("package fn\n\nfunc helper() {}\n"),
	}}
	var files []string
	findings, errs, err := runner.RunWith(cfg, []string{"."}, analyzers.Suite, runner.Options{
		Visit: func(p *packages.Package) { files = append(files, p.CompiledGoFiles...) },
	})
	if err != nil || len(errs) > 0 {
		t.Fatal(err, errs)
	}
	if !slices.Contains(files, extra) {
		t.Errorf("the go command did not see the overlay's new file: %v", files)
	}
	if len(findings) != 1 {
		t.Fatalf("findings: %s", render(findings, nil))
	}
	f := findings[0]
	if p := f.Position(); p.Line != 12 || !strings.HasPrefix(f.Message, "log.Fatal terminates") {
		t.Errorf("finding at %s: %s, want line 12 of the overlay", p, f.Message)
	}
	if src, _ := f.Sources.Content(fn); string(src) != edited {
		t.Errorf("Sources holds\n%s\nwant the overlay", src)
	}
	if len(f.SuggestedFixes) == 0 || !strings.Contains(string(f.SuggestedFixes[0].TextEdits[0].NewText), `log.Print("bad")`) {
		t.Errorf("the fix does not copy the overlay's text: %s", render(findings, nil))
	}
}
