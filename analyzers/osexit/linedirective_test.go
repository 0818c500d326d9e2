package osexit_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers/osexit"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
)

// lineDirectiveFile is function code with the exits whose fixes
// replace, delete, and add lines and imports. A //line directive is
// written before each of its lines in turn.
var lineDirectiveFile = strings.Split(`package PKG

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

func init() { functions.HTTP("H", h); functions.CloudEvent("E", e) }

func h(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		log.Fatalf("no path %d", 1) // exits
		os.Exit(2)
	}
	w.Write(nil)
	if r.Method == "" {
		log.Fatal("x"); return
	}
}

func e(ctx context.Context, ev event.Event) error {
	if ev.Type() == "" {
		log.Fatal("no id", 2)
	}
	return nil
}
`, "\n")

// TestLineDirectives puts a //line directive before every line of a
// file, with line numbers past the end of the file, inside it and at 1,
// and checks that osexit's fixes edit the file as it is: the analysis
// does not panic, reports every exit, and each fix applies on its own,
// keeps the directive, type-checks and leaves nothing unreachable.
func TestLineDirectives(t *testing.T) {
	stubs, err := filepath.Abs("../../testdata/stubs")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	gomod := fmt.Sprintf(`module example.com/lines

go 1.24

require (
	github.com/GoogleCloudPlatform/functions-framework-go v1.8.1
	github.com/cloudevents/sdk-go/v2 v2.15.2
)

replace (
	github.com/GoogleCloudPlatform/functions-framework-go => %s/functions-framework-go
	github.com/cloudevents/sdk-go/v2 => %s/cloudevents
)
`, stubs, stubs)
	write := func(name, content string) {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", gomod)
	directives := make(map[string]string) // package path -> its directive
	for _, n := range []int{1, 7, 30, 1000} {
		for i := range lineDirectiveFile {
			name := fmt.Sprintf("p%d_%d", n, i)
			lines := append(append(append([]string(nil), lineDirectiveFile[:i]...), fmt.Sprintf("//line gen.go:%d", n)), lineDirectiveFile[i:]...)
			src := strings.Replace(strings.Join(lines, "\n"), "PKG", name, 1)
			write(filepath.Join(name, "x.go"), src)
			directives["example.com/lines/"+name] = fmt.Sprintf("//line gen.go:%d\n", n)
		}
	}
	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  dir,
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
	}, "./...")
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
	graph, err := checker.Analyze([]*analysis.Analyzer{osexit.Analyzer}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var results []*analysistest.Result
	fixes := 0
	for act := range graph.All() {
		if act.Analyzer != osexit.Analyzer || !act.IsRoot {
			continue
		}
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
			continue
		}
		exits, fixed := 0, 0
		for _, d := range act.Diagnostics {
			if strings.Contains(d.Message, "terminates") {
				exits++
			}
			if len(d.SuggestedFixes) > 0 {
				fixed++
			}
		}
		// The directive may split a statement's line or stand in a
		// statement list; the three groups of exits are reported always,
		// and fixed wherever the directive is not in the way.
		if exits != 4 {
			t.Errorf("%s: %d exits reported, want 4", act.Package.PkgPath, exits)
		}
		results = append(results, &analysistest.Result{Action: act})
		fixes += fixed
		tf := act.Package.Fset.File(act.Package.Syntax[0].Pos())
		src, err := os.ReadFile(tf.Name())
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range act.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				got, err := fixtest.Apply(tf, src, fix.TextEdits)
				if err != nil {
					t.Errorf("%s: %v", act.Package.PkgPath, err)
				} else if !strings.Contains(string(got), directives[act.Package.PkgPath]) {
					t.Errorf("%s: fix %q drops the directive:\n%s", act.Package.PkgPath, fix.Message, got)
				}
			}
		}
	}
	if len(results) != len(directives) {
		t.Fatalf("%d packages analyzed, want %d", len(results), len(directives))
	}
	if fixes < 2*len(results) {
		t.Errorf("%d fixes offered in %d packages: a directive must not stop the fixes it does not stand in", fixes, len(results))
	}
	checkEachFix(t, results)
}
