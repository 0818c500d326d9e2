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
			if msg, related := judge(pass, body); msg != "" {
				pass.Report(analysis.Diagnostic{Pos: e.Call.Pos(), End: e.Call.End(), Message: msg, Related: related})
			}
		}
	}
	return nil
}

// judge returns the message of the diagnostic for the function given
// to Do, or "", and its related position: the panic, or the call whose
// error the function keeps to itself.
func judge(pass *analysis.Pass, body *funcmodel.Func) (string, []analysis.RelatedInformation) {
	info := pass.TypesInfo
	const remedy = "use sync.OnceValues returning (T, error) and check the error at each use, or retry under a mutex"
	var cached string   // a variable outside the function that it sets
	var lost *types.Var // an error that stays inside the function
	var lostFrom string // the call that produced it
	var lostAt ast.Node
	var panicAt ast.Node
	panics := false
	stored := make(map[*types.Var]bool)
	body.Inspect(func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			if knowledge.IsBuiltin(info, n, "panic") {
				if !panics {
					panicAt = n
				}
				panics = true
			}
		case *ast.SendStmt:
			if v := localVar(info, body, n.Value); v != nil {
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
				if !inside(body, v) {
					if cached == "" && !knowledge.IsError(v.Type()) {
						cached = v.Name()
					}
					if len(n.Lhs) == len(n.Rhs) {
						if src := localVar(info, body, n.Rhs[i]); src != nil {
							stored[src] = true // outer = err
						}
					}
					continue
				}
				if knowledge.IsError(v.Type()) && lost == nil && len(n.Rhs) == 1 {
					if call, ok := ast.Unparen(n.Rhs[0]).(*ast.CallExpr); ok {
						lost = v
						lostAt = call
						if fn := knowledge.Callee(info, call); fn != nil {
							lostFrom = knowledge.ShortName(fn)
						} else {
							lostFrom = types.ExprString(call.Fun)
						}
					}
				}
			}
		}
		return true
	})
	what := "the result"
	if cached != "" {
		what = cached
	}
	switch {
	case panics:
		return fmt.Sprintf("once.Do caches a failure: a panic inside the function marks it done, so %s stays unset for every later invocation on this instance; %s", what, remedy),
			[]analysis.RelatedInformation{{Pos: panicAt.Pos(), End: panicAt.End(), Message: "the panic that marks the sync.Once done"}}
	case lost != nil && !stored[lost]:
		return fmt.Sprintf("once.Do caches a failure: the error of %s is handled only inside the function, so %s stays unset for every later invocation on this instance and Do never runs again; %s", lostFrom, what, remedy),
			[]analysis.RelatedInformation{{Pos: lostAt.Pos(), End: lostAt.End(), Message: "the error of " + lostFrom + " stays inside the function given to Do"}}
	}
	return "", nil
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
