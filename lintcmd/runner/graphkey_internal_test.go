package runner

import (
	"errors"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"
)

func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func ageTree(root string) {
	old := time.Now().Add(-time.Hour)
	_ = filepath.WalkDir(root, func(path string, _ os.DirEntry, err error) error {
		if err == nil {
			err = os.Chtimes(path, old, old)
		}
		return err
	})
}

var graphEnv = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off", "GOPROXY=off")

func describeGraph(pkgs []*packages.Package, err error) string {
	if err != nil {
		return "error: " + err.Error()
	}
	var b strings.Builder
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		if p.Module != nil && p.Module.Main || len(p.Errors) > 0 {
			b.WriteString(p.ID)
			if p.Module != nil {
				b.WriteString(" module=" + p.Module.Path)
			}
			for _, e := range p.Errors {
				b.WriteString(" ERR " + e.Msg)
			}
			b.WriteString("\n")
		}
	})
	return b.String()
}

// A go.mod created below the main module's root moves an imported
// package out of the main module: the graph is listed again.
func TestGraphsNestedModule(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"go.mod":     "module example.com/m\n\ngo 1.22\n",
		"m.go":       "package m\n\nimport _ \"example.com/m/lib\"\n",
		"lib/lib.go": "package lib\n",
	})
	ageTree(root)
	cfg := packages.Config{Dir: root, Env: graphEnv}
	g := NewGraphs()
	if _, err := g.list(cfg, []string{"."}); err != nil {
		t.Fatal(err)
	}
	writeTree(t, root, map[string]string{"lib/go.mod": "module example.com/m/lib\n\ngo 1.22\n"})
	kept, err := g.list(cfg, []string{"."})
	fresh, ferr := listGraph(cfg, []string{"."})
	t.Logf("reused=%d listed=%d\nkept:\n%s\nfresh:\n%s", g.Reused(), g.Listed(), describeGraph(kept, err), describeGraph(fresh, ferr))
	if g.Reused() != 0 || describeGraph(kept, err) != describeGraph(fresh, ferr) {
		t.Errorf("stale graph reused after lib/go.mod was created")
	}
}

// The "all" pattern names every package of the main module, and a new
// directory joins it: such a graph is not kept.
func TestGraphsAllPattern(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.22\n",
		"m.go":   "package m\n",
	})
	ageTree(root)
	cfg := packages.Config{Dir: root, Env: graphEnv}
	g := NewGraphs()
	if _, err := g.list(cfg, []string{"all"}); err != nil {
		t.Fatal(err)
	}
	writeTree(t, root, map[string]string{"newpkg/x.go": "package newpkg\n"})
	kept, err := g.list(cfg, []string{"all"})
	fresh, ferr := listGraph(cfg, []string{"all"})
	t.Logf("reused=%d listed=%d\nkept:\n%s\nfresh:\n%s", g.Reused(), g.Listed(), describeGraph(kept, err), describeGraph(fresh, ferr))
	if g.Reused() != 0 || describeGraph(kept, err) != describeGraph(fresh, ferr) {
		t.Errorf("stale graph reused after newpkg was created")
	}
}

// GOWORK set with "go env -w" (in the GOENV file) names a go.work that
// the key does not read: such a graph is not kept.
func TestGraphsGoWorkFromEnvFile(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"m/go.mod":     "module example.com/m\n\ngo 1.22\n",
		"m/m.go":       "package m\n\nimport _ \"example.com/other\"\n",
		"other/go.mod": "module example.com/other\n\ngo 1.22\n",
		"other/o.go":   "package other\n",
		"ws/my.work":   "go 1.22\n\nuse (\n\t../m\n\t../other\n)\n",
		"goenv":        "GOWORK=" + filepath.Join(root, "ws", "my.work") + "\n",
	})
	ageTree(root)
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "GOWORK=") && !strings.HasPrefix(kv, "GOFLAGS=") {
			env = append(env, kv)
		}
	}
	env = append(env, "GOENV="+filepath.Join(root, "goenv"), "GOPROXY=off")
	cfg := packages.Config{Dir: filepath.Join(root, "m"), Env: env}
	g := NewGraphs()
	first, err := g.list(cfg, []string{"."})
	t.Logf("first:\n%s", describeGraph(first, err))
	if err != nil {
		t.Fatal(err)
	}
	writeTree(t, root, map[string]string{"ws/my.work": "go 1.22\n\nuse ../m\n"})
	kept, err := g.list(cfg, []string{"."})
	fresh, ferr := listGraph(cfg, []string{"."})
	t.Logf("reused=%d listed=%d\nkept:\n%s\nfresh:\n%s", g.Reused(), g.Listed(), describeGraph(kept, err), describeGraph(fresh, ferr))
	if g.Reused() != 0 || describeGraph(kept, err) != describeGraph(fresh, ferr) {
		t.Errorf("stale graph reused after the go.work named by the GOENV file changed")
	}
}

// An analyzer whose fix is invalid: the diagnostic is reported without
// the fix, and an error names the analyzer. An analyzer that fails after
// it reported: none of its diagnostics is reported, and its error is.
func TestDriverFailedActions(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.22\n",
		"m.go":   "package m\n\nfunc F() {}\n",
	})
	for _, mode := range []string{"overlap", "errafter", "foreignfact"} {
		bad := &analysis.Analyzer{
			Name: "bad" + mode,
			Doc:  "bad: reports a bad fix",
			Run: func(pass *analysis.Pass) (any, error) {
				f := pass.Files[0]
				switch mode {
				case "overlap":
					pass.Report(analysis.Diagnostic{Pos: f.Name.Pos(), Message: "x", SuggestedFixes: []analysis.SuggestedFix{{
						Message: "fix", TextEdits: []analysis.TextEdit{
							{Pos: f.Package, End: f.Package + 7, NewText: []byte("a")},
							{Pos: f.Package + 2, End: f.Package + 5, NewText: []byte("b")},
						}}}})
					return nil, nil
				case "foreignfact":
					pass.Report(analysis.Diagnostic{Pos: f.Name.Pos(), Message: "z"})
					pass.ExportObjectFact(types.Universe.Lookup("error"), new(unitFact))
					return nil, nil
				default:
					pass.Report(analysis.Diagnostic{Pos: f.Name.Pos(), Message: "y", SuggestedFixes: []analysis.SuggestedFix{{
						Message: "insert", TextEdits: []analysis.TextEdit{{Pos: f.Name.Pos(), NewText: []byte("a")}}}}})
					return nil, errors.New("cannot read input")
				}
			},
		}
		cfg := packages.Config{Dir: root, Env: graphEnv}
		findings, errs, err := RunWith(cfg, []string{"."}, []*analysis.Analyzer{bad}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: errors: %q", mode, errs)
		for _, f := range findings {
			for _, fix := range f.SuggestedFixes {
				for _, e := range fix.TextEdits {
					t.Logf("%s: finding %q fix %q edit %v-%v (End valid %v) %q", mode, f.Message, fix.Message, e.Pos, e.End, e.End.IsValid(), e.NewText)
				}
			}
		}
		switch mode {
		case "overlap":
			if len(findings) != 1 || len(findings[0].SuggestedFixes) != 0 {
				t.Errorf("%s: %d findings, want 1 without its invalid fix", mode, len(findings))
			}
			if len(errs) != 1 || !strings.Contains(errs[0], "badoverlap") || !strings.Contains(errs[0], "overlapping edits") {
				t.Errorf("%s: errors %q, want one naming the analyzer and the invalid fix", mode, errs)
			}
		case "foreignfact":
			if len(findings) != 0 {
				t.Errorf("%s: %d findings of a failed action reported", mode, len(findings))
			}
			if len(errs) != 1 || !strings.Contains(errs[0], "belongs to another package") {
				t.Errorf("%s: errors %q, want one saying the fact's object is another package's", mode, errs)
			}
		default:
			if len(findings) != 0 {
				t.Errorf("%s: %d findings of a failed action reported", mode, len(findings))
			}
			if len(errs) != 1 || !strings.Contains(errs[0], "cannot read input") {
				t.Errorf("%s: errors %q, want the analyzer's", mode, errs)
			}
		}
	}
}

// cgo's output for a standard-library package (net) lives in the build
// cache: cleaned under a kept graph, the graph is listed again.
func TestGraphsBuildCacheCleaned(t *testing.T) {
	if _, err := exec.LookPath("gcc"); err != nil {
		t.Skip("no C compiler: the standard library has no cgo output")
	}
	root := t.TempDir()
	gocache := filepath.Join(t.TempDir(), "gocache")
	writeTree(t, root, map[string]string{
		"go.mod": "module example.com/m\n\ngo 1.22\n",
		"m.go":   "package m\n\nimport \"net\"\n\nvar _ = net.Dial\n",
	})
	ageTree(root)
	env := append(slices.Clone(graphEnv), "GOCACHE="+gocache, "CGO_ENABLED=1")
	noop := &analysis.Analyzer{Name: "noop", Doc: "noop: nothing", Run: func(*analysis.Pass) (any, error) { return nil, nil }}
	g := NewGraphs()
	run := func() []string {
		_, errs, err := RunWith(packages.Config{Dir: root, Env: env}, []string{"."}, []*analysis.Analyzer{noop}, Options{Graphs: g})
		if err != nil {
			t.Fatal(err)
		}
		return errs
	}
	t.Logf("first: %q", run())
	if err := os.RemoveAll(gocache); err != nil {
		t.Fatal(err)
	}
	errs := run()
	t.Logf("after the build cache is cleaned: reused=%d listed=%d errors=%d %.300q", g.Reused(), g.Listed(), len(errs), errs)
	if len(errs) > 0 || g.Reused() != 0 {
		t.Errorf("the kept graph names cgo files of net that are gone")
	}
}

// unitFact is a fact of no content.
type unitFact struct{}

func (*unitFact) AFact() {}
