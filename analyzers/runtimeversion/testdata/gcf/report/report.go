// Package report is an HTTP function that main.tf deploys.
package report

import (
	"fmt"
	"net/http"
)

func HandleRequest(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "report") }
