// Package billing is a function below the module root that a Makefile
// deploys with gcloud functions deploy --entry-point --source. It serves
// a router whose route is a handler of another package: the deployment
// makes HandleBilling an entry point, and so the route is one of its own.
package billing

import (
	"net/http"

	"github.com/gorilla/mux"

	"example.com/root/deployed/invoices"
)

var router = mux.NewRouter()

func init() {
	router.PathPrefix("/invoices/").Handler(http.StripPrefix("/invoices/", invoices.New())) // want `entry http "/invoices/" via route of HandleBilling \(Cloud Run functions\)`
}

func HandleBilling(w http.ResponseWriter, r *http.Request) { // want `entry http "HandleBilling" via deployed by Makefile \(Cloud Run functions\)` `deployed as Makefile billing \(Cloud Run functions, go122\)` `fc\[HandleBilling\]`
	router.ServeHTTP(w, r)
}
