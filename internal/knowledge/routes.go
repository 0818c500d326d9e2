package knowledge

// A Route describes a method or function that registers a request
// handler on a router: when the router serves an HTTP function, every
// handler registered on it runs per request (a route).
type Route struct {
	Pattern  int  // index of the path pattern argument, or -1
	Handlers int  // index of the handler argument
	Chain    bool // every argument after Handlers is a handler too (gin's handler chains)
	// Default names the package-level router that a package-level
	// registration function registers on (net/http.DefaultServeMux).
	Default string
}

// routeMethods returns the routes of a router type's HTTP-method
// shorthands (r.Get(pattern, handler)).
func routeMethods(prefix string, names ...string) map[string]Route {
	m := make(map[string]Route)
	for _, n := range names {
		m[prefix+n] = Route{Pattern: 0, Handlers: 1}
	}
	return m
}

// Routes maps the Key of each route-registration function to where its
// pattern and handlers are. Sources: the net/http documentation of
// ServeMux and Handle/HandleFunc; chi's Router interface and Mux; gorilla
// mux's Router.Handle/HandleFunc; httprouter's Router; echo's Echo and
// Group; gin's RouterGroup (which gin.Engine embeds).
var Routes = func() map[string]Route {
	m := map[string]Route{
		"net/http.ServeMux.Handle":     {Pattern: 0, Handlers: 1},
		"net/http.ServeMux.HandleFunc": {Pattern: 0, Handlers: 1},
		"net/http.Handle":              {Pattern: 0, Handlers: 1, Default: "DefaultServeMux"},
		"net/http.HandleFunc":          {Pattern: 0, Handlers: 1, Default: "DefaultServeMux"},

		"github.com/gorilla/mux.Router.Handle":     {Pattern: 0, Handlers: 1},
		"github.com/gorilla/mux.Router.HandleFunc": {Pattern: 0, Handlers: 1},

		"github.com/julienschmidt/httprouter.Router.Handle":      {Pattern: 1, Handlers: 2},
		"github.com/julienschmidt/httprouter.Router.Handler":     {Pattern: 1, Handlers: 2},
		"github.com/julienschmidt/httprouter.Router.HandlerFunc": {Pattern: 1, Handlers: 2},
	}
	verbs := []string{"Get", "Post", "Put", "Delete", "Patch", "Head", "Options", "Connect", "Trace", "Handle", "HandleFunc"}
	for _, chi := range []string{"github.com/go-chi/chi/v5.", "github.com/go-chi/chi."} {
		for _, recv := range []string{"Mux.", "Router."} {
			for k, v := range routeMethods(chi+recv, verbs...) {
				m[k] = v
			}
			m[chi+recv+"Method"] = Route{Pattern: 1, Handlers: 2}
			m[chi+recv+"MethodFunc"] = Route{Pattern: 1, Handlers: 2}
		}
	}
	upper := []string{"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "CONNECT", "TRACE", "Any"}
	for k, v := range routeMethods("github.com/julienschmidt/httprouter.Router.", upper[:7]...) {
		m[k] = v
	}
	for _, recv := range []string{"github.com/labstack/echo/v4.Echo.", "github.com/labstack/echo/v4.Group."} {
		for k, v := range routeMethods(recv, upper...) {
			m[k] = v
		}
	}
	for k := range routeMethods("github.com/gin-gonic/gin.RouterGroup.", append(upper[:7:7], "Any")...) {
		m[k] = Route{Pattern: 0, Handlers: 1, Chain: true}
	}
	m["github.com/gin-gonic/gin.RouterGroup.Handle"] = Route{Pattern: 1, Handlers: 2, Chain: true}
	return m
}()
