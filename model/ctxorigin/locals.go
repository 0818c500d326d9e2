package ctxorigin

import (
	"go/ast"
	"go/types"

	"github.com/fnlint/fnlint/internal/defuse"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// Assigned reports whether v, a variable of the declaration enclosing
// f, is given a value in its body, or may be through a pointer (its
// address taken).
func (t *Tracer) Assigned(f *funcmodel.Func, v *types.Var) bool {
	l := t.locals(f)
	return l.Defined(v) || l.Addressed(v)
}

// locals returns the local variables of the declaration enclosing f
// (its literals included, which may assign the variables they
// capture).
func (t *Tracer) locals(f *funcmodel.Func) *defuse.Locals {
	root := f
	for root.Parent != nil {
		root = root.Parent
	}
	l, ok := t.values[root.Node]
	if !ok {
		l = defuse.Of(t.info, root.Body()) // no body: declared in assembly or by linkname
		t.values[root.Node] = l
	}
	return l
}

// localValues returns the values given to v, a local variable of the
// declaration enclosing f, as the Tracer follows them: nil for one it
// does not follow. Of a tuple, it follows only the context of a
// derivation (ctx, cancel := context.WithTimeout(parent, d): the
// derivation itself); a variable whose address is taken has a value
// it does not see.
func (t *Tracer) localValues(f *funcmodel.Func, v *types.Var) []ast.Expr {
	l := t.locals(f)
	var values []ast.Expr
	for _, d := range l.Defs(v) {
		switch {
		case d.Value == nil || d.Elem:
			values = append(values, nil)
		case d.Index >= 0:
			call, _ := ast.Unparen(d.Value).(*ast.CallExpr)
			if d.Index == 0 && call != nil && knowledge.DerivesContext(knowledge.Callee(t.info, call)) {
				values = append(values, call)
			} else {
				values = append(values, nil)
			}
		default:
			values = append(values, d.Value)
		}
	}
	if l.Addressed(v) {
		values = append(values, nil)
	}
	return values
}
