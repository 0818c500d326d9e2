// Package gcf is an HTTP function at the module root, which main.tf
// deploys with the module's go.mod.
package gcf

import (
	"fmt"
	"net/http"
)

func Summary(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "summary") }
