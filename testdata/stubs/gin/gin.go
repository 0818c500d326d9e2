// Package gin is a stub of github.com/gin-gonic/gin for fnlint's tests:
// the declarations fnlint matches, at their real import path.
package gin

import "net/http"

// Context is a request's context.
type Context struct {
	Writer  http.ResponseWriter
	Request *http.Request
}

// String writes a string response.
func (c *Context) String(code int, format string, values ...any) {}

// HandlerFunc is a gin handler.
type HandlerFunc func(*Context)

// IRoutes is what a route registration returns.
type IRoutes interface{}

// RouterGroup registers routes; Engine embeds it.
type RouterGroup struct{}

func (g *RouterGroup) GET(relativePath string, handlers ...HandlerFunc) IRoutes  { return g }
func (g *RouterGroup) POST(relativePath string, handlers ...HandlerFunc) IRoutes { return g }
func (g *RouterGroup) Use(middleware ...HandlerFunc) IRoutes                     { return g }
func (g *RouterGroup) Group(relativePath string, handlers ...HandlerFunc) *RouterGroup {
	return g
}

// Engine is gin's router.
type Engine struct {
	RouterGroup
}

// New returns a new engine.
func New() *Engine { return &Engine{} }

func (e *Engine) ServeHTTP(w http.ResponseWriter, r *http.Request) {}
func (e *Engine) Use(middleware ...HandlerFunc) IRoutes            { return e }

// Next runs the handlers after the current one in the chain.
func (c *Context) Next() {}
