package procstate

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"strconv"

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

// Analyzer reports process-wide state written on the invocation path
// and Lambda trace ids read from the environment.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "procstate",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.Fact[write]), new(effects.Fact[traceRead])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// A state is a kind of process-wide state.
type state uint8

const (
	env    state = iota // the environment
	wd                  // the working directory
	logger              // the standard logger's settings
	client              // http.DefaultClient, http.DefaultTransport
)

// write is the effect of writing process-wide state.
type write struct {
	What  string // the call or the variable written, "os.Setenv", "http.DefaultClient.Timeout"
	State state
}

func (write) Label() string    { return "writes process-wide state via" }
func (w write) String() string { return w.What }

// traceRead is the effect of reading Lambda's trace id from the
// environment.
type traceRead struct {
	Func string // "os.Getenv"
}

func (traceRead) Label() string { return "reads the trace id from the environment via" }
func (r traceRead) String() string {
	return r.Func + "(" + strconv.Quote(traceVar) + ")"
}

const traceVar = "_X_AMZN_TRACE_ID"

// setters maps the process-wide states that calls write
// (knowledge.ProcessStateOf) to this check's.
var setters = map[knowledge.ProcessState]state{
	knowledge.Environment: env,
	knowledge.WorkingDir:  wd,
	knowledge.StdLogger:   logger,
}

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local || pass.Pkg == nil {
		return nil
	}
	stateSpec := effects.Spec[write]{
		Cause: func(_ *funcmodel.Func, c inspector.Cursor) (write, bool) { return writes(pass, c.Node()) },
		// Written by whatever the invocation runs, but not by a
		// once-only initializer: once per instance is configuration.
		Carry: func(e funcmodel.Edge) bool { return e.Runs() && e.When != funcmodel.Once },
	}
	for _, s := range effects.Run[write](pass, m, stateSpec, (*funcmodel.Func).PerInvocation) {
		p := s.Platform(m)
		what := s.Cause.What + " changes " + changes[s.Cause.State] + " on every invocation"
		if s.Path != nil {
			verb := "calls"
			if s.Cause.State == client {
				verb = "sets"
			}
			what = s.Via() + ", which " + verb + " " + s.Cause.What + ", changing " + changes[s.Cause.State] + " on every invocation"
		}
		pass.Report(analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(),
			Message: what + ": " + shared(p) + "; " + remedies[s.Cause.State]})
	}

	traceSpec := effects.Spec[traceRead]{
		Cause: func(_ *funcmodel.Func, c inspector.Cursor) (traceRead, bool) {
			call, ok := c.Node().(*ast.CallExpr)
			if !ok {
				return traceRead{}, false
			}
			fn := knowledge.Callee(pass.TypesInfo, call)
			i, ok := knowledge.EnvReadOf(fn)
			if !ok || i >= len(call.Args) {
				return traceRead{}, false
			}
			if name, ok := funcmodel.ConstString(pass.TypesInfo, call.Args[i]); ok && name == traceVar {
				return traceRead{Func: knowledge.ShortName(fn)}, true
			}
			return traceRead{}, false
		},
		Carry: funcmodel.Edge.Runs,
	}
	judge := func(f *funcmodel.Func) bool {
		return (f.FunctionCode() || f.ColdStart()) && m.PlatformOf(f)&funcmodel.Lambda != 0
	}
	for _, s := range effects.Run[traceRead](pass, m, traceSpec, judge) {
		if s.Platform(m)&funcmodel.Lambda == 0 {
			continue
		}
		const remedy = `read it from the handler's context, ctx.Value("x-amzn-trace-id")`
		prefix, subject := "", s.Cause.String()
		if s.Path != nil {
			prefix, subject = s.Via()+", which reads "+traceVar+": ", "it"
		}
		msg := prefix + subject + " holds the invocation's trace id only while the execution environment runs one invocation at a time: aws-lambda-go stops setting it when concurrency is above 1 (Lambda Managed Instances); " + remedy
		if s.Func != nil && !s.Func.FunctionCode() {
			msg = prefix + "read at cold start, " + subject + " holds no invocation's trace id: no invocation has begun, and the runtime sets it per invocation; " + remedy + " in the handler"
		}
		pass.Report(analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(), Message: msg})
	}
	return nil
}

// changes says what a write changes, by state.
var changes = map[state]string{
	env:    "the process's environment",
	wd:     "the process's working directory",
	logger: "the standard logger of the whole process",
	client: "the HTTP client every part of the process shares",
}

// remedies says what to do instead, by state.
var remedies = map[state]string{
	env:    "pass the value explicitly or in the invocation's context, or set it once at cold start",
	wd:     "use paths joined to the directory instead, or change it once at cold start",
	logger: "configure it once at cold start, or use a logger of your own per invocation",
	client: "configure it once at cold start, or use an http.Client of your own",
}

// shared says why state written on every invocation hurts on the
// platforms p.
func shared(p funcmodel.Platform) string {
	const (
		cloudRun = "Cloud Run functions serve concurrent requests in one instance, so the value leaks between concurrent requests and into later ones"
		lambda   = "an AWS Lambda execution environment runs its invocations one after another (several at once on Managed Instances), so the value leaks into the next invocations"
	)
	switch {
	case p&funcmodel.CloudRun != 0 && p&funcmodel.Lambda != 0:
		return cloudRun + "; " + lambda
	case p&funcmodel.Lambda != 0:
		return lambda
	}
	return cloudRun
}

// writes returns the write of process-wide state that n makes: a call
// of a setter, or an assignment to http.DefaultClient or
// http.DefaultTransport or to a field reached from them.
func writes(pass *analysis.Pass, n ast.Node) (write, bool) {
	switch n := n.(type) {
	case *ast.CallExpr:
		fn := knowledge.Callee(pass.TypesInfo, n)
		if ps, ok := knowledge.ProcessStateOf(fn); ok && (len(n.Args) == 0 || !code.Constants(pass.TypesInfo, n.Args)) {
			return write{What: knowledge.ShortName(fn), State: setters[ps]}, true
		}
	case *ast.AssignStmt:
		if code.Constants(pass.TypesInfo, n.Rhs) && n.Tok == token.ASSIGN {
			return write{}, false
		}
		for _, lhs := range n.Lhs {
			if name, ok := defaultHTTP(pass, lhs); ok {
				return write{What: name, State: client}, true
			}
		}
	}
	return write{}, false
}

// defaultHTTP returns the written expression, "http.DefaultClient.Timeout",
// when e is http.DefaultClient or http.DefaultTransport, or a field
// reached from one of them through selectors, type assertions and
// parentheses.
func defaultHTTP(pass *analysis.Pass, e ast.Expr) (string, bool) {
	root := e
	for {
		switch x := ast.Unparen(root).(type) {
		case *ast.SelectorExpr:
			if v, ok := pass.TypesInfo.Uses[x.Sel].(*types.Var); ok && knowledge.IsSharedDefault(v) {
				return types.ExprString(e), true
			}
			root = x.X
		case *ast.TypeAssertExpr:
			root = x.X
		case *ast.StarExpr:
			root = x.X
		default:
			return "", false
		}
	}
}
