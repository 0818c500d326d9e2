// Package report is a 1st-gen HTTP function below the module root that
// nothing registers: the deployment (../main.tf) names its entry point.
package report

import (
	"fmt"
	"net/http"
)

func HandleRequest(w http.ResponseWriter, r *http.Request) { // want `entry http "HandleRequest" via deployed by main.tf \(Cloud Run functions\)` `deployed as main.tf google_cloudfunctions_function.report \(Cloud Run functions, go122\)` `fc\[HandleRequest\]`
	write(w)
}

func write(w http.ResponseWriter) { fmt.Fprintln(w, "report") } // want `fc\[HandleRequest\]`

// Other has the HTTP signature but no deployment names it.
func Other(w http.ResponseWriter, r *http.Request) {} // ok: not deployed
