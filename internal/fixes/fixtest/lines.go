package fixtest

import (
	"bytes"
	"fmt"
	"go/format"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/mod/modfile"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/internal/fixes"
)

// LineDirectives checks a's fixes on src, a file of package PKG, in
// files that hold a //line directive before each of their lines in
// turn (naming line 1 and a line past the end of the file) and in files
// with CRLF line endings, with and without a directive. The packages
// are written in a copy of the testdata module in dir (its go.mod, with
// its replacements made absolute), under lines/.
//
// It checks that the analysis does not fail, that a directive or CRLF
// endings change nothing that is reported, that the file with CRLF
// endings is offered the very fixes, with CRLF endings, of the file
// without, and that every fix, applied on its own as fnlint -fix
// applies it, lands where it should: it keeps the directive, keeps the
// line endings, leaves a file that gofmt leaves as it is, and a package
// that type-checks. It returns the number of fixes the file is offered
// without a directive and the fewest any file is offered, which the
// caller checks are what it expects: a fix should be withheld only
// where a directive stands in the code it rewrites.
func LineDirectives(t *testing.T, a *analysis.Analyzer, dir, src string) (base, fewest int) {
	t.Helper()
	gomod := filepath.Join(dir, "go.mod")
	data, err := os.ReadFile(gomod)
	if err != nil {
		t.Fatal(err)
	}
	mf, err := modfile.Parse(gomod, data, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range mf.Replace {
		if modfile.IsDirectoryPath(r.New.Path) && !filepath.IsAbs(r.New.Path) {
			abs, err := filepath.Abs(filepath.Join(dir, r.New.Path))
			if err != nil {
				t.Fatal(err)
			}
			if err := mf.AddReplace(r.Old.Path, r.Old.Version, abs, ""); err != nil {
				t.Fatal(err)
			}
		}
	}
	if data, err = mf.Format(); err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	write := func(name string, content []byte) {
		path := filepath.Join(tmp, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// The module's other packages, which src may import.
	if err := os.CopyFS(tmp, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	write("go.mod", data)

	// variant says how a package's file was written.
	type variant struct {
		directive string // the directive's line, or ""
		crlf      bool
	}
	variants := make(map[string]variant) // package path -> its variant
	lines := strings.Split(src, "\n")
	add := func(name string, v variant, text string) {
		text = strings.Replace(text, "PKG", name, 1)
		if v.crlf {
			text = strings.ReplaceAll(text, "\n", "\r\n")
		}
		write(filepath.Join("lines", name, "x.go"), []byte(text))
		variants[mf.Module.Mod.Path+"/lines/"+name] = v
	}
	add("base", variant{}, src)
	add("crlf", variant{crlf: true}, src)
	for _, n := range []int{1, 1000} {
		for i := range lines {
			directive := fmt.Sprintf("//line gen.go:%d", n)
			with := append(append(append([]string(nil), lines[:i]...), directive), lines[i:]...)
			text := strings.Join(with, "\n")
			add(fmt.Sprintf("p%d_%d", n, i), variant{directive: directive}, text)
			if n == 1 {
				add(fmt.Sprintf("crlf%d_%d", n, i), variant{directive: directive, crlf: true}, text)
			}
		}
	}

	pkgs, err := packages.Load(&packages.Config{
		Mode: packages.LoadAllSyntax | packages.NeedModule,
		Dir:  tmp,
		Env:  append(os.Environ(), "GOPROXY=off", "GOFLAGS=-mod=mod", "GOWORK=off"),
	}, "./lines/...")
	if err != nil {
		t.Fatal(err)
	}
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		for _, e := range p.Errors {
			t.Errorf("%s: %v", p.PkgPath, e)
		}
	})
	graph, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil)
	if err != nil {
		t.Fatal(err)
	}
	type outcome struct {
		messages []string // the messages reported, in order
		fixed    []string // each fix's result, with LF endings
	}
	outcomes := make(map[string]outcome)
	for act := range graph.All() {
		v, ok := variants[act.Package.PkgPath]
		if act.Analyzer != a || !act.IsRoot || !ok {
			continue
		}
		if act.Err != nil {
			t.Errorf("%s: %v", act.Package.PkgPath, act.Err)
			continue
		}
		pkg := act.Package
		tf := pkg.Fset.File(pkg.Syntax[0].Pos())
		text, err := os.ReadFile(tf.Name())
		if err != nil {
			t.Fatal(err)
		}
		var o outcome
		for _, d := range act.Diagnostics {
			o.messages = append(o.messages, d.Message)
			for _, fix := range d.SuggestedFixes {
				where := fmt.Sprintf("%s: fix %q", pkg.Fset.PositionFor(d.Pos, false), fix.Message)
				if fixed, ok := checkLineFix(t, where, pkg, tf, text, v.directive, v.crlf, fix); ok {
					o.fixed = append(o.fixed, fixed)
				}
			}
		}
		outcomes[pkg.PkgPath] = o
	}
	if len(outcomes) != len(variants) {
		t.Fatalf("%d packages analyzed, want %d", len(outcomes), len(variants))
	}
	plain := outcomes[mf.Module.Mod.Path+"/lines/base"]
	fewest = len(plain.fixed)
	for path, o := range outcomes {
		fewest = min(fewest, len(o.fixed))
		if fmt.Sprint(o.messages) != fmt.Sprint(plain.messages) {
			t.Errorf("%s reports %q, want %q as without a directive or CRLF", path, o.messages, plain.messages)
		}
	}
	crlf := outcomes[mf.Module.Mod.Path+"/lines/crlf"]
	want := strings.ReplaceAll(strings.Join(plain.fixed, "\x00"), "package base", "package crlf")
	if got := strings.Join(crlf.fixed, "\x00"); got != want {
		t.Errorf("with CRLF endings the fixes give\n%s\nwant\n%s", got, want)
	}
	return len(plain.fixed), fewest
}

// checkLineFix applies fix to text, the text of tf, and checks the
// result; it returns the result with LF endings.
func checkLineFix(t *testing.T, where string, pkg *packages.Package, tf *token.File, text []byte, directive string, crlf bool, fix analysis.SuggestedFix) (string, bool) {
	t.Helper()
	for _, e := range fix.TextEdits {
		if pkg.Fset.File(e.Pos) != tf {
			t.Errorf("%s edits another file", where)
			return "", false
		}
	}
	raw, err := Apply(tf, text, fix.TextEdits)
	if err != nil {
		t.Errorf("%s: %v", where, err)
		return "", false
	}
	fixed := fixes.FormatChanged(text, raw)
	if directive != "" && !bytes.Contains(fixed, []byte(directive)) {
		t.Errorf("%s drops the directive:\n%s", where, fixed)
	}
	lf := fixed
	if crlf {
		lf = bytes.ReplaceAll(fixed, []byte("\r\n"), []byte("\n"))
		if bytes.Count(fixed, []byte("\r\n")) != bytes.Count(fixed, []byte("\n")) {
			t.Errorf("%s leaves lines without CRLF endings:\n%q", where, fixed)
		}
	}
	if !gofmtClean(bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))) {
		// The directive may stand where gofmt would not leave it;
		// the fixes keep the layout of a file that was not gofmt-clean.
		if _, err := format.Source(lf); err != nil {
			t.Errorf("%s leaves a file that does not parse: %v\n%s", where, err, fixed)
		}
	} else if formatted, err := format.Source(lf); err != nil || !bytes.Equal(formatted, lf) {
		t.Errorf("%s leaves a file that is not gofmt-clean (%v):\n%s", where, err, fixed)
	}
	if err := typeCheck(pkg, map[*token.File][]byte{tf: fixed}, " (fixed)"); err != nil {
		t.Errorf("%s: %v", where, err)
	}
	return string(lf), true
}
