package flowgraph

import (
	_ "embed"
	"go/ast"
	"go/types"
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/cfg"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/internal/analysisdoc"
	"github.com/fnlint/fnlint/internal/knowledge"
)

//go:embed doc.go
var doc string

// Analyzer builds the control-flow graphs of a package's functions.
var Analyzer = &analysis.Analyzer{
	Name:       "flowgraph",
	Doc:        analysisdoc.MustExtract(doc, "flowgraph"),
	URL:        analysisdoc.URL("flowgraph"),
	Requires:   []*analysis.Analyzer{funcmodel.Analyzer},
	FactTypes:  []analysis.Fact{new(noReturn)},
	ResultType: reflect.TypeFor[*Graphs](),
	Run:        run,
}

// noReturn marks a function whose body has no reachable return.
type noReturn struct{}

func (*noReturn) AFact()         {}
func (*noReturn) String() string { return "noReturn" }

// Graphs holds the control-flow graphs of a package's functions; it is
// empty for a package outside the main modules.
type Graphs struct {
	defs     map[*ast.Ident]types.Object
	decls    map[*types.Func]*decl
	lits     map[*ast.FuncLit]*cfg.CFG
	noReturn map[*types.Func]bool
}

type decl struct {
	node    *ast.FuncDecl
	cfg     *cfg.CFG
	started bool // breaks recursion
}

// FuncDecl returns the graph of a declared function, or nil.
func (g *Graphs) FuncDecl(fd *ast.FuncDecl) *cfg.CFG {
	fn, _ := g.defs[fd.Name].(*types.Func)
	if d := g.decls[fn]; d != nil {
		return d.cfg
	}
	return nil
}

// FuncLit returns the graph of a function literal, or nil.
func (g *Graphs) FuncLit(lit *ast.FuncLit) *cfg.CFG { return g.lits[lit] }

// NoReturn reports whether fn, declared in the package, never returns
// normally.
func (g *Graphs) NoReturn(fn *types.Func) bool { return g.noReturn[fn] }

// builder builds the graphs of one package.
type builder struct {
	pass *analysis.Pass
	g    *Graphs
}

func run(pass *analysis.Pass) (any, error) {
	g := &Graphs{
		decls:    make(map[*types.Func]*decl),
		lits:     make(map[*ast.FuncLit]*cfg.CFG),
		noReturn: make(map[*types.Func]bool),
	}
	m := pass.ResultOf[funcmodel.Analyzer].(*funcmodel.Model)
	if !m.Local || pass.TypesInfo == nil {
		return g, nil
	}
	g.defs = pass.TypesInfo.Defs
	b := &builder{pass: pass, g: g}
	var order []*types.Func
	var lits []*ast.FuncLit
	for _, f := range pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if fn, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
					g.decls[fn] = &decl{node: n}
					order = append(order, fn)
				}
			case *ast.FuncLit:
				lits = append(lits, n)
			}
			return true
		})
	}
	// Declarations first, in source order: a call of a function of the
	// package builds the callee's graph on demand, to know whether it
	// returns; recursion is cut where it closes.
	for _, fn := range order {
		b.build(fn, g.decls[fn])
	}
	for _, lit := range lits {
		g.lits[lit] = cfg.New(lit.Body, b.mayReturn)
	}
	return g, nil
}

func (b *builder) build(fn *types.Func, d *decl) {
	if d.started {
		return
	}
	d.started = true
	d.cfg = cfg.New(d.node.Body, b.mayReturn)
	if d.cfg.NoReturn() {
		b.g.noReturn[fn] = true
		b.pass.ExportObjectFact(fn, new(noReturn))
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
	if d := b.g.decls[fn]; d != nil {
		b.build(fn, d)
		return !b.g.noReturn[fn]
	}
	if fn.Pkg() == b.pass.Pkg {
		return true // declared without a body
	}
	return !knowledge.NeverReturns(fn) && !b.pass.ImportObjectFact(fn, new(noReturn))
}
