package backgroundwork

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// A spawn is a statement or call that starts work which must be joined
// before the function that starts it returns.
type spawn struct {
	node ast.Node // the go statement or the call
	what spawned  // the work started, which messages name
	// objs are the local variables through which the work is joined: the
	// groups and channels a goroutine uses, the timer or stop function of a
	// callback, the variable holding an asynchronous result.
	objs map[types.Object]bool
	// handedOff reports that the join is someone else's business: the
	// group, channel or result is not a local variable, or is stored,
	// returned or passed on.
	handedOff bool
	// join reports whether a node joins the work.
	join func(n ast.Node) bool
	// joinedGo holds the go statements of the function whose goroutines
	// are joined on every path (see joinedPipelines).
	joinedGo map[*ast.GoStmt]bool
}

// findSpawns returns the spawns of f's own code.
func findSpawns(pass *analysis.Pass, f *funcmodel.Func) []*spawn {
	var spawns []*spawn
	info := pass.TypesInfo
	f.InspectParents(func(n, parent ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			s := &spawn{node: n, what: spawned{Kind: goStmt}, objs: make(map[types.Object]bool)}
			s.collectSyncObjs(pass, f, n)
			if returnsAny(pass, f, s.objs) {
				s.handedOff = true // a future: the caller waits on what f returns
			}
			s.join = func(x ast.Node) bool { return joinsSync(pass, s, x) }
			spawns = append(spawns, s)
		case *ast.CallExpr:
			fn := knowledge.Callee(info, n)
			if fn == nil {
				break
			}
			cb, isCallback := knowledge.CallbackOf(fn)
			method, isAsync := knowledge.AwaitOf(fn)
			switch {
			case knowledge.IsSpawner(fn):
				s := &spawn{node: n, what: spawned{Kind: goroutine, Func: knowledge.ShortName(fn)}, objs: make(map[types.Object]bool)}
				if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
					s.addObj(pass, f, sel.X)
				}
				s.join = func(x ast.Node) bool { return joinsSync(pass, s, x) }
				spawns = append(spawns, s)
			case isCallback:
				s := &spawn{node: n, what: spawned{Kind: callback, Func: knowledge.ShortName(fn)}, objs: make(map[types.Object]bool)}
				s.resultObj(pass, f, n, parent)
				s.join = func(x ast.Node) bool { return stopsCallback(pass, s, cb, x) }
				spawns = append(spawns, s)
			case isAsync:
				s := &spawn{node: n, what: spawned{Kind: result, Func: knowledge.ShortName(fn)}, objs: make(map[types.Object]bool)}
				s.resultObj(pass, f, n, parent)
				s.join = func(x ast.Node) bool { return awaits(pass, s, method, x) }
				spawns = append(spawns, s)
			}
		}
		return true
	})
	return spawns
}

// collectSyncObjs records the groups and channels through which a go
// statement's goroutine can be joined: groups it uses anywhere, channels
// it sends on or closes (a channel it only receives from is one it
// consumes, not one that signals its end), and groups or channels passed
// to the goroutine's function unless the parameter is receive-only.
func (s *spawn) collectSyncObjs(pass *analysis.Pass, f *funcmodel.Func, g *ast.GoStmt) {
	info := pass.TypesInfo
	var params *types.Tuple
	if t := info.TypeOf(g.Call.Fun); t == nil {
		// half-typed code: no parameters to consult
	} else if sig, ok := t.Underlying().(*types.Signature); ok {
		params = sig.Params()
	}
	for i, arg := range g.Call.Args {
		if !isSyncType(info.TypeOf(arg)) {
			continue
		}
		if params != nil && i < params.Len() {
			if ch, ok := params.At(i).Type().Underlying().(*types.Chan); ok && ch.Dir() == types.RecvOnly {
				continue
			}
		}
		s.addObj(pass, f, arg)
	}
	ast.Inspect(g.Call.Fun, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.UnaryExpr:
			// <-ctx.Done() of a context that f cancels: calling the
			// cancel function ends the goroutine's wait.
			if n.Op == token.ARROW {
				s.addCancel(pass, f, n.X)
			}
		case *ast.SendStmt:
			s.addObj(pass, f, n.Chan)
		case *ast.CallExpr:
			if knowledge.IsBuiltin(info, n, "close") && len(n.Args) == 1 {
				s.addObj(pass, f, n.Args[0])
			}
		case ast.Expr:
			if t := info.TypeOf(n); t != nil && isGroup(t) {
				s.addObj(pass, f, n)
			}
			if t := info.TypeOf(n); t != nil && knowledge.IsNamed(t, "io", "PipeWriter") {
				s.addPipeReader(pass, f, n)
			}
		}
		return true
	})
}

// addCancel records, for a goroutine that receives from ctx.Done(), the
// cancel function of ctx when f creates ctx (ctx, cancel :=
// context.WithCancel(...)): calling it, or deferring the call, makes the
// goroutine's wait end with f.
func (s *spawn) addCancel(pass *analysis.Pass, f *funcmodel.Func, recv ast.Expr) {
	call, ok := ast.Unparen(recv).(*ast.CallExpr)
	if !ok || !knowledge.IsContextDone(knowledge.Callee(pass.TypesInfo, call)) {
		return
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return
	}
	ctx := refObj(pass, sel.X)
	if ctx == nil || !isLocal(f, ctx) {
		return
	}
	f.Inspect(func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			return true
		}
		c, ok := as.Rhs[0].(*ast.CallExpr)
		if !ok || !knowledge.ReturnsCancel(knowledge.Callee(pass.TypesInfo, c)) || refObj(pass, as.Lhs[0]) != ctx {
			return true
		}
		if cancel := refObj(pass, as.Lhs[1]); cancel != nil {
			s.objs[cancel] = true
		}
		return false
	})
}

// addPipeReader records, for a goroutine that writes to the write end of
// a pipe created in f (pr, pw := io.Pipe()), the read end as a join
// object: the function reading the pipe to its end waits for the writer.
func (s *spawn) addPipeReader(pass *analysis.Pass, f *funcmodel.Func, w ast.Expr) {
	obj := refObj(pass, w)
	if obj == nil || !isLocal(f, obj) {
		return
	}
	f.Inspect(func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			return true
		}
		call, ok := as.Rhs[0].(*ast.CallExpr)
		if !ok || !knowledge.IsPipe(knowledge.Callee(pass.TypesInfo, call)) || refObj(pass, as.Lhs[1]) != obj {
			return true
		}
		if r := refObj(pass, as.Lhs[0]); r != nil {
			s.objs[r] = true
		}
		return false
	})
}

// isGroup reports whether t is a sync.WaitGroup or an errgroup.Group, or
// a pointer to one.
func isGroup(t types.Type) bool {
	return knowledge.IsNamed(t, "sync", "WaitGroup") || knowledge.IsNamed(t, "golang.org/x/sync/errgroup", "Group")
}

// isSyncType reports whether t is a channel, a sync.WaitGroup or an
// errgroup.Group, or a pointer to one.
func isSyncType(t types.Type) bool {
	if t == nil {
		return false
	}
	if _, ok := t.Underlying().(*types.Chan); ok {
		return true
	}
	return isGroup(t)
}

// addObj records the variable e denotes (x, &x, s.f) as a join object;
// a variable that is not local to f hands the join off.
func (s *spawn) addObj(pass *analysis.Pass, f *funcmodel.Func, e ast.Expr) {
	obj := refObj(pass, e)
	if obj == nil {
		return
	}
	s.objs[obj] = true
	if !isLocal(f, obj) {
		s.handedOff = true
	}
}

// refObj returns the variable or field that e denotes, through & and
// parentheses, or nil.
func refObj(pass *analysis.Pass, e ast.Expr) types.Object {
	e = ast.Unparen(e)
	if u, ok := e.(*ast.UnaryExpr); ok && u.Op == token.AND {
		e = ast.Unparen(u.X)
	}
	switch e := e.(type) {
	case *ast.Ident:
		if v, ok := pass.TypesInfo.ObjectOf(e).(*types.Var); ok {
			return v
		}
	case *ast.SelectorExpr:
		if sel, ok := pass.TypesInfo.Selections[e]; ok && sel.Kind() == types.FieldVal {
			return sel.Obj()
		}
		if v, ok := pass.TypesInfo.Uses[e.Sel].(*types.Var); ok {
			return v // package-qualified variable
		}
	}
	return nil
}

// isLocal reports whether obj is a variable declared in f's body (not a
// parameter, field, package variable or variable of an enclosing function).
func isLocal(f *funcmodel.Func, obj types.Object) bool {
	v, ok := obj.(*types.Var)
	body := f.Body()
	return ok && !v.IsField() && body != nil && body.Pos() <= v.Pos() && v.Pos() < body.End()
}

// resultObj records where the result of call goes: a local variable is
// the join object; being discarded leaves no join; anything else (stored,
// returned, passed on) hands the join off.
func (s *spawn) resultObj(pass *analysis.Pass, f *funcmodel.Func, call *ast.CallExpr, parent ast.Node) {
	switch p := parent.(type) {
	case *ast.ExprStmt:
		return // discarded
	case *ast.AssignStmt:
		for i, rhs := range p.Rhs {
			if rhs != call || i >= len(p.Lhs) || len(p.Lhs) != len(p.Rhs) {
				continue
			}
			if id, ok := p.Lhs[i].(*ast.Ident); ok && id.Name == "_" {
				return // discarded
			}
			if obj := pass.TypesInfo.ObjectOf(lhsIdent(p.Lhs[i])); obj != nil && isLocal(f, obj) {
				s.objs[obj] = true
				return
			}
		}
	case *ast.ValueSpec:
		for i, v := range p.Values {
			if v == call && i < len(p.Names) {
				if p.Names[i].Name == "_" {
					return
				}
				s.objs[pass.TypesInfo.Defs[p.Names[i]]] = true
				return
			}
		}
	}
	s.handedOff = true
}

func lhsIdent(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	if id == nil {
		return &ast.Ident{} // ObjectOf returns nil
	}
	return id
}

// returnsAny reports whether f returns one of the objects (the channel a
// goroutine reports on, the group that waits for it): its caller then
// owns the join.
func returnsAny(pass *analysis.Pass, f *funcmodel.Func, objs map[types.Object]bool) bool {
	found := false
	f.Inspect(func(n ast.Node) bool {
		if ret, ok := n.(*ast.ReturnStmt); ok {
			for _, r := range ret.Results {
				if refersTo(pass, r, objs) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}
