package code_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/code"
)

const src = `package p

func f(v, w int) int {
	u := v
	g := func() int { return w }
	return u + g()
}
`

func load(t *testing.T) (*token.FileSet, *ast.File, *types.Info) {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Defs: map[*ast.Ident]types.Object{}, Uses: map[*ast.Ident]types.Object{}}
	conf := types.Config{Importer: importer.Default()}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	return fset, f, info
}

func TestMentions(t *testing.T) {
	_, f, info := load(t)
	fn := f.Decls[0].(*ast.FuncDecl)
	params := fn.Type.Params.List[0].Names
	v, w := info.Defs[params[0]], info.Defs[params[1]]
	assign := fn.Body.List[0].(*ast.AssignStmt)
	u := info.Defs[assign.Lhs[0].(*ast.Ident)]
	lit := fn.Body.List[1].(*ast.AssignStmt).Rhs[0]
	ret := fn.Body.List[2].(*ast.ReturnStmt).Results[0]
	for _, tc := range []struct {
		name string
		n    ast.Node
		obj  types.Object
		want bool
	}{
		{"u := v mentions v", assign, v, true},
		{"u := v does not mention u (a definition is not a use)", assign, u, false},
		{"the literal mentions w", lit, w, true},
		{"the literal does not mention v", lit, v, false},
		{"u + g() mentions u", ret, u, true},
		{"u + g() does not mention w (it is in g's body, not here)", ret, w, false},
		{"no node", nil, v, false},
		{"no object", ret, nil, false},
	} {
		if got := code.Mentions(info, tc.n, tc.obj); got != tc.want {
			t.Errorf("%s: Mentions = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestFile(t *testing.T) {
	fset, f, _ := load(t)
	pass := &analysis.Pass{Fset: fset, Files: []*ast.File{f}}
	if got := code.File(pass, f.Decls[0].Pos()); got != f {
		t.Errorf("File(a declaration's position) = %v, want the file", got)
	}
	if got := code.File(pass, f.FileEnd); got != nil {
		t.Errorf("File(the end of the file) = %v, want nil", got)
	}
	if got := code.File(pass, token.NoPos); got != nil {
		t.Errorf("File(NoPos) = %v, want nil", got)
	}
}

func TestDeclLine(t *testing.T) {
	fset, f, info := load(t)
	fn := info.Defs[f.Decls[0].(*ast.FuncDecl).Name]
	pos := fset.Position(code.DeclLine(fset, fn))
	if want := fset.Position(fn.Pos()); pos.Line != want.Line || pos.Column != 1 {
		t.Errorf("DeclLine(f) = %v, want line %d, column 1", pos, want.Line)
	}
	if code.DeclLine(fset, types.Universe.Lookup("len")).IsValid() {
		t.Error("DeclLine(len) is valid")
	}
}

func TestConstants(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "c.go", `package c

const k = "unix"

var s, t string

func g() { s = k; s = "a" + k; s = t; s = string(rune(65)) }
`, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}}
	if _, err := (&types.Config{}).Check("c", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	body := f.Decls[2].(*ast.FuncDecl).Body.List
	rhs := func(i int) ast.Expr { return body[i].(*ast.AssignStmt).Rhs[0] }
	for _, tc := range []struct {
		name string
		es   []ast.Expr
		want bool
	}{
		{"a named constant", []ast.Expr{rhs(0)}, true},
		{"a constant expression", []ast.Expr{rhs(1)}, true},
		{"a variable", []ast.Expr{rhs(2)}, false},
		{"a constant conversion", []ast.Expr{rhs(3)}, true},
		{"one of two is not constant", []ast.Expr{rhs(0), rhs(2)}, false},
		{"none", nil, true},
	} {
		if got := code.Constants(info, tc.es); got != tc.want {
			t.Errorf("%s: Constants = %v, want %v", tc.name, got, tc.want)
		}
	}
}
