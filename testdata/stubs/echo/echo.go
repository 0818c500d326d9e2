// Package echo is a stub of github.com/labstack/echo/v4 for fnlint's
// tests: the declarations fnlint matches, at their real import path.
package echo

import "net/http"

// Context is a request's context.
type Context interface {
	String(code int, s string) error
}

// HandlerFunc is an echo handler.
type HandlerFunc func(c Context) error

// MiddlewareFunc wraps a handler.
type MiddlewareFunc func(next HandlerFunc) HandlerFunc

// Route is a registered route.
type Route struct{}

// Echo is echo's router.
type Echo struct{}

// Group is a group of routes under a prefix.
type Group struct{}

// New returns a new router.
func New() *Echo { return &Echo{} }

func (e *Echo) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route  { return &Route{} }
func (e *Echo) POST(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }
func (e *Echo) Group(prefix string, m ...MiddlewareFunc) *Group             { return &Group{} }
func (e *Echo) Use(middleware ...MiddlewareFunc)                            {}
func (e *Echo) Pre(middleware ...MiddlewareFunc)                            {}
func (e *Echo) ServeHTTP(w http.ResponseWriter, r *http.Request)            {}

func (g *Group) GET(path string, h HandlerFunc, m ...MiddlewareFunc) *Route { return &Route{} }
func (g *Group) Use(middleware ...MiddlewareFunc)                           {}
func (g *Group) Group(prefix string, m ...MiddlewareFunc) *Group            { return g }
