package osexit

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/analyzers/funcmodel"
	"github.com/fnlint/fnlint/internal/knowledge"
)

// reportPanics reports panics that the framework cannot recover: those in
// goroutines started from function code (the roots: targets of go
// statements and of WaitGroup.Go or errgroup's Go), and in the code those
// goroutines call, unless the goroutine defers a recover. With -panic it
// also reports panics on the handler goroutine.
func reportPanics(pass *analysis.Pass, m *funcmodel.Model) {
	reported := make(map[ast.Node]bool)
	report := func(f *funcmodel.Func, msg string) {
		f.Inspect(func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && knowledge.IsBuiltin(pass.TypesInfo, call, "panic") && !reported[call] {
				reported[call] = true
				pass.Report(analysis.Diagnostic{Pos: call.Pos(), End: call.End(), Message: msg})
			}
			return true
		})
	}

	// Goroutine roots started from function code.
	var roots []*funcmodel.Func
	for _, f := range m.Funcs {
		if !f.FunctionCode() {
			continue
		}
		for _, e := range f.Edges {
			if t := m.Target(e); t != nil && (e.Kind == funcmodel.Go || e.Kind == funcmodel.Arg && spawns(pass, e)) {
				roots = append(roots, t)
			}
		}
	}
	for _, root := range roots {
		if recovers(pass, m, root) {
			continue
		}
		seen := map[*funcmodel.Func]bool{root: true}
		queue := []*funcmodel.Func{root}
		for len(queue) > 0 {
			f := queue[0]
			queue = queue[1:]
			report(f, "panic in a goroutine started from function code crashes the function instance: the framework recovers panics only on the handler goroutine; return an error to the invocation instead")
			for _, e := range f.Edges {
				if t := m.Target(e); t != nil && e.Calls() && !seen[t] && !recovers(pass, m, t) {
					seen[t] = true
					queue = append(queue, t)
				}
			}
		}
	}
	if handlerPanic {
		for _, f := range m.Funcs {
			if f.FunctionCode() {
				report(f, "panic in function code: the framework answers 500 and logs a stack trace; respond with an error instead")
			}
		}
	}
}

// spawns reports whether an Arg edge passes its function to a method that
// runs it on a new goroutine (WaitGroup.Go, errgroup's Go).
func spawns(pass *analysis.Pass, e funcmodel.Edge) bool {
	return e.Call != nil && knowledge.Spawners[knowledge.CalleeKey(pass.TypesInfo, e.Call)]
}

// recovers reports whether f defers a call that recovers a panic.
func recovers(pass *analysis.Pass, m *funcmodel.Model, f *funcmodel.Func) bool {
	for _, e := range f.Edges {
		t := m.Target(e)
		if e.Kind != funcmodel.Defer || t == nil {
			continue
		}
		found := false
		t.Inspect(func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && knowledge.IsBuiltin(pass.TypesInfo, call, "recover") {
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
