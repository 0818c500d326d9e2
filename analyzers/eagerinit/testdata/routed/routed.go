// Package routed serves two routes from one function: they share its
// instances, so a client one route needs is needed by the function.
package routed

import (
	"context"
	"net/http"

	"cloud.google.com/go/storage"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var client, _ = storage.NewClient(context.Background()) // want `storage.NewClient runs at every cold start to initialize client, but entry point Health never uses it; initialize it lazily with sync.OnceValues`

func init() {
	mux := http.NewServeMux()
	mux.HandleFunc("/upload", upload)
	mux.HandleFunc("/list", list) // ok: a route of API, which uses the client
	functions.HTTP("API", mux.ServeHTTP)
	functions.HTTP("Health", health)
}

func upload(w http.ResponseWriter, r *http.Request) { _ = client.Bucket("b") }

func list(w http.ResponseWriter, r *http.Request) {}

func health(w http.ResponseWriter, r *http.Request) {}
