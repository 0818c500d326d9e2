package effects

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// Exported package-level variables holding a function are called like
// functions (var Load = sync.OnceValue(loadSettings); settings.Load()),
// but the execution model of the calling package has no edge to what
// they hold: the value is given in another package. The engine carries
// an effect through them with a fact on the variable, exported by the
// variable's package when the one value it is given runs a body with
// the effect through an edge the effect's Carry accepts (an edge of
// kind Once when the value is a sync.OnceFunc/OnceValue(s) result, so
// that once-ness is kept: an effect that does not pass once-only edges
// does not pass these variables either). Only the user's own packages
// export such facts: the summaries a driver keeps of dependencies hold
// functions only (a blind spot, documented by the analyzers).

// heldEdge returns the edge that a call of v, a package-level variable
// of m's package, makes: to the function literal or declared function
// that is v's one value, straight or given to sync.OnceFunc,
// OnceValue or OnceValues (then of kind Once).
func heldEdge(info *types.Info, m *funcmodel.Model, v *types.Var) (funcmodel.Edge, bool) {
	value := m.ValueOf(v)
	when := funcmodel.Now
	for range 4 { // sync.OnceValue(sync.OnceValue(f)) at most, in practice
		call, ok := ast.Unparen(value).(*ast.CallExpr)
		if !ok || len(call.Args) != 1 || knowledge.FuncArgRuns(knowledge.Callee(info, call)) != knowledge.RunsOnceLater {
			break
		}
		value, when = call.Args[0], funcmodel.Once
	}
	switch x := ast.Unparen(value).(type) {
	case *ast.FuncLit:
		if lit := m.Node(x); lit != nil {
			return funcmodel.Edge{When: when, Node: x, Lit: lit}, true
		}
	case *ast.Ident:
		if fn, ok := info.Uses[x].(*types.Func); ok {
			return funcmodel.Edge{When: when, Node: x, Callee: fn}, true
		}
	case *ast.SelectorExpr:
		if _, ok := info.Selections[x]; !ok { // pkg.F, not a method value
			if fn, ok := info.Uses[x.Sel].(*types.Func); ok {
				return funcmodel.Edge{When: when, Node: x, Callee: fn}, true
			}
		}
	}
	return funcmodel.Edge{}, false
}

// exportHeld exports the facts of the package's exported function
// variables whose value has the effect (see heldEdge).
func exportHeld[C Cause](pass *analysis.Pass, m *funcmodel.Model, spec Spec[C], chains map[*funcmodel.Func]Chain[C]) {
	if m.Summarized {
		return
	}
	scope := pass.Pkg.Scope()
	for _, name := range scope.Names() {
		v, ok := scope.Lookup(name).(*types.Var)
		if !ok || !v.Exported() {
			continue
		}
		if _, ok := v.Type().Underlying().(*types.Signature); !ok {
			continue
		}
		e, ok := heldEdge(pass.TypesInfo, m, v)
		if !ok || !spec.Carry(e) {
			continue
		}
		var ch Chain[C]
		if t := m.Target(e); t != nil {
			if ch, ok = chains[t]; !ok {
				continue
			}
			if t.Obj != nil {
				ch.Path = clip(append([]string{knowledge.ShortName(t.Obj)}, ch.Path...))
			}
		} else if e.Callee != nil && e.Callee.Pkg() != pass.Pkg {
			if ch, ok = Imported[C](pass, m, e.Callee); !ok {
				continue
			}
			ch.Path = clip(append([]string{knowledge.ShortName(e.Callee)}, ch.Path...))
		} else {
			continue
		}
		pass.ExportObjectFact(v, &Fact[C]{Path: ch.Path, Cause: ch.Cause})
	}
}

// heldCall returns, for the node at c in f, a call of an exported
// function variable of another package whose fact says that what it
// holds has the effect (see exportHeld), the variable's name and its
// chain, when the call's edge carries the effect and is not guarded.
func heldCall[C Cause](pass *analysis.Pass, spec Spec[C], f *funcmodel.Func, c inspector.Cursor) (string, Chain[C], bool) {
	call, ok := c.Node().(*ast.CallExpr)
	if !ok {
		return "", Chain[C]{}, false
	}
	var id *ast.Ident
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		id = fun
	case *ast.SelectorExpr:
		if _, ok := pass.TypesInfo.Selections[fun]; ok {
			return "", Chain[C]{}, false // a field or method, not pkg.V
		}
		id = fun.Sel
	default:
		return "", Chain[C]{}, false
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() == nil || v.Pkg() == pass.Pkg || !funcmodel.IsGlobal(v) {
		return "", Chain[C]{}, false
	}
	edge := funcmodel.Edge{When: funcmodel.Now, Node: call, Call: call}
	switch s := c.Parent().Node().(type) {
	case *ast.GoStmt:
		if s.Call == call {
			edge.When = funcmodel.Goroutine
		}
	case *ast.DeferStmt:
		if s.Call == call {
			edge.When = funcmodel.Deferred
		}
	}
	fact := new(Fact[C])
	if !spec.Carry(edge) || !pass.ImportObjectFact(v, fact) || guarded(spec, f, call) {
		return "", Chain[C]{}, false
	}
	name := v.Pkg().Name() + "." + v.Name()
	return name, Chain[C]{Path: clip(append([]string{name}, fact.Path...)), Cause: fact.Cause}, true
}
