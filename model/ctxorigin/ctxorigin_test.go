package ctxorigin_test

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/model/ctxorigin"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// probe reports, at each context.Context argument of a call of a
// function named use, the origin the Tracer finds for it: "root
// context.Background()", "param ctx", "detached" or "unknown", with
// " derived" when the value is derived from the origin.
var probe = &analysis.Analyzer{
	Name:     "probe",
	Doc:      "report the origin of each context given to use",
	Requires: []*analysis.Analyzer{funcmodel.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[funcmodel.Analyzer].(*funcmodel.Model)
		tr := ctxorigin.NewTracer(pass.TypesInfo, m)
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
					if ctxorigin.IsContext(pass.TypesInfo.TypeOf(arg)) {
						pass.Reportf(arg.Pos(), "%s", describe(pass, tr.Of(f, arg)))
					}
				}
				return true
			})
		}
		return nil, nil
	},
}

func describe(pass *analysis.Pass, o ctxorigin.Origin) string {
	var s string
	switch o.Kind {
	case ctxorigin.Root:
		s = "root " + o.RootName(pass.TypesInfo)
	case ctxorigin.Param:
		s = "param " + o.Param.Name()
	case ctxorigin.Detached:
		s = "detached"
	case ctxorigin.Unknown:
		s = "unknown"
	default:
		s = fmt.Sprintf("kind %d", o.Kind)
	}
	if o.Derived {
		s += " derived"
	}
	return s
}

func TestOrigin(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "./co")
}

// TestSelfAssignedParam pins the idiom ctx = context.WithValue(ctx, k, v)
// on a parameter.
func TestSelfAssignedParam(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "./selfassign")
}

// ctorProbe reports, at each context field of the package's struct
// types, the exported constructors' parameters that Tracer.Constructors
// says give it its values: "constructors NewRepo 0".
var ctorProbe = &analysis.Analyzer{
	Name:     "ctorprobe",
	Doc:      "report the constructors of context fields",
	Requires: []*analysis.Analyzer{funcmodel.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[funcmodel.Analyzer].(*funcmodel.Model)
		tr := ctxorigin.NewTracer(pass.TypesInfo, m)
		for _, name := range pass.Pkg.Scope().Names() {
			st, ok := pass.Pkg.Scope().Lookup(name).Type().Underlying().(*types.Struct)
			if !ok {
				continue
			}
			for i := range st.NumFields() {
				var s []string
				for _, c := range tr.Constructors(st.Field(i)) {
					s = append(s, fmt.Sprintf("%s %d", c.Func.Name(), c.Param))
				}
				if len(s) > 0 {
					pass.Reportf(st.Field(i).Pos(), "constructors %s", strings.Join(s, ", "))
				}
			}
		}
		return nil, nil
	},
}

// TestConstructors pins which fields the parameters of exported
// constructors give their values.
func TestConstructors(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), ctorProbe, "./ctors")
}
