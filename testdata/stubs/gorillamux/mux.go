// Package mux is a stub of github.com/gorilla/mux for fnlint's tests: the
// declarations fnlint matches, at their real import path.
package mux

import "net/http"

// Router is gorilla's router.
type Router struct{}

// Route is a registered route.
type Route struct{}

// MiddlewareFunc wraps the handler of every route of a router.
type MiddlewareFunc func(http.Handler) http.Handler

// NewRouter returns a new router.
func NewRouter() *Router { return &Router{} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Handle(path string, h http.Handler) *Route          { return &Route{} }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return &Route{}
}
func (r *Router) PathPrefix(tpl string) *Route       { return &Route{} }
func (r *Router) Methods(methods ...string) *Route   { return &Route{} }
func (r *Router) Use(mwf ...MiddlewareFunc)          {}
func (r *Route) Methods(methods ...string) *Route    { return r }
func (r *Route) PathPrefix(tpl string) *Route        { return r }
func (r *Route) Subrouter() *Router                  { return &Router{} }
func (r *Route) Handler(handler http.Handler) *Route { return r }
func (r *Route) HandlerFunc(f func(http.ResponseWriter, *http.Request)) *Route {
	return r
}
