package funcmodel

import (
	"go/ast"
	"go/constant"
	"go/types"
	"strings"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// target is a function an entry point resolves to: a declared function
// (possibly of another package) or a literal of this package.
type target struct {
	obj *types.Func
	lit *ast.FuncLit
}

// A registration is a call to a registration function.
type registration struct {
	reg  knowledge.Registration
	call *ast.CallExpr
	via  string
}

// findRegistrations finds the calls to the registration functions of
// knowledge.Registrations, and marks their function arguments so that the
// walk does not count them as calls.
func (b *builder) findRegistrations(files []*ast.File) []registration {
	var regs []registration
	isMain := b.pass.Pkg.Name() == "main"
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			call, ok := n.(*ast.CallExpr)
			if !ok {
				return true
			}
			key := knowledge.CalleeKey(b.pass.TypesInfo, call)
			reg, ok := knowledge.Registrations[key]
			if !ok || isMain && !reg.Main || reg.FuncArg >= len(call.Args) {
				return true
			}
			b.regArgs[call.Args[reg.FuncArg]] = true
			regs = append(regs, registration{reg, call, key[strings.LastIndex(key, "/")+1:]})
			return true
		})
	}
	return regs
}

// addRegistered records the entry points of registration calls, once
// the bodies of the package are built.
func (b *builder) addRegistered(regs []registration) {
	for _, r := range regs {
		reg, call := r.reg, r.call
		arg := call.Args[reg.FuncArg]
		name := ""
		if reg.NameArg >= 0 && reg.NameArg < len(call.Args) {
			if tv := b.pass.TypesInfo.Types[call.Args[reg.NameArg]]; tv.Value != nil && tv.Value.Kind() == constant.String {
				name = constant.StringVal(tv.Value)
			}
		}
		var targets []target
		if reg.Method != "" {
			targets = b.methodTargets(arg, reg.Method)
		} else {
			targets = b.resolve(arg, make(map[ast.Node]bool))
		}
		for _, t := range targets {
			b.addEntry(reg.Kind, name, r.via, arg, t).Arg = arg
		}
	}
}

// resolve returns the functions that the function-valued expression e may
// denote: a named function or method value, a literal, a variable given
// one of those exactly once, a conversion of one, or a wrapper call: then
// both the function values passed to the wrapper and, when the wrapper is
// declared in this package, the literals it returns.
func (b *builder) resolve(e ast.Expr, seen map[ast.Node]bool) []target {
	e = ast.Unparen(e)
	if seen[e] {
		return nil
	}
	seen[e] = true
	info := b.pass.TypesInfo
	switch e := e.(type) {
	case *ast.FuncLit:
		return []target{{lit: e}}
	case *ast.IndexExpr: // an instantiation: handle[T]
		return b.resolve(e.X, seen)
	case *ast.IndexListExpr:
		return b.resolve(e.X, seen)
	case *ast.Ident, *ast.SelectorExpr:
		if fn := funcValue(info, e); fn != nil {
			return []target{{obj: fn.Origin()}}
		}
		var id *ast.Ident
		if sel, ok := e.(*ast.SelectorExpr); ok {
			id = sel.Sel
		} else {
			id = e.(*ast.Ident)
		}
		if v, ok := info.Uses[id].(*types.Var); ok {
			if value := b.model.ValueOf(v); value != nil {
				return b.resolve(value, seen)
			}
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() {
			if len(e.Args) == 1 {
				return b.resolve(e.Args[0], seen) // http.HandlerFunc(f)
			}
			return nil
		}
		var targets []target
		for _, arg := range e.Args {
			if _, ok := info.TypeOf(arg).Underlying().(*types.Signature); ok {
				targets = append(targets, b.resolve(arg, seen)...)
			}
		}
		if callee := staticCallee(info, e); callee != nil {
			if fn := b.model.Of(callee); fn != nil {
				ast.Inspect(fn.Body(), func(n ast.Node) bool {
					switch n := n.(type) {
					case *ast.FuncLit:
						return false // returns of nested literals are theirs
					case *ast.ReturnStmt:
						for _, r := range n.Results {
							if _, ok := info.TypeOf(r).Underlying().(*types.Signature); ok {
								targets = append(targets, b.resolve(r, seen)...)
							}
						}
					}
					return true
				})
			}
		}
		return targets
	}
	return nil
}

// methodTargets resolves a handler passed as an interface value to the
// method that serves invocations.
func (b *builder) methodTargets(arg ast.Expr, method string) []target {
	t := b.pass.TypesInfo.TypeOf(arg)
	if t == nil || types.IsInterface(t) {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, b.pass.Pkg, method)
	if fn, ok := obj.(*types.Func); ok {
		return []target{{obj: fn.Origin()}}
	}
	return nil
}

// addEntry records an entry point.
func (b *builder) addEntry(kind knowledge.Kind, name, via string, at ast.Node, t target) *Entry {
	e := &Entry{Kind: kind, Name: name, Via: via, Pos: at.Pos(), Obj: t.obj}
	if t.lit != nil {
		e.Func = b.model.Node(t.lit)
	} else {
		e.Func = b.model.Of(t.obj)
		if name == "" {
			e.Name = t.obj.Name()
		}
	}
	b.model.Entries = append(b.model.Entries, e)
	return e
}

// findFirstGen records the exported functions of a module's root package
// that have a 1st-gen signature. It runs only when the package registers
// nothing: a package that registers its functions says which they are.
func (b *builder) findFirstGen(files []*ast.File) {
	pass := b.pass
	if pass.Pkg.Name() == "main" || pass.Module == nil || pass.Pkg.Path() != pass.Module.Path {
		return
	}
	for _, f := range files {
		for _, decl := range f.Decls {
			fd, ok := decl.(*ast.FuncDecl)
			if !ok || fd.Recv != nil || fd.Body == nil || !fd.Name.IsExported() {
				continue
			}
			fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			if kind := SignatureKind(fn.Signature()); kind != 0 {
				b.addEntry(kind, fd.Name.Name, "1st gen", fd.Name, target{obj: fn})
			}
		}
	}
}

// findFlagged records the entry points named by the -entry flag.
func (b *builder) findFlagged(names []string) {
	for _, fn := range b.model.Funcs {
		if fn.Obj == nil {
			continue
		}
		key := knowledge.Key(fn.Obj)
		for _, name := range names {
			if name == key {
				kind := SignatureKind(fn.Obj.Signature())
				if kind == 0 {
					kind = knowledge.Background
				}
				b.addEntry(kind, fn.Obj.Name(), "flag", fn.Node.(*ast.FuncDecl).Name, target{obj: fn.Obj})
			}
		}
	}
}

// addEverything makes every declared function an entry point.
func (b *builder) addEverything() {
	for _, fn := range b.model.Funcs {
		if fn.Obj == nil {
			continue
		}
		kind := SignatureKind(fn.Obj.Signature())
		if kind == 0 {
			kind = knowledge.Background
		}
		b.addEntry(kind, fn.Obj.Name(), "everything", fn.Node.(*ast.FuncDecl).Name, target{obj: fn.Obj})
	}
}

// SignatureKind returns the kind of entry point whose signature sig is, or
// 0: HTTP func(http.ResponseWriter, *http.Request); CloudEvent
// func(context.Context, event.Event) error; background
// func(context.Context, T) error, T a struct, a pointer to one, or a map.
func SignatureKind(sig *types.Signature) knowledge.Kind {
	params, results := sig.Params(), sig.Results()
	if params.Len() != 2 || sig.Variadic() {
		return 0
	}
	p0, p1 := params.At(0).Type(), params.At(1).Type()
	if results.Len() == 0 {
		if knowledge.IsNamed(p0, knowledge.NetHTTP, "ResponseWriter") && isPointer(p1) && knowledge.IsNamed(p1, knowledge.NetHTTP, "Request") {
			return knowledge.HTTP
		}
		return 0
	}
	if results.Len() != 1 || !isError(results.At(0).Type()) || !knowledge.IsNamed(p0, "context", "Context") {
		return 0
	}
	if knowledge.IsNamed(p1, knowledge.CloudEventsPkg, knowledge.CloudEventsType) && !isPointer(p1) {
		return knowledge.CloudEvent
	}
	t := p1
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch t.Underlying().(type) {
	case *types.Struct, *types.Map:
		return knowledge.Background
	}
	return 0
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}
