package ctxcaptured

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/fixes"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/ctxorigin"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports clients cached for the instance that hold an
// invocation's context.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "ctxcaptured",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(captures)},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// captures is the fact of a function that builds a client from the
// context (or the request) given as one of its parameters and keeps it
// for the instance: given the invocation's context, the cached client
// holds it.
type captures struct {
	Params []int    // the indices of the parameters
	Path   []string // the functions called on the way to the constructor, nearest first
	Ctor   string   // the constructor: "storage.NewClient"
	Kept   string   // how the client is kept: "stored in package-level variable client"
}

func (*captures) AFact() {}

func (c *captures) String() string {
	return fmt.Sprintf("keeps a client built from parameter %v via %s", c.Params, strings.Join(append(slices.Clone(c.Path), c.Ctor), " -> "))
}

// A site is where the invocation's context reaches a kept client.
type site struct {
	f    *funcmodel.Func
	arg  ast.Expr // the argument holding the invocation's context
	call *ast.CallExpr
	cap  captures // for a call of a helper: the helper's fact; Path nil for a constructor
	// callee is the helper called, or "" for a constructor.
	callee string
	origin ctxorigin.Origin
}

const rule = "client libraries use the constructor's context for the connection and token refreshes, so once this invocation ends the cached client fails"

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	tr := ctxorigin.NewTracer(pass.TypesInfo, m)
	caps := make(map[*funcmodel.Func]*captures)
	var sites []site
	// note records that a context with origin o reaches a kept client
	// at arg in f: a site when o is an entry point's parameter, a
	// capture of f's declaration when o is one of its parameters.
	note := func(f *funcmodel.Func, arg ast.Expr, call *ast.CallExpr, o ctxorigin.Origin, c captures, callee string) bool {
		if o.Kind != ctxorigin.Param {
			return false
		}
		decl := ctxorigin.DeclaringFunc(pass.TypesInfo, f, o.Param)
		if decl == nil {
			return false
		}
		if m.EntryOf(decl) != nil {
			sites = append(sites, site{f: f, arg: arg, call: call, cap: c, callee: callee, origin: o})
			return false
		}
		idx := ctxorigin.ParamIndex(pass.TypesInfo, decl, o.Param)
		if decl.Obj == nil || idx < 0 {
			return false
		}
		path := c.Path
		if callee != "" {
			path = append([]string{callee}, c.Path...)
		}
		prev := caps[decl]
		if prev == nil {
			caps[decl] = &captures{Params: []int{idx}, Path: path[:min(len(path), 5)], Ctor: c.Ctor, Kept: c.Kept}
			return true
		}
		if !slices.Contains(prev.Params, idx) {
			prev.Params = append(prev.Params, idx)
			slices.Sort(prev.Params)
			return true
		}
		return false
	}
	// The constructors themselves.
	for _, f := range m.Funcs {
		f.Walk(func(c inspector.Cursor) bool {
			call, ok := c.Node().(*ast.CallExpr)
			if !ok {
				return true
			}
			fn := knowledge.Callee(pass.TypesInfo, call)
			if fn == nil || !knowledge.IsClientConstructor(fn) {
				return true
			}
			arg := contextArg(pass, fn, call)
			if arg == nil {
				return true
			}
			how := kept(pass, f, c)
			if how == "" {
				return true
			}
			note(f, arg, call, tr.Of(f, arg), captures{Ctor: knowledge.ShortName(fn), Kept: how}, "")
			return true
		})
	}
	// The helpers that keep a client built from a parameter, to a fixed
	// point: a function passing its own parameter to one is another.
	seen := make(map[*ast.CallExpr]bool)
	for changed := true; changed; {
		changed = false
		for _, f := range m.Funcs {
			for _, e := range f.Edges {
				if !e.Runs() || e.Call == nil || e.Node != e.Call || e.Callee == nil {
					continue
				}
				c, ok := helperFact(pass, m, caps, e.Callee)
				if !ok {
					continue
				}
				for _, k := range c.Params {
					if k >= len(e.Call.Args) || e.Callee.Signature().Variadic() && k >= e.Callee.Signature().Params().Len()-1 {
						continue
					}
					arg := e.Call.Args[k]
					o := tr.Of(f, arg)
					if o.Kind == ctxorigin.Param && m.EntryOf(ctxorigin.DeclaringFunc(pass.TypesInfo, f, o.Param)) != nil {
						if seen[e.Call] {
							continue
						}
						seen[e.Call] = true
					}
					if note(f, arg, e.Call, o, c, knowledge.ShortName(e.Callee)) {
						changed = true
					}
				}
			}
		}
	}
	for f, c := range caps {
		if f.Obj != nil && f.Obj.Exported() {
			pass.ExportObjectFact(f.Obj, c)
		}
	}
	slices.SortFunc(sites, func(a, b site) int { return int(a.arg.Pos() - b.arg.Pos()) })
	// The arguments that fixes may replace: a local used only there would
	// be left unused.
	replaced := make(map[ast.Expr]bool)
	for _, s := range sites {
		if s.callee == "" {
			replaced[ast.Unparen(s.arg)] = true
		}
	}
	for _, s := range sites {
		if s.f.FunctionCode() {
			report(pass, s, replaced)
		}
	}
	return nil
}

// helperFact returns the capture of fn: of its body in this package, or
// from its fact.
func helperFact(pass *analysis.Pass, m *funcmodel.Model, caps map[*funcmodel.Func]*captures, fn *types.Func) (captures, bool) {
	if body := m.Of(fn); body != nil {
		if c := caps[body]; c != nil {
			return *c, true
		}
		return captures{}, false
	}
	if fn.Pkg() == pass.Pkg {
		return captures{}, false
	}
	var c captures
	if pass.ImportObjectFact(fn.Origin(), &c) {
		return c, true
	}
	return captures{}, false
}

// contextArg returns the argument of call that fn takes as a
// context.Context, or nil.
func contextArg(pass *analysis.Pass, fn *types.Func, call *ast.CallExpr) ast.Expr {
	params := fn.Signature().Params()
	for i, arg := range call.Args {
		if i >= params.Len() || fn.Signature().Variadic() && i >= params.Len()-1 {
			break
		}
		if ctxorigin.IsContext(params.At(i).Type()) {
			return arg
		}
	}
	return nil
}

// kept returns how the client that the constructor call at c, in f,
// creates is kept for the instance, or "": stored into a package-level
// variable or a field of one (as it is, through a pass-through such as
// session.Must, or through a local that f then stores), assigned to a
// captured variable by a sync.Once.Do initializer, or returned by the
// function of sync.OnceValue or OnceValues.
func kept(pass *analysis.Pass, f *funcmodel.Func, c inspector.Cursor) string {
	use := funcmodel.ClientUse(pass.TypesInfo, c)
	call := use.Node().(*ast.CallExpr)
	parent := use.Parent().Node()
	if funcmodel.StoredInGlobal(pass.TypesInfo, f, call, parent) {
		return "kept in a package-level variable"
	}
	lit, ok := f.Node.(*ast.FuncLit)
	if !ok {
		return ""
	}
	var litCur inspector.Cursor
	found := false
	for e := range c.Enclosing((*ast.FuncLit)(nil)) {
		litCur, found = e, true
		break
	}
	if !found || litCur.Node() != lit {
		return ""
	}
	runner, ok := litCur.Parent().Node().(*ast.CallExpr)
	if !ok {
		return ""
	}
	key := knowledge.CalleeKey(pass.TypesInfo, runner)
	switch knowledge.FuncArgRuns(key) {
	case knowledge.RunsOnce:
		as, ok := parent.(*ast.AssignStmt)
		if !ok || as.Tok != token.ASSIGN || len(as.Rhs) != 1 {
			return ""
		}
		if v := funcmodel.RootVar(pass.TypesInfo, as.Lhs[0]); v != nil && (v.Pos() < lit.Pos() || v.Pos() >= lit.End()) {
			return "kept by a sync.Once initializer"
		}
	case knowledge.RunsOnceLater:
		if ret, ok := parent.(*ast.ReturnStmt); ok && len(ret.Results) > 0 && ret.Results[0] == call {
			return "returned by a " + knowledge.ShortName(knowledge.Callee(pass.TypesInfo, runner)) + " initializer"
		}
	}
	return ""
}

// report reports a site, with the fix that gives a constructor
// context.Background() when the argument is the invocation's context
// itself and nothing else needs it.
func report(pass *analysis.Pass, s site, replaced map[ast.Expr]bool) {
	d := analysis.Diagnostic{Pos: s.arg.Pos(), End: s.arg.End()}
	if s.callee == "" {
		d.Message = fmt.Sprintf("%s is given the invocation's context and the client is %s: %s; pass context.Background()", s.cap.Ctor, s.cap.Kept, rule)
		if !s.origin.Derived && removable(pass, s.f, s.arg, replaced) {
			im := fixes.NewImporter(pass, code.File(pass, s.arg.Pos()), s.arg.Pos())
			if name, ok := im.Name("context"); ok {
				edits := append([]analysis.TextEdit{{Pos: s.arg.Pos(), End: s.arg.End(), NewText: []byte(name + ".Background()")}}, im.Edits()...)
				d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Pass context.Background() to " + s.cap.Ctor, TextEdits: edits}}
			}
		}
	} else {
		via := strings.Join(append(slices.Clone(s.cap.Path), s.cap.Ctor), ", which calls ")
		d.Message = fmt.Sprintf("%s builds a client from the invocation's context given here (it calls %s) and the client is %s: %s; give it context.Background() for the client", s.callee, via, s.cap.Kept, rule)
	}
	pass.Report(d)
}

// removable reports whether replacing e, in f, leaves code that
// compiles: e is a call of (*http.Request).Context, a parameter, or a
// local variable used elsewhere too, not only in arguments that other
// fixes replace.
func removable(pass *analysis.Pass, f *funcmodel.Func, e ast.Expr, replaced map[ast.Expr]bool) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.CallExpr:
		return knowledge.IsRequestContext(knowledge.Callee(pass.TypesInfo, e))
	case *ast.Ident:
		v, ok := pass.TypesInfo.Uses[e].(*types.Var)
		if !ok {
			return false
		}
		if ctxorigin.DeclaringFunc(pass.TypesInfo, f, v) != nil {
			return true
		}
		for id, obj := range pass.TypesInfo.Uses {
			if obj == v && !replaced[id] {
				return true
			}
		}
	}
	return false
}
