// Package routed starts goroutines in the routes and middleware of
// sub-routers: they run per request.
package routed

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/gin-gonic/gin"
	"github.com/go-chi/chi/v5"
)

func init() {
	r := chi.NewRouter()
	r.Use(audited)
	r.Route("/v1", func(r chi.Router) {
		r.Get("/items", items)
	})
	functions.HTTP("API", r.ServeHTTP)

	g := gin.New()
	g.Use(ginAudit)
	functions.HTTP("Gin", g.ServeHTTP)
}

func items(w http.ResponseWriter, r *http.Request) {
	go audit(r) // want `goroutine outlives the invocation: items returns without waiting for it`
	w.WriteHeader(http.StatusOK)
}

// audited is a middleware: the goroutine its handler starts runs per
// request, while the router builds the chain once.
func audited(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		go audit(r) // want `goroutine outlives the invocation`
		next.ServeHTTP(w, r)
	})
}

func ginAudit(c *gin.Context) {
	go audit(c.Request) // want `goroutine outlives the invocation`
	c.Next()
}

func audit(r *http.Request) {}
