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

// find returns the first call in f whose function prints as fun.
func find(f *ast.File, fun string) *ast.CallExpr {
	var call *ast.CallExpr
	ast.Inspect(f, func(n ast.Node) bool {
		if c, ok := n.(*ast.CallExpr); ok && call == nil && types.ExprString(c.Fun) == fun {
			call = c
		}
		return call == nil
	})
	return call
}

func TestDeleting(t *testing.T) {
	src := "package x\n\nimport (\n\t\"fmt\"\n\t\"os\"\n)\n\nfunc f(p int) {\n\tcode := 1\n\tfmt.Println()\n\tos.Exit(code)\n\tos.Exit(p)\n}\n"
	p, f := pass(t, src)
	ix := NewIndex(p)
	fn := f.Decls[1].(*ast.FuncDecl)
	exit, exitP := find(f, "os.Exit"), fn.Body.List[3].(*ast.ExprStmt).X.(*ast.CallExpr)

	// Both uses of os go: its import goes too.
	im := func() *Importer { return NewImporter(p, f, exit.Pos()) }
	edits, ok := ix.Deleting(f, fn.Type, []ast.Node{exitP, exit.Fun}, im())
	if !ok {
		t.Fatal("Deleting refused, want the import deleted")
	}
	out := apply(t, p, src, append(edits,
		analysis.TextEdit{Pos: exit.Fun.Pos(), End: exit.Fun.End(), NewText: []byte("_ = ")},
		analysis.TextEdit{Pos: exitP.Pos(), End: exitP.End(), NewText: []byte("_ = p")}))
	want := "package x\n\nimport (\n\t\"fmt\"\n)\n\nfunc f(p int) {\n\tcode := 1\n\tfmt.Println()\n\t_ = (code)\n\t_ = p\n}\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
	// os is still used elsewhere, or kept by the new text: nothing to delete.
	if edits, ok := ix.Deleting(f, fn.Type, []ast.Node{exitP}, im()); !ok || len(edits) != 0 {
		t.Errorf("Deleting = %v, %v; want nothing to delete", edits, ok)
	}
	keeps := im()
	if _, ok := keeps.Name("os"); !ok {
		t.Fatal("os has no name")
	}
	if edits, ok := ix.Deleting(f, fn.Type, []ast.Node{exitP, exit.Fun}, keeps); !ok || len(edits) != 0 {
		t.Errorf("Deleting = %v, %v; want the kept import kept", edits, ok)
	}
	// The last use of the local variable code: refused; of the
	// parameter p: fine.
	if _, ok := ix.Deleting(f, fn.Type, []ast.Node{exit}, im()); ok {
		t.Error("Deleting accepted deleting the last use of a local variable")
	}
}

func TestLineOf(t *testing.T) {
	src := "package x\n\nfunc f() {\n\tprintln(1) // one\n\tprintln(2); println(3)\n\tprintln(4) /* four */\n\tif true { println(5) }\n\tprintln(6)\n}"
	p, f := pass(t, src)
	text := NewText(p)
	body := f.Decls[0].(*ast.FuncDecl).Body.List
	tf := p.Fset.File(f.Pos())
	off := func(pos token.Pos) int {
		if !pos.IsValid() {
			return -1
		}
		return tf.Offset(pos)
	}
	for _, tc := range []struct {
		stmt               ast.Node
		first              bool
		comment, end, next string // the text from each position to the end of its line
	}{
		{body[0], true, "// one", "", "\tprintln(2); println(3)"},
		{body[1], true, "", "", "\tprintln(4) /* four */"}, // more code follows: no End
		{body[2], false, "", "", "\tprintln(4) /* four */"},
		{body[3], true, "/* four */", "", "\tif true { println(5) }"},
		{body[4].(*ast.IfStmt).Body.List[0], false, "", "", "\tprintln(6)"},
		{body[5], true, "", "", "}"},
	} {
		l, ok := text.LineOf(tc.stmt)
		if !ok {
			t.Fatalf("LineOf(%s) failed", types.ExprString(tc.stmt.(*ast.ExprStmt).X))
		}
		rest := func(pos token.Pos) string {
			if !pos.IsValid() {
				return ""
			}
			s := src[off(pos):]
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				s = s[:i]
			}
			return s
		}
		name := types.ExprString(tc.stmt.(*ast.ExprStmt).X)
		if l.First != tc.first || rest(l.Comment) != tc.comment || rest(l.End) != tc.end {
			t.Errorf("LineOf(%s) = first %v, comment %q, end %q; want %v, %q, %q", name, l.First, rest(l.Comment), rest(l.End), tc.first, tc.comment, tc.end)
		}
		if rest(l.Next) != tc.next {
			t.Errorf("LineOf(%s): next line %q, want %q", name, rest(l.Next), tc.next)
		}
		if (tc.stmt != body[1] && tc.stmt != body[4].(*ast.IfStmt).Body.List[0]) != l.End.IsValid() {
			t.Errorf("LineOf(%s): End valid %v", name, l.End.IsValid())
		}
	}
}

// TestDeletingAndAdding: an import added where one is deleted goes clear
// of the deleted line.
func TestDeletingAndAdding(t *testing.T) {
	src := "package x\n\nimport (\n\t\"context\"\n\t\"fmt\"\n)\n\nvar _ context.Context\n\nfunc f() error {\n\treturn fmt.Errorf(\"x\")\n}\n"
	p, f := pass(t, src)
	ret := f.Decls[2].(*ast.FuncDecl).Body.List[0].(*ast.ReturnStmt)
	im := NewImporter(p, f, ret.Pos())
	name, ok := im.Name("errors")
	if !ok {
		t.Fatal("errors has no name")
	}
	edits, ok := NewIndex(p).Deleting(f, f.Decls[2].(*ast.FuncDecl).Type, []ast.Node{ret}, im)
	if !ok {
		t.Fatal("Deleting refused")
	}
	edits = append(append(edits, im.Edits()...), analysis.TextEdit{Pos: ret.Pos(), End: ret.End(), NewText: []byte("return " + name + `.New("x")`)})
	out := apply(t, p, src, edits)
	want := "package x\n\nimport (\n\t\"context\"\n\t\"errors\"\n)\n\nvar _ context.Context\n\nfunc f() error {\n\treturn errors.New(\"x\")\n}\n"
	if out != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
}

// TestLayoutUnderLineDirectives: Indent and LineOf read the line of the
// file as it is, whatever a //line directive says the line is.
func TestLayoutUnderLineDirectives(t *testing.T) {
	for _, directive := range []string{"//line x.tmpl:100", "//line x.tmpl:7", "//line x.tmpl:1", "/*line x.tmpl:100*/"} {
		src := "package x\n\nfunc f() {\n" + directive + "\n\t\tprintln() // c\n}\n"
		p, f := pass(t, src)
		stmt := f.Decls[0].(*ast.FuncDecl).Body.List[0]
		text := NewText(p)
		if got := text.Indent(stmt.Pos()); got != "\t\t" {
			t.Errorf("%s: Indent = %q, want two tabs", directive, got)
		}
		l, ok := text.LineOf(stmt)
		tf := p.Fset.File(stmt.Pos())
		if !ok || !l.First || tf.Offset(l.Start) != strings.Index(src, "\t\tprintln") || tf.Offset(l.Comment) != strings.Index(src, "// c") {
			t.Errorf("%s: LineOf = %+v, %v", directive, l, ok)
		}
	}
}
