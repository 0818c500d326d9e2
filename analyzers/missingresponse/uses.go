package missingresponse

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// writers is the set of variables that hold a function's response
// writer: the parameter, and local variables given it or a value derived
// from it.
type writers map[types.Object]bool

// aliases extends ws with the local variables of body assigned a writer,
// a type assertion of one (w.(http.Flusher)), or a value derived from one
// (json.NewEncoder(w), http.NewResponseController(w)).
func (c *checker) aliases(body ast.Node, ws writers) {
	for changed := true; changed; {
		changed = false
		ast.Inspect(body, func(n ast.Node) bool {
			var lhs []ast.Expr
			var rhs []ast.Expr
			switch n := n.(type) {
			case *ast.AssignStmt:
				if n.Tok != token.DEFINE && n.Tok != token.ASSIGN {
					return true
				}
				lhs, rhs = n.Lhs, n.Rhs
			case *ast.ValueSpec:
				for _, id := range n.Names {
					lhs = append(lhs, id)
				}
				rhs = n.Values
			default:
				return true
			}
			for i, r := range rhs {
				if !c.derivesWriter(r, ws) {
					continue
				}
				if i < len(lhs) {
					if id, ok := ast.Unparen(lhs[i]).(*ast.Ident); ok {
						if obj := c.pass.TypesInfo.ObjectOf(id); obj != nil && !ws[obj] && isLocalVar(obj) {
							ws[obj] = true
							changed = true
						}
					}
				}
			}
			return true
		})
	}
}

// derivesWriter reports whether e is a writer, a type assertion of one,
// or a value derived from one.
func (c *checker) derivesWriter(e ast.Expr, ws writers) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return ws[c.pass.TypesInfo.ObjectOf(e)]
	case *ast.TypeAssertExpr:
		return c.derivesWriter(e.X, ws)
	case *ast.CallExpr:
		if use, ok := knowledge.WriterUses[knowledge.CalleeKey(c.pass.TypesInfo, e)]; ok && use.Derives {
			for _, a := range e.Args {
				if c.derivesWriter(a, ws) {
					return true
				}
			}
		}
	}
	return false
}

func isLocalVar(obj types.Object) bool {
	v, ok := obj.(*types.Var)
	return ok && !v.IsField() && v.Parent() != nil && !funcmodel.IsGlobal(v)
}

// responds reports whether node writes the response through one of the
// writers: see the package documentation for what counts.
func (c *checker) responds(node ast.Node, ws writers) bool {
	found := false
	var stack []ast.Node
	ast.Inspect(node, func(n ast.Node) bool {
		if found {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if id, ok := n.(*ast.Ident); ok && ws[c.pass.TypesInfo.Uses[id]] && c.writes(id, stack) {
			found = true
			return false
		}
		// A method of a value derived inline: json.NewEncoder(w).Encode(v).
		if sel, ok := n.(*ast.SelectorExpr); ok && !knowledge.NonWriting[sel.Sel.Name] {
			if _, inline := ast.Unparen(sel.X).(*ast.CallExpr); inline && c.derivesWriter(sel.X, ws) {
				found = true
				return false
			}
		}
		stack = append(stack, n)
		return true
	})
	return found
}

// writes classifies one use of a writer, given the stack of its
// ancestors (innermost last).
func (c *checker) writes(id *ast.Ident, stack []ast.Node) bool {
	info := c.pass.TypesInfo
	var e ast.Expr = id
	i := len(stack) - 1
	for i >= 0 { // skip parentheses and type assertions
		switch p := stack[i].(type) {
		case *ast.ParenExpr:
			e, i = p, i-1
			continue
		case *ast.TypeAssertExpr:
			if p.X == e {
				e, i = p, i-1
				continue
			}
		}
		break
	}
	if i < 0 {
		return false
	}
	switch p := stack[i].(type) {
	case *ast.SelectorExpr: // w.Write(...), w.Header()
		return !knowledge.NonWriting[p.Sel.Name]
	case *ast.CallExpr:
		if p.Fun == e {
			return true // calling the writer itself: a func value holding it
		}
		return c.callWrites(p, e)
	case *ast.AssignStmt:
		for _, r := range p.Rhs {
			if r == e {
				for _, l := range p.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						if obj := info.ObjectOf(id); obj != nil && isLocalVar(obj) {
							return false // an alias, followed by aliases()
						}
					}
				}
				return true // stored away
			}
		}
		return false // assigned to (w = ...)
	case *ast.ValueSpec, *ast.BinaryExpr, *ast.ExprStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
		return false
	}
	return true // escapes: stored in a struct, returned, sent, captured
}

// callWrites reports whether a call given the writer arg responds.
func (c *checker) callWrites(call *ast.CallExpr, arg ast.Expr) bool {
	fn := knowledge.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return true // a function value or a conversion: cannot know
	}
	if _, ok := knowledge.WriterUses[knowledge.Key(fn)]; ok {
		return false
	}
	index := -1
	for i, a := range call.Args {
		if a == arg {
			index = i
		}
	}
	if w, ok := c.summary(fn, index); ok {
		return w != never
	}
	return true // a function fnlint cannot see into
}
