package funcmodel

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// serveEdges adds, for every call of a router's ServeHTTP in a body
// (router.ServeHTTP(w, r) in a handler, or the method value given to a
// call that runs it: cors.ServeHTTP(w, r, router.ServeHTTP)) or of an
// aws-lambda-go-api-proxy adapter's serving method
// (s.adapter.ProxyWithContext(ctx, event) in a Lambda handler), an edge
// to each handler served: serving a router runs its routes.
func (b *builder) serveEdges() {
	for _, fn := range b.model.Funcs {
		for _, e := range fn.Edges {
			if e.When != Now || e.Call == nil {
				continue
			}
			// The call of the serving method, or the method value given
			// to a call that runs it (cors.ServeHTTP(w, r,
			// router.ServeHTTP), next(w, r) in its body).
			fun := e.Call.Fun
			if e.Node != e.Call {
				x, ok := e.Node.(ast.Expr)
				if !ok {
					continue
				}
				fun = x
			}
			sel, ok := ast.Unparen(fun).(*ast.SelectorExpr)
			if !ok {
				continue
			}
			var served []target
			if router := b.routesServed(sel); router != nil {
				served = []target{{router: router}}
			} else if targets, ok := b.adapterTargets(sel); ok {
				served = targets
			}
			for _, t := range served {
				handlers := []target{t}
				if t.router != nil {
					handlers = nil
					for _, rh := range b.routeHandlers(t.router) {
						handlers = append(handlers, rh.target)
					}
				}
				for _, h := range handlers {
					if h.obj != nil && h.obj.Pkg() != b.pass.Pkg && t.router != nil {
						// A route handler of another package: its effects
						// would all be reported at this one call, once per
						// route. Where fn is an entry point, the routes
						// are entry points of their own (see
						// addServedRoutes); elsewhere this is a blind spot
						// (see doc.go).
						b.bodyRouters = append(b.bodyRouters, bodyRouter{fn, t.router, t.http})
						continue
					}
					edge := Edge{When: Now, Node: e.Call, Call: e.Call, Callee: h.obj}
					if h.lit != nil {
						edge.Lit = b.model.byNode[h.lit]
					}
					if edge.Callee != nil || edge.Lit != nil {
						fn.Edges = append(fn.Edges, edge)
					}
				}
			}
		}
	}
}

// A bodyRouter is a router whose routes a body serves by calling its
// ServeHTTP or an adapter's serving method, when some are of another
// package.
type bodyRouter struct {
	fn     *Func
	router types.Object
	http   bool // served through an aws-lambda-go-api-proxy adapter
}

// addServedRoutes makes the routes of another package that an entry
// point's body serves (fiberLambda.ProxyWithContext(ctx, req) in a
// Lambda handler, the adapter built in init from rest.Create()) HTTP
// entry points of their own, named by their pattern, via "route of"
// the entry point, so that each handler is judged where it is written.
func (b *builder) addServedRoutes() {
	done := make(map[bodyRouter]bool)
	for _, br := range b.bodyRouters {
		if done[br] {
			continue
		}
		done[br] = true
		for _, e := range b.model.Entries {
			if e.Func != br.fn || e.Route {
				continue
			}
			for _, r := range b.addRoutes(knowledge.HTTP, "", "route of "+e.Name, br.router, e.Platform) {
				if r.Obj == nil || r.Obj.Pkg() == b.pass.Pkg {
					// of this package: run by the body's edges already
					b.model.Entries = slices.DeleteFunc(b.model.Entries, func(x *Entry) bool { return x == r })
				}
			}
			break
		}
	}
}

// markPhases computes every body's phase and the entry points that
// reach it: function code through the edges that run their target from
// the entry points (once-only edges make it per instance), cold-start
// code through those edges from init and the package initializers.
func (m *Model) markPhases(everything bool) {
	if everything {
		// Every function is an entry point: record only the entry point
		// of each body's own declaration, which keeps the model linear.
		for _, e := range m.Entries {
			if e.Func != nil {
				e.Func.Entries = append(e.Func.Entries, e)
				e.Func.Phase |= PerInvocation
			}
		}
		for _, f := range m.Funcs {
			if d := f.Decl(); f.Obj == nil && d != nil {
				f.Entries, f.Phase = d.Entries, d.Phase
			}
		}
		return
	}
	for _, e := range append(slices.Clip(m.Entries), m.reached...) {
		if e.Func == nil {
			continue
		}
		root := PerInvocation
		if e.once {
			root = PerInstance
		}
		seen := map[*Func]Phase{e.Func: root}
		queue := []*Func{e.Func}
		for len(queue) > 0 {
			f := queue[0]
			queue = queue[1:]
			for _, edge := range f.Edges {
				t := m.Target(edge)
				if t == nil || !edge.Runs() {
					continue
				}
				next := seen[f]
				if edge.When == Once {
					next = PerInstance
				}
				if seen[t]|next != seen[t] {
					seen[t] |= next
					queue = append(queue, t)
				}
			}
		}
		for _, f := range m.Funcs { // in source order
			if ph, ok := seen[f]; ok {
				f.Phase |= ph
				f.Entries = append(f.Entries, e)
			}
		}
	}
	if !m.instance() {
		return // the initialization of a library or a local server is no instance's cold start
	}
	var queue []*Func
	lambdaMain := m.Pkg.Name() == "main" && Platforms(m.Entries)&Lambda != 0
	for _, f := range m.Funcs {
		// A Lambda binary's main runs in the init phase of the execution
		// environment, before lambda.Start hands control to the runtime.
		if f.Node == nil || isInit(f.Obj) || lambdaMain && isMain(f.Obj) {
			f.Phase |= ColdStart
			queue = append(queue, f)
		}
	}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		for _, edge := range f.Edges {
			if t := m.Target(edge); t != nil && edge.Runs() && !t.ColdStart() {
				t.Phase |= ColdStart
				queue = append(queue, t)
			}
		}
	}
}

// isMain reports whether fn is a main package's main function.
func isMain(fn *types.Func) bool {
	return fn != nil && fn.Name() == "main" && fn.Signature().Recv() == nil && fn.Pkg() != nil && fn.Pkg().Name() == "main"
}

// isInit reports whether fn is a package's init function.
func isInit(fn *types.Func) bool {
	return fn != nil && fn.Name() == "init" && fn.Signature().Recv() == nil
}

// instance reports whether the package's initialization is a function
// instance's cold start: it declares entry points, and is not a main
// package that only registers other packages' functions (a local
// development server). A Lambda main is the function's binary, wherever
// the handlers it starts are declared.
func (m *Model) instance() bool {
	for _, e := range m.Entries {
		if e.Func != nil || m.Pkg.Name() != "main" || e.Platform == Lambda {
			return true
		}
	}
	return false
}

// BeforeReturn returns the bodies that run on an invocation's goroutine
// before its entry point returns: the entry points' bodies and what
// they reach through calls (Now edges), not through deferred calls,
// goroutines, callbacks or once-only initializers. It is computed on
// each call, in time linear in the model.
func (m *Model) BeforeReturn() map[*Func]bool {
	seen := make(map[*Func]bool)
	var queue []*Func
	for _, e := range m.Entries {
		if e.Func != nil && !seen[e.Func] {
			seen[e.Func] = true
			queue = append(queue, e.Func)
		}
	}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		for _, e := range f.Edges {
			if t := m.Target(e); t != nil && e.When == Now && !seen[t] {
				seen[t] = true
				queue = append(queue, t)
			}
		}
	}
	return seen
}
