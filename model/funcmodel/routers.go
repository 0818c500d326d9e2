package funcmodel

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// A route is a handler registered on a router, or a middleware of the
// router's routes.
type route struct {
	pattern  string
	handlers []ast.Expr
	// middleware: the handlers are middleware, which run per request
	// themselves (gin's) or return the handler that does
	// (func(http.Handler) http.Handler).
	middleware bool
	// imported holds the handlers of a route that a function of another
	// package registered (see importRoutes), and at the call that did.
	imported []target
	at       ast.Expr
}

// A parent is the router that a sub-router derives from, and the prefix
// under which it serves the sub-router's routes.
type parent struct {
	router types.Object
	prefix string
}

// maxRouterDepth bounds the walks through sub-routers, mounted routers
// and wrappers: real code nests a few levels, and cycles end there.
const maxRouterDepth = 8

// findSubRouters records the routers given to the callbacks of
// sub-router methods (chi's r.Route("/api", func(r chi.Router) {...}))
// and to the router parameters of the package's own functions
// (registerRoutes(r) for func registerRoutes(r *mux.Router)), so that
// the routes registered on them count for the router passed, whatever
// the order in which the files are read. A parameter given different
// routers by different calls is left alone.
func (b *builder) findSubRouters() {
	info := b.pass.TypesInfo
	conflicts := make(map[types.Object]bool)
	link := func(param *types.Var, p parent) {
		if old, ok := b.parents[param]; ok && old != p {
			conflicts[param] = true
		}
		b.parents[param] = p
	}
	for _, file := range b.files {
		for c := range file.Preorder((*ast.CallExpr)(nil)) {
			call := c.Node().(*ast.CallExpr)
			callee := knowledge.Callee(info, call)
			if callee == nil {
				continue
			}
			if callee.Pkg() == b.pass.Pkg {
				params := callee.Origin().Signature().Params()
				for i, arg := range call.Args {
					if i >= params.Len() || !knowledge.IsRouter(typeOf(info, arg)) {
						continue
					}
					if router, prefix := b.rootRouter(arg); router != nil && router != params.At(i) {
						link(params.At(i), parent{router, prefix})
					}
				}
				continue
			}
			sr, ok := knowledge.SubRouterOf(callee)
			if !ok || sr.Callback < 0 || sr.Callback >= len(call.Args) {
				continue
			}
			sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			sig, ok := typeOf(info, call.Args[sr.Callback]).(*types.Signature)
			if !ok || sig.Params().Len() == 0 {
				continue
			}
			if router, prefix := b.rootRouter(sel.X); router != nil {
				link(sig.Params().At(0), parent{router, joinPattern(prefix, argString(info, call, sr.Prefix))})
			}
		}
	}
	for param := range conflicts {
		delete(b.parents, param)
	}
}

// findRoute records call when it registers a handler or middleware on a
// router (knowledge.RouteOf, knowledge.MiddlewareOf), or middleware of a
// sub-router (knowledge.SubRouterOf), on the router it derives from, and
// marks the handlers as registered, not run.
func (b *builder) findRoute(call *ast.CallExpr, fn *types.Func) {
	info := b.pass.TypesInfo
	var router types.Object
	prefix := ""
	add := func(r route, args []ast.Expr) {
		for _, h := range args {
			b.regArgs[h] = true
			r.handlers = append(r.handlers, h)
		}
		if len(r.handlers) > 0 {
			b.routes[router] = append(b.routes[router], r)
		}
	}
	receiver := func() bool {
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok {
			router, prefix = b.rootRouter(sel.X)
		}
		return router != nil
	}
	if rt, ok := knowledge.RouteOf(fn); ok && rt.Handlers < len(call.Args) {
		if rt.Default != "" {
			router = fn.Pkg().Scope().Lookup(rt.Default) // http.HandleFunc: DefaultServeMux
		} else if !receiver() {
			return
		}
		if router == nil {
			return
		}
		last := rt.Handlers
		if rt.Chain {
			last = len(call.Args) - 1
		}
		add(route{pattern: joinPattern(prefix, argString(info, call, rt.Pattern))}, call.Args[rt.Handlers:last+1])
		if rt.Middleware {
			add(route{pattern: joinPattern(prefix, argString(info, call, rt.Pattern)), middleware: true}, call.Args[last+1:])
		}
		return
	}
	if i, ok := knowledge.MiddlewareOf(fn); ok && i < len(call.Args) && receiver() {
		add(route{pattern: prefix, middleware: true}, call.Args[i:])
		return
	}
	if sr, ok := knowledge.SubRouterOf(fn); ok && sr.Middleware >= 0 && sr.Middleware < len(call.Args) && receiver() {
		add(route{pattern: joinPattern(prefix, argString(info, call, sr.Prefix)), middleware: true}, call.Args[sr.Middleware:])
	}
}

// rootRouter returns the router that x, a router expression, registers
// on, and the prefix under which that router serves x's routes: x itself
// when it is a variable or a field (a router held in a struct counts per
// field, whatever the struct value), or, through sub-routers
// (r.PathPrefix("/api").Subrouter(), e.Group("/api"), chi's Route and
// Group callbacks, r.With(mw)) and variables given one of those once,
// the router they derive from; or nil.
func (b *builder) rootRouter(x ast.Expr) (types.Object, string) {
	info := b.pass.TypesInfo
	prefix := ""
	for range maxRouterDepth * 2 {
		x = ast.Unparen(x)
		if call, ok := x.(*ast.CallExpr); ok {
			sr, ok := knowledge.SubRouterOf(knowledge.Callee(info, call))
			sel, isSel := ast.Unparen(call.Fun).(*ast.SelectorExpr)
			if !ok || !isSel {
				return nil, ""
			}
			prefix = joinPattern(argString(info, call, sr.Prefix), prefix)
			x = sel.X
			continue
		}
		v := valueVar(info, x)
		if v == nil {
			return nil, ""
		}
		for range maxRouterDepth {
			p, ok := b.parents[v]
			if !ok {
				break
			}
			prefix = joinPattern(p.prefix, prefix)
			if v, _ = p.router.(*types.Var); v == nil {
				return nil, ""
			}
		}
		if value := b.model.callValue(v); value != nil {
			if call, ok := ast.Unparen(value).(*ast.CallExpr); ok {
				if _, ok := knowledge.SubRouterOf(knowledge.Callee(info, call)); ok {
					x = call // api := r.PathPrefix("/api").Subrouter()
					continue
				}
			}
		}
		return v, prefix
	}
	return nil, ""
}

// valueVar returns the variable (v, pkg.V) or the field (s.router) that
// e denotes, or nil.
func valueVar(info *types.Info, e ast.Expr) *types.Var {
	if sel, ok := ast.Unparen(e).(*ast.SelectorExpr); ok {
		if _, ok := info.Selections[sel]; ok {
			return FieldOf(info, sel)
		}
	}
	return varOf(info, e)
}

// servedRouter returns the router that x serves, when x is a router, a
// variable given one once, or a call of a function of this package that
// returns one (newRouter().ServeHTTP); or nil.
func (b *builder) servedRouter(x ast.Expr) types.Object {
	for range maxRouterDepth {
		if router, _ := b.rootRouter(x); router != nil {
			if b.routes[router] != nil {
				return router
			}
			v, _ := router.(*types.Var)
			if v == nil || b.model.callValue(v) == nil {
				return nil
			}
			x = b.model.callValue(v)
			if _, ok := ast.Unparen(x).(*ast.CallExpr); !ok {
				continue // router = r: r's routes
			}
		}
		call, ok := ast.Unparen(x).(*ast.CallExpr)
		if !ok {
			return nil
		}
		if fn := knowledge.Callee(b.pass.TypesInfo, call); fn != nil && b.routes[fn.Origin()] != nil {
			return fn.Origin() // api.NewRouter(): the routes of its fact
		}
		f := b.calledFunc(call)
		if f == nil {
			return nil
		}
		// The one router the function returns.
		var returned ast.Expr
		for _, r := range b.returned(f) {
			if returned != nil {
				return nil
			}
			returned = r
		}
		if returned == nil {
			return nil
		}
		x = returned
	}
	return nil
}

// calledFunc returns the body that call calls when it is of this
// package: a declared function or an immediately called literal.
func (b *builder) calledFunc(call *ast.CallExpr) *Func {
	if lit, ok := ast.Unparen(call.Fun).(*ast.FuncLit); ok {
		return b.model.Node(lit)
	}
	if callee := knowledge.Callee(b.pass.TypesInfo, call); callee != nil {
		return b.model.Of(callee)
	}
	return nil
}

// returned returns the results of the return statements of f's own body
// (not of the literals within it), for a function of one result.
func (b *builder) returned(f *Func) []ast.Expr {
	var out []ast.Expr
	body := f.Body()
	if body == nil {
		return nil
	}
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			if len(n.Results) == 1 {
				out = append(out, n.Results[0])
			}
		}
		return true
	})
	return out
}

// routesServed returns the router that a ServeHTTP method value or call
// serves (mux.ServeHTTP, s.router.ServeHTTP, newRouter().ServeHTTP), or
// nil.
func (b *builder) routesServed(sel *ast.SelectorExpr) types.Object {
	if sel.Sel.Name != "ServeHTTP" {
		return nil
	}
	return b.servedRouter(sel.X)
}

// A routeHandler is a handler that a router serves, with the pattern it
// serves (its prefixes joined) and what it resolves to.
type routeHandler struct {
	pattern    string
	arg        ast.Expr
	target     target
	middleware bool
}

// routeHandlers returns the handlers that router serves: its routes, the
// routes of the routers mounted on it, and the handlers its middleware
// runs per request.
func (b *builder) routeHandlers(router types.Object) []routeHandler {
	var out []routeHandler
	seen := make(map[types.Object]bool)
	var walk func(router types.Object, prefix string, depth int)
	walk = func(router types.Object, prefix string, depth int) {
		if seen[router] || depth > maxRouterDepth {
			return
		}
		seen[router] = true
		for _, r := range b.routes[router] {
			pattern := joinPattern(prefix, r.pattern)
			for _, t := range r.imported {
				out = append(out, routeHandler{pattern, r.at, t, r.middleware})
			}
			for _, h := range r.handlers {
				var targets []target
				if r.middleware {
					targets = b.middlewareTargets(h)
				} else {
					targets = b.handlerTargets(h)
				}
				for _, t := range targets {
					if t.router != nil {
						walk(t.router, pattern, depth+1) // a router mounted on this one
						continue
					}
					out = append(out, routeHandler{pattern, h, t, r.middleware})
				}
			}
		}
	}
	walk(router, "", 0)
	// A router given the result of another package's function
	// (r := api.NewRouter()) serves that function's routes too.
	if v, ok := router.(*types.Var); ok {
		if call, ok := ast.Unparen(b.model.callValue(v)).(*ast.CallExpr); ok {
			if fn := knowledge.Callee(b.pass.TypesInfo, call); fn != nil && b.routes[fn.Origin()] != nil {
				walk(fn.Origin(), "", 0)
			}
		}
	}
	return out
}

// addRoutes records the handlers that router serves for an entry point
// as entry points of their own, named "NAME PATTERN", on the platform
// of the entry point; via names the entry point ("route of API"), the
// middleware says so ("middleware of API"). It returns the entries.
func (b *builder) addRoutes(kind knowledge.Kind, name, via string, router types.Object, platform Platform) []*Entry {
	var entries []*Entry
	for _, rh := range b.routeHandlers(router) {
		via := via
		if rh.middleware {
			via = "middleware of " + strings.TrimPrefix(via, "route of ")
		}
		e := b.addEntry(kind, strings.TrimSpace(name+" "+rh.pattern), via, rh.arg, rh.target)
		e.Arg, e.Platform, e.Served, e.Route = rh.arg, platform, name, !rh.middleware
		entries = append(entries, e)
	}
	return entries
}

// handlerTargets resolves a route's handler: a function value, a router
// (mounted on another), a handler wrapper (http.StripPrefix("/api", h)),
// or an http.Handler whose ServeHTTP serves the route.
func (b *builder) handlerTargets(h ast.Expr) []target {
	if isFunc(typeOf(b.pass.TypesInfo, h)) {
		return b.resolve(h, make(map[ast.Node]bool))
	}
	if router := b.servedRouter(h); router != nil {
		return []target{{router: router}}
	}
	return b.methodTargets(h, "ServeHTTP", make(map[ast.Node]bool))
}

// middlewareTargets resolves a middleware to the handlers that run per
// request: the middleware itself when it is a handler (gin's
// HandlerFunc, which returns nothing, or an echo handler returning an
// error), or the handlers that a wrapper (func(http.Handler)
// http.Handler, echo's MiddlewareFunc) returns. The wrapper's own body
// runs when the router builds its chain, not per request.
func (b *builder) middlewareTargets(h ast.Expr) []target {
	info := b.pass.TypesInfo
	var out []target
	for _, t := range b.resolve(h, make(map[ast.Node]bool)) {
		var f *Func
		if t.lit != nil {
			f = b.model.Node(t.lit)
		} else if t.obj != nil {
			f = b.model.Of(t.obj)
		}
		sig := funcSignature(info, t)
		if sig == nil || sig.Results().Len() != 1 || !servesHTTP(sig.Results().At(0).Type()) {
			out = append(out, t) // a handler
			continue
		}
		if f == nil {
			continue // a wrapper of another package: what it returns is not seen
		}
		seen := make(map[ast.Node]bool)
		for _, r := range b.returned(f) {
			if isFunc(typeOf(info, r)) {
				out = append(out, b.resolve(r, seen)...)
			} else {
				out = append(out, b.methodTargets(r, "ServeHTTP", seen)...)
			}
		}
	}
	return out
}

// funcSignature returns the signature of the function a target denotes.
func funcSignature(info *types.Info, t target) *types.Signature {
	if t.obj != nil {
		return t.obj.Signature()
	}
	if t.lit != nil {
		sig, _ := typeOf(info, t.lit).(*types.Signature)
		return sig
	}
	return nil
}

// servesHTTP reports whether a value of type t serves requests: a
// function (a handler of some router's own type) or an http.Handler.
func servesHTTP(t types.Type) bool {
	if isFunc(t) {
		return true
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "ServeHTTP")
	fn, ok := obj.(*types.Func)
	return ok && SignatureKind(fn.Signature()) == knowledge.HTTP
}

// wrapperTargets resolves a call of a handler wrapper (withCORS(h),
// http.StripPrefix("/api", mux), cors.Default().Handler(mux)) to what
// serves its requests: the handlers and routers passed to it and, when
// the wrapper is declared in this package, the handlers it returns.
func (b *builder) wrapperTargets(call *ast.CallExpr, seen map[ast.Node]bool) []target {
	info := b.pass.TypesInfo
	var targets []target
	for _, arg := range call.Args {
		t := typeOf(info, arg)
		switch {
		case isFunc(t) && b.runsAtCall(call, arg):
			// run by the call itself (a constructor's loader), not served
		case isFunc(t):
			targets = append(targets, b.resolve(arg, seen)...)
		case t != nil && servesHTTP(t):
			if router := b.servedRouter(arg); router != nil {
				targets = append(targets, target{router: router})
			} else {
				targets = append(targets, b.methodTargets(arg, "ServeHTTP", seen)...)
			}
		}
	}
	if fn := b.calledFunc(call); fn != nil {
		for _, r := range b.returned(fn) {
			if isFunc(typeOf(info, r)) {
				targets = append(targets, b.resolve(r, seen)...)
			}
		}
	}
	return targets
}

// argString returns the constant string argument i of call, or "".
func argString(info *types.Info, call *ast.CallExpr, i int) string {
	if i < 0 || i >= len(call.Args) {
		return ""
	}
	s, _ := ConstString(info, call.Args[i])
	return s
}

// joinPattern joins a router's prefix and a route's pattern.
func joinPattern(prefix, pattern string) string {
	if strings.HasSuffix(prefix, "/") && strings.HasPrefix(pattern, "/") {
		return prefix + pattern[1:]
	}
	return prefix + pattern
}

// typeOf is info.TypeOf, which broken code may leave without a type.
func typeOf(info *types.Info, e ast.Expr) types.Type {
	if e == nil {
		return nil
	}
	return info.TypeOf(e)
}
