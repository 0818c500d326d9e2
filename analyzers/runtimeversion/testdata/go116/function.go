// Package fn is a 1st-gen function at the root of a module on Go 1.16.
package fn // ok: reported at the go directive in go.mod

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
