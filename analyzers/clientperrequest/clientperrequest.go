package clientperrequest

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/internal/effects"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/suppress"
)

//go:embed doc.go
var doc string

// Analyzer reports clients created on every invocation.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return suppress.Check("clientperrequest", doc, []*analysis.Analyzer{model},
		func(pass *analysis.Pass) error { return run(pass, model) }, new(effects.Fact[client]))
}

// client is the effect of creating a client.
type client struct{}

func (client) Label() string { return "creates a client via" }

const transport = "http.Transport"

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local {
		return nil
	}
	spec := effects.Spec{
		Cause: func(f *funcmodel.Func, c inspector.Cursor) string {
			return creates(pass, f, c)
		},
		// A client created by whatever the invocation runs, but not by a
		// once-only initializer.
		Carry: func(e funcmodel.Edge) bool { return e.Runs() && e.When != funcmodel.Once },
	}
	judge := func(f *funcmodel.Func) bool { return f.PerInvocation() }
	for _, s := range effects.Run[client](pass, m, spec, judge) {
		const remedy = "create it once in a package-level variable (with sync.OnceValues) and reuse it across invocations"
		switch {
		case s.Path != nil:
			pass.Reportf(s.Node.Pos(), "%s, which calls %s, creating a client on every invocation; %s", s.Via(), s.Cause, remedy)
		case s.Name == transport:
			pass.Report(analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(),
				Message: "a new http.Transport on every invocation opens new connections each time; reuse one Transport (or http.DefaultTransport) across invocations"})
		default:
			fn := knowledge.Callee(pass.TypesInfo, s.Node.(*ast.CallExpr))
			pass.Report(analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(),
				Message: s.Name + " " + knowledge.ClientAction(fn) + " on every invocation; " + remedy})
		}
	}
	return nil
}

// creates returns the name of the client that the node at c, in f,
// creates, or "": a call of a client constructor whose result is not
// stored into a package-level variable (as it is, or through a call that
// returns it, such as session.Must), or an http.Transport literal.
func creates(pass *analysis.Pass, f *funcmodel.Func, c inspector.Cursor) string {
	switch n := c.Node().(type) {
	case *ast.CallExpr:
		fn := knowledge.Callee(pass.TypesInfo, n)
		if fn == nil || !knowledge.IsClientConstructor(fn) {
			return ""
		}
		use := c
		for {
			wrap, ok := use.Parent().Node().(*ast.CallExpr)
			if !ok || len(wrap.Args) == 0 || wrap.Args[0] != use.Node() {
				break
			}
			if w := knowledge.Callee(pass.TypesInfo, wrap); w == nil || !knowledge.IsClientPassThrough(w) {
				break
			}
			use = use.Parent()
		}
		if storedInGlobal(pass, f, use.Node().(*ast.CallExpr), use.Parent().Node()) {
			return ""
		}
		return knowledge.ShortName(fn)
	case *ast.CompositeLit:
		if t := pass.TypesInfo.TypeOf(n); t != nil && knowledge.IsNamed(t, "net/http", "Transport") {
			return transport
		}
	}
	return ""
}

// storedInGlobal reports whether call, in f, is the value of an
// assignment to a package-level variable or a field of one (client, err
// = ...), or of a local variable that f stores, as it is, into one
// (c, err := ...; if err != nil { return }; client = c): the lazily
// filled cache written in two steps so that a failure is not cached.
func storedInGlobal(pass *analysis.Pass, f *funcmodel.Func, call *ast.CallExpr, parent ast.Node) bool {
	as, ok := parent.(*ast.AssignStmt)
	if !ok || len(as.Rhs) != 1 {
		return false
	}
	client := as.Lhs[0] // the constructor's first result is the client
	if v := funcmodel.RootVar(pass.TypesInfo, client); v != nil && funcmodel.IsGlobal(v) {
		return as.Tok == token.ASSIGN
	}
	id := identOf(client)
	if id == nil {
		return false
	}
	local, ok := pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || funcmodel.IsGlobal(local) {
		return false
	}
	stored := false
	f.Inspect(func(n ast.Node) bool {
		st, ok := n.(*ast.AssignStmt)
		if !ok || st.Tok != token.ASSIGN || len(st.Lhs) != len(st.Rhs) || stored {
			return !stored
		}
		for i, rhs := range st.Rhs {
			if id := identOf(rhs); id != nil && pass.TypesInfo.Uses[id] == local {
				if v := funcmodel.RootVar(pass.TypesInfo, st.Lhs[i]); v != nil && funcmodel.IsGlobal(v) {
					stored = true
				}
			}
		}
		return true
	})
	return stored
}

// identOf returns e, without parentheses, as an identifier, or nil.
func identOf(e ast.Expr) *ast.Ident {
	id, _ := ast.Unparen(e).(*ast.Ident)
	return id
}
