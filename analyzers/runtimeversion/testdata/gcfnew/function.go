// Package fn is a 1st-gen function at the root of a module on Go 1.20
// (go120 module's twin) that main.tf deploys on go122: the go directive
// does not say which runtime runs it.
package fn

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) { fmt.Fprintln(w, "hello") }
