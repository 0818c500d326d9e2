package effects_test

import (
	"go/ast"
	"go/types"
	"strconv"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// toyDepth is the toy summary: 1 when a parameter's value is given to a
// call of sink, one more than the callee's when given to a function
// with a summary, at most 3.
type toyDepth struct{ Depth int }

func (toyDepth) Label() string    { return "depth" }
func (t toyDepth) String() string { return strconv.Itoa(t.Depth) }

// summaryProbe computes the toy summary of every int parameter and
// reports "depth I of D" at each function whose parameter I has depth
// D > 0 (for the exported ones, facts carry every value).
var summaryProbe = &analysis.Analyzer{
	Name:      "summaryprobe",
	Doc:       "report the toy parameter summary",
	Requires:  []*analysis.Analyzer{funcmodel.Analyzer},
	FactTypes: []analysis.Fact{new(effects.ParamFact[toyDepth])},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[funcmodel.Analyzer].(*funcmodel.Model)
		ints := func(sig *types.Signature) []int {
			var idx []int
			for i := range sig.Params().Len() {
				if types.Identical(sig.Params().At(i).Type(), types.Typ[types.Int]) {
					idx = append(idx, i)
				}
			}
			return idx
		}
		s := effects.SummarizeParams(pass, m, effects.SummarySpec[toyDepth]{
			Params: ints,
			Summarize: func(f *funcmodel.Func, i int, of func(*types.Func, int) (toyDepth, bool)) toyDepth {
				p := f.Signature(pass.TypesInfo).Params().At(i)
				depth := 0
				f.Inspect(func(n ast.Node) bool {
					call, ok := n.(*ast.CallExpr)
					fn := knowledge.Callee(pass.TypesInfo, call)
					if !ok || fn == nil {
						return true
					}
					for j, a := range call.Args {
						if id, ok := a.(*ast.Ident); !ok || pass.TypesInfo.Uses[id] != p {
							continue
						}
						if fn.Name() == "sink" {
							depth = max(depth, 1)
						} else if v, ok := of(fn, j); ok && v.Depth > 0 {
							depth = max(depth, min(v.Depth+1, 3))
						}
					}
					return true
				})
				return toyDepth{depth}
			},
		})
		for _, f := range m.Funcs {
			if f.Obj == nil {
				continue
			}
			for _, i := range ints(f.Obj.Signature()) {
				if v, ok := s.Of(f.Obj, i); ok && v.Depth > 0 {
					pass.Reportf(f.Obj.Pos(), "depth %d of %d", i, v.Depth)
				}
			}
		}
		return nil, nil
	},
}

// TestSummarizeParams computes the toy summary to its fixed point over
// mutually recursive functions, and across packages through facts.
func TestSummarizeParams(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), summaryProbe, "./sdep", "./suse")
}
