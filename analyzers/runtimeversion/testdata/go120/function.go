// Package fn is a 1st-gen function at the root of a module on Go 1.20.
package fn // want `go.mod selects Go 1.20: runtime go120 is deprecated since 2024-05-01 and gets no security updates; it is decommissioned on 2025-05-01`

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
