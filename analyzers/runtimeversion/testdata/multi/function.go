// Package fn is a 1st-gen function at the root of a module whose other
// packages register functions of their own.
package fn // ok: reported once, at the go directive

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
