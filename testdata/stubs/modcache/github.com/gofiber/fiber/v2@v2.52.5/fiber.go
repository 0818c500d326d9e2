// Package fiber is a stub of github.com/gofiber/fiber/v2 at its real
// import path, with the real signatures of the routing API: an App and
// the Group it derives register handler chains (func(*Ctx) error) per
// method and path, run in order for each request.
package fiber

// Ctx is the context of one request.
type Ctx struct{}

// SendString writes the response body.
func (c *Ctx) SendString(body string) error { return nil }

// Next runs the next handler of the chain.
func (c *Ctx) Next() error { return nil }

// Handler handles a request.
type Handler = func(*Ctx) error

// Router registers routes.
type Router interface {
	Use(args ...interface{}) Router
	Get(path string, handlers ...Handler) Router
	Post(path string, handlers ...Handler) Router
	Put(path string, handlers ...Handler) Router
	Delete(path string, handlers ...Handler) Router
	Patch(path string, handlers ...Handler) Router
	All(path string, handlers ...Handler) Router
	Add(method, path string, handlers ...Handler) Router
	Group(prefix string, handlers ...Handler) Router
}

// Config configures an App.
type Config struct{ AppName string }

// App is a fiber application: a router and its server.
type App struct{ routes map[string][]Handler }

// New returns an App.
func New(config ...Config) *App { return &App{routes: map[string][]Handler{}} }

func (app *App) register(method, path string, handlers []Handler) Router {
	app.routes[method+" "+path] = handlers
	return app
}

func (app *App) Use(args ...interface{}) Router { return app }
func (app *App) Get(path string, handlers ...Handler) Router {
	return app.register("GET", path, handlers)
}
func (app *App) Post(path string, handlers ...Handler) Router {
	return app.register("POST", path, handlers)
}
func (app *App) Put(path string, handlers ...Handler) Router {
	return app.register("PUT", path, handlers)
}
func (app *App) Delete(path string, handlers ...Handler) Router {
	return app.register("DELETE", path, handlers)
}
func (app *App) Patch(path string, handlers ...Handler) Router {
	return app.register("PATCH", path, handlers)
}
func (app *App) All(path string, handlers ...Handler) Router {
	return app.register("ALL", path, handlers)
}
func (app *App) Add(method, path string, handlers ...Handler) Router {
	return app.register(method, path, handlers)
}

// Group returns a router of the routes under prefix.
func (app *App) Group(prefix string, handlers ...Handler) Router {
	return &Group{app: app, prefix: prefix}
}

// Listen serves HTTP on addr.
func (app *App) Listen(addr string) error { return nil }

// Group is a router of the routes under a prefix.
type Group struct {
	app    *App
	prefix string
}

func (g *Group) Use(args ...interface{}) Router { return g }
func (g *Group) Get(path string, handlers ...Handler) Router {
	return g.app.Get(g.prefix+path, handlers...)
}
func (g *Group) Post(path string, handlers ...Handler) Router {
	return g.app.Post(g.prefix+path, handlers...)
}
func (g *Group) Put(path string, handlers ...Handler) Router {
	return g.app.Put(g.prefix+path, handlers...)
}
func (g *Group) Delete(path string, handlers ...Handler) Router {
	return g.app.Delete(g.prefix+path, handlers...)
}
func (g *Group) Patch(path string, handlers ...Handler) Router {
	return g.app.Patch(g.prefix+path, handlers...)
}
func (g *Group) All(path string, handlers ...Handler) Router {
	return g.app.All(g.prefix+path, handlers...)
}
func (g *Group) Add(method, path string, handlers ...Handler) Router {
	return g.app.Add(method, g.prefix+path, handlers...)
}
func (g *Group) Group(prefix string, handlers ...Handler) Router {
	return &Group{app: g.app, prefix: g.prefix + prefix}
}
