// Package mux is a stub of github.com/gorilla/mux for fnlint's tests: the
// declarations fnlint matches, at their real import path.
package mux

import "net/http"

// Router is gorilla's router.
type Router struct{}

// Route is a registered route.
type Route struct{}

// NewRouter returns a new router.
func NewRouter() *Router { return &Router{} }

func (r *Router) ServeHTTP(w http.ResponseWriter, req *http.Request) {}
func (r *Router) Handle(path string, h http.Handler) *Route          { return &Route{} }
func (r *Router) HandleFunc(path string, f func(http.ResponseWriter, *http.Request)) *Route {
	return &Route{}
}

// Methods restricts the route to HTTP methods.
func (r *Route) Methods(methods ...string) *Route { return r }
