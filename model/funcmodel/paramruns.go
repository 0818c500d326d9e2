package funcmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// Whether a function runs a function value it is given before it
// returns (a helper that calls its callback, withRetry(func() {...})) or
// keeps it (a constructor that stores a factory in a field,
// service.NewSNSService(adaptor.NewSNSClient)) is derived from the
// function's code when the function is the module's or a summarized
// dependency's: a function value given to one that keeps it does not
// run at the call (the edge is Stored). A function of another package
// says it with a runsParams fact; without one (the standard library,
// the modules the knowledge tables describe) the tables decide, and a
// function they do not list may run what it is given (Now).

// runsParams is the fact of an exported function with function-typed
// parameters: the indices of those it may run before it returns. Its
// presence says the function's code was read.
type runsParams struct{ Now []int }

func (*runsParams) AFact() {}
func (r *runsParams) String() string {
	return fmt.Sprintf("runs parameters %v", r.Now)
}

// runsEffect names the fact in the driver's summaries.
const runsEffect = "runs parameters"

// Summary makes the fact part of the summaries a driver keeps of
// dependencies (see Summaries), so that a run that reads a dependency
// from the cache classifies its calls as a run that analyzes it: the
// cause lists the indices.
func (r *runsParams) Summary() (string, Summary) {
	return runsEffect, Summary{Cause: strings.Trim(fmt.Sprint(r.Now), "[]")}
}

// summarizedRuns decodes the summary of a runsParams fact.
func summarizedRuns(s Summary) runsParams {
	var r runsParams
	for _, f := range strings.Fields(s.Cause) {
		if i, err := strconv.Atoi(f); err == nil {
			r.Now = append(r.Now, i)
		}
	}
	return r
}

// exportRunsParams exports the runsParams facts of the package's
// exported functions.
func (b *builder) exportRunsParams() {
	for _, f := range b.model.Funcs {
		if f.Obj == nil || !f.Obj.Exported() || f.Obj.Origin() != f.Obj {
			continue
		}
		params := f.Obj.Signature().Params()
		var funcs, now []int
		for i := range params.Len() {
			if isFunc(params.At(i).Type()) {
				funcs = append(funcs, i)
				if b.runsParam(f.Obj, i, nil) {
					now = append(now, i)
				}
			}
		}
		if len(funcs) > 0 {
			b.pass.ExportObjectFact(f.Obj, &runsParams{Now: now})
		}
	}
}

// paramKnown reports whether the code of fn is known to say whether it
// runs its parameter i before returning, and if so whether it does.
func (b *builder) paramKnown(fn *types.Func, i int) (known, runs bool) {
	fn = fn.Origin()
	if fn.Pkg() == b.pass.Pkg {
		if b.model.Of(fn) == nil {
			return false, false
		}
		return true, b.runsParam(fn, i, nil)
	}
	var r runsParams
	if fn.Pkg() == nil {
		return false, false
	}
	if !b.pass.ImportObjectFact(fn, &r) {
		s, ok := b.model.Summary(runsEffect, fn)
		if !ok {
			return false, false
		}
		r = summarizedRuns(s)
	}
	return true, slices.Contains(r.Now, i)
}

// runsParam reports whether fn, a function of the package, may run its
// parameter i before it returns: calls it (deferred too, but not on a
// new goroutine), calls it in a literal of its body, or gives it to a
// call that may run it. visiting guards recursion.
func (b *builder) runsParam(fn *types.Func, i int, visiting map[*types.Func]bool) bool {
	key := paramKey{fn, i}
	if r, ok := b.paramRuns[key]; ok {
		return r
	}
	f := b.model.Of(fn)
	params := fn.Signature().Params()
	if f == nil || f.Body() == nil || i >= params.Len() {
		return true // not known: as a function of no table, it may run it
	}
	if visiting == nil {
		visiting = make(map[*types.Func]bool)
	}
	if visiting[fn] {
		return false // a recursive call adds nothing
	}
	visiting[fn] = true
	defer delete(visiting, fn)
	p := params.At(i)
	info := b.pass.TypesInfo
	isParam := func(e ast.Expr) bool {
		id, ok := ast.Unparen(e).(*ast.Ident)
		return ok && info.Uses[id] == p
	}
	runs := false
	var visit func(n ast.Node) bool
	visit = func(n ast.Node) bool {
		if runs {
			return false
		}
		switch n := n.(type) {
		case *ast.GoStmt:
			// go p(): runs on another goroutine, not before fn returns;
			// the arguments are evaluated now.
			for _, a := range n.Call.Args {
				ast.Inspect(a, visit)
			}
			return false
		case *ast.CallExpr:
			if isParam(n.Fun) {
				runs = true
				return false
			}
			callee := knowledge.Callee(info, n)
			for j, a := range n.Args {
				if !isParam(a) {
					continue
				}
				switch {
				case callee == nil:
					runs = true // a call of a function value: it may run it
				case callee.Origin().Pkg() == b.pass.Pkg:
					runs = runs || b.runsParam(callee.Origin(), j, visiting)
				default:
					if known, r := b.paramKnown(callee, j); !known || r {
						runs = true
					}
				}
			}
		}
		return !runs
	}
	ast.Inspect(f.Body(), visit)
	if len(visiting) == 1 {
		b.paramRuns[key] = runs
	}
	return runs
}

// paramKey names one parameter of one function.
type paramKey struct {
	fn *types.Func
	i  int
}
