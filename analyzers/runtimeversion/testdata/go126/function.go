// Package fn is a 1st-gen function at the root of a module on Go 1.26.
package fn // want `go.mod selects Go 1.26, newer than any runtime the platform offers`

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
