package effects_test

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// toySink is the sink of the parameter probe: a value given to a
// function named sink.
type toySink struct{ Func string }

func (toySink) Label() string    { return "reaches" }
func (t toySink) String() string { return t.Func }

// toyUse is the sink of the parameter probe's Dropped spec: a value
// given to any call.
type toyUse struct{ Func string }

func (toyUse) Label() string    { return "drops" }
func (t toyUse) String() string { return t.Func }

// paramProbe follows parameters to the toy sink and reports "reaches
// I: CHAIN" at every body whose parameter I reaches it, "site VALUE:
// CHAIN at FILE:LINE" at every site FollowParams returns in the
// functions whose name begins with "judged", and "drops I of F" at the
// calls there of functions that drop their parameter I (given to no
// call). Exported functions get facts, which the importing package's
// run reads.
var paramProbe = &analysis.Analyzer{
	Name:      "paramprobe",
	Doc:       "report the toy parameter sink",
	Requires:  []*analysis.Analyzer{funcmodel.Analyzer},
	FactTypes: []analysis.Fact{new(effects.ParamFact[toySink]), new(effects.ParamFact[toyUse])},
	Run: func(pass *analysis.Pass) (any, error) {
		m := pass.ResultOf[funcmodel.Analyzer].(*funcmodel.Model)
		param := func(f *funcmodel.Func, e ast.Expr) *types.Var {
			if id, ok := ast.Unparen(e).(*ast.Ident); ok {
				v, _ := pass.TypesInfo.Uses[id].(*types.Var)
				return v
			}
			return nil
		}
		calls := func(name string) func(*funcmodel.Func, inspector.Cursor) ([]ast.Expr, string, bool) {
			return func(f *funcmodel.Func, c inspector.Cursor) ([]ast.Expr, string, bool) {
				call, ok := c.Node().(*ast.CallExpr)
				if !ok {
					return nil, "", false
				}
				fn := knowledge.Callee(pass.TypesInfo, call)
				if name != "" && (fn == nil || fn.Name() != name) {
					return nil, "", false
				}
				s := "a function value"
				if fn != nil {
					s = knowledge.ShortName(fn)
				}
				return call.Args, s, true
			}
		}
		runs := func(e funcmodel.Edge) bool { return e.When == funcmodel.Now }
		sink := calls("sink")
		flow := effects.FollowParams(pass, m, effects.ParamSpec[toySink]{
			Sink: func(f *funcmodel.Func, c inspector.Cursor) ([]ast.Expr, toySink, bool) {
				vals, s, ok := sink(f, c)
				return vals, toySink{s}, ok
			},
			Param: param,
			Carry: runs,
		})
		use := calls("")
		drops := effects.FollowParams(pass, m, effects.ParamSpec[toyUse]{
			Sink: func(f *funcmodel.Func, c inspector.Cursor) ([]ast.Expr, toyUse, bool) {
				vals, s, ok := use(f, c)
				return vals, toyUse{s}, ok
			},
			Param:   param,
			Carry:   runs,
			Dropped: true,
		})
		judged := func(f *funcmodel.Func) bool {
			d := f.Decl()
			return d != nil && strings.HasPrefix(d.Obj.Name(), "judged")
		}
		for _, f := range m.Funcs {
			var at ast.Node
			switch n := f.Node.(type) {
			case *ast.FuncDecl:
				at = n.Name
			case *ast.FuncLit:
				at = n
			default:
				continue
			}
			sig := f.Signature(pass.TypesInfo)
			for i := range sig.Params().Len() {
				if ch, ok := flow.In(f, i); ok && (f.Obj == nil || !f.Obj.Exported()) {
					pass.Reportf(at.Pos(), "reaches %d: %s", i, strings.Join(append(ch.Path, ch.Cause.Func), " -> "))
				}
			}
			if !judged(f) {
				continue
			}
			for _, e := range f.Edges {
				if e.Callee == nil || e.Call == nil {
					continue
				}
				for i := range e.Callee.Signature().Params().Len() {
					if drops.Drops(e.Callee, i) {
						pass.Reportf(e.Call.Pos(), "drops %d of %s", i, knowledge.ShortName(e.Callee))
					}
				}
			}
		}
		for _, s := range flow.Sites {
			if !judged(s.Func) {
				continue
			}
			chain := strings.Join(append(append([]string(nil), s.Path...), s.Cause.Func), " -> ")
			pos := pass.Fset.Position(effects.Pos(pass, s.At))
			pass.Reportf(s.Value.Pos(), "site %s: %s at %s", types.ExprString(s.Value), chain, fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line))
		}
		return nil, nil
	},
}

// TestParams follows the toy sink's parameters over two packages, the
// second importing the first, so that facts cross between them.
func TestParams(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), paramProbe, "./pdep", "./puse")
}

// TestParamSummaries gives a function of pdep, which has no fact, the
// parameter fact of a summary a driver kept.
func TestParamSummaries(t *testing.T) {
	fact := &effects.ParamFact[toySink]{Params: []int{1}, Chains: []effects.ParamChain[toySink]{{Path: []string{"a.b"}, Cause: toySink{"c"}}}}
	effect, sum := fact.Summary()
	if effect != "reaches (parameters)" || !strings.Contains(sum.Cause, `"Params":[1]`) {
		t.Errorf("ParamFact.Summary() = %q, %+v, want the label and the encoded fact", effect, sum)
	}
	if got, want := fact.String(), "reaches [1] via a.b -> c"; got != want {
		t.Errorf("ParamFact.String() = %q, want %q", got, want)
	}
}

// TestPos finds a position kept in a fact in the run's files only when
// the file's line table agrees with it: under go vet, a package of
// another process comes from export data whose files have fake line
// tables, and an offset there is no place in the source.
func TestPos(t *testing.T) {
	src := "package p\n\nfunc F() {\n\tG()\n}\n"
	fset := token.NewFileSet()
	real := fset.AddFile("real.go", -1, len(src))
	real.SetLinesForContent([]byte(src))
	fake := fset.AddFile("fake.go", -1, len(src))
	fake.SetLines([]int{0}) // every offset on line 1, as export data's files have it
	pass := &analysis.Pass{Fset: fset}

	at := token.Position{Filename: "real.go", Offset: strings.Index(src, "G()"), Line: 4, Column: 2}
	if got := effects.Pos(pass, at); got != real.Pos(at.Offset) {
		t.Errorf("Pos(%v) = %v, want %v", at, fset.Position(got), at)
	}
	at.Filename = "fake.go"
	if got := effects.Pos(pass, at); got.IsValid() {
		t.Errorf("Pos(%v) = %v in a file with a fake line table, want NoPos", at, fset.Position(got))
	}
}
