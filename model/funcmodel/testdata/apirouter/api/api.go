// Package api builds the module's router: NewRouter returns it with its
// routes, Register puts more routes on the router it is given.
package api

import (
	"net/http"

	"github.com/gorilla/mux"
)

// Users serves the users.
type Users struct{}

func (u *Users) List(w http.ResponseWriter, r *http.Request) {} // ok: judged as a route of main where the driver names it (Config.Registered)

func health(w http.ResponseWriter, r *http.Request) {} // ok: likewise

func orders(w http.ResponseWriter, r *http.Request) {} // ok: likewise

// NewRouter returns the router of the API.
func NewRouter() *mux.Router {
	r := mux.NewRouter()
	u := &Users{}
	api := r.PathPrefix("/api").Subrouter()
	api.HandleFunc("/users", u.List)
	api.HandleFunc("/health", health)
	// ok: a literal handler of another package's router is not judged
	// as function code (a known blind spot).
	r.HandleFunc("/inline", func(w http.ResponseWriter, r *http.Request) {})
	return r
}

// Register registers the order routes on r.
func Register(r *mux.Router) {
	r.HandleFunc("/orders", orders)
}

func unserved(w http.ResponseWriter, r *http.Request) {} // ok: on a router no one serves

// Unserved returns a router that no entry point serves.
func Unserved() *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/unserved", unserved)
	return r
}
