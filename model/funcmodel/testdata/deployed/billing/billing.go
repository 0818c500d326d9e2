// Package billing is a function below the module root that a Makefile
// deploys with gcloud functions deploy --entry-point --source.
package billing

import "net/http"

func HandleBilling(w http.ResponseWriter, r *http.Request) { // want `entry http "HandleBilling" via deployed by Makefile \(Cloud Run functions\)` `deployed as Makefile billing \(Cloud Run functions, go122\)` `fc\[HandleBilling\]`
	w.WriteHeader(http.StatusNoContent)
}
