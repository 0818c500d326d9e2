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
	"github.com/fnlint/fnlint/model/effects"
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
		FactTypes: []analysis.Fact{new(effects.ParamFact[kept])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// kept is the sink of the analyzer: a client constructor given a
// context, whose client is kept for the instance. Its facts
// (effects.ParamFact[kept]) list the parameters of a function whose
// value (the context, or the request whose context it is) reaches one.
type kept struct {
	Ctor string // the constructor: "storage.NewClient"
	How  string // how the client is kept: "kept in a package-level variable"
}

func (kept) Label() string    { return "keeps a client built from parameter" }
func (k kept) String() string { return k.Ctor }

const rule = "client libraries use the constructor's context for the connection and token refreshes, so once this invocation ends the cached client fails"

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	tr := ctxorigin.NewTracer(pass.TypesInfo, m)
	// The invocation's context is an entry point's parameter: the
	// engine follows the parameters of every other function to their
	// callers.
	entryParam := func(f *funcmodel.Func, o ctxorigin.Origin) bool {
		return o.Kind == ctxorigin.Param && m.EntryOf(ctxorigin.DeclaringFunc(pass.TypesInfo, f, o.Param)) != nil
	}
	flow := effects.FollowParams(pass, m, effects.ParamSpec[kept]{
		Sink: func(f *funcmodel.Func, c inspector.Cursor) ([]ast.Expr, kept, bool) {
			call, ok := c.Node().(*ast.CallExpr)
			if !ok {
				return nil, kept{}, false
			}
			fn := knowledge.Callee(pass.TypesInfo, call)
			if fn == nil || !knowledge.IsClientConstructor(fn) || knowledge.ContextOnlyDuringCall(fn) {
				return nil, kept{}, false
			}
			arg := contextArg(fn, call)
			if arg == nil {
				return nil, kept{}, false
			}
			how := keptHow(pass, f, c)
			if how == "" {
				return nil, kept{}, false
			}
			return []ast.Expr{arg}, kept{Ctor: knowledge.ShortName(fn), How: how}, true
		},
		Param: func(f *funcmodel.Func, e ast.Expr) *types.Var {
			if o := tr.Of(f, e); o.Kind == ctxorigin.Param && !entryParam(f, o) {
				return o.Param
			}
			return nil
		},
		Carry: funcmodel.Edge.Runs,
	})
	// The arguments that fixes may replace: a local used only there would
	// be left unused.
	replaced := make(map[ast.Expr]bool)
	var sites []effects.ParamSite[kept]
	reported := make(map[ast.Node]bool)
	for _, s := range flow.Sites {
		if !s.Func.FunctionCode() || !entryParam(s.Func, tr.Of(s.Func, s.Value)) || s.Name != "" && reported[s.Node] {
			continue
		}
		reported[s.Node] = true
		sites = append(sites, s)
		if s.Name == "" {
			replaced[ast.Unparen(s.Value)] = true
		}
	}
	for _, s := range sites {
		report(pass, tr, s, replaced)
	}
	return nil
}

// contextArg returns the argument of call that fn takes as a
// context.Context, or nil.
func contextArg(fn *types.Func, call *ast.CallExpr) ast.Expr {
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

// keptHow returns how the client that the constructor call at c, in f,
// creates is kept for the instance, or "": stored into a package-level
// variable or a field of one (as it is, through a pass-through such as
// session.Must, or through a local that f then stores), assigned to a
// captured variable by a sync.Once.Do initializer, or returned by the
// function of sync.OnceValue or OnceValues.
func keptHow(pass *analysis.Pass, f *funcmodel.Func, c inspector.Cursor) string {
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
	switch knowledge.FuncArgRuns(knowledge.Callee(pass.TypesInfo, runner)) {
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

// report reports a site, with the sink (for a helper, in its code) as
// related information, and the fix that gives a constructor
// context.Background() when the argument is the invocation's context
// itself and nothing else needs it.
func report(pass *analysis.Pass, tr *ctxorigin.Tracer, s effects.ParamSite[kept], replaced map[ast.Expr]bool) {
	d := analysis.Diagnostic{Pos: s.Value.Pos(), End: s.Value.End()}
	if s.Name == "" {
		d.Message = fmt.Sprintf("%s is given the invocation's context and the client is %s: %s; pass context.Background()", s.Cause.Ctor, s.Cause.How, rule)
		if !tr.Of(s.Func, s.Value).Derived && removable(pass, s.Func, s.Value, replaced) {
			im := fixes.NewImporter(pass, code.File(pass, s.Value.Pos()), s.Value.Pos())
			if name, ok := im.Name("context"); ok {
				edits := append([]analysis.TextEdit{{Pos: s.Value.Pos(), End: s.Value.End(), NewText: []byte(name + ".Background()")}}, im.Edits()...)
				d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Pass context.Background() to " + s.Cause.Ctor, TextEdits: edits}}
			}
		}
	} else {
		via := strings.Join(append(slices.Clone(s.Path[1:]), s.Cause.Ctor), ", which calls ")
		d.Message = fmt.Sprintf("%s builds a client from the invocation's context given here (it calls %s) and the client is %s: %s; give it context.Background() for the client", s.Name, via, s.Cause.How, rule)
		if at := effects.Pos(pass, s.At); at.IsValid() {
			d.Related = []analysis.RelatedInformation{{Pos: at, Message: s.Cause.Ctor + " keeps the client it builds from that context here"}}
		}
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
