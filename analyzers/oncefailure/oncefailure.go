package oncefailure

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports sync.Once initializers that cache a failure.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:     "oncefailure",
		Doc:      doc,
		Requires: []*analysis.Analyzer{model},
		Run:      func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	for _, f := range m.Funcs {
		if !f.FunctionCode() && !f.ColdStart() {
			continue
		}
		for _, e := range f.Edges {
			if e.When != funcmodel.Once || e.Call == nil || e.Node == e.Call || !knowledge.IsOnceDo(knowledge.Callee(pass.TypesInfo, e.Call)) {
				continue
			}
			body := m.Target(e)
			if body == nil {
				continue
			}
			if msg, related := judge(pass, m, body); msg != "" {
				pass.Report(analysis.Diagnostic{Pos: e.Call.Pos(), End: e.Call.End(), Message: msg, Related: related})
			}
		}
	}
	return nil
}

// judge returns the message of the diagnostic for the function given
// to Do, or "", and its related positions: the panic, or the call whose
// error the function keeps to itself, and, when that is in a function
// of the package that the function given to Do calls (one level down:
// a literal that only calls setup()), the call.
func judge(pass *analysis.Pass, m *funcmodel.Model, body *funcmodel.Func) (string, []analysis.RelatedInformation) {
	const remedy = "use sync.OnceValues returning (T, error) and check the error at each use, or retry under a mutex"
	sc := scan(pass, body)
	var via *ast.CallExpr // the call of the callee that fails, or nil
	if sc.panicAt == nil && sc.lostAt == nil {
		sig := func(fn *types.Func) *types.Signature { return fn.Type().(*types.Signature) }
		body.Inspect(func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok || via != nil {
				return via == nil
			}
			fn := knowledge.Callee(pass.TypesInfo, call)
			if fn == nil {
				return true
			}
			callee := m.Of(fn)
			if callee == nil || callee == body || callee.Body() == nil {
				return true
			}
			csc := scan(pass, callee)
			if csc.lostAt != nil && returnsError(sig(fn)) {
				// The callee returns its error: what the function
				// given to Do does with it is what counts.
				csc.lostAt = nil
			}
			if csc.panicAt != nil || csc.lostAt != nil {
				if sc.cached == "" {
					sc.cached = csc.cached
				}
				sc.panicAt, sc.lostAt, sc.lostFrom = csc.panicAt, csc.lostAt, csc.lostFrom
				via = call
			}
			return true
		})
	}
	what := "the result"
	if sc.cached != "" {
		what = sc.cached
	}
	inside, holder, panicWhere := "inside the function", "the function given to Do", "inside the function"
	var related []analysis.RelatedInformation
	if via != nil {
		holder = types.ExprString(via.Fun)
		inside = "inside " + holder + ", which the function calls"
		panicWhere = inside + ","
		related = append(related, analysis.RelatedInformation{Pos: via.Pos(), End: via.End(), Message: "the function given to Do calls " + holder})
	}
	switch {
	case sc.panicAt != nil:
		related = append(related, analysis.RelatedInformation{Pos: sc.panicAt.Pos(), End: sc.panicAt.End(), Message: "the panic that marks the sync.Once done"})
		return fmt.Sprintf("once.Do caches a failure: a panic %s marks it done, so %s stays unset for every later invocation on this instance; %s", panicWhere, what, remedy), related
	case sc.lostAt != nil:
		related = append(related, analysis.RelatedInformation{Pos: sc.lostAt.Pos(), End: sc.lostAt.End(), Message: "the error of " + sc.lostFrom + " stays inside " + holder})
		return fmt.Sprintf("once.Do caches a failure: the error of %s is handled only %s, so %s stays unset for every later invocation on this instance and Do never runs again; %s", sc.lostFrom, inside, what, remedy), related
	}
	return "", nil
}

// A scanned function is what a function's own code does that can leave
// a sync.Once done without its result.
type scanned struct {
	cached   string   // a variable outside the function that it sets
	lostAt   ast.Node // the call whose error stays inside the function, or nil
	lostFrom string   // that call's callee
	panicAt  ast.Node // the first panic, or nil
}

// scan reads f's own code.
func scan(pass *analysis.Pass, f *funcmodel.Func) scanned {
	info := pass.TypesInfo
	var sc scanned
	var lost *types.Var // an error that stays inside the function
	stored := make(map[*types.Var]bool)
	f.Inspect(func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if knowledge.IsBuiltin(info, n, "panic") && sc.panicAt == nil {
				sc.panicAt = n
			}
		case *ast.SendStmt:
			if v := localVar(info, f, n.Value); v != nil {
				stored[v] = true
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				id, ok := ast.Unparen(lhs).(*ast.Ident)
				if !ok || id.Name == "_" {
					continue
				}
				v, ok := info.ObjectOf(id).(*types.Var)
				if !ok {
					continue
				}
				if !inside(f, v) {
					if sc.cached == "" && !knowledge.IsError(v.Type()) {
						sc.cached = v.Name()
					}
					if len(n.Lhs) == len(n.Rhs) {
						if src := localVar(info, f, n.Rhs[i]); src != nil {
							stored[src] = true // outer = err
						}
					}
					continue
				}
				if knowledge.IsError(v.Type()) && lost == nil && len(n.Rhs) == 1 {
					if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok {
						lost = v
						sc.lostAt = call
						if fn := knowledge.Callee(info, call); fn != nil {
							sc.lostFrom = knowledge.ShortName(fn)
						} else {
							sc.lostFrom = types.ExprString(call.Fun)
						}
					}
				}
			}
		}
		return true
	})
	if lost != nil && stored[lost] {
		sc.lostAt, sc.lostFrom = nil, ""
	}
	return sc
}

// returnsError reports whether sig has an error result.
func returnsError(sig *types.Signature) bool {
	for v := range sig.Results().Variables() {
		if knowledge.IsError(v.Type()) {
			return true
		}
	}
	return false
}

// inside reports whether v is declared in f's body.
func inside(f *funcmodel.Func, v *types.Var) bool {
	b := f.Body()
	return b != nil && b.Pos() <= v.Pos() && v.Pos() < b.End()
}

// localVar returns the variable of f's body that e names, or nil.
func localVar(info *types.Info, f *funcmodel.Func, e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := info.Uses[id].(*types.Var)
	if !ok || !inside(f, v) {
		return nil
	}
	return v
}
