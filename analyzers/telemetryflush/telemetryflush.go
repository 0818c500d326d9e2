package telemetryflush

import (
	_ "embed"
	"fmt"
	"go/ast"
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

// Analyzer reports buffered telemetry that nothing flushes on the
// invocation's path.
var Analyzer = New(funcmodel.Analyzer)

// New returns an instance of the analyzer that reads the execution
// model of the given instance: drivers build one suite per
// configuration.
func New(model *analysis.Analyzer) *analysis.Analyzer {
	return scaffold.New(scaffold.Check[struct{}]{
		Name:      "telemetryflush",
		Doc:       doc,
		Requires:  []*analysis.Analyzer{model},
		FactTypes: []analysis.Fact{new(effects.Fact[buffers]), new(effects.Fact[flushes]), new(effects.Fact[flushRef])},
		Run:       func(pass *analysis.Pass, _ *struct{}) error { return run(pass, model) },
	})
}

// buffers is the effect of setting up telemetry that buffers what it
// records.
type buffers struct {
	Func string // "sdktrace.WithBatcher", "(*logging.Client).Logger"
	Log  bool   // a Cloud Logging Logger, not spans
}

func (buffers) Label() string    { return "sets up buffered telemetry via" }
func (b buffers) String() string { return b.Func }

// flushes is the effect of running a flush of buffered telemetry.
type flushes struct {
	Func string // "(*trace.TracerProvider).ForceFlush"
	// Each reports a wrapper option that flushes at the end of every
	// invocation (otellambda.WithFlusher).
	Each bool
}

func (flushes) Label() string    { return "flushes telemetry via" }
func (f flushes) String() string { return f.Func }

// flushRef is the effect of building code that flushes, to run later:
// a literal or method value that flushes, stored, returned or
// registered (a middleware that flushes after each request).
type flushRef flushes

func (flushRef) Label() string    { return "builds a flush of telemetry via" }
func (f flushRef) String() string { return f.Func }

func run(pass *analysis.Pass, model *analysis.Analyzer) error {
	m := pass.ResultOf[model].(*funcmodel.Model)
	if (!m.Local && !m.Summarized) || pass.Pkg == nil {
		return nil
	}
	logs := usesBufferedLog(pass, m)
	setup := effects.Spec[buffers]{
		Cause: func(_ *funcmodel.Func, c inspector.Cursor) (buffers, bool) { return buffering(pass, c, logs) },
		Carry: funcmodel.Edge.Runs,
	}
	runs := effects.Spec[flushes]{
		Cause: func(_ *funcmodel.Func, c inspector.Cursor) (flushes, bool) {
			call, ok := c.Node().(*ast.CallExpr)
			if !ok {
				return flushes{}, false
			}
			return flushCall(pass, call)
		},
		Carry:     funcmodel.Edge.Runs,
		Summarize: effects.All,
	}
	refs := effects.Spec[flushRef]{
		Cause: func(_ *funcmodel.Func, c inspector.Cursor) (flushRef, bool) {
			switch n := c.Node().(type) {
			case *ast.CallExpr:
				fl, ok := flushCall(pass, n)
				return flushRef(fl), ok
			case *ast.SelectorExpr:
				// A method value, tp.ForceFlush, handed on.
				if fn, ok := pass.TypesInfo.Uses[n.Sel].(*types.Func); ok && knowledge.FlushesTelemetry(fn) {
					if call, ok := c.Parent().Node().(*ast.CallExpr); !ok || call.Fun != n {
						return flushRef{Func: knowledge.ShortName(fn)}, true
					}
				}
			}
			return flushRef{}, false
		},
		Carry:     func(funcmodel.Edge) bool { return true },
		Summarize: effects.All,
	}
	ran := effects.Propagate(pass, m, runs)
	built := effects.Propagate(pass, m, refs)
	if m.Summarized {
		return nil
	}
	if flushed(ran, built) {
		effects.Propagate(pass, m, setup) // the facts, for the packages that import this one
		return nil
	}
	judge := func(f *funcmodel.Func) bool { return f.FunctionCode() || f.ColdStart() }
	for _, s := range effects.Run(pass, m, setup, judge) {
		report(pass, m, s)
	}
	return nil
}

// flushed reports whether the package's code flushes buffered telemetry
// on the invocation's path, as far as can be seen: a function whose
// code runs a flush (directly or through the functions it calls) and
// that is not cold-start code only (a deferred Shutdown in a Lambda
// main never runs: lambda.Start does not return); code that builds a
// flush to run later (a middleware, a method value handed on), which
// is assumed to run per invocation; a wrapper option that flushes each
// invocation, wherever it is given. Precision first: any of these in
// the package silences the check for all its setups.
func flushed(ran map[*funcmodel.Func]effects.Chain[flushes], built map[*funcmodel.Func]effects.Chain[flushRef]) bool {
	for f, ch := range ran {
		if ch.Cause.Each || !f.ColdStart() || f.FunctionCode() {
			return true
		}
	}
	for f, ch := range built {
		if _, runs := ran[f]; !runs || ch.Cause.Each {
			return true
		}
	}
	return false
}

// flushCall returns the flush a call makes: a method that sends what
// buffered telemetry holds (knowledge.FlushesTelemetry), an option
// that makes a wrapper flush each invocation
// (knowledge.FlushesEachInvocation), or a call of a function value of
// type func(context.Context) error, the shape of the shutdown
// functions that setup helpers return (precision first: it may
// flush).
func flushCall(pass *analysis.Pass, call *ast.CallExpr) (flushes, bool) {
	fn := knowledge.Callee(pass.TypesInfo, call)
	switch {
	case knowledge.FlushesTelemetry(fn):
		return flushes{Func: knowledge.ShortName(fn)}, true
	case knowledge.FlushesEachInvocation(fn):
		return flushes{Func: knowledge.ShortName(fn), Each: true}, true
	case knowledge.RunsAtShutdown(fn):
		// A SIGTERM hook that flushes: what the invocations left
		// buffered is sent at shutdown, not lost.
		for _, arg := range call.Args {
			if mentionsFlush(pass, arg) {
				return flushes{Func: knowledge.ShortName(fn), Each: true}, true
			}
		}
	case fn == nil:
		sig, ok := pass.TypesInfo.TypeOf(call.Fun).(*types.Signature)
		if tv, isType := pass.TypesInfo.Types[call.Fun]; !ok || isType && tv.IsType() {
			return flushes{}, false
		}
		if sig.Params().Len() == 1 && ctxorigin.IsContext(sig.Params().At(0).Type()) &&
			sig.Results().Len() == 1 && knowledge.IsError(sig.Results().At(0).Type()) {
			return flushes{Func: types.ExprString(call.Fun)}, true
		}
	}
	return flushes{}, false
}

// mentionsFlush reports whether e calls or refers to a flush (see
// flushCall), in its own code or a literal's.
func mentionsFlush(pass *analysis.Pass, e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			_, found = flushCall(pass, n)
		case *ast.SelectorExpr:
			fn, ok := pass.TypesInfo.Uses[n.Sel].(*types.Func)
			found = ok && knowledge.FlushesTelemetry(fn)
		case *ast.Ident:
			// A function variable given as the hook (shutdown): it may
			// flush.
			v, ok := pass.TypesInfo.Uses[n].(*types.Var)
			_, isFunc := types.Unalias(typeOf(v)).Underlying().(*types.Signature)
			found = ok && isFunc
		}
		return !found
	})
	return found
}

func typeOf(v *types.Var) types.Type {
	if v == nil {
		return types.Typ[types.Invalid]
	}
	return v.Type()
}

// buffering returns the setup of buffered telemetry at c: a call of
// sdktrace.WithBatcher or sdktrace.NewBatchSpanProcessor, or, in a
// package that hands entries to a Cloud Logging Logger's buffer (logs),
// a call of (*logging.Client).Logger without logging.RedirectAsJSON.
func buffering(pass *analysis.Pass, c inspector.Cursor, logs bool) (buffers, bool) {
	call, ok := c.Node().(*ast.CallExpr)
	if !ok {
		return buffers{}, false
	}
	fn := knowledge.Callee(pass.TypesInfo, call)
	switch {
	case knowledge.IsBatcherOption(fn):
		return buffers{Func: knowledge.ShortName(fn)}, true
	case logs && knowledge.IsCloudLogger(fn):
		for _, arg := range call.Args[1:] {
			if opt, ok := ast.Unparen(arg).(*ast.CallExpr); ok && knowledge.IsCloudLoggerRedirect(knowledge.Callee(pass.TypesInfo, opt)) {
				return buffers{}, false
			}
		}
		if call.Ellipsis.IsValid() {
			return buffers{}, false // options built elsewhere
		}
		return buffers{Func: knowledge.ShortName(fn), Log: true}, true
	}
	return buffers{}, false
}

// usesBufferedLog reports whether the package's code hands entries to
// a Cloud Logging Logger's buffer ((*logging.Logger).Log or its
// StandardLogger): a Logger used only with LogSync buffers nothing.
func usesBufferedLog(pass *analysis.Pass, m *funcmodel.Model) bool {
	for _, f := range m.Funcs {
		found := false
		f.Inspect(func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && knowledge.IsCloudLogBuffered(knowledge.Callee(pass.TypesInfo, call)) {
				found = true
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// report reports a setup of buffered telemetry with no flush on the
// invocation's path, with the package's entry points as related.
func report(pass *analysis.Pass, m *funcmodel.Model, s effects.Site[buffers]) {
	p := s.Platform(m)
	what := s.Cause.Func + " buffers spans and exports them from a goroutine of its own"
	remedy := "flush before each invocation returns: defer tp.ForceFlush(ctx) in the handler"
	if p&funcmodel.Lambda != 0 {
		remedy += ", or wrap it with otellambda.InstrumentHandler(h, otellambda.WithFlusher(tp))"
	}
	if s.Cause.Log {
		what = s.Cause.Func + " returns a Logger that buffers its entries and sends them from a goroutine of its own"
		remedy = "call logger.Flush() before each invocation returns (deferred in the handler), or write with LogSync"
	}
	if s.Path != nil {
		what = s.Via() + ", which sets up " + s.Cause.Func + ": it buffers what it records and sends it from a goroutine of its own"
	}
	d := analysis.Diagnostic{Pos: s.Node.Pos(), End: s.Node.End(),
		Message: what + ", and no flush runs on the invocation's path: " + frozen(p) + "; " + remedy}
	d.Related = append(d.Related, s.Declared("sets up "+s.Cause.Func)...)
	n := 0
	for _, e := range m.Entries {
		if e.Pos.IsValid() && e.Func != nil && n < 3 {
			d.Related = append(d.Related, analysis.RelatedInformation{Pos: e.Pos, Message: fmt.Sprintf("entry point %q returns without flushing", e.Name)})
			n++
		}
	}
	pass.Report(d)
}

// frozen says, for the platforms p, what happens to what is buffered
// after an invocation returns.
func frozen(p funcmodel.Platform) string {
	const (
		cloudRun = "Cloud Run functions throttle the instance's CPU outside requests and may stop an idle instance, so what is buffered is sent late or lost"
		lambda   = "AWS Lambda freezes the execution environment when the handler returns, so what is buffered waits for a later invocation and is lost when the environment is shut down"
	)
	switch {
	case p&funcmodel.CloudRun != 0 && p&funcmodel.Lambda != 0:
		return cloudRun + "; " + lambda
	case p&funcmodel.Lambda != 0:
		return lambda
	}
	return cloudRun
}
