package flowgraph_test

import (
	"go/ast"
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
