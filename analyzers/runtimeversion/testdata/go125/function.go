// Package fn is a 1st-gen function at the root of a module on Go 1.25.
package fn // ok: a supported runtime

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
