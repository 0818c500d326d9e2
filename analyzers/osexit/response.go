package osexit

import (
	"go/ast"

	"github.com/fnlint/fnlint/internal/fixes"
	"github.com/fnlint/fnlint/model/funcmodel"
	"github.com/fnlint/fnlint/model/respond"
)

// stateAt returns the states of the response written through the first
// parameter of the HTTP function f with which control reaches the node
// n of its control-flow graph: 0 when no path reaches it. The states are
// model/respond's, the analysis missingresponse reads too.
func (fx *fixer) stateAt(f *funcmodel.Func, n ast.Node) respond.State {
	states, ok := fx.states[f]
	if !ok {
		states = fx.writes.States(f, 0)
		fx.states[f] = states
	}
	return states[n]
}

// responseAt returns the states of the response with which control
// reaches the exit call of f, which must be one of fx.cursors, when f
// has a named http.ResponseWriter parameter in scope there; 0 otherwise.
func (fx *fixer) responseAt(f *funcmodel.Func, call *ast.CallExpr) respond.State {
	c, ok := fx.cursors[call]
	if f == nil || !ok {
		return 0
	}
	scope := fixes.ScopeAt(fx.pass.TypesInfo, c)
	if scope == nil || writerParam(fx.pass, f, scope, call.Pos()) == nil {
		return 0
	}
	// The innermost enclosing node that is a node of the control-flow
	// graph: the statement, or the condition, that holds the call.
	for e := range c.Enclosing() {
		switch e.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return 0
		}
		if s := fx.stateAt(f, e.Node()); s != 0 {
			return s
		}
	}
	return 0
}
