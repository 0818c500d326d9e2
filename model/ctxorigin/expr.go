package ctxorigin

import (
	"go/token"
	"go/types"

	"github.com/fnlint/fnlint/model/funcmodel"
)

// InvocationExpr returns the expression, valid at pos in f, of the
// invocation's context, when exactly one parameter in scope carries it
// (see InvocationParams) and is never given another value: ctx for a
// context.Context parameter ctx, r.Context() for an *http.Request r. A
// fix that passes the invocation's context writes it.
func (t *Tracer) InvocationExpr(pkg *types.Package, f *funcmodel.Func, pos token.Pos) (string, bool) {
	params := InvocationParams(t.info, f)
	if len(params) != 1 {
		return "", false
	}
	p := params[0]
	if p.Name() == "" || p.Name() == "_" || t.Assigned(f, p) {
		return "", false
	}
	scope := pkg.Scope().Innermost(pos)
	if scope == nil {
		return "", false
	}
	if _, obj := scope.LookupParent(p.Name(), pos); obj != p {
		return "", false // shadowed
	}
	if IsRequest(p.Type()) {
		return p.Name() + ".Context()", true
	}
	return p.Name(), true
}
