package funcmodel

import (
	"fmt"
	"go/ast"
	"go/types"
	"strings"

	"github.com/fnlint/fnlint/internal/knowledge"
)

// Routes built in one package of the module are often served in
// another: package api returns a populated router (func NewRouter()
// *mux.Router), or registers its routes on the router it is given
// (func Register(r *mux.Router)), and main serves that router. The
// model of package api exports what such a function puts on the router
// as a servesRoutes fact; the model of the package that calls it adds
// those routes to the router the call returns or is given, so that the
// handlers are entry points wherever the router is served.

// servesRoutes is the fact of an exported function that returns a router
// it registered routes on (Param -1), or registers routes on its router
// parameter Param.
type servesRoutes struct {
	Param  int
	Routes []servedRoute
}

// A servedRoute is one handler of a servesRoutes fact: a declared
// function, or a method of a named type (Recv), of the package Pkg.
type servedRoute struct {
	Pattern    string
	Pkg        string
	Recv, Name string
	Middleware bool
}

func (*servesRoutes) AFact() {}
func (s *servesRoutes) String() string {
	var names []string
	for _, r := range s.Routes {
		name := r.Name
		if r.Recv != "" {
			name = r.Recv + "." + name
		}
		names = append(names, strings.TrimSpace(r.Pattern+" "+name))
	}
	where := "its result"
	if s.Param >= 0 {
		where = fmt.Sprintf("parameter %d", s.Param)
	}
	return fmt.Sprintf("routes on %s: %s", where, strings.Join(names, ", "))
}

// exportServedRoutes exports the servesRoutes facts of the package's
// exported functions. Handlers that are literals are not named by the
// fact: they stay unjudged (a known blind spot).
func (b *builder) exportServedRoutes() {
	for _, f := range b.model.Funcs {
		if f.Obj == nil || !f.Obj.Exported() || f.Obj.Origin() != f.Obj {
			continue
		}
		if fact, ok := b.servedRoutes(f); ok {
			b.pass.ExportObjectFact(f.Obj, fact)
		}
	}
}

// servedRoutes returns the routes that f puts on the router it returns
// or on its router parameter, if any.
func (b *builder) servedRoutes(f *Func) (*servesRoutes, bool) {
	sig := f.Obj.Signature()
	if sig.Results().Len() == 1 && knowledge.IsRouter(sig.Results().At(0).Type()) {
		for _, r := range b.returned(f) {
			if router := b.servedRouter(r); router != nil {
				routes := b.exportedRoutes(router)
				return &servesRoutes{Param: -1, Routes: routes}, len(routes) > 0
			}
		}
	}
	for i := range sig.Params().Len() {
		if p := sig.Params().At(i); knowledge.IsRouter(p.Type()) && b.routes[p] != nil {
			routes := b.exportedRoutes(p)
			return &servesRoutes{Param: i, Routes: routes}, len(routes) > 0
		}
	}
	return nil, false
}

// exportedRoutes returns the handlers that router serves, as a fact
// names them.
func (b *builder) exportedRoutes(router types.Object) []servedRoute {
	var out []servedRoute
	for _, rh := range b.routeHandlers(router) {
		fn := rh.target.obj
		if fn == nil || fn.Pkg() == nil {
			continue
		}
		sr := servedRoute{Pattern: rh.pattern, Pkg: fn.Pkg().Path(), Name: fn.Name(), Middleware: rh.middleware}
		if recv := fn.Signature().Recv(); recv != nil {
			t := recv.Type()
			if p, ok := t.(*types.Pointer); ok {
				t = p.Elem()
			}
			n, ok := types.Unalias(t).(*types.Named)
			if !ok || n.Obj().Parent() != fn.Pkg().Scope() {
				continue // a method of an interface or of a local type
			}
			sr.Recv = n.Obj().Name()
		}
		out = append(out, sr)
	}
	return out
}

// importRoutes records the routes that call, a call of a function of
// another package with a servesRoutes fact, puts on a router: on the
// router it returns, keyed by the called function (see servedRouter),
// or on the router it is given.
func (b *builder) importRoutes(call *ast.CallExpr, fn *types.Func) {
	if fn.Pkg() == nil || fn.Pkg() == b.pass.Pkg {
		return
	}
	var fact servesRoutes
	if !b.pass.ImportObjectFact(fn.Origin(), &fact) {
		return
	}
	var router types.Object = fn.Origin()
	prefix := ""
	if fact.Param >= 0 {
		if fact.Param >= len(call.Args) {
			return
		}
		if router, prefix = b.rootRouter(call.Args[fact.Param]); router == nil {
			return
		}
	} else if b.imported[router] {
		return // the routes of a function called twice count once
	}
	b.imported[router] = true
	for _, sr := range fact.Routes {
		obj := b.lookup(sr)
		if obj == nil {
			continue
		}
		b.routes[router] = append(b.routes[router], route{
			pattern:    joinPattern(prefix, sr.Pattern),
			middleware: sr.Middleware,
			imported:   []target{{obj: obj}},
			at:         call,
		})
	}
}

// lookup returns the function or method that sr names, in the package
// of that path among those this one imports directly or indirectly; or
// nil.
func (b *builder) lookup(sr servedRoute) *types.Func {
	seen := make(map[*types.Package]bool)
	var find func(p *types.Package) *types.Package
	find = func(p *types.Package) *types.Package {
		if seen[p] {
			return nil
		}
		seen[p] = true
		if p.Path() == sr.Pkg {
			return p
		}
		for _, q := range p.Imports() {
			if found := find(q); found != nil {
				return found
			}
		}
		return nil
	}
	pkg := find(b.pass.Pkg)
	if pkg == nil {
		return nil
	}
	if sr.Recv == "" {
		fn, _ := pkg.Scope().Lookup(sr.Name).(*types.Func)
		return fn
	}
	tn, ok := pkg.Scope().Lookup(sr.Recv).(*types.TypeName)
	if !ok {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(tn.Type(), true, pkg, sr.Name)
	fn, _ := obj.(*types.Func)
	return fn
}
