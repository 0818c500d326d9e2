package knowledge

import (
	"go/types"
	"maps"
	"slices"
	"strings"
)

// A Route describes a method or function that registers a request
// handler on a router: when the router serves an HTTP function, every
// handler registered on it runs per request (a route).
type Route struct {
	Pattern  int  // index of the path pattern argument, or -1
	Handlers int  // index of the handler argument
	Chain    bool // every argument after Handlers is a handler too (gin's handler chains)
	// Middleware: every argument after Handlers is a middleware of the
	// route (echo's e.GET(path, h, m...)).
	Middleware bool
	// Default names the package-level router that a package-level
	// registration function registers on (net/http.DefaultServeMux).
	Default string
}

// routeMethods returns the routes of a router type's HTTP-method
// shorthands (r.Get(pattern, handler)); recv is the receiver as a key
// writes it ("*github.com/go-chi/chi/v5.Mux").
func routeMethods(recv string, names ...string) map[string]Route {
	m := make(map[string]Route)
	for _, n := range names {
		m[method(recv, n)] = Route{Pattern: 0, Handlers: 1}
	}
	return m
}

// method returns the Key of the method name of recv, written as a key
// writes a receiver ("*net/http.ServeMux", "github.com/go-chi/chi/v5.Router").
func method(recv, name string) string { return "(" + recv + ")." + name }

// The routers' receivers, as keys write them: chi's Mux and its Router
// interface, in both major versions; fiber v2's App, Group and its
// Router interface.
var (
	chiRecvs   = []string{"*github.com/go-chi/chi/v5.Mux", "github.com/go-chi/chi/v5.Router", "*github.com/go-chi/chi.Mux", "github.com/go-chi/chi.Router"}
	fiberRecvs = []string{"*" + fiber + ".App", "*" + fiber + ".Group", fiber + ".Router"}
	gorilla    = []string{"*github.com/gorilla/mux.Router", "*github.com/gorilla/mux.Route"}
)

// routes maps the Key of each route-registration function to where its
// pattern and handlers are. Sources: the net/http documentation of
// ServeMux and Handle/HandleFunc; chi's Router interface and Mux; gorilla
// mux's Router.Handle/HandleFunc; httprouter's Router; echo's Echo and
// Group; gin's RouterGroup (which gin.Engine embeds); fiber v2's App,
// Group and Router (app.go, group.go, router.go).
var routes = func() map[string]Route {
	m := map[string]Route{
		"(*net/http.ServeMux).Handle":     {Pattern: 0, Handlers: 1},
		"(*net/http.ServeMux).HandleFunc": {Pattern: 0, Handlers: 1},
		"net/http.Handle":                 {Pattern: 0, Handlers: 1, Default: "DefaultServeMux"},
		"net/http.HandleFunc":             {Pattern: 0, Handlers: 1, Default: "DefaultServeMux"},

		"(*github.com/gorilla/mux.Router).Handle":     {Pattern: 0, Handlers: 1},
		"(*github.com/gorilla/mux.Router).HandleFunc": {Pattern: 0, Handlers: 1},

		"(*github.com/julienschmidt/httprouter.Router).Handle":      {Pattern: 1, Handlers: 2},
		"(*github.com/julienschmidt/httprouter.Router).Handler":     {Pattern: 1, Handlers: 2},
		"(*github.com/julienschmidt/httprouter.Router).HandlerFunc": {Pattern: 1, Handlers: 2},
	}
	verbs := []string{"Get", "Post", "Put", "Delete", "Patch", "Head", "Options", "Connect", "Trace", "Handle", "HandleFunc"}
	for _, recv := range chiRecvs {
		maps.Copy(m, routeMethods(recv, verbs...))
		m[method(recv, "Method")] = Route{Pattern: 1, Handlers: 2}
		m[method(recv, "MethodFunc")] = Route{Pattern: 1, Handlers: 2}
		// A router mounted on another serves the requests under its
		// prefix (chi's Mount).
		m[method(recv, "Mount")] = Route{Pattern: 0, Handlers: 1}
	}
	upper := []string{"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "CONNECT", "TRACE", "Any"}
	maps.Copy(m, routeMethods("*github.com/julienschmidt/httprouter.Router", upper[:7]...))
	for _, recv := range []string{"*github.com/labstack/echo/v4.Echo", "*github.com/labstack/echo/v4.Group"} {
		for k := range routeMethods(recv, upper...) {
			m[k] = Route{Pattern: 0, Handlers: 1, Middleware: true}
		}
	}
	for k := range routeMethods("*github.com/gin-gonic/gin.RouterGroup", append(upper[:7:7], "Any")...) {
		m[k] = Route{Pattern: 0, Handlers: 1, Chain: true}
	}
	m["(*github.com/gin-gonic/gin.RouterGroup).Handle"] = Route{Pattern: 1, Handlers: 2, Chain: true}
	// fiber's App, Group and Router register a chain of handlers per
	// method and path, all run in turn for a request (Ctx.Next), as
	// gin's do; Add takes the method first.
	for _, recv := range fiberRecvs {
		for k := range routeMethods(recv, "Get", "Post", "Put", "Delete", "Patch", "Head", "Options", "Connect", "Trace", "All") {
			m[k] = Route{Pattern: 0, Handlers: 1, Chain: true}
		}
		m[method(recv, "Add")] = Route{Pattern: 1, Handlers: 2, Chain: true}
	}
	// gorilla's Route.Handler and HandlerFunc register on the route that
	// PathPrefix, Path or Methods made.
	m["(*github.com/gorilla/mux.Route).Handler"] = Route{Pattern: -1, Handlers: 0}
	m["(*github.com/gorilla/mux.Route).HandlerFunc"] = Route{Pattern: -1, Handlers: 0}
	return m
}()

// A SubRouter describes a method that derives a router from a router:
// the routes registered on what it returns, or on the router its
// callback is given, are served by the router it is called on, under
// its prefix.
type SubRouter struct {
	Prefix   int // index of the path prefix argument, or -1
	Callback int // index of a callback given the sub-router as its first parameter, or -1
	// Middleware is the index of the first of the middleware arguments
	// that apply to the sub-router's routes (variadic), or -1.
	Middleware int
}

// subRouters maps the Key of each method deriving a router to its
// arguments. Sources: gorilla mux's Router.PathPrefix, Path, Host,
// Methods, Schemes, Headers, Queries, MatcherFunc and NewRoute (each
// makes a Route) and Route.Subrouter; chi's Route, Group and With;
// echo's Echo.Group and Group.Group; gin's RouterGroup.Group; fiber's
// App.Group, Group.Group and Router.Group (its Route, whose callback
// gets the sub-router, is not described).
var subRouters = func() map[string]SubRouter {
	m := map[string]SubRouter{
		"(*github.com/gorilla/mux.Route).Subrouter": {Prefix: -1, Callback: -1, Middleware: -1},

		"(*github.com/labstack/echo/v4.Echo).Group":  {Prefix: 0, Callback: -1, Middleware: 1},
		"(*github.com/labstack/echo/v4.Group).Group": {Prefix: 0, Callback: -1, Middleware: 1},

		"(*github.com/gin-gonic/gin.RouterGroup).Group": {Prefix: 0, Callback: -1, Middleware: 1},
	}
	for _, recv := range gorilla {
		for _, name := range []string{"PathPrefix", "Path"} {
			m[method(recv, name)] = SubRouter{Prefix: 0, Callback: -1, Middleware: -1}
		}
		for _, name := range []string{"Host", "Methods", "Schemes", "Headers", "Queries", "MatcherFunc", "HeadersRegexp", "Name"} {
			m[method(recv, name)] = SubRouter{Prefix: -1, Callback: -1, Middleware: -1}
		}
	}
	m["(*github.com/gorilla/mux.Router).NewRoute"] = SubRouter{Prefix: -1, Callback: -1, Middleware: -1}
	for _, recv := range fiberRecvs {
		m[method(recv, "Group")] = SubRouter{Prefix: 0, Callback: -1, Middleware: 1}
	}
	for _, recv := range chiRecvs {
		m[method(recv, "Route")] = SubRouter{Prefix: 0, Callback: 1, Middleware: -1}
		m[method(recv, "Group")] = SubRouter{Prefix: -1, Callback: 0, Middleware: -1}
		m[method(recv, "With")] = SubRouter{Prefix: -1, Callback: -1, Middleware: 0}
	}
	return m
}()

// middleware maps the Key of each method that adds middleware to every
// route of a router to the index of its first (variadic) middleware
// argument. A middleware is either a handler of the router's own type
// (gin's HandlerFunc), which runs per request, or a wrapper
// (func(http.Handler) http.Handler, echo's MiddlewareFunc), whose
// returned handler runs per request. Sources: chi's Mux.Use and
// Router.Use; gorilla mux's Router.Use; echo's Echo.Use, Echo.Pre and
// Group.Use; gin's RouterGroup.Use and Engine.Use; fiber's App.Use,
// Group.Use and Router.Use.
var middleware = func() map[string]int {
	m := map[string]int{
		"(*github.com/gorilla/mux.Router).Use":        0,
		"(*github.com/labstack/echo/v4.Echo).Use":     0,
		"(*github.com/labstack/echo/v4.Echo).Pre":     0,
		"(*github.com/labstack/echo/v4.Group).Use":    0,
		"(*github.com/gin-gonic/gin.RouterGroup).Use": 0,
		"(*github.com/gin-gonic/gin.Engine).Use":      0,
	}
	for _, recv := range slices.Concat(chiRecvs, fiberRecvs) {
		m[method(recv, "Use")] = 0
	}
	return m
}()

// fiber is the package path of fiber v2's routing API. Its Use takes an
// optional path prefix before the handlers (a string, which serves
// nothing).
const fiber = "github.com/gofiber/fiber/v2"

// RouteOf returns, when fn registers a request handler on a router,
// where its pattern and handlers are.
func RouteOf(fn *types.Func) (Route, bool) { return lookup(routes, fn) }

// SubRouterOf returns, when fn derives a router from a router, where
// its prefix, callback and middleware are.
func SubRouterOf(fn *types.Func) (SubRouter, bool) { return lookup(subRouters, fn) }

// MiddlewareOf returns, when fn adds middleware to every route of a
// router, the index of its first middleware argument.
func MiddlewareOf(fn *types.Func) (int, bool) { return lookup(middleware, fn) }

// A typeName names a named type: its package path and name.
type typeName struct{ pkg, name string }

// routerTypes holds every type with a method in routes, subRouters or
// middleware.
var routerTypes = func() map[typeName]bool {
	m := make(map[typeName]bool)
	keys := slices.Concat(slices.Collect(maps.Keys(routes)), slices.Collect(maps.Keys(subRouters)), slices.Collect(maps.Keys(middleware)))
	for _, k := range keys {
		recv, ok := strings.CutPrefix(k, "(")
		if !ok {
			continue // a function
		}
		recv, _, _ = strings.Cut(strings.TrimPrefix(recv, "*"), ")")
		dot := strings.LastIndex(recv, ".")
		m[typeName{recv[:dot], recv[dot+1:]}] = true
	}
	return m
}()

// IsRouter reports whether t, or the type it points to, is a router
// type of the tables (http.ServeMux, chi.Router, mux.Router, ...).
func IsRouter(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	return routerTypes[typeName{unvendor(n.Obj().Pkg().Path()), n.Obj().Name()}]
}
