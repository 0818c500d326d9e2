package funcmodel

import (
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// target is a function an entry point resolves to: a declared function
// (possibly of another package) or a literal of this package.
type target struct {
	obj    *types.Func
	lit    *ast.FuncLit
	router types.Object // a router: the handlers it serves (see builder.routeHandlers)
	// http: served through an HTTP adapter (aws-lambda-go-api-proxy):
	// an HTTP handler, whatever the registration's kind.
	http bool
	// url: served as a Lambda Function URL (lambdaurl.Wrap).
	url bool
}

// A registration is a call to a registration function.
type registration struct {
	reg  knowledge.Registration
	call *ast.CallExpr
	via  string
	// elsewhere: a registration in a main package (a local development
	// server), which declares entry points only of the other packages
	// whose functions it registers.
	elsewhere bool
}

// findRegistrations finds the calls to the registration functions of
// knowledge.RegistrationOf and the route registrations of
// knowledge.RouteOf (grouped by router), and marks their function
// arguments so that the walk records them as registered, not run.
// Registrations in a main package declare entry points only where the
// table says so (a Lambda main), but their arguments are registered all
// the same.
func (b *builder) findRegistrations() []registration {
	var regs []registration
	info := b.pass.TypesInfo
	isMain := b.pass.Pkg.Name() == "main"
	b.findSubRouters()
	for _, file := range b.files {
		for c := range file.Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			fn := knowledge.Callee(info, call)
			if fn == nil {
				continue
			}
			if reg, ok := b.registrationOf(fn); ok && reg.FuncArg < len(call.Args) {
				b.markRegArg(call.Args[reg.FuncArg])
				regs = append(regs, registration{reg, call, knowledge.ShortName(fn), isMain && !reg.Main})
				continue
			}
			b.findRoute(call, fn)
			b.importRoutes(call, fn)
		}
	}
	return regs
}

// markRegArg marks e, a registration's function argument, and the
// values that e's variable is given (wrapped := ddlambda.WrapFunction(h,
// cfg); lambda.Start(wrapped)): the function values in them are
// registered, as when the wrapper call is written in the registration.
func (b *builder) markRegArg(e ast.Expr) {
	for range 8 {
		e = ast.Unparen(e)
		if b.regArgs[e] {
			return
		}
		b.regArgs[e] = true
		v := valueVar(b.pass.TypesInfo, e)
		if v == nil || b.model.callValue(v) == nil {
			return
		}
		e = b.model.callValue(v)
	}
}

// varOf returns the variable that e denotes (v, pkg.V), or nil.
func varOf(info *types.Info, e ast.Expr) *types.Var {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		v, _ := info.Uses[e].(*types.Var)
		return v
	case *ast.SelectorExpr:
		if _, ok := info.Selections[e]; ok {
			return nil // a field: not followed
		}
		v, _ := info.Uses[e.Sel].(*types.Var)
		return v
	}
	return nil
}

// addRegistered records the entry points of registration calls, once
// the bodies of the package are built.
func (b *builder) addRegistered(regs []registration) {
	for _, r := range regs {
		reg, call := r.reg, r.call
		arg := call.Args[reg.FuncArg]
		name := ""
		if reg.NameArg >= 0 && reg.NameArg < len(call.Args) {
			name, _ = ConstString(b.pass.TypesInfo, call.Args[reg.NameArg])
		}
		platform := PlatformOf(reg.Kind)
		// The functions one registration declares (a Lambda handler and
		// the function its constructor keeps) are one deployed function,
		// named after the first when the registration names none.
		served := name
		for _, t := range b.registeredTargets(arg, reg.Method, 0) {
			if r.elsewhere && (t.obj == nil || t.obj.Pkg() == b.pass.Pkg) {
				continue // the local server's own code
			}
			kind := reg.Kind
			url := t.url || reg.Method == "ServeHTTP" && platform == Lambda
			if t.http || url || reg.Method == "ServeHTTP" {
				// a handler behind an API Gateway adapter, or served as
				// a Function URL (lambdaurl.Start)
				kind = knowledge.HTTP
			}
			if t.router != nil {
				via := "route of " + name
				if name == "" {
					via = "route of " + r.via
				}
				for _, e := range b.addRoutes(kind, name, via, t.router, platform) {
					e.FunctionURL = url
				}
				continue
			}
			e := b.addEntry(kind, name, r.via, arg, t)
			e.Arg, e.Platform, e.FunctionURL = arg, platform, url
			if served == "" {
				served = e.Name
			} else if e.Name != served {
				e.Served = served
			}
		}
	}
}

// registeredTargets resolves the argument of a registration: a function
// value; or, for a registration that serves a method of other values
// (lambda.Start, StartHandler: Invoke), a handler wrapped by
// lambda.NewHandler, or that method of the value's type.
func (b *builder) registeredTargets(arg ast.Expr, method string, depth int) []target {
	if method == "ServeHTTP" {
		return b.handlerTargets(arg) // an http.Handler: a router, a handler or a wrapper of one
	}
	if method == "" || isFunc(b.pass.TypesInfo.TypeOf(arg)) || depth > 8 {
		return b.resolve(arg, make(map[ast.Node]bool))
	}
	if inner := b.wrappedHandler(arg); inner != nil {
		return b.registeredTargets(inner, method, depth+1)
	}
	seen := make(map[ast.Node]bool)
	// A wrapper no table knows (a tracing agent's WrapHandler(h),
	// ddlambda.WrapFunction(h, cfg), otellambda.InstrumentHandler(h))
	// returns a value that serves the invocations with the handlers
	// passed to it, as an HTTP wrapper does (see resolve); one given a
	// value that serves method itself (otellambda.WrapHandler(
	// lambda.NewHandler(h))) serves that value's handlers.
	if call, ok := b.valueOf(arg).(*ast.CallExpr); ok && !b.isConversion(call) {
		targets := b.wrapperTargets(call, seen)
		for _, a := range call.Args {
			if t := typeOf(b.pass.TypesInfo, a); t != nil && !isFunc(t) && hasMethod(t, method) {
				targets = append(targets, b.registeredTargets(a, method, depth+1)...)
			}
		}
		if len(targets) > 0 {
			return targets
		}
	}
	return b.methodTargets(arg, method, seen)
}

// hasMethod reports whether values of type t have the method name.
func hasMethod(t types.Type, name string) bool {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, name)
	_, ok := obj.(*types.Func)
	return ok
}

// isConversion reports whether call converts a value to a type.
func (b *builder) isConversion(call *ast.CallExpr) bool {
	tv, ok := b.pass.TypesInfo.Types[call.Fun]
	return ok && tv.IsType()
}

// valueOf follows e through variables and fields given exactly one
// value, to that value.
func (b *builder) valueOf(e ast.Expr) ast.Expr {
	for range 8 {
		v := valueVar(b.pass.TypesInfo, e)
		if v == nil || b.model.callValue(v) == nil {
			break
		}
		e = b.model.callValue(v)
	}
	return ast.Unparen(e)
}

// wrappedHandler returns the handler that e, a call of a handler
// wrapper (lambda.NewHandler(fn)) or a variable given one, wraps; or nil.
func (b *builder) wrappedHandler(e ast.Expr) ast.Expr {
	call, ok := b.valueOf(e).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if i, ok := knowledge.HandlerWrapperOf(knowledge.Callee(b.pass.TypesInfo, call)); ok && i < len(call.Args) {
		return call.Args[i]
	}
	return nil
}

// adapterTargets resolves sel, when it is the serving method of an
// aws-lambda-go-api-proxy adapter (httpadapter.New(mux).ProxyWithContext,
// or adapter.Proxy for a variable given one adapter), to the handler or
// router that the adapter serves, marked as HTTP handlers.
func (b *builder) adapterTargets(sel *ast.SelectorExpr) ([]target, bool) {
	if !knowledge.IsAdapterMethod(sel.Sel.Name) {
		return nil, false
	}
	call, ok := b.valueOf(sel.X).(*ast.CallExpr)
	if !ok {
		return nil, false
	}
	i, ok := knowledge.AdapterOf(knowledge.Callee(b.pass.TypesInfo, call))
	if !ok || i >= len(call.Args) {
		return nil, false
	}
	targets := b.handlerTargets(call.Args[i])
	for i := range targets {
		targets[i].http = true
	}
	return targets, true
}

// resolve returns the functions that the function-valued expression e may
// denote: a named function or method value, a literal, a variable given
// one of those exactly once, a conversion of one, the ServeHTTP method of
// a router (its routes), or a wrapper call: then both the function values
// passed to the wrapper and, when the wrapper is declared in this
// package, the literals it returns.
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
		if sel, ok := e.(*ast.SelectorExpr); ok {
			if router := b.routesServed(sel); router != nil {
				return []target{{router: router}}
			}
			if targets, ok := b.adapterTargets(sel); ok {
				return targets
			}
		}
		if fn := funcValue(info, e); fn != nil {
			if recv := fn.Signature().Recv(); recv != nil && types.IsInterface(recv.Type()) {
				// h.ServeHTTP for an interface variable given one value,
				// or for a wrapper's result (withCORS(mux).ServeHTTP).
				if sel, ok := e.(*ast.SelectorExpr); ok {
					return b.methodTargets(sel.X, fn.Name(), seen)
				}
				return nil
			}
			targets := []target{{obj: fn.Origin()}}
			if sel, ok := e.(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil {
				targets = append(targets, b.constructorFuncs(sel.X, seen)...)
			}
			return targets
		}
		if v := varOf(info, e); v != nil {
			if value := b.model.callValue(v); value != nil {
				return b.resolve(value, seen)
			}
			if x, ok := b.ranged[v]; ok {
				return b.resolveAll(b.elements(x, ""), seen) // for _, h := range handlers
			}
		}
		if sel, ok := e.(*ast.SelectorExpr); ok {
			// rt.handler, for _, rt := range routes: the handler field of
			// every route of the table.
			if v, ok := info.Uses[ast.Unparen(sel.X).(*ast.Ident)].(*types.Var); ok && isIdent(sel.X) {
				if x, ok := b.ranged[v]; ok {
					return b.resolveAll(b.elements(x, sel.Sel.Name), seen)
				}
			}
		}
	case *ast.CallExpr:
		if tv, ok := info.Types[e.Fun]; ok && tv.IsType() {
			if len(e.Args) == 1 {
				return b.resolve(e.Args[0], seen) // http.HandlerFunc(f)
			}
			return nil
		}
		if i, ok := knowledge.LambdaHTTPWrapperOf(knowledge.Callee(info, e)); ok && i < len(e.Args) {
			// lambdaurl.Wrap(h): h serves the Function URL's requests.
			targets := b.handlerTargets(e.Args[i])
			for i := range targets {
				targets[i].http, targets[i].url = true, true
			}
			return targets
		}
		return b.wrapperTargets(e, seen)
	}
	return nil
}

// constructorFuncs returns, for the receiver x of a method value that
// serves invocations (NewLambda(cfg, handle).Handle, or t.Handle for a
// variable given such a call once), the functions passed to the call
// that built it: the value keeps them and runs them when it serves, as
// a wrapper does (see resolve).
func (b *builder) constructorFuncs(x ast.Expr, seen map[ast.Node]bool) []target {
	info := b.pass.TypesInfo
	call, ok := b.valueOf(x).(*ast.CallExpr)
	if !ok {
		return nil
	}
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return nil
	}
	var targets []target
	for _, arg := range call.Args {
		if isFunc(typeOf(info, arg)) {
			targets = append(targets, b.resolve(arg, seen)...)
		}
	}
	return targets
}

// resolveAll resolves each of the expressions.
func (b *builder) resolveAll(exprs []ast.Expr, seen map[ast.Node]bool) []target {
	var targets []target
	for _, x := range exprs {
		targets = append(targets, b.resolve(x, seen)...)
	}
	return targets
}

// elements returns the values of the slice, array or map literal that x
// is or that the variable x is given once (a package-level table of
// routes); with field set, the field of that name of each struct
// element instead.
func (b *builder) elements(x ast.Expr, field string) []ast.Expr {
	info := b.pass.TypesInfo
	if v := varOf(info, x); v != nil && b.model.callValue(v) != nil {
		x = b.model.callValue(v)
	}
	lit, ok := ast.Unparen(x).(*ast.CompositeLit)
	if !ok {
		return nil
	}
	var out []ast.Expr
	for _, elt := range lit.Elts {
		if kv, ok := elt.(*ast.KeyValueExpr); ok {
			elt = kv.Value
		}
		if field == "" {
			out = append(out, elt)
			continue
		}
		if ptr, ok := elt.(*ast.UnaryExpr); ok && ptr.Op == token.AND {
			elt = ptr.X
		}
		s, ok := elt.(*ast.CompositeLit)
		if !ok {
			continue
		}
		st, ok := structOf(info.TypeOf(s))
		if !ok {
			continue
		}
		for i, f := range s.Elts {
			if kv, ok := f.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && id.Name == field {
					out = append(out, kv.Value)
				}
			} else if i < st.NumFields() && st.Field(i).Name() == field {
				out = append(out, f)
			}
		}
	}
	return out
}

// structOf returns the struct type underlying t, if it is one.
func structOf(t types.Type) (*types.Struct, bool) {
	if t == nil {
		return nil, false
	}
	st, ok := t.Underlying().(*types.Struct)
	return st, ok
}

func isIdent(e ast.Expr) bool {
	_, ok := ast.Unparen(e).(*ast.Ident)
	return ok
}

// methodTargets resolves a handler passed as an interface value to the
// method that serves invocations: of its concrete type, of the one value
// given to the interface variable it is, or, for an http.Handler that a
// wrapper returns (withCORS(mux)), what the wrapper serves. seen holds
// the expressions already followed by the walk this one is part of: a
// value met again (h = wrap(h), or a = wrap(b); b = wrap(a)) adds
// nothing, so every walk over values ends.
func (b *builder) methodTargets(arg ast.Expr, method string, seen map[ast.Node]bool) []target {
	info := b.pass.TypesInfo
	for range 8 {
		arg = ast.Unparen(arg)
		if seen[arg] {
			return nil
		}
		seen[arg] = true
		t := typeOf(info, arg)
		if t == nil {
			return nil
		}
		if call, ok := arg.(*ast.CallExpr); ok && method == "ServeHTTP" && types.IsInterface(t) {
			if tv, ok := info.Types[call.Fun]; !ok || !tv.IsType() {
				return b.wrapperTargets(call, seen)
			}
		}
		if !types.IsInterface(t) {
			obj, _, _ := types.LookupFieldOrMethod(t, true, b.pass.Pkg, method)
			if fn, ok := obj.(*types.Func); ok {
				return []target{{obj: fn.Origin()}}
			}
			return nil
		}
		v := valueVar(info, arg)
		if v == nil || b.model.callValue(v) == nil {
			return nil
		}
		arg = b.model.callValue(v)
	}
	return nil
}

// addEntry records an entry point.
func (b *builder) addEntry(kind knowledge.Kind, name, via string, at ast.Node, t target) *Entry {
	e := &Entry{Kind: kind, Platform: PlatformOf(kind), Name: name, Via: via, Pos: at.Pos(), Obj: t.obj}
	if t.lit != nil {
		e.Func = b.model.Node(t.lit)
	} else {
		e.Func = b.model.Of(t.obj)
		if t.obj.Pkg() != b.pass.Pkg {
			e.Judged = b.pass.ImportObjectFact(t.obj, new(judged))
		}
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
func (b *builder) findFirstGen() {
	pass := b.pass
	if pass.Pkg.Name() == "main" || pass.Module == nil || pass.Pkg.Path() != pass.Module.Path && !rootFiles(pass) {
		return
	}
	for _, f := range b.model.Files {
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

// rootFiles reports whether pass analyzes Go files named on the command
// line (fnlint function.go) that lie in the root directory of their
// module, which fnlint's driver gives them: they are the root package,
// or part of it.
func rootFiles(pass *analysis.Pass) bool {
	if pass.Pkg.Path() != "command-line-arguments" || pass.Module.Dir == "" || len(pass.Files) == 0 {
		return false
	}
	for _, f := range pass.Files {
		if filepath.Dir(pass.Fset.File(f.FileStart).Name()) != filepath.Clean(pass.Module.Dir) {
			return false
		}
	}
	return true
}

// findFlagged records the entry points named by the -entry flag, and
// those that registrations in other packages declare.
func (b *builder) findFlagged(names []string, registered []ExternalEntry) {
	if len(names) == 0 && len(registered) == 0 {
		return
	}
	for _, fn := range b.model.Funcs {
		if fn.Obj == nil {
			continue
		}
		key := knowledge.Key(fn.Obj)
		dotted := strings.NewReplacer("(*", "", "(", "", ").", ".").Replace(key) // the flag's importpath.Type.Method
		decl := fn.Node.(*ast.FuncDecl).Name
		for _, name := range names {
			platform, name := splitEntry(name)
			if name != key && name != dotted {
				continue
			}
			if platform == 0 {
				platform = flaggedPlatform(b.model.Files)
			}
			kind := knowledge.Lambda
			if platform == CloudRun {
				if kind = SignatureKind(fn.Obj.Signature()); kind == 0 {
					kind = knowledge.Background
				}
			}
			e := b.addEntry(kind, fn.Obj.Name(), "flag", decl, target{obj: fn.Obj})
			e.Platform = platform
		}
		for _, r := range registered {
			if r.Key == key && r.Caller != "" {
				b.addReached(r, fn, decl)
			} else if r.Key == key {
				e := b.addEntry(r.Kind, r.Name, r.Via, decl, target{obj: fn.Obj})
				e.Route, e.FunctionURL = r.Route, r.FunctionURL
				if r.Platform != 0 {
					e.Platform = r.Platform
				}
			}
		}
	}
}

// addReached records that an entry point of another package reaches
// fn, declared at decl, through calls (r has a Caller).
func (b *builder) addReached(r ExternalEntry, fn *Func, decl ast.Node) {
	e := &Entry{Kind: r.Kind, Platform: r.Platform, Name: r.Name, Via: r.Via, Route: r.Route, FunctionURL: r.FunctionURL,
		Pos: decl.Pos(), Obj: fn.Obj, Func: fn, Caller: r.Caller, CallPos: b.sitePos(r.At)}
	if e.Platform == 0 {
		e.Platform = PlatformOf(e.Kind)
	}
	e.once = r.Once
	b.model.reached = append(b.model.reached, e)
}

// sitePos returns the position of s in the pass's file set, NoPos when
// s is empty or its file is not in the set (the driver that names a
// Site adds its file: see lintcmd/runner's registrations.go).
func (b *builder) sitePos(s Site) token.Pos {
	if s.File == "" {
		return token.NoPos
	}
	if b.siteFiles == nil {
		b.siteFiles = make(map[string]*token.File)
		b.pass.Fset.Iterate(func(f *token.File) bool {
			if _, ok := b.siteFiles[f.Name()]; !ok {
				b.siteFiles[f.Name()] = f // the first, as the run parsed it
			}
			return true
		})
	}
	tf := b.siteFiles[s.File]
	if tf == nil || s.Offset < 0 || s.Offset > tf.Size() {
		return token.NoPos
	}
	return tf.Pos(s.Offset)
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
		// A *http.ResponseWriter is not the HTTP signature (a helper such
		// as EnableCors(w *http.ResponseWriter, r *http.Request)).
		if knowledge.IsNamed(p0, knowledge.NetHTTP, "ResponseWriter") && !isPointer(p0) && isPointer(p1) && knowledge.IsNamed(p1, knowledge.NetHTTP, "Request") {
			return knowledge.HTTP
		}
		return 0
	}
	if results.Len() != 1 || !knowledge.IsError(results.At(0).Type()) || !knowledge.IsNamed(p0, "context", "Context") {
		return 0
	}
	if knowledge.IsNamed(p1, knowledge.CloudEventsPkg, knowledge.CloudEventsType) && !isPointer(p1) {
		return knowledge.CloudEvent
	}
	t := p1
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	switch u := t.Underlying().(type) {
	case *types.Struct, *types.Map:
		return knowledge.Background
	case *types.Interface:
		if u.Empty() { // interface{} or any: the framework decodes the payload into it
			return knowledge.Background
		}
	}
	return 0
}

func isPointer(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.Pointer)
	return ok
}
