// Package routes serves several routes from one function through a
// router.
package routes

import (
	"context"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

type health struct{}

func (health) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `fc\[API /health\]`

// unserved registers a route on a router that nothing serves.
var unserved = http.NewServeMux()

func init() {
	mux := http.NewServeMux()
	mux.HandleFunc("/a", a)                                               // want `entry http "API /a" via route of API`
	mux.Handle("/health", health{})                                       // want `entry http "API /health" via route of API`
	mux.HandleFunc("/lit", func(w http.ResponseWriter, r *http.Request) { // want `entry http "API /lit" via route of API` `fc\[API /lit\]`
		helper()
	})
	functions.HTTP("API", mux.ServeHTTP)
	unserved.HandleFunc("/b", b)            // ok: never served
	http.HandleFunc("/c", c)                // reached through serveDefault
	functions.HTTP("Default", serveDefault) // want `entry http "Default" via functions.HTTP`
}

func a(w http.ResponseWriter, r *http.Request) { helper() } // want `fc\[API /a\]`

func b(w http.ResponseWriter, r *http.Request) {} // not function code, not cold start

func c(w http.ResponseWriter, r *http.Request) {} // want `fc\[Default\]`

func helper() {} // want `fc\[API /a API /lit\]`

// serveDefault serves http.DefaultServeMux by calling it.
func serveDefault(w http.ResponseWriter, r *http.Request) { // want `fc\[Default\]`
	http.DefaultServeMux.ServeHTTP(w, r)
}

// Process is a 1st-gen-shaped background function with an any payload;
// this package registers its functions, so it is not an entry point.
func Process(ctx context.Context, m any) error { return nil }

// A table of routes, registered in a loop on a router that a function
// serves.
type route struct {
	path    string
	handler http.HandlerFunc
}

var table = []route{
	{"/score", score},
	{path: "/rank", handler: rank},
}

var byPath = map[string]http.HandlerFunc{"/top": top}

func score(w http.ResponseWriter, r *http.Request) {} // want `fc\[Table\]`
func rank(w http.ResponseWriter, r *http.Request)  {} // want `fc\[Table\]`
func top(w http.ResponseWriter, r *http.Request)   {} // want `fc\[Table\]`

func init() {
	mux := http.NewServeMux()
	for _, rt := range table {
		mux.HandleFunc(rt.path, rt.handler) // want `entry http "Table" via route of Table` `entry http "Table" via route of Table`
	}
	for path, h := range byPath {
		mux.HandleFunc(path, h) // want `entry http "Table" via route of Table`
	}
	functions.HTTP("Table", mux.ServeHTTP)
}
