package effects_test

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strconv"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// toyOrigin is the origin of the held probe's values: the string
// constant a string field or package-level variable is given.
type toyOrigin struct{ Value string }

func (toyOrigin) Label() string    { return "string" }
func (o toyOrigin) String() string { return strconv.Quote(o.Value) }

// heldProbe follows string fields and package-level variables to the
// constants stored into them, and reports at each argument of a call
// of a function named use that loads one "holds VALUE" or "unknown".
// The exported fields and variables, and those that exported
// constructors give their values, get facts, which the importing
// package's run reads.
var heldProbe = &analysis.Analyzer{
	Name:      "heldprobe",
	Doc:       "report what string fields and variables hold",
	Requires:  []*analysis.Analyzer{funcmodel.Analyzer},
	FactTypes: []analysis.Fact{new(effects.HeldFact[toyOrigin])},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[funcmodel.Analyzer].(*funcmodel.Model)
		var held *effects.Held[toyOrigin]
		loaded := func(e ast.Expr) *types.Var {
			switch e := ast.Unparen(e).(type) {
			case *ast.SelectorExpr:
				if sel, ok := pass.TypesInfo.Selections[e]; ok {
					v, _ := sel.Obj().(*types.Var)
					return v
				}
				v, _ := pass.TypesInfo.Uses[e.Sel].(*types.Var)
				return v
			case *ast.Ident:
				if v, ok := pass.TypesInfo.Uses[e].(*types.Var); ok && funcmodel.IsGlobal(v) {
					return v
				}
			}
			return nil
		}
		held = effects.FollowHeld(pass.TypesInfo, m, effects.HeldSpec[toyOrigin]{
			Follow: func(v *types.Var) bool { return types.Identical(v.Type(), types.Typ[types.String]) },
			Of: func(f *funcmodel.Func, e ast.Expr) effects.Value[toyOrigin] {
				if tv, ok := pass.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
					return effects.Value[toyOrigin]{Kind: effects.Known, Origin: toyOrigin{constant.StringVal(tv.Value)}}
				}
				if v := loaded(e); v != nil {
					return held.Load(v)
				}
				if id, ok := ast.Unparen(e).(*ast.Ident); ok && f != nil {
					if sig := f.Signature(pass.TypesInfo); sig != nil {
						for i := range sig.Params().Len() {
							if sig.Params().At(i) == pass.TypesInfo.Uses[id] {
								return effects.Value[toyOrigin]{Kind: effects.OfParam, Param: sig.Params().At(i)}
							}
						}
					}
				}
				return effects.Value[toyOrigin]{}
			},
			Join: func(a, b toyOrigin) (toyOrigin, bool) { return a, a == b },
		})
		held.Facts(pass)
		for _, f := range m.Funcs {
			f.Inspect(func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok {
					return true
				}
				if id, ok := ast.Unparen(call.Fun).(*ast.Ident); !ok || id.Name != "use" {
					return true
				}
				for _, arg := range call.Args {
					if v := loaded(arg); v != nil {
						if val := held.Load(v); val.Kind == effects.Known {
							pass.Reportf(arg.Pos(), "holds %s", val.Origin)
						} else {
							pass.Reportf(arg.Pos(), "unknown")
						}
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

// TestHeld follows string fields and variables over two packages, the
// second importing the first and wiring its constructors, so that
// facts cross between them.
func TestHeld(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), heldProbe, "./hdep", "./huse")
}
