package clientperrequest

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// replacedTransport reports whether the http.Transport literal at c is
// the Transport of an http.Client literal whose Transport the very next
// statement replaces before anything can send a request through it
//
//	el := &T{client: &http.Client{Transport: &http.Transport{...}}}
//	el.client.Transport = &wrapper{base: http.DefaultTransport}
//
// The Transport then never carries a request, so it opens no
// connection: a dead value, not a Transport per invocation.
func replacedTransport(info *types.Info, c inspector.Cursor) bool {
	kv, ok := parentSkipping(c).Node().(*ast.KeyValueExpr)
	if !ok || !isField(info, kv.Key, "Transport") {
		return false
	}
	cl := parentSkipping(parentSkipping(c)) // the http.Client literal
	lit, ok := cl.Node().(*ast.CompositeLit)
	if !ok || !knowledge.IsNamed(info.TypeOf(lit), "net/http", "Client") {
		return false
	}
	// The path the client is stored at: v or v.f, given by an
	// assignment or a keyed field of the value assigned to v.
	var field *ast.Ident
	up := parentSkipping(cl)
	if kv, ok := up.Node().(*ast.KeyValueExpr); ok {
		if field, ok = kv.Key.(*ast.Ident); !ok {
			return false
		}
		if _, ok := parentSkipping(up).Node().(*ast.CompositeLit); !ok {
			return false
		}
		up = parentSkipping(parentSkipping(up))
	}
	as, ok := up.Node().(*ast.AssignStmt)
	if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
		return false
	}
	next, ok := up.NextSibling()
	if !ok {
		return false
	}
	re, ok := next.Node().(*ast.AssignStmt)
	if !ok || re.Tok != token.ASSIGN || len(re.Lhs) != 1 {
		return false
	}
	// re assigns <path>.Transport, where <path> is as.Lhs[0] and field.
	sel, ok := ast.Unparen(re.Lhs[0]).(*ast.SelectorExpr)
	if !ok || !isField(info, sel.Sel, "Transport") {
		return false
	}
	base := ast.Unparen(sel.X)
	if field != nil {
		s, ok := base.(*ast.SelectorExpr)
		if !ok || info.Uses[s.Sel] == nil || info.Uses[s.Sel] != info.Defs[field] && info.Uses[s.Sel] != info.Uses[field] {
			return false
		}
		base = ast.Unparen(s.X)
	}
	return sameVar(info, base, as.Lhs[0])
}

// parentSkipping returns the parent of c, skipping & and parentheses.
func parentSkipping(c inspector.Cursor) inspector.Cursor {
	p := c.Parent()
	for {
		switch n := p.Node().(type) {
		case *ast.ParenExpr:
			p = p.Parent()
			continue
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				p = p.Parent()
				continue
			}
		}
		return p
	}
}

// isField reports whether the identifier e names the field name of
// net/http.Client.
func isField(info *types.Info, e ast.Expr, name string) bool {
	id, ok := e.(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := info.Uses[id].(*types.Var)
	return ok && v.IsField() && v.Name() == name && v.Pkg() != nil && v.Pkg().Path() == "net/http"
}

// sameVar reports whether a and b are identifiers of one local variable.
func sameVar(info *types.Info, a, b ast.Expr) bool {
	ia, ok := ast.Unparen(a).(*ast.Ident)
	ib, ok2 := ast.Unparen(b).(*ast.Ident)
	if !ok || !ok2 {
		return false
	}
	oa, ob := info.ObjectOf(ia), info.ObjectOf(ib)
	return oa != nil && oa == ob
}
