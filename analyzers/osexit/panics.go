package osexit

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
	"github.com/fnlint/fnlint/model/funcmodel"
)

// reportPanics reports panics that the framework cannot recover: those in
// goroutines started from function code (the roots: targets of go
// statements and of WaitGroup.Go or errgroup's Go), and in the code those
// goroutines call, unless the goroutine defers a recover. With -panic it
// also reports panics on the handler goroutine.
//
// The search from all roots is the model's one forward search
// (funcmodel.Model.Reach): a body reached from an earlier root has had
// its panics reported, and what it calls has been searched, so a later
// root stops there. Each recover test is computed once per body, so the
// cost is linear in the size of the package's code and call graph
// however the goroutines chain.
func reportPanics(pass *analysis.Pass, m *funcmodel.Model, handler bool) {
	exportRecovers(pass, m)
	reported := make(map[ast.Node]bool)
	report := func(f *funcmodel.Func, msg string, related []analysis.RelatedInformation) {
		f.Inspect(func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && knowledge.IsBuiltin(pass.TypesInfo, call, "panic") && !reported[call] {
				reported[call] = true
				pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: msg, Related: related})
			}
			return true
		})
	}
	r := &recovery{pass: pass, m: m, recovers: make(map[*funcmodel.Func]bool), calls: make(map[*funcmodel.Func]bool)}

	// Goroutine roots started from function code, with the statement
	// that starts each first: the other end of its panics' findings.
	var roots []*funcmodel.Func
	starts := make(map[*funcmodel.Func]ast.Node)
	for _, f := range m.Funcs {
		if !f.FunctionCode() {
			continue
		}
		for _, e := range f.Edges {
			if t := m.Target(e); t != nil && (e.When == funcmodel.Goroutine || e.When == funcmodel.Later) {
				roots = append(roots, t)
				if starts[t] == nil {
					starts[t] = e.Node
				}
			}
		}
	}
	m.Reach(roots, funcmodel.Edge.Synchronous, func(f *funcmodel.Func) bool { return !r.deferRecover(f) }, func(f, root *funcmodel.Func) {
		start := starts[root]
		report(f, goroutinePanic(m.PlatformOf(root)), []analysis.RelatedInformation{{Pos: start.Pos(), End: start.End(), Message: "the goroutine starts here, without a deferred recover"}})
	})
	if handler {
		for _, f := range m.Funcs {
			if f.FunctionCode() {
				report(f, handlerPanic(m.PlatformOf(f)), nil)
			}
		}
	}
}

// goroutinePanic is the message for a panic in a goroutine started from
// function code reached from entry points of the platforms p.
func goroutinePanic(p funcmodel.Platform) string {
	if p == funcmodel.Lambda {
		return "panic in a goroutine started from function code crashes the Lambda runtime process: aws-lambda-go recovers panics only on the handler goroutine; return an error to the invocation instead"
	}
	return "panic in a goroutine started from function code crashes the function instance: the framework recovers panics only on the handler goroutine; return an error to the invocation instead"
}

// handlerPanic is the message for a panic on the handler goroutine:
// functions-framework-go answers 500; aws-lambda-go reports the panic as
// the invocation's error and then ends the runtime process (its
// response to a panic says the process should exit).
func handlerPanic(p funcmodel.Platform) string {
	if p == funcmodel.Lambda {
		return "panic in function code: aws-lambda-go reports it as the invocation's error, then ends the runtime process, and the next invocation pays a cold start; return an error instead"
	}
	return "panic in function code: the framework answers 500 and logs a stack trace; respond with an error instead"
}

// recovery answers, once per body, whether a body defers a recover.
type recovery struct {
	pass     *analysis.Pass
	m        *funcmodel.Model
	recovers map[*funcmodel.Func]bool // deferRecover's answers
	calls    map[*funcmodel.Func]bool // callsRecover's answers
}

// deferRecover reports whether f defers a call that recovers a panic:
// of a function of the package that calls recover, or of a function of
// another package whose fact says it does.
func (r *recovery) deferRecover(f *funcmodel.Func) bool {
	if v, ok := r.recovers[f]; ok {
		return v
	}
	v := false
	for _, e := range f.Edges {
		if e.When != funcmodel.Deferred {
			continue
		}
		if t := r.m.Target(e); t != nil {
			if r.callsRecover(t) {
				v = true
				break
			}
		} else if e.Callee != nil && r.pass.ImportObjectFact(e.Callee.Origin(), new(recoversFact)) {
			v = true
			break
		}
	}
	r.recovers[f] = v
	return v
}

func (r *recovery) callsRecover(f *funcmodel.Func) bool {
	v, ok := r.calls[f]
	if !ok {
		v = callsRecover(r.pass, f)
		r.calls[f] = v
	}
	return v
}

// callsRecover reports whether f's own code calls recover: deferred, f
// stops a panic.
func callsRecover(pass *analysis.Pass, f *funcmodel.Func) bool {
	found := false
	f.Inspect(func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && knowledge.IsBuiltin(pass.TypesInfo, call, "recover") {
			found = true
		}
		return !found
	})
	return found
}

// recoversFact marks an exported function that calls recover, so that a
// goroutine deferring it in another package does not crash on a panic.
type recoversFact struct{}

func (*recoversFact) AFact()         {}
func (*recoversFact) String() string { return "recovers" }

// exportRecovers exports recoversFact for the package's exported
// functions that call recover.
func exportRecovers(pass *analysis.Pass, m *funcmodel.Model) {
	for _, f := range m.Funcs {
		if f.Obj != nil && f.Obj.Exported() && callsRecover(pass, f) {
			pass.ExportObjectFact(f.Obj, new(recoversFact))
		}
	}
}
