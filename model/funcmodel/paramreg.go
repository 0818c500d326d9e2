package funcmodel

import (
	"fmt"
	"go/ast"
	"go/types"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// A start wrapper is a function that registers the function value it
// is given as an entry point: golambda.Start(callback) calls
// lambda.Start with a literal that calls callback on every invocation;
// a module's own core.Start(h) calls lambda.Start(h). Whoever calls the
// wrapper registers its argument. The model derives this from the
// wrapper's code, in the user's packages and in summarized
// dependencies alike, and exports it as a registersParam fact, so that
// a wrapper of a wrapper is one too.

// registersParam is the fact of a start wrapper: its parameter Index is
// registered as an entry point of kind Kind, the registration serving
// Method of a value that is no function (see knowledge.Registration).
type registersParam struct {
	Index  int
	Kind   knowledge.Kind
	Method string
	Main   bool
}

func (*registersParam) AFact() {}
func (r *registersParam) String() string {
	return fmt.Sprintf("registers parameter %d as %s", r.Index, r.Kind)
}

// registersEffect names the fact in the driver's summaries.
const registersEffect = "registers parameter"

// Summary makes the fact part of the summaries a driver keeps of
// dependencies (see Summaries): the cause encodes the fact's fields.
func (r *registersParam) Summary() (string, Summary) {
	return registersEffect, Summary{Cause: fmt.Sprintf("%d %d %t %s", r.Index, r.Kind, r.Main, r.Method)}
}

// summarizedRegistration decodes the summary of a start wrapper.
func summarizedRegistration(s Summary) (registersParam, bool) {
	var r registersParam
	n, _ := fmt.Sscanf(s.Cause, "%d %d %t %s", &r.Index, &r.Kind, &r.Main, &r.Method)
	return r, n >= 3
}

// registrationOf returns what a call of fn registers: a registration
// function of the tables, or a start wrapper of this package (wrappers,
// found first) or of another (by its fact or summary).
func (b *builder) registrationOf(fn *types.Func) (knowledge.Registration, bool) {
	if reg, ok := knowledge.RegistrationOf(fn); ok {
		return reg, true
	}
	var r registersParam
	found := false
	if fn.Pkg() == b.pass.Pkg {
		r, found = b.wrappers[fn.Origin()]
	} else if b.pass.ImportObjectFact(fn.Origin(), &r) {
		found = true
	} else if s, ok := b.model.Summary(registersEffect, fn.Origin()); ok {
		r, found = summarizedRegistration(s)
	}
	if !found {
		return knowledge.Registration{}, false
	}
	return knowledge.Registration{Kind: r.Kind, NameArg: -1, FuncArg: r.Index, Method: r.Method, Main: r.Main}, true
}

// findWrappers finds the package's start wrappers: functions that give
// a registration (of the tables, or a wrapper's) one of their own
// function parameters, as the registered value or called in a literal
// registered in its place. They are found to a fixed point, so a
// wrapper of a wrapper of the same package counts, and the exported
// ones are exported as facts.
func (b *builder) findWrappers() {
	info := b.pass.TypesInfo
	for changed := true; changed; {
		changed = false
		for _, file := range b.files {
			for c := range file.Preorder((*ast.CallExpr)(nil)) {
				call := c.Node().(*ast.CallExpr)
				fn := knowledge.Callee(info, call)
				if fn == nil {
					continue
				}
				reg, ok := b.registrationOf(fn)
				if !ok || reg.FuncArg >= len(call.Args) {
					continue
				}
				var decl *ast.FuncDecl
				for d := range c.Enclosing((*ast.FuncDecl)(nil)) {
					decl, _ = d.Node().(*ast.FuncDecl)
					break
				}
				if decl == nil {
					continue
				}
				wrapper, ok := info.Defs[decl.Name].(*types.Func)
				if !ok {
					continue
				}
				if _, done := b.wrappers[wrapper]; done {
					continue
				}
				i := b.registeredParam(wrapper, call.Args[reg.FuncArg])
				if i < 0 {
					continue
				}
				b.wrappers[wrapper] = registersParam{Index: i, Kind: reg.Kind, Method: reg.Method, Main: reg.Main}
				changed = true
			}
		}
	}
	for fn, r := range b.wrappers {
		if fn.Exported() {
			b.pass.ExportObjectFact(fn, &r)
		}
	}
}

// registeredParam returns the index of the parameter of fn that arg, a
// registration's function argument in fn's body, registers: the
// parameter itself (or converted), a literal that calls it, or a call
// of a wrapper given it; or -1.
func (b *builder) registeredParam(fn *types.Func, arg ast.Expr) int {
	info := b.pass.TypesInfo
	params := fn.Signature().Params()
	index := func(e ast.Expr) int {
		id, ok := ast.Unparen(e).(*ast.Ident)
		if !ok {
			return -1
		}
		v, ok := info.Uses[id].(*types.Var)
		if !ok {
			return -1
		}
		for i := range params.Len() {
			if params.At(i) == v && isFunc(v.Type()) {
				return i
			}
		}
		return -1
	}
	switch arg := ast.Unparen(arg).(type) {
	case *ast.Ident:
		return index(arg)
	case *ast.CallExpr:
		if b.isConversion(arg) {
			if len(arg.Args) == 1 {
				return index(arg.Args[0])
			}
			return -1
		}
		// A wrapper given the parameter, which its result serves
		// (lambda.Start(otellambda.InstrumentHandler(h))), unless the
		// wrapper runs it itself at the call (see runsAtCall).
		for _, a := range arg.Args {
			if i := index(a); i >= 0 && !b.runsAtCall(arg, a) {
				return i
			}
		}
	case *ast.FuncLit:
		// A literal that calls the parameter on its own goroutine.
		found := -1
		ast.Inspect(arg.Body, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncLit, *ast.GoStmt, *ast.DeferStmt:
				return false
			case *ast.CallExpr:
				if i := index(n.Fun); i >= 0 && found < 0 {
					found = i
				}
			}
			return found < 0
		})
		return found
	}
	return -1
}
