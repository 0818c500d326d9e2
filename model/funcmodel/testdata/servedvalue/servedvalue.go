// Package servedvalue serves its router from the function by giving the
// router's ServeHTTP method value to a function that runs it, as a CORS
// middleware's ServeHTTP(w, r, next) does.
package servedvalue

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/gorilla/mux"
)

var (
	router = mux.NewRouter()
	// kept holds a router's ServeHTTP that no invocation runs.
	kept   = mux.NewRouter()
	keptFn http.HandlerFunc
)

func init() {
	router.HandleFunc("/items", items)
	router.PathPrefix("/files/").Handler(http.StripPrefix("/files/", files{}))
	kept.HandleFunc("/unserved", unserved)
	functions.HTTP("API", Serve)  // want `entry http "API" via functions.HTTP \(Cloud Run functions\)`
	functions.HTTP("Keep", Store) // want `entry http "Keep" via functions.HTTP \(Cloud Run functions\)`
}

func items(w http.ResponseWriter, r *http.Request) {} // want `fc\[API\]`

type files struct{}

func (files) ServeHTTP(w http.ResponseWriter, r *http.Request) {} // want `fc\[API\]`

func unserved(w http.ResponseWriter, r *http.Request) {} // ok: the method value is stored, not run

// withCORS runs next, as rs/cors's (*Cors).ServeHTTP does.
func withCORS(w http.ResponseWriter, r *http.Request, next http.HandlerFunc) { // want `fc\[API\]`
	w.Header().Set("Access-Control-Allow-Origin", "*")
	next(w, r)
}

func Serve(w http.ResponseWriter, r *http.Request) { // want `fc\[API\]`
	withCORS(w, r, router.ServeHTTP)
}

func Store(w http.ResponseWriter, r *http.Request) { // want `fc\[Keep\]`
	keptFn = kept.ServeHTTP
}
