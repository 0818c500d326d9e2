package respond

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A Use is what a node does with the response writer.
type Use uint8

const (
	None  Use = iota // nothing: w.Header(), a comparison, an alias, a helper that never writes
	May              // may write: a call fnlint cannot see into, a closure, a deferred call, the writer stored away
	Wrote            // writes the response: w.Write, http.Error, fmt.Fprintf, a helper that writes on every path for certain
)

// writers is the set of variables that hold a function's response
// writer: the parameter, and local variables given it or a value derived
// from it.
type writers map[types.Object]bool

// writerSet returns the writers of f's parameter index: the parameter
// and its aliases; nil when the parameter has no name.
func (r reader) writerSet(f *funcmodel.Func, index int) writers {
	if f.Type() == nil {
		return nil
	}
	k := 0
	for _, field := range f.Type().Params.List {
		names := field.Names
		if len(names) == 0 {
			names = []*ast.Ident{nil}
		}
		for _, id := range names {
			if k == index {
				if id == nil || r.info.Defs[id] == nil {
					return nil
				}
				ws := writers{r.info.Defs[id]: true}
				r.aliases(f.Body(), ws)
				return ws
			}
			k++
		}
	}
	return nil
}

// aliases extends ws with the local variables of body assigned a writer,
// a type assertion of one (w.(http.Flusher)), or a value derived from one
// (json.NewEncoder(w), http.NewResponseController(w)).
func (r reader) aliases(body ast.Node, ws writers) {
	for changed := true; changed; {
		changed = false
		ast.Inspect(body, func(n ast.Node) bool {
			var lhs, rhs []ast.Expr
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
			for i, x := range rhs {
				if i >= len(lhs) || !r.derivesWriter(x, ws) {
					continue
				}
				if id, ok := ast.Unparen(lhs[i]).(*ast.Ident); ok {
					if obj := r.info.ObjectOf(id); obj != nil && !ws[obj] && isLocalVar(obj) {
						ws[obj] = true
						changed = true
					}
				}
			}
			return true
		})
	}
}

// derivesWriter reports whether e is a writer, a type assertion of one,
// or a value derived from one.
func (r reader) derivesWriter(e ast.Expr, ws writers) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return ws[r.info.ObjectOf(e)]
	case *ast.TypeAssertExpr:
		return r.derivesWriter(e.X, ws)
	case *ast.CallExpr:
		if use, ok := knowledge.WriterUseOf(knowledge.Callee(r.info, e)); ok && use.Derives {
			for _, a := range e.Args {
				if r.derivesWriter(a, ws) {
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

// useOf returns what node does with the writers ws: the strongest use
// of its mentions of them. A write that may not run when the node does
// (in a function literal, a deferred call, a goroutine, the right
// operand of && or ||) only may write there.
func (r reader) useOf(node ast.Node, ws writers) Use {
	use := None
	var stack []ast.Node
	ast.Inspect(node, func(n ast.Node) bool {
		if use == Wrote {
			return false
		}
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		u := None
		if id, ok := n.(*ast.Ident); ok && ws[r.info.Uses[id]] {
			u = r.writes(id, stack)
		}
		// A method of a value derived inline: json.NewEncoder(w).Encode(v).
		if sel, ok := n.(*ast.SelectorExpr); ok && !knowledge.IsNonWriting(sel.Sel.Name) {
			if _, inline := ast.Unparen(sel.X).(*ast.CallExpr); inline && r.derivesWriter(sel.X, ws) {
				u = May
			}
		}
		if u == Wrote && deferredIn(stack) {
			u = May
		}
		use = max(use, u)
		stack = append(stack, n)
		return true
	})
	return use
}

// deferredIn reports whether the innermost node of stack may run at
// another time than its outermost one, or not at all.
func deferredIn(stack []ast.Node) bool {
	for i, n := range stack {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.DeferStmt, *ast.GoStmt:
			return true
		case *ast.BinaryExpr:
			if (n.Op == token.LAND || n.Op == token.LOR) && i+1 < len(stack) && stack[i+1] == n.Y {
				return true
			}
		}
	}
	return false
}

// writes classifies one use of a writer, given the stack of its
// ancestors (innermost last).
func (r reader) writes(id *ast.Ident, stack []ast.Node) Use {
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
		return None
	}
	switch p := stack[i].(type) {
	case *ast.SelectorExpr: // w.Write(...), w.Header()
		if knowledge.IsNonWriting(p.Sel.Name) {
			return None
		}
		if i > 0 {
			if call, ok := stack[i-1].(*ast.CallExpr); ok && call.Fun == p && e == id && knowledge.WritesResponse(knowledge.Callee(r.info, call)) {
				return Wrote
			}
		}
		return May
	case *ast.CallExpr:
		if p.Fun == e {
			return May // calling the writer itself: a func value holding it
		}
		return r.callWrites(p, e)
	case *ast.AssignStmt:
		for _, x := range p.Rhs {
			if x == e {
				for _, l := range p.Lhs {
					if id, ok := ast.Unparen(l).(*ast.Ident); ok {
						if obj := r.info.ObjectOf(id); obj != nil && isLocalVar(obj) {
							return None // an alias, followed by aliases()
						}
					}
				}
				return May // stored away
			}
		}
		return None // assigned to (w = ...)
	case *ast.ValueSpec, *ast.BinaryExpr, *ast.ExprStmt, *ast.IfStmt, *ast.SwitchStmt, *ast.TypeSwitchStmt:
		return None
	}
	return May // escapes: stored in a struct, returned, sent, captured
}

// callWrites returns what a call given the writer arg does with it.
func (r reader) callWrites(call *ast.CallExpr, arg ast.Expr) Use {
	fn := knowledge.Callee(r.info, call)
	if fn == nil {
		return May // a function value or a conversion: cannot know
	}
	if _, ok := knowledge.WriterUseOf(fn); ok {
		return None
	}
	index := -1
	for i, a := range call.Args {
		if a == arg {
			index = i
		}
	}
	if knowledge.WritesResponse(fn) && index == 0 && fn.Signature().Recv() == nil {
		return Wrote
	}
	if w, ok := r.param(fn, index); ok {
		switch w {
		case Must:
			return Wrote
		case Never:
			return None
		}
	}
	return May // writes on some paths, or a function fnlint cannot see into
}
