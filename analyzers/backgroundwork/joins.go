package backgroundwork

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// refersTo reports whether e denotes one of the objects.
func refersTo(pass *analysis.Pass, e ast.Expr, objs map[types.Object]bool) bool {
	obj := refObj(pass, e)
	return obj != nil && objs[obj]
}

// joinsSync reports whether n waits for a goroutine joined through the
// spawn's groups and channels: a Wait on a group, a receive from or range
// over a channel, or a call that is given one of them (handing the wait to
// the callee), or a go statement of s.joinedGo whose goroutine does one
// of these. Other go statements and spawning calls do not join.
func joinsSync(pass *analysis.Pass, s *spawn, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		if found {
			return false
		}
		switch x := x.(type) {
		case *ast.GoStmt:
			// A goroutine joined on every path that is handed the
			// spawn's channel (a pipeline's next stage) or waits on
			// it joins the spawn when it is itself joined.
			if s.joinedGo[x] && joinsSync(pass, s, x.Call) {
				found = true
			}
			return false
		case *ast.ReturnStmt:
			if returnsPipeBody(pass, s, x) {
				found = true
			}
		case *ast.UnaryExpr:
			if x.Op == token.ARROW && refersTo(pass, x.X, s.objs) {
				found = true
			}
		case *ast.RangeStmt:
			if refersTo(pass, x.X, s.objs) {
				found = true
			}
		case *ast.CallExpr:
			fn := knowledge.Callee(pass.TypesInfo, x)
			if knowledge.IsSpawner(fn) {
				return false
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && knowledge.IsJoin(fn) && refersTo(pass, sel.X, s.objs) {
				found = true
			}
			if sel, ok := ast.Unparen(x.Fun).(*ast.SelectorExpr); ok && refersTo(pass, sel.X, s.objs) &&
				knowledge.IsNamed(pass.TypesInfo.TypeOf(sel.X), "io", "PipeReader") {
				found = true // reading the pipe the goroutine writes
			}
			if refersTo(pass, x.Fun, s.objs) {
				found = true // the cancel function of the context it waits on
			}
			if isBuiltinCall(pass, x) {
				break
			}
			for _, arg := range x.Args {
				if refersTo(pass, arg, s.objs) {
					found = true
				}
			}
		}
		return true
	})
	return found
}

// returnsPipeBody reports whether ret returns the read end of the pipe
// the goroutine writes as the body field of a response that the Lambda
// runtime reads after the handler returns, streaming it
// (knowledge.IsStreamingBody). The runtime reads the body to its end, so
// the writer is joined by the invocation, not left behind. (Returning
// the reader itself, an io.Reader output, hands the wait to the caller
// as any returned join object does.)
func returnsPipeBody(pass *analysis.Pass, s *spawn, ret *ast.ReturnStmt) bool {
	isReader := func(e ast.Expr) bool {
		return refersTo(pass, e, s.objs) && knowledge.IsNamed(pass.TypesInfo.TypeOf(e), "io", "PipeReader")
	}
	for _, r := range ret.Results {
		r = ast.Unparen(r)
		if u, ok := r.(*ast.UnaryExpr); ok && u.Op == token.AND {
			r = ast.Unparen(u.X)
		}
		lit, ok := r.(*ast.CompositeLit)
		if !ok {
			continue
		}
		for _, elt := range lit.Elts {
			kv, ok := elt.(*ast.KeyValueExpr)
			if !ok {
				continue
			}
			if key, ok := kv.Key.(*ast.Ident); ok && isReader(kv.Value) && knowledge.IsStreamingBody(pass.TypesInfo.TypeOf(lit), key.Name) {
				return true
			}
		}
	}
	return false
}

// stopsCallback reports whether n cancels a scheduled callback: Stop on
// the timer, or a call of the stop function, or hands them to a call.
func stopsCallback(pass *analysis.Pass, s *spawn, cb knowledge.Callback, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if cb.Stop {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == "Stop" && refersTo(pass, sel.X, s.objs) {
				found = true
			}
		} else if refersTo(pass, call.Fun, s.objs) {
			found = true
		}
		for _, arg := range call.Args {
			if refersTo(pass, arg, s.objs) {
				found = true
			}
		}
		return true
	})
	return found
}

// awaits reports whether n awaits an asynchronous result: the awaiting
// method called on the result variable, or the variable handed to a call
// (a helper, or append gathering results for later).
func awaits(pass *analysis.Pass, s *spawn, method string, n ast.Node) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		call, ok := x.(*ast.CallExpr)
		if !ok || found {
			return !found
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && sel.Sel.Name == method && refersTo(pass, sel.X, s.objs) {
			found = true
		}
		if !isBuiltinCall(pass, call) || knowledge.IsBuiltin(pass.TypesInfo, call, "append") {
			for _, arg := range call.Args {
				if refersTo(pass, arg, s.objs) {
					found = true // handed to a helper, or gathered for later
				}
			}
		}
		return true
	})
	return found
}

func isBuiltinCall(pass *analysis.Pass, call *ast.CallExpr) bool {
	id, ok := ast.Unparen(call.Fun).(*ast.Ident)
	if !ok {
		return false
	}
	_, ok = pass.TypesInfo.Uses[id].(*types.Builtin)
	return ok
}
