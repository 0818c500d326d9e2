// Package report is deployed/report without a deployment file: below
// the module root, nothing makes it an entry point.
package report

import (
	"fmt"
	"net/http"
)

func HandleRequest(w http.ResponseWriter, r *http.Request) { // ok: no deployment names it
	write(w)
}

func write(w http.ResponseWriter) { fmt.Fprintln(w, "report") }
