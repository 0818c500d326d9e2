package ctxorigin

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// Assigned reports whether v, a variable of the declaration enclosing
// f, is given a value in its body.
func (t *Tracer) Assigned(f *funcmodel.Func, v *types.Var) bool {
	return len(t.localValues(f)[v]) > 0
}

// localValues returns the values given to each local variable in the
// declaration enclosing f (its literals included, which may assign the
// variables they capture).
func (t *Tracer) localValues(f *funcmodel.Func) map[*types.Var][]ast.Expr {
	root := f
	for root.Parent != nil {
		root = root.Parent
	}
	if vals, ok := t.values[root.Node]; ok {
		return vals
	}
	vals := make(map[*types.Var][]ast.Expr)
	t.values[root.Node] = vals
	body := root.Body()
	if body == nil {
		return vals // declared without a body (assembly, linkname)
	}
	var node ast.Node = body
	add := func(id ast.Expr, x ast.Expr) {
		ident, ok := ast.Unparen(id).(*ast.Ident)
		if !ok {
			return
		}
		if v, ok := t.info.ObjectOf(ident).(*types.Var); ok && !funcmodel.IsGlobal(v) {
			vals[v] = append(vals[v], x)
		}
	}
	ast.Inspect(node, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if n.Tok != token.ASSIGN && n.Tok != token.DEFINE {
				for _, l := range n.Lhs {
					add(l, opaque)
				}
				break
			}
			if len(n.Lhs) == len(n.Rhs) {
				for i, l := range n.Lhs {
					add(l, n.Rhs[i])
				}
				break
			}
			// ctx, cancel := context.WithTimeout(parent, d): the context
			// is the derivation itself; any other tuple is opaque.
			call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
			derives := ok && len(n.Rhs) == 1 && knowledge.DerivesContext(knowledge.Callee(t.info, call))
			for i, l := range n.Lhs {
				if derives && i == 0 {
					add(l, call)
				} else {
					add(l, opaque)
				}
			}
		case *ast.ValueSpec:
			for i, id := range n.Names {
				if len(n.Values) == len(n.Names) {
					add(id, n.Values[i])
				} else {
					add(id, opaque)
				}
			}
		case *ast.RangeStmt:
			add(n.Key, opaque)
			add(n.Value, opaque)
		case *ast.UnaryExpr:
			if n.Op == token.AND {
				add(n.X, opaque)
			}
		case *ast.TypeSwitchStmt, *ast.SelectStmt:
			// v := x.(type) and case v := <-ch give values not followed.
			ast.Inspect(n, func(m ast.Node) bool {
				if as, ok := m.(*ast.AssignStmt); ok {
					for _, l := range as.Lhs {
						add(l, opaque)
					}
				}
				return true
			})
		}
		return true
	})
	return vals
}
