package fixes

import (
	"go/ast"
	"go/format"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// pass type-checks one file and returns a Pass over it.
func pass(t *testing.T, src string) (*analysis.Pass, *ast.File) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types:     make(map[ast.Expr]types.TypeAndValue),
		Defs:      make(map[*ast.Ident]types.Object),
		Uses:      make(map[*ast.Ident]types.Object),
		Implicits: make(map[ast.Node]types.Object),
		Scopes:    make(map[ast.Node]*types.Scope),
	}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("x", fset, []*ast.File{f}, info)
	if err != nil {
		t.Fatal(err)
	}
	return &analysis.Pass{
		Fset: fset, Files: []*ast.File{f}, Pkg: pkg, TypesInfo: info,
		ReadFile: func(string) ([]byte, error) { return []byte(src), nil },
	}, f
}

// apply applies edits to src.
func apply(t *testing.T, p *analysis.Pass, src string, edits []analysis.TextEdit) string {
	t.Helper()
	slices.SortFunc(edits, func(a, b analysis.TextEdit) int { return int(b.Pos - a.Pos) })
	tf := p.Fset.File(p.Files[0].Pos())
	for _, e := range edits {
		i, j := tf.Offset(e.Pos), tf.Offset(e.End)
		src = src[:i] + string(e.NewText) + src[j:]
	}
	return src
}

// marker returns the position of the comment /*HERE*/ in the file.
func marker(t *testing.T, p *analysis.Pass, f *ast.File, src string) token.Pos {
	i := strings.Index(src, "/*HERE*/")
	if i < 0 {
		t.Fatal("no marker")
	}
	return p.Fset.File(f.Pos()).Pos(i)
}

func TestImporter(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string // want: the name, or "" when none is usable
		added           bool
	}{
		{"imported", "package x\n\nimport \"net/http\"\n\nvar _ = http.MethodGet\n\nfunc f() { /*HERE*/ }\n", "http", false},
		{"aliased", "package x\n\nimport web \"net/http\"\n\nvar _ = web.MethodGet\n\nfunc f() { /*HERE*/ }\n", "web", false},
		{"no imports", "package x\n\nfunc f() { /*HERE*/ }\n", "http", true},
		{"single import", "package x\n\nimport \"fmt\"\n\nvar _ = fmt.Sprint\n\nfunc f() { /*HERE*/ }\n", "http", true},
		{"single aliased import", "package x\n\nimport f2 \"fmt\"\n\nvar _ = f2.Sprint\n\nfunc f() { /*HERE*/ }\n", "http", true},
		{"grouped", "package x\n\nimport (\n\t\"fmt\"\n\t\"os\"\n\n\t\"go/ast\"\n)\n\nvar _, _, _ = fmt.Sprint, os.Exit, ast.Print\n\nfunc f() { /*HERE*/ }\n", "http", true},
		{"grouped, sorts last", "package x\n\nimport (\n\t\"fmt\"\n)\n\nvar _ = fmt.Sprint\n\nfunc f() { /*HERE*/ }\n", "http", true},
		{"shadowed", "package x\n\nimport \"net/http\"\n\nvar _ = http.MethodGet\n\nfunc f() { http := 1; _ = http; /*HERE*/ }\n", "", false},
		{"name taken", "package x\n\nfunc f() { var http int; _ = http; /*HERE*/ }\n", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, f := pass(t, tc.src)
			im := NewImporter(p, f, marker(t, p, f, tc.src))
			name, ok := im.Name("net/http")
			if name != tc.want || ok != (tc.want != "") {
				t.Fatalf("Name = %q, %v; want %q", name, ok, tc.want)
			}
			edits := im.Edits()
			if (len(edits) > 0) != tc.added {
				t.Fatalf("edits = %v, want an import added: %v", edits, tc.added)
			}
			if !tc.added {
				return
			}
			out := apply(t, p, tc.src, edits)
			out = strings.Replace(out, "/*HERE*/", "_ = http.MethodGet", 1)
			formatted, err := format.Source([]byte(out))
			if err != nil {
				t.Fatalf("result does not parse: %v\n%s", err, out)
			}
			if string(formatted) != out {
				t.Errorf("result is not gofmt-clean:\n%s\nwant:\n%s", out, formatted)
			}
			if _, err := parser.ParseFile(token.NewFileSet(), "y.go", out, 0); err != nil {
				t.Error(err)
			}
		})
	}
}

func TestDeleteImportIfUnused(t *testing.T) {
	src := "package x\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc f() {\n\tfmt.Println()\n\tos.Exit(1)\n}\n"
	p, f := pass(t, src)
	var call *ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && strings.Contains(types.ExprString(c.Fun), "os.Exit") {
			call = c
		}
		return true
	})
	edits := DeleteImportIfUnused(p, f, call.Fun, call.Pos(), call.End())
	out := apply(t, p, src, append(edits, analysis.TextEdit{Pos: call.Pos(), End: call.End(), NewText: []byte("return")}))
	want := "package x\n\nimport (\n\t\"fmt\"\n)\n\nfunc f() {\n\tfmt.Println()\n\treturn\n}\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
	// fmt is still used elsewhere: nothing to delete.
	var println *ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && strings.Contains(types.ExprString(c.Fun), "Println") {
			println = c
		}
		return true
	})
	if edits := DeleteImportIfUnused(p, f, println.Fun, call.Pos(), call.End()); len(edits) != 0 {
		t.Errorf("deleted an import still in use: %v", edits)
	}
}
