// Package fn is a 1st-gen function at the root of a module on Go 1.16.
package fn // want `go.mod selects Go 1.16: runtime go116 is deprecated since 2024-01-30`

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
