package effects_test

import (
	"go/ast"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/flowgraph"
	"github.com/fnlint/fnlint/model/funcmodel"
	"github.com/fnlint/fnlint/model/locks"
)

// toy is an effect for the test: its cause is a call of a function
// named cause, Now edges carry it, and a held mutex guards it.
type toy struct{ Func string }

func (toy) Label() string    { return "toy" }
func (t toy) String() string { return t.Func }

// probe runs the toy effect through the engine and reports what it
// finds: "has CHAIN" at every body that has the effect (a declaration's
// name, a literal's func keyword), and "site NAME: VIA: CAUSE" at every
// site Run returns in the functions whose name begins with "judged".
// Exported functions that have it get a fact, which the importing
// package's run reads.
var probe = newProbe(funcmodel.Analyzer)

// newProbe returns the probe over an instance of the execution model.
func newProbe(model *analysis.Analyzer) *analysis.Analyzer {
	cfgs := flowgraph.New(model)
	return &analysis.Analyzer{
		Name:      "probe",
		Doc:       "report the toy effect",
		Requires:  []*analysis.Analyzer{model, cfgs},
		FactTypes: []analysis.Fact{new(effects.Fact[toy])},
		Run: func(pass *analysis.Pass) (any, error) {
			m := pass.ResultOf[model].(*funcmodel.Model)
			graphs := pass.ResultOf[cfgs].(*flowgraph.Graphs)
			held := make(map[*funcmodel.Func]locks.Held)
			spec := effects.Spec[toy]{
				Cause: func(f *funcmodel.Func, c inspector.Cursor) (toy, bool) {
					call, ok := c.Node().(*ast.CallExpr)
					if !ok {
						return toy{}, false
					}
					if fn := knowledge.Callee(pass.TypesInfo, call); fn != nil && fn.Name() == "cause" {
						return toy{knowledge.ShortName(fn)}, true
					}
					return toy{}, false
				},
				Carry: func(e funcmodel.Edge) bool { return e.When == funcmodel.Now },
				Guarded: func(f *funcmodel.Func, n ast.Node) bool {
					h, ok := held[f]
					if !ok {
						h = locks.Analyze(pass.TypesInfo, graphs.Of(f))
						held[f] = h
					}
					return h.At(n)
				},
			}
			for f, ch := range effects.Propagate(pass, m, spec) {
				var at ast.Node
				switch n := f.Node.(type) {
				case *ast.FuncDecl:
					at = n.Name
				case *ast.FuncLit:
					at = n
				default:
					continue // the package initializers
				}
				pass.Reportf(at.Pos(), "has %s", strings.Join(append(append([]string(nil), ch.Path...), ch.Cause.Func), " -> "))
			}
			judged := func(f *funcmodel.Func) bool {
				d := f.Decl()
				return d != nil && strings.HasPrefix(d.Obj.Name(), "judged")
			}
			for _, s := range effects.Run(pass, m, spec, judged) {
				pass.Reportf(s.Node.Pos(), "site %s: %s: %s", s.Name, s.Via(), s.Cause)
			}
			return nil, nil
		},
	}
}

// TestToyEffect runs the toy effect over two packages, the second
// importing the first, so that facts cross between them.
func TestToyEffect(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), probe, "./dep", "./use", "./reg")
}

// TestSummaries gives the toy effect of a function of dep that has no
// fact from a summary a driver kept (funcmodel.Summaries), whose cause
// is the JSON encoding of a toy: Imported falls back to it; a fact,
// where there is one, comes first; a summary whose cause is not a toy
// is none.
func TestSummaries(t *testing.T) {
	kept := funcmodel.Summaries{
		{Effect: "toy", Func: "example.com/eff/dep.Clean"}:            {Path: []string{"other.f"}, Cause: `{"Func":"other.cause"}`},
		{Effect: "toy", Func: "example.com/eff/dep.Direct"}:           {Cause: `{"Func":"stale"}`},
		{Effect: "toy", Func: "example.com/eff/dep.Undecodable"}:      {Cause: "other.cause"},
		{Effect: "not toy", Func: "example.com/eff/dep.CleanHandler"}: {Cause: `{"Func":"other effect"}`},
	}
	analysistest.Run(t, analysistest.TestData(), newProbe(funcmodel.New(funcmodel.Config{Summaries: kept})), "./summ")

	fact := &effects.Fact[toy]{Path: []string{"a.b"}, Cause: toy{"c"}}
	effect, sum := fact.Summary()
	if effect != "toy" || len(sum.Path) != 1 || sum.Path[0] != "a.b" || sum.Cause != `{"Func":"c"}` {
		t.Errorf("Fact.Summary() = %q, %+v, want the label and the fact's path and encoded cause", effect, sum)
	}
	if got, want := fact.String(), "toy a.b -> c"; got != want {
		t.Errorf("Fact.String() = %q, want %q", got, want)
	}
}
