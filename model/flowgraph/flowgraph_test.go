package flowgraph_test

import (
	"go/ast"
	"go/token"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// TestFlowgraph checks the noReturn facts: which functions the graphs
// end at.
func TestFlowgraph(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flowgraph.Analyzer, "./fg", "./helper", "./lambdamain")
}

// probe reports the first statement of every unreachable block of main,
// so that analysistest can check where the graphs end.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report unreachable statements of main",
	Requires: []*analysis.Analyzer{funcmodel.Analyzer, flowgraph.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[funcmodel.Analyzer].(*funcmodel.Model)
		g := pass.ResultOf[flowgraph.Analyzer].(*flowgraph.Graphs)
		for _, f := range m.Funcs {
			if f.Obj == nil || f.Obj.Name() != "main" || g.Of(f) == nil {
				continue
			}
			for _, b := range g.Of(f).Blocks {
				if !b.Live && len(b.Nodes) > 0 {
					if _, ok := b.Nodes[0].(ast.Stmt); ok {
						pass.Reportf(b.Nodes[0].Pos(), "unreachable")
					}
				}
			}
		}
		return nil, nil
	},
}

// TestUnreachable checks that code after a call that never returns
// (lambda.Start in a Lambda main) is unreachable in the graph.
func TestUnreachable(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "./lambdaexit")
}

// searcher asks Search.From at each call start("name") and reports at
// the call whether some path met a guard (a call of guard(), outside
// function literals) and at each exit of a path that met none "exit of
// name" (or "end of name" for the closing brace). A function whose name
// begins with "whole" is also searched from its entry.
var searcher = &analysis.Analyzer{
	Name:     "searcher",
	Doc:      "report the paths to return that avoid guard()",
	Requires: []*analysis.Analyzer{funcmodel.Analyzer, flowgraph.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[funcmodel.Analyzer].(*funcmodel.Model)
		g := pass.ResultOf[flowgraph.Analyzer].(*flowgraph.Graphs)
		for _, f := range m.Funcs {
			s := &flowgraph.Search{CFGs: g, Func: f, Guard: func(n ast.Node) bool { return calls(n, "guard") }}
			if f.Obj != nil && strings.HasPrefix(f.Obj.Name(), "whole") {
				report(pass, s, f.Node.(*ast.FuncDecl).Name, f.Obj.Name(), token.NoPos)
			}
			f.Inspect(func(n ast.Node) bool {
				if call, ok := n.(*ast.CallExpr); ok && isIdent(call.Fun, "start") && len(call.Args) == 1 {
					if lit, ok := call.Args[0].(*ast.BasicLit); ok {
						report(pass, s, call, strings.Trim(lit.Value, `"`), call.Pos())
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func report(pass *analysis.Pass, s *flowgraph.Search, at ast.Node, name string, from token.Pos) {
	res := s.From(from)
	if res == nil {
		pass.Reportf(at.Pos(), "%s: no search", name)
		return
	}
	pass.Reportf(at.Pos(), "%s: guarded=%v", name, res.Guarded)
	for _, exit := range res.Exits {
		if flowgraph.IsClosingBrace(exit) {
			pass.Reportf(exit.Pos(), "end of %s", name)
		} else {
			pass.Reportf(exit.Pos(), "exit of %s", name)
		}
	}
}

// calls reports whether n calls a function of the given name, outside
// function literals.
func calls(n ast.Node, name string) bool {
	found := false
	ast.Inspect(n, func(x ast.Node) bool {
		switch x := x.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(x.Fun).(*ast.Ident); ok && id.Name == name {
				found = true
			}
		}
		return !found
	})
	return found
}

func isIdent(e ast.Expr, name string) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == name
}

// TestSearch checks the path search: from a statement, which returns a
// path reaches without meeting a guard.
func TestSearch(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), searcher, "./search")
}
