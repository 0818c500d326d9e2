// Package routers serves functions through third-party routers, matched
// by type.
package routers

import (
	"net/http"

	"example.com/root/mw"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/go-chi/chi/v5"
	"github.com/gorilla/mux"
)

var (
	chiRouter = chi.NewRouter()
	gorilla   = mux.NewRouter()
)

func init() {
	chiRouter.Get("/users", users)   // want `entry http "Chi /users" via route of Chi \(Cloud Run functions\)`
	chiRouter.Post("/users", create) // want `entry http "Chi /users" via route of Chi`
	functions.HTTP("Chi", chiRouter.ServeHTTP)

	gorilla.HandleFunc("/orders", orders).Methods("GET") // want `entry http "Gorilla /orders" via route of Gorilla`
	functions.HTTP("Gorilla", gorilla.ServeHTTP)

	functions.HTTP("MW", mw.New().Handle) // want `entry http "MW" via functions.HTTP`

	functions.HTTP("CORS", mw.WithCORS(wrapped)) // want `entry http "CORS" via functions.HTTP`
}

func wrapped(w http.ResponseWriter, r *http.Request) {} // want `fc\[CORS\]`

func users(w http.ResponseWriter, r *http.Request)  {} // want `fc\[Chi /users\]`
func create(w http.ResponseWriter, r *http.Request) {} // want `fc\[Chi /users\]`
func orders(w http.ResponseWriter, r *http.Request) {} // want `fc\[Gorilla /orders\]`
