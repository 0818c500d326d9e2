// Package fn is a 1st-gen function whose go.mod silences runtimeversion
// at the go directive.
package fn // ok: silenced in go.mod

import (
	"fmt"
	"net/http"
)

func Hello(w http.ResponseWriter, r *http.Request) {
	fmt.Fprintln(w, "hello")
}
