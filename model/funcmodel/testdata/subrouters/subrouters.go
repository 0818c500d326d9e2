// Package subrouters serves functions through sub-routers, mounted
// routers, middleware, wrappers and routers held in fields.
package subrouters

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
	"github.com/labstack/echo/v4"
)

func init() {
	// gorilla: a sub-router under a prefix, and a middleware.
	g := mux.NewRouter()
	api := g.PathPrefix("/api").Subrouter()
	api.HandleFunc("/users", users)           // want `entry http "Gorilla /api/users" via route of Gorilla`
	g.PathPrefix("/static").Handler(static{}) // want `entry http "Gorilla /static" via route of Gorilla`
	g.Use(logging)                            // want `entry http "Gorilla" via middleware of Gorilla`
	functions.HTTP("Gorilla", g.ServeHTTP)

	// chi: Route and Group callbacks, With, Use and Mount.
	c := chi.NewRouter()
	c.Use(logging) // want `entry http "Chi" via middleware of Chi`
	c.Route("/v1", func(r chi.Router) {
		r.Get("/items", items) // want `entry http "Chi /v1/items" via route of Chi`
		r.Route("/deep", func(r chi.Router) {
			r.Post("/x", deep) // want `entry http "Chi /v1/deep/x" via route of Chi`
		})
	})
	c.Route("/v2", v2)
	c.Group(func(r chi.Router) {
		r.Get("/grouped", grouped) // want `entry http "Chi /grouped" via route of Chi`
	})
	c.With(logging).Get("/with", with) // want `entry http "Chi" via middleware of Chi` `entry http "Chi /with" via route of Chi`
	c.Mount("/admin", adminRouter())
	functions.HTTP("Chi", c.ServeHTTP)

	// echo: a group with its middleware, and a route's own middleware.
	e := echo.New()
	e.Pre(trailingSlash)             // want `entry http "Echo" via middleware of Echo`
	grp := e.Group("/api", echoAuth) // want `entry http "Echo /api" via middleware of Echo`
	grp.GET("/ping", ping, echoAuth) // want `entry http "Echo /api/ping" via route of Echo` `entry http "Echo /api/ping" via middleware of Echo`
	functions.HTTP("Echo", e.ServeHTTP)

	// gin: a group and a middleware that is a handler itself.
	engine := gin.New()
	engine.Use(ginAuth) // want `entry http "Gin" via middleware of Gin`
	v1 := engine.Group("/v1")
	v1.GET("/list", list) // want `entry http "Gin /v1/list" via route of Gin`
	functions.HTTP("Gin", engine.ServeHTTP)

	// A router behind a wrapper of this package, and one behind
	// http.StripPrefix.
	m := http.NewServeMux()
	m.HandleFunc("/wrapped", wrapped) // want `entry http "CORS /wrapped" via route of CORS`
	m.Handle("/legacy/", http.StripPrefix("/legacy", legacyMux))
	functions.HTTP("CORS", withCORS(m).ServeHTTP) // want `entry http "CORS" via functions.HTTP`

	// A router held in a field and served by a method.
	functions.HTTP("Field", srv.ServeHTTP) // want `entry http "Field" via functions.HTTP`

	// A router given to a function of the package that registers
	// routes on it.
	p := mux.NewRouter()
	register(p.PathPrefix("/p").Subrouter())
	functions.HTTP("Param", p.ServeHTTP)

	// A sub-router of a router that nothing serves.
	unserved := mux.NewRouter()
	unserved.PathPrefix("/x").Subrouter().HandleFunc("/y", never) // ok: never served
}

var legacyMux = func() *http.ServeMux {
	m := http.NewServeMux()
	m.HandleFunc("/old", old) // want `entry http "CORS /legacy/old" via route of CORS`
	return m
}()

func v2(r chi.Router) { // want `coldstart`
	r.Get("/named", named) // want `entry http "Chi /v2/named" via route of Chi`
}

func adminRouter() http.Handler { // want `coldstart`
	r := chi.NewRouter()
	r.Get("/stats", stats) // want `entry http "Chi /admin/stats" via route of Chi`
	return r
}

func users(w http.ResponseWriter, r *http.Request)   {} // want `fc\[Gorilla /api/users\]`
func items(w http.ResponseWriter, r *http.Request)   {} // want `fc\[Chi /v1/items\]`
func deep(w http.ResponseWriter, r *http.Request)    {} // want `fc\[Chi /v1/deep/x\]`
func named(w http.ResponseWriter, r *http.Request)   {} // want `fc\[Chi /v2/named\]`
func grouped(w http.ResponseWriter, r *http.Request) {} // want `fc\[Chi /grouped\]`
func with(w http.ResponseWriter, r *http.Request)    {} // want `fc\[Chi /with\]`
func stats(w http.ResponseWriter, r *http.Request)   {} // want `fc\[Chi /admin/stats\]`
func wrapped(w http.ResponseWriter, r *http.Request) {} // want `fc\[CORS /wrapped\]`
func old(w http.ResponseWriter, r *http.Request)     {} // want `fc\[CORS /legacy/old\]`
func never(w http.ResponseWriter, r *http.Request)   {} // not function code

type static struct{}

func (static) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `fc\[Gorilla /static\]`

// logging is a middleware: its own body runs when the router builds its
// chain, the handler it returns runs per request.
func logging(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `fc\[Chi Chi Gorilla\]`
		next.ServeHTTP(w, r)
	})
}

// trailingSlash runs before routing, on every request.
func trailingSlash(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error { return next(c) } // want `fc\[Echo\]`
}

func echoAuth(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error { return next(c) } // want `fc\[Echo /api Echo /api/ping\]`
}

func ping(c echo.Context) error { return c.String(200, "pong") } // want `fc\[Echo /api/ping\]`

func ginAuth(c *gin.Context) { c.Next() } // want `fc\[Gin\]`

func list(c *gin.Context) { c.String(200, "[]") } // want `fc\[Gin /v1/list\]`

func withCORS(h http.Handler) http.Handler { // want `coldstart`
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { // want `fc\[CORS\]`
		w.Header().Set("Access-Control-Allow-Origin", "*")
		h.ServeHTTP(w, r)
	})
}

type server struct {
	router *mux.Router
}

var srv = newServer()

func newServer() *server { // want `coldstart`
	s := &server{router: mux.NewRouter()}
	s.router.HandleFunc("/f", s.handleF)
	return s
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) { // want `fc\[Field\]`
	s.router.ServeHTTP(w, r)
}

func (s *server) handleF(w http.ResponseWriter, r *http.Request) {} // want `fc\[Field\]`

func register(r *mux.Router) { // want `coldstart`
	r.HandleFunc("/q", viaParam) // want `entry http "Param /p/q" via route of Param`
}

func viaParam(w http.ResponseWriter, r *http.Request) {} // want `fc\[Param /p/q\]`
