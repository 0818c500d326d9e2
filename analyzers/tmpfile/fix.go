package tmpfile

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/fixes"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// removeFix returns the fix that removes the temporary file that call
// (os.CreateTemp or ioutil.TempFile, at c in f) creates, when removing
// it as f returns is right on every path:
//
//	file, err := os.CreateTemp(dir, pattern)
//	if err != nil {
//		...
//		return ...
//	}
//	defer os.Remove(file.Name()) // added
//
// The call must be the single value of an assignment to a named
// variable and an error, in a statement list outside any loop (a defer
// per iteration would keep every file until the function returns), and
// be followed directly by an if statement that tests that error against
// nil and returns: the file exists, and is named, past it. The file must
// not outlive the function: every use of the variable is a method call
// on it, or an argument of a call of a function outside the module whose
// results are all numbers, strings, booleans or errors (io.Copy,
// fmt.Fprintf), and no use is in a function literal or a go statement.
func (c *checker) removeFix(f *funcmodel.Func, cur inspector.Cursor, call *ast.CallExpr) []analysis.SuggestedFix {
	info := c.pass.TypesInfo
	if f.Body() == nil || cur.ParentEdgeKind() != edge.AssignStmt_Rhs {
		return nil
	}
	as := cur.Parent()
	assign := as.Node().(*ast.AssignStmt)
	if len(assign.Lhs) != 2 || len(assign.Rhs) != 1 {
		return nil
	}
	fileID, ok1 := assign.Lhs[0].(*ast.Ident)
	errID, ok2 := assign.Lhs[1].(*ast.Ident)
	if !ok1 || !ok2 || fileID.Name == "_" || errID.Name == "_" {
		return nil
	}
	file, errVar := info.ObjectOf(fileID), info.ObjectOf(errID)
	k, i := as.ParentEdge()
	if k != edge.BlockStmt_List && k != edge.CaseClause_Body && k != edge.CommClause_Body {
		return nil
	}
	block := as.Parent()
	var list []ast.Stmt
	switch b := block.Node().(type) {
	case *ast.BlockStmt:
		list = b.List
	case *ast.CaseClause:
		list = b.Body
	case *ast.CommClause:
		list = b.Body
	}
	if i+1 >= len(list) {
		return nil
	}
	check, ok := list[i+1].(*ast.IfStmt)
	if !ok || check.Init != nil || check.Else != nil || !isNonNilTest(info, check.Cond, errVar) || len(check.Body.List) == 0 {
		return nil
	}
	if _, ok := check.Body.List[len(check.Body.List)-1].(*ast.ReturnStmt); !ok {
		return nil
	}
	for e := range as.Enclosing() {
		switch e.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return nil
		case *ast.FuncDecl, *ast.FuncLit:
			if e.Node() != f.Node {
				return nil
			}
		}
		if e.Node() == f.Node {
			break
		}
	}
	if !c.staysLocal(f.Body(), file) {
		return nil
	}
	var astFile *ast.File
	for e := range as.Enclosing((*ast.File)(nil)) {
		astFile = e.Node().(*ast.File)
	}
	scope := fixes.ScopeAt(info, as)
	if astFile == nil || scope == nil {
		return nil
	}
	im := fixes.NewImporterIn(c.pass, astFile, scope, check.End())
	osPkg, ok := im.Name("os")
	if !ok {
		return nil
	}
	if _, obj := scope.LookupParent(fileID.Name, check.End()); obj != file {
		return nil
	}
	text := c.text
	line, ok := text.LineOf(check)
	if !ok || !line.End.IsValid() {
		return nil
	}
	insert := "\n" + text.Indent(assign.Pos()) + "defer " + osPkg + ".Remove(" + fileID.Name + ".Name())"
	return []analysis.SuggestedFix{{
		Message:   "Remove the temporary file when the function returns (defer os.Remove)",
		TextEdits: append([]analysis.TextEdit{{Pos: line.End, End: line.End, NewText: []byte(insert)}}, im.Edits()...),
	}}
}

// isNonNilTest reports whether cond is v != nil or nil != v.
func isNonNilTest(info *types.Info, cond ast.Expr, v types.Object) bool {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return false
	}
	is := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	isNil := func(e ast.Expr) bool { return info.Types[e].IsNil() }
	return is(b.X) && isNil(b.Y) || isNil(b.X) && is(b.Y)
}

// staysLocal reports whether every use of the file variable v in the
// code n is a method call on it or an argument of a call of a function
// outside the module whose results cannot hold it, and none lies in a
// function literal or a go statement.
func (c *checker) staysLocal(n ast.Node, v types.Object) bool {
	info := c.pass.TypesInfo
	isV := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == v
	}
	ok := true
	ast.Inspect(n, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt:
			if code.Mentions(info, n, v) {
				ok = false
			}
			return false
		case *ast.CallExpr:
			for _, a := range n.Args {
				if isV(a) {
					ok = ok && c.keepsNothing(n)
				} else {
					ok = ok && c.staysLocal(a, v)
				}
			}
			if sel, isSel := ast.Unparen(n.Fun).(*ast.SelectorExpr); isSel && isV(sel.X) && info.Selections[sel] != nil {
				return false // a method call on the file: f.Write(...), f.Name()
			}
			ok = ok && c.staysLocal(n.Fun, v)
			return false
		case *ast.Ident:
			if info.Uses[n] == v {
				ok = false // any other use: assigned, returned, sent, a method value
			}
		}
		return true
	})
	return ok
}

// keepsNothing reports whether call calls a function outside the module
// whose results are all of basic types or error: it cannot hand back
// what it is given.
func (c *checker) keepsNothing(call *ast.CallExpr) bool {
	fn := knowledge.Callee(c.pass.TypesInfo, call)
	if fn == nil || c.inModule(fn) {
		return false
	}
	res := fn.Signature().Results()
	for i := range res.Len() {
		t := res.At(i).Type()
		if _, basic := t.Underlying().(*types.Basic); !basic && !knowledge.IsError(t) {
			return false
		}
	}
	return true
}
