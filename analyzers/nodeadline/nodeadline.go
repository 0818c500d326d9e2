package nodeadline

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/ctxorigin"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports calls that cannot carry the invocation's deadline in
// code that has the invocation's context in scope.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "nodeadline",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.Fact[noDeadline])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// noDeadline is the effect of making a call that cannot carry a
// context's deadline: what a function of another package of the module
// does on the invocation's path.
type noDeadline struct {
	Callee string // the call, "http.Get"
}

func (noDeadline) Label() string    { return "calls without a deadline" }
func (n noDeadline) String() string { return n.Callee }

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local || pass.Pkg == nil {
		return nil
	}
	tr := ctxorigin.NewTracer(pass.TypesInfo, m)
	sync := m.BeforeReturn()
	// from holds, for a judged body without a context of its own, an
	// entry point that reaches it and has one: the context is not in
	// scope there, but the invocation has one to pass down.
	from := make(map[*funcmodel.Func]*funcmodel.Entry)
	judge := func(f *funcmodel.Func) bool {
		if !sync[f] {
			return false
		}
		switch params := ctxorigin.InvocationParams(pass.TypesInfo, f); {
		case len(params) == 0:
			e := withContext(pass, f)
			from[f] = e
			return e != nil
		case !named(params):
			return false // it declines the context it is given
		}
		return true
	}
	spec := effects.Spec[noDeadline]{
		Cause: func(f *funcmodel.Func, c inspector.Cursor) (noDeadline, bool) {
			call, ok := c.Node().(*ast.CallExpr)
			if !ok {
				return noDeadline{}, false
			}
			switch c.Parent().Node().(type) {
			case *ast.DeferStmt, *ast.GoStmt:
				return noDeadline{}, false // clean-up that runs when the invocation is cancelled, or detached work
			}
			fn := knowledge.Callee(pass.TypesInfo, call)
			if fn == nil {
				return noDeadline{}, false
			}
			if _, ok := knowledge.NoDeadlineOf(fn); ok || knowledge.DeadlineSibling(fn) != nil && !givenContextLater(pass, c, call) {
				return noDeadline{Callee: knowledge.ShortName(fn)}, true
			}
			if s, _ := storedSibling(pass, m, call, fn); s != nil {
				return noDeadline{Callee: knowledge.ShortName(fn)}, true
			}
			if setter := knowledge.ContextSetter(fn); setter != nil && !contextGiven(pass, f, call, setter) {
				return noDeadline{Callee: knowledge.ShortName(fn)}, true
			}
			return noDeadline{}, false
		},
		// What the invocation runs on its own goroutine before it
		// returns.
		Carry: func(e funcmodel.Edge) bool { return e.When == funcmodel.Now },
	}
	for _, s := range effects.Run(pass, m, spec, judge) {
		if s.Func == nil {
			continue // a registration of an entry point declared elsewhere: its own package judges it
		}
		if s.Path == nil {
			check(pass, m, tr, s.Func, from[s.Func], s.Node.(*ast.CallExpr))
			continue
		}
		if s.Callee == nil {
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos: s.Node.Pos(), End: s.Node.End(),
			Message: s.Via() + ", which calls " + s.Cause.Callee + ": that call cannot carry the invocation's deadline: " + platformWhy(m.PlatformOf(s.Func)) + "; pass the invocation's context down and give it to that call",
			Related: s.Declared("calls " + s.Cause.Callee + ", which cannot carry a deadline"),
		})
	}
	return nil
}

// withContext returns an entry point of this package that reaches f
// and has a named parameter that carries the invocation's context, or
// nil.
func withContext(pass *analysis.Pass, f *funcmodel.Func) *funcmodel.Entry {
	for _, e := range f.Entries {
		if e.Func != nil && e.Func != f && named(ctxorigin.InvocationParams(pass.TypesInfo, e.Func)) {
			return e
		}
	}
	return nil
}

// named reports whether one of params has a name the code can use.
func named(params []*types.Var) bool {
	for _, p := range params {
		if p.Name() != "" && p.Name() != "_" {
			return true
		}
	}
	return false
}

// check reports call when it cannot carry the invocation's deadline.
func check(pass *analysis.Pass, m *funcmodel.Model, tr *ctxorigin.Tracer, f *funcmodel.Func, from *funcmodel.Entry, call *ast.CallExpr) {
	fn := knowledge.Callee(pass.TypesInfo, call)
	if fn == nil {
		return
	}
	ctx, known := "", false
	given, noCtx, outOfReach := "the invocation's context", " while the invocation's context is in scope", ", which is in scope"
	if from == nil {
		ctx, known = tr.InvocationExpr(pass.Pkg, f, call.Pos())
		if known {
			given = ctx
		}
	} else {
		noCtx = " in " + f.Name() + ", which " + from.Func.Name() + " reaches without passing it the invocation's context"
		outOfReach = noCtx
		given = "the invocation's context, passed down to " + f.Name()
	}
	name := knowledge.ShortName(fn)
	why := platformWhy(m.PlatformOf(f))
	d := analysis.Diagnostic{Pos: call.Fun.Pos(), End: call.Fun.End()}
	if from != nil && from.Func.Node != nil {
		d.Related = []analysis.RelatedInformation{{Pos: from.Func.Node.Pos(), Message: from.Func.Name() + " has the invocation's context"}}
	}
	if nd, ok := knowledge.NoDeadlineOf(fn); ok {
		d.Message = name + " takes no context" + noCtx + ": " + why + "; use " + nd.Instead + " with " + given
		if nd.Dialer && known && len(call.Args) == 2 && !call.Ellipsis.IsValid() {
			if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
				if pkg, ok := sel.X.(*ast.Ident); ok {
					if _, isPkg := pass.TypesInfo.Uses[pkg].(*types.PkgName); isPkg {
						d.SuggestedFixes = []analysis.SuggestedFix{{
							Message: "Call (&net.Dialer{}).DialContext with " + ctx,
							TextEdits: []analysis.TextEdit{
								{Pos: call.Fun.Pos(), End: call.Fun.End(), NewText: []byte("(&" + pkg.Name + ".Dialer{}).DialContext")},
								{Pos: call.Lparen + 1, End: call.Lparen + 1, NewText: []byte(ctx + ", ")},
							},
						}}
					}
				}
			}
		}
		pass.Report(d)
		return
	}
	if knowledge.ContextSetter(fn) != nil {
		do := fn.Name()
		d.Message = name + " cannot carry the invocation's deadline" + outOfReach + ": " + why + "; give the call " + given + " with its Context method before " + do
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && known {
			d.SuggestedFixes = []analysis.SuggestedFix{{
				Message:   "Call Context(" + ctx + ") before " + do,
				TextEdits: []analysis.TextEdit{{Pos: sel.Sel.Pos(), End: sel.Sel.Pos(), NewText: []byte("Context(" + ctx + ").")}},
			}}
		}
		pass.Report(d)
		return
	}
	sibling := knowledge.DeadlineSibling(fn)
	if sibling == nil {
		s, iface := storedSibling(pass, m, call, fn)
		if s == nil {
			return
		}
		// The fix goes in the interface too: it must declare the
		// sibling for the call to reach it.
		d.Message = types.ExprString(call.Fun) + " cannot carry the invocation's deadline" + outOfReach + ": " + why + "; every value the package stores where it is called is an AWS SDK client whose " + s.Name() + " takes a context: declare " + s.Name() + " in " + iface.Obj().Name() + " and call it with " + given
		pass.Report(d)
		return
	}
	d.Message = name + " cannot carry the invocation's deadline" + outOfReach + ": " + why + "; call " + sibling.Name() + " with " + given
	if known {
		if fix, ok := renameFix(pass, call, sibling, ctx); ok {
			d.SuggestedFixes = []analysis.SuggestedFix{fix}
		}
	}
	pass.Report(d)
}

// renameFix returns the fix that calls sibling instead of call's
// function, with ctx as its first argument, when call names its
// function by a selector (pkg.F, x.M) and the same selector with the
// sibling's name selects the sibling.
func renameFix(pass *analysis.Pass, call *ast.CallExpr, sibling *types.Func, ctx string) (analysis.SuggestedFix, bool) {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return analysis.SuggestedFix{}, false
	}
	if s, ok := pass.TypesInfo.Selections[sel]; ok {
		if s.Kind() != types.MethodVal {
			return analysis.SuggestedFix{}, false // a method expression: (*T).M(x, ...)
		}
		obj, _, _ := types.LookupFieldOrMethod(s.Recv(), true, sibling.Pkg(), sibling.Name())
		if f, ok := obj.(*types.Func); !ok || f.Origin() != sibling.Origin() {
			return analysis.SuggestedFix{}, false
		}
	} else if id, ok := sel.X.(*ast.Ident); !ok {
		return analysis.SuggestedFix{}, false
	} else if _, isPkg := pass.TypesInfo.Uses[id].(*types.PkgName); !isPkg {
		return analysis.SuggestedFix{}, false
	}
	arg := ctx
	if len(call.Args) > 0 {
		arg += ", "
	}
	return analysis.SuggestedFix{
		Message: "Call " + sibling.Name() + " with " + ctx,
		TextEdits: []analysis.TextEdit{
			{Pos: sel.Sel.Pos(), End: sel.Sel.End(), NewText: []byte(sibling.Name())},
			{Pos: call.Lparen + 1, End: call.Lparen + 1, NewText: []byte(arg)},
		},
	}, true
}

// platformWhy says why a call without the invocation's deadline hurts
// on the platforms p.
func platformWhy(p funcmodel.Platform) string {
	const (
		cloudRun = "functions-framework-go puts the function's timeout on the request's context, so this call goes on past the timeout and after the client has gone, holding the instance's resources"
		lambda   = "the invocation's deadline is on its context, so this call cannot stop when the function's time is up: the invocation times out instead of handling the error, and on Lambda Managed Instances, where the timeout is not enforced, the call goes on"
	)
	switch {
	case p&funcmodel.CloudRun != 0 && p&funcmodel.Lambda != 0:
		return cloudRun + "; on AWS Lambda, " + lambda
	case p&funcmodel.Lambda != 0:
		return lambda
	}
	return cloudRun
}

// givenContextLater reports whether the *http.Request that call returns
// is assigned to a variable whose WithContext or Clone method the
// enclosing function calls: the request is given a context after all
// (req, _ := http.NewRequest(...); req = req.WithContext(ctx)).
func givenContextLater(pass *analysis.Pass, c inspector.Cursor, call *ast.CallExpr) bool {
	if !ctxorigin.IsRequest(pass.TypesInfo.TypeOf(call)) && !firstIsRequest(pass.TypesInfo.TypeOf(call)) {
		return false
	}
	a, ok := c.Parent().Node().(*ast.AssignStmt)
	if !ok || len(a.Rhs) != 1 || len(a.Lhs) == 0 {
		return false
	}
	id, ok := a.Lhs[0].(*ast.Ident)
	if !ok {
		return false
	}
	v := pass.TypesInfo.ObjectOf(id)
	var body ast.Node
	for cur := range c.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		body = cur.Node()
	}
	found := false
	if v != nil && body != nil {
		ast.Inspect(body, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && (sel.Sel.Name == "WithContext" || sel.Sel.Name == "Clone") {
				if x, ok := ast.Unparen(sel.X).(*ast.Ident); ok && pass.TypesInfo.Uses[x] == v {
					found = true
				}
			}
			return !found
		})
	}
	return found
}

// firstIsRequest reports whether t is a tuple whose first element is
// an *http.Request.
func firstIsRequest(t types.Type) bool {
	tu, ok := t.(*types.Tuple)
	return ok && tu.Len() > 0 && ctxorigin.IsRequest(tu.At(0).Type())
}

// contextGiven reports whether the call builder whose Do method call
// calls may have been given a context: its Context method is called in
// the chain that builds it (svc.Files.Get(id).Context(ctx).Do()), or it
// is a variable of the enclosing function whose Context method the
// function calls, or it comes from where the function cannot see (a
// parameter, a field, a function of the user's that returns it).
func contextGiven(pass *analysis.Pass, f *funcmodel.Func, call *ast.CallExpr, setter *types.Func) bool {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return true
	}
	builder, pkg := setter.Signature().Recv().Type(), setter.Pkg()
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		given, known := builtWith(pass.TypesInfo, sel.X, builder, pkg)
		return given || !known
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	body := f.Body()
	if !ok || body == nil || v.Pos() < body.Pos() || v.Pos() >= body.End() {
		return true // a parameter, a package-level variable or a captured one
	}
	// Given if the function calls its Context method anywhere, or if a
	// value assigned to it comes from where the function cannot see.
	given := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if x, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Sel.Name == "Context" && pass.TypesInfo.Uses[x] == v {
				given = true
			}
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				for _, l := range n.Lhs {
					if x, ok := l.(*ast.Ident); ok && pass.TypesInfo.ObjectOf(x) == v {
						given = true // from a call of several results
					}
				}
				break
			}
			for i, l := range n.Lhs {
				if x, ok := l.(*ast.Ident); ok && pass.TypesInfo.ObjectOf(x) == v {
					if g, known := builtWith(pass.TypesInfo, n.Rhs[i], builder, pkg); g || !known {
						given = true
					}
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if pass.TypesInfo.Defs[name] == v && i < len(n.Values) && len(n.Values) == len(n.Names) {
					if g, known := builtWith(pass.TypesInfo, n.Values[i], builder, pkg); g || !known {
						given = true
					}
				}
			}
		case *ast.UnaryExpr:
			if x, ok := ast.Unparen(n.X).(*ast.Ident); ok && n.Op == token.AND && pass.TypesInfo.Uses[x] == v {
				given = true // its address taken: assigned where the function cannot see
			}
		}
		return !given
	})
	return given
}

// builtWith reports, for x an expression of the call builder's type
// (a pointer to a type of the package pkg), whether the chain of calls
// that builds it calls its Context method (given), and whether that
// chain is known: it starts at a method of pkg (the generated service's
// svc.Files.Get(id)) and goes through the builder's own methods (Fields,
// IfNoneMatch). A builder that a function of the user's returns is not
// known: that function may have given it a context.
func builtWith(info *types.Info, x ast.Expr, builder types.Type, pkg *types.Package) (given, known bool) {
	for {
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return false, false
		}
		s, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
		if !ok {
			return false, false
		}
		m, ok := info.Uses[s.Sel].(*types.Func)
		if !ok || m.Signature().Recv() == nil {
			return false, false
		}
		if !types.Identical(m.Signature().Recv().Type(), builder) {
			return false, m.Pkg() == pkg // the service's method that makes the builder
		}
		if m.Name() == "Context" {
			return true, true
		}
		x = s.X // an option of the builder (Fields, IfNoneMatch)
	}
}
