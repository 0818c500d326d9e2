// Package fn is a 1st-gen function at the root of a module on Go 1.11.
package fn // want `go.mod selects Go 1.11: runtime go111 was deprecated on 2020-08-05 and decommissioned on 2021-02, so deployments fail; move to go125, the newest supported runtime`

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
