package respond_test

import (
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
	"github.com/fnlint/fnlint/model/respond"
)

// TestFacts checks the summaries the analyzer exports for the exported
// functions of a package.
func TestFacts(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), respond.Analyzer, "./helpers")
}

// probe turns the result into diagnostics: at each declared function
// with a writer parameter, its summary; at each call of another
// package's function, the summary imported for it; at each return that
// a path reaches without writing through the first parameter, "silent
// exit"; at each call of state(), the states of the response there.
var probe = newProbe(funcmodel.Analyzer, respond.Analyzer)

// newProbe returns a probe over the given instances of the model and of
// the analyzer.
func newProbe(model, writes *analysis.Analyzer) *analysis.Analyzer {
	return &analysis.Analyzer{
		Name:     "probe",
		Doc:      "report what the respond analyzer computes",
		Requires: []*analysis.Analyzer{model, writes},
		Run: func(pass *analysis.Pass) (any, error) {
			m := pass.ResultOf[model].(*funcmodel.Model)
			r := pass.ResultOf[writes].(*respond.Result)
			for _, f := range m.Funcs {
				sig := f.Signature(pass.TypesInfo)
				idx := respond.WriterParams(sig)
				if f.Obj != nil && len(idx) > 0 {
					pass.Reportf(f.Node.Pos(), "%s: %s", f.Obj.Name(), summary(r, f.Obj))
				}
				if len(idx) > 0 && idx[0] == 0 {
					for _, exit := range r.SilentExits(f, 0) {
						pass.Reportf(exit.Pos(), "silent exit")
					}
				}
				var states map[ast.Node]respond.State
				f.Inspect(func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					if !ok {
						return true
					}
					fn := knowledge.Callee(pass.TypesInfo, call)
					switch {
					case fn == nil:
					case fn.Name() == "state" && fn.Pkg() == pass.Pkg:
						if states == nil {
							states = r.States(f, 0)
						}
						stmt, _ := f.CursorOf(call)
						pass.Reportf(call.Pos(), "state: %s", render(states[stmt.Parent().Node()]))
					case fn.Pkg() != pass.Pkg:
						if idx := respond.WriterParams(fn.Signature()); len(idx) == 0 {
							break
						} else if _, ok := r.Imported(fn, idx[0]); ok {
							pass.Reportf(call.Pos(), "imports %s.%s: %s", fn.Pkg().Name(), fn.Name(), summary(r, fn))
						}
					}
					return true
				})
			}
			return nil, nil
		},
	}
}

// summary renders what fn does with each parameter, as the facts do.
func summary(r *respond.Result, fn *types.Func) string {
	var parts []string
	for i := range fn.Signature().Params().Len() {
		w, _ := r.Param(fn, i)
		parts = append(parts, w.String())
	}
	return strings.Join(parts, ",")
}

func render(s respond.State) string {
	var parts []string
	for _, b := range []struct {
		bit  respond.State
		name string
	}{{respond.Unwritten, "unwritten"}, {respond.MayBeWritten, "maybe"}, {respond.Written, "written"}} {
		if s&b.bit != 0 {
			parts = append(parts, b.name)
		}
	}
	if len(parts) == 0 {
		return "unreachable"
	}
	return strings.Join(parts, "|")
}

// TestProbe checks the summaries, imported summaries, silent exits and
// states of functions that call helpers of another package.
func TestProbe(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "./handlers")
}

// TestSummaries reads what a function of a dependency that was not
// analyzed in this run does with its writer from the summary a driver
// kept (funcmodel.Summaries), through the path the effect engine reads
// its own: io.Copy, which no analyzer summarizes (the standard library
// is described by the tables), is kept as never writing, and the caller
// then returns without writing; a summary of another effect is none.
func TestSummaries(t *testing.T) {
	kept := funcmodel.Summaries{
		{Effect: "writes the response (parameters)", Func: "io.Copy"}: {Cause: `{"Params":[0],"Chains":[{"Cause":{"Writes":1}}]}`},
		{Effect: "other", Func: "io.CopyN"}:                           {Cause: `{"Params":[0],"Chains":[{"Cause":{"Writes":1}}]}`},
	}
	model := funcmodel.New(funcmodel.Config{Summaries: kept})
	analysistest.Run(t, analysistest.TestData(), newProbe(model, respond.New(model, flowgraph.New(model))), "./kept")
}
