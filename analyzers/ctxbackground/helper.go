package ctxbackground

import (
	"fmt"
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/ctxorigin"
	"github.com/fnlint/fnlint/model/effects"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// noContext is the effect of a function with no invocation's context in
// scope that gives a call context.Background(): the deadline is lost
// where the function is called from code that has the context and does
// not pass it down.
type noContext background

func (noContext) Label() string    { return "has no context and uses" }
func (n noContext) String() string { return background(n).String() }

// helperSites reports, in the bodies on the invocation's goroutine that
// have its context in scope, the calls of functions that have none and
// give a call context.Background() themselves or through their own
// calls: the context is not passed down, and the work loses the
// invocation's deadline. The effect stops at functions that have a
// context in scope: a call there is reported by the main rule.
func helperSites(pass *analysis.Pass, m *funcmodel.Model, tr *ctxorigin.Tracer, ignored *effects.ParamFlow[passed], sync map[*funcmodel.Func]bool) {
	hasContext := func(f *funcmodel.Func) bool { return len(ctxorigin.InvocationParams(pass.TypesInfo, f)) > 0 }
	spec := effects.Spec[noContext]{
		Cause: func(f *funcmodel.Func, c inspector.Cursor) (noContext, bool) {
			if cs, ok := findIn(pass, m, tr, ignored, f, c, false, false); ok {
				return noContext{Root: cs.root, Callee: cs.callee, At: pass.Fset.Position(cs.arg.Pos()), Trace: cs.trace}, true
			}
			return noContext{}, false
		},
		Carry:   func(e funcmodel.Edge) bool { return e.When == funcmodel.Now },
		Guarded: func(f *funcmodel.Func, n ast.Node) bool { return hasContext(f) },
	}
	chains := effects.Propagate(pass, m, spec)
	effects.Propagate(pass, m, effects.Spec[fieldContext]{
		Cause: func(f *funcmodel.Func, c inspector.Cursor) (fieldContext, bool) {
			cs, ok := findIn(pass, m, tr, ignored, f, c, false, true)
			if !ok {
				return fieldContext{}, false
			}
			pkg, path, ok := effects.VarPath(cs.held)
			if !ok {
				return fieldContext{}, false
			}
			return fieldContext{Pkg: pkg, Var: path, Name: cs.held.Name(), Callee: cs.callee, At: pass.Fset.Position(cs.arg.Pos()), Trace: cs.trace}, true
		},
		Carry:   spec.Carry,
		Guarded: spec.Guarded,
	})
	for _, f := range m.Funcs {
		if !sync[f] || !hasContext(f) {
			continue
		}
		for _, e := range f.Edges {
			if e.When != funcmodel.Now || e.Call == nil {
				continue
			}
			var ch effects.Chain[noContext]
			ok := false
			name := ""
			if t := m.Target(e); t != nil {
				if t.Obj == nil {
					continue // a literal: its own code is f's, judged by the main rule
				}
				ch, ok = chains[t]
				name = knowledge.ShortName(t.Obj)
			} else if e.Callee != nil && e.Callee.Pkg() != pass.Pkg {
				ch, ok = effects.Imported[noContext](pass, m, e.Callee)
				name = knowledge.ShortName(e.Callee)
				if !ok && !exempt(pass.TypesInfo, m, e.Callee) {
					reportField(pass, m, tr, f, e)
				}
			}
			if !ok || e.Callee != nil && exempt(pass.TypesInfo, m, e.Callee) {
				continue
			}
			root, callee := ch.Cause.Root, ch.Cause.Callee
			via := effects.Explain(append([]string{name}, ch.Path...))
			pass.Report(withSource(pass, background(ch.Cause), analysis.Diagnostic{
				Pos: e.Node.Pos(), End: e.Node.End(),
				Message: fmt.Sprintf("%s, which has no context parameter and passes %s to %s: that call loses the invocation's deadline and can run past the function's timeout%s; give %s a context.Context parameter and pass the invocation's context", via, root, callee, traceLost(m.PlatformOf(f), ch.Cause.Trace), name),
			}))
		}
	}
}
