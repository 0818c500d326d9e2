// Package routed writes package-level state in the routes of a chi
// sub-router and in a gin group: they run per request.
package routed

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

var hits, ginHits int

var routes []string

func init() {
	r := chi.NewRouter()
	r.Route("/v1", v1)
	functions.HTTP("API", r.ServeHTTP)

	g := gin.New()
	api := g.Group("/api")
	api.GET("/count", count)
	functions.HTTP("Gin", g.ServeHTTP)
}

// v1 runs once, at cold start, when the router is built.
func v1(r chi.Router) {
	routes = append(routes, "/v1/items") // ok: cold start
	r.Get("/items", items)
}

func items(w http.ResponseWriter, r *http.Request) {
	hits++ // want `write to package-level variable routed.hits without synchronization in items`
}

func count(c *gin.Context) {
	ginHits++ // want `write to package-level variable routed.ginHits without synchronization in count`
}
