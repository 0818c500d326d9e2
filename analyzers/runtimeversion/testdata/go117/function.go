// Package fn is a 1st-gen function at the root of a module on Go 1.17.
package fn // ok: never offered, not judged

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
