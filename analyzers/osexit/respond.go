package osexit

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/cfg"

	"github.com/fnlint/fnlint/internal/fixes"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// written is a set of the states of the response on the paths that reach
// a statement of an HTTP function.
type written uint8

const (
	unwritten    written = 1 << iota // nothing has written the response
	mayBeWritten                     // code that may write it has run
	isWritten                        // it has been written
)

// A use is what a statement does with the response writer.
type use uint8

const (
	noUse    use = iota // nothing, or only w.Header()
	mayWrite            // something that may write: a call given w, a defer or a closure that mentions it, an alias
	writes              // a call of knowledge.Responds with w: it writes the response
)

// apply returns the states after a statement with use u, from states s.
func (u use) apply(s written) written {
	switch u {
	case writes:
		if s != 0 {
			return isWritten
		}
	case mayWrite:
		out := s & isWritten
		if s&(unwritten|mayBeWritten) != 0 {
			out |= mayBeWritten
		}
		return out
	}
	return s
}

// stateAt returns the states of the response with which control reaches
// the statement stmt of the HTTP function f, whose writer is w: 0 when
// stmt is unreachable.
func (fx *fixer) stateAt(f *funcmodel.Func, w *types.Var, stmt ast.Node) written {
	states, ok := fx.states[f]
	if !ok {
		states = fx.responseStates(f, w)
		fx.states[f] = states
	}
	return states[stmt]
}

// responseAt returns the states of the response with which control
// reaches the exit call of f, which must be one of fx.cursors, when f
// has a named http.ResponseWriter parameter in scope there; 0 otherwise.
func (fx *fixer) responseAt(f *funcmodel.Func, call *ast.CallExpr) written {
	c, ok := fx.cursors[call]
	if f == nil || !ok {
		return 0
	}
	scope := fixes.ScopeAt(fx.pass.TypesInfo, c)
	if scope == nil {
		return 0
	}
	w := writerParam(fx.pass, f, scope, call.Pos())
	if w == nil {
		return 0
	}
	// The innermost enclosing node that is a node of the control-flow
	// graph: the statement, or the condition, that holds the call.
	for e := range c.Enclosing() {
		switch e.Node().(type) {
		case *ast.FuncLit, *ast.FuncDecl:
			return 0
		}
		if s := fx.stateAt(f, w, e.Node()); s != 0 {
			return s
		}
	}
	return 0
}

// responseStates returns the states of the response at each node of the
// control-flow graph of f: a forward data flow from the entry over the
// set of states, which grows at most three times per block, so it costs
// time linear in the size of the graph.
func (fx *fixer) responseStates(f *funcmodel.Func, w *types.Var) map[ast.Node]written {
	at := make(map[ast.Node]written)
	g := fx.graphs.Of(f)
	if g == nil || len(g.Blocks) == 0 {
		return at
	}
	uses := make(map[ast.Node]use)
	in := make([]written, len(g.Blocks))
	queued := make([]bool, len(g.Blocks))
	in[0], queued[0] = unwritten, true
	work := []*cfg.Block{g.Blocks[0]}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		queued[b.Index] = false
		s := in[b.Index]
		for _, n := range b.Nodes {
			at[n] |= s
			u, ok := uses[n]
			if !ok {
				u = fx.useOf(n, w)
				uses[n] = u
			}
			s = u.apply(s)
		}
		for _, succ := range b.Succs {
			if in[succ.Index]|s != in[succ.Index] {
				in[succ.Index] |= s
				if !queued[succ.Index] {
					queued[succ.Index] = true
					work = append(work, succ)
				}
			}
		}
	}
	return at
}

// useOf classifies what the graph node n does with the writer w.
func (fx *fixer) useOf(n ast.Node, w *types.Var) use {
	info := fx.pass.TypesInfo
	mentions := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[id] == w && knowledge.NonWriting[n.Sel.Name] {
				return false // w.Header()
			}
		case *ast.Ident:
			if info.Uses[n] == w {
				mentions = true
			}
		}
		return !mentions
	})
	if !mentions {
		return noUse
	}
	var call *ast.CallExpr
	switch n := n.(type) {
	case *ast.ExprStmt:
		call, _ = ast.Unparen(n.X).(*ast.CallExpr)
	case *ast.AssignStmt:
		if len(n.Rhs) == 1 {
			call, _ = ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
		}
	}
	if call == nil {
		return mayWrite
	}
	fn := knowledge.Callee(info, call)
	if fn == nil || !knowledge.Responds[knowledge.Key(fn)] {
		return mayWrite
	}
	var x ast.Expr // the writer the call writes through
	if fn.Signature().Recv() != nil {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			x = sel.X
		}
	} else if len(call.Args) > 0 {
		x = call.Args[0]
	}
	if id, ok := ast.Unparen(x).(*ast.Ident); ok && info.Uses[id] == w {
		return writes
	}
	return mayWrite
}
