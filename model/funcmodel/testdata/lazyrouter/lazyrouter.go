// Package lazyrouter builds its router on the first request, under a
// sync.Once, keeps it in a package-level variable and serves it from
// the function.
package lazyrouter

import (
	"net/http"
	"sync"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/go-chi/chi/v5"
)

var (
	router *chi.Mux
	once   sync.Once
)

func setup() { // want `fc\[API\]` `lazy`
	r := chi.NewRouter()
	r.Get("/health", func(w http.ResponseWriter, r *http.Request) {}) // want `fc\[API\]`
	r.Get("/users", users)
	router = r
}

func users(w http.ResponseWriter, r *http.Request) {} // want `fc\[API\]`

func URL(w http.ResponseWriter, r *http.Request) { // want `fc\[API\]`
	once.Do(setup)
	if router == nil {
		http.Error(w, "no router", http.StatusInternalServerError)
		return
	}
	router.ServeHTTP(w, r)
}

func init() { functions.HTTP("API", URL) } // want `entry http "API" via functions.HTTP \(Cloud Run functions\)`
