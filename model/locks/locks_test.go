package locks_test

import (
	"go/ast"
	"go/types"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/cfg"

	"github.com/fnlint/fnlint/model/locks"
)

// probe reports "held" at each call of a function named probe where the
// locks analysis says a mutex is held. Each function body, literals
// included, is analyzed on its own graph, as the analyzers do; a probe
// call is judged in the innermost body holding it.
var probe = &analysis.Analyzer{
	Name: "probe",
	Doc:  "report where a mutex is held",
	Run: func(pass *analysis.Pass) (any, error) {
		for _, file := range pass.Files {
			ast.Inspect(file, func(n ast.Node) bool {
				var body *ast.BlockStmt
				switch n := n.(type) {
				case *ast.FuncDecl:
					body = n.Body
				case *ast.FuncLit:
					body = n.Body
				}
				if body != nil {
					judge(pass, body)
				}
				return true
			})
		}
		return nil, nil
	},
}

// judge reports the probe calls of body's own code (not of the literals
// it holds).
func judge(pass *analysis.Pass, body *ast.BlockStmt) {
	g := cfg.New(body, func(call *ast.CallExpr) bool {
		id, ok := ast.Unparen(call.Fun).(*ast.Ident)
		return !ok || id.Name != "panic"
	})
	held := locks.Analyze(pass.TypesInfo, g)
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.CallExpr:
			if fn, ok := objOf(pass, n.Fun).(*types.Func); ok && fn.Name() == "probe" && held.At(n) {
				pass.Reportf(n.Pos(), "held")
			}
		}
		return true
	})
}

func objOf(pass *analysis.Pass, fun ast.Expr) types.Object {
	if id, ok := ast.Unparen(fun).(*ast.Ident); ok {
		return pass.TypesInfo.Uses[id]
	}
	return nil
}

func TestLocks(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "./lk")
}

func TestNoGraph(t *testing.T) {
	// A function without a graph (declared without a body) holds nothing.
	h := locks.Analyze(nil, nil)
	if h.At(&ast.Ident{}) {
		t.Error("At on an empty analysis reports a held mutex")
	}
}
