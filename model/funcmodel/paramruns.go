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
// parameters: the indices of those it may run before it returns (Now),
// and of those its own body calls, outside the literals it holds
// (AtCall: a constructor's loader, newHandler(loadConfig), which is no
// handler of the value it returns). Its presence says the function's
// code was read.
type runsParams struct{ Now, AtCall []int }

func (*runsParams) AFact() {}
func (r *runsParams) String() string {
	if len(r.AtCall) > 0 {
		return fmt.Sprintf("runs parameters %v, %v at the call", r.Now, r.AtCall)
	}
	return fmt.Sprintf("runs parameters %v", r.Now)
}

// runsEffect names the fact in the driver's summaries.
const runsEffect = "runs parameters"

// Summary makes the fact part of the summaries a driver keeps of
// dependencies (see Summaries), so that a run that reads a dependency
// from the cache classifies its calls as a run that analyzes it: the
// cause lists the indices.
// lists the indices of Now, then after a semicolon those of AtCall.
func (r *runsParams) Summary() (string, Summary) {
	return runsEffect, Summary{Cause: strings.Trim(fmt.Sprint(r.Now), "[]") + ";" + strings.Trim(fmt.Sprint(r.AtCall), "[]")}
}

// summarizedRuns decodes the summary of a runsParams fact.
func summarizedRuns(s Summary) runsParams {
	var r runsParams
	now, atCall, _ := strings.Cut(s.Cause, ";")
	for _, f := range strings.Fields(now) {
		if i, err := strconv.Atoi(f); err == nil {
			r.Now = append(r.Now, i)
		}
	}
	for _, f := range strings.Fields(atCall) {
		if i, err := strconv.Atoi(f); err == nil {
			r.AtCall = append(r.AtCall, i)
		}
	}
	return r
}

// importRuns returns the runsParams fact of fn, a function of another
// package, from the fact or the driver's summary, if its code was read.
func (b *builder) importRuns(fn *types.Func) (runsParams, bool) {
	var r runsParams
	if fn.Pkg() == nil {
		return r, false
	}
	if b.pass.ImportObjectFact(fn, &r) {
		return r, true
	}
	s, ok := b.model.Summary(runsEffect, fn)
	if !ok {
		return r, false
	}
	return summarizedRuns(s), true
}

// exportRunsParams exports the runsParams facts of the package's
// exported functions.
func (b *builder) exportRunsParams() {
	for _, f := range b.model.Funcs {
		if f.Obj == nil || !f.Obj.Exported() || f.Obj.Origin() != f.Obj {
			continue
		}
		params := f.Obj.Signature().Params()
		var funcs, now, atCall []int
		for i := range params.Len() {
			if isFunc(params.At(i).Type()) {
				funcs = append(funcs, i)
				if b.runsParam(f.Obj, i, nil) {
					now = append(now, i)
				}
				if callsParam(b.pass.TypesInfo, f, params.At(i)) {
					atCall = append(atCall, i)
				}
			}
		}
		if len(funcs) > 0 {
			b.pass.ExportObjectFact(f.Obj, &runsParams{Now: now, AtCall: atCall})
		}
	}
}

// paramKnown reports whether the code of fn is known to say whether it
// runs its parameter i before returning, and if so whether it does.
func (b *builder) paramKnown(fn *types.Func, i int) (known, runs bool) {
	fn = fn.Origin()
	if sig := fn.Signature(); i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
		return false, false // a variadic argument: the function's code is not read for it
	}
	if fn.Pkg() == b.pass.Pkg {
		if b.model.Of(fn) == nil {
			return false, false
		}
		return true, b.runsParam(fn, i, nil)
	}
	r, ok := b.importRuns(fn)
	if !ok {
		return false, false
	}
	return true, slices.Contains(r.Now, i)
}

// runsParam reports whether fn, a function of the package, may run its
// parameter i before it returns: calls it (deferred too, but not on a
// new goroutine), calls it in a literal of its body, gives it to a call
// that may run it, or uses it in any way but keeping it (a field, a
// package-level variable, a composite literal, a result). A variadic
// parameter may always run. visiting guards recursion.
func (b *builder) runsParam(fn *types.Func, i int, visiting map[*types.Func]bool) bool {
	key := paramKey{fn, i}
	if r, ok := b.paramRuns[key]; ok {
		return r
	}
	f := b.model.Of(fn)
	sig := fn.Signature()
	params := sig.Params()
	if f == nil || f.Body() == nil || i >= params.Len() || sig.Variadic() && i >= params.Len()-1 {
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
	// Each use of p says: a call of it runs it (not on a new
	// goroutine); an argument runs it if the callee may; a value stored
	// in a field, a package-level variable, a composite literal or
	// returned is kept; any other use (g := p; g()) may run it.
	runs := false
	ast.PreorderStack(f.Body(), nil, func(n ast.Node, stack []ast.Node) bool {
		if runs {
			return false
		}
		id, ok := n.(*ast.Ident)
		if !ok || info.Uses[id] != p || len(stack) == 0 {
			return true
		}
		var use ast.Node = id
		parent := stack[len(stack)-1]
		for k := len(stack) - 1; k > 0; k-- {
			if _, ok := parent.(*ast.ParenExpr); !ok {
				break
			}
			use, parent = parent, stack[k-1]
		}
		switch parent := parent.(type) {
		case *ast.CallExpr:
			if parent.Fun == use {
				if len(stack) >= 2 {
					if g, ok := stack[len(stack)-2].(*ast.GoStmt); ok && g.Call == parent {
						return true // go p(): runs on another goroutine
					}
				}
				runs = true
				return false
			}
			j := slices.Index(parent.Args, use.(ast.Expr))
			callee := knowledge.Callee(info, parent)
			switch {
			case j < 0:
			case callee == nil:
				runs = true // a call of a function value, or a conversion: it may run it
			case callee.Origin().Pkg() == b.pass.Pkg:
				runs = b.runsParam(callee.Origin(), j, visiting)
			default:
				if known, r := b.paramKnown(callee, j); !known || r {
					runs = true
				}
			}
		case *ast.KeyValueExpr, *ast.CompositeLit, *ast.ReturnStmt:
			// kept: T{f: p}, []func(){p}, return p
		case *ast.AssignStmt:
			for k, r := range parent.Rhs {
				if r != use || k >= len(parent.Lhs) || len(parent.Lhs) != len(parent.Rhs) {
					continue
				}
				switch l := ast.Unparen(parent.Lhs[k]).(type) {
				case *ast.SelectorExpr:
					// s.f = p: kept
				case *ast.Ident:
					if v, ok := info.ObjectOf(l).(*types.Var); !ok || !IsGlobal(v) {
						runs = true // g := p: may be called
					}
				default:
					runs = true
				}
			}
		default:
			runs = true
		}
		return !runs
	})
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

// runsAtCall reports whether call runs its argument arg itself before
// it returns, outside the literals its body holds: newHandler(loadConfig)
// for func newHandler(load func() error) interface{} { return
// &handler{err: load()} }. Such an argument is no handler of the call's
// result, even when that result is registered. A function of another
// package says it with its runsParams fact (AtCall).
func (b *builder) runsAtCall(call *ast.CallExpr, arg ast.Expr) bool {
	fn := knowledge.Callee(b.pass.TypesInfo, call)
	if fn == nil {
		return false
	}
	fn = fn.Origin()
	i := slices.Index(call.Args, arg)
	sig := fn.Signature()
	if i < 0 || i >= sig.Params().Len() || sig.Variadic() && i >= sig.Params().Len()-1 {
		return false
	}
	if fn.Pkg() != b.pass.Pkg {
		r, ok := b.importRuns(fn)
		return ok && slices.Contains(r.AtCall, i)
	}
	f := b.model.Of(fn)
	return f != nil && callsParam(b.pass.TypesInfo, f, sig.Params().At(i))
}

// callsParam reports whether the body of f calls its parameter p
// itself, not in a literal nor on a new goroutine.
func callsParam(info *types.Info, f *Func, p *types.Var) bool {
	if f.Body() == nil {
		return false
	}
	runs := false
	ast.Inspect(f.Body(), func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit, *ast.GoStmt:
			return false
		case *ast.CallExpr:
			if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok && info.Uses[id] == p {
				runs = true
			}
		}
		return !runs
	})
	return runs
}
