package osexit

import (
	_ "embed"
	"flag"
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/code"
	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/internal/scaffold"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
	"github.com/fnlint/fnlint/model/respond"
)

//go:embed doc.go
var doc string

// Analyzer reports process exits in function code.
var Analyzer = New(funcmodel.Analyzer, respond.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model and the response analysis of the given instances: drivers
// build one suite per configuration.
func New(model, writes *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[config]{
		Name:      "osexit",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model, writes},
		FactTypes: []analysis.Fact{new(effects.Fact[exit]), new(recoversFact)},
		Flags: func(fs *flag.FlagSet, cfg *config) {
			fs.BoolVar(&cfg.coldStart, "coldstart", false, "also report exits in cold-start code (init and package initializers)")
			fs.BoolVar(&cfg.panics, "panic", false, "also report panics on the handler goroutine, which the framework answers with 500")
		},
		Run: func(pass *analysis.Pass, cfg *config) error { return run(pass, model, writes, cfg) },
	})
}

// config holds an instance's options.
type config struct {
	coldStart bool // also judge cold-start code
	panics    bool // also report panics on the handler goroutine
}

// exit is the effect of terminating the process; its cause is the
// function called, "log.Fatalf".
type exit struct{ Func string }

func (exit) Label() string    { return "exits via" }
func (e exit) String() string { return e.Func }

func run(pass *analysis.Pass, model, writes *analysis.Analyzer, cfg *config) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if !m.Local && !m.Summarized {
		return nil
	}
	cursors := make(map[ast.Node]inspector.Cursor) // of the exit calls, for the fixes
	spec := effects.Spec[exit]{
		Cause: func(f *funcmodel.Func, c inspector.Cursor) (exit, bool) {
			if call, ok := c.Node().(*ast.CallExpr); ok {
				if name := exitName(pass, m, call); name != "" {
					cursors[call] = c
					return exit{name}, true
				}
			}
			return exit{}, false
		},
		Carry: funcmodel.Edge.Runs, // an exit on any goroutine ends the instance
		// A dependency's function that exits, on some path, ends the
		// instance of the function code that calls it.
		Summarize: effects.All,
	}
	fx := newFixer(pass, m, pass.ResultOf[writes].(*respond.Result), cursors)
	judge := func(f *funcmodel.Func) bool { return f.FunctionCode() || cfg.coldStart && f.ColdStart() }
	for _, s := range effects.Run[exit](pass, m, spec, judge) {
		platforms, cold := s.Platform(m), s.Func != nil && !s.Func.FunctionCode()
		ends := terminates(platforms, cold)
		var state respond.State // of the response where the exit lies, for its remedy
		if call, ok := s.Node.(*ast.CallExpr); ok && s.Path == nil && !cold {
			state = fx.responseAt(s.Func, call)
		}
		remedy := remedyFor(pass, m, s, cold, state)
		d := analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End()}
		if s.Path != nil {
			d.Message = fmt.Sprintf("%s, which calls %s, which %s; %s", s.Via(), s.Cause, ends, remedy)
			d.Related = exitEnd(pass, s)
		} else {
			call := s.Node.(*ast.CallExpr)
			d.Message = fmt.Sprintf("%s %s; %s", s.Name, ends, remedy)
			d.Related = m.ReachedRelated(s.Func)
			if _, ok := knowledge.ExitOf(knowledge.Callee(pass.TypesInfo, call)); ok {
				d.SuggestedFixes = fx.fix(s.Func, call)
			}
		}
		pass.Report(d)
	}
	if m.Local {
		reportPanics(pass, m, cfg.panics)
	}
	return nil
}

// exitEnd returns the other end of a site that exits through a function
// of another package (a call, or the registration of an entry point):
// that function's declaration, with the rest of the path to the exit.
func exitEnd(pass *analysis.Pass, s effects.Site[exit]) []analysis.RelatedInformation {
	var fn *types.Func
	if s.Entry != nil {
		fn = s.Entry.Obj
	} else if call, ok := s.Node.(*ast.CallExpr); ok {
		fn = knowledge.Callee(pass.TypesInfo, call)
	}
	if fn == nil || !fn.Pos().IsValid() {
		return nil
	}
	rest := effects.Explain(append(append([]string(nil), s.Path[1:]...), s.Cause.Func))
	return []analysis.RelatedInformation{{Pos: code.DeclLine(pass.Fset, fn), Message: fmt.Sprintf("%s, declared here, %s", s.Path[0], rest)}}
}

// terminates says what an exit does on the platforms p of the entry
// points reaching it (docs/platform.md, "Process exits and crashes" and
// "AWS Lambda"): on Lambda it ends the runtime process, so the
// invocation fails with the runtime's exit error instead of the
// handler's, and the next invocation pays a cold start.
func terminates(p funcmodel.Platform, cold bool) string {
	lambda := "ends the Lambda runtime process: the invocation fails with Runtime.ExitError instead of the handler's error, and the next invocation pays a cold start"
	if cold {
		lambda = "ends the Lambda runtime process in its init phase: the invocation waiting for it fails with Runtime.ExitError, and the next one starts cold again"
	}
	switch p {
	case funcmodel.Lambda:
		return lambda
	case funcmodel.Lambda | funcmodel.CloudRun:
		return "terminates the function instance, or on Lambda " + lambda
	}
	return "terminates the function instance"
}

// remedyFor says what the code at the site s should do instead of
// exiting, according to where it lies (cold-start code, a function that
// has a response writer, a helper), to the kinds of the entry points
// that reach it (see docs/platform.md, "Process exits and crashes") and,
// in an HTTP function, to whether the response has been written on the
// paths to the exit (state, 0 when unknown): the remedy is what the
// suggested fix does, where there is one.
func remedyFor(pass *analysis.Pass, m *funcmodel.Model, s effects.Site[exit], cold bool, state respond.State) string {
	entries := s.Entries()
	if cold {
		if s.Platform(m) == funcmodel.Lambda {
			return "keep the error and return it from the handler instead"
		}
		entries = m.Entries // cold-start code is reached from no entry point
	}
	http, other := false, false
	for _, e := range entries {
		if e.Kind == knowledge.HTTP {
			http = true
		} else {
			other = true
		}
	}
	if cold {
		switch {
		case http && !other:
			return "keep the error and have the function respond with http.Error instead"
		case other && !http:
			return "keep the error and have the function return it instead"
		}
		return "keep the error and have the function respond with it or return it instead"
	}
	if s.Func == nil || hasWriter(pass, s.Func) {
		// A registration (of a function whose own body exits) or a
		// function that can respond.
		switch {
		case http && !other && state == respond.Written:
			return "the response is already written, so return instead"
		case http && !other && state&(respond.MayBeWritten|respond.Written) != 0:
			return "respond with http.Error, unless the response is already written, and return instead"
		case http && !other:
			return "respond with http.Error and return instead"
		case other && !http:
			return "return an error instead"
		}
		return "respond with an error instead"
	}
	switch {
	case http && !other:
		return "return an error to the handler, which responds with http.Error"
	case other && !http && m.EntryOf(s.Func) != nil:
		return "return an error instead"
	case other && !http:
		return "return an error to the handler, which returns it"
	}
	return "return an error to the handlers, which respond with it or return it"
}

// hasWriter reports whether f has an http.ResponseWriter parameter.
func hasWriter(pass *analysis.Pass, f *funcmodel.Func) bool {
	sig := f.Signature(pass.TypesInfo)
	if sig == nil {
		return false
	}
	for v := range sig.Params().Variables() {
		if knowledge.IsNamed(v.Type(), knowledge.NetHTTP, "ResponseWriter") {
			return true
		}
	}
	return false
}

// exitName returns the name of the process-terminating function that
// call calls, or "".
func exitName(pass *analysis.Pass, m *funcmodel.Model, call *ast.CallExpr) string {
	fn := knowledge.Callee(pass.TypesInfo, call)
	if fn == nil {
		return ""
	}
	if _, ok := knowledge.ExitOf(fn); ok {
		return knowledge.ShortName(fn)
	}
	if m.Summarized {
		// A library that parses the command line is not the function
		// code's doing, and an instance's command line is fixed.
		return ""
	}
	switch p, ok := knowledge.FlagParseOf(fn); {
	case ok && p.CommandLine:
		return "flag.Parse (flag.CommandLine exits on a bad flag)"
	case ok:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && exitsOnError(pass, m, sel.X, 0) {
			return "(*flag.FlagSet).Parse (the set exits on a bad flag)"
		}
	}
	return ""
}

// exitsOnError reports whether the flag set denoted by x was created
// with flag.ExitOnError (or is flag.CommandLine).
func exitsOnError(pass *analysis.Pass, m *funcmodel.Model, x ast.Expr, depth int) bool {
	if depth > 8 {
		return false // a cycle of single assignments
	}
	x = ast.Unparen(x)
	var id *ast.Ident
	switch e := x.(type) {
	case *ast.Ident:
		id = e
	case *ast.SelectorExpr:
		id = e.Sel
	case *ast.CallExpr:
		fn := knowledge.Callee(pass.TypesInfo, e)
		i, ok := knowledge.FlagSetHandlingArg(fn)
		if !ok || i >= len(e.Args) {
			return false
		}
		exitOnError, ok := fn.Pkg().Scope().Lookup("ExitOnError").(*types.Const)
		tv := pass.TypesInfo.Types[e.Args[i]]
		return ok && tv.Value != nil && constant.Compare(tv.Value, token.EQL, exitOnError.Val())
	default:
		return false
	}
	v, ok := pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return false
	}
	if knowledge.ExitsOnBadFlag(v) {
		return true
	}
	if value := m.ValueOf(v); value != nil {
		return exitsOnError(pass, m, value, depth+1)
	}
	return false
}
