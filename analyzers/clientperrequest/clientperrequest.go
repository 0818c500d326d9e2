package clientperrequest

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

//go:embed doc.go
var doc string

// Analyzer reports clients created on every invocation.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "clientperrequest",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.Fact[client])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// client is the effect of creating a client; its cause is the
// constructor called, or an http.Transport literal.
type client struct {
	Func      string // "storage.NewClient"; "http.Transport" for a literal
	Transport bool   // a new http.Transport
}

func (client) Label() string    { return "creates a client via" }
func (c client) String() string { return c.Func }

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local && !m.Summarized {
		return nil
	}
	spec := effects.Spec[client]{
		Cause: func(f *funcmodel.Func, c inspector.Cursor) (client, bool) {
			if cl, ok := creates(pass, f, c); ok || !m.Summarized {
				return cl, ok
			}
			return connects(pass, f, c)
		},
		// A client created by whatever the invocation runs, but not by a
		// once-only initializer.
		Carry: func(e funcmodel.Edge) bool { return e.Runs() && e.When != funcmodel.Once },
		// Nor one that a call creates and the caller keeps in a
		// package-level variable.
		// Nor one a call is given (see knowledge.GivesClient).
		// Nor one made only until a flag the function sets says it is
		// done (see onceFlagged).
		Guarded: func(f *funcmodel.Func, n ast.Node) bool {
			if onceFlagged(pass.TypesInfo, f, n) {
				return true
			}
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return false
			}
			if givenClient(pass, call) {
				return true
			}
			c, ok := f.CursorOf(call)
			return ok && stored(pass, f, c)
		},
		// A dependency's function is a client constructor when it
		// creates connections and hands them to its caller.
		Summarize: func(f *funcmodel.Func) bool { return returnsConnections(f.Obj) },
	}
	judge := func(f *funcmodel.Func) bool { return f.PerInvocation() }
	for _, s := range effects.Run[client](pass, m, spec, judge) {
		const remedy = "create it once in a package-level variable (with sync.OnceValues) and reuse it across invocations"
		d := analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Related: related(pass, m, s)}
		switch {
		case s.Path != nil && s.Cause.Transport:
			d.Message = fmt.Sprintf("%s, which creates an http.Transport, opening new connections on every invocation; %s", s.Via(), remedy)
		case s.Path != nil:
			d.Message = fmt.Sprintf("%s, which calls %s, creating a client on every invocation; %s", s.Via(), s.Cause, remedy)
		case s.Cause.Transport:
			d.Message = "a new http.Transport on every invocation opens new connections each time; reuse one Transport (or http.DefaultTransport) across invocations"
		default:
			fn := knowledge.Callee(pass.TypesInfo, s.Node.(*ast.CallExpr))
			d.Message = s.Name + " " + knowledge.ClientAction(fn) + " on every invocation; " + remedy
		}
		pass.Report(d)
	}
	return nil
}

// related returns the other ends of a finding, whose position is the
// call in the user's code that creates the client (where the fix goes):
// for a call of a function of another package, that function's
// declaration, which creates it; and the entry point that runs the
// call on every invocation.
func related(pass *analysis.Pass, m *funcmodel.Model, s effects.Site[client]) []analysis.RelatedInformation {
	var rel []analysis.RelatedInformation
	if call, ok := s.Node.(*ast.CallExpr); ok && s.Path != nil && s.Entry == nil {
		if obj := calleeObject(pass.TypesInfo, call); obj != nil && code.DeclLine(pass.Fset, obj).IsValid() {
			// "h calls g, which calls storage.NewClient, creating the
			// client"; "h calls g, which creates an http.Transport".
			msg := s.Path[0] + " " + effects.Explain(append(slices.Clip(s.Path[1:]), s.Cause.Func)) + ", creating the client"
			if s.Cause.Transport {
				msg = s.Path[0] + " creates an http.Transport"
				if len(s.Path) > 1 {
					msg = s.Path[0] + " " + effects.Explain(s.Path[1:]) + ", which creates an http.Transport"
				}
			}
			rel = append(rel, analysis.RelatedInformation{Pos: code.DeclLine(pass.Fset, obj), Message: msg})
		}
	}
	if s.Func != nil && len(s.Func.Entries) > 0 && s.Func.Entries[0].Caller != "" {
		rel = append(rel, m.ReachedRelated(s.Func)...)
	} else if s.Func != nil && len(s.Func.Entries) > 0 {
		if e := s.Func.Entries[0]; e.Pos.IsValid() {
			msg := "the entry point registered here runs it on every invocation" // a function literal
			if e.Name != "" {
				msg = fmt.Sprintf("entry point %q runs it on every invocation", e.Name)
			}
			rel = append(rel, analysis.RelatedInformation{Pos: e.Pos, Message: msg})
		}
	}
	return rel
}

// calleeObject returns the function, or the function variable, that
// call calls by name.
func calleeObject(info *types.Info, call *ast.CallExpr) types.Object {
	if fn := knowledge.Callee(info, call); fn != nil {
		return fn
	}
	switch fun := ast.Unparen(call.Fun).(type) {
	case *ast.Ident:
		return info.Uses[fun]
	case *ast.SelectorExpr:
		return info.Uses[fun.Sel]
	}
	return nil
}

// creates returns the name of the client that the node at c, in f,
// creates, or "": a call of a client constructor whose result is not
// stored into a package-level variable (as it is, or through a call that
// returns it, such as session.Must), or an http.Transport literal.
func creates(pass *analysis.Pass, f *funcmodel.Func, c inspector.Cursor) (client, bool) {
	switch n := c.Node().(type) {
	case *ast.CallExpr:
		fn := knowledge.Callee(pass.TypesInfo, n)
		if fn == nil || !knowledge.IsClientConstructor(fn) || stored(pass, f, c) {
			return client{}, false
		}
		return client{Func: knowledge.ShortName(fn)}, true
	case *ast.CompositeLit:
		if t := pass.TypesInfo.TypeOf(n); t != nil && knowledge.IsNamed(t, "net/http", "Transport") && !replacedTransport(pass.TypesInfo, c) {
			return client{Func: "http.Transport", Transport: true}, true
		}
	}
	return client{}, false
}

// connects returns, for the node at c in a dependency's code, the name
// of what it does when it opens connections or does blocking I/O
// (beyond what creates finds): a call that opens a connection
// (knowledge.OpensConnection), of a dialer chosen at run time (a
// function value of a dialer's type, knowledge.IsDialer), or that reads
// files or the network (knowledge.IsHeavy), or a method that can fail
// called on a parameter that holds connections (sftp.NewClient's
// conn.NewSession() on the *ssh.Client it is given: a channel opened
// over it, a round trip at construction). Each makes a dependency's
// function a client constructor if the function also returns what it
// opened (see returnsConnections).
func connects(pass *analysis.Pass, f *funcmodel.Func, c inspector.Cursor) (client, bool) {
	call, ok := c.Node().(*ast.CallExpr)
	if !ok {
		return client{}, false
	}
	fn := knowledge.Callee(pass.TypesInfo, call)
	if fn == nil {
		if t, ok := pass.TypesInfo.TypeOf(call.Fun).(*types.Signature); ok && knowledge.IsDialer(t) {
			return client{Func: types.ExprString(call.Fun)}, true
		}
		return client{}, false
	}
	if knowledge.OpensConnection(fn) || knowledge.IsHeavy(fn) || usesGivenConnection(pass, f, call, fn) {
		return client{Func: knowledge.ShortName(fn)}, true
	}
	return client{}, false
}

// usesGivenConnection reports whether call, in f, calls fn, a method
// that returns an error, on a parameter of f whose type holds
// connections (knowledge.HoldsConnections).
func usesGivenConnection(pass *analysis.Pass, f *funcmodel.Func, call *ast.CallExpr, fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Results().Len() == 0 || !knowledge.IsError(sig.Results().At(sig.Results().Len()-1).Type()) {
		return false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return false
	}
	id, ok := ast.Unparen(sel.X).(*ast.Ident)
	if !ok {
		return false
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	fsig := f.Signature(pass.TypesInfo)
	if !ok || fsig == nil || !knowledge.HoldsConnections(v.Type()) {
		return false
	}
	for p := range fsig.Params().Variables() {
		if p == v {
			return true
		}
	}
	return false
}

// returnsConnections reports whether fn, a dependency's function,
// returns a value that holds connections (knowledge.HoldsConnections)
// and is not a method of a value that holds some already: what a
// client's method opens is what its protocol needs per operation (an
// FTP data connection of (*ftp.ServerConn).Retr, an SSH session), not
// a client of its own.
func returnsConnections(fn *types.Func) bool {
	if fn == nil {
		return false
	}
	if recv := fn.Signature().Recv(); recv != nil && knowledge.HoldsConnections(recv.Type()) {
		return false
	}
	for v := range fn.Signature().Results().Variables() {
		if knowledge.HoldsConnections(v.Type()) {
			return true
		}
	}
	return false
}

// givenClient reports whether call passes an option that gives the
// callee the client or connection to use (knowledge.GivesClient).
func givenClient(pass *analysis.Pass, call *ast.CallExpr) bool {
	for _, arg := range call.Args {
		if opt, ok := ast.Unparen(arg).(*ast.CallExpr); ok && knowledge.GivesClient(knowledge.Callee(pass.TypesInfo, opt)) {
			return true
		}
	}
	return false
}

// stored reports whether the call at c, in f, gives a value that f
// keeps in a package-level variable, as it is or through a call that
// returns it (session.Must): see funcmodel.StoredInGlobal.
func stored(pass *analysis.Pass, f *funcmodel.Func, c inspector.Cursor) bool {
	use := funcmodel.ClientUse(pass.TypesInfo, c)
	return funcmodel.StoredInGlobal(pass.TypesInfo, f, use.Node().(*ast.CallExpr), use.Parent().Node())
}
