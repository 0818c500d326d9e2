package flowgraph

import (
	_ "embed"
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/fnlint/fnlint/internal/analysisdoc"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer builds the control-flow graphs of a package's functions.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer over the given instance of the
// execution model.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:       "flowgraph",
		Doc:        analysisdoc.Doc(doc, "flowgraph"),
		URL:        analysisdoc.URL("flowgraph"),
		FactTypes:  []analysis.Fact{new(noReturn)},
		ResultType: reflect.TypeFor[*Graphs](),
		Requires:   []*analysis.Analyzer{model},
	}
	a.Run = func(pass *analysis.Pass) (any, error) { return run(pass, model) }
	return a
}

// noReturn marks a function whose body has no reachable return.
type noReturn struct{}

func (*noReturn) AFact()         {}
func (*noReturn) String() string { return "noReturn" }

// noReturnEffect names the fact in the summaries a driver keeps.
const noReturnEffect = "never returns"

// Summary returns the fact as a summary of a dependency's function (see
// funcmodel.Summaries).
func (*noReturn) Summary() (string, funcmodel.Summary) {
	return noReturnEffect, funcmodel.Summary{}
}

// Graphs holds the control-flow graphs of a package's functions; it is
// empty for a package outside the main modules.
type Graphs struct {
	graphs   map[*funcmodel.Func]*cfg.CFG
	noReturn map[*types.Func]bool
}

// Of returns the graph of a declared function or a function literal of
// the package's execution model, or nil.
func (g *Graphs) Of(f *funcmodel.Func) *cfg.CFG { return g.graphs[f] }

// NoReturn reports whether fn, declared in the package, never returns
// normally.
func (g *Graphs) NoReturn(fn *types.Func) bool { return g.noReturn[fn] }

// builder builds the graphs of one package.
type builder struct {
	pass    *analysis.Pass
	model   *funcmodel.Model
	g       *Graphs
	started map[*funcmodel.Func]bool // breaks recursion
}

func run(pass *analysis.Pass, model *analysis.Analyzer) (any, error) {
	g := &Graphs{
		graphs:   make(map[*funcmodel.Func]*cfg.CFG),
		noReturn: make(map[*types.Func]bool),
	}
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local && !m.Summarized || pass.TypesInfo == nil {
		return g, nil // (a dependency's graphs give its noReturn facts)
	}
	b := &builder{pass: pass, model: m, g: g, started: make(map[*funcmodel.Func]bool)}
	// The bodies of the execution model, declarations first, in source
	// order: a call of a function of the package builds the callee's
	// graph on demand, to know whether it returns; recursion is cut where
	// it closes. (The package initializers taken together have no graph.)
	for _, f := range m.Funcs {
		if f.Obj != nil {
			b.build(f)
		}
	}
	for _, f := range m.Funcs {
		if f.Node != nil {
			b.build(f)
		}
	}
	return g, nil
}

func (b *builder) build(f *funcmodel.Func) {
	if b.started[f] {
		return
	}
	b.started[f] = true
	graph := cfg.New(f.Body(), b.mayReturn)
	b.g.graphs[f] = graph
	if f.Obj != nil && graph.NoReturn() {
		b.g.noReturn[f.Obj] = true
		b.pass.ExportObjectFact(f.Obj, new(noReturn))
	}
}

// mayReturn reports whether call may return normally.
func (b *builder) mayReturn(call *ast.CallExpr) bool {
	info := b.pass.TypesInfo
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if bi, ok := info.Uses[id].(*types.Builtin); ok && bi.Name() == "panic" {
			return false
		}
	}
	fn := typeutil.StaticCallee(info, call)
	if fn == nil {
		return true // a function value or an interface method: unknown
	}
	fn = fn.Origin()
	if callee := b.model.Of(fn); callee != nil {
		b.build(callee)
		return !b.g.noReturn[fn]
	}
	if fn.Pkg() == b.pass.Pkg {
		return true // declared without a body
	}
	if knowledge.NeverReturns(fn) || b.pass.ImportObjectFact(fn, new(noReturn)) {
		return false
	}
	_, summarized := b.model.Summary(noReturnEffect, fn)
	return !summarized
}
