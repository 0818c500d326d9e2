package osexit_test

import (
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"testing"

	"github.com/fnlint/fnlint/internal/fixes/fixtest"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/unreachable"
	"golang.org/x/tools/go/packages"
)

// checkEachFix applies each suggested fix of the results on its own,
// exactly as its edits say (analysistest compares the goldens after
// gofmt and the removal of unused imports, which hide a fix that breaks
// the layout or leaves an import unused), and checks that the package
// then type-checks and that go vet's unreachable pass finds no
// unreachable code in the fixed file.
func checkEachFix(t *testing.T, results []*analysistest.Result) {
	t.Helper()
	fallback := importer.Default()
	done := make(map[string]bool) // fixes shared by the exits of a group
	for _, r := range results {
		pkg := r.Action.Package
		imported := make(map[string]*types.Package)
		packages.Visit([]*packages.Package{pkg}, nil, func(p *packages.Package) { imported[p.PkgPath] = p.Types })
		imp := importerFunc(func(path string) (*types.Package, error) {
			if p := imported[path]; p != nil {
				return p, nil
			}
			return fallback.Import(path)
		})
		for _, d := range r.Action.Diagnostics {
			for _, fix := range d.SuggestedFixes {
				key := fmt.Sprint(fix.TextEdits)
				if done[key] {
					continue
				}
				done[key] = true
				where := fmt.Sprintf("%s: fix %q", pkg.Fset.Position(d.Pos), fix.Message)
				checkFix(t, where, pkg, imp, fix)
			}
		}
	}
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

func checkFix(t *testing.T, where string, pkg *packages.Package, imp types.Importer, fix analysis.SuggestedFix) {
	t.Helper()
	byFile := make(map[*token.File][]analysis.TextEdit)
	for _, e := range fix.TextEdits {
		tf := pkg.Fset.File(e.Pos)
		byFile[tf] = append(byFile[tf], e)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	fixed := make(map[string]bool)
	for _, f := range pkg.Syntax {
		tf := pkg.Fset.File(f.Pos())
		src, err := os.ReadFile(tf.Name())
		if err != nil {
			t.Fatal(err)
		}
		if edits, ok := byFile[tf]; ok {
			src, err = fixtest.Apply(tf, src, edits)
			if err != nil {
				t.Errorf("%s: %v", where, err)
				return
			}
			fixed[tf.Name()] = true
		}
		file, err := parser.ParseFile(fset, tf.Name(), src, parser.ParseComments)
		if err != nil {
			t.Errorf("%s: the fixed file does not parse: %v\n%s", where, err, src)
			return
		}
		files = append(files, file)
	}
	info := &types.Info{
		Types:        make(map[ast.Expr]types.TypeAndValue),
		Defs:         make(map[*ast.Ident]types.Object),
		Uses:         make(map[*ast.Ident]types.Object),
		Implicits:    make(map[ast.Node]types.Object),
		Selections:   make(map[*ast.SelectorExpr]*types.Selection),
		Scopes:       make(map[ast.Node]*types.Scope),
		Instances:    make(map[*ast.Ident]types.Instance),
		FileVersions: make(map[*ast.File]string),
	}
	conf := types.Config{Importer: imp, GoVersion: pkg.Types.GoVersion()}
	tpkg, err := conf.Check(pkg.PkgPath, fset, files, info)
	if err != nil {
		t.Errorf("%s: the fixed package does not type-check: %v", where, err)
		return
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{unreachable.Analyzer}, []*packages.Package{{
		ID: pkg.ID, Name: pkg.Name, PkgPath: pkg.PkgPath, Fset: fset, Syntax: files,
		Types: tpkg, TypesInfo: info, TypesSizes: pkg.TypesSizes,
	}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for act := range graph.All() {
		if act.Analyzer != unreachable.Analyzer {
			continue
		}
		for _, d := range act.Diagnostics {
			if p := fset.Position(d.Pos); fixed[p.Filename] {
				t.Errorf("%s: go vet: %s: %s", where, p, d.Message)
			}
		}
	}
}
