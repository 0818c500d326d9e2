// Package chi is a stub of github.com/go-chi/chi/v5 for fnlint's tests:
// the declarations fnlint matches, at their real import path.
package chi

import "net/http"

// Router is chi's router interface.
type Router interface {
	http.Handler
	Use(middlewares ...func(http.Handler) http.Handler)
	With(middlewares ...func(http.Handler) http.Handler) Router
	Group(fn func(r Router)) Router
	Route(pattern string, fn func(r Router)) Router
	Mount(pattern string, h http.Handler)
	Get(pattern string, h http.HandlerFunc)
	Post(pattern string, h http.HandlerFunc)
	Handle(pattern string, h http.Handler)
	HandleFunc(pattern string, h http.HandlerFunc)
}

// Mux is chi's router.
type Mux struct{}

// NewRouter returns a new router.
func NewRouter() *Mux { return &Mux{} }

func (mx *Mux) ServeHTTP(w http.ResponseWriter, r *http.Request)           {}
func (mx *Mux) Use(middlewares ...func(http.Handler) http.Handler)         {}
func (mx *Mux) With(middlewares ...func(http.Handler) http.Handler) Router { return mx }
func (mx *Mux) Group(fn func(r Router)) Router                             { fn(mx); return mx }
func (mx *Mux) Route(pattern string, fn func(r Router)) Router             { fn(mx); return mx }
func (mx *Mux) Mount(pattern string, h http.Handler)                       {}
func (mx *Mux) Get(pattern string, h http.HandlerFunc)                     {}
func (mx *Mux) Post(pattern string, h http.HandlerFunc)                    {}
func (mx *Mux) Handle(pattern string, h http.Handler)                      {}
func (mx *Mux) HandleFunc(pattern string, h http.HandlerFunc)              {}
