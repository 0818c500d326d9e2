package batchfailure

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/cfg"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// returnsResult reports whether f returns the error result of call:
// return call(...), or err := call(...) (err = ...) and a return of err
// or of an error wrapping it (fmt.Errorf("...: %w", err)).
func returnsResult(pass *analysis.Pass, f *funcmodel.Func, call *ast.CallExpr) bool {
	var errVar *types.Var
	found := false
	f.InspectParents(func(n, parent ast.Node) bool {
		if n != call {
			return true
		}
		switch p := parent.(type) {
		case *ast.ReturnStmt:
			found = true
		case *ast.AssignStmt:
			if len(p.Rhs) == 1 && len(p.Lhs) > 0 {
				if id, ok := ast.Unparen(p.Lhs[len(p.Lhs)-1]).(*ast.Ident); ok {
					errVar, _ = pass.TypesInfo.ObjectOf(id).(*types.Var)
				}
			}
		}
		return false
	})
	if found || errVar == nil {
		return found
	}
	f.Inspect(func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || len(ret.Results) == 0 {
			return !found
		}
		found = found || code.Mentions(pass.TypesInfo, ret.Results[len(ret.Results)-1], errVar)
		return !found
	})
	return found
}

// nonNil reports whether e, the error result of a return at cur in f,
// is surely non-nil: errors.New or fmt.Errorf, a composite literal or
// its address, a value of a concrete type (golambda.WrapError(err,
// ...).With(...) returns a *golambda.Error: as an error it is never
// nil), a call of a function of the package that returns such an error
// on every path (the module's own error constructor), or a variable
// that an enclosing if of the same body has just checked to be non-nil
// (if err != nil { return err }).
func (c *checker) nonNil(f *funcmodel.Func, cur inspector.Cursor, e ast.Expr) bool {
	return c.nonNilIn(f, cur, e, make(map[*funcmodel.Func]bool))
}

func (c *checker) nonNilIn(f *funcmodel.Func, cur inspector.Cursor, e ast.Expr, visiting map[*funcmodel.Func]bool) bool {
	pass := c.pass
	if t := pass.TypesInfo.TypeOf(e); t != nil && !types.IsInterface(t) && !isNil(pass, e) {
		return true
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		fn := knowledge.Callee(pass.TypesInfo, e)
		if knowledge.NewError(fn) {
			return true
		}
		return fn != nil && c.m.Of(fn) != nil && c.alwaysErr(c.m.Of(fn), visiting)
	case *ast.CompositeLit:
		return true
	case *ast.UnaryExpr:
		_, lit := ast.Unparen(e.X).(*ast.CompositeLit)
		return e.Op == token.AND && lit
	case *ast.Ident:
		v, ok := pass.TypesInfo.Uses[e].(*types.Var)
		if !ok {
			return false
		}
		for p := cur.Parent(); p.Node() != nil; p = p.Parent() {
			switch n := p.Node().(type) {
			case *ast.FuncLit, *ast.FuncDecl:
				return false
			case *ast.IfStmt:
				if nilChecked(pass, n.Cond) == v && within(cur.Node(), n.Body) && !assignedBetween(pass, v, n.Body, cur.Node()) {
					return true
				}
			}
		}
	}
	return false
}

// alwaysErr reports whether every return of f, a function whose last
// result is an error, returns a non-nil one (see nonNil): f makes
// errors, as a module's own NewValidationError(...) does.
func (c *checker) alwaysErr(f *funcmodel.Func, visiting map[*funcmodel.Func]bool) bool {
	sig := f.Signature(c.pass.TypesInfo)
	if sig == nil || sig.Results().Len() == 0 || !knowledge.IsError(sig.Results().At(sig.Results().Len()-1).Type()) || visiting[f] {
		return false
	}
	visiting[f] = true
	returns, all := 0, true
	f.Walk(func(cur inspector.Cursor) bool {
		ret, ok := cur.Node().(*ast.ReturnStmt)
		if !ok || !all {
			return all
		}
		returns++
		all = len(ret.Results) > 0 && c.nonNilIn(f, cur, ret.Results[len(ret.Results)-1], visiting)
		return all
	})
	return all && returns > 0
}

// nilChecked returns the error variable that cond checks to be non-nil
// (err != nil, nil != err), or nil.
func nilChecked(pass *analysis.Pass, cond ast.Expr) *types.Var {
	b, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	if !ok || b.Op != token.NEQ {
		return nil
	}
	x, y := ast.Unparen(b.X), ast.Unparen(b.Y)
	if isNil(pass, x) {
		x, y = y, x
	}
	id, ok := x.(*ast.Ident)
	if !ok || !isNil(pass, y) {
		return nil
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || !knowledge.IsError(v.Type()) {
		return nil
	}
	return v
}

// assignedBetween reports whether v is assigned in block before node.
func assignedBetween(pass *analysis.Pass, v *types.Var, block *ast.BlockStmt, node ast.Node) bool {
	found := false
	ast.Inspect(block, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && as.Pos() < node.Pos() {
			for _, l := range as.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && pass.TypesInfo.ObjectOf(id) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// keptOnFailure reports whether the assignment as at c gives v the error
// result of a call (err = process(record), or x, err = ...), and the if
// that checks it next (if err = ...; err != nil, or the statement that
// follows) goes on with v non-nil: its body does not clear v, and some
// path through it reaches the statement after the if (in flowgraph's
// graph of the function, where a return or a call that never returns
// ends the path), so a record's failure stays in v past the loop.
func keptOnFailure(pass *analysis.Pass, g *cfg.CFG, c inspector.Cursor, as *ast.AssignStmt, v *types.Var) bool {
	if len(as.Rhs) != 1 || g == nil {
		return false
	}
	if _, ok := ast.Unparen(as.Rhs[0]).(*ast.CallExpr); !ok {
		return false
	}
	var check *ast.IfStmt
	switch p := c.Parent().Node().(type) {
	case *ast.IfStmt:
		if p.Init == as {
			check = p
		}
	case *ast.BlockStmt:
		if i := slices.Index(p.List, ast.Stmt(as)); i >= 0 && i+1 < len(p.List) {
			check, _ = p.List[i+1].(*ast.IfStmt)
		}
	}
	if check == nil || nilChecked(pass, check.Cond) != v || len(check.Body.List) == 0 {
		return false
	}
	return !assigns(pass, check.Body, v) && goesOn(g, check)
}

// assigns reports whether n assigns the variable v.
func assigns(pass *analysis.Pass, n ast.Node, v *types.Var) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if as, ok := x.(*ast.AssignStmt); ok {
			for _, l := range as.Lhs {
				if id, ok := ast.Unparen(l).(*ast.Ident); ok && pass.TypesInfo.ObjectOf(id) == v {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// goesOn reports whether, in g, a path from the then branch of check
// reaches the block after it; false when g does not show the if.
func goesOn(g *cfg.CFG, check *ast.IfStmt) bool {
	var then, done *cfg.Block
	for _, b := range g.Blocks {
		if b.Stmt == check {
			switch b.Kind {
			case cfg.KindIfThen:
				then = b
			case cfg.KindIfDone:
				done = b
			}
		}
	}
	if then == nil || done == nil {
		return false
	}
	seen := map[*cfg.Block]bool{then: true}
	for queue := []*cfg.Block{then}; len(queue) > 0; queue = queue[1:] {
		for _, next := range queue[0].Succs {
			if next == done {
				return true
			}
			if !seen[next] {
				seen[next] = true
				queue = append(queue, next)
			}
		}
	}
	return false
}

// assignedAfter reports whether the error variable e is assigned in f
// between from and to, after its loop and before its return (err =
// flush(ctx); return err): the record's failure is no longer what is
// returned.
func assignedAfter(pass *analysis.Pass, f *funcmodel.Func, e ast.Expr, from, to token.Pos) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return false
	}
	v, _ := pass.TypesInfo.Uses[id].(*types.Var)
	found := false
	f.Inspect(func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && from <= as.Pos() && as.End() <= to && assigns(pass, as, v) {
			found = true
		}
		return !found
	})
	return found
}

func within(n ast.Node, block *ast.BlockStmt) bool {
	return block.Pos() <= n.Pos() && n.End() <= block.End()
}

func isNil(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}
