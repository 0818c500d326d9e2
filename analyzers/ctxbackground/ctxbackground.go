package ctxbackground

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

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

// Analyzer reports calls in function code given context.Background().
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "ctxbackground",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.Fact[background]), new(effects.Fact[noContext]), new(effects.Fact[fieldContext]), new(effects.ParamFact[passed]), new(effects.HeldFact[ctxorigin.Held])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// passed is the sink of the context parameters of a function: a call
// given the context, as an argument or the receiver of a method. A
// parameter that reaches none is kept (in a struct field) or dropped,
// so the context given there bounds no work of the function's own; the
// facts (effects.ParamFact[passed], a Dropped spec) list those.
type passed struct{ Callee string }

func (passed) Label() string    { return "ignores context parameters" }
func (p passed) String() string { return p.Callee }

// background is the effect of giving a call a context without the
// invocation's deadline while one is in scope.
type background struct {
	Root   string         // the context given, "context.Background()"
	Callee string         // the call given it
	At     token.Position // where the context is given
	Trace  bool           // the call sends AWS the context's Lambda trace id (see traceLost)
}

func (background) Label() string    { return "drops the deadline via" }
func (b background) String() string { return b.Root + " to " + b.Callee }

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	tr := ctxorigin.NewTracer(pass.TypesInfo, m)
	tr.FollowHeld(pass)
	ignored := ignoredParams(pass, m)
	causes := make(map[ast.Node]cause)
	spec := effects.Spec[background]{
		Cause: func(f *funcmodel.Func, c inspector.Cursor) (background, bool) {
			cs, ok := find(pass, m, tr, ignored, f, c)
			if !ok {
				return background{}, false
			}
			causes[c.Node()] = cs
			return background{Root: cs.root, Callee: cs.callee, At: pass.Fset.Position(cs.arg.Pos()), Trace: cs.trace}, true
		},
		// What the invocation runs on its own goroutine before it
		// returns: not deferred clean-up, goroutines, callbacks or
		// once-only initializers.
		Carry: func(e funcmodel.Edge) bool { return e.When == funcmodel.Now },
	}
	sync := m.BeforeReturn()
	judge := func(f *funcmodel.Func) bool { return sync[f] }
	helperSites(pass, m, tr, ignored, sync)
	for _, s := range effects.Run(pass, m, spec, judge) {
		if s.Path != nil {
			root, callee := s.Cause.Root, s.Cause.Callee
			pass.Report(withSource(pass, s.Cause, analysis.Diagnostic{
				Pos: s.Node.Pos(), End: s.Node.End(),
				Message: fmt.Sprintf("%s, which passes %s to %s: that call loses the invocation's deadline and can run past the function's timeout%s; pass the invocation's context down instead", s.Via(), root, callee, traceLost(s.Platform(m), s.Cause.Trace)),
			}))
			continue
		}
		cs := causes[s.Node]
		report(pass, m, tr, s.Func, cs)
	}
	return nil
}

// A cause is a call given a context without the invocation's deadline.
type cause struct {
	call   *ast.CallExpr
	arg    ast.Expr // the context argument
	origin ctxorigin.Origin
	callee string     // the function called, for messages
	root   string     // "context.Background()"
	held   *types.Var // for a field's context: the field or variable
	trace  bool       // the call sends AWS the context's Lambda trace id
}

// find returns the cause at c in f: a call, not deferred nor started on
// a goroutine, whose context argument comes from context.Background()
// or context.TODO(), in a body with an invocation's context in scope (a
// ctx or *http.Request parameter of it or of a function enclosing it).
// Calls of the context package, of client constructors, of functions
// that create clients, of log/slog, and calls whose result is stored in
// a package-level variable are not causes: what lives for the instance
// should not hold an invocation's context.
func find(pass *analysis.Pass, m *funcmodel.Model, tr *ctxorigin.Tracer, ignored *effects.ParamFlow[passed], f *funcmodel.Func, c inspector.Cursor) (cause, bool) {
	return findIn(pass, m, tr, ignored, f, c, true, false)
}

// findIn is find in bodies that have an invocation's context in scope
// (inScope), or in bodies that have none; with field, it finds instead
// the context loaded from a field or variable that the parameters of
// exported constructors give (see ctorField).
func findIn(pass *analysis.Pass, m *funcmodel.Model, tr *ctxorigin.Tracer, ignored *effects.ParamFlow[passed], f *funcmodel.Func, c inspector.Cursor, inScope, field bool) (cause, bool) {
	call, ok := c.Node().(*ast.CallExpr)
	if !ok {
		return cause{}, false
	}
	switch p := c.Parent().Node().(type) {
	case *ast.DeferStmt, *ast.GoStmt:
		return cause{}, false // clean-up that must run even when the invocation is cancelled, or detached work
	case *ast.AssignStmt:
		if funcmodel.StoredInGlobal(pass.TypesInfo, f, call, p) {
			return cause{}, false
		}
	}
	sig, ok := typeOf(pass, call.Fun).(*types.Signature)
	if !ok {
		return cause{}, false // a conversion or a builtin
	}
	fn := knowledge.Callee(pass.TypesInfo, call)
	if fn != nil && exempt(pass.TypesInfo, m, fn) {
		return cause{}, false
	}
	if (len(ctxorigin.InvocationParams(pass.TypesInfo, f)) > 0) != inScope {
		return cause{}, false
	}
	// A method expression ((*S).Set(s, ctx)) is given the receiver
	// first: its argument i is parameter i-1 of the method.
	recv := 0
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
		if s, ok := pass.TypesInfo.Selections[sel]; ok && s.Kind() == types.MethodExpr {
			recv = 1
		}
	}
	for i, arg := range call.Args {
		if i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
			break
		}
		if !ctxorigin.IsContext(sig.Params().At(i).Type()) || fn != nil && ignored.Drops(fn, i-recv) {
			continue
		}
		o := tr.Of(f, arg)
		var held *types.Var
		if field {
			if held = ctorField(pass, tr, arg); held == nil {
				continue
			}
		} else if o.Kind != ctxorigin.Root {
			continue
		}
		name := "the function value"
		if fn != nil {
			name = knowledge.ShortName(fn)
		}
		trace := fn != nil && knowledge.SendsTraceFromContext(fn)
		return cause{call: call, arg: arg, origin: o, callee: name, root: o.RootName(pass.TypesInfo), held: held, trace: trace}, true
	}
	return cause{}, false
}

// ignoredParams follows the context parameters of the package's
// functions to the calls they are given to (as an argument or the
// receiver of a method called, anywhere in their bodies; not a call
// that only reads the context's values, ctx.Value(k) or
// trace.SpanFromContext(ctx)), and exports
// as facts those of the exported functions that reach none.
func ignoredParams(pass *analysis.Pass, m *funcmodel.Model) *effects.ParamFlow[passed] {
	return effects.FollowParams(pass, m, effects.ParamSpec[passed]{
		Follow: func(p *types.Var) bool { return ctxorigin.IsContext(p.Type()) },
		Sink: func(f *funcmodel.Func, c inspector.Cursor) ([]ast.Expr, passed, bool) {
			call, ok := c.Node().(*ast.CallExpr)
			if !ok || readsValues(pass.TypesInfo, call) {
				return nil, passed{}, false
			}
			var names []ast.Expr
			for _, e := range append([]ast.Expr{call.Fun}, call.Args...) {
				ast.Inspect(e, func(n ast.Node) bool {
					if inner, ok := n.(*ast.CallExpr); ok && readsValues(pass.TypesInfo, inner) {
						return false // fmt.Sprint(ctx.Value(k)) is given a value, not the context
					}
					if id, ok := n.(*ast.Ident); ok {
						names = append(names, id)
					}
					return true
				})
			}
			return names, passed{Callee: types.ExprString(call.Fun)}, true
		},
		Param: func(f *funcmodel.Func, e ast.Expr) *types.Var {
			if id, ok := e.(*ast.Ident); ok {
				v, _ := pass.TypesInfo.Uses[id].(*types.Var)
				return v
			}
			return nil
		},
		Carry:   funcmodel.Edge.Runs,
		Dropped: true,
	})
}

// readsValues reports whether call only reads values of the context it
// is given (ctx.Value(k), trace.SpanFromContext(ctx)): the context
// bounds no work there.
func readsValues(info *types.Info, call *ast.CallExpr) bool {
	return knowledge.ReadsContextValues(knowledge.Callee(info, call))
}

// traceLost returns what a call that sends AWS the Lambda trace id of
// its context (an AWS SDK for Go v2 operation, see
// knowledge.SendsTraceFromContext) also loses, in code that Lambda
// entry points reach, when given a context without the invocation's:
// Lambda's detection of recursive loops relies on that trace id, which
// the environment holds too, but only while one invocation runs at a
// time (not on Lambda Managed Instances); or "".
func traceLost(p funcmodel.Platform, trace bool) string {
	if !trace || p != funcmodel.Lambda {
		return ""
	}
	return ", and where several invocations run at once it sends no trace id to Lambda's detection of recursive loops (the SDK's recursion-detection middleware reads it from the context; the environment holds it only while one invocation runs at a time)"
}

// withSource adds to d, as related information, where the context
// without the deadline is given in the function called, when its file
// is part of the run.
func withSource(pass *analysis.Pass, b background, d analysis.Diagnostic) analysis.Diagnostic {
	if at := effects.Pos(pass, b.At); at.IsValid() {
		d.Related = []analysis.RelatedInformation{{Pos: at, Message: b.Root + " is given to " + b.Callee + " here"}}
	}
	return d
}

func typeOf(pass *analysis.Pass, e ast.Expr) types.Type {
	t := pass.TypesInfo.TypeOf(e)
	if t == nil {
		return nil
	}
	if tv, ok := pass.TypesInfo.Types[e]; ok && tv.IsType() {
		return nil
	}
	return t.Underlying()
}

// exempt reports whether a call of fn is not judged: a function of the
// context package (which derives contexts), a client constructor (of
// the tables, or a function returning what holds connections), a
// function of this package that calls one (a constructor of its own)
// unless it keeps nothing it makes (see keepsNothing), a structured
// logger, or a function that only reads a context's values
// (trace.SpanFromContext, lambdacontext.FromContext): these read a
// context's values, not its deadline.
func exempt(info *types.Info, m *funcmodel.Model, fn *types.Func) bool {
	if fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "context", "log/slog":
		return true
	}
	if knowledge.IsClientConstructor(fn) || knowledge.IsClientPassThrough(fn) || knowledge.ReadsContextValues(fn) {
		return true
	}
	// A constructor no table lists: a function (not a method) whose
	// result holds connections (idtoken.NewClient's *http.Client,
	// gmail.NewService's *gmail.Service).
	if sig := fn.Signature(); sig.Recv() == nil && sig.Results().Len() > 0 && knowledge.HoldsConnections(sig.Results().At(0).Type()) {
		return true
	}
	if body := m.Of(fn); body != nil {
		for _, e := range body.Edges {
			if e.Callee != nil && e.When == funcmodel.Now && knowledge.IsClientConstructor(e.Callee) {
				return !keepsNothing(info, body)
			}
		}
	}
	return false
}

// keepsNothing reports whether f, a function of the package, can keep
// nothing it makes beyond its call: it has no receiver, returns only
// errors, and its body (literals included) assigns only its own local
// variables, sends on no channel and starts no goroutine. A client it
// makes is then used and dropped within the call (storage.NewClient,
// then a write, then Close), and the context it is given bounds the work
// it does for the invocation, as a helper that makes no client. A write
// of a string, number or boolean anywhere keeps nothing either. Each
// client it makes must stay in a local used only as the receiver of its
// own methods and fields.
func keepsNothing(info *types.Info, f *funcmodel.Func) bool {
	decl, ok := f.Node.(*ast.FuncDecl)
	if !ok || f.Obj == nil || decl.Body == nil {
		return false
	}
	sig := f.Obj.Signature()
	if sig.Recv() != nil {
		return false
	}
	errType := types.Universe.Lookup("error").Type()
	for i := range sig.Results().Len() {
		if !types.Identical(sig.Results().At(i).Type(), errType) {
			return false
		}
	}
	local := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return false // a field, an element, a dereference: memory others may reach
		}
		if id.Name == "_" {
			return true
		}
		v, ok := info.ObjectOf(id).(*types.Var)
		return ok && !funcmodel.IsGlobal(v) && v.Pos() >= decl.Pos() && v.Pos() < decl.End()
	}
	// A string, number or boolean cannot hold a client or a context,
	// wherever it is written (w.ContentEncoding = "gzip" on the writer
	// of the client it makes).
	basic := func(t types.Type) bool {
		if t == nil {
			return false
		}
		_, ok := t.Underlying().(*types.Basic)
		return ok
	}
	keeps := false
	parent := map[ast.Node]ast.Node{}
	var stack []ast.Node
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		if n == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		if len(stack) > 0 {
			parent[n] = stack[len(stack)-1]
		}
		stack = append(stack, n)
		switch n := n.(type) {
		case *ast.AssignStmt:
			for _, l := range n.Lhs {
				if !local(l) && !basic(info.TypeOf(l)) {
					keeps = true
				}
			}
		case *ast.SendStmt, *ast.GoStmt:
			keeps = true
		}
		return true
	})
	if keeps {
		return false
	}
	// Each client it makes goes into a local that is used only as the
	// receiver of its own methods and fields (c.Bucket(b), defer
	// c.Close()): handed to a call (register(c)) or copied, it may be
	// kept where the function cannot see.
	for _, e := range f.Edges {
		if e.Callee == nil || e.Call == nil || !knowledge.IsClientConstructor(e.Callee) {
			continue
		}
		as, ok := parent[e.Call].(*ast.AssignStmt)
		if !ok || len(as.Rhs) != 1 || as.Rhs[0] != e.Call {
			return false
		}
		id, ok := as.Lhs[0].(*ast.Ident)
		if !ok {
			return false
		}
		if id.Name == "_" {
			continue
		}
		client, ok := info.ObjectOf(id).(*types.Var)
		if !ok {
			return false
		}
		for use, obj := range info.Uses {
			if obj != client || use.Pos() < decl.Body.Pos() || use.Pos() >= decl.Body.End() {
				continue
			}
			if p, ok := parent[use].(*ast.AssignStmt); ok && p == as {
				continue // the constructor's own assignment (c, err = ...)
			}
			if sel, ok := parent[use].(*ast.SelectorExpr); !ok || sel.X != use {
				return false
			}
		}
	}
	return true
}

// report reports a cause in f, with the fix that passes the invocation's
// context when one name for it is in scope.
func report(pass *analysis.Pass, m *funcmodel.Model, tr *ctxorigin.Tracer, f *funcmodel.Func, cs cause) {
	what := cs.root
	rootWithin := cs.origin.Root != nil && within(cs.origin.Root, cs.arg)
	switch {
	case cs.origin.Held != nil:
		kind := "the package-level variable "
		if cs.origin.Held.IsField() {
			kind = "the field "
		}
		what = "the context in " + kind + cs.origin.Held.Name() + ", which holds " + cs.root
		if cs.origin.Derived {
			what = "the context in " + kind + cs.origin.Held.Name() + ", derived from " + cs.root
		}
	case cs.origin.Derived:
		what = "a context derived from " + cs.root
	case !rootWithin:
		what = "a context that holds " + cs.root
	}
	replacement, ok := tr.InvocationExpr(pass.Pkg, f, cs.arg.Pos())
	remedy := "pass the invocation's context"
	if ok {
		remedy = "pass " + replacement
	}
	d := analysis.Diagnostic{
		Pos: cs.arg.Pos(), End: cs.arg.End(),
		Message: cs.callee + " is given " + what + " while the invocation's context is in scope: the call loses the invocation's deadline and can run past the function's timeout" + traceLost(m.PlatformOf(f), cs.trace) + "; " + remedy,
	}
	if root := cs.origin.Root; root != nil && !within(root, cs.arg) && code.File(pass, root.Pos()) != nil {
		d.Related = []analysis.RelatedInformation{{Pos: root.Pos(), End: root.End(), Message: cs.root + " is made here"}}
	}
	if ok && rootWithin {
		root := cs.origin.Root
		edits := []analysis.TextEdit{{Pos: root.Pos(), End: root.End(), NewText: []byte(replacement)}}
		if file := code.File(pass, root.Pos()); file != nil {
			edits = append(edits, fixes.DeleteImportIfUnused(pass, file, root.Fun, root.Pos(), root.End())...)
		}
		d.SuggestedFixes = []analysis.SuggestedFix{{Message: "Replace " + cs.root + " with " + replacement, TextEdits: edits}}
	}
	pass.Report(d)
}

func within(n ast.Node, outer ast.Node) bool {
	return n != nil && outer.Pos() <= n.Pos() && n.End() <= outer.End()
}
